"""The kiosk for senior visitors (`silvershop --kiosk --centre CODE`): a full-screen window of large tiles,
product pages, search, scans and call-back requests, read as the KIOSK actor; loaded only by the kiosk,
never by the desk's window."""

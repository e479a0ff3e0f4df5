"""The kiosk for senior visitors: what a centre shows and rents, product pages, scans, callback requests
and the staff PIN that leaves it. Read as the KIOSK actor, which reaches nothing personal."""

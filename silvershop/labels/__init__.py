"""QR payloads, label presets and printer calibration, and rendering labels to a printer or PDF."""

"""Reference data, translations and icons shipped with the application (installed as silvershop.resources)."""

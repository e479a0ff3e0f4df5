"""Users, roles, password hashing, the audit log, and encryption and masking of personal data."""

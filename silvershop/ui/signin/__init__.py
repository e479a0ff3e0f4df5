"""Signing in: the first administrator of a new database, the login, the new password a user must
choose before going on. Loaded once the database is open: its services bring the database stack."""

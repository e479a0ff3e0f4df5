"""Aggregates for the office's dashboard and the bureau report, free of personal data."""

"""Excel workbooks: the bureau's catalogue export and catalogue imports with per-row reports."""

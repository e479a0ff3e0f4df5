"""Qt widgets only: one sub-package per screen, item models and shared widgets."""

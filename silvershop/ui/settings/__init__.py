"""The settings screen and this desk's own preferences."""

"""The labels screen: label presets and printing."""

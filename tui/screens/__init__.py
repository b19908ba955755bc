"""The screens of the quotes TUI, one per module."""

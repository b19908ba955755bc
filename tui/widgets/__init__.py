"""Reusable widgets of the quotes TUI."""

"""Keep untrusted article text inert on terminals and in spreadsheets."""

from __future__ import annotations

import re

__all__ = ["terminal_safe", "spreadsheet_safe"]

# C0/C1 control characters except tab and newline: ESC sequences, bells, BiDi tricks stay out.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Replace control characters (terminal escape sequences) with U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def spreadsheet_safe(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe."""
    if cell and cell[0] in "=+-@\t\r":
        return "'" + cell
    return cell

"""Keep untrusted article text inert on terminals and in spreadsheets."""

from __future__ import annotations

import json
import re

__all__ = ["terminal_safe", "spreadsheet_safe", "json_line", "FORMULA_START"]

# C0/C1 control characters except tab and newline: ESC sequences, bells, BiDi tricks stay out.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Replace control characters (terminal escape sequences) with U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def json_line(obj: object) -> str:
    """``obj`` as one line of UTF-8 JSON with every character a terminal acts on escaped (lossless).

    ``json.dumps`` escapes C0 controls itself, not C1 controls (U+009B is a
    one-character CSI) nor BiDi overrides.
    """
    text = json.dumps(obj, ensure_ascii=False)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# What starts a formula in Excel, LibreOffice or Google Sheets (OWASP's list: = + - @ tab CR; a CR
# is replaced with the other control characters), plus the full-width forms some Excel locales accept.
FORMULA_START = "=+-@\t\uff1d\uff0b\uff0d\uff20"


def spreadsheet_safe(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    Control characters are replaced as by :func:`terminal_safe` first: a CSV
    is often printed to a terminal (``quotes export --csv -``).
    """
    cell = terminal_safe(cell)
    if cell and cell[0] in FORMULA_START:
        return "'" + cell
    return cell

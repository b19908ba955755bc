"""Quotation-mark characters: which are double or single, and which way a glyph leans.

The lean of a glyph is only a hint: damaged copy types a closing mark as an
opening one (``... decisions. “ The remarks came``), German sets „…“ and
Danish »…«, so the scanner weighs it against the characters around the mark.
"""

from __future__ import annotations

__all__ = [
    "DOUBLE_MARKS",
    "SINGLE_MARKS",
    "ALL_MARKS",
    "SPACES",
    "lean",
]

DOUBLE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
"""" “ ” „ ‟ « »"""

SINGLE_MARKS = "'\u2018\u2019\u201a\u201b\u2039\u203a"
"""' ‘ ’ ‚ ‛ ‹ ›"""

ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

# Every character str.isspace() accepts (the separators \x1c-\x1f and NEL \x85 too), and the
# zero-width space and BOM.
SPACES = frozenset(" \t\r\n\f\v\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                   "\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff")

_OPENING = frozenset("\u201c\u201e\u201f\u2018\u201a\u201b")
_CLOSING = frozenset("\u201d\u2019")


def lean(glyph: str, low_marks: bool) -> int:
    """+1 if ``glyph`` is drawn as an opening mark, -1 if closing, 0 if it says nothing.

    With ``low_marks`` (the text sets „…“ or ‚…‘) the high “ and ‘ close
    as often as they open, so they say nothing.
    """
    if glyph in _OPENING:
        if low_marks and glyph in "\u201c\u2018":
            return 0
        return 1
    if glyph in _CLOSING:
        return -1
    return 0

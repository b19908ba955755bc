"""Pattern helpers the parser's modules share."""

from __future__ import annotations

import re

__all__ = ["last_match"]


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in text[start:end] (callers keep the window short)."""
    m = None
    for m in pattern.finditer(text, start, end):  # noqa: B007 (the loop keeps the last one)
        pass
    return m

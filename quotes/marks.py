"""Find quoted stretches in text (placeholder scanner: double marks only)."""

from __future__ import annotations

import re

from .spans import Span

__all__ = ["find_quoted"]

_DOUBLE = re.compile(r'["\u201c\u201d]([^"\u201c\u201d]{1,5000})["\u201c\u201d]')


def find_quoted(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), m.start(), m.end()) for m in _DOUBLE.finditer(text)]

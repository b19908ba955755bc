"""Quoted stretches found by the mark scanner, before attribution."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Kind

__all__ = ["Span"]


@dataclass(slots=True)
class Span:
    """A candidate quote: content offsets plus where its marks stand.

    ``start``/``end`` exclude the marks; ``open``/``close`` include them
    (``close == end`` when the quote is never closed).
    """

    start: int
    end: int
    open: int
    close: int
    kind: Kind = "direct"
    closed: bool = True

"""Quoted stretches found by the mark scanner, before attribution."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Kind

__all__ = ["Span"]


@dataclass(slots=True)
class Span:
    """A candidate quote: content offsets plus where its marks stand.

    ``start``/``end`` exclude the marks; ``open``/``close`` include them
    (``close == end`` when the quote is never closed). ``continued`` marks a
    paragraph's piece of a quote that runs on: news style reopens the mark at
    the next paragraph, whose first span carries on the same utterance.
    """

    start: int
    end: int
    open: int
    close: int
    kind: Kind = "direct"
    closed: bool = True
    continued: bool = False

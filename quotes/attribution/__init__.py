"""Speaker attribution for quoted spans (placeholder until the sieves land)."""

from __future__ import annotations

from dataclasses import dataclass

from ..spans import Span

__all__ = ["Attribution", "attribute"]


@dataclass(slots=True)
class Attribution:
    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    via: str | None = None
    method: str | None = None
    confidence: float = 0.0
    utterance: int = 0


def attribute(text: str, spans: list[Span]) -> list[Attribution]:
    """One attribution per span, in the same order."""
    return [Attribution(utterance=i) for i, _ in enumerate(spans)]

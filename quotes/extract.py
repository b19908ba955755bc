"""``extract``: quotes and their speakers from one article's text."""

from __future__ import annotations

from .attribution import attribute
from .marks import find_quoted
from .model import Quote

__all__ = ["extract"]


def extract(text: str) -> list[Quote]:
    """Every quote in ``text``, in text order, with its attribution."""
    spans = find_quoted(text)
    out = []
    for span, a in zip(spans, attribute(text, spans)):
        out.append(
            Quote(
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                kind=span.kind,
                speaker=a.speaker,
                mention=a.mention,
                mention_start=a.mention_start,
                mention_end=a.mention_end,
                cue=a.cue,
                via=a.via,
                method=a.method,
                confidence=a.confidence,
                utterance=a.utterance,
            )
        )
    return out

"""The parser's output: one quote with the evidence for its attribution."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal, NamedTuple

__all__ = ["Kind", "Quote", "QuoteRow"]

Kind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of reported speech and who it is attributed to.

    ``text == source[start:end]`` always holds; quotation marks are excluded.
    ``mention`` is the attribution's anchor as written ("he", "the defense
    chief"); ``speaker`` is the canonical person or organisation it refers to.
    ``utterance`` numbers the quotes of one utterance: the two halves of a quote
    split around "he said" share it.
    """

    text: str
    start: int
    end: int
    kind: Kind = "direct"
    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    via: str | None = None
    method: str | None = None
    confidence: float = 0.0
    utterance: int = 0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


class QuoteRow(NamedTuple):
    """A Quote's fields in its order, for the parser's intermediate results: ``Quote(*row)``.

    The parser renumbers and re-attributes quotes after finding them; it does so on rows and
    makes each Quote once (a frozen dataclass costs ~5x more to make than a named tuple).
    """

    text: str
    start: int
    end: int
    kind: Kind = "direct"
    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    via: str | None = None
    method: str | None = None
    confidence: float = 0.0
    utterance: int = 0

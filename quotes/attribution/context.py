"""The frame the sieves share: one article's quotes and what has been decided so far
(``Context``), a sieve's decision (``Attribution``), a named sieve (``Sieve``), and where
the sentence around a quote starts and ends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ..registry import Registry
from ..spans import Span
from .mentions import Document, Mention
from .pronouns import Antecedent

__all__ = ["AHEAD", "BACK", "ENDS_SENTENCE", "SENTENCE_END", "Attribution", "Context", "Sieve", "last_break"]

# Farthest a sentence reaches back from a quote, and forward after it (characters).
BACK = 300
AHEAD = 250


@dataclass(slots=True)
class Attribution:
    """Who a quote is attributed to; fields map 1:1 to :class:`quotes.model.Quote`'s."""

    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    via: str | None = None
    method: str | None = None
    confidence: float = 0.0
    utterance: int = 0


@dataclass(slots=True)
class Context:
    """One article's quotes and what the sieves have decided so far."""

    text: str
    spans: list[Span]
    doc: Document
    registry: Registry
    found: list[Attribution] = field(default_factory=list)
    history: list[Antecedent] = field(default_factory=list)
    """(mention offset, speaker) of earlier attributions, sorted by offset, for pronouns."""

    _starts: dict[int, int] = field(default_factory=dict)
    _ends: dict[int, int] = field(default_factory=dict)
    _intro: dict[int, tuple[Mention, re.Match[str]] | None] = field(default_factory=dict)

    def sentence_start(self, i: int) -> int:
        """Start of the sentence holding quote ``i``'s opening mark (at most BACK before it)."""
        start = self._starts.get(i)  # (a miss costs less than a KeyError: most quotes ask once)
        if start is None:
            open_ = self.spans[i].open
            floor = max(0, open_ - BACK, self.spans[i - 1].open if i else 0)
            # The look-ahead needs the mark itself (two characters: '') and the letter after it.
            m = last_break(self.text, floor, min(len(self.text), open_ + 3))
            start = self._starts[i] = m.end() if m and m.end() <= open_ else floor
        return start

    def sentence_end(self, i: int) -> int:
        """End of the sentence holding quote ``i``: its closing mark when the quote itself ends
        the sentence ('..."reckless." South Korea accused'), else the next full stop."""
        end = self._ends.get(i)
        if end is None:
            end = self._ends[i] = self._sentence_end(i)
        return end

    def _sentence_end(self, i: int) -> int:
        span = self.spans[i]
        close = span.close
        if ENDS_SENTENCE.search(self.text, max(span.start, span.end - 3), span.end) and _NEW_SENTENCE.match(
            self.text, close
        ):
            return close
        limit = min(len(self.text), close + AHEAD)
        if i + 1 < len(self.spans):
            limit = min(limit, self.spans[i + 1].open)
        m = SENTENCE_END.search(self.text, close, limit)
        return m.start() + 1 if m else limit

    def same_sentence_as_previous(self, i: int) -> bool:
        """Does quote ``i`` share its sentence (and line) with the quote before it?"""
        if i == 0:
            return False
        prev_close = self.spans[i - 1].close
        return prev_close >= self.sentence_start(i) and self.text.find("\n", prev_close, self.spans[i].open) < 0


@dataclass(frozen=True, slots=True)
class Sieve:
    """A named rule; ``confidence`` goes to the quotes it attributes."""

    name: str
    confidence: float
    run: Callable[[Context, int], Attribution | None]


# An opening mark before a sentence's first word, the New York Times' '' included.
_OPENING = r"(?:''|``|[\"“‘'(])?"
# A sentence break, searched backwards: end punctuation (not after a title or an initial) and
# space before a capital or an opening mark, or a line break.
_SENTENCE_BREAK_BACK = regex.compile(
    r"(?r)(?:\n|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Prof|No|vs|[A-Z]))[.!?](?:''|[\"”’'])?[ \t\u00a0]+"
    rf"(?={_OPENING}[A-Z0-9]))"
)

# The end of a sentence, searched forwards: end punctuation before a space or a closing mark,
# not after a title ("Mr. Holtz-Eakin said"). The punctuation comes first, its look-behinds after
# it: the scan then skips to the next [.!?\n] in C (look-behinds first: tried at every character, 18x slower).
SENTENCE_END = re.compile(
    r"[.!?](?<!\b(?:Mr|Ms|Dr|St)[.!?])(?<!\b(?:Mrs|Sen|Rep|Gov|Gen)[.!?])(?<!\bProf[.!?])(?=[\"”’']?(?:\s|$))|\n"
)
# Text (a quote's words) ending in end punctuation.
ENDS_SENTENCE = re.compile(r"[.!?…][ \t\u00a0]*\Z")
# What follows a sentence's end: a line break or a capital.
_NEW_SENTENCE = re.compile(rf"[ \t\u00a0]*(?:\n|{_OPENING}[A-Z])")


def last_break(text: str, floor: int, end: int) -> regex.Match[str] | None:
    """The last sentence break in text[floor:end]."""
    return _SENTENCE_BREAK_BACK.search(text, floor, end)



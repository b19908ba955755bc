"""The sentences of an article's paragraphs, and the lines that are not running text.

A paragraph (a line) is split into sentences once, when the finder first asks
about a position in it; the finder asks in text order, so an article is
scanned in time proportional to its length, and only the lines holding cues
are read at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .patterns import SENTENCE_START

__all__ = ["Paragraphs", "BACK", "AHEAD"]

# Farthest a sentence reaches back from a cue, and forward after it (characters).
BACK = 400
AHEAD = 1200
# How a paragraph of running text ends: a headline, a caption or a label does not.
_LONG_LINE = 200
_FINAL = frozenset(".!?\u2026\"”’')»")


class Paragraphs:
    """The lines of an article, asked about in text order: is a line running text, and where
    does the sentence holding a position start and end. A line is split into sentences only as
    far as the positions asked about (the rest of a long paragraph is never scanned)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._start = 0
        self._end = -1
        self._running = False
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._breaks: Iterator[re.Match[str]] = iter(())

    def _load(self, pos: int) -> None:
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        self._start, self._end = start, end
        p = end - 1
        while p >= start and text[p] in " \t\r\u00a0":
            p -= 1
        # a long line with sentences in it is running text even when it breaks off mid-sentence ("... determined
        # to bring the race to a" + line break): a headline or caption is short
        self._running = p >= start and (
            text[p] in _FINAL or p - start > _LONG_LINE and text[p].isalnum() and text.find(". ", start, p) >= 0
        )
        self._starts, self._ends = [start], []
        self._breaks = SENTENCE_START.finditer(text, start, end)

    def _split_to(self, pos: int) -> None:
        """Split the line on until the sentence holding ``pos`` has its end."""
        starts, ends = self._starts, self._ends
        while not ends or ends[-1] < pos and len(ends) < len(starts):
            m = next(self._breaks, None)
            if m is None:
                ends.append(self._end)
            else:
                ends.append(m.start())
                starts.append(m.end())

    def is_running_text(self, pos: int) -> bool:
        """Is ``pos`` in a paragraph of sentences, rather than a headline, caption or label?

        Headlines and captions ("Turkey says it does not intend to retreat on S-400 despite
        US sanctions", "Photo: Vitaly Nevar / TASS") end without sentence punctuation.
        """
        if not self._start <= pos < self._end:
            self._load(pos)
        return self._running

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos``; ``end`` is at its final punctuation
        or line break (the punctuation itself is not included). A sentence longer than
        ``BACK`` before ``pos`` starts at a word there, one longer than ``AHEAD`` after it ends there."""
        if not self._start <= pos < self._end:
            self._load(pos)
        self._split_to(pos)
        i = bisect.bisect_right(self._starts, pos) - 1
        start, end = self._starts[i], self._ends[i]
        if start < pos - BACK:
            floor = pos - BACK
            space = self.text.find(" ", floor, pos)
            start = floor if space < 0 else space + 1
        return start, min(end, pos + AHEAD)

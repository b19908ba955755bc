"""Sentence and paragraph bounds around a cue, and the lines that are not running text.

Bounds are searched in bounded windows around each cue (never over the
whole article); line ends are remembered, and the finder asks in text order,
so an article is scanned in time proportional to its length.
"""

from __future__ import annotations

from .patterns import SENTENCE_END, SENTENCE_START

__all__ = ["Lines", "sentence_bounds", "BACK", "AHEAD"]

# Farthest a sentence reaches back from a cue, and forward after it (characters).
BACK = 400
_NEAR = 150
AHEAD = 1200
# How a paragraph of running text ends: a headline, a caption or a label does not.
_FINAL = frozenset(".!?\u2026\"”’')»")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos``; ``end`` is at its final punctuation
    or line break (the punctuation itself is not included)."""
    # Most sentences start near their cue: a short window first. The boundary's look-ahead
    # needs to see the sentence's first characters, hence ``pos + 2``.
    start = -1
    for window in (_NEAR, BACK):
        floor = max(0, pos - window)
        for m in SENTENCE_START.finditer(text, floor, min(len(text), pos + 2)):
            if m.end() <= pos:
                start = m.end()
        if start >= 0 or floor == 0:
            break
    if start < 0:  # no boundary within reach: start at a word
        space = text.find(" ", floor, pos)
        start = floor if floor == 0 or space < 0 else space + 1
    limit = min(len(text), pos + AHEAD)
    e = SENTENCE_END.search(text, pos, limit)
    end = e.start() if e else limit
    return start, end


class Lines:
    """Which lines of an article are running text, asked about in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._end = -1
        self._running = False

    def is_running_text(self, pos: int) -> bool:
        """Is ``pos`` in a paragraph of sentences, rather than a headline, caption or label?

        Headlines and captions ("Turkey says it does not intend to retreat on S-400 despite
        US sanctions", "Photo: Vitaly Nevar / TASS") end without sentence punctuation.
        """
        if pos >= self._end:
            text = self.text
            end = text.find("\n", pos)
            self._end = len(text) if end < 0 else end
            p = self._end - 1
            while p >= pos and text[p] in " \t\r\u00a0":
                p -= 1
            self._running = p >= pos and text[p] in _FINAL
        return self._running

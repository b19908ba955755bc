"""Direct or partial: does a quote stand as its own sentence or clause, or is it woven in?

Direct: introduced by a colon or a comma cue (``he said: “...”``, ``said, "..."``),
standing as a sentence (``"Our work ... continues," he stressed``), or the
second half of a split quote (``“...,” declared Demir today, “With ...”``).
Partial: a fragment inside the reporter's sentence (``called the sanctions a
"unilateral move"``, ``send a "clear signal" that``).
"""

from __future__ import annotations

from .attribution.cues import CUE_RE, is_cue
from .model import Kind
from .quote_marks import ALL_MARKS, SPACES
from .spans import Span

__all__ = ["quote_kind"]

_LOOKBACK = 60
_SENTENCE_END = frozenset(".!?\u2026")
_DASHES = frozenset("\u2014\u2013-(")
_CLOSING = ("\u201d", '"', "''", "\u00bb")
_LEADING_NOISE = "[(\u2026. '\"\u2018\u2019\u201c\u201d"


def _starts_sentence(body: str) -> bool:
    """Does the quoted text begin like a sentence (capital, digit, [insertion], …)?"""
    if body[:1] in "[\u2026" or body.startswith("..."):
        return True
    stripped = body.lstrip(_LEADING_NOISE)
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def quote_kind(text: str, span: Span) -> Kind:
    """"direct" or "partial" for the quoted stretch ``span`` of ``text``."""
    p = span.open
    floor = max(0, p - _LOOKBACK)
    while p > floor and text[p - 1] in SPACES and text[p - 1] != "\n":
        p -= 1
    if p == 0 or text[p - 1] == "\n":
        return "direct"
    before = text[p - 1]
    body = text[span.start : min(span.end, span.start + 40)]
    if before in _SENTENCE_END or before == ":":
        return "direct"
    if before in ALL_MARKS:
        # After another quote's closing mark (“Marco!” “That’s right ...”) or a sentence end
        # inside marks: its own sentence; after an opening mark (nested start): direct too.
        return "direct"
    if before in _DASHES:
        return "direct" if _starts_sentence(body) else "partial"
    if before == ",":
        if _starts_sentence(body):
            return "direct"
        # The second half of a split quote: “...,” declared Demir today, “with ...”
        window = text[max(0, p - _LOOKBACK) : p]
        split = any(mark in window for mark in _CLOSING) and CUE_RE.search(window)
        return "direct" if split else "partial"
    # A cue verb right before the mark: Trump tweeted "We ...", said "It ..."
    if _starts_sentence(body) and is_cue(text[text.rfind(" ", floor, p) + 1 : p].strip(",")):
        return "direct"
    return "partial"

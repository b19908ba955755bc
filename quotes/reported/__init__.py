"""Reported speech without quotation marks: "Erdogan said that Ankara did not intend to give up
the S-400", "According to Demir, Turkey is also working to strengthen its armed forces".

``find_reported(text, quoted)`` finds the reported clauses as ``kind="indirect"`` quotes,
attributed with the same cue lexicon, mentions and speaker resolution as quoted speech;
``with_reported(text, quoted)`` merges them into ``extract``'s quotes in text order.

Offsets: an indirect clause never cuts a quoted span. A partial quote inside it
(Cavusoglu also called the sanctions a "unilateral move" by the US) stays its own
quote and the clause covers it whole; a direct quote ends the clause. So quotes
of kind direct/partial never overlap each other, and an indirect quote either is
disjoint from a quoted one or contains it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple

from ..attribution import Document
from ..model import Quote, QuoteRow
from ..registry import Registry
from .finder import RULE_CONFIDENCE, find_reported, reported_rows

__all__ = ["find_reported", "with_reported", "merge_reported", "RULE_CONFIDENCE"]


def with_reported(
    text: str,
    quoted: Sequence[Quote],
    *,
    year: int | None = None,
    registry: Registry | None = None,
    doc: Document | None = None,
) -> list[Quote]:
    """``quoted`` and the reported speech of ``text``, in text order (a clause before the
    partial quotes it holds), ``utterance`` renumbered in that order: the pieces of a split
    quote, and of a clause split by its cue ("All of this, he acknowledges, could be undone"),
    keep sharing one. ``doc`` is the article's name index when the caller already has one."""
    rows = [QuoteRow(*astuple(q)) for q in quoted]
    return [Quote(*row) for row in merge_reported(text, rows, year=year, registry=registry, doc=doc)]


def merge_reported(
    text: str,
    quoted: Sequence[QuoteRow],
    *,
    year: int | None = None,
    registry: Registry | None = None,
    doc: Document | None = None,
) -> list[QuoteRow]:
    """``with_reported`` on rows (``extract`` makes each Quote once, with its final number)."""
    reported = reported_rows(text, quoted, year=year, registry=registry, doc=doc)
    if not reported:
        return list(quoted)
    # (start, kind, index) is unique, so the rows themselves are never compared: no key function needed
    merged = sorted([(q.start, 1, n, q) for n, q in enumerate(quoted)] + [(q.start, 0, n, q) for n, q in enumerate(reported)])
    numbers: dict[tuple[int, int], int] = {}
    out = []
    new = tuple.__new__  # a NamedTuple's own constructor is a Python call
    for _, is_quoted, _, q in merged:
        key = (is_quoted, q.utterance)  # quoted and reported speech number their utterances apart
        number = numbers.setdefault(key, len(numbers))
        out.append(q if q.utterance == number else new(QuoteRow, q[:-1] + (number,)))
    return out

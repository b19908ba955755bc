"""The parser: quotes and their speakers from one article's text (``quotes.extract``).

The mark scanner finds quoted stretches; marks around titles, nicknames,
labels and scare-quoted modifiers are dropped (``not_speech.speech_only``); each
remaining stretch is classed direct or partial and attributed; reported
speech without marks (kind "indirect", ``quotes.reported``) is merged in text
order. The paragraph pieces of a quote running over paragraphs are one Quote
each and share one ``utterance`` (so do the halves of a split quote). A quote
woven into a reported clause whose own rules found no speaker, or only a loose
one, takes the clause's (Bush referred to Rubio as "a bright, charismatic
leader": Bush's words; method ``reported_clause``).

Short fragments with no speaker found and no verb of saying nearby are kept:
dropping them as scare quotes was measured on PolNeAR train and lost more
annotated speech than it removed noise (exact F1 0.943 -> 0.938-0.942 for
every variant tried), as reporters weave many such fragments into reported
speech whose cue is sentences away.
"""

from __future__ import annotations

from .attribution import WEAK_METHODS, Document, attribute
from .marks import find_quoted
from .model import Quote, QuoteRow
from .not_speech import speech_only
from .quote_kind import quote_kind
from .reported import merge_reported

__all__ = ["extract"]

_new = tuple.__new__


def extract(text: str) -> list[Quote]:
    """Every quote in ``text``, in text order, with its attribution."""
    spans = speech_only(text, find_quoted(text))
    for span in spans:
        span.kind = quote_kind(text, span)
    doc = Document(text, quoted=[(span.start, span.end) for span in spans])  # one name index for quoted and reported speech
    # attribute() numbers utterances: split halves and continued pieces share one. Rows until the
    # numbers and speakers are final: each Quote is made once. (Positional arguments in Quote's
    # field order: keywords cost more, for every quote; tuple.__new__: a NamedTuple's own constructor is a Python call.)
    rows = [
        _new(QuoteRow, (
            text[span.start : span.end], span.start, span.end, span.kind, a.speaker, a.mention, a.mention_start,
            a.mention_end, a.cue, a.via, a.method, a.confidence, a.utterance,
        ))
        for span, a in zip(spans, attribute(text, spans, doc=doc))
    ]
    # reported speech (kind="indirect"), merged in text order: a clause before the quotes it holds
    return [Quote(*row) for row in _speaker_from_clause(merge_reported(text, rows, doc=doc))]


def _speaker_from_clause(rows: list[QuoteRow]) -> list[QuoteRow]:
    """Quotes inside a reported clause with a mention, with no attribution of their own or only
    a loose one, take the clause's speaker, mention and cue."""
    clause: QuoteRow | None = None
    for i, q in enumerate(rows):
        if q.kind == "indirect":
            clause = q if q.mention else None
        elif clause is not None and q.method in WEAK_METHODS and q.end <= clause.end:
            rows[i] = QuoteRow(
                q.text, q.start, q.end, q.kind, clause.speaker, clause.mention, clause.mention_start,
                clause.mention_end, clause.cue, clause.via, "reported_clause", clause.confidence, q.utterance,
            )
    return rows

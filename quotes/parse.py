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

import bisect

from .attribution import WEAK_METHODS, Document, Mention, attribute, known_gender, resolve_mention
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
    return [Quote(*row) for row in _speaker_from_clause(_pronouns_after_reported(merge_reported(text, rows, doc=doc), doc))]


def _pronouns_after_reported(rows: list[QuoteRow], doc: Document) -> list[QuoteRow]:
    """Quotes whose "he" or "she" found no one are asked again with every attribution, reported
    speech's included ('... Flic Everett, journalist and dating expert, thinks [...]. "..." she told
    BBC News': quoted speech is attributed before reported speech is found)."""
    history: list[tuple[int, str]] | None = None
    for i, q in enumerate(rows):
        if q.speaker is not None or q.kind == "indirect" or q.mention_start is None or q.mention not in _PRONOUNS:
            continue
        if history is None:  # (built once, for the articles that need it)
            history = sorted((r.mention_start, r.speaker) for r in rows if r.speaker is not None and r.mention_start is not None)
        mention = Mention(q.mention_start, q.mention_end or q.mention_start, q.mention.lower(), "pronoun")
        speaker = resolve_mention(doc, mention, history, before=min(q.start, q.mention_start))
        # (a person of that sex by name, title or the article: not "Chicago Sun-Times" for "he")
        if speaker is not None and known_gender(doc, speaker) == ("m" if mention.text == "he" else "f"):
            rows[i] = q._replace(speaker=speaker)
            bisect.insort(history, (q.mention_start, speaker))
    return rows


_PRONOUNS = frozenset(("he", "she", "He", "She"))


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

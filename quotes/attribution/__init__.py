"""Speaker attribution: who said each quoted span.

``attribute(text, spans)`` runs the sieves of :mod:`quotes.attribution.sieves`
on every span in text order, most certain first; the first sieve that decides
records its name in ``method``. The *mention* (what the article writes: "he",
"the defense chief") is kept apart from the canonical *speaker* ("Ismail
Demir"), which :func:`resolve_mention` derives from the mention, the article's
own names and titles, and the speaker registry.

For reported speech without marks, the same machinery is public:
``CUE_RE``/``cue_lemma`` (the cue lexicon), ``subject_before`` (the subject of a cue
verb; ``subject_in`` answers it once per article), ``mention_at_end``/``mention_at_start``
(a mention next to a cue), ``Document`` (one article's name index and answers, shareable
between quoted and reported speech) and
``resolve_mention`` (a mention at an offset to a canonical speaker).
"""

from __future__ import annotations

import bisect
from functools import cache

from ..registry import Registry, default_registry
from ..spans import Span
from .cues import CUE_RE, cue_lemma, is_cue
from .mentions import Document, Mention, mention_at_end, mention_at_start
from .canonical import canonical_name, speaker_kind
from .gender import known_gender
from .resolve import resolve_mention
from .context import Attribution, Context, Sieve
from .sieves import SIEVES
from .subjects import subject_before, subject_in
from .via import find_via

__all__ = [
    "speaker_kind",
    "Attribution",
    "attribute",
    "confidence_of",
    "CUE_RE",
    "cue_lemma",
    "is_cue",
    "Document",
    "Mention",
    "mention_at_end",
    "mention_at_start",
    "subject_before",
    "subject_in",
    "canonical_name",
    "known_gender",
    "resolve_mention",
    "find_via",
    "Sieve",
    "SIEVES",
    "WEAK_METHODS",
]

# A resolved speaker is worth more than a mention alone.
_UNRESOLVED = 0.6


@cache  # a handful of (rule, resolved) pairs, asked for every quote: round() costs more than the lookup
def confidence_of(rule: float, resolved: bool) -> float:
    """A rule's confidence, lowered when its mention resolved to no speaker; two decimals."""
    return round(rule if resolved else rule * _UNRESOLVED, 2)


# Methods weak enough to give way to a cue-based attribution of the same words: another piece
# of the same quote, or the reported clause holding a partial quote.
WEAK_METHODS = (None, "continuation", "same_paragraph", "sentence_subject", "previous_subject")


def _first_decision(ctx: Context, i: int) -> Attribution | None:
    """The attribution of the first sieve that decides quote ``i``, with its confidence."""
    for sieve in SIEVES:
        found = sieve.run(ctx, i)
        if found is not None:
            found.confidence = confidence_of(sieve.confidence, bool(found.speaker))
            return found
    return None


def _share_across_paragraphs(ctx: Context) -> list[int]:
    """A quote running over paragraphs is one Span per paragraph (``continued`` on all but the
    last): every piece takes the most certain attribution found for any of them. Returns the
    pieces that took another's."""
    changed = []
    i, n = 0, len(ctx.spans)
    while i < n:
        j = i
        while j < n - 1 and getattr(ctx.spans[j], "continued", False):
            j += 1
        if j > i:
            best = max(ctx.found[i : j + 1], key=lambda a: a.confidence)
            for k in range(i, j + 1):
                if ctx.found[k].method in WEAK_METHODS and best.method not in WEAK_METHODS:
                    a = ctx.found[k]
                    ctx.found[k] = Attribution(
                        best.speaker, best.mention, best.mention_start, best.mention_end, best.cue, best.via,
                        best.method, best.confidence, a.utterance,
                    )
                    changed.append(k)
        i = j + 1
    return changed


def attribute(
    text: str,
    spans: list[Span],
    *,
    year: int | None = None,
    registry: Registry | None = None,
    doc: Document | None = None,
) -> list[Attribution]:
    """One attribution per span, in the same order.

    ``utterance`` numbers utterances from 0 in text order: the halves of a split
    quote ('"A," he said, "B."') and the paragraph pieces of a quote running on
    (``Span.continued``) share one number.

    ``year`` (the article's, when known) picks who held a role ("the Secretary
    of State") from the registry; ``registry`` defaults to the shipped one.
    ``doc`` shares an article's name index with reported-speech finding.
    """
    if doc is None:
        doc = Document(text, year)
    ctx = Context(text, spans, doc, registry or default_registry())
    utterance = -1
    for i in range(len(spans)):
        found = _first_decision(ctx, i) or Attribution()
        if found.method != "split_quote":  # a split half has its first half's number already
            if not (i and getattr(spans[i - 1], "continued", False)):
                utterance += 1
            found.utterance = utterance
        ctx.found.append(found)
        if found.speaker is not None and found.mention_start is not None:
            bisect.insort(ctx.history, (found.mention_start, found.speaker))
    # A quote left open right after a piece that took its quote's speaker is read again: '"I
    # believe that's what put me ...\n\n"I just felt ... "I believe if ...' continues the piece.
    for k in _share_across_paragraphs(ctx):
        if k + 1 < len(spans) and ctx.found[k + 1].method is None:
            again = _first_decision(ctx, k + 1)
            if again is not None:
                again.utterance = ctx.found[k + 1].utterance
                ctx.found[k + 1] = again
    # A quote left open by every sieve takes the attribution of a later quote of its sentence:
    # 'The “opt out” movement is about “people telling leaders ...,” Wilcox said.'; or of the quote
    # right after it when nothing but a space stands between (paragraphs run together: '... in my
    # back. "There's a lot of work involved ..." "I'm also going to the gym ...," he said.')
    for i in range(len(spans) - 2, -1, -1):
        if ctx.found[i].method is not None or not ctx.found[i + 1].mention:
            continue
        if ctx.same_sentence_as_previous(i + 1):
            method = "same_sentence"
        elif spans[i].kind == "direct" and _only_spaces(text, spans[i].close, spans[i + 1].open):
            method = "next_quote"
        else:
            continue
        later = ctx.found[i + 1]
        ctx.found[i] = Attribution(
            later.speaker, later.mention, later.mention_start, later.mention_end, later.cue, later.via,
            method, round(later.confidence * 0.9, 2), ctx.found[i].utterance,
        )
    return ctx.found


def _only_spaces(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a gap of spaces on one line (at most a few characters)?"""
    return 0 < end - start <= 3 and text[start:end].isspace() and "\n" not in text[start:end]

"""Who reports: the mention next to a cue and its canonical speaker, through attribution's machinery.

Mentions are found by :mod:`quotes.attribution` (``subject_before``, ``mention_at_start``) and
resolved by :func:`quotes.attribution.resolve_mention`, exactly as for quoted speech.
"""

from __future__ import annotations

from ..attribution import Document, Mention, mention_at_start, resolve_mention
from ..attribution.resolve import Antecedent
from ..registry import Registry
from .patterns import OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS

__all__ = ["mention_after", "speaker_of"]


def mention_after(text: str, start: int, limit: int) -> Mention | None:
    """The mention at ``start`` ("Demir" in "According to Demir,"), object pronouns included."""
    while start < limit and text[start] in " \t\u00a0":
        start += 1
    for word in OBJECT_PRONOUNS:
        end = start + len(word)
        if text.startswith(word, start) and (end >= len(text) or not text[end].isalnum()):
            after = text[end : end + 3].lstrip(" \t\u00a0")
            if not after[:1].isalnum():  # "her campaign" is no pronoun subject
                return Mention(start, end, word, "pronoun")
    return mention_at_start(text, start, limit)


def speaker_of(
    doc: Document, mention: Mention, history: list[Antecedent], registry: Registry, before: int | None = None
) -> str | None:
    """The canonical speaker of ``mention``; "him"/"her"/"his" resolve as "he"/"she"/"he". A
    pronoun's antecedent stands before ``before`` (default: the mention): a clause reported
    before its cue names no antecedent of the pronoun after it ("Mr Blair has failed, he claimed")."""
    subject = OBJECT_PRONOUNS.get(mention.text.lower()) or POSSESSIVE_PRONOUNS.get(mention.text.lower())
    if subject is not None:
        mention = Mention(mention.start, mention.end, subject, "pronoun")
    return resolve_mention(doc, mention, history, registry, before=min(mention.start, before or mention.start))

"""Who reports: the mention next to a cue and its canonical speaker, through attribution's machinery.

Mentions are found by :mod:`quotes.attribution.mentions` and resolved by
:func:`quotes.attribution.resolve_mention`, exactly as for quoted speech.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from ..attribution import Document, Mention, mention_at_end, mention_at_start, resolve_mention
from ..attribution.resolve import Antecedent, resolve_role
from ..attribution.sieves import _subject_before
from ..registry import Registry
from .patterns import OBJECT_PRONOUNS

__all__ = ["subject_before", "mention_after", "speaker_of"]

_HEAD_OF = re.compile(r"(?i)(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}\w+\s+of\b")


def subject_before(text: str, cue_start: int, floor: int) -> Mention | None:
    """The subject of the cue verb at ``cue_start``, skipping auxiliaries, adverbs and an
    apposition: "Ismail Demir, head of Turkey's Defense Industry Directorate, confirmed".

    Adapter over the quoted-speech sieve's own rule (see /work/notes/attribution-needs.md, 1).
    """
    return _subject_before(SimpleNamespace(text=text), cue_start, floor)  # type: ignore[arg-type]


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
    doc: Document, mention: Mention, history: list[Antecedent], registry: Registry
) -> str | None:
    """The canonical speaker of ``mention``; "him"/"her" resolve as "he"/"she"."""
    if mention.text.lower() == "who":
        # "Mr. Kamin, who emphasized that ...": the noun phrase "who" stands for.
        end = mention.start
        while end > 0 and doc.text[end - 1] in " \t\u00a0,":
            end -= 1
        antecedent = mention_at_end(doc.text, end, max(0, end - 120))
        if antecedent is None or antecedent.form == "pronoun":
            return None
        return speaker_of(doc, antecedent, history, registry)
    subject = OBJECT_PRONOUNS.get(mention.text.lower())
    if subject is not None:
        mention = Mention(mention.start, mention.end, subject, "pronoun")
    elif mention.form == "role" and _HEAD_OF.match(mention.text):
        # "the head of Turkey's Defense Industry Directorate" is its head, not the directorate.
        found = resolve_role(doc, mention, registry)
        if found is not None:
            return found
    return resolve_mention(doc, mention, history, registry, before=mention.start)

"""Who reports: the mention next to a cue and its canonical speaker, through attribution's machinery.

Mentions are found by :mod:`quotes.attribution` (``subject_before``, ``mention_at_start``) and
resolved by :func:`quotes.attribution.resolve_mention`, exactly as for quoted speech.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..attribution import Document, Mention, canonical_name, mention_at_end, mention_at_start, resolve_mention
from ..attribution.mentions import NAME, NAME_RE, classify, without_possessive
from ..attribution.pronouns import Antecedent
from ..attribution.subjects import whole_body
from ..registry import Registry
from .patterns import OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS

__all__ = ["antecedent", "document_author", "mention_after", "speaker_of"]

_POSSESSIVE_IN = re.compile(r"['’]s\b")
# Who made a document, after it: "a report by analysts Forrester Research", "Research from Halifax", "a survey
# by UK think-tank Demos" (the last name of the phrase), "figures gathered by Continental Research"; not the
# respondents of "a poll of US pundits".
_AUTHOR_AFTER = re.compile(
    rf"(?:[ \t\u00a0]+(?:[a-z][\w'’\-]*|\d+)){{0,3}}?[ \t\u00a0]+(?:by|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    rf"(?:{NAME}[ \t\u00a0]+(?=(?!(?:of|and|for|de|du|la|le|van|von)\b)[a-z][\w'’\-]*[ \t\u00a0]+(?:[a-z][\w'’\-]*[ \t\u00a0]+)?[A-Z]))?"
    rf"(?:(?!(?:of|and|for)\b)[a-z][\w'’\-]*[ \t\u00a0]+){{0,2}}(?:the[ \t\u00a0]+)?({NAME})"
)

# What stands between a relative pronoun and its antecedent: "President George W Bush himself, who", "Staunton, 49,
# who", "the International Air Transport Association (IATA), which", "Irish Prime Minister Bertie Ahern - who".
_BEFORE_RELATIVE = re.compile(
    r"(?:[ \t\u00a0,\u2013\u2014-]|\([^()]{1,40}\)|\b(?:himself|herself|itself|themselves)\b|(?<=,)[ \t\u00a0]*\d{1,3}[ \t\u00a0]*(?=,))*\Z"
)
_ANTECEDENT_CHARS = 160
_QUANTIFIER_BEFORE = re.compile(r"\b(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Aa]ll)[ \t\u00a0]+\Z")
# A verb inside a phrase read back from a relative pronoun: "In September Symantec released statistics which"
# reads past the clause's verb, no noun phrase.
_VERB_IN_PHRASE = re.compile(r"[ \t\u00a0][a-z][\w'’\-]*(?:ed|ing)\b[ \t\u00a0]")


def antecedent(text: str, relative: Mention) -> Mention | None:
    """The mention a relative pronoun ("who", "which") stands for, right before it past a reflexive, an age,
    a parenthesis or a dash: "The Tory leader" in "The Tory leader, who argues"; None if no noun phrase ends there."""
    floor = max(0, relative.start - _ANTECEDENT_CHARS)
    gap = _BEFORE_RELATIVE.search(text, floor, relative.start)
    end = relative.start if gap is None else gap.start()
    men = mention_at_end(text, end, floor)
    if men is None or men.form in ("relative", "pronoun"):
        return None
    if men.form in ("phrase", "group") and _VERB_IN_PHRASE.search(men.text + " "):
        return None
    men = whole_body(text, men, floor)  # "the National Council for Adoption, which said"
    quantifier = _QUANTIFIER_BEFORE.search(text, max(floor, men.start - 12), men.start)
    if quantifier is not None:  # "many US lawmakers who blame China": the quantifier is part of the phrase
        return Mention(quantifier.start(), men.end, text[quantifier.start() : men.end], men.form)
    return men


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


def document_author(doc: Document, mention: Mention, registry: Registry, nouns: Collection[str]) -> str | None:
    """Who made the document a mention names: the name inside it ("a Toshiba study", "The WEF report", "the
    Bank of Japan's December survey") or right after it ("a report by analysts Forrester Research", "Research
    from Halifax"), when that is no place ("estimates from India"); None for a mention that names no document
    (a word of ``nouns``: "report", "survey", ...)."""
    words = mention.text.split()
    at = next((i for i, w in enumerate(words) if w.lower() in nouns), None)
    if at is None:
        return None
    text = doc.text
    head = mention.start + mention.text.index(words[at], len(" ".join(words[:at])))
    inner = NAME_RE.search(text, mention.start + len(words[0]) if at else head, head)
    name = inner.group() if inner is not None and inner.start() > mention.start else None
    after = None
    if name is None:
        after = _AUTHOR_AFTER.match(text, mention.end)
        name = after.group(1) if after is not None else None
    if name is None or "-" in name:
        return None  # ("The Nokia-sponsored research": a sponsor)
    name = _POSSESSIVE_IN.split(name, 1)[0]  # "Bank of Japan's December survey"
    found = canonical_name(doc, without_possessive(name), registry)
    if found is None or classify(found) == "place":
        return None
    # a person's name after "by" is left to the mention ("Research by Dr Nielsen shows": the research speaks, not
    # he); one word read as a person is a body there ("Research from Halifax", "a report by think-tank Demos")
    return None if after is not None and classify(found) == "person" and " " in name else found

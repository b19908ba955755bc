"""A person's sex as the registry, the given name, an honorific or the article's pronouns tell it."""

from __future__ import annotations

import re

from ..names import fold
from ..registry import Registry, default_registry
from .lexicon import HONORIFIC_GENDER, first_name_gender
from .mentions import Document

__all__ = ["gender_of", "gender_in_article", "known_gender", "may_be"]


def gender_of(name: str, registry: Registry) -> str | None:
    sp = registry.lookup(name)
    if sp is not None and sp.gender:
        return sp.gender
    words = fold(name).split()
    if len(words) == 2 and words[0] in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[words[0]]  # "Lord Falconer", "Baroness Scotland"
    # The first word that is a known first name: "Crooked Hillary Clinton" is a woman.
    for word in words[:-1] or words[:1]:
        gender = first_name_gender(word)
        if gender is not None:
            return gender
    return None


def known_gender(doc: Document, person: str, registry: Registry | None = None) -> str | None:
    """The sex ("m", "f") of a person named in full: the registry's or their given name's, else the article's
    form of address ("Ms James" for Shani Rhys James), else ``gender_in_article``."""
    gender = gender_of(person, registry or default_registry())
    if gender is None and " " in person:
        for said in _addressed(doc).get(person.split()[-1], ()):
            if gender is not None and said != gender:
                return None
            gender = said
        gender = gender or gender_in_article(doc, person)
    return gender


_ADDRESSED = re.compile(r"\b(Mr|Mrs|Ms|Mr\.|Mrs\.|Ms\.)[ \u00a0]+([A-Z][\w'’-]+)")


def _addressed(doc: Document) -> dict[str, list[str | None]]:
    """Each family name the article writes after "Mr", "Mrs" or "Ms", with the sex of each form of
    address in text order; read once per article."""
    key = ("addressed", None)
    if key not in doc._cache:
        found: dict[str, list[str | None]] = {}
        for m in _ADDRESSED.finditer(doc.text):
            found.setdefault(m.group(2), []).append(HONORIFIC_GENDER.get(fold(m.group(1))))
        doc._cache[key] = found
    return doc._cache[key]


def may_be(gender: str | None, want: str) -> bool:
    """Can a person of ``gender`` (None: unknown) be the one of sex ``want`` ("" for either)?"""
    return not want or gender in (want, None)


# A name that opens a sentence outside quotation marks (its subject, mostly), after an optional
# connective: "Singer George Michael has said", "But Agassi won".
OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][\"”’']?[ \u00a0]+|\n)(?:(?:But|And|However,|Meanwhile,|Now|So|Yet)[ \u00a0]+)?\Z")

# The rest of a sentence and the pronoun opening the next: "Jamie Costin should be paralysed.\n\nHe says".
_NEXT_SENTENCE_PRONOUN = re.compile(r"[^.!?\n\"“”]{0,300}[.!?][\"”’']?\s+(He|She)\b")


def gender_in_article(doc: Document, name: str) -> str | None:
    """The sex of a person whose given name tells none ("Jamie Costin"), from the article: the
    pronoun that opens the sentence after one the person opens, else None."""
    key = ("gender in article", name)
    if key not in doc._cache:
        text, found, at = doc.text, None, doc.text.find(name)
        while at >= 0 and found is None:
            if OPENS_SENTENCE.search(text, max(0, at - 16), at) and not doc.in_quote(at):
                m = _NEXT_SENTENCE_PRONOUN.match(text, at + len(name))
                if m is not None:
                    found = "m" if m.group(1) == "He" else "f"
            at = text.find(name, at + len(name))
        doc._cache[key] = found
    return doc._cache[key]

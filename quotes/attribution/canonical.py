"""From a name as written to its canonical form: the registry, the article's fullest form of the
same name, a unique registry family name."""

from __future__ import annotations

import re

from ..names import fold, name_tokens
from ..registry import Registry, default_registry
from .lexicon import (
    GROUP_NOUNS,
    LEADING_STOPWORDS,
    NOT_NAMES,
    NOT_SPEAKERS,
    ROLE_HEADS,
    first_name_gender,
    is_given_name,
)
from .mentions import (
    COMMON_ORG_WORDS,
    HONORIFICS,
    Document,
    classify,
    is_epithet,
    strip_name,
    weekday_person,
    without_possessive,
)

__all__ = ["canonical_name", "person_canonical", "speaker_kind", "without_middle_initials"]


def person_canonical(doc: Document, name: str, registry: Registry) -> str:
    key = ("canonical", name)
    found = doc._cache.get(key)
    if found is None:
        found = doc._cache[key] = _find_person(doc, name, registry)
    return found


def _find_person(doc: Document, name: str, registry: Registry) -> str:
    sp = registry.lookup(name)
    if sp is not None:
        return sp.name
    if doc.headline_only(name):
        return person_canonical(doc, name.split()[-1], registry)  # "Classy Henman", "Can Yahoo": a family name
    peer = doc.peer(name) if len(name_tokens(name)) == 1 else None
    if peer is not None:
        return peer  # "Lord Falconer", not "Falconer" (nor "Sion Aubrey Roberts" for "Lord Roberts of Conwy")
    full = doc.fullest(name)
    if full is not None:
        sp = registry.lookup(full)
        return sp.name if sp is not None else without_middle_initials(full)
    if len(name_tokens(name)) == 1:
        if " " not in name and doc.named_with_the(name):
            return f"The {name}"  # "US rapper The Game": his name has "The"
        nicknamed = doc.nicknamed(name)
        if nicknamed is not None:
            return person_canonical(doc, nicknamed, registry)  # "Mido" after "Ahmed 'Mido' Hossam"
        matches = registry.by_surname(name)
        if len(matches) == 1:
            return matches[0].name
    return without_middle_initials(name)


_MIDDLE_INITIAL = re.compile(r"(?<=[a-z][a-z])[ \u00a0]+[A-Z]\.?(?=[ \u00a0]+[A-Z][a-z])")


def without_middle_initials(name: str) -> str:
    """One person, one name across outlets: "Harry M. Reid" (the New York Times) is "Harry Reid"
    (the registry keeps the names it holds: "George W. Bush")."""
    return _MIDDLE_INITIAL.sub("", name)


# Plurals that speak as a group without being one of the mention reader's GROUP_NOUNS (kinds only:
# the reader's lists decide what a phrase is, and widening them changes which quotes are found).
_SPEAKING_PLURALS = frozenset("investors traders dealers bankers lawyers commentators users consumers shareholders unions".split())
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "MEPs", "MSPs"
# Countries the parser's PLACES (places that stand for governments) leaves out: as a speaker's kind, places.
_COUNTRIES = frozenset(
    """scotland wales ireland switzerland austria belgium netherlands holland denmark sweden norway finland
    portugal hungary romania serbia croatia thailand indonesia malaysia singapore vietnam philippines
    taiwan nigeria kenya cameroon ghana zimbabwe sudan ethiopia argentina chile colombia peru""".split()
)


def _a_group(name: str) -> bool:
    """One word for many who speak together: "Analysts", "Investors", "MPs", "Ministers"."""
    word = fold(name)
    if word in GROUP_NOUNS or word in _SPEAKING_PLURALS or _ACRONYM_PLURAL.fullmatch(name):
        return True
    return word.endswith("s") and word[:-1] in ROLE_HEADS  # "Ministers", "Officials" (not "Parry")


def speaker_kind(name: str, registry: Registry | None = None) -> str:
    """What a canonical speaker is: the registry's kind, else "person", "organisation", "place"
    or "group" as the name reads ("Reuters", "Washington", "Analysts"), else "unknown" (one
    word that may be anything: "Yukos")."""
    sp = (registry or default_registry()).lookup(name)
    if sp is not None:
        return sp.kind
    if _a_group(name):
        return "group"
    if fold(name) in _COUNTRIES:
        return "place"
    kind = classify(name)
    if kind == "person" and " " not in name.strip() and first_name_gender(fold(name)) is None:
        return "unknown"
    return "unknown" if kind == "other" else kind


def canonical_name(doc: Document, phrase: str, registry: Registry | None = None) -> str | None:
    """The canonical speaker for a capitalised phrase, or None when it names no one
    (remembered per article: the same name resolves the same way throughout)."""
    key = ("name", phrase)
    if key not in doc._cache:
        doc._cache[key] = _canonical_name(doc, phrase, registry or default_registry())
    return doc._cache[key]


# A word run together with a verb or "not": "We've", "You'd", "Don't" open sentences, no names.
_CONTRACTION = re.compile(r"['’](?:ve|d|t|ll|re|m)\b")
_HEADLINE_SAYS = re.compile(r"((?:[A-Z][\w’'.-]*[ \u00a0]+){1,3}?)(?:Says|Tells|Warns|Claims)[ \u00a0]")


def _canonical_name(doc: Document, phrase: str, registry: Registry) -> str | None:
    title, name = strip_name(phrase)
    name = without_possessive(name)
    if name and fold(name) in NOT_NAMES:
        # "May said" after "Brian May", "said Friday" after "Mike Friday's England side"; else a month or a day
        return doc.fullest(name) or weekday_person(doc.text, name)
    if name and _CONTRACTION.search(name):
        # "Hillary Clinton Says Trump’s Bigotry Doesn’t": a headline's clause; its subject speaks
        said = _HEADLINE_SAYS.match(phrase)
        return _canonical_name(doc, said.group(1), registry) if said else None
    if not name or fold(name) in LEADING_STOPWORDS or fold(name) in NOT_SPEAKERS or is_epithet(name):
        return None  # ("London-based", "Peer-to-peer": adjectives)
    sp = registry.lookup(name)
    if sp is not None:
        return sp.name
    if not title and doc.common_word(name) and doc.fullest(name) is None and not registry.by_surname(name):
        return None  # "Advertising, in his eyes, can be tailored": capitalised only where a sentence starts
    knighted = title.split()[-1] if title else ""
    if knighted in ("Sir", "Dame") and len(name_tokens(name)) == 1:
        # "Sir John" is a given name: "John Stevens" after "Sir John Stevens", else as written
        return doc.knight(name) or f"{knighted} {name}"
    kind = classify(name)
    if kind == "other" and fold(name) in COMMON_ORG_WORDS:
        # "the Commission" after "the European Commission": the body named before, else no one
        full = doc.fullest_org(name)
        sp = registry.lookup(full) if full is not None else None
        return sp.name if sp is not None else full
    if kind == "other" and title and fold(title.split()[-1]) in HONORIFICS:
        # "Mr King", "Dr Day": a family name, whatever else the word means ("Mervyn King" reads as "other")
        return doc.fullest_other(name) or person_canonical(doc, name, registry)
    if kind == "organisation":
        full = doc.fullest_org(name)
        if full is not None:
            sp = registry.lookup(full)
            return sp.name if sp is not None else full
        return name
    if kind == "person":
        if not title and " " not in name and is_given_name(fold(name)) and doc.fullest(name) is None:
            full = doc.by_given_name(name)  # "Serena" after "Serena Williams" (not "Prince Charles", "Mr Howard")
            if full is not None:
                return person_canonical(doc, full, registry)
        return person_canonical(doc, name, registry)
    if kind == "place":
        return name
    # "White said" after "Kelli White": a family name that is also a title or a thing
    return doc.fullest(name) if " " not in name else None

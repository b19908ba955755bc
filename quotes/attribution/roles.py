"""Role phrases ("the defense chief", "the head of ..."): the person the article or the registry
gives that office."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..names import fold, name_tokens
from ..registry import Registry, Role, Speaker, default_registry
from .lexicon import HONORIFIC_GENDER, NOT_NAMES, ROLE_SYNONYMS
from .mentions import PERSON_HEADS, NAME_RE, Document, Mention, classify, strip_name, without_possessive
from .canonical import person_canonical

__all__ = ["held_only", "named_in", "office_holders", "resolve_role", "role_heads", "role_words", "titled_otherwise", "titled_person"]


# How far back a role phrase looks for the article's titled names (characters, names).
ROLE_WINDOW = 6000
ROLE_NAMES = 25

_ROLE_DROP = frozenset("the a an his her its their then former current 's of".split())
# Words that make a title another's: "the chancellor" is no "shadow chancellor", "the prime minister" no "deputy prime minister".
_OTHER_HOLDER = frozenset("shadow deputy vice".split())
_APPOSITION = re.compile(r"[ \u00a0]*,[ \u00a0]*([^,;:\"“”()\n]{3,120}?)[ \u00a0]*(?:\([^)\n]{1,20}\))?[ \u00a0]*[,.;)]")

_PREFIX_CUT = re.compile(r".*[,.;:\"“”()\n]|.*\b(?:that|from|by|and|said|says|with|to|as|when)\b", re.DOTALL)


@lru_cache(maxsize=1 << 14)
def role_words(phrase: str) -> tuple[str, ...]:
    """Normalised words of a role phrase: "the Turkish president" -> ("turkey", "president")."""
    out: list[str] = []
    for tok in name_tokens(phrase.replace("’", "'")):
        tok = tok.strip("()")
        if not tok or tok in _ROLE_DROP:
            continue
        if tok == "premier":
            out += ("prime", "minister")  # "The premier insisted": the prime minister
            continue
        out.append(ROLE_SYNONYMS.get(tok, tok))
    return tuple(out)


# A person's role after "of" is no head of the title it ends: "a friend of the Tory leader" is no
# leader (a body's head word is no person's: "head of the SSB", "Secretary of State").
_OWNERS = frozenset("the his her their its".split())


def role_heads(title: str) -> set[str]:
    """A title's head nouns: its last word and the last word before "of" ("head of the SSB"), not
    a person's role after "of" ("a friend of the Tory leader": a friend)."""
    words = role_words(title)
    if not words:
        return set()
    before, of, after = title.partition(" of ")
    if not of:
        return {words[-1]}
    heads = set(role_words(before)[-1:])
    if not (after.split(" ", 1)[0].lower() in _OWNERS and words[-1] in PERSON_HEADS):
        heads.add(words[-1])
    return heads


@cache
def _registry_roles(registry: Registry) -> dict[str, list[tuple[set[str], Speaker, Role]]]:
    """The registry's roles by head noun: (role words, speaker, role)."""
    by_head: dict[str, list[tuple[set[str], Speaker, Role]]] = {}
    for sp in registry.speakers:
        for r in sp.roles:
            for head in role_heads(r.title):
                by_head.setdefault(head, []).append((set(role_words(r.title)), sp, r))
    return by_head


def _titles_of(doc: Document, start: int, end: int, title: str) -> tuple[set[str], set[str]]:
    """Role words and head nouns written around a name: its title, the words just before it,
    its apposition (remembered per article: several role phrases may ask about one name)."""
    key = ("titles", start)
    try:
        return doc._cache[key]
    except KeyError:
        found = doc._cache[key] = _find_titles(doc, start, end, title)
        return found


def _find_titles(doc: Document, start: int, end: int, title: str) -> tuple[set[str], set[str]]:
    text = doc.text
    before = text[max(0, start - 60) : start]
    cut = _PREFIX_CUT.match(before)
    parts = [title, before[cut.end() :] if cut else before]
    m = _APPOSITION.match(text, end, min(len(text), end + 160))
    if m:
        parts.append(m.group(1))
    words: set[str] = set()
    heads: set[str] = set()
    for part in parts:
        if part.strip():
            words.update(role_words(part))
            heads.update(role_heads(part))
    return words, heads


# How a role word may be written: "head" as "head", "chief" or "director".
_WRITTEN = {word: (word, *(w for w, same in ROLE_SYNONYMS.items() if same == word)) for word in ROLE_SYNONYMS.values()}
# Characters that fold to other letters ("é" to "e"): text without them holds a role word only
# if its lower-case form holds it as written.
_FOLDS_TO_LETTERS = re.compile(r"[^\x00-\x7f\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u00a3\u20ac]")


def _may_name_role(text: str, start: int, end: int, forms: tuple[str, ...]) -> bool:
    """Can the titles around the name at text[start:end] (see ``_find_titles``) hold a role word
    written in one of ``forms``? A plain test that spares reading the titles of most names."""
    near = text[max(0, start - 60) : end + 160]
    if _FOLDS_TO_LETTERS.search(near):
        return True
    near = near.lower()
    return any(form in near for form in forms)


def resolve_role(doc: Document, mention: Mention, registry: Registry | None = None) -> str | None:
    """The speaker a role phrase ("the defense chief") stands for, or None if unsure."""
    registry = registry or default_registry()
    want = role_words(mention.text)
    if not want:
        return None
    titled = titled_person(doc, mention, registry) or _named_next(doc, mention, registry)
    if titled is not None:
        return titled
    holders = office_holders(doc, want, registry)
    if len(holders) == 1:
        return holders[0]
    # Several holders (no year known): the one the article names before the mention, else the one of
    # them the registry knows in this office only ("the prime minister told Mr Brown" where Tony Blair
    # and Gordon Brown, chancellor before he was prime minister, are named)
    before = [n for n in holders if named_in(doc, n, max(0, mention.start - ROLE_WINDOW), mention.start)]
    if len(before) > 1:
        before = [n for n in before if held_only(registry, n, want)]
    return before[0] if len(before) == 1 else None


def held_only(registry: Registry, person: str, want: tuple[str, ...]) -> bool:
    """Does the registry know ``person`` in the office of role words ``want`` only?"""
    sp = registry.lookup(person)
    return sp is not None and all(set(want) <= set(role_words(r.title)) for r in sp.roles)


def _named_next(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The person a role opening the story's first sentence names when the next sentence opens with a
    person's name, as BBC stories introduce people ("The Lord Chancellor has defended government plans
    ...\n\nLord Falconer insists that ..."; "The information commissioner says ...\n\nRichard Thomas
    "totally condemned" ..."), unless the article titles that person otherwise; else None."""
    lead = HEADLINE_AND_LEAD.match(doc.text)
    if lead is None or mention.start != lead.start(2) or fold(mention.text.split()[0]) != "the":
        return None
    at = lead.end(2)
    while at < len(doc.text) and doc.text[at].isspace():
        at += 1
    m = NAME_RE.match(doc.text, at)
    if m is None or m.group().startswith("The "):
        return None
    title, name = strip_name(m.group())
    if classify(name) != "person" or " " not in name and not (title and fold(title.split()[-1]) in HONORIFIC_GENDER):
        return None  # a person named in full or as a peer: "Lord Falconer", "Claude Eerdekens"
    person = person_canonical(doc, name if " " in name else f"{title.split()[-1]} {name}", registry)
    want = role_words(mention.text)
    if " " not in person or not want or titled_otherwise(doc, person, want[-1]):
        return None
    holders = office_holders(doc, want, registry)
    return None if holders and person not in holders else person


def named_in(doc: Document, person: str, start: int, end: int) -> bool:
    """Is ``person``'s family name written in text[start:end] (not "May", the month)?"""
    family = person.split()[-1]
    return fold(family) not in NOT_NAMES and doc.text.find(family, start, end) >= 0


def office_holders(doc: Document, want: tuple[str, ...], registry: Registry) -> list[str]:
    """The registry's holders of a role (its words ``want``) in the article's year, if known."""
    want_set = set(want)
    holders = {}
    for words, sp, role in _registry_roles(registry).get(want[-1], ()):
        if want_set <= words and (doc.year is None or role.held_in(doc.year)):
            holders[sp.name] = sp
    return list(holders)


def titled_person(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The person the article titles with a role phrase's words: "Ismail Demir, head of Turkey's
    Defense Industry Directorate" for "the defense chief", "singer Gary Lightbody" for "the singer"."""
    want = role_words(mention.text)
    if not want:
        return None
    want_set, head = set(want), want[-1]
    forms = _WRITTEN.get(head, (head,))
    for n, m in enumerate(doc.names_before(mention.start)):
        start, end = m.span()
        if mention.start - start > ROLE_WINDOW or n == ROLE_NAMES:
            break
        if not _may_name_role(doc.text, start, end, forms):
            continue
        title, name = strip_name(m.group())
        name = without_possessive(name)  # "Gordon Brown's" named as "the chancellor"
        if classify(name) != "person":
            continue
        words, heads = _titles_of(doc, start, end, title)
        if head in heads and want_set <= words and not (words & _OTHER_HOLDER) - want_set:
            # the role's head noun and all its words ("the chancellor" is no "shadow chancellor Oliver
            # Letwin", "the prime minister" no "Deputy Prime Minister John Prescott")
            return person_canonical(doc, name, registry)
    return None


# The article's lead: its headline, then its first sentence.
HEADLINE_AND_LEAD = re.compile(r"([^\n]{1,200})\n\s*([^\n]{1,400}?[.!?])(?=\s|\Z)")


def titled_otherwise(doc: Document, person: str, head: str | None = None) -> bool:
    """Does the article title ``person`` with some office ("shadow chancellor Oliver Letwin"), other
    than one whose head noun is ``head`` when given?"""
    family = person.split()[-1]
    for m in doc._names():
        if not m.group().endswith((family, family + "'s", family + "’s")):
            continue
        title, name = strip_name(m.group())
        if name.split()[-1:] != [family] or not name.startswith(person.split()[0]) and name != family:
            continue
        words, heads = _titles_of(doc, m.start(), m.end(), title)
        if heads & PERSON_HEADS and head not in heads and not any(w == "former" or w.startswith("ex-") for w in words):
            return True  # (not a job left: "Ex-chat show host Robert Kilroy-Silk")
    return False

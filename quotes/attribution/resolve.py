"""From a mention to a canonical speaker.

``resolve_mention(doc, mention)`` is the one entry point, reused by every
sieve and by reported speech without marks:

- names: the registry (name or alias), else the article's fullest form of the
  same family name ("Hoffman" -> "Jonathan Hoffman"), else a unique registry
  family name ("Demir" -> "Ismail Demir"), else the name as written;
- organisations: the registry, else the article's longest form ("The Foreign
  Ministry" -> "Turkish Foreign Ministry");
- role phrases ("the defense chief"): a person's name set off right after the
  phrase ("the mayor of Leeds, Alice Moreno, said") first, then the article's own
  titles and appositions ("Ismail Demir, head of Turkey's Defense Industry
  Directorate"), then the registry's roles (held in ``doc.year`` when known);
- pronouns: the nearest earlier compatible person in a bounded window, else the
  latest earlier speaker of a compatible gender;
- definite descriptions ("the singer", "The Russian", "the company"), when the text names
  no one: the person the article titles so, else the latest who spoke or opened a sentence;
  the body the story is about.
"""

from __future__ import annotations

import bisect
import re
from itertools import chain
from collections.abc import Sequence
from functools import cache, lru_cache

from ..matching import last_match
from ..names import fold, name_tokens
from ..registry import Registry, Role, Speaker, default_registry
from .lexicon import (
    DESCRIBED_COMPANIES,
    DESCRIBED_PERSONS,
    QUALIFIED_PERSONS,
    GROUP_NOUNS,
    ROLE_HEADS,
    LEADING_STOPWORDS,
    MEDIA_NOUNS,
    NATIONALITIES,
    NOT_NAMES,
    NOT_SPEAKERS,
    PARTY_MEMBERS,
    POST_NOMINALS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    TITLE_WORDS,
    first_name_gender,
    is_given_name,
)
from .cues import is_cue
from .subjects import whole_body
from .mentions import COMMON_ORG_WORDS, PERSON_HEADS, GIVEN_NAME_TITLES, HONORIFICS, RANKS, NAME, NAME_RE, POSSESSIVE_ENDS, Document, Mention, classify, mention_at_end, is_epithet, name_in, strip_name, with_numeral, without_possessive

__all__ = ["canonical_name", "known_gender", "resolve_mention", "resolve_role", "role_words", "speaker_kind", "Antecedent"]

# How far back a pronoun looks for a name in the text (characters).
PRONOUN_WINDOW = 400
# ... and, when no one is in that window, how far back the only one who spoke may be (characters).
SPEAKER_WINDOW = 1000
# How far back a role phrase looks for the article's titled names (characters, names).
ROLE_WINDOW = 6000
ROLE_NAMES = 25

Antecedent = tuple[int, str]
"""(offset, canonical speaker) of an earlier attribution, for pronouns."""

_POSSESSOR = re.compile(r"['’]s\s+")
_HEAD_OF = re.compile(r"(?i)(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}\w+\s+of\b")
_ROLE_DROP = frozenset("the a an his her its their then former current 's of".split())
# Words that make a title another's: "the chancellor" is no "shadow chancellor", "the prime minister" no "deputy prime minister".
_OTHER_HOLDER = frozenset("shadow deputy vice".split())
_APPOSITION = re.compile(r"[ \u00a0]*,[ \u00a0]*([^,;:\"“”()\n]{3,120}?)[ \u00a0]*(?:\([^)\n]{1,20}\))?[ \u00a0]*[,.;)]")
# A role phrase's own name, set off by commas after it and its "of/for ..." complement: "the mayor
# of Leeds, Alice Moreno, said" (not a list: "..., Alice Moreno, and the governor").
_APPOSED_NAME = re.compile(r"(?:[ \u00a0]+(?:of|for|at|with|in|to)[ \u00a0]+[^,;:\"“”()\n]{1,60}?)?[ \u00a0]*,[ \u00a0]*")
_APPOSED_NAME_END = re.compile(r"[ \u00a0]*(?:,(?![ \u00a0]*(?:and|or|but)\b)|[.;]|\Z)")
_NAME_BEFORE_APPOSITION = re.compile(rf"(?:^|(?<=[.!?\n\"“”] )|(?<=\n))({NAME})[ \u00a0]*,[ \u00a0]*\Z")
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


def _person_canonical(doc: Document, name: str, registry: Registry) -> str:
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
        return _person_canonical(doc, name.split()[-1], registry)  # "Classy Henman", "Can Yahoo": a family name
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
            return _person_canonical(doc, nicknamed, registry)  # "Mido" after "Ahmed 'Mido' Hossam"
        matches = registry.by_surname(name)
        if len(matches) == 1:
            return matches[0].name
    return without_middle_initials(name)


_MIDDLE_INITIAL = re.compile(r"(?<=[a-z][a-z])[ \u00a0]+[A-Z]\.?(?=[ \u00a0]+[A-Z][a-z])")


def without_middle_initials(name: str) -> str:
    """One person, one name across outlets: "Harry M. Reid" (the New York Times) is "Harry Reid"
    (the registry keeps the names it holds: "George W. Bush")."""
    return _MIDDLE_INITIAL.sub("", name)


def speaker_kind(name: str, registry: Registry | None = None) -> str:
    """What a canonical speaker is: the registry's kind, else "person", "organisation", "place"
    or "group" as the name reads ("Reuters", "Washington", "Analysts"), else "unknown" (one
    word that may be anything: "Yukos")."""
    sp = (registry or default_registry()).lookup(name)
    if sp is not None:
        return sp.kind
    if fold(name) in GROUP_NOUNS:
        return "group"
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
        return doc.fullest(name)  # "May said" after "Brian May"; else a month
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
        return doc.fullest_other(name) or _person_canonical(doc, name, registry)
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
                return _person_canonical(doc, full, registry)
        return _person_canonical(doc, name, registry)
    if kind == "place":
        return name
    # "White said" after "Kelli White": a family name that is also a title or a thing
    return doc.fullest(name) if " " not in name else None


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


_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson official officials source aide representative".split())


# The body after a bare role: "a spokesman for the British Phonographic Industry", "for the firm", and
# what may follow its name: punctuation or a verb ("for Apple declined"), not a noun ("for the Albanian embassy").
_FOR_BODY = re.compile(
    rf"[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?(?:({NAME})|([a-z]+)\b)"
    r"(?=[ \u00a0]*[^\w \u00a0]|[ \u00a0]+(?:[a-z]+(?:ed|s)|said|told|would|will|could|can|did|had|may)\b)"
)


def _spoken_for(doc: Document, words: list[str], registry: Registry, end: int) -> str | None:
    """The organisation or person an indefinite role speaks for ("a Defra spokesman" -> "Defra",
    "a Downing Street spokeswoman" -> "Downing Street", "A spokesman for the British Phonographic
    Industry (BPI)", "A spokeswoman for Royal Mail", "A spokesman for the firm": the body the story
    is about; "a spokesman for Mr Prescott" -> John Prescott), or None ("a spokesman", "a Clinton
    aide"). ``end``: where the role ends."""
    if len(words) < 2 or fold(words[-1]) not in _SPEAKS_FOR:
        return None
    if len(words) == 2:
        m = _FOR_BODY.match(doc.text, end)
        if m is None or m.group(2) and (m.group(2) not in DESCRIBED_COMPANIES or doc.text[m.start(2) - 4 : m.start(2)] != "the "):
            return None
        if m.group(2):
            return _described_company(doc, end)
        return _owner_named(doc, m.group(1), registry)
    else:
        named = [w for w in words[1:-1] if w[:1].isupper()]
        if not named or len(named) != len(words) - 2:
            return None
    return _body_named(doc, " ".join(named), registry)


def _owner_named(doc: Document, phrase: str, registry: Registry) -> str | None:
    """Whom a name after "a spokesman for" means: a person by a form of address ("Mr Prescott") or
    a known given name ("Michael Howard"), a body ``_body_named`` knows ("Defra"), a family name the
    article names in full, a body of several words as written ("Royal Mail", "Reporters Without
    Borders"); else None."""
    body = _body_named(doc, phrase, registry)
    title, name = strip_name(phrase)
    if title and fold(title.split()[-1]) in HONORIFICS or " " in name and is_given_name(fold(name.split()[0])):
        return canonical_name(doc, phrase, registry)  # a person
    if " " not in phrase:
        return body or (canonical_name(doc, phrase, registry) if doc.fullest(phrase) is not None else None)
    found = body or canonical_name(doc, phrase, registry)
    if found is None or registry.lookup(phrase) is not None or fold(found) in fold(phrase) or fold(phrase) in fold(found):
        return found
    return None  # a body of several words is the one named, not another: "the English National Ballet" is no "Royal Ballet"


_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# What may open a sentence before "a spokesman": "But a spokesman", "However a spokesman".
_OPENS_WITH_CONNECTIVE = re.compile(r"(?:\A|[.!?][\"”’']?[ \u00a0]+|\n)((?:But|However,?|And)[ \u00a0]+)?\Z")


_SUBJECT_OPENS = re.compile(r"\s*(?:(?:But|However|And|Meanwhile),?[ \u00a0]+)?(?:[Tt]he[ \u00a0]+)?")
_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_STOP_AFTER = re.compile(r"[ \u00a0]*[.!?]")


def _body_of_sentence_before(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The body a bare "a spokesman" opening a sentence speaks for: the one organisation that opens the
    sentence before or ends it as its agent ("But the Home Office defended the measures. A spokesman
    said:", "... described as "idle speculation" by Downing Street. A spokesman said"), else None."""
    text = doc.text
    if mention.end < len(text) and _FOR_BODY.match(text, mention.end) is not None:
        return None  # ("A spokesman for the Albanian embassy": another body)
    opens = _OPENS_WITH_CONNECTIVE.search(text, max(0, mention.start - 16), mention.start)
    if opens is None:
        return None
    end = opens.end() - len(opens.group(1) or "")  # before "But", "However"
    sentence = _SENTENCE_BEFORE.search(text, max(0, end - 400), end)
    if sentence is None:
        return None
    bodies: dict[int, str] = {}  # by where the name starts: "the Department for Education and Skills" once
    for m in NAME_RE.finditer(text, sentence.start(), sentence.end()):
        if doc.in_quote(m.start()):
            continue
        whole = whole_body(text, Mention(m.start(), m.end(), m.group(), "name"), sentence.start())
        opener = _SUBJECT_OPENS.fullmatch(text, sentence.start(), whole.start)
        agent = _BY_BEFORE.search(text, max(0, whole.start - 8), whole.start) and _STOP_AFTER.match(text, whole.end)
        if not (opener or agent):
            continue  # the sentence's subject or its agent ("... by Downing Street."), not any body it names
        name = without_possessive(strip_name(whole.text)[1])
        body = _body_named(doc, name, registry) if name else None
        if body is not None and speaker_kind(body, registry) == "organisation":
            bodies[whole.start] = body
    return next(iter(bodies.values())) if len(set(bodies.values())) == 1 else None
# The latest spokesperson of a body before "the spokesman": "A Bayern spokesman", "The Trafford Centre
# spokeswoman", "a spokeswoman for the RAD" (not an adjective before a body's common noun: "A
# spokesman for the Albanian embassy"; no full stop inside: "the TPS. A Labour Party spokesman").
_SPOKESMAN_OF = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+(?:((?:(?:[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*|(?:[A-Z]\.)+)[ \u00a0]+){{1,4}})spokes(?:man|woman|person)\b"
    rf"|spokes(?:man|woman|person)[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?({NAME})(?![ \u00a0]+(?:{'|'.join(sorted(COMMON_ORG_WORDS))})\b))"
)
SPOKESMAN_WINDOW = 1500


def _body_named(doc: Document, phrase: str, registry: Registry) -> str | None:
    """The organisation a capitalised phrase names, or None (a person, a place, anything else)."""
    found = canonical_name(doc, phrase, registry)
    if found is None:
        return None
    kind = speaker_kind(found, registry)
    # One word that names no person the article or the registry knows is a body: "Defra", "Ofcom".
    lone = kind in ("person", "unknown") and found == phrase == found.split()[0] and not registry.by_surname(found)
    return found if kind in ("organisation", "place") or lone else None  # ("An EU spokesman": the EU)


def _spokesman_before(doc: Document, before: int, registry: Registry, window: int = SPOKESMAN_WINDOW) -> str | None:
    """The body of the latest spokesperson introduced in the ``window`` before ``before`` (``_SPOKESMAN_OF``)."""
    last = last_match(_SPOKESMAN_OF, doc.text, max(0, before - window), before)
    if last is None:
        return None
    return _body_named(doc, (last.group(1) or last.group(2)).strip(), registry)


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
    titled = _titled_person(doc, mention, registry) or _named_next(doc, mention, registry)
    if titled is not None:
        return titled
    holders = _holders(doc, want, registry)
    if len(holders) == 1:
        return holders[0]
    # Several holders (no year known): the one the article names before the mention, else the one of
    # them the registry knows in this office only ("the prime minister told Mr Brown" where Tony Blair
    # and Gordon Brown, chancellor before he was prime minister, are named)
    before = [n for n in holders if _named_in(doc, n, max(0, mention.start - ROLE_WINDOW), mention.start)]
    if len(before) > 1:
        before = [n for n in before if _held_only(registry, n, want)]
    return before[0] if len(before) == 1 else None


def _held_only(registry: Registry, person: str, want: tuple[str, ...]) -> bool:
    """Does the registry know ``person`` in the office of role words ``want`` only?"""
    sp = registry.lookup(person)
    return sp is not None and all(set(want) <= set(role_words(r.title)) for r in sp.roles)


def _named_next(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The person a role opening the story's first sentence names when the next sentence opens with a
    person's name, as BBC stories introduce people ("The Lord Chancellor has defended government plans
    ...\n\nLord Falconer insists that ..."; "The information commissioner says ...\n\nRichard Thomas
    "totally condemned" ..."), unless the article titles that person otherwise; else None."""
    lead = _LEAD.match(doc.text)
    if lead is None or mention.start != lead.start(2) or fold(mention.text.split()[0]) != "the":
        return None
    at = lead.end(2)
    while at < len(doc.text) and doc.text[at].isspace():
        at += 1
    m = NAME_RE.match(doc.text, at)
    if m is None or m.group().startswith("The "):
        return None
    title, name = strip_name(m.group())
    if classify(name) != "person" or " " not in name and not (title and fold(title.split()[-1]) in _HONORIFIC_GENDER):
        return None  # a person named in full or as a peer: "Lord Falconer", "Claude Eerdekens"
    person = _person_canonical(doc, name if " " in name else f"{title.split()[-1]} {name}", registry)
    want = role_words(mention.text)
    if " " not in person or not want or _titled_otherwise(doc, person, want[-1]):
        return None
    holders = _holders(doc, want, registry)
    return None if holders and person not in holders else person


def _named_in(doc: Document, person: str, start: int, end: int) -> bool:
    """Is ``person``'s family name written in text[start:end] (not "May", the month)?"""
    family = person.split()[-1]
    return fold(family) not in NOT_NAMES and doc.text.find(family, start, end) >= 0


def _holders(doc: Document, want: tuple[str, ...], registry: Registry) -> list[str]:
    """The registry's holders of a role (its words ``want``) in the article's year, if known."""
    want_set = set(want)
    holders = {}
    for words, sp, role in _registry_roles(registry).get(want[-1], ()):
        if want_set <= words and (doc.year is None or role.held_in(doc.year)):
            holders[sp.name] = sp
    return list(holders)


def _titled_person(doc: Document, mention: Mention, registry: Registry) -> str | None:
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
            return _person_canonical(doc, name, registry)
    return None


def _gender(name: str, registry: Registry) -> str | None:
    sp = registry.lookup(name)
    if sp is not None and sp.gender:
        return sp.gender
    words = fold(name).split()
    if len(words) == 2 and words[0] in _HONORIFIC_GENDER:
        return _HONORIFIC_GENDER[words[0]]  # "Lord Falconer", "Baroness Scotland"
    # The first word that is a known first name: "Crooked Hillary Clinton" is a woman.
    for word in words[:-1] or words[:1]:
        gender = first_name_gender(word)
        if gender is not None:
            return gender
    return None


def _resolve_it(doc: Document, before: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """"it" as a speaker: the nearest organisation or body the story is about (``_described_company``)
    quoted or named before ("The Security Council ... what it called"; "Wimpey said the market had
    proved "challenging". "...," it added" with B&B named before Wimpey spoke), else that body."""
    floor = max(0, before - PRONOUN_WINDOW)
    found = topic = None
    read = False  # the body the story is about is read only when needed (a scan of the lead)
    for pos, speaker in history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]:
        if speaker_kind(speaker, registry) != "organisation":
            if not read:
                topic, read = _described_company(doc, before), True
            if speaker != topic:
                continue
        floor, found = pos, speaker
    for m in NAME_RE.finditer(doc.text, floor, before):
        _, name = strip_name(m.group())
        if name and classify(name) == "organisation":
            found = canonical_name(doc, name, registry)
    return found or (topic if read else _described_company(doc, before))


# Cues that put their subject after them: '..., said Shailendra Jain, head of ...', '..., observes Ms
# Alexander.'; after other cues a name is whom they tell or judge ("told BBC Radio 4", "denied Mr Yeo").
_INVERTING = frozenset(
    """said says added adds asked asks wrote writes explained explains noted notes continued continues
    recalled recalls insisted insists argued argues warned warns observed observes remarked remarks
    admitted admits conceded concedes replied replies responded responds""".split()
)


def _reported_object(text: str, name: re.Match[str]) -> bool:
    """Is ``name`` what a verb of saying reports on or tells ("he said Mr Blair had lost ...",
    "told BBC Radio 4"), rather than its subject after it ("..., said Shailendra Jain, head of")?"""
    end = name.start()
    for _ in range(2):
        while end > 0 and text[end - 1] in " \t\u00a0":
            end -= 1
        word_start = end
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:end]
        if word != "that":
            if not (word.islower() and is_cue(word)):
                return False
            if word not in _INVERTING:
                return True  # "told BBC Radio 4", "accused Cruz, the senator, of"
            after = text[name.end() : name.end() + 2]
            return after[:1] == " " and (after[1:].islower() or after[1:] in "\"“")
        end = word_start
    return False


# Where a name is an object, not whom a later pronoun means: after a preposition ("foul on Ashley
# Cole"), an infinitive ("wants to sign Ashley Cole") or an opening bracket ("given (Cole) a serious injury").
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|to|from|with|against|for|at|about|of|into|over|in)[ \u00a0]+(?:the[ \u00a0]+)?\(?|\bto[ \u00a0]+[a-z]+[ \u00a0]+|\()$"
)


def _resolve_pronoun(
    doc: Document, word: str, before: int, history: Sequence[Antecedent], registry: Registry
) -> str | None:
    want = PRONOUN_GENDER.get(word.lower())
    if want == "n":
        return _resolve_it(doc, before, history, registry)
    if want not in ("m", "f"):
        return None  # "they", "we", "I": no one person to look for
    # no person named near: the spokesman of a body ("A Labour Party spokesman told ... "...," he said")
    found = (
        _person_before(doc, want, before, history, registry)
        or _spokesman_before(doc, before, registry, PRONOUN_WINDOW)
        or _body_of_spokesman(doc, want, before, history, registry)
    )
    if found is None and before > PRONOUN_WINDOW:
        found = _only_speaker(doc, want, before, history, registry)
    return found


_SPOKESPERSON = re.compile(r"\bspokes(man|woman|person)\b")


def _body_of_spokesman(doc: Document, want: str, before: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """The organisation whose spokesperson spoke last in the window, when "he" or "she" follows ("But a
    spokesman said its powers were limited [Ofcom] ... "...," he said."), else None."""
    floor = max(0, before - PRONOUN_WINDOW)
    earlier = history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]
    if not earlier:
        return None
    pos, speaker = earlier[-1]
    if speaker_kind(speaker, registry) != "organisation":
        return None
    said = _SPOKESPERSON.search(doc.text, pos, min(before, pos + 40))
    if said is None or said.group(1) == ("woman" if want == "m" else "man"):
        return None
    return speaker


def _only_speaker(doc: Document, want: str, before: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """The one person of sex ``want`` who spoke in the ``SPEAKER_WINDOW`` before ``before`` when no
    other known to be of that sex spoke or is named there outside quotes ('"...," she told BBC News. [two
    sentences] "...," she said.'); None when there are two ("Mr Brown said ... Mr Letwin said ... He said")."""
    floor = max(0, before - SPEAKER_WINDOW)
    found, last = set(), floor
    for pos, speaker in history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]:
        if classify(speaker) == "person" and _may_be(_gender(speaker, registry), want):
            found.add(speaker)
            last = pos
    if len(found) != 1 or known_gender(doc, next(iter(found)), registry) != want:
        return None  # (of known sex: not "Hewlett Packard", "Scotland Yard")
    for m in NAME_RE.finditer(doc.text, floor, before):
        if doc.in_quote(m.start()):
            continue
        person, gender = _person_in(doc, m.group(), registry)
        if person is not None and person not in found and gender == want:
            return None  # (a name of unknown sex, "Hitler's Germany", does not count)
    for m in _UNNAMED_VOICE.finditer(doc.text, last, before):
        if not doc.in_quote(m.start()):
            return None  # "the chancellor pledged", "said one London-based broker": someone else spoke since
    for m in NAME_RE.finditer(doc.text, last + 1, before):
        if doc.in_quote(m.start()) or not _OPENS_SENTENCE.search(doc.text, max(0, m.start() - 16), m.start()):
            continue
        name = without_possessive(strip_name(m.group())[1])
        if not name or classify(name) != "person":
            continue
        other = _person_in(doc, name, registry)[0]
        if other is not None and other not in found or other is None and " " not in name and m.group().endswith(POSSESSIVE_ENDS):
            return None  # a sentence since opens with another person ("Ban's term ... He said")
    return found.pop()


def known_gender(doc: Document, person: str, registry: Registry | None = None) -> str | None:
    """The sex ("m", "f") of a person named in full: the registry's or their given name's, else the article's
    form of address ("Ms James" for Shani Rhys James), else ``_gender_in_article``."""
    gender = _gender(person, registry or default_registry())
    if gender is None and " " in person:
        for said in _addressed(doc).get(person.split()[-1], ()):
            if gender is not None and said != gender:
                return None
            gender = said
        gender = gender or _gender_in_article(doc, person)
    return gender


_ADDRESSED = re.compile(r"\b(Mr|Mrs|Ms|Mr\.|Mrs\.|Ms\.)[ \u00a0]+([A-Z][\w'’-]+)")


def _addressed(doc: Document) -> dict[str, list[str | None]]:
    """Each family name the article writes after "Mr", "Mrs" or "Ms", with the sex of each form of
    address in text order; read once per article."""
    key = ("addressed", None)
    if key not in doc._cache:
        found: dict[str, list[str | None]] = {}
        for m in _ADDRESSED.finditer(doc.text):
            found.setdefault(m.group(2), []).append(_HONORIFIC_GENDER.get(fold(m.group(1))))
        doc._cache[key] = found
    return doc._cache[key]


# Someone described, not named, speaking: "the chancellor pledged", "said one London-based broker".
_CUE_WORDS = "said|says|told|tells|added|adds|argued|insisted|wrote|writes|pledged|promised|vowed|stressed|warned|claimed|believes|thinks|called|urged|declared|explained|announced"
_UNNAMED_VOICE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){{0,3}}?(?:also[ \u00a0]+)?(?:{_CUE_WORDS})\b"
    rf"|\b(?:{_CUE_WORDS})[ \u00a0]+(?:[Tt]he|[Aa]n?|[Oo]ne)[ \u00a0]"
)


# A possessive determiner right before a name: "his Christmas Midnight Mass", "her Golden Globe";
# or the work it names ("programme Go Digital").
_OWNED = re.compile(r"\b(?:his|her|their|its|programme|program|show|magazine|newspaper|film|album|series)[ \u00a0]\Z")
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]\Z")
# ... or the work after it: "told the BBC's Go Digital programme".
_WORK_AFTER = re.compile(r"[ \u00a0]+(?:programme|program|show|magazine|newspaper|film|album|series)\b")


def _person_before(
    doc: Document, want: str, before: int, history: Sequence[Antecedent], registry: Registry, window: int = PRONOUN_WINDOW
) -> str | None:
    """The person a pronoun or a definite description ("the singer") means: the nearest earlier
    person of sex ``want`` ("m", "f"; "" for either) named in the ``window`` or quoted before."""
    floor = max(0, before - window)
    # history is in text order: bisect instead of filtering all of it (long articles).
    earlier = list(history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))])
    # Names are read only back to the latest earlier speaker at first: usually enough.
    near = earlier[-1][0] if earlier else floor
    names = list(NAME_RE.finditer(doc.text, near, before))
    if earlier and (classify(earlier[-1][1]) != "person" or not _may_be(_gender(earlier[-1][1], registry), want)):
        names[:0] = NAME_RE.finditer(doc.text, floor, near)
    possessor = deferred = None
    while names or earlier:
        # The nearer of the latest name in the window and the latest earlier speaker.
        if names and (not earlier or names[-1].start() > earlier[-1][0]):
            name = names.pop()
            if doc.in_quote(name.start()):
                continue  # '"... in Lord Woolf's words," she said': named by the speaker, not the speaker
            if name.start() and doc.text[name.start() - 1].isalnum():
                continue  # "the 50K Walk. ... he talks of": no "K Walk" inside a word
            if _OWNED.search(doc.text, max(0, name.start() - 10), name.start()) or _WORK_AFTER.match(doc.text, name.end()):
                continue  # "in his Christmas Midnight Mass. ... He added": what someone owns is no one
            if _THE_BEFORE.search(doc.text, max(0, name.start() - 4), name.start()) and _thing_after_the(name.group()):
                continue  # "the Pied Piper of podcasting. He was", "the Texas Parks and Wildlife Department"
            phrase = with_numeral(doc.text, name.start(), name.group())  # "50 Cent", not "Cent"
            if phrase.endswith(POSSESSIVE_ENDS):
                # "the way Tony Blair's government operates. He ...": a possessor only when no one
                # else is near ("This year marks Conti's 17th turn ... he says")
                possessor = possessor or phrase
                continue
            candidate, gender = _person_in(doc, phrase, registry)  # (remembered per article: first)
            if candidate is None or _reported_object(doc.text, name):
                continue  # "But he said Mr Blair had lost the trust ... "...," he said.": what is reported
            if (
                _may_be(gender, want)
                and fold(phrase.split()[0]) not in NOT_NAMES  # "on Wednesday Mr Straw said": a subject
                and _PREPOSITION_BEFORE.search(doc.text, max(0, name.start() - 20), name.start())
            ):
                # "... Van Nistelrooy's foul on Ashley Cole for which he got a three-game ban. "...," he
                # said.": a name after a preposition is rarely whom the pronoun means; the subject before
                if not _place_like(doc.text, name):
                    deferred = deferred or candidate
                continue
        else:
            candidate = earlier.pop()[1]
            if classify(candidate) != "person":
                continue  # "he" and "she" are people: not the ministry quoted before
            gender = _gender(candidate, registry)
        if _may_be(gender, want):
            return candidate
    if deferred is not None:
        return deferred
    if possessor is not None:
        candidate, gender = _person_in(doc, without_possessive(possessor), registry)
        if candidate is not None and _may_be(gender, want):
            return candidate
    return None


_AT_A_PLACE = re.compile(r"\b(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _place_like(text: str, name: re.Match[str]) -> bool:
    """Is a name after "in" or "at" a place, never whom a pronoun means: no title and no given name
    ("a meeting of the Commission for Africa in Cape Town. ... he said"; not "in Mr Blair")?"""
    if _AT_A_PLACE.search(text, max(0, name.start() - 10), name.start()) is None:
        return False
    title, bare = strip_name(name.group())
    return not title and not is_given_name(fold(bare.split()[0] if bare else ""))


def _thing_after_the(phrase: str) -> bool:
    """Is a capitalised phrase after "the" a thing's name ("the Second Amendment", "the Pied Piper"),
    not a titled person ("the Treasury Paul Boateng") nor a name used as an adjective ("the Clinton
    campaign", who may be whom the pronoun means)?"""
    title, name = strip_name(phrase)
    return " " in name and not title and not any(is_given_name(fold(w)) for w in name.split()[:-1])


def _may_be(gender: str | None, want: str) -> bool:
    """Can a person of ``gender`` (None: unknown) be the one of sex ``want`` ("" for either)?"""
    return not want or gender in (want, None)


def _person_in(doc: Document, phrase: str, registry: Registry) -> tuple[str | None, str | None]:
    """The person a capitalised phrase near a pronoun names, and their gender ((None, None) when
    it names no known person); remembered per article."""
    key = ("person in", phrase)
    if key in doc._cache:
        return doc._cache[key]
    found: tuple[str | None, str | None] = (None, None)
    title, name = strip_name(phrase)
    honorific = fold(title.split()[-1]) if title else ""
    person = classify(name) == "person" or honorific in HONORIFICS  # "Ms King": a family name
    if name and person and fold(name) not in LEADING_STOPWORDS:
        given = doc.by_given_name(name) if not title and " " not in name and is_given_name(fold(name)) and not doc.fullest(name) else None
        if given is not None and " " in given:
            name = given  # "Jamie's back" after "Jamie Costin"
        if " " in name or _family_name_after(honorific, name) or doc.fullest(name) is not None or registry.lookup(name) is not None or len(
            registry.by_surname(name)
        ) == 1:
            candidate = (classify(name) == "other" and doc.fullest_other(name)) or _person_canonical(doc, name, registry)
            said = _HONORIFIC_GENDER.get(honorific)
            # "Ms Alexander" is a woman (a lone family name says nothing); "Mrs. Clinton" is not Bill Clinton
            gender = _gender(candidate, registry) if " " in candidate or not said else said
            if not (gender and said and gender != said):
                found = (candidate, gender or said)
        elif not title and classify(name) == "person":
            said = _says_of_self(doc, name)  # "Safin said he was trying ...": a man the article names so only
            if said is not None:
                found = (_person_canonical(doc, name, registry), said)
    doc._cache[key] = found
    return found


# A lone name, a verb of saying and the pronoun of its clause's subject: "Safin said he was",
# "Sturrock insisted that he had".
_SAYS_OF_SELF = re.compile(r"[ \u00a0]+(?:(?:also|has|had|later|then)[ \u00a0]+)?([a-z]+)[ \u00a0]+(?:that[ \u00a0]+)?(he|she)\b")


def _says_of_self(doc: Document, name: str) -> str | None:
    """The sex ("m", "f") a lone name's speaker takes where the article writes the name, a verb of
    saying and "he"/"she" ("Safin said he was trying ..."), if always the same, and the name inside a
    sentence too (a name, not "Allies say that he" nor "the Scot admitted he"); else None."""
    key = ("says of self", name)
    if key not in doc._cache:
        text, found, inside, at = doc.text, set(), False, doc.text.find(name)
        while at >= 0 and fold(name) not in DESCRIBED_PERSONS and fold(name) not in GROUP_NOUNS:
            end = at + len(name)
            before = text[max(0, at - 4) : at]
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum() and not _ARTICLE_BEFORE.search(before):
                inside = inside or before.rstrip(" \u00a0")[-1:] not in _SENTENCE_OPENERS
                m = _SAYS_OF_SELF.match(text, end)
                if m is not None and is_cue(m.group(1)):
                    found.add("m" if m.group(2) == "he" else "f")
            at = text.find(name, end)
        doc._cache[key] = found.pop() if len(found) == 1 and inside else None
    return doc._cache[key]


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]\Z")
_SENTENCE_OPENERS = frozenset(("", ".", "!", "?", "\n", '"', "“", "”", ":"))


_HONORIFIC_GENDER = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "lord": "m", "lady": "f",
    "baron": "m", "baroness": "f", "viscount": "m", "viscountess": "f", "countess": "f", "marquess": "m",
}




def _family_name_after(honorific: str, name: str) -> bool:
    """Is ``name`` a family name after ``honorific``: "Ms King", "Lord Harris", "Dr Day" (not the
    given names after "Sir" and "Dame", nor the title in "Lord Chancellor")?"""
    if honorific in ("mr", "mr.", "mrs", "mrs.", "ms", "ms."):
        return True
    if honorific in GIVEN_NAME_TITLES or fold(name) in TITLE_WORDS:
        return False
    return honorific in HONORIFICS or honorific in RANKS


def _apposed_name(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The person named in an apposition right after a role phrase ("Her lawyer, John Smith,"),
    or named just before an indefinite one ("Michael Lamberty, a Lufthansa spokesman told")."""
    text = doc.text
    if mention.text[:2].lower() == "a " or mention.text[:3].lower() == "an ":
        before = _NAME_BEFORE_APPOSITION.search(text, max(0, mention.start - 60), mention.start)
        # A full name opening the sentence: "Clinton, a top aide said, ..." is about Clinton.
        if before is not None and fold(before.group(1).split()[0]) not in LEADING_STOPWORDS:
            _, found = strip_name(before.group(1))
            if len(name_tokens(found)) > 1 and classify(found) == "person":
                return _person_canonical(doc, found, registry)
    gap = _APPOSED_NAME.match(text, mention.end, min(len(text), mention.end + 80))
    if gap is None:
        return None
    name = NAME_RE.match(text, gap.end(), min(len(text), gap.end() + 60))
    if name is None or not _APPOSED_NAME_END.match(text, name.end(), min(len(text), name.end() + 10)):
        return None
    _, found = strip_name(name.group())
    if not found or classify(found) != "person" or fold(found) in LEADING_STOPWORDS:
        return None
    complement = gap.group().rstrip(" ,\u00a0").split()
    if " " not in found and complement and complement[-1][:1].isupper():
        return None  # "a pastor at the church of Elizabeth, Colorado," / "states of Indiana, Michigan,"
    return _person_canonical(doc, found, registry)


# A spokesperson or a document that speaks for whoever owns it: "Chelsea's statement", "Mr Kok's
# report", "Prime Minister Tony Blair's official spokesman" (not "his lawyer": a lawyer speaks for themself).
_OWNED_VOICE = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?(.+?)['’]s?[ \u00a0]+(?:official[ \u00a0]+|own[ \u00a0]+)?"
    r"(?:spokes(?:man|woman|person)|statement|report|letter|memo)"
)
_VOICE_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "statement", "report", "letter", "memo")


def _possessor_speaks(doc: Document, phrase: str, registry: Registry) -> str | None:
    """The named owner of a spokesperson or a statement (``_OWNED_VOICE``), or None."""
    m = _OWNED_VOICE.fullmatch(phrase) if phrase.endswith(_VOICE_NOUNS) else None  # (a plain test first)
    if m is None or not m.group(1)[:1].isupper():
        return None
    return canonical_name(doc, name_in(m.group(1)), registry)


# An owner described or a pronoun before a spokesperson's or a document's noun: "The rapper's
# spokesperson", "The prime minister's official spokesman", "his spokesman".
_DESCRIBED_OWNER = re.compile(
    r"(?:((?:[Tt]he)[ \u00a0]+[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*){0,2})['’]s|([Hh]is|[Hh]er))[ \u00a0]+(?:official[ \u00a0]+|own[ \u00a0]+)?"
    r"(?:spokes(?:man|woman|person)|statement|letter|memo)\Z"
)


def _described_owner(mention: Mention) -> Mention | None:
    """The owner of "The rapper's spokesperson" or "his spokesman" as a mention of its own, or None."""
    m = _DESCRIBED_OWNER.match(mention.text) if mention.text.endswith(_VOICE_NOUNS) else None
    if m is None:
        return None
    if m.group(2):
        return Mention(mention.start, mention.start + m.end(2), m.group(2).lower().replace("his", "he").replace("her", "she"), "pronoun")
    owner = m.group(1)
    form = "role" if fold(owner.split()[-1]) in ROLE_HEADS else "phrase"
    return Mention(mention.start, mention.start + len(owner), owner, form)


def _outlet(phrase: str, registry: Registry) -> str | None:
    """The organisation a phrase ending in a medium's noun names: "Russia’s Interfax news agency"
    -> "Interfax"; "a Russian newspaper" names none (an adjective, not a name)."""
    words = phrase.split()
    if len(words) < 2 or fold(words[-1]) not in MEDIA_NOUNS:
        return None
    words.pop()
    if words and fold(words[-1]) == "news":
        words.pop()
    rest = _POSSESSOR.split(" ".join(words))[-1]
    name = without_possessive(strip_name(name_in(rest))[1]) if rest[-1:].isalnum() else ""  # "The Washington Post"
    if not name[:1].isupper() or fold(name) in TITLE_WORDS or fold(name) in NOT_NAMES:
        return None
    sp = registry.lookup(name)
    return sp.name if sp is not None else name


def resolve_mention(
    doc: Document,
    mention: Mention,
    history: Sequence[Antecedent] = (),
    registry: Registry | None = None,
    before: int | None = None,
) -> str | None:
    """The canonical speaker ``mention`` refers to, or None.

    ``history`` lists earlier attributions as (offset, speaker), sorted by offset;
    ``before`` bounds where a pronoun's antecedent may stand (defaults to the
    mention's start; pass a quote's opening offset for "he said" after it).
    """
    if registry is None:
        registry = default_registry()
    if mention.form != "pronoun" and mention.text.endswith(_REFLEXIVES):
        # "Mr Blunkett himself described", "The WTO itself has warned": the mention without its reflexive,
        # of the sex it says ("Clinton herself" is not Bill Clinton)
        cut, reflexive = mention.text.rsplit(None, 1)
        plain = mention_at_end(doc.text, mention.start + len(cut), mention.start)
        if plain is None or plain.start != mention.start:
            return None
        found = resolve_mention(doc, plain, history, registry, before)
        want = {"himself": "m", "herself": "f"}.get(reflexive)
        return None if found is not None and want and known_gender(doc, found, registry) not in (want, None) else found
    found = _resolve_written(doc, mention, history, registry, before)
    if mention.form != "pronoun" and (
        found is None
        or fold(found) == fold(mention.text).removeprefix("the ")
        or fold(found) in DESCRIBED_PERSONS and fold(mention.text).startswith("the ")
    ):
        # ("the New Zealander" is no one named "New Zealander"; "The Romanian", "the 27-year-old
        # Austrian" no one named "Romanian", "Austrian")
        described = _described_person(doc, mention, history, registry, before)
        if described is None and found is not None and fold(found) in DESCRIBED_PERSONS:
            return None
        found = described or found
    return found


_REFLEXIVES = (" himself", " herself", " itself", " themselves")


def _resolve_written(
    doc: Document, mention: Mention, history: Sequence[Antecedent], registry: Registry, before: int | None
) -> str | None:
    if mention.form == "pronoun":
        return _resolve_pronoun(doc, mention.text, mention.start if before is None else before, history, registry)
    if mention.form == "relative":
        # "Beck, who has ... described": the antecedent right before ", who".
        end = mention.start
        while end > 0 and doc.text[end - 1] in " ,\t\u00a0":
            end -= 1
        ante = mention_at_end(doc.text, end, max(0, mention.start - 160))
        if ante is None or ante.form == "relative":
            return None
        ante = whole_body(doc.text, ante, max(0, mention.start - 160))  # "the National Council for Adoption, which"
        return resolve_mention(doc, ante, history, registry, before)
    if mention.form in ("role", "phrase"):
        named = _outlet(mention.text, registry) or _apposed_name(doc, mention, registry) or _possessor_speaks(doc, mention.text, registry)
        if named is not None:
            return named
        owner = _described_owner(mention)
        if owner is not None:  # "The rapper's spokesperson", "his spokesman": whom the owner means
            return resolve_mention(doc, owner, history, registry, before)
    if mention.form == "role":
        if _HEAD_OF.match(mention.text):  # "the head of Turkey's Defense Industry Directorate": its head
            return resolve_role(doc, mention, registry)
        words = mention.text.split()
        last = words[-1]
        if last[:1].isupper() and fold(last) not in POST_NOMINALS:  # "The Foreign Ministry": a name after all
            found = canonical_name(doc, name_in(mention.text), registry)
            if found is not None and classify(found) != "other":
                return found
        if fold(words[0]) in ("a", "an"):
            # "a Defra spokesman", "a White House official": the body they speak for; no one person
            found = _spoken_for(doc, words, registry, mention.end)
            if found is None and len(words) == 2 and fold(words[1]) in _SPOKESPEOPLE:
                found = _body_of_sentence_before(doc, mention, registry)  # "But the Home Office defended ... A spokesman said"
            return found
        if len(words) == 2 and fold(words[0]) == "the" and fold(words[1]) in _SPOKESPEOPLE:
            return _spokesman_before(doc, mention.start, registry)  # "the spokesman added" after "A UKIP spokesman"
        if fold(words[0]) == "the" and fold(last) in _SPOKESPEOPLE:
            body = _spoken_for(doc, words, registry, mention.end)  # "The Vodafone spokesman"
            if body is not None:
                return body
        return resolve_role(doc, mention, registry)
    if mention.form == "name":
        phrase = name_in(mention.text)
        return _namesake_before(doc, phrase, canonical_name(doc, phrase, registry), mention.start, registry)
    if mention.form == "phrase" and mention.text[:1].isupper():
        sp = registry.lookup(mention.text)  # a name the registry holds, whatever its shape: "Number 10"
        return sp.name if sp is not None else None
    return None


def _namesake_before(doc: Document, phrase: str, found: str | None, at: int, registry: Registry) -> str | None:
    """Two people of one family name in an article ("Writer Tony Cowell" after "the brother of Simon
    Cowell"): a bare family name is the one named last before ``at`` (of the sex an honorific says),
    or no one named yet: the name as written. ``found`` is the answer for the article as a whole."""
    if found is None or " " not in found:
        return found  # (no full name in the article for it)
    title, name = strip_name(phrase)
    name = without_possessive(name)
    if len(name_tokens(name)) != 1 or registry.lookup(name) is not None:
        return found
    forms = doc.full_names(name)
    if len({name_tokens(full)[0] for _, full in forms}) < 2:
        return found
    said = _HONORIFIC_GENDER.get(fold(title.split()[-1])) if title else None
    for _, full in reversed(forms[: bisect.bisect_left(forms, (at,))]):
        canonical = _person_canonical(doc, full, registry)
        if said is None or _gender(canonical, registry) in (said, None):
            return canonical
    return name


# A definite description's head noun: its last word ("the Two Ronnies star", "The 27-year-old").
_DESCRIPTION = re.compile(r"(?i)(?:the[ \u00a0]+)(?:[\w'’-]+[ \u00a0]+){0,4}?([a-z-]+|\d+-year-old)\Z")


def _described_person(
    doc: Document, mention: Mention, history: Sequence[Antecedent], registry: Registry, before: int | None
) -> str | None:
    """The speaker a definite description means: for a person ("The 27-year-old, who captained St
    Helens ..., said" after Sculthorpe's quote; "The Russian said" after "Kuznetsova says") the one
    the article titles so ("Russian Dmitriy Bogdanov"), else ``_salient_person``; for a bare "the
    company", "the union" ``_described_company``; None for other descriptions."""
    text = doc.text
    start = mention.start
    if text[max(0, start - 4) : start].lower() == "the ":  # "the Two Ronnies star": the article is outside
        start -= 4
    m = _DESCRIPTION.match(text, start, mention.end)
    if m is None:
        return None
    head = m.group(1).lower()
    at = mention.start if before is None else before
    if head in _OFFICES and mention.form == "role":
        return _office_holder(doc, mention, registry) or _role_of_the_last(doc, mention, at, history, registry)
    if (head in PERSON_HEADS or head in _MEMBERS) and head not in DESCRIBED_PERSONS and head not in _NOT_CONTINUED and mention.form == "role":
        return _role_of_the_last(doc, mention, at, history, registry)
    if head in ("newspaper", "paper", "magazine") and len(text[start : mention.end].split()) == 2:
        return _newspaper_before(doc, mention.start if before is None else before, registry, head == "magazine")
    if head in DESCRIBED_COMPANIES:
        if len(text[start : mention.end].split()) == 2:
            return _described_company(doc, mention.start if before is None else before) or _story_company(doc)
        return _body_said_last(doc, mention, registry)  # "The UK's biggest mortgage lender said"
    want = "" if head.endswith("-year-old") else DESCRIBED_PERSONS.get(head)
    if want is None or head in QUALIFIED_PERSONS and not any(c.isupper() for c in text[start + 4 : m.start(1)]):
        return None  # "the Waterford man" is the man the story is about, "the man" may be anyone
    country = NATIONALITIES.get(head)
    return _titled_person(doc, _without_epithets(mention), registry) or _salient_person(
        doc, want, at, history, registry, country, _foreigners(doc, country, at, history, registry) if country else frozenset()
    )


def _without_epithets(mention: Mention) -> Mention:
    """A description without the participles before its head, which tell how the person is, not
    who ("The distressed actress" is the one the article titles "actress"); other words stay ("the
    top seed" is no "seventh seed", "the two-time champion" no other "Olympic champion")."""
    words = mention.text.split()
    kept = [w for w in words[1:-1] if not (w[:1].islower() and w.endswith(("ed", "ing")))]
    if len(kept) == len(words) - 2:
        return mention
    return Mention(mention.start, mention.end, " ".join([words[0], *kept, words[-1]]), mention.form)


# A name and its verb of saying ending the sentence before: "..., Jack Straw said.", "..., said Mr Bell."
_SAID_LAST = re.compile(
    rf",[ \u00a0]+(?:(?!the\b)([a-z]+)[ \u00a0]+)?(?:the[ \u00a0]+)?({NAME})(?:[ \u00a0]+(?:has[ \u00a0]+)?([a-z]+))?[ \u00a0]*\.[ \u00a0\n]+\Z"
)


def _said_last(doc: Document, start: int, registry: Registry) -> str | None:
    """The speaker of a trailing cue ending the sentence before ``start`` ("..., Jack Straw said.", "...,
    said Mr Bell.", "..., the Halifax has said."), or None."""
    said = _SAID_LAST.search(doc.text, max(0, start - 80), start)
    inverted, name, verb = said.groups() if said is not None else (None, None, None)
    if name is None or bool(inverted) == bool(verb) or not is_cue(inverted or verb or ""):
        return None
    return canonical_name(doc, name, registry)


def _body_said_last(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The body a qualified description of a company opening a sentence names: the one whose trailing
    cue ends the sentence before ("..., the Halifax has said. The UK's biggest mortgage lender said")."""
    if not _OPENS_SENTENCE.search(doc.text, max(0, mention.start - 16), mention.start):
        return None
    said = _said_last(doc, mention.start, registry)
    return _body_named(doc, said, registry) if said is not None else None


def _role_of_the_last(doc: Document, mention: Mention, at: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """The person a role opening a sentence names when the article titles no one so: the one who
    spoke or opened a sentence just before (``_salient_person``: "..., Jack Straw said. The foreign
    secretary told MPs"), unless the article titles them otherwise ("Tory co-chairman Liam Fox"),
    the registry knows them in other offices only, or names another holder the article names."""
    text = doc.text
    words = mention.text.split()
    if fold(words[0]) != "the" or not (words[-1].islower() or fold(words[-1]) in _MEMBERS) or " of " in mention.text:
        return None  # ("The death of Martin Luther King", "the Scottish Executive": no role)
    if not _OPENS_SENTENCE.search(text, max(0, mention.start - 16), mention.start):
        return None
    said = _said_last(doc, mention.start, registry)
    person = _person_in(doc, said, registry)[0] if said is not None else _salient_person(doc, "", at, history, registry)
    if person is None or " " not in person or person.split()[0].isupper() or classify(person) != "person" or _titled_otherwise(doc, person):
        return None  # (a person named in full: not "BBC Scotland", nor "Howard" for "Mr Howard")
    if _private_or_apposed(doc, person, words[-1]) or _other_in_sentence_before(doc, mention.start, person, registry):
        return None
    want = role_words(mention.text)
    holders = _holders(doc, want, registry)
    sp = registry.lookup(person)
    if sp is not None and sp.roles and person not in holders:
        return None
    if any(holder != person and _named_in(doc, holder, 0, len(text)) for holder in holders):
        return None
    return person


# Roles that no one quoted just before is likely to hold: "Mr Mubanga said he was interrogated. The
# judge said ...", and a spokesperson speaks for someone, not as themself.
_NOT_CONTINUED = _SPEAKS_FOR | {"judge", "lawyer", "attorney", "prosecutor"}
# Members of a house, a role written in capitals: "The MP for Ealing North claimed".
_MEMBERS = frozenset(("mp", "mep", "msp", "mla"))


def _private_or_apposed(doc: Document, person: str, head: str) -> bool:
    """Does the article write ``person`` with an age ("Mr Mubanga, 32, from Wembley": a private
    person) or after another role set off by a comma ("The state's campaign chairman, Phil Lovas,")?"""
    text, family = doc.text, person.split()[-1]
    at = text.find(family)
    while at >= 0:
        end = at + len(family)
        if _AGE_AFTER.match(text, end):
            return True
        role = _ROLE_BEFORE.search(text, max(0, at - 40), at)
        if role is not None and role.group(1) in PERSON_HEADS and role.group(1) != head:
            return True
        at = text.find(family, end)
    return False


def _other_in_sentence_before(doc: Document, start: int, person: str, registry: Registry) -> bool:
    """Does the sentence before ``start`` name a person other than ``person`` before ``person`` ("At a
    news conference, Mr Howard insisted ... The Tory leader" is no one who spoke before Mr Howard; "But
    Oliver Letwin, for the Tories, attacked ..., dubbing Mr Brown ... The shadow chancellor" is Letwin)?"""
    sentence = _SENTENCE_BEFORE.search(doc.text, max(0, start - 400), start)
    if sentence is None:
        return False
    for m in NAME_RE.finditer(doc.text, sentence.start(), sentence.end()):
        if doc.in_quote(m.start()):
            continue
        other = _person_in(doc, m.group(), registry)[0]
        if other is not None:
            return other != person  # the first person the sentence names
    return False


_SENTENCE_BEFORE = re.compile(r"[^.!?]*[.!?][\"”’']?\s+\Z")
_AGE_AFTER = re.compile(r",[ \u00a0]*\d{1,3}[ \u00a0]*,")
_ROLE_BEFORE = re.compile(rf"\b([a-z]+),[ \u00a0]+(?:{NAME}[ \u00a0]+)?\Z")


# Offices one person holds at a time, which "the ..." may name after the article names its holder
# untitled: "Michael Howard has launched an attack ... The Tory leader said".
_OFFICES = frozenset("leader minister chancellor secretary president premier".split())


def _office_holder(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The holder of the office "the Tory leader", "the prime minister" names when no one is titled
    so: the person the story is about (``_story_person``), unless the registry gives them no such
    role, or names another holder the article names too, or the article titles them otherwise."""
    person = _story_person(doc, registry)
    if person is None or mention.start < doc.text.find("\n"):
        return None
    want = role_words(mention.text)
    sp = registry.lookup(person)
    if sp is not None and sp.roles:
        # the registry knows them in this office only (in the article's year, if known): Gordon Brown,
        # chancellor and later prime minister, is not "the prime minister" of a story about him
        return person if _held_only(registry, person, want) and person in _holders(doc, want, registry) else None
    if any(_named_in(doc, holder, 0, len(doc.text)) for holder in _holders(doc, want, registry)):
        return None  # "Michael Howard said ... The prime minister said" after "Tony Blair"
    return None if _titled_otherwise(doc, person) else person


# The article's lead: its headline, then its first sentence.
_LEAD = re.compile(r"([^\n]{1,200})\n\s*([^\n]{1,400}?[.!?])(?=\s|\Z)")


def _story_person(doc: Document, registry: Registry) -> str | None:
    """The person a story is about: named in full (a known given name first) in its first sentence
    and by family name in its headline ("Howard attacks cost of asylum\n\nMichael Howard has
    launched ..."), or None."""
    key = ("story person", None)
    if key not in doc._cache:
        found = None
        lead = _LEAD.match(doc.text)
        if lead is not None:
            headline = set(name_tokens(lead.group(1)))
            for m in NAME_RE.finditer(doc.text, lead.start(2), lead.end(2)):
                name = without_possessive(strip_name(m.group())[1])
                toks = name_tokens(name)
                if len(toks) > 1 and toks[-1] in headline and is_given_name(toks[0]) and classify(name) == "person":
                    found = _person_canonical(doc, name, registry)
                    break
        doc._cache[key] = found
    return doc._cache[key]


def _titled_otherwise(doc: Document, person: str, head: str | None = None) -> bool:
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


# A nationality after "the" and up to three words, as a noun: "The 34-year-old American,", "the Croatian."
_NATIONAL_DESCRIPTION = re.compile(
    r"\b[Tt]he[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?([A-Z][a-z]+)(?=[ \u00a0]*[,.;:!?)]|[ \u00a0]+(?:who|has|had|was|is|will|would|said|says|added|[a-z]+ed)\b)"
)


def _foreigners(doc: Document, country: str, before: int, history: Sequence[Antecedent], registry: Registry) -> frozenset[str]:
    """The people the article describes by another nationality before ``before`` ("The 34-year-old
    American" after Andre Agassi): "The Russian" is none of them."""
    found = set()
    for m in _NATIONAL_DESCRIPTION.finditer(doc.text, max(0, before - ROLE_WINDOW), before):
        other = NATIONALITIES.get(m.group(1).lower())
        if other is None or other == country:
            continue
        described = Mention(m.start(), m.end(), m.group(), "name")
        person = _titled_person(doc, described, registry) or _salient_person(doc, "", m.start(), history, registry)
        if person is not None:
            found.add(person)
    return frozenset(found)


# A name that opens a sentence outside quotation marks (its subject, mostly), after an optional
# connective: "Singer George Michael has said", "But Agassi won".
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][\"”’']?[ \u00a0]+|\n)(?:(?:But|And|However,|Meanwhile,|Now|So|Yet)[ \u00a0]+)?\Z")


def _salient_person(
    doc: Document,
    want: str,
    before: int,
    history: Sequence[Antecedent],
    registry: Registry,
    country: str | None = None,
    foreigners: frozenset[str] = frozenset(),
) -> str | None:
    """The latest person of sex ``want`` ("" for either) who spoke (``history``) or opened a
    sentence in the window before ``before``, or None when a later sentence opens with a name
    that may be a person but is not known as one. Stricter than a pronoun's antecedent: a
    description passes over objects ("She will now meet Venus Williams. ... said the
    23-year-old" is Molik). A nationality (``country``) passes over people titled or described
    by another ("American Andre Agassi", ``foreigners``)."""
    floor = max(0, before - PRONOUN_WINDOW)
    text = doc.text
    spoke = [
        (pos, speaker)
        for pos, speaker in history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]
        if classify(speaker) == "person"
    ]
    since = spoke[-1][0] + 1 if spoke else floor
    openers = [
        name
        for name in NAME_RE.finditer(text, since, before)
        if _OPENS_SENTENCE.search(text, max(0, name.start() - 16), name.start())
        and not doc.in_quote(name.start())
        and not name.group().startswith("The ")  # "The Sanders campaign"
    ]
    for name in reversed(openers):
        candidate, gender = _person_in(doc, name.group(), registry)
        titled = None if gender is not None else _TITLED_AFTER.match(text, name.end(), before)
        if titled is not None:  # "Liverpool legend Phil Thompson", "Real Madrid midfielder David Beckham"
            candidate, gender = _person_in(doc, titled.group(1), registry)
        if candidate is None:
            continue  # no person ("Tootsie", "Wolf Brother" open sentences too)
        if candidate in foreigners or country is not None and _titled_abroad(name.group(), country):
            continue
        if gender is None and " " in candidate:
            gender = _gender_in_article(doc, candidate)
        if " " not in candidate or gender is None and (want or not is_given_name(fold(candidate.split()[0]))):
            # "Matchwinner Keane", "Perpignan centre Jean-Philippe Granclaude": unsure (of sex, when it
            # matters, or of the name: "the American" after "Lindsay Davenport" is she, whoever "Lindsay" is)
            return None
        if _may_be(gender, want):
            return candidate
    for _, speaker in reversed(spoke):
        if speaker not in foreigners and _may_be(_gender(speaker, registry), want):
            return speaker
    return None


# The rest of a sentence and the pronoun opening the next: "Jamie Costin should be paralysed.\n\nHe says".
_NEXT_SENTENCE_PRONOUN = re.compile(r"[^.!?\n\"“”]{0,300}[.!?][\"”’']?\s+(He|She)\b")


def _gender_in_article(doc: Document, name: str) -> str | None:
    """The sex of a person whose given name tells none ("Jamie Costin"), from the article: the
    pronoun that opens the sentence after one the person opens, else None."""
    key = ("gender in article", name)
    if key not in doc._cache:
        text, found, at = doc.text, None, doc.text.find(name)
        while at >= 0 and found is None:
            if _OPENS_SENTENCE.search(text, max(0, at - 16), at) and not doc.in_quote(at):
                m = _NEXT_SENTENCE_PRONOUN.match(text, at + len(name))
                if m is not None:
                    found = "m" if m.group(1) == "He" else "f"
            at = text.find(name, at + len(name))
        doc._cache[key] = found
    return doc._cache[key]


def _titled_abroad(phrase: str, country: str) -> bool:
    """Does the title in ``phrase`` give another nationality than ``country`` ("American Andre Agassi")?"""
    title = strip_name(phrase)[0]
    return any(NATIONALITIES.get(fold(w), country) != country for w in title.split())


# One or two lower-case words and a name after a name that is no one's of known sex: the first
# qualifies the title of the second.
_TITLED_AFTER = re.compile(rf"[ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+){{1,2}}({NAME})")


# Where a story names the company it is about: its headline and first sentence (characters).
LEAD = 300
# How far before "the company" its names are counted (characters).
COMPANY_WINDOW = 3000


def _described_company(doc: Document, before: int) -> str | None:
    """The company or body "the company", "the firm" or "the union" means: of the bodies the story's
    lead names (twice at least, counting the lead and the window before ``before``), the one a verb
    of saying follows most often ("Renault said"), then the one named most often, then the latest.
    People, places, newspapers, groups ("Analysts said") and anything in quotes are not counted."""
    text = doc.text
    counts: dict[str, int] = {}
    named: dict[str, str] = {}
    speaks: dict[str, int] = {}
    # the lead and a bounded window before the mention: a long article costs no more per mention
    window = max(LEAD, before - COMPANY_WINDOW)
    for m in chain(NAME_RE.finditer(text, 0, min(LEAD, before)), NAME_RE.finditer(text, window, before)):
        body = _body_at(doc, m)
        if body is None:
            continue
        key, name, said = body
        if key in counts:
            counts[key] += 1
        elif m.start() < LEAD and name.split()[-1].lower() not in _NEWSPAPERS:
            counts[key] = 1
        else:
            continue
        named[key] = name
        if said:
            speaks[key] = speaks.get(key, 0) + 1
    ranked = [key for key in named if key in speaks and counts[key] > 1]
    if not ranked:
        return None
    best = max((speaks[key], counts[key]) for key in ranked)
    return canonical_name(doc, named[[key for key in ranked if (speaks[key], counts[key]) == best][-1]])


# A company's name in a story's lead: "music giant EMI", "Shares in Cairn Energy", "Renault boost its
# profits", "Parmalat, the Italian dairy company", "Renault boss".
_COMPANY_NOUNS = "firm|company|group|giant|airline|carmaker|maker|broker|bank|operator|retailer|insurer|lender|chain|manufacturer|producer|supermarket|drugmaker"
_COMPANY_BEFORE = re.compile(rf"\b(?:{_COMPANY_NOUNS}|[Ss]hares[ \u00a0]+in)[ \u00a0]+\Z")
_COMPANY_AFTER = re.compile(
    rf"(?:['’]s)?[ \u00a0]+(?:shares|boss|chief|profits?|sales|revenues?)\b|,[ \u00a0]+the[ \u00a0]+[^,.]{{0,40}}\b(?:{_COMPANY_NOUNS})\b"
)


def _story_company(doc: Document) -> str | None:
    """The one body both the headline and the first sentence name, the first sentence as a company
    (``_COMPANY_BEFORE``, ``_COMPANY_AFTER``: "EMI shares hit by profit warning\n\nShares in music giant
    EMI have sunk ... after the firm issued a profit warning"), or None."""
    key = ("story company", None)
    if key not in doc._cache:
        found = None
        lead = _LEAD.match(doc.text)
        if lead is not None:
            headline = {b[0] for m in NAME_RE.finditer(doc.text, lead.start(1), lead.end(1)) if (b := _body_at(doc, m))}
            first = {
                b[0]: b[1]
                for m in NAME_RE.finditer(doc.text, lead.start(2), lead.end(2))
                if (b := _body_at(doc, m)) and b[0] in headline and not doc.common_word(b[1]) and b[0] not in NATIONALITIES
                and (_COMPANY_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()) or _COMPANY_AFTER.match(doc.text, m.end()))
            }
            if len(first) == 1:
                found = canonical_name(doc, next(iter(first.values())))
        doc._cache[key] = found
    return doc._cache[key]


def _body_at(doc: Document, m: re.Match[str]) -> tuple[str, str, bool] | None:
    """The body a name match may name, as (folded name, name, whether a verb of saying follows),
    or None for people, places, groups and names in quotes; remembered per article (every "it"
    and "the company" reads the same names)."""
    key = ("body at", m.start())
    if key in doc._cache:
        return doc._cache[key]
    found: tuple[str, str, bool] | None = None
    # a name in quotes is no body's (the plain test first: strip_name and classify cost more)
    _, name = ("", "") if doc.in_quote(m.start()) else strip_name(m.group())
    name = without_possessive(name)
    kind = classify(name) if name else "other"
    if kind not in ("place", "other") and fold(name) not in _NO_BODY:
        words = name.split()
        person = kind == "person" and (
            first_name_gender(fold(words[0])) is not None  # a person ("Fannie Mae" aside)
            or (len(words) == 1 and (doc.fullest(name) is not None or fold(name) in GROUP_NOUNS or fold(name) in NOT_SPEAKERS))
        )
        if not person:
            said = _SAYS_NEXT.match(doc.text, m.end())
            found = (fold(name), name, said is not None and is_cue(said.group(1)))
    doc._cache[key] = found
    return found


# Groups and parties named by their members ("MPs said", "Democrats say"): no one body.
_NO_BODY = GROUP_NOUNS | PARTY_MEMBERS | {"mps", "saudis", "tories"}
# Last words of newspapers' names: a paper reports on the company, it is not "the company".
_NEWSPAPERS = frozenset("news times post journal telegraph mirror gazette chronicle herald tribune".split())


# How far before "the newspaper" its name may be (characters).
NEWSPAPER_WINDOW = 800
# Last words of newspapers' names, and what may follow a paper's name: "Vedomosti newspaper reported".
_PRESS_WORDS = _NEWSPAPERS | {"observer", "guardian", "independent", "express", "economist", "ft", "wsj"}
_PAPER_AFTER = re.compile(r"[ \u00a0]+(?:newspaper|paper|daily)\b")
_MAGAZINE_AFTER = re.compile(r"[ \u00a0]+(?:magazine|weekly)\b")
# ... or before it: "US magazine Mobile PC", "Spanish daily ABC".
_PAPER_BEFORE = re.compile(r"\b(?:newspaper|paper|daily)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_MAGAZINE_BEFORE = re.compile(r"\b(?:magazine|weekly)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_ON_SUNDAY = re.compile(r"[ \u00a0]+on[ \u00a0]+Sunday\b")


def _newspaper_before(doc: Document, before: int, registry: Registry, magazine: bool = False) -> str | None:
    """The newspaper "the newspaper" or "the paper" means: the latest named in the window before
    ``before``, outside quotes ("according to the Financial Times. The paper said", "The Mirror
    newspaper said ... The paper said", "The Mail on Sunday"), or None; with ``magazine``, the
    magazine "the magazine" means ("Broadcast magazine", "US magazine Mobile PC")."""
    text, found = doc.text, None
    after, ahead = (_MAGAZINE_AFTER, _MAGAZINE_BEFORE) if magazine else (_PAPER_AFTER, _PAPER_BEFORE)
    for m in NAME_RE.finditer(text, max(0, before - NEWSPAPER_WINDOW), before):
        if doc.in_quote(m.start()):
            continue
        name = without_possessive(strip_name(m.group())[1])
        last = fold(name.split()[-1]) if name else ""
        if not magazine and last == "mail" and _ON_SUNDAY.match(text, m.end()):
            found = f"{name} on Sunday"
        elif (
            not magazine and last in _PRESS_WORDS
            or name and after.match(text, m.end()) and fold(name) not in NATIONALITIES and classify(name) != "place"
            or name and ahead.search(text, max(0, m.start() - 16), m.start())
        ):
            found = name  # (not "Spanish daily ABC")
    return (canonical_name(doc, found, registry) or found) if found is not None else None


# The verb after a name: "Renault said", "EMI has warned".
_SAYS_NEXT = re.compile(r"[ \u00a0]+(?:(?:has|have|had|also|later|then|now)[ \u00a0]+)?([a-z]+)")

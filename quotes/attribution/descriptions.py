"""Definite descriptions ("the singer", "The Russian", "the Tory leader") when the text names no
one: the person the article titles so, else the latest who spoke or opened a sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..names import fold, name_tokens
from ..registry import Registry
from .lexicon import DESCRIBED_COMPANIES, DESCRIBED_PERSONS, QUALIFIED_PERSONS, NATIONALITIES, is_given_name
from .cues import is_cue
from .mentions import (
    PERSON_HEADS,
    NAME,
    NAME_RE,
    Document,
    Mention,
    classify,
    strip_name,
    without_possessive,
)
from .canonical import canonical_name, person_canonical
from .roles import HEADLINE_AND_LEAD, ROLE_WINDOW, held_only, named_in, office_holders, role_words, titled_otherwise, titled_person
from .bodies import SPEAKS_FOR, body_named, described_company, newspaper_before, sentence_before, story_company
from .gender import OPENS_SENTENCE, gender_of, gender_in_article, may_be
from .pronouns import Antecedent, PRONOUN_WINDOW, person_in

__all__ = ["described_person"]


# A definite description's head noun: its last word ("the Two Ronnies star", "The 27-year-old").
_DESCRIPTION = re.compile(r"(?i)(?:the[ \u00a0]+)(?:[\w'’-]+[ \u00a0]+){0,4}?([a-z-]+|\d+-year-old)\Z")


def described_person(
    doc: Document, mention: Mention, history: Sequence[Antecedent], registry: Registry, before: int | None
) -> str | None:
    """The speaker a definite description means: for a person ("The 27-year-old, who captained St
    Helens ..., said" after Sculthorpe's quote; "The Russian said" after "Kuznetsova says") the one
    the article titles so ("Russian Dmitriy Bogdanov"), else ``_salient_person``; for a bare "the
    company", "the union" ``described_company``; None for other descriptions."""
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
        return newspaper_before(doc, mention.start if before is None else before, registry, head == "magazine")
    if head in DESCRIBED_COMPANIES:
        if len(text[start : mention.end].split()) == 2:
            return described_company(doc, mention.start if before is None else before) or story_company(doc)
        return _body_said_last(doc, mention, registry)  # "The UK's biggest mortgage lender said"
    want = "" if head.endswith("-year-old") else DESCRIBED_PERSONS.get(head)
    if want is None or head in QUALIFIED_PERSONS and not any(c.isupper() for c in text[start + 4 : m.start(1)]):
        return None  # "the Waterford man" is the man the story is about, "the man" may be anyone
    country = NATIONALITIES.get(head)
    titled = titled_person(doc, _without_epithets(mention), registry)
    if titled is not None:
        return titled
    of_team = head in PERSON_HEADS and _qualified_by_a_body(text[m.start() : m.start(1)])
    if of_team and not (OPENS_SENTENCE.search(text, max(0, start - 16), start) or _AFTER_QUOTE.search(text, max(0, start - 24), start)):
        return None  # "... came on Saturday when the United boss, ...": one of the people the sentence is about, not whom it says
    person = _salient_person(
        doc, want, at, history, registry, country, _foreigners(doc, country, at, history, registry) if country else frozenset()
    )
    if person is not None and of_team and _named_after(doc, person, mention.end):
        return None  # "The Toon boss vowed Bellamy would not play again": whom he talks of, not he
    return person


# Where a description may stand for whom the story is about: after a quotation's end and a verb of
# saying ('..." said the Old Trafford boss') or a clause set off by a comma ("After Real's 3-0 win at
# Roma, the England skipper admitted").
_AFTER_QUOTE = re.compile(r"(?:[\"”’'][ \u00a0]+(?:[a-z]+[ \u00a0]+)?|,[ \u00a0]+)\Z")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _named_after(doc: Document, person: str, end: int) -> bool:
    """Is ``person``'s family name written after ``end`` in its sentence, outside quotation marks?"""
    stop = _SENTENCE_END.search(doc.text, end)
    family = person.split()[-1]
    at = doc.text.find(family, end, stop.start() if stop else len(doc.text))
    return at >= 0 and not doc.in_quote(at)


def _qualified_by_a_body(words: str) -> bool:
    """Do the words between "the" and a role's head noun name a body, a team or a place rather than a
    nationality: "United", "Old Trafford", "ex-Reds" (not "French", "27-year-old", "former")?"""
    return any(w.removeprefix("ex-")[:1].isupper() and fold(w) not in NATIONALITIES for w in words.split())


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
    if not OPENS_SENTENCE.search(doc.text, max(0, mention.start - 16), mention.start):
        return None
    said = _said_last(doc, mention.start, registry)
    return body_named(doc, said, registry) if said is not None else None


def _role_of_the_last(doc: Document, mention: Mention, at: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """The person a role opening a sentence names when the article titles no one so: the one who
    spoke or opened a sentence just before (``_salient_person``: "..., Jack Straw said. The foreign
    secretary told MPs"), unless the article titles them otherwise ("Tory co-chairman Liam Fox"),
    the registry knows them in other offices only, or names another holder the article names."""
    text = doc.text
    words = mention.text.split()
    if fold(words[0]) != "the" or not (words[-1].islower() or fold(words[-1]) in _MEMBERS) or " of " in mention.text:
        return None  # ("The death of Martin Luther King", "the Scottish Executive": no role)
    if not OPENS_SENTENCE.search(text, max(0, mention.start - 16), mention.start):
        return None
    said = _said_last(doc, mention.start, registry)
    person = person_in(doc, said, registry)[0] if said is not None else _salient_person(doc, "", at, history, registry)
    if person is None or " " not in person or person.split()[0].isupper() or classify(person) != "person" or titled_otherwise(doc, person):
        return None  # (a person named in full: not "BBC Scotland", nor "Howard" for "Mr Howard")
    if _private_or_apposed(doc, person, words[-1]) or _other_in_sentence_before(doc, mention.start, person, registry):
        return None
    want = role_words(mention.text)
    holders = office_holders(doc, want, registry)
    sp = registry.lookup(person)
    if sp is not None and sp.roles and person not in holders:
        return None
    if any(holder != person and named_in(doc, holder, 0, len(text)) for holder in holders):
        return None
    return person


# Roles that no one quoted just before is likely to hold: "Mr Mubanga said he was interrogated. The
# judge said ...", and a spokesperson speaks for someone, not as themself.
_NOT_CONTINUED = SPEAKS_FOR | {"judge", "lawyer", "attorney", "prosecutor"}
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
    sentence = sentence_before(doc.text, max(0, start - 400), start)
    if sentence is None:
        return False
    for m in NAME_RE.finditer(doc.text, sentence.start(), sentence.end()):
        if doc.in_quote(m.start()):
            continue
        other = person_in(doc, m.group(), registry)[0]
        if other is not None:
            return other != person  # the first person the sentence names
    return False


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
        return person if held_only(registry, person, want) and person in office_holders(doc, want, registry) else None
    if any(named_in(doc, holder, 0, len(doc.text)) for holder in office_holders(doc, want, registry)):
        return None  # "Michael Howard said ... The prime minister said" after "Tony Blair"
    return None if titled_otherwise(doc, person) else person


def _story_person(doc: Document, registry: Registry) -> str | None:
    """The person a story is about: named in full (a known given name first) in its first sentence
    and by family name in its headline ("Howard attacks cost of asylum\n\nMichael Howard has
    launched ..."), or None."""
    key = ("story person", None)
    if key not in doc._cache:
        found = None
        lead = HEADLINE_AND_LEAD.match(doc.text)
        if lead is not None:
            headline = set(name_tokens(lead.group(1)))
            for m in NAME_RE.finditer(doc.text, lead.start(2), lead.end(2)):
                name = without_possessive(strip_name(m.group())[1])
                toks = name_tokens(name)
                if len(toks) > 1 and toks[-1] in headline and is_given_name(toks[0]) and classify(name) == "person":
                    found = person_canonical(doc, name, registry)
                    break
        doc._cache[key] = found
    return doc._cache[key]


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
        person = titled_person(doc, described, registry) or _salient_person(doc, "", m.start(), history, registry)
        if person is not None:
            found.add(person)
    return frozenset(found)


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
        if OPENS_SENTENCE.search(text, max(0, name.start() - 16), name.start())
        and not doc.in_quote(name.start())
        and not name.group().startswith("The ")  # "The Sanders campaign"
    ]
    for name in reversed(openers):
        candidate, gender = person_in(doc, name.group(), registry)
        titled = None if gender is not None else _TITLED_AFTER.match(text, name.end(), before)
        if titled is not None:  # "Liverpool legend Phil Thompson", "Real Madrid midfielder David Beckham"
            candidate, gender = person_in(doc, titled.group(1), registry)
        if candidate is None:
            continue  # no person ("Tootsie", "Wolf Brother" open sentences too)
        if candidate in foreigners or country is not None and _titled_abroad(name.group(), country):
            continue
        if gender is None and " " in candidate:
            gender = gender_in_article(doc, candidate)
        if " " not in candidate or gender is None and (want or not is_given_name(fold(candidate.split()[0]))):
            # "Matchwinner Keane", "Perpignan centre Jean-Philippe Granclaude": unsure (of sex, when it
            # matters, or of the name: "the American" after "Lindsay Davenport" is she, whoever "Lindsay" is)
            return None
        if may_be(gender, want):
            return candidate
    for _, speaker in reversed(spoke):
        if speaker not in foreigners and may_be(gender_of(speaker, registry), want):
            return speaker
    return None


def _titled_abroad(phrase: str, country: str) -> bool:
    """Does the title in ``phrase`` give another nationality than ``country`` ("American Andre Agassi")?"""
    title = strip_name(phrase)[0]
    return any(NATIONALITIES.get(fold(w), country) != country for w in title.split())


# One or two lower-case words and a name after a name that is no one's of known sex: the first
# qualifies the title of the second.
_TITLED_AFTER = re.compile(rf"[ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+){{1,2}}({NAME})")

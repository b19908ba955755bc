"""Bodies that speak: a spokesperson's organisation, "the company" a story is about, "the newspaper"."""

from __future__ import annotations

import re
from itertools import chain

from ..matching import last_match
from ..names import fold
from ..registry import Registry
from .lexicon import (
    DESCRIBED_COMPANIES,
    GROUP_NOUNS,
    NATIONALITIES,
    NOT_SPEAKERS,
    PARTY_MEMBERS,
    first_name_gender,
    is_given_name,
)
from .cues import is_cue
from .subjects import whole_body
from .mentions import (
    COMMON_ORG_WORDS,
    HONORIFICS,
    NAME,
    NAME_RE,
    Document,
    Mention,
    body_name,
    classify,
    strip_name,
    without_possessive,
)
from .canonical import canonical_name, speaker_kind
from .roles import HEADLINE_AND_LEAD

__all__ = ["body_named", "body_of_sentence_before", "described_company", "newspaper_before", "sentence_before", "spoken_for", "spokesman_before", "story_company"]


SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson official officials source aide representative".split())

# The body after a bare role: "a spokesman for the British Phonographic Industry", "for the firm", and
# what may follow its name: punctuation or a verb ("for Apple declined"), not a noun ("for the Albanian embassy").
_FOR_BODY = re.compile(
    rf"[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?(?:({NAME})|([a-z]+)\b)"
    r"(?=[ \u00a0]*[^\w \u00a0]|[ \u00a0]+(?:[a-z]+(?:ed|s)|said|told|would|will|could|can|did|had|may)\b)"
)


def spoken_for(doc: Document, words: list[str], registry: Registry, end: int) -> str | None:
    """The organisation or person an indefinite role speaks for ("a Defra spokesman" -> "Defra",
    "a Downing Street spokeswoman" -> "Downing Street", "A spokesman for the British Phonographic
    Industry (BPI)", "A spokeswoman for Royal Mail", "A spokesman for the firm": the body the story
    is about; "a spokesman for Mr Prescott" -> John Prescott), or None ("a spokesman", "a Clinton
    aide"). ``end``: where the role ends."""
    if len(words) < 2 or fold(words[-1]) not in SPEAKS_FOR:
        return None
    if len(words) == 2:
        m = _FOR_BODY.match(doc.text, end)
        if m is None or m.group(2) and (m.group(2) not in DESCRIBED_COMPANIES or doc.text[m.start(2) - 4 : m.start(2)] != "the "):
            return None
        if m.group(2):
            return described_company(doc, end)
        return _owner_named(doc, m.group(1), registry)
    else:
        # (a number goes with the capitalised word before it: "A Number 10 spokeswoman"; a body's name
        # runs on past "for" and "and": "A Department for Work and Pensions spokeswoman")
        named = [w for j, w in enumerate(words[1:-1]) if w[:1].isupper() or j and w.isdigit() and words[j][:1].isupper()]
        if body_name(" ".join(words[1:-1])) is not None:
            named = words[1:-1]
        elif not named or len(named) != len(words) - 2:
            return None
    return body_named(doc, " ".join(named), registry)


def _owner_named(doc: Document, phrase: str, registry: Registry) -> str | None:
    """Whom a name after "a spokesman for" means: a person by a form of address ("Mr Prescott") or
    a known given name ("Michael Howard"), a body ``body_named`` knows ("Defra"), a family name the
    article names in full, a body of several words as written ("Royal Mail", "Reporters Without
    Borders"); else None."""
    body = body_named(doc, phrase, registry)
    title, name = strip_name(phrase)
    if title and fold(title.split()[-1]) in HONORIFICS or " " in name and is_given_name(fold(name.split()[0])):
        return canonical_name(doc, phrase, registry)  # a person
    if " " not in phrase:
        return body or (canonical_name(doc, phrase, registry) if doc.fullest(phrase) is not None else None)
    found = body or canonical_name(doc, phrase, registry)
    if found is None or registry.lookup(phrase) is not None or fold(found) in fold(phrase) or fold(phrase) in fold(found):
        return found
    return None  # a body of several words is the one named, not another: "the English National Ballet" is no "Royal Ballet"


# What may open a sentence before "a spokesman": "But a spokesman", "However a spokesman".
_OPENS_WITH_CONNECTIVE = re.compile(r"(?:\A|[.!?][\"”’']?[ \u00a0]+|\n)((?:But|However,?|And)[ \u00a0]+)?\Z")

_SUBJECT_OPENS = re.compile(r"\s*(?:(?:But|However|And|Meanwhile),?[ \u00a0]+)?(?:[Tt]he[ \u00a0]+)?")
_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_STOP_AFTER = re.compile(r"[ \u00a0]*[.!?]")


def body_of_sentence_before(doc: Document, mention: Mention, registry: Registry) -> str | None:
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
    sentence = sentence_before(text, max(0, end - 400), end)
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
        body = body_named(doc, name, registry) if name else None
        if body is not None and speaker_kind(body, registry) == "organisation":
            bodies[whole.start] = body
    return next(iter(bodies.values())) if len(set(bodies.values())) == 1 else None


# The latest spokesperson of a body before "the spokesman": "A Bayern spokesman", "The Trafford Centre
# spokeswoman", "a spokeswoman for the RAD" (not an adjective before a body's common noun: "A
# spokesman for the Albanian embassy"; no full stop inside: "the TPS. A Labour Party spokesman").
_SPOKESMAN_OF = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+(?:((?:(?:[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*|(?:[A-Z]\.)+)[ \u00a0]+(?:(?:for|of|and)[ \u00a0]+)?){{1,4}})spokes(?:man|woman|person)\b"
    rf"|spokes(?:man|woman|person)[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?({NAME})(?![ \u00a0]+(?:{'|'.join(sorted(COMMON_ORG_WORDS))})\b))"
)
SPOKESMAN_WINDOW = 1500


def body_named(doc: Document, phrase: str, registry: Registry) -> str | None:
    """The organisation a capitalised phrase names, or None (a person, a place, anything else)."""
    found = canonical_name(doc, phrase, registry)
    if found is None:
        return None
    kind = speaker_kind(found, registry)
    # One word that names no person the article or the registry knows is a body: "Defra", "Ofcom".
    lone = kind in ("person", "unknown") and found == phrase == found.split()[0] and not registry.by_surname(found)
    return found if kind in ("organisation", "place") or lone else None  # ("An EU spokesman": the EU)


def spokesman_before(doc: Document, before: int, registry: Registry, window: int = SPOKESMAN_WINDOW) -> str | None:
    """The body of the latest spokesperson introduced in the ``window`` before ``before`` (``_SPOKESMAN_OF``)."""
    floor = max(0, before - window)
    if doc.text.find("spokes", floor, before) < 0:
        return None  # (the plain test first: both of the pattern's branches hold "spokes")
    last = last_match(_SPOKESMAN_OF, doc.text, floor, before)
    if last is None:
        return None
    return body_named(doc, (last.group(1) or last.group(2)).strip(), registry)


SENTENCE_BEFORE = re.compile(r"[^.!?]*[.!?][\"”’']?\s+\Z")


def sentence_before(text: str, floor: int, end: int) -> re.Match[str] | None:
    """The sentence ending right before ``end`` (its stop, a closing mark, spaces), within text[floor:end]:
    ``SENTENCE_BEFORE`` matched where it can start, after the stop before the last one (searched from
    ``floor``, it ran its [^.!?]* from every character of the window: ~0.5 ms a call)."""
    last = max(text.rfind(".", floor, end), text.rfind("!", floor, end), text.rfind("?", floor, end))
    if last < 0:
        return None
    before = max(text.rfind(".", floor, last), text.rfind("!", floor, last), text.rfind("?", floor, last))
    return SENTENCE_BEFORE.match(text, before + 1 if before >= 0 else floor, end)

# Where a story names the company it is about: its headline and first sentence (characters).
LEAD = 300
# How far before "the company" its names are counted (characters).
COMPANY_WINDOW = 3000


def described_company(doc: Document, before: int) -> str | None:
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


def story_company(doc: Document) -> str | None:
    """The one body both the headline and the first sentence name, the first sentence as a company
    (``_COMPANY_BEFORE``, ``_COMPANY_AFTER``: "EMI shares hit by profit warning\n\nShares in music giant
    EMI have sunk ... after the firm issued a profit warning"), or None."""
    key = ("story company", None)
    if key not in doc._cache:
        found = None
        lead = HEADLINE_AND_LEAD.match(doc.text)
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


def newspaper_before(doc: Document, before: int, registry: Registry, magazine: bool = False) -> str | None:
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

"""Mentions: the noun phrases a quote is attached to, and the per-document name index.

A mention is what the article writes ("he", "the defense chief", "Secretary
of State Michael Pompeo"); :mod:`quotes.attribution.resolve` turns it into a
canonical speaker. Patterns here are precompiled and only ever run on short
windows, except :class:`Document`'s name index, built once per article in one
linear pass and only when a resolution needs it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from ..names import fold, name_tokens
from .cues import CUES
from .lexicon import (
    COMPANY_ENDS,
    DESCRIBED_COMPANIES,
    DESCRIBED_PERSONS,
    GROUP_NOUNS,
    LEADING_STOPWORDS,
    MEDIA_NOUNS,
    NATIONAL_TITLES,
    NATIONALITIES,
    NOT_NAMES,
    NOT_PERSON_ENDS,
    NUMERAL_NAMES,
    ORG_HEADS,
    PARTY_ADJECTIVES,
    PARTY_MEMBERS,
    PLACES,
    POST_NOMINALS,
    ROLE_HEADS,
    TITLE_WORDS,
    first_name_gender,
    is_given_name,
)

__all__ = [
    "NAME",
    "NAME_RE",
    "Mention",
    "body_name",
    "HONORIFICS",
    "PEERAGE",
    "COMMON_ORG_WORDS",
    "POSSESSIVE_ENDS",
    "Document",
    "classify",
    "mention_at_end",
    "mention_at_start",
    "strip_name",
    "name_in",
    "is_epithet",
    "with_numeral",
    "without_possessive",
    "PERSON_HEADS",
]

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
# One capitalised word: a dotted acronym ("U.S."), an abbreviated title ("Sen.", "Mr."), an
# initial before another name, or a word. Every branch starts with the capital, so the
# scanner skips to capitals at C speed.
_TOK = (
    rf"[{_UP}](?:(?:\.[A-Z])+\.|(?:rs?|s|r|en|ep|ov|t|ol|apt|dm|ev|rof)\.|\.(?=[ \u00a0][{_UP}])|[\w'’\-]*+(?:&[{_UP}][\w'’\-]*+)?)"
)
_CONN = r"(?:of|de|da|van|von|der|den|bin|al|la|le|del|di|du|for)"
# A nickname in single marks inside a name: "Brian 'Head' Welch" (strip_name drops it).
# ... and a particle run together with the family name: "Valery Giscard d'Estaing".
_NICK = r"(?:['‘][A-Z][\w-]*['’][ \u00a0]+(?=[A-Z])|d['’](?=[A-Z]))?"
NAME = rf"{_TOK}(?:[ \u00a0]+(?:{_CONN}[ \u00a0]+(?:the[ \u00a0]+)?)?{_NICK}{_TOK})*"
NAME_RE = re.compile(NAME)
_MULTI_NAME_RE = re.compile(rf"{_TOK}(?:[ \u00a0]+(?:{_CONN}[ \u00a0]+(?:the[ \u00a0]+)?)?{_NICK}{_TOK})+")

# Words of a mention phrase, one by one: abbreviations and initials keep their dot. (The
# branches for those all open with a capital, which one look-ahead tests for them; nothing
# follows a word, so its "/word" parts repeat possessively: the same words, read 1.5x faster.)
_WORD_RE = re.compile(
    r"(?=[A-Z])(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Prof|Atty|Maj|Cmdr|Pres)\."
    r"|[A-Z]\.(?=[ \u00a0][A-Z]))|[\w'’\-&]+(?:/[\w'’\-&]+)*+|[^\w\s]"
)
_LAST_NAME_RE = re.compile(rf"{NAME}\Z")
_AMPERSAND_NAME_RE = re.compile(rf"{NAME}[ \u00a0]+&[ \u00a0]+{NAME}\Z")  # "accountancy firm Ernst & Young"

# Words that end a mention phrase: it would run into a clause, a preposition or a time.
_STOP_WORDS = frozenset(
    """that which who whom whose when while because if and or but as than in on at to from with by for after
    before during since until about against over under into through said says told is was were are has had
    have will would can could should may might did does do been be not also then today yesterday tonight
    although though where how why what so just only who's there here this last next earlier later now
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_DETERMINERS = frozenset("the a an his her their its one another our my every each some several two three this that these those".split())
_PRONOUNS = frozenset("he she they it we i".split())
# Determiners that never stand alone as a mention ("one", "another", "several" do).
_ARTICLES = frozenset("the a an this that these those his her their its my our".split())
_MAX_WORDS = 10
_STOP_OR_DET = LEADING_STOPWORDS | _DETERMINERS
# A pronoun run together with a verb ("he's"; opening a sentence: "We've", "They're"; folded: ’ reads ').
_PRONOUN_CONTRACTED = re.compile(r"(he|she|they|it|we|i)'(?:s|ve|d|ll|re|m)")
_LEADING_ONLY = LEADING_STOPWORDS - _DETERMINERS - _PRONOUNS
_CUE_FIRST_WORDS = frozenset(form.split()[0] for form in CUES if " " in form)
# Lower-case words that may follow a capitalised one inside a title: "Republican presidential candidate".
_TITLE_NOUNS = TITLE_WORDS | ROLE_HEADS | frozenset(
    """editor analyst pollster lawyer host commentator correspondent columnist reporter economist activist
    historian author writer scholar fellow researcher director organizer organiser operative consultant
    surrogate supporter donor delegate member chairman""".split()
)
_SPACES = " \t\u00a0"
# Capitalised words that never begin a mention: a sentence's conjunction ("But he", "And Obama") and a
# weekday before a title ("on Wednesday Prime Minister Yulia Tymoshenko said").
_OPENING_CONJUNCTIONS = frozenset("but and yet so or".split())
_OPENER = re.compile(r"(?:But|And|Yet|So|Or)[ \t\u00a0]+(?=[A-Z]|(?:he|she|they|it|we|I)\b)")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


class Mention(NamedTuple):
    """A mention as written: ``text[start:end]``; ``form`` is "pronoun", "name", "role", "group" or "phrase".
    (A named tuple: tens of thousands are made per megabyte, 2.5x faster than a frozen dataclass.)"""

    start: int
    end: int
    text: str
    form: str


# Mention's own constructor is a Python call; the readers below, which make most mentions, make
# them with tuple.__new__ (same tuple, ~2.5x cheaper): _new(Mention, (start, end, text, form)).
_new = tuple.__new__


# Words no person's name holds, which a headline's capitals join to one: "VOTE Was Germaine
# Greer", "Chris Christie Calls Hillary Clinton" (headline verbs listed: cue words as a class
# would break "United States ..." and "Ask Jeeves").
_NAME_BREAKS = frozenset(
    """and or on with about to a an in at from by as than vs vs. into over after before was is are were
    has have had says said calls called slams slammed praises praised blasts blasted attacks attacked
    urges urged warns warned tells told claims claimed reveals revealed announces announced responds
    responded hails hailed rips ripped admits admitted denies denied vows vowed accuses accused
    defends defended backs backed""".split()
)
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


# Words a headline or a sentence's start capitalises before a name: "Crooked Hillary Clinton",
# "Defiant Matt Williams", "Fuming Robinson", "Understated Perez".
_EPITHETS = frozenset(
    """rival defiant veteran fuming smiling grinning struggling reigning ailing outgoing incoming
    departing visiting sitting top senior longtime""".split()
)

_NAMES_LIKE_EPITHETS = frozenset("united planned advanced associated allied limited".split())


def _epithet(word: str) -> bool:
    if word in _EPITHETS:
        return True
    # "Crooked", "Embattled", "Understated", "Furious", "Paris-based"; not the first names
    # "Alfred", "Mohamed", "Rasheed", "Murshed", "Javed", "Praful" or "United", "Planned", ...
    return (
        len(word) >= 6
        and word.endswith(("ed", "ous"))
        and not word.endswith(("fred", "med", "eed", "hed", "ved"))
        and word not in _NAMES_LIKE_EPITHETS
    )


def _person_after(words: list[str]) -> bool:
    """Do the words after a place name a person: a family name alone or a known first name and
    more ("New Hampshire Sanders", not "New Hampshire Public Radio")?"""
    first = fold(words[0])
    if len(words) == 1:
        return first not in GROUP_NOUNS  # "New Hampshire Republicans" speak as a group
    return first_name_gender(first) is not None


_INNER_POSSESSIVE = re.compile(r"['’]s\s")

# A body named by its head word and what it is of or for: "Office for National Statistics",
# "Joint Council for the Welfare of Immigrants", "Department of Trade and Industry".
_NAME_NEXT = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
# Months that are family names too ("May said:" after "Brian May"): mentions, resolved only
# through a fuller name in the article.
_MONTHS_AS_NAMES = frozenset(("may", "june", "april"))
_TIME_BEFORE = re.compile(r"(?i)\b(?:in|early|late|mid|since|by|until|of|last|next|this|on|from|through|before|after|during)[ \u00a0]+\Z")
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady".split())
# Peerage titles before a family name alone ("Lord Falconer", "Baroness Scotland"; "Earl" is
# a given name too), and a knight's or dame's title before a given and a family name.
PEERAGE = ("Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Countess", "Marquess")
# Titles before a given name ("Sir John", "Prince Charles") and ranks before a family name
# ("Gen Musharraf", "General Musharraf").
GIVEN_NAME_TITLES = frozenset("sir dame prince princess king queen pope sheikh emir".split())
RANKS = frozenset("gen gen. general col col. colonel lt lt. lieutenant capt capt. captain adm adm. admiral sgt sgt. sergeant".split())
# The titles a person is addressed by before one name: "Prince Charles", "Mr Howard", "Gen Musharraf"
# (not a describing word: "Former Chelsea" is no one called Chelsea).
_ADDRESS_TITLES = HONORIFICS | GIVEN_NAME_TITLES | RANKS | {fold(p) for p in PEERAGE}
_PEERAGE_STEMS = ("Lord ", "Lady ", "Baron", "Viscount", "Countess", "Marquess")
_PEER_RE = re.compile(rf"\b({'|'.join(PEERAGE)})[ \u00a0]+([A-Z][\w'’-]++)(?![ \u00a0]+[A-Z])")
_KNIGHT_RE = re.compile(r"\b(?:Sir|Dame)[ \u00a0]+([A-Z][a-z]+)[ \u00a0]+([A-Z][\w'’-]*[a-z][\w'’-]*)")
# What a sentence, a headline line or a quote starts after ("" is the text's start).
_WORD_CHAR = re.compile(r"[\w'’-]")  # a character that continues a word on either side
_NAME_GOES_ON = re.compile(r"[\w’-]|'[^s]")  # continues a name after it: not a possessive "'s"


@lru_cache(maxsize=1 << 12)
def _spellings(word: str) -> re.Pattern[str]:
    """``word`` capitalised (its tail in any case) or in lower case: "Growth", "GROWTH"'s tail, "growth"."""
    return re.compile(rf"{re.escape(word[0])}(?i:{re.escape(word[1:])})|{re.escape(word.lower())}")


_SENTENCE_STARTS = frozenset(("", ".", "!", "?", "\n", '"', "“", "”", "'", "‘", "’", ":", "(", "-"))
_BODY_JOINS = frozenset(("of", "for"))
_BODY_SMALL_WORDS = frozenset(("of", "for", "the", "a", "and", "on", "&"))


def body_name(phrase: str) -> str | None:
    """The body ``phrase`` names (without "the"), or None: capitalised words up to a head word
    (ORG_HEADS) and "of"/"for", then only capitalised and small words."""
    if " of " not in phrase and " for " not in phrase:
        return None
    words = phrase.split()
    if words[0] in ("the", "The"):
        words = words[1:]
    join = next((k for k, w in enumerate(words) if w in _BODY_JOINS), 0)
    head = fold(words[join - 1]) if join else ""
    if join == 0 or join == len(words) - 1 or head not in ORG_HEADS and head[:-1] not in ORG_HEADS:
        return None  # (a head word in the plural too: "British Chambers of Commerce")
    if not all(w[:1].isupper() for w in words[:join]):
        return None
    if not all(w[:1].isupper() or w in _BODY_SMALL_WORDS for w in words[join + 1 :]):
        return None
    return " ".join(words)


@lru_cache(maxsize=1 << 14)
def strip_name(phrase: str) -> tuple[str, str]:
    """Split a capitalised phrase into (title, name): "Secretary of State Michael Pompeo" ->
    ("Secretary of State", "Michael Pompeo"). Organisations and places keep all their words; a
    nickname goes ("Brian 'Head' Welch" -> "Brian Welch", a mention cut inside it "Head' Welch" -> "Welch")."""
    words = [w for w in phrase.split() if w[0] not in "'‘"]
    if len(words) > 1 and words[0][-1] in "'’" and words[0][-2:-1] != "s":
        words.pop(0)
    while len(words) > 1 and fold(words[0]) in LEADING_STOPWORDS and fold(words[0]) not in TITLE_WORDS:
        words.pop(0)
    if words and fold(words[0]) in ("the", "a", "an"):
        words.pop(0)
    while len(words) > 2 and fold(words[-1]) in POST_NOMINALS and fold(phrase.split()[0]) not in _ARTICLES:
        words.pop()  # "Guy Mansfield QC", "Nick Clegg MP" (not "Labour MP", "the Glasgow Kelvin MP": roles)
    if "&" in words:  # "Ernst & Young", "Pew Internet & American Life": a firm's whole name, after its possessor
        cut = max((j + 1 for j, w in enumerate(words) if w.endswith(POSSESSIVE_ENDS)), default=0)
        return " ".join(words[:cut]), " ".join(words[cut:])
    o = words.index("of") if "of" in words else 0
    if 2 <= o < len(words) - 1:
        # A person of an organisation: "Ross Eisenbrey of the Economic Policy Institute",
        # "Detective Inspector Paul Miller of Thames Valley Police" (not "Federal Bureau of ...").
        title, name = strip_name(" ".join(words[:o]))
        if name and " of " not in name and classify(name) == "person" and (
            " " in name or title.endswith(".") or title.split()[-1:] == ["Lord"]  # "Lord Nicholls of Birkenhead"
        ):
            return f"{title} {' '.join(words[o:])}".strip(), name
    last = fold(words[-1]) if words else ""
    after_honorific = len(words) > 1 and fold(words[-2]) in HONORIFICS  # "Mr King", "Dr Day": a family name
    if not words or (last in ORG_HEADS or last in TITLE_WORDS) and not after_honorific or fold(" ".join(words)) in PLACES:
        if len(words) > 2 and last in ORG_HEADS and words[0].endswith(POSSESSIVE_ENDS[:2]):
            return words[0], " ".join(words[1:])  # "Manchester's Trafford Centre", "Pearson's Financial Times"
        return "", " ".join(words)
    body = body_name(" ".join(words)) is not None  # "Office for National Statistics": no title and a name
    # The name follows the last title word ("South Carolina Democratic Party Chairman Jaime
    # Harrison"), possessor ("Deutsche Bank's Simon Champion") or, in a headline's capitals, verb
    # or function word ("Chris Christie Calls Hillary Clinton", "... Relationship With David Cameron").
    i = 1 if len(words) > 1 and _epithet(fold(words[0])) else 0
    for j in range(len(words) - 1):
        w = fold(words[j])
        if w in TITLE_WORDS or w in _NAME_BREAKS or w.endswith(POSSESSIVE_ENDS):
            i = j + 1
        elif (w in PARTY_ADJECTIVES or w in _DESCRIBING or w in ORG_HEADS) and j + 2 < len(words) and (
            is_given_name(fold(words[j + 1])) or w in _DESCRIBING and j + 3 == len(words) and w != "international"
        ):
            # "Conservative Michael Fallon", "fellow Tory David Heathcoat-Amory", "New Yorker Dick
            # Morris", "Environmental Audit Committee Peter Ainsworth"
            i = j + 1
        elif j == 0 and "-" in words[0] and _EPITHET_COMPOUND.search(words[0]):
            i = 1  # "Man-of-the-match Duff", "Tunisian-born Abdellatif Kechiche"
        elif j + 1 < len(words) - 1 and f"{w} {fold(words[j + 1])}" in PLACES and _person_after(words[j + 2 :]):
            i = j + 2  # "New Hampshire Sanders" (one word may be a first name: "Virginia Foxx")
        elif j == 0 and len(words) > 2 and first_name_gender(fold(words[1])) is not None and _names_no_one(words[0]):
            # "Sprinter Mark Lewis-Francis", "Argentine David Nalbandian" opening a sentence; a
            # plural title before a list of names: "Judges Simon Cowell, Louis Walsh and ..."
            i = 1
    if 0 < i == len(words) - 1 and _national_body(words):
        return "", " ".join(words)  # "UK Coal", "US Airways": a body named by where it is, not a title and a name
    if body and not (
        0 < i < len(words) - 1
        and fold(words[i - 1]) in TITLE_WORDS
        and fold(words[i - 1]) not in _BODY_SMALL_WORDS  # "Institute of Fiscal Studies": "of" ends no title here
        and classify(" ".join(words[i:])) == "person"
    ):
        return "", " ".join(words)  # unless a title and a person's full name end it ("... Chief of Staff Jeremy Bash")
    return " ".join(words[:i]), " ".join(words[i:])


# Nouns after a nationality that name people, not a body: "an Iraqi Kurd", "A British Muslim".
_PEOPLES = frozenset("kurd arab jew muslim christian sikh hindu catholic protestant".split())


def _national_body(words: list[str]) -> bool:
    """Do the words read as a body named by where it is: nationality or place title words and one
    word that is no given name, place, group, people or thing ("UK Coal", not "EU China", "British TV")?"""
    last = without_possessive(words[-1]).lower()
    if len(words) < 2 or not all(fold(w) in NATIONAL_TITLES for w in words[:-1]) or is_given_name(last):
        return False
    single = last[:-1] if last.endswith("s") else last
    return not (last in PLACES or last in GROUP_NOUNS or last in _THING_ACRONYMS or single in _PEOPLES or single in PARTY_MEMBERS)


# Nouns that describe the person named after them: DESCRIBED_PERSONS and a city's people ("New Yorker
# Dick Morris"; not the nouns of "the New Yorker", the magazine, as a description).
_DESCRIBING = DESCRIBED_PERSONS.keys() | {"yorker", "londoner"}
# A word hyphenated with lower-case parts: an epithet, no name ("In-form", "London-based").
_EPITHET_COMPOUND = re.compile(r"^[A-Z][\w']*(?:-[a-z][\w']*)+$")


def is_epithet(name: str) -> bool:
    """Is ``name`` one word hyphenated with lower-case parts ("London-based", "Peer-to-peer"; a plural
    names people: "Caucus-goers")?"""
    if " " in name or "-" not in name or _EPITHET_COMPOUND.search(name) is None:
        return False
    return not name.endswith("ers") or name.split("-")[0].lower() in _NUMBER_WORDS  # ("Three-quarters")


def _names_no_one(word: str) -> bool:
    """Does ``word``, before a given and a family name, describe or employ the person rather than
    begin their name: a description ("Sprinter", "Argentine"), a plural ("Judges", "Families" closing
    "Minister for Children, Young People and Families Margaret Hodge"), a body ("Chief Secretary to the
    Treasury Paul Boateng") or its acronym ("EADS Philippe Camus")?"""
    w = fold(word)
    if w in DESCRIBED_PERSONS or w in ORG_HEADS or word.isupper() and word.isalpha() and len(word) > 1:
        return True  # (an initial is no acronym: "C. Stewart Verdery Jr.")
    if w.endswith(_OCCUPATION_ENDS) and not is_given_name(w):
        return True  # an occupation or where from: "Agent Brian Hassell", "Songwriter Guy Chambers", "Californian ..."
    return w[-1:] == "s" and not w.endswith(("ss", "'s", "us", "is")) and first_name_gender(w) is None


# How words for what someone does or where they are from end ("Agent", "Journalist", "Pollster").
_OCCUPATION_ENDS = ("er", "or", "ist", "ent", "ian", "ster")


COMMON_ORG_WORDS = frozenset(
    """office department ministry agency committee commission council party campaign administration government
    court bureau service institute foundation university association union organization organisation company
    corporation group bank fund network channel magazine center centre authority federation league club team
    board assembly cabinet embassy consulate secretariat coalition alliance movement society trust initiative
    project industries industry house international hq inquiry directorate command force forces""".split()
)
_MODEL_NUMBER = re.compile(r"-\d|\d{3}")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())  # "Six Nations"


# Capitals that name things, not bodies: "it" (a company) never means "TV" or "ID".
_THING_ACRONYMS = frozenset("tv id pc cd dvd sms gps pin atm gdp vat hiv dna mp3 ipod".split())
# Heads of bodies that are also family names: after a given name, a person.
_FAMILY_NAME_HEADS = frozenset(("church",))


# First words of places named in Spanish or Portuguese: "Los Angeles", "San Diego", "Santa Monica".
_PLACE_ARTICLES = frozenset(("los", "las", "san", "santa", "sao"))


@lru_cache(maxsize=1 << 14)
def classify(name: str) -> str:
    """"person", "organisation", "place" or "other" for a capitalised phrase without its title."""
    toks = name_tokens(name)
    if not toks:
        return "other"
    key = " ".join(toks)
    if key in NUMERAL_NAMES:
        return "person"
    if "&" in toks:
        return "organisation"  # "Ernst & Young", "Marks & Spencer"
    if key in PLACES or len(toks) > 1 and toks[0] in _PLACE_ARTICLES and toks[-1] not in ORG_HEADS:
        return "place"
    if len(toks) == 1 and toks[0] in COMMON_ORG_WORDS:
        return "other"  # "Office", "Committee", "Government" alone: a common noun, no body named
    if toks[-1] in ORG_HEADS or toks[-1] in PARTY_MEMBERS or len(toks) > 1 and toks[-1] in COMPANY_ENDS:
        if not (len(toks) == 2 and toks[-1] in _FAMILY_NAME_HEADS and first_name_gender(toks[0]) is not None):
            return "organisation"  # (but the singer Charlotte Church is a person)
    if toks[-1] in PARTY_ADJECTIVES and (len(toks) == 1 or first_name_gender(toks[0]) is None):
        # A party's adjective: alone or after a word that is no given name ("his planned Tory tax cuts",
        # the slogan "Vote Tory and you can have it both ways") it names no person, nor a body the
        # registry does not know by it ("A Tory spokesman": the Conservative Party)
        return "other"
    if _MODEL_NUMBER.search(name):
        return "other"  # a model or a year ("S-400", "F-35", "2017"), not "G7" or "O2"
    if len(toks) == 1 and name.isupper() and len(name) > 1:
        return "other" if toks[0] in _THING_ACRONYMS else "organisation"
    # "Department for International Development", "League Against Cruel Sports", "Bureau of ...":
    # a body named by its purpose; no person's name holds "for" or "against" or an "of" after a body.
    if "for" in toks or "against" in toks or ("of" in toks and toks[toks.index("of") - 1] in ORG_HEADS):
        return "organisation"
    if 1 < len(toks) < 4 and first_name_gender(toks[0]) is not None and not any(map(str.isdigit, name)) and not _INNER_POSSESSIVE.search(name):
        return "person"  # "Mike Friday", "Larry King", "Doris Day" (not "Guy Roux's French", "Chad's Ambassador")
    if any(map(str.isdigit, name)) or toks[-1] in TITLE_WORDS or toks[-1] in NOT_PERSON_ENDS:
        return "other"
    if toks[0] in NOT_NAMES or toks[0] in _NUMBER_WORDS:
        return "other"
    if len(toks) == 2 and _national_body(name.split()):
        return "organisation"  # "UK Coal", "US Airways" (strip_name keeps them whole)
    return "person"


def _leading_stopword(word: str) -> bool:
    """A capitalised-at-sentence-start word that begins no mention ("Although", "That’s")."""
    if word.endswith("'s") and word[:-2] in _STOP_OR_DET and word[:-2] not in _PRONOUNS:
        return True
    return word in _LEADING_ONLY


def weekday_person(text: str, word: str) -> str | None:
    """The person the article names with a weekday for family name ("Mike Friday" for "Friday"), if any."""
    if fold(word) not in _WEEKDAYS:
        return None
    for m in re.finditer(rf"\b([A-Z][a-z]+)[ \u00a0]+{re.escape(word)}\b", text):
        if first_name_gender(fold(m.group(1))) is not None:
            return f"{m.group(1)} {word}"
    return None


def _mention(text: str, words: list[re.Match[str]]) -> Mention | None:
    """Classify the words of a candidate phrase (already cut at stop words) as a mention."""
    first = fold(words[0].group()) if words else ""
    while words and _leading_stopword(first):
        words = words[1:]
        first = fold(words[0].group()) if words else ""
    if not words or (len(words) == 1 and first in _ARTICLES):
        return None
    if first in _PRONOUNS and len(words) == 1:
        return _new(Mention, (words[0].start(), words[0].end(), words[0].group(), "pronoun"))
    contracted = _PRONOUN_CONTRACTED.fullmatch(first) if "'" in first else None  # (folded: ’ reads ')
    if contracted and (first.endswith("'s") or words[0].group()[0].isupper()):  # "He’s claiming", "We’ve seen"
        cut = len(contracted.group(1))
        return Mention(words[0].start(), words[0].start() + cut, words[0].group()[:cut], "pronoun")
    # (every word starts with a letter or digit: the callers stop at any other token)
    start, end = words[0].start(), words[-1].end()
    phrase = text[start:end]
    last = words[-1].group()
    head = fold(last)
    if last[0].isupper() or last[:2] in ("d'", "d’") and last[2:3].isupper():  # (a family name "d'Estaing")
        if len(words) == 1 and (head in NOT_NAMES or head in LEADING_STOPWORDS):
            time = _TIME_BEFORE.search(text, max(0, start - 12), start)
            if (head not in _MONTHS_AS_NAMES or time) and not (not time and weekday_person(text, last)):
                return None  # "In April, Trump called", "in early June" (but '"...," said Friday' after "Mike Friday's England side")
        head_word = fold(phrase.split(" of ", 1)[0].split()[-1]) if " of " in phrase else head
        form = "role" if head_word in ROLE_HEADS and first in _DETERMINERS else "name"
        if form == "name" and (head in ROLE_HEADS or head in POST_NOMINALS) and first in _DETERMINERS:
            form = "role"
        return _new(Mention, (start, end, phrase, form))
    if head in ROLE_HEADS:
        return _new(Mention, (start, end, phrase, "role"))
    if head in GROUP_NOUNS:
        return _new(Mention, (start, end, phrase, "group"))
    if first in _DETERMINERS or any(w.group()[0].isupper() for w in words):
        return _new(Mention, (start, end, phrase, "phrase"))
    return None


_CONNECTORS = frozenset("of de da van von der den bin al la le del di du for the".split())
_AFTER_NAME = _CONNECTORS | _TITLE_NOUNS
# ... and, read forward, the noun a description ends in: "said the East Kilbride athlete".
_AFTER_NAME_AHEAD = _AFTER_NAME | DESCRIBED_PERSONS.keys()
# Up to three lower-case words, a title noun and a capitalised word: the rest of a titled name
# after the team or body it is of ("England sevens coach Mike Friday", "Tory shadow local government secretary Caroline Spelman").
PERSON_HEADS = ROLE_HEADS - {"ministry", "department", "agency", "government", "administration", "campaign", "embassy", "office"} | frozenset(
    """coach boss captain skipper striker midfielder defender winger keeper goalkeeper editor analyst economist
    moderator host anchor presenter correspondent columnist reporter commentator pollster lawyer scorer
    goalscorer matchwinner""".split()
)
_TITLED_NAME_AHEAD = re.compile(rf"(?:[a-z][\w'’\-]*[ \u00a0]+){{0,3}}(?:{'|'.join(sorted(PERSON_HEADS))})[ \u00a0]+[A-Z]")
# A noun for what a body or a person is and their name, after a word for whose or where: "Dutch firm
# Heineken", "Russian newspaper Vedomosti", "Liverpool legend Phil Thompson", "Tory peer Lord Tebbit".
_DESCRIBED_NAME_AHEAD = re.compile(
    rf"(?:{'|'.join(sorted(DESCRIBED_COMPANIES | MEDIA_NOUNS | {'legend', 'peer', 'challenger', 'biographer', 'physio'}))})[ \u00a0]+[A-Z]"
)
# Lower-case words that may stand before a name in one phrase ("Republican presidential candidate").
_BEFORE_NAME = _AFTER_NAME | _DETERMINERS
# A person's title noun next: "10 spokeswoman" after "Number", "2005 presenter" after "Film".
_PERSON_HEAD_NEXT = re.compile(rf"[ \u00a0]+(?:{'|'.join(sorted(PERSON_HEADS))})\b")

# Last characters of a token that can end a mention (an alphanumeric first character is
# checked later): word characters, "ex-", "Mr.", "U.S.".
_WORD_END_CHARS = frozenset("_'’-&.")
# Whitespace runs before the end that one look at the words spans: most mentions are shorter.
_FIRST_LOOK = 4


def mention_at_end(text: str, end: int, floor: int) -> Mention | None:
    """The mention ending at ``end`` (text[floor:end] is the clause before a cue verb):
    "the Turkish president" in "The remarks came after the Turkish president"."""
    while end > floor and text[end - 1] in _SPACES:
        end -= 1
    if end <= floor:
        return None
    last = text[end - 1]
    if not (last.isalnum() or last in _WORD_END_CHARS):
        return None  # a mark or a line break: no word ends here
    window = max(floor, end - 80)
    # Words never hold a space, so reading from a space gives the same last words as reading
    # the whole window: look at the last few words first, at the whole window only if needed.
    start = text.rfind(" ", window, end)
    word_start = window if start < 0 else start + 1
    word = text[word_start:end]
    if word.isascii() and word.lower() in _PRONOUNS:
        return _new(Mention, (word_start, end, word, "pronoun"))  # "he": what the word reader would find
    for _ in range(_FIRST_LOOK - 1):
        if start < 0:
            break
        start = text.rfind(" ", window, start)
    if start < 0:
        start = window
    keep, whole = _words_back(text, start, end)
    if not whole and start > window:
        keep, whole = _words_back(text, window, end)
    if not keep:
        return None
    keep.reverse()
    if len(keep) > 1 and fold(keep[0].group()) in _PRONOUNS:
        keep = keep[1:]
    found = _mention(text, keep)
    if found is not None and found.form == "role" and found.text[0].isupper() and found.start > floor:
        return _in_body_role(text, found, floor)
    return found


# The start of a body's name that runs on past "of", "for" or "and" before a role named by its last
# words: "A Department for Work and Pensions spokeswoman" (the role read back stops at "and").
_BODY_NAME_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)[ \u00a0]+)?((?:[A-Z][\w'’&-]*[ \u00a0]+)+(?:(?:of|for|and)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w'’&-]*[ \u00a0]+)*)+)\Z"
)


def _in_body_role(text: str, role: Mention, floor: int) -> Mention:
    """``role`` ("Pensions spokeswoman"), or the whole role when the words before it and its capitalised
    words name a body (``body_name``): "A Department for Work and Pensions spokeswoman"."""
    if not text.endswith((" and ", " for ", " of "), max(floor, role.start - 5), role.start):
        return role  # (a plain test first: most roles follow no joining word)
    before = _BODY_NAME_BEFORE.search(text, max(floor, role.start - 80), role.start)
    if before is None:
        return role
    named = [w for w in role.text.split() if w[:1].isupper()]
    if body_name(before.group(1) + " ".join(named)) is None:
        return role
    return Mention(before.start(), role.end, text[before.start() : role.end], "role")


def _words_back(text: str, start: int, end: int) -> tuple[list[re.Match[str]], bool]:
    """The words of the phrase ending at ``end``, last first, read from ``start``, and whether
    a word ended the phrase (else it may reach back before ``start``)."""
    found = list(_WORD_RE.finditer(text, start, end))
    if not found or found[-1].end() != end:
        return [], True
    keep: list[re.Match[str]] = []
    capital_after = False  # does the word kept last (the next one in the text) start with a capital?
    for w in reversed(found):
        tok = w.group()
        low = tok.lower()
        capital = tok[0].isupper()
        if tok == "&" and capital_after:
            keep.append(w)  # "Ernst & Young", "Marks & Spencer": one name
            continue
        if not tok[0].isalnum() or (not capital and low in _STOP_WORDS) or len(keep) == _MAX_WORDS:
            return keep, True
        if keep and capital and (
            low in _OPENING_CONJUNCTIONS  # "And Obama"
            or capital_after and low in _WEEKDAYS and _TIME_BEFORE.search(text, max(0, w.start() - 12), w.start())
        ):
            return keep, True  # "on Wednesday Prime Minister Yulia Tymoshenko"
        # Before a name only titles go on: "presidential debate Politifact" stops at "debate".
        if capital_after and not capital and low not in _BEFORE_NAME and not (
            tok[0].isdigit() and f"{low} {keep[-1].group().lower()}" in NUMERAL_NAMES  # "rap star 50 Cent"
        ):
            return keep, True
        keep.append(w)
        if low in _DETERMINERS or low in _PRONOUNS and len(keep) == 1:
            return keep, True
        capital_after = capital
    return keep, False




# An article or possessive determiner after a word: that word is a verb ("used a", "gave the").
_DETERMINER_NEXT = re.compile(r"[ \t\u00a0]+(?:a|an|the|his|her|their|its)[ \t\u00a0]")
# ... unless it links two noun phrases: "the rules of the party", "a source close to the family".
_LINKS = frozenset("of for in on at with from to by about against over under into like than and or as".split())


_CAPITAL_ARTICLES = frozenset(("The", "A", "An"))
_LOWER_WORD_NEXT = re.compile(r"[ \u00a0]+[a-z]")


def mention_at_start(text: str, start: int, limit: int) -> Mention | None:
    """The mention starting at ``start`` (after spaces), within text[start:limit]:
    "Daily News opinion editor Josh Greenman" in "Daily News opinion editor Josh Greenman told ..."."""
    limit = min(limit, start + 90, len(text))
    first = start
    while first < limit and text[first] in _SPACES:
        first += 1
    if first >= limit or not text[first].isalnum():
        return None  # a mark, a line break or nothing: no word starts here
    opener = _OPENER.match(text, first, limit) if text[first] in "BAYSO" else None  # (its first letters)
    if opener is not None:
        start = opener.end()  # "But he warned": the conjunction opens the sentence, not the mention
    keep: list[re.Match[str]] = []
    for w in _WORD_RE.finditer(text, start, limit):
        tok = w.group()
        low = tok.lower()
        if not keep and low in _STOP_WORDS and not tok[0].isupper():
            return None  # (the first word starts at ``first``: only spaces before it)
        if not tok[0].isalnum() or len(keep) == _MAX_WORDS:
            break
        if keep and tok in _CAPITAL_ARTICLES and _LOWER_WORD_NEXT.match(text, w.end(), limit):
            break  # '," said analyst Vadim Mitroshin The dispute ...': a sentence whose stop is missing
        if keep and not tok[0].isupper():
            if low in _STOP_WORDS or low in CUES or low in _CUE_FIRST_WORDS:
                head = keep[-1].group()
                if low in _BODY_JOINS and head[0].isupper() and fold(head) in ORG_HEADS and _NAME_NEXT.match(text, w.end()):
                    keep.append(w)  # "the Office for National Statistics": a body's name goes on
                    continue
                break
            prev = keep[-1].group()
            if (
                prev[0].islower()
                and fold(prev) not in _DETERMINERS
                and not prev.endswith("ly")  # "the recently released"
                and low not in _LINKS
                and low not in _TITLE_NOUNS
                and low not in MEDIA_NOUNS  # "local newspaper the Daily Telegraph"
                and (
                    low.endswith("ed") and len(low) > 4 and not low.endswith("eed")  # not "the top seed"
                    or _DETERMINER_NEXT.match(text, w.end(), limit)
                )
            ):
                break  # "The cardinal used a Christmas message": a verb after the head noun ends it
            # After a name only a possessive goes on ("Trump's campaign"), or a group it qualifies
            # ("Turkey’s Western allies", not "As voters"); "Donald Trump quickly took" stops.
            group = low in GROUP_NOUNS and not _leading_stopword(fold(prev))
            if (
                prev[0].isupper()
                and not prev.endswith(("'s", "’s"))
                and low not in _AFTER_NAME_AHEAD
                and not group
                and not _TITLED_NAME_AHEAD.match(text, w.start(), limit)  # "England sevens coach Mike Friday" goes on
                and not (all(k.group()[0].isupper() for k in keep) and _DESCRIBED_NAME_AHEAD.match(text, w.start(), limit))
                and not (tok.isdigit() and not _leading_stopword(fold(prev)) and _PERSON_HEAD_NEXT.match(text, w.end(), limit))
            ):  # (a name with a number before a title noun goes on: "A Number 10 spokeswoman", "Film 2005 presenter")
                break
        keep.append(w)
        if len(keep) == 1 and (low in _PRONOUNS or low[:-2] in _PRONOUNS and low.endswith(("'s", "’s"))):
            break
    return _mention(text, keep)


def without_possessive(name: str) -> str:
    """"Ava DuVernay’s" -> "Ava DuVernay", "Sanders'" -> "Sanders": a speaker is never a possessive."""
    if name.endswith(("'s", "’s")):
        return name[:-2]
    if name.endswith(("s'", "s’")):
        return name[:-1]
    return name


@lru_cache(maxsize=1 << 14)
def name_in(mention: str) -> str:
    """The name a mention ends with ("election lawyer Joe Birkenstock" -> "Joe Birkenstock"), or
    the whole name of a body it is ("the Department of Trade and Industry")."""
    body = body_name(mention)
    if body is not None:
        return body
    m = "&" in mention and _AMPERSAND_NAME_RE.search(mention) or _LAST_NAME_RE.search(mention)
    return with_numeral(mention, m.start(), m.group()) if m else mention


def with_numeral(text: str, start: int, name: str) -> str:
    """``name`` (found at text[start:]) with the numeral before it when the two are one stage name:
    "50 Cent" for "Cent" in "US rap star 50 Cent" (NUMERAL_NAMES)."""
    if start < 2 or not text[start - 2].isdigit():
        return name  # (no numeral right before: the commonest case, without a search)
    space = text.rfind(" ", 0, start - 1)
    numeral = text[space + 1 : start]
    if numeral[:1].isdigit() and fold(numeral + without_possessive(name)) in NUMERAL_NAMES:
        return numeral + name
    return name


def _last_word(phrase: str) -> str:
    """A phrase's lower-case last word, without a possessive 's."""
    last = phrase[phrase.rfind(" ") + 1 :].lower()
    return last[:-2] if last.endswith(("'s", "’s")) else last


@dataclass(slots=True)
class Document:
    """One article and its lazily built index of multi-word capitalised names.

    The index of names is one regex pass over the text, made on the first
    question that needs it; names are classified only when asked about. ``fullest(name)``
    gives the longest person name in the article with the same family name
    ("Hoffman" -> "Jonathan Hoffman"); ``names_before(pos)`` walks the indexed
    names backwards from a position.
    """

    text: str
    year: int | None = None
    quoted: Sequence[tuple[int, int]] = ()
    """The article's quoted speech as (start, end) offsets in text order, when known."""
    _quoted_starts: list[int] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    _matches: list[re.Match[str]] | None = field(default=None, repr=False)
    _by_last: dict[str, dict[str, list[int]]] | None = field(default=None, repr=False)
    _by_first: dict[str, dict[str, bool]] | None = field(default=None, repr=False)
    _styled: tuple[dict[str, str], dict[str, dict[str, None]]] | None = field(default=None, repr=False)
    _cache: dict[tuple[str, object], Any] = field(default_factory=dict, repr=False)
    """Answers about this article, by question: resolved names, titles around a name. (Any: the
    type of an answer is the return type of the one function that asks its question.)"""

    def _by_last_word(self) -> dict[str, dict[str, list[int]]]:
        """Multi-word capitalised phrases by their lower-case last word, each with where it stands."""
        if self._by_last is None:
            by_last: dict[str, dict[str, list[int]]] = {}
            for m in self._names():
                phrase = m.group()
                # a dict keeps text order: ties go to the first
                by_last.setdefault(_last_word(phrase), {}).setdefault(phrase, []).append(m.start())
            self._by_last = by_last
        return self._by_last

    def full_names(self, name: str) -> list[tuple[int, str]]:
        """Where the article names a person by a given name and ``name``'s words, with that name,
        in text order: [(87, "Tony Cowell"), (240, "Simon Cowell")] for "Cowell"."""
        key = ("full names", name)
        if key in self._cache:
            return self._cache[key]
        toks = name_tokens(name)
        found: list[tuple[int, str]] = []
        if toks:
            for phrase, starts in self._by_last_word().get(toks[-1], {}).items():
                full = without_possessive(strip_name(phrase)[1])
                ftoks = name_tokens(full)
                if (
                    len(ftoks) > len(toks) and ftoks[-len(toks) :] == toks and classify(full) == "person"
                    and self._reads_as_full_name(phrase, full) and not self.headline_only(full)
                ):
                    found.extend((start, full) for start in starts)
        found.sort()
        self._cache[key] = found
        return found

    def by_given_name(self, given: str) -> str | None:
        """The one person the article names in full with this given name: "Serena Williams" for
        "Serena"; None when there are none or several, or a title goes before the name alone
        ("Prince Charles" beside "Charles Kennedy")."""
        if self._by_first is None:
            by_first: dict[str, dict[str, bool]] = {}  # name: is it one a person is called by
            for m in self._names():
                title, full = strip_name(m.group())
                full = without_possessive(full)
                toks = name_tokens(full)
                if len(toks) > 1 and is_given_name(toks[0]) and classify(full) == "person":
                    by_first.setdefault(toks[0], {})[full] = True
                elif len(toks) == 1 and title:  # "Prince Charles", "Mr Howard": another person
                    # ("Former Chelsea captain Desailly ... the Chelsea side": none called Chelsea)
                    by_first.setdefault(toks[0], {})[m.group()] = fold(title.split()[-1]) in _ADDRESS_TITLES
            self._by_first = by_first
        names = self._by_first.get(fold(given), {})
        return next((name for name, called in names.items() if called), None) if len(names) == 1 else None

    def headline_only(self, name: str) -> bool:
        """Is ``name`` (two words or more, the first no known given name) written only in the
        headline, the text's first line: "Classy Henman", "Can Yahoo dominate next decade?"."""
        toks = name_tokens(name)
        if len(toks) < 2 or is_given_name(toks[0]):
            return False
        key = ("headline only", toks)
        if key not in self._cache:
            first_line = self.text.find("\n")
            starts = [
                start
                for phrase, at in self._by_last_word().get(toks[-1], {}).items()
                if name_tokens(without_possessive(strip_name(phrase)[1])) == toks
                for start in at
            ]
            self._cache[key] = bool(starts) and 0 <= first_line and all(start < first_line for start in starts)
        return self._cache[key]

    def _reads_as_full_name(self, phrase: str, full: str) -> bool:
        """Is ``full`` (``phrase`` without its title) a given and a family name: a known given name
        first, or a title before it ("Rock star Ozzy Osbourne"), or written once inside a sentence?
        Not a headline's or a sentence's first word and a family name: "Classy Henman", "Again Roddick"."""
        if is_given_name(fold(full.split()[0])) or not phrase.startswith(full):
            return True
        text = self.text
        for start in self._by_last_word()[_last_word(phrase)][phrase]:
            before = text[max(0, start - 3) : start].rstrip(" \u00a0")
            if before and before[-1] not in ".!?\n\"“”'‘’:" and start > 3:
                return True
        return False

    def _styles(self) -> tuple[dict[str, str], dict[str, dict[str, None]]]:
        """The article's peers by folded family name ("falconer": "Lord Falconer") and its knights
        and dames by folded given name ("john": {"John Stevens": None}), in one pass each."""
        if self._styled is None:
            text = self.text
            peers: dict[str, str] = {}
            # (a plain test first: most articles name no peer nor knight; the patterns cost more)
            for m in _PEER_RE.finditer(text) if any(title in text for title in _PEERAGE_STEMS) else ():
                family = without_possessive(m.group(2))
                if fold(family) not in TITLE_WORDS:  # not "Lord Chancellor", "Lord Mayor"
                    peers.setdefault(fold(family), f"{m.group(1)} {family}")
            knights: dict[str, dict[str, None]] = {}
            for m in _KNIGHT_RE.finditer(text) if "Sir " in text or "Dame " in text else ():
                knights.setdefault(fold(m.group(1)), {})[f"{m.group(1)} {without_possessive(m.group(2))}"] = None
            self._styled = peers, knights
        return self._styled

    def peer(self, name: str) -> str | None:
        """How the article styles a peer it names by title and family name only: "Lord Falconer"
        for "Falconer" (a user knows him so, not as "Falconer")."""
        return self._styles()[0].get(fold(name))

    def common_word(self, word: str) -> bool:
        """Is ``word`` (one word, no acronym, given name, place, party or plural) a common word the
        article capitalises only where a sentence, headline or quote starts, and writes in lower
        case elsewhere ("Advertising", "Growth", "Physio"), or a participle it capitalises so
        ("Looking further ahead", "Responding to")? A name is capitalised inside a sentence."""
        w = fold(word)
        if " " in w or not word[:1].isupper() or word.isupper() or w.endswith("s") and not w.endswith("ss"):
            return False
        if is_given_name(w) or w in GROUP_NOUNS or w in PARTY_MEMBERS or w in PLACES or w in ORG_HEADS:
            return False
        participle = len(w) > 5 and w.endswith("ing")
        if not participle and word.lower() not in self.text:
            return False  # never written in lower case (a plain test first: most names are not)
        key = ("common word", w)
        if key not in self._cache:
            text, lower, search, pos = self.text, participle, _spellings(word).search, 0
            while (m := search(text, pos)) is not None:
                start, end = m.span()
                if start and _WORD_CHAR.match(text, start - 1) or _WORD_CHAR.match(text, end):
                    pos = start + 1  # inside a longer word: read on from the next character
                    continue
                pos = end
                if text[start].islower():
                    lower = True
                elif text[max(0, start - 8) : start].rstrip(" \u00a0")[-1:] not in _SENTENCE_STARTS:
                    lower = False  # capitalised inside a sentence: a name
                    break
            self._cache[key] = lower
        return self._cache[key]

    def named_with_the(self, word: str) -> bool:
        """Is ``word`` (one word) a name that takes "The": the article capitalises "The" before it
        inside a sentence and writes it without "the" only where a sentence starts ("the success of
        The Game, who has become", the rapper; '"Game and I"'); not "The Kremlin said" where a
        sentence starts, "The EgyptAir flight" beside "after EgyptAir said", nor a nationality
        ("The Australian")?"""
        key = ("named with the", word)
        if key not in self._cache:
            text, capital = self.text, False
            if f"The {word}" in text and fold(word) not in NATIONALITIES:  # (a plain test first: most say no)
                start = text.find(word)
                while start >= 0:
                    end = start + len(word)
                    if start and _WORD_CHAR.match(text, start - 1) or _NAME_GOES_ON.match(text, end):
                        start = text.find(word, start + 1)  # inside a longer word
                        continue
                    before = text[max(0, start - 12) : start]
                    start = text.find(word, end)
                    if not before.endswith(("The ", "the ")):
                        if before.rstrip(" \u00a0")[-1:] in _SENTENCE_STARTS:
                            continue  # '"Game and I need to ..."': a sentence may drop it
                        capital = False
                        break
                    capital = capital or before[:-4].rstrip(" \u00a0")[-1:] not in _SENTENCE_STARTS and before[-4] == "T"
            self._cache[key] = capital
        return self._cache[key]

    def nicknamed(self, nickname: str) -> str | None:
        """The one full name the article writes around ``nickname`` in single marks: "Ahmed Hossam"
        for "Mido" after "Ahmed 'Mido' Hossam"; None when there is none or several."""
        key = ("nicknamed", nickname)
        if key not in self._cache:
            marks = (f"'{nickname}'", f"‘{nickname}’")
            names = {strip_name(m.group())[1] for m in self._names() if "'" in m.group() or "‘" in m.group()
                     for mark in marks if mark in m.group()}
            self._cache[key] = names.pop() if len(names) == 1 else None
        return self._cache[key]

    def knight(self, given: str) -> str | None:
        """The full name of the one knight or dame the article names with this given name: "John
        Stevens" for "Sir John" after "Sir John Stevens"; None when there are none or several."""
        names = self._styles()[1].get(fold(given), {})
        return next(iter(names)) if len(names) == 1 else None

    def _names(self) -> list[re.Match[str]]:
        """The multi-word capitalised phrases in text order, with their offsets: the one regex pass
        over the article that both questions share (matches cost no more than ``findall``'s strings)."""
        if self._matches is None:
            text, search, pos = self.text, _MULTI_NAME_RE.search, 0
            matches = self._matches = []
            while (m := search(text, pos)) is not None:
                # A run starting inside a word ("within UKIP. Robert ..." holds no "P. Robert") is
                # read again from its next word: a look-behind in the pattern costs the scanner 2x.
                if m.start() and text[m.start() - 1].isalnum():
                    space = text.find(" ", m.start(), m.end())
                    pos = space + 1 if space >= 0 else m.end()
                    continue
                matches.append(m)
                pos = m.end()
        return self._matches

    def _longest(self, name: str, kind: str) -> str | None:
        """Longest ``kind`` name in the article ending in ``name``'s words (answers cached per name)."""
        key = (kind, name)
        if key in self._cache:
            return self._cache[key]
        toks = name_tokens(name)
        best, best_rank = None, (False, len(toks))
        if toks:
            for phrase in self._by_last_word().get(toks[-1], {}):
                full = without_possessive(strip_name(phrase)[1])
                ftoks = name_tokens(full)
                if len(ftoks) <= len(toks) or ftoks[-len(toks) :] != toks or classify(full) != kind:
                    continue
                if kind == "person" and self.headline_only(full):
                    continue  # "Classy Henman": a headline's word and the family name
                # A full name that reads as one first: "Adam Jones" before "Prop Jones" (a headline)
                rank = (kind == "person" and self._reads_as_full_name(phrase, full), len(ftoks))
                if rank > best_rank:
                    best, best_rank = full, rank
        self._cache[key] = best
        return best

    def fullest(self, name: str) -> str | None:
        """The article's fullest person name ending in ``name``, if longer than it."""
        return self._longest(name, "person")

    def fullest_other(self, name: str) -> str | None:
        """The article's longest name ending in ``name`` that reads as no person only because its
        last word is also a title or a thing ("Mervyn King" for "Mr King")."""
        full = self._longest(name, "other")
        if full is None:
            return None
        words = full.split()  # its title and possessor go: "Labour MP Oona King", "Observer's Philip French"
        cut = max((j + 1 for j, w in enumerate(words[:-1]) if fold(w) in TITLE_WORDS or w.endswith(POSSESSIVE_ENDS)), default=0)
        return " ".join(words[cut:]) if len(words) - cut > 1 else None

    def fullest_org(self, name: str) -> str | None:
        """The article's longest organisation name ending in ``name`` ("Foreign Ministry")."""
        return self._longest(name, "organisation")

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside the article's quoted speech (``quoted``)?"""
        if self._quoted_starts is None:
            self._quoted_starts = [start for start, _ in self.quoted]
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def names_before(self, pos: int) -> Iterator[re.Match[str]]:
        """The article's multi-word capitalised names starting before ``pos``, nearest first."""
        matches = self._names()
        if self._starts is None:
            self._starts = [m.start() for m in matches]
        for j in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            yield matches[j]

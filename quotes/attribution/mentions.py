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
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..names import fold, name_tokens
from .cues import CUE_RE
from .lexicon import (
    GROUP_NOUNS,
    LEADING_STOPWORDS,
    NOT_NAMES,
    ORG_HEADS,
    PLACES,
    PRONOUN_GENDER,
    ROLE_HEADS,
    TITLE_WORDS,
)

__all__ = [
    "NAME",
    "NAME_RE",
    "Mention",
    "Document",
    "classify",
    "mention_at_end",
    "mention_at_start",
    "strip_name",
    "name_in",
]

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
# One capitalised word: a dotted acronym ("U.S."), an abbreviated title ("Sen.", "Mr."), an
# initial before another name, or a word. Every branch starts with the capital, so the
# scanner skips to capitals at C speed.
_TOK = (
    rf"[{_UP}](?:(?:\.[A-Z])+\.|(?:rs?|s|r|en|ep|ov|t|ol|apt|dm|ev|rof)\.|\.(?=[ \u00a0][{_UP}])|[\w'’\-]*)"
)
_CONN = r"(?:of|de|da|van|von|der|den|bin|al|la|le|del|di|du|for)"
NAME = rf"{_TOK}(?:[ \u00a0]+(?:{_CONN}[ \u00a0]+(?:the[ \u00a0]+)?)?{_TOK})*"
NAME_RE = re.compile(NAME)
_MULTI_NAME_RE = re.compile(rf"{_TOK}(?:[ \u00a0]+(?:{_CONN}[ \u00a0]+(?:the[ \u00a0]+)?)?{_TOK})+")

# Words of a mention phrase, one by one: abbreviations and initials keep their dot.
_WORD_RE = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Prof|Atty|Maj|Cmdr|Pres)\."
    r"|[A-Z]\.(?=[ \u00a0][A-Z])|[\w'’\-&]+|[^\w\s]"
)
_LAST_NAME_RE = re.compile(rf"{NAME}\Z")

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
_MAX_WORDS = 10
# Lower-case words that may follow a capitalised one inside a title: "Republican presidential candidate".
_TITLE_NOUNS = TITLE_WORDS | ROLE_HEADS | frozenset(
    """editor analyst pollster lawyer host commentator correspondent columnist reporter economist activist
    historian author writer scholar fellow researcher director organizer organiser operative consultant
    surrogate supporter donor delegate member chairman""".split()
)
_SPACES = " \t\u00a0"


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention as written: ``text[start:end]``; ``form`` is "pronoun", "name", "role", "group" or "phrase"."""

    start: int
    end: int
    text: str
    form: str


@lru_cache(maxsize=1 << 14)
def strip_name(phrase: str) -> tuple[str, str]:
    """Split a capitalised phrase into (title, name): "Secretary of State Michael Pompeo" ->
    ("Secretary of State", "Michael Pompeo"). Organisations and places keep all their words."""
    words = phrase.split()
    while len(words) > 1 and fold(words[0]) in LEADING_STOPWORDS and fold(words[0]) not in TITLE_WORDS:
        words.pop(0)
    if words and fold(words[0]) in ("the", "a", "an"):
        words.pop(0)
    last = fold(words[-1]) if words else ""
    if not words or last in ORG_HEADS or last in TITLE_WORDS or fold(" ".join(words)) in PLACES:
        return "", " ".join(words)
    # The name follows the last title word: "South Carolina Democratic Party Chairman Jaime Harrison".
    i = 0
    for j in range(len(words) - 1):
        if fold(words[j]) in TITLE_WORDS:
            i = j + 1
    return " ".join(words[:i]), " ".join(words[i:])


@lru_cache(maxsize=1 << 14)
def classify(name: str) -> str:
    """"person", "organisation", "place" or "other" for a capitalised phrase without its title."""
    toks = name_tokens(name)
    if not toks:
        return "other"
    key = " ".join(toks)
    if key in PLACES:
        return "place"
    if toks[-1] in ORG_HEADS or (len(toks) == 1 and name.isupper() and len(name) > 1):
        return "organisation"
    if any(c.isdigit() for c in name) or toks[-1] in TITLE_WORDS or toks[0] in NOT_NAMES:
        return "other"
    return "person"


def _mention(text: str, words: list[re.Match[str]]) -> Mention | None:
    """Classify the words of a candidate phrase (already cut at stop words) as a mention."""
    while words and fold(words[0].group()) in LEADING_STOPWORDS and fold(words[0].group()) not in _DETERMINERS | _PRONOUNS:
        words = words[1:]
    if not words:
        return None
    first = fold(words[0].group())
    if len(words) == 1 and first in _PRONOUNS:
        return Mention(words[0].start(), words[0].end(), words[0].group(), "pronoun")
    if any(not w.group()[0].isalnum() for w in words):
        return None
    start, end = words[0].start(), words[-1].end()
    phrase = text[start:end]
    last = words[-1].group()
    head = fold(last)
    if last[0].isupper():
        if len(words) == 1 and (head in NOT_NAMES or head in LEADING_STOPWORDS):
            return None
        head_word = fold(phrase.split(" of ", 1)[0].split()[-1]) if " of " in phrase else head
        form = "role" if head_word in ROLE_HEADS and first in _DETERMINERS else "name"
        if form == "name" and head in ROLE_HEADS and first in _DETERMINERS:
            form = "role"
        return Mention(start, end, phrase, form)
    if head in ROLE_HEADS:
        return Mention(start, end, phrase, "role")
    if head in GROUP_NOUNS:
        return Mention(start, end, phrase, "group")
    if first in _DETERMINERS or any(w.group()[0].isupper() for w in words):
        return Mention(start, end, phrase, "phrase")
    return None


def mention_at_end(text: str, end: int, floor: int) -> Mention | None:
    """The mention ending at ``end`` (text[floor:end] is the clause before a cue verb):
    "the Turkish president" in "The remarks came after the Turkish president"."""
    end = len(text[:end].rstrip(_SPACES)) if end > 0 and text[end - 1] in _SPACES else end
    words = list(_WORD_RE.finditer(text, max(floor, end - 120), end))
    if not words or words[-1].end() != end:
        return None
    keep: list[re.Match[str]] = []
    for w in reversed(words):
        tok = w.group()
        low = tok.lower()
        if not tok[0].isalnum() or (low in _STOP_WORDS and not tok[0].isupper()) or len(keep) == _MAX_WORDS:
            break
        keep.append(w)
        if low in _PRONOUNS and len(keep) == 1:
            break
        if low in _DETERMINERS:
            break
    keep.reverse()
    if keep and fold(keep[0].group()) in _PRONOUNS and len(keep) > 1:
        keep = keep[1:]
    return _mention(text, keep)


def mention_at_start(text: str, start: int, limit: int) -> Mention | None:
    """The mention starting at ``start`` (after spaces), within text[start:limit]:
    "Daily News opinion editor Josh Greenman" in "Daily News opinion editor Josh Greenman told ..."."""
    keep: list[re.Match[str]] = []
    for w in _WORD_RE.finditer(text, start, min(limit, start + 120)):
        tok = w.group()
        low = tok.lower()
        if not keep and (text[start : w.start()].strip(_SPACES) or (low in _STOP_WORDS and not tok[0].isupper())):
            return None
        if not tok[0].isalnum() or len(keep) == _MAX_WORDS:
            break
        if keep and not tok[0].isupper():
            if low in _STOP_WORDS or CUE_RE.match(text, w.start()):
                break
            prev = keep[-1].group()
            # After a name only a possessive goes on ("Trump's campaign"); "Donald Trump quickly took" stops.
            if prev[0].isupper() and not prev.endswith(("'s", "’s")) and low not in _CONNECTORS | _TITLE_NOUNS:
                break
        keep.append(w)
        if low in _PRONOUNS and len(keep) == 1:
            break
    return _mention(text, keep)


def name_in(mention: str) -> str:
    """The name a mention ends with ("election lawyer Joe Birkenstock" -> "Joe Birkenstock")."""
    m = _LAST_NAME_RE.search(mention)
    return m.group() if m else mention


_CONNECTORS = frozenset("of de da van von der den bin al la le del di du for the".split())


def _name_before(text: str, at: int) -> str:
    """The capitalised words written right before ``at`` ("Jonathan" before "Hoffman"), or ""."""
    if at < 2 or text[at - 1] not in _SPACES or not (text[at - 2].isalpha() or text[at - 2] == "."):
        return ""
    space = text.rfind(" ", max(0, at - 40), at - 1)
    if not text[space + 1 : space + 2].isupper() and text[space + 1 : at - 1] not in _CONNECTORS:
        return ""
    run: list[str] = []
    for w in reversed(text[max(0, at - 80) : at].split()):
        if w[0].isupper() and w[-1].isalnum() or (w[0].isupper() and w.endswith(".") and len(w) <= 5):
            run.append(w)
        elif run and w in _CONNECTORS:
            run.append(w)
        else:
            break
    while run and run[-1] in _CONNECTORS:
        run.pop()
    return " ".join(reversed(run))


@dataclass(slots=True)
class Document:
    """One article and its lazily built index of multi-word capitalised names.

    The index of names is one regex pass over the text, made only when a role
    phrase needs the article's titled names; names are classified only when
    asked about. ``fullest(name)``
    gives the longest person name in the article with the same family name
    ("Hoffman" -> "Jonathan Hoffman"); ``names_before(pos)`` walks the indexed
    names backwards from a position.
    """

    text: str
    year: int | None = None
    _starts: list[int] | None = field(default=None, repr=False)
    _matches: list[re.Match[str]] = field(default_factory=list, repr=False)
    _cache: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    def _ensure(self) -> list[int]:
        if self._starts is None:
            self._matches = list(_MULTI_NAME_RE.finditer(self.text))
            self._starts = [m.start() for m in self._matches]
        return self._starts

    def _longest(self, name: str, kind: str) -> str | None:
        """Longest ``kind`` name ending in ``name``: each place the last word occurs, the name
        written just before it (str.find runs at C speed; answers are cached per name)."""
        key = (kind, name)
        if key in self._cache:
            return self._cache[key]
        toks = name_tokens(name)
        best, best_len = None, len(toks)
        words = name.split()
        if toks:
            last, text = words[-1], self.text
            if last.endswith(("'s", "’s")):
                last = last[:-2]
            seen = set()
            at = text.find(last)
            while at >= 0:
                end = at + len(last)
                if end == len(text) or not text[end].isalnum():
                    before = _name_before(text, at)
                    if before and before not in seen:
                        seen.add(before)
                        _, full = strip_name(before + " " + text[at:end])
                        ftoks = name_tokens(full)
                        if len(ftoks) > best_len and ftoks[-len(toks) :] == toks and classify(full) == kind:
                            best, best_len = full, len(ftoks)
                at = text.find(last, end)
        self._cache[key] = best
        return best

    def fullest(self, name: str) -> str | None:
        """The article's fullest person name ending in ``name``, if longer than it."""
        return self._longest(name, "person")

    def fullest_org(self, name: str) -> str | None:
        """The article's longest organisation name ending in ``name`` ("Foreign Ministry")."""
        return self._longest(name, "organisation")

    def names_before(self, pos: int) -> Iterator[tuple[int, int, str, str, str]]:
        """(start, end, title, name, kind) of indexed names starting before ``pos``, nearest first."""
        starts = self._ensure()
        for j in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
            m = self._matches[j]
            title, name = strip_name(m.group())
            yield m.start(), m.end(), title, name, classify(name)


def pronoun_gender(word: str) -> str | None:
    return PRONOUN_GENDER.get(word.lower())

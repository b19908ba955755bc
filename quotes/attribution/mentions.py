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
from dataclasses import dataclass, field

from ..names import fold, name_tokens
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
]

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
# One capitalised word: an abbreviated title, an initial or acronym, or a word.
_TOK = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Prof|Atty|Maj|Cmdr|Pres)\."
    rf"|[A-Z](?:\.[A-Z])+\.|[A-Z]\.(?=[ \u00a0][{_UP}])|[{_UP}][\w'’\-]*)"
)
_CONN = r"(?:of|de|da|van|von|der|den|bin|al|la|le|del|di|du|for)"
NAME = rf"{_TOK}(?:[ \u00a0]+(?:{_CONN}[ \u00a0]+(?:the[ \u00a0]+)?)?{_TOK})*"
NAME_RE = re.compile(NAME)
_MULTI_NAME_RE = re.compile(rf"{_TOK}(?:[ \u00a0]+(?:{_CONN}[ \u00a0]+(?:the[ \u00a0]+)?)?{_TOK})+")

_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Oo]ur|[Mm]y)"
_WORD = r"[\w'’\-\.]+"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
_POSS = rf"{NAME}['’]s"

# A mention that starts the string (after an optional space): used after a quote or a cue.
_AT_START = re.compile(
    rf"(?P<p>{_PRONOUN})(?!\w)"
    rf"|(?P<n>(?:[Tt]he[ \u00a0]+)?{NAME})(?!['’]s\b)"
    rf"|(?P<d>(?:{_DET}|{_POSS})(?:[ \u00a0]+{_WORD}){{1,6}}?)(?=,|[ \u00a0]+(?:\w+ly[ \u00a0]+)?(?:said|says|told|added|wrote|\w+ed|\w+s)\b)"
)

# Mentions that end the string: tried in this order by mention_at_end.
_END_PRONOUN = re.compile(rf"(?<![\w'’]){_PRONOUN}\Z")
_END_NAME = re.compile(rf"(?:(?<![\w'’])(?:[Tt]he[ \u00a0]+)?|(?<![\w'’.]))(?:{NAME})\Z")
_END_DET = re.compile(rf"(?<![\w'’]){_DET}(?:[ \u00a0]+[\w'’\-]+){{1,6}}\Z")
_END_POSS = re.compile(rf"{_POSS}(?:[ \u00a0]+[\w'’\-]+){{1,3}}\Z")
_END_GROUP = re.compile(r"(?<![\w'’])(?:[\w'’\-]+[ \u00a0]+){0,2}[\w'’\-]+\Z")

# Words that cannot sit inside a determiner phrase: the phrase would be a clause.
_CLAUSE_WORDS = frozenset(
    """that which who whom whose when while because if and or but as than said says told is was were are has
    had have will would could should can may might did does do been be not""".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention as written: ``text[start:end]``; ``form`` is "pronoun", "name", "role", "group" or "phrase"."""

    start: int
    end: int
    text: str
    form: str


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
    i = 0
    while i < len(words) - 1 and fold(words[i]) in TITLE_WORDS:
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


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


def _clean_phrase(s: str) -> bool:
    return not any(w.lower() in _CLAUSE_WORDS for w in s.split()[1:])


def mention_at_end(text: str, end: int, floor: int) -> Mention | None:
    """The mention ending at ``end`` (text[floor:end] is the clause before a cue verb)."""
    window = text[floor:end]
    m = _END_PRONOUN.search(window)
    if m:
        return Mention(floor + m.start(), floor + m.end(), m.group(), "pronoun")
    m = _END_NAME.search(window)
    if m:
        title, name = strip_name(m.group())
        if name and fold(name) not in LEADING_STOPWORDS and fold(name) not in NOT_NAMES:
            s = floor + m.start()
            form = "role" if fold(m.group().split()[-1]) in ROLE_HEADS else "name"
            return Mention(s, floor + m.end(), m.group(), form)
    for pat in (_END_DET, _END_POSS):
        m = pat.search(window)
        if m and _clean_phrase(m.group()):
            words = m.group().split()
            head = fold(words[-1])
            form = "role" if head in ROLE_HEADS else ("group" if head in GROUP_NOUNS else "phrase")
            # Shortest determiner phrase: "the remarks came after the Turkish president" -> the last "the".
            for i in range(len(words) - 2, 0, -1):
                if fold(words[i]) in ("the", "a", "an"):
                    words = words[i:]
                    break
            phrase = " ".join(words)
            s = floor + end - floor - len(phrase) if window.endswith(phrase) else floor + m.start()
            return Mention(s, end, text[s:end], form)
    m = _END_GROUP.search(window)
    if m:
        words = m.group().split()
        if fold(words[-1]) in GROUP_NOUNS:
            keep = [w for w in words if w.lower() not in _CLAUSE_WORDS]
            phrase = " ".join(keep[-3:]) if keep and keep[-1] == words[-1] else words[-1]
            s = end - len(phrase) if window.endswith(phrase) else end - len(words[-1])
            return Mention(s, end, text[s:end], "group")
    return None


def mention_at_start(text: str, start: int, limit: int) -> Mention | None:
    """The mention starting at ``start`` (after leading spaces), within text[start:limit]."""
    window = text[start:limit]
    lead = len(window) - len(window.lstrip())
    m = _AT_START.match(window, lead)
    if not m:
        return None
    s, e = start + m.start(), start + m.end()
    if m.lastgroup == "p":
        return Mention(s, e, m.group(), "pronoun")
    phrase = m.group()
    if m.lastgroup == "n":
        _, name = strip_name(phrase)
        if not name or fold(name) in LEADING_STOPWORDS or fold(name) in NOT_NAMES:
            return None
        return Mention(s, e, phrase, "role" if fold(phrase.split()[-1]) in ROLE_HEADS else "name")
    if not _clean_phrase(phrase):
        return None
    head = fold(phrase.split()[-1])
    return Mention(s, e, phrase, "role" if head in ROLE_HEADS else ("group" if head in GROUP_NOUNS else "phrase"))


@dataclass(slots=True)
class Document:
    """One article and its lazily built index of multi-word capitalised names.

    ``fullest(surname)`` gives the longest person name in the article ending in
    that word ("Hoffman" -> "Jonathan Hoffman"); ``names_before(pos)`` walks the
    indexed names backwards from a position.
    """

    text: str
    year: int | None = None
    _starts: list[int] | None = field(default=None, repr=False)
    _names: list[tuple[int, int, str, str, str]] = field(default_factory=list, repr=False)
    _fullest: dict[str, str] = field(default_factory=dict, repr=False)
    _org_fullest: dict[str, str] = field(default_factory=dict, repr=False)

    def _build(self) -> None:
        starts: list[int] = []
        for m in _MULTI_NAME_RE.finditer(self.text):
            title, name = strip_name(m.group())
            kind = classify(name)
            if kind == "other":
                continue
            starts.append(m.start())
            self._names.append((m.start(), m.end(), title, name, kind))
            toks = name_tokens(name)
            if kind == "person" and len(toks) > 1:
                best = self._fullest.get(toks[-1])
                if best is None or len(name_tokens(best)) < len(toks):
                    self._fullest[toks[-1]] = name
            elif kind == "organisation":
                for i in range(1, len(toks)):
                    suffix = " ".join(toks[i:])
                    best = self._org_fullest.get(suffix)
                    if best is None or len(name_tokens(best)) < len(toks):
                        self._org_fullest[suffix] = name
        self._starts = starts

    def _ensure(self) -> None:
        if self._starts is None:
            self._build()

    def fullest(self, name: str) -> str | None:
        """The article's fullest person name with the same family name, if longer than ``name``."""
        self._ensure()
        toks = name_tokens(name)
        if not toks:
            return None
        best = self._fullest.get(toks[-1])
        if best is None or len(name_tokens(best)) <= len(toks):
            return None
        btoks = name_tokens(best)
        return best if btoks[-len(toks) :] == toks else None

    def fullest_org(self, name: str) -> str | None:
        """The article's longest organisation name ending in ``name`` ("Foreign Ministry")."""
        self._ensure()
        return self._org_fullest.get(" ".join(name_tokens(name)))

    def names_before(self, pos: int):
        """(start, end, title, name, kind) of indexed names starting before ``pos``, nearest first."""
        self._ensure()
        assert self._starts is not None
        i = bisect.bisect_left(self._starts, pos)
        for j in range(i - 1, -1, -1):
            yield self._names[j]


def pronoun_gender(word: str) -> str | None:
    return PRONOUN_GENDER.get(word.lower())

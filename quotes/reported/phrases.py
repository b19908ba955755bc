"""The subject phrases a reported clause's source is read from: the word before a position, a short
phrase of a few words with no clause in it, the phrase after a comma, a subordinator or "according to",
and the head a relative clause describes."""

from __future__ import annotations

import re

from ..attribution import Mention
from ..matching import last_match
from .patterns import (
    ADJUNCT,
    ADVERBS,
    PASSIVE_AUX,
)

__all__ = ["FUNCTION_WORDS", "NOT_A_HEAD", "NOT_A_SUBJECT_START", "PERSONAL", "SPACES", "ends_possessive", "head", "head_before_relative", "phrase_after_comma", "phrase_after_subordinator", "short_phrase", "source_phrase", "word_before"]

SPACES = " \t\u00a0"
# Where a subject's head ends: "The death of Martin Luther King", "The tie between Manchester United and Everton".
_HEAD_END = re.compile(r"[ \t\u00a0]+(?:of|between|in|for|from|with)[ \t\u00a0]|,")
FUNCTION_WORDS = frozenset(
    "with of in on at to for from by but and or the a an his her their its our my your no".split()
)
_NOT_IN_SUBJECT = frozenset(",;:\"“”()[]—–")
NOT_A_HEAD = ADVERBS | PASSIVE_AUX | FUNCTION_WORDS | {"has", "have", "had"}
NOT_A_SUBJECT_START = frozenset("who which that where when whose whom what it there i you he she we they".split())
_VERBAL = PASSIVE_AUX | {"has", "have", "had"}
PERSONAL = frozenset("i you he she we they".split())
_SOURCE = re.compile(r"(?!(?:on|in|at|of|for|by|to|with|from)\b)\w[\w'’.\-]*(?:[ \t\u00a0]+(?!(?:on|in|at|for|by|to|with|from|that|which|who)\b)[\w'’.\-]+){0,5}")
_CONJUNCTION = re.compile(r"[ \t\u00a0]*(?:and|but|though|although|while|as|because|so|yet|since|whereas|rather|then)[ \t\u00a0]+")
# A word opening a subordinate clause whose subject a cue may have: "one day after a poll showed".
_SUBORDINATOR = re.compile(r"\b(?:after|because|since|when|while|although|though|before|until|if|as|that|where|whether)[ \t\u00a0]+")
_SUBORDINATE_SUBJECT_CHARS = 60


def head(subject: str) -> str:
    """The head word of a subject phrase, folded: its last word before "of", "between" ... ("The death of
    Martin Luther King" -> "death")."""
    cut = _HEAD_END.search(subject)
    words = (subject if cut is None else subject[: cut.start()]).split()
    return words[-1].lower() if words else ""


def word_before(text: str, floor: int, at: int) -> str:
    """The word ending at ``at`` (spaces before ``at`` skipped), or "" ("didn't" is one word)."""
    end = at
    while end > floor and text[end - 1] in SPACES:
        end -= 1
    word = text[max(floor, text.rfind(" ", floor, end) + 1) : end]
    if word.isalpha():  # the common case, in C: a plain word after a space
        return word
    start = end
    while start > floor and (text[start - 1].isalpha() or text[start - 1] in "'’"):
        start -= 1
    return text[start:end]


def source_phrase(text: str, start: int, end: int) -> Mention | None:
    """The words after "according to" up to a comma or a preposition, as a plain phrase."""
    m = _SOURCE.match(text, start, end)
    words = m.group().rstrip(".") if m else ""
    if m is None or not words:
        return None
    return Mention(m.start(), m.start() + len(words), words, "phrase")


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


def short_phrase(text: str, start: int, end: int, most: int = 6, least: int = 1) -> Mention | None:
    """text[start:end] as a subject phrase of ``least`` to ``most`` words without punctuation
    ("top black lawmakers said", "Many of his supporters believe")."""
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    phrase = text[start:end]
    if not phrase or not least <= phrase.count(" ") + 1 <= most or any(
        c in _THOUSANDS.sub("", phrase) for c in _NOT_IN_SUBJECT  # ("2,409 teachers": a number's comma)
    ):
        return None
    words = phrase.lower().split()
    if (
        not phrase[0].isalnum()
        or words[-1] in NOT_A_HEAD
        or words[0] in NOT_A_SUBJECT_START and not (words[0] in PERSONAL and len(words) > 2 and words[1] == "and")
    ):  # (but "he and Mr. Allen said": a pronoun coordinated with a name)
        return None  # "Hope Hicks, a campaign spokeswoman, did not respond": no subject here
    if len(words) > 1 and any(w in _VERBAL for w in words):
        return None  # "it was within hailing distance": a clause, not a subject
    return Mention(start, end, phrase, "phrase")


def phrase_after_comma(text: str, s0: int, at: int) -> Mention | None:
    """The subject phrase between the last comma, semicolon or dash before ``at`` and ``at``, without
    a leading conjunction: "though 32 percent" -> "32 percent"."""
    cut = max(text.rfind(c, s0, at) for c in ";:—–(")
    comma = text.rfind(",", s0, at)
    while comma > cut and _THOUSANDS.match(text, comma):
        comma = text.rfind(",", s0, comma)  # a thousands separator: "the 1,000 people interviewed said"
    cut = max(cut, comma)
    if cut < 0:
        return None
    start = cut + 1
    m = _CONJUNCTION.match(text, start, at)
    if m is not None:
        start = m.end()
    men = short_phrase(text, start, at, 6)
    if men is not None and (time := ADJUNCT.match(text, cut + 1, at)) is not None and time.end() >= men.end:
        return None  # "Glenn Beck, who since ... denouncing the nominee, on Friday declared": a time, no subject
    return men


def phrase_after_subordinator(text: str, s0: int, at: int) -> Mention | None:
    """The subject phrase of a subordinate clause ending at ``at``: "a day after a CNN poll showed"
    -> "a CNN poll"."""
    m = last_match(_SUBORDINATOR, text, max(s0, at - _SUBORDINATE_SUBJECT_CHARS), at)
    return None if m is None else short_phrase(text, m.end(), at, 6)


def head_before_relative(text: str, s0: int, at: int) -> Mention | None:
    """The subject a relative clause describes, opening the sentence: "Supporters who have heard
    directly from the Rubio campaign say" -> "Supporters"."""
    who = text.find(" who ", s0, at)
    if who < 0:
        who = text.find(" whose ", s0, at)  # "The state officials whose laws have been invalidated say"
    if who < 0:
        return None
    m = _CONJUNCTION.match(text[s0:who].lower())  # "Though executives who ..."
    return short_phrase(text, s0 + m.end() if m else s0, who, 4)


# Contractions of "is"/"has" that read like possessives: "it's shown", "that's shown".
_NOT_POSSESSIVE = frozenset("it's he's she's that's what's who's there's here's".split())


def ends_possessive(word: str) -> bool:
    """Does ``word`` (its last six letters at most) end in a possessive ("children's", "Jones'")?"""
    word = word.replace("\u2019", "'")
    return word.endswith(("'s", "s'")) and word.lower() not in _NOT_POSSESSIVE

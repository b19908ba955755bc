"""One statement, many reports: matching quote occurrences and diffing their wording.

Two occurrences are the same statement when their *keys* (folded words,
see :func:`statement_key`) are equal and the speakers agree (a wording of
``LINK_ALONE_WORDS`` words or more also links across speakers: one report may
misattribute it; a shorter one, a common phrase or a scare-quoted word, only
with the same speaker, see :func:`scoped_hash`), or when they have the same speaker and the keys are
near-duplicates (rapidfuzz ratio >= ``NEAR_RATIO``), or the same words reordered
(token-sort ratio >= ``REORDERED_RATIO``: "despite pressure from Washington" /
"despite Washington's pressure") with the names in the same order, so that a
swap of roles ("Russia will sell the missiles to Turkey" / "Turkey will sell the
missiles to Russia") stays two statements. Candidates
for the near-duplicate test are found by *blocking*, never by comparing all
pairs: each wording is filed under a few (speaker, word pair) blocks, the
pairs of consecutive content words with the lowest CRC32 (a cheap min-hash),
and only candidates of the same speaker are compared.
Two wordings that share most word pairs very likely share one of those blocks.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import zlib
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.fuzz import ratio, token_sort_ratio

from quotes.model import Quote
from quotes.names import fold
from quotes.quote_marks import DOUBLE_MARKS, SINGLE_MARKS
from quotes.results import DiffOp

from .fts import search_fold, words

__all__ = [
    "statement_key", "key_hash", "blocks", "Wording", "best_near_match", "name_order", "word_diff", "NEAR_RATIO",
    "REORDERED_RATIO", "MIN_NEAR_WORDS", "LINK_ALONE_WORDS", "scoped_hash",
]

NEAR_RATIO = 85.0
"""Minimum rapidfuzz ratio (0-100) between two keys of the same speaker."""
REORDERED_RATIO = 95.0
"""Minimum token-sort ratio for the same words reordered, when the plain ratio is at least ``REORDERED_FLOOR``."""
REORDERED_FLOOR = 75.0
MIN_NEAR_WORDS = 5
"""Shorter quotes ("clear signal") only ever match exactly."""
BLOCKS_PER_STATEMENT = 4
LINK_ALONE_WORDS = 8
"""A wording this long identifies a statement by itself: it links whoever the sources name as its speaker.
Over the BBC corpus, shorter ones linked across speakers were mostly common phrases ("to comment on the
reports", "the proposals", "control orders"); longer ones were the same statement misattributed."""

_STOP = frozenset(
    "that this with will have from they their there were which would been about into than then them "
    "what when also more some such only other could should these those very just over said says".split()
)


def statement_key(text: str) -> str:
    """The wording as compared: folded words, no marks or punctuation, single spaces."""
    return " ".join(words(text))


def key_hash(key: str) -> int:
    """A signed 64-bit hash of a key (fits a BIGINT column)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


def scoped_hash(key: str, speaker_id: int | None, document_id: int) -> int | None:
    """The hash under which a short wording of an unknown speaker is filed: its document's own; None for others.

    A wording shorter than ``LINK_ALONE_WORDS`` that no one is named for
    ("urban", "the proposals") is a statement of its document only, unless that
    document quotes a speaker who said the same words elsewhere (a one-word
    wording not even then); filing it under its document keeps the wording out of
    every other document's lookups, however common it is. (Near-duplicate matching,
    for ``MIN_NEAR_WORDS`` words or more, still compares the wordings no one is named
    for with each other: over the BBC corpus those were mostly one statement reported
    again in a follow-up story.)
    """
    if speaker_id is not None or len(key.split()) >= LINK_ALONE_WORDS:
        return None
    return key_hash(f"{key}\n{document_id}")


def blocks(key: str, speaker: str | None) -> list[int]:
    """The blocking keys of a wording by ``speaker`` (a name); [] for keys too short for near matching.

    Pairs of consecutive content words, not single words: a block of one
    common word would grow with the corpus and make every lookup slower.
    The speaker enters as a hash of the name, so that workers can compute
    blocks before the speaker has an id.
    """
    toks = key.split()
    if len(toks) < MIN_NEAR_WORDS:
        return []
    content = [t for t in toks if len(t) > 3 and t not in _STOP]
    if len(content) < 2:
        content = toks
    pairs = sorted({zlib.crc32(f"{a} {b}".encode()) for a, b in zip(content, content[1:])})
    base = _speaker_base(speaker) if speaker else 0
    return [base | h for h in pairs[:BLOCKS_PER_STATEMENT]]


@lru_cache(maxsize=4096)
def _speaker_base(speaker: str) -> int:
    return (zlib.crc32(speaker.encode("utf-8", "surrogatepass")) & 0x7FFFFFFF) << 32


class Wording(NamedTuple):
    """What the store derives from a quote's text to link it: computed with the parse (in workers).

    (A named tuple: made once per quote, it costs half a frozen dataclass.)"""

    key: str
    key_hash: int
    blocks: tuple[int, ...]
    search_speaker: str

    @classmethod
    def of(cls, quote: Quote) -> Wording:
        key = statement_key(quote.text)
        return cls(key, key_hash(key), tuple(blocks(key, quote.speaker)), _speaker_fold(quote.speaker))


_speaker_fold = lru_cache(maxsize=4096)(search_fold)
"""Speakers repeat: their indexed form is worth keeping."""


# A name: a capitalised word that does not open a sentence (or the text).
# (A possessive's "'s" is left out: "Washington's pressure" names Washington.)
_NAME = re.compile(r"(?<![.!?:;\"“]\s)(?<=\s)[A-Z][\w\-]*|(?<=\s)[A-Z]{2,}[\w\-]*")


def name_order(text: str) -> tuple[str, ...]:
    """The names of a wording, folded, in the order it says them ("Russia ... Turkey")."""
    return tuple(statement_key(m.group()) for m in _NAME.finditer(text))


def best_near_match(key: str, candidates: Iterable[tuple[int, str, str]], text: str = "") -> int | None:
    """The id of the candidate (id, key, text) most similar to ``key`` (the wording ``text``), if similar enough.

    Reordered words count only when both texts are given and name the same names in the same order.
    """
    if len(key.split()) < MIN_NEAR_WORDS:
        return None
    names = None
    best_id, best = None, NEAR_RATIO
    for cid, ckey, ctext in candidates:
        score = ratio(key, ckey, score_cutoff=REORDERED_FLOOR)
        if score < NEAR_RATIO and score and text and ctext and token_sort_ratio(key, ckey) >= REORDERED_RATIO:
            names = name_order(text) if names is None else names
            if names == name_order(ctext):
                score = NEAR_RATIO  # the same statement, reworded: ranked below every plain near match
        if score >= best and (best_id is None or score > best or cid < best_id):
            best_id, best = cid, score
    return best_id


# Typographic variants of one mark, which outlets' styles differ by, not their wording.
_TYPOGRAPHY = str.maketrans({
    **dict.fromkeys(DOUBLE_MARKS, '"'), **dict.fromkeys(SINGLE_MARKS, "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"), "\u2026": "...",
})
_QUOTE_END = ",.;:"
"""Punctuation that closes a quote where the attribution or the sentence begins ("...," he said /
"...."): where the reporting falls, not a difference in wording."""


def _diff_token(token: str, last: bool) -> str:
    """A word as :func:`word_diff` compares it: case- and accent-blind, its punctuation kept (in one
    typography) but the quotation marks around it: they say how a quote sits in a sentence (the
    partial quote 'appraising ...' inside 'it is "appraising ...'), not what was said."""
    token = fold(token.translate(_TYPOGRAPHY)).replace('"', "").strip("'")  # (an apostrophe within stays)
    return token.rstrip(_QUOTE_END) if last else token


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """Word-level differences turning ``old`` into ``new``: compared case- and accent-blind, with their
    punctuation, so that an editor's "he [Lord Goldsmith] said" differs from "he (Lord Goldsmith)
    said"; the quotation marks around words, the typography of a mark (curly or straight, a dash,
    "…" or "...") and the comma or full stop that ends a quote are no difference."""
    a, b = old.split(), new.split()
    fa = [_diff_token(w, i == len(a) - 1) for i, w in enumerate(a)]
    fb = [_diff_token(w, i == len(b) - 1) for i, w in enumerate(b)]
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes():
        ops.append(DiffOp(tag, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return tuple(ops)

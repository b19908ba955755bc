"""Canonical speakers over the BBC corpus (read from ../shared/corpus/bbc.jsonl or
$QUOTES_BBC_CORPUS, skipped when absent, never copied into the repository): one person, one name,
and no speaker that names no one. PolNeAR scores a speaker right when the mention overlaps the
gold's, so these are the checks that keep the names a user filters by clean."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from reliability_support import BBC_CORPUS, NEEDS_BBC_CORPUS

from quotes import extract
from quotes.attribution.lexicon import NOT_NAMES, NOT_SPEAKERS
from quotes.names import fold

pytestmark = NEEDS_BBC_CORPUS


@pytest.fixture(scope="module")
def speakers() -> Counter[str]:
    found: Counter[str] = Counter()
    with BBC_CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                found.update(q.speaker for q in extract(json.loads(line)["text"]) if q.speaker)
    return found


def test_no_speaker_is_a_word_that_names_no_one(speakers: Counter[str]) -> None:
    junk = [s for s in speakers if fold(s) in NOT_SPEAKERS or fold(s) in NOT_NAMES]
    assert not junk


def test_no_speaker_is_a_possessive_or_carries_a_middle_initial(speakers: Counter[str]) -> None:
    assert not [s for s in speakers if s.endswith(("'s", "’s"))]
    # "Harry M. Reid" and "Harry Reid" are one person (the registry's own names excepted)
    assert not [s for s in speakers if re.search(r"[a-z]{2} [A-Z]\. [A-Z][a-z]", s) and s != "George W. Bush"]


def test_the_speakers_a_reader_would_look_for_are_there(speakers: Counter[str]) -> None:
    for name in ("Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "Arsene Wenger", "Office for National Statistics"):
        assert speakers[name] > 0, name
    # and the contests, idioms and headline words they used to be confused with are not
    for junk in ("Grand Slam", "Six Nations", "Super Tuesday", "Having", "One", "Office", "Appeal", "Downing"):
        assert speakers[junk] == 0, junk

"""Every quote of the five seed articles and who said it, written from reading the articles.

Each row names a stretch of the quote (enough to identify it), the canonical
speaker, and where it matters the mention as written. Quotes that nobody is
reported to have said (titles, scare quotes) must get no speaker; the finder
may drop them altogether, so they are only checked when found.
"""

from pathlib import Path

import pytest

from quotes.attribution import attribute
from quotes.parse import extract
from quotes.marks import find_quoted

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

DEMIR, CAVUSOGLU, ERDOGAN = "Ismail Demir", "Mevlut Cavusoglu", "Recep Tayyip Erdogan"
POMPEO, HOFFMAN, MINISTRY = "Mike Pompeo", "Jonathan Hoffman", "Turkish Foreign Ministry"

# (seed, part of the quote, speaker, mention or None when any mention will do)
SPOKEN = [
    # 000: TASS on Demir's NTV interview
    ("000", "Our work on the second [regiment] of S-400 systems continues", DEMIR, "he"),
    ("000", "deliveries of the Sungur and Hisar A+ systems will begin", DEMIR, "he"),
    ("000", "We haven't noticed any direct effect", DEMIR, "he"),
    ("000", "If they think this will dissuade us", DEMIR, "the defense chief"),
    ("000", "clear signal", POMPEO, "Secretary of State Michael Pompeo"),
    ("000", "fully enforce CAATSA", POMPEO, None),
    ("000", "will not tolerate significant deals", POMPEO, None),
    ("000", "will not refrain from taking measures", MINISTRY, "The Foreign Ministry"),
    # 001: Cavusoglu on 24 TV
    ("001", "We will continue to take steps to make our defense industry", CAVUSOGLU, "he"),
    ("001", "unilateral move", CAVUSOGLU, "Cavusoglu"),
    ("001", "sovereign rights", CAVUSOGLU, None),
    ("001", "clear signal", POMPEO, None),
    ("001", "fully enforce CAATSA", POMPEO, None),
    ("001", "will not tolerate significant deals", POMPEO, None),
    ("001", "will not refrain from taking measures", MINISTRY, None),
    # 002: Demir to Izvestia
    ("002", "This is not a matter of discussion for us", DEMIR, "Demir"),
    # the words US officials used, woven into "Washington still hopes to persuade its ally to
    # “walk away” from the Russian system": the reported clause's speaker (method reported_clause)
    ("002", "walk away", "Washington", "Washington"),
    # 003: Erdogan to CBS News; the old Hoffman warning
    ("003", "another set", ERDOGAN, None),
    ("003", "Turkey will not receive a Patriot battery", HOFFMAN, "Jonathan Hoffman"),
    ("003", "no doubts about purchasing a second batch", ERDOGAN, "the Turkish president"),
    ("003", "Turkey and Russia is taking many steps", ERDOGAN, None),
    ("003", "explained everything to [US] President [Joe] Biden", ERDOGAN, "Erdogan"),
    ("003", "in the future, no one will be able to interfere", ERDOGAN, "Erdogan"),
    ("003", "Turkey and Russia are taking many measures", ERDOGAN, None),
    # 004: the split quote around "declared Demir today"
    ("004", "There would be a second S-400 regiment in Turkey today", DEMIR, "Demir"),
    ("004", "With the information, we learn from the S-400 experience", DEMIR, "Demir"),
]

# Titles and scare quotes: nobody said them.
UNSPOKEN = [
    ("000", "Russia - Islamic World"),
    ("001", "Russia - Islamic World"),
    ("004", "own"),
    ("004", "B"),
]


def _quotes(seed: str):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    return text, extract(text)


@pytest.mark.parametrize(("seed", "part", "speaker", "mention"), SPOKEN)
def test_every_seed_quote_has_its_speaker(seed, part, speaker, mention):
    text, quotes = _quotes(seed)
    found = [q for q in quotes if part in q.text]
    assert found, f"no quote containing {part!r} in seed {seed}"
    for q in found:
        assert q.speaker == speaker, (q.text, q.mention, q.method)
        if mention is not None:
            assert q.mention == mention
        assert text[q.mention_start : q.mention_end] == q.mention
        assert q.method and 0 < q.confidence <= 1


@pytest.mark.parametrize(("seed", "part"), UNSPOKEN)
def test_titles_and_scare_quotes_get_no_speaker(seed, part):
    _, quotes = _quotes(seed)
    for q in quotes:
        if q.text.strip(" .,") == part:
            assert q.speaker is None and q.mention is None, q


def test_the_halves_of_a_split_quote_share_an_utterance():
    (path,) = SEEDS.glob("004_*.txt")
    text = path.read_text(encoding="utf-8")
    spans = find_quoted(text)
    found = list(zip(spans, attribute(text, spans)))
    first = next(a for s, a in found if text.startswith("There would be a second", s.start))
    second = next(a for s, a in found if text.startswith("With the information", s.start))
    assert first.utterance == second.utterance
    assert (first.method, second.method) == ("trailing_cue", "split_quote")


def test_cues_and_media_are_recorded():
    _, quotes = _quotes("000")
    first = next(q for q in quotes if "Our work on the second" in q.text)
    assert (first.cue, first.via) == ("stressed", "an interview with NTV")
    pompeo = next(q for q in quotes if q.text == "clear signal")
    assert (pompeo.cue, pompeo.method) == ("according to", "according_to")
    _, quotes = _quotes("002")
    izvestia = next(q for q in quotes if "not a matter of discussion" in q.text)
    assert (izvestia.cue, izvestia.via) == ("said", "Izvestia")

"""Mentions next to a cue: what ``mention_at_end`` reads back from a cue verb."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.attribution import Mention, mention_at_end

WORDS = st.sampled_from(
    ["he", "He", "she", "it", "they", "I", "we", "(he", "“he", "the", "Turkish", "president", "Ismail", "Demir",
     "Mr.", "U.S.", "who", "said", ",", "\u00a0", "\t", "and", "Daily", "News", "editor", "ex-minister"]
)


def _at_end(text: str) -> Mention | None:
    return mention_at_end(text, len(text), 0)


def test_a_lone_pronoun_before_the_cue_is_the_mention():
    text = '"We will wait," he'
    assert _at_end(text) == Mention(16, 18, "he", "pronoun")


def test_a_pronoun_after_a_mark_starts_past_the_mark():
    assert _at_end("Demir (he") == Mention(7, 9, "he", "pronoun")
    assert _at_end("Turkey’s president “He") == Mention(20, 22, "He", "pronoun")


def test_a_name_and_its_title_are_one_mention():
    text = "The remarks came after the Turkish president"
    assert _at_end(text) == Mention(23, 44, "the Turkish president", "role")


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30).map(" ".join), st.integers(min_value=0, max_value=40))
def test_a_mention_is_the_text_it_covers_and_ends_at_the_cue(text, floor):
    floor = min(floor, len(text))
    found = mention_at_end(text, len(text), floor)
    if found is None:
        return
    assert text[found.start : found.end] == found.text
    assert floor <= found.start < found.end <= len(text)
    assert not text[found.end :].strip(" \t\u00a0")  # only spaces between the mention and the cue

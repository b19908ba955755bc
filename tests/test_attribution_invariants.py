"""Invariants of attribute() on arbitrary text (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.attribution import attribute
from quotes.marks import find_quoted

WORDS = st.sampled_from(
    ["he", "she", "said", "told", "Trump", "Demir", "the", "defense", "chief", "according", "to", ",", ".",
     ":", "\n", "\n\n", '"', "“", "”", "We", "will", "wait", "Mr", "Smith", "(R-Wis.)", "who", "added", "—"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_one_consistent_attribution_per_span(text):
    spans = find_quoted(text)
    found = attribute(text, spans)
    assert len(found) == len(spans)
    last = -1
    for a in found:
        if a.mention is not None:
            assert text[a.mention_start : a.mention_end] == a.mention
        else:
            assert a.speaker is None and a.mention_start is None
        assert 0.0 <= a.confidence <= 1.0
        assert (a.method is None) == (a.confidence == 0.0)
        assert a.utterance >= last
        last = a.utterance

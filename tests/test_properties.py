"""Invariants of quote finding on any text (hypothesis).

Quoted speech never overlaps quoted speech; a reported clause (kind "indirect")
may hold the partial quotes woven into it, but never cuts one in two.
"""

import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.parse import extract
from quotes.marks import find_quoted
from quotes.quote_marks import SPACES

MARKS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a\u201e\u201a\u201b\u201f"
ALPHABET = MARKS + "  \n\n\t\u00a0abcXYZ09.,;:!?-\u2014()[]<>=/\u2026"
WORDS = [
    "he said", "said:", "Demir", "“", "”", '"', "'", "’s", "don't", "'90s", "rock 'n' roll",
    "[regiment]", "(TASS)", "\n", "\n\n", " ", ", ", ". ", "we will wait", "CNN's", "the",
    "<tweet a=\"b\">", "6'3\"", "''", "``", "«", "»", "„", "‚", "‘", "’",
]

news_like = st.lists(st.sampled_from(WORDS), max_size=80).map("".join)
marky = st.text(alphabet=ALPHABET, max_size=300)
anything = st.text(max_size=200)
texts = st.one_of(news_like, marky, anything)


def _check_quotes(text: str) -> None:
    quotes = extract(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes), "not in text order"
    end = {"quoted": -1, "indirect": -1}
    clause = (0, -1)  # the last reported clause, which may hold partial quotes
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.kind in ("direct", "partial", "indirect")
        assert 0.0 <= q.confidence <= 1.0 and q.confidence == round(q.confidence, 2)
        family = "indirect" if q.kind == "indirect" else "quoted"
        assert q.start >= end[family], f"{family} quotes overlap"
        end[family] = q.end
        if family == "indirect":
            assert q.start >= end["quoted"], "a clause starts inside a quote"
            clause = (q.start, q.end)
        elif q.start < clause[1]:
            assert clause[0] <= q.start and q.end <= clause[1], "a quote straddles a clause"
        if q.mention_start is not None or q.mention_end is not None:
            assert q.mention is not None
            assert 0 <= q.mention_start <= q.mention_end <= len(text)
            assert text[q.mention_start : q.mention_end] == q.mention
    assert extract(text) == quotes, "not deterministic"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extract_holds_its_invariants_on_any_text(text):
    _check_quotes(text)


@settings(max_examples=300)
@given(texts)
def test_spans_are_well_formed(text):
    spans = find_quoted(text)
    previous = -1
    for s in spans:
        assert s.open < s.start <= s.end <= s.close <= len(text)
        assert s.open >= previous
        previous = s.close
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        if not s.closed:
            assert s.close == s.end
        if s.continued:
            assert not s.closed


@settings(max_examples=100)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map("".join))
def test_text_around_an_article_does_not_change_its_quotes(prefix):
    article = '"We will wait," he said.'
    shifted = [
        (q.text, q.start - len(prefix) - 2) for q in extract(prefix + "\n\n" + article)
        if q.start >= len(prefix) + 2 and q.kind != "indirect"
    ]
    assert shifted == [(q.text, q.start) for q in extract(article) if q.kind != "indirect"]


def test_every_unicode_space_is_trimmed_from_a_span():
    # found by hypothesis: '»\x1f' gave a span of one information separator, which str.strip() eats
    assert all(chr(c) in SPACES for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert find_quoted("»\x1f") == []

"""Issue 6, parser robustness beyond tests/test_properties.py: structured news-like text with every
kind of mark, bracket, apostrophe and line break (CRLF, U+2028, NEL...), attribution fields checked
too, a per-example time budget (hypothesis deadline), and linear work on doubling hostile inputs,
measured by counting the parser's executed lines (not by a clock)."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotes
from quotes.parse import extract

from reliability_support import check_extract as check

OPEN_CLOSE = ["“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "‛", '"', "'", "`", "``", "''", "「", "」"]
BRACKETS = ["(", ")", "[", "]", "{", "}", "[...]", "(AP)", "[sic]", "[the minister]", "((", "]]"]
APOSTROPHES = ["don't", "Erdoğan's", "’90s", "rock ’n’ roll", "O'Neill", "the 1990s'", "o’clock", "Çavuşoğlu’nun"]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\t"]
WORDS = [
    "Hulusi Akar", "said", "said:", "told reporters", "added", "he said.", "she told AFP", "according to officials",
    "the minister", "we will not step back", "Turkey", "S-400", "on Monday", ",", ".", ":", " — ", "…", " ",
    "spokesman Ibrahim Kalin said", "“We", "wait,” he said, “and see.”", "Mr. Pompeo", "U.S.", "e.g.", "the",
]
piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(OPEN_CLOSE), st.sampled_from(BRACKETS),
    st.sampled_from(APOSTROPHES), st.sampled_from(BREAKS), st.text(max_size=3),
)
article_text = st.lists(piece, max_size=150).map(" ".join) | st.lists(piece, max_size=150).map("".join)
BUDGET = settings(
    max_examples=250,
    deadline=timedelta(seconds=2),  # the fuzz time budget: no example may take seconds
    suppress_health_check=[HealthCheck.too_slow],
)


@BUDGET
@given(article_text)
def test_news_like_text_with_every_mark_and_break(text: str) -> None:
    check(text)


@BUDGET
@given(st.lists(article_text, min_size=1, max_size=4), st.sampled_from(BREAKS))
def test_paragraphs_joined_by_any_line_break(paragraphs: list[str], sep: str) -> None:
    check(sep.join(paragraphs))


@BUDGET
@given(st.text(alphabet="“”\"'‘’«»()[]\n \r", max_size=400))
def test_nothing_but_marks_brackets_and_breaks(text: str) -> None:
    check(text)


# --- linear work ----------------------------------------------------------------
PACKAGE = str(Path(quotes.__file__).parent)


def work(text: str) -> int:
    """Lines of the quotes package executed while extracting from ``text`` (a clock-free cost)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        extract(text)
    finally:
        sys.settrace(old)
    return count


HOSTILE = {
    "unbalanced opening marks": lambda i: f"Akar said “point {i} ",
    "unbalanced closing marks": lambda i: f"point {i}” he said ",
    "straight quotes": lambda i: f'He said "x{i} ',
    "apostrophes": lambda i: f"Erdoğan's aide's {i}' o'clock ",
    "brackets inside quotes": lambda i: f"“[the ({i}] said ”) ",
    "alternating marks": lambda i: f"« “{i}» ” ‘ ",
    "long quote one paragraph": lambda i: f"“We will, {i}, he said, ",
    "cue words without quotes": lambda i: f"said told added according to {i} ",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_work_grows_linearly_on_hostile_input(name: str) -> None:
    make = HOSTILE[name]

    def text(n: int) -> str:
        return "".join(make(i) for i in range(n))

    small, large = work(text(250)), work(text(2000))  # 8x the input
    assert large <= 8 * small * 1.5 + 5000, f"{name}: {small} -> {large} lines for 8x input (superlinear)"

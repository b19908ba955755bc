"""attribute() does linear work in the article's length: no rescans of the history or the text
per quote. Work is counted as lines of quotes.attribution executed (never wall time)."""

import sys
from pathlib import Path

import pytest

from quotes.attribution import attribute
from quotes.marks import find_quoted

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "004_6cefbe335fd00b9b.txt").read_text(encoding="utf-8")


def _lines_run(text: str) -> int:
    spans = find_quoted(text)
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if "attribution" not in frame.f_code.co_filename:
            return None
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        attribute(text, spans)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    "unit",
    [
        SEED + "\n\n",  # a real article, paragraphs kept
        SEED.replace("\n", " ") + " ",  # one endless paragraph: no look-back to a line start
        '"We will wait," he said. ' * 20 + "\n",  # many pronouns: no rescan of earlier speakers
        # descriptions ("the company", "the singer"): no rescan of the article before each (a unit
        # longer than the window they read back)
        'Acme Corp said profits rose. "We will wait," the company said. Jane Doe sang. "It is fine," the singer '
        "said. " + "Sales were flat in the third quarter of the year. " * 80,
    ],
    ids=["article", "one-paragraph", "he-said", "descriptions"],
)
def test_four_times_the_text_is_at_most_five_times_the_work(unit):
    small, large = _lines_run(unit * 3), _lines_run(unit * 12)
    assert small > 0
    assert large <= 5 * small

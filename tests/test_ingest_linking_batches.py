"""Statement linking inside one ingest batch does work that grows with the number of statements, not of
quotes: a 15 MB transcript repeating one wording 200,000 times took more than 10 minutes to store
(each near-duplicate candidate list grew by one entry per quote, and every later quote scanned it)."""

from __future__ import annotations

import sys
from pathlib import Path

from quotes import QuoteDB


def _lines_storing(db: QuoteDB, text: str) -> int:
    """Lines of the ingest module run while storing ``text`` (counted, never timed)."""
    path = Path(db.url).with_name("repeat.txt")
    path.write_text(text)
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.endswith("store/ingest.py"):
            return None
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        report = db.ingest(path)
    finally:
        sys.settrace(None)
    assert report.documents == 1
    return count


def test_storing_a_wording_repeated_four_times_as_often_is_at_most_five_times_the_work(tmp_path: Path):
    line = '"We will never give up the missile system whatever happens {}," the spokesman said.\n'
    with QuoteDB(tmp_path / "a.sqlite") as a, QuoteDB(tmp_path / "b.sqlite") as b:
        small = _lines_storing(a, "".join(line.format(i) for i in range(100)))
        large = _lines_storing(b, "".join(line.format(i) for i in range(400)))
        assert a.stats()["statements"] == b.stats()["statements"] == 1  # near-duplicates: one statement
    assert small > 0
    assert large <= 5 * small

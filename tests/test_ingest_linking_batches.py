"""Statement linking inside one ingest batch: the same result as one document at a time, and work that
grows with the number of statements, not of quotes (a 15 MB transcript repeating one wording 200,000
times took more than 10 minutes to store), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quotes import QuoteDB

# Each wording a near-duplicate of the one before (rapidfuzz ratio 90.9, then 94.0), the first and the
# last not (84.97 < 85): a chain must not link the last to the first's statement.
CHAIN = (
    "We will never give up the missile system whatever Washington says",
    "We will never give up the missile system whatever Washington now says about it",
    "We will never give up the new missile system whatever Washington now says about it today",
)


def _feed(path: Path, *wordings: str) -> Path:
    path.write_text(
        "".join(json.dumps({"text": f'"{w}," Recep Tayyip Erdogan said.', "outlet": f"Outlet {i}"}) + "\n"
                for i, w in enumerate(wordings))
    )
    return path


def _statement_of(db: QuoteDB) -> dict[str, int | None]:
    return {r.text.rstrip(","): r.statement_id for r in db.search(limit=None)}


def test_one_batch_links_as_one_document_at_a_time(db_url: str, tmp_path: Path):
    with QuoteDB(db_url) as db:
        assert db.ingest(_feed(tmp_path / "all.jsonl", *CHAIN)).documents == 3
        together = _statement_of(db)
    assert together[CHAIN[0]] == together[CHAIN[1]]
    assert together[CHAIN[2]] != together[CHAIN[0]]  # compared with the statement's wording, not the latest one


def test_one_at_a_time_gives_the_same_statements(tmp_path: Path):
    with QuoteDB(tmp_path / "one.sqlite") as db:
        for i, w in enumerate(CHAIN):
            db.ingest(_feed(tmp_path / f"{i}.jsonl", w))
        apart = _statement_of(db)
    assert apart[CHAIN[0]] == apart[CHAIN[1]] != apart[CHAIN[2]]


def _lines_linking(db: QuoteDB, text: str) -> int:
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
        small = _lines_linking(a, "".join(line.format(i) for i in range(100)))
        large = _lines_linking(b, "".join(line.format(i) for i in range(400)))
    assert small > 0
    assert large <= 5 * small

"""Issue 6 leftovers: a .jsonl line too long for one article is skipped (named by file and line, never
read whole) and the next lines are stored; an ingest kept waiting by another writer stops cleanly,
names every document it did not store, loses nothing, and a rerun stores them (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.discover import MAX_ARTICLE_BYTES
from quotes.results import IngestFailure
from quotes.store import engine, ingest
from quotes.store.sources import SourceDocument, iter_units, load_unit

from reliability_support import article, assert_whole_documents, documents, make_corpus

HUGE = 50 * 1024 * 1024


@pytest.fixture(scope="module")
def huge_line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """wire.jsonl: an article, a 50 MB line, an article, and a last line (no newline) just over the limit."""
    path = tmp_path_factory.mktemp("limits") / "wire.jsonl"
    filler = "The minister spoke at length. " * 1000
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": article(1)}) + "\n")
        fh.write('{"text": "' + filler * (HUGE // len(filler)) + '"}\n')
        fh.write(json.dumps({"text": article(2)}) + "\n")
        fh.write('{"text": "' + "x" * MAX_ARTICLE_BYTES + '"}')
    return path


def test_a_line_too_long_for_an_article_is_skipped_with_its_place_and_the_next_lines_are_read(huge_line: Path):
    tracemalloc.start()
    try:
        items = [d for u in iter_units([huge_line]) for d in ([u] if isinstance(u, IngestFailure) else load_unit(u))]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < HUGE  # the 50 MB line was never held whole (at most the 16 MB allowed, copied once)
    failures = {f.path: f.reason for f in items if isinstance(f, IngestFailure)}
    assert set(failures) == {f"{huge_line}:2", f"{huge_line}:4"}
    assert all("too long for one article" in r and "16 MB" in r for r in failures.values())
    assert [d.text for d in items if isinstance(d, SourceDocument)] == [article(1), article(2)]


def test_an_ingest_skips_the_long_lines_and_stores_the_others(db_url: str, huge_line: Path):
    with QuoteDB(db_url) as db:
        report = db.ingest([huge_line])
        assert report.documents == 2 and [f.path for f in report.failed] == [f"{huge_line}:2", f"{huge_line}:4"]
        assert sorted(documents(db).values()) == sorted([article(1), article(2)])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "corpus", 0, 30, txt=5)


def _hold_the_write_lock(url: str):
    """Another process's writer, as far as the ingest can tell: a second connection holding the lock."""
    other = engine.open_backend(url)
    if other.name == "sqlite":
        other.execute("BEGIN IMMEDIATE")
    else:
        other.execute(f"SELECT pg_advisory_lock({ingest.INGEST_LOCK})")
    return other


def test_an_ingest_kept_waiting_by_another_writer_stops_names_what_it_did_not_store_and_loses_nothing(
    db_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT", 0.05)
    monkeypatch.setattr(ingest, "WRITE_WAIT", 0.3)
    with QuoteDB(db_url) as db:
        db.ingest([corpus / "txt" / "00025.txt"])  # stored before the other writer came
        other = _hold_the_write_lock(db_url)
        try:
            report = db.ingest([corpus])
        finally:
            other.close()  # the other writer finishes (SQLite: without committing anything)
        assert report.documents == 0 and not report.ok
        txt = sorted(str(p) for p in (corpus / "txt").iterdir() if p.name != "00025.txt")
        assert [f.path for f in report.failed] == [*txt, f"{corpus / 'wire.jsonl'}:1-25"]  # in input order
        for f in report.failed:
            assert "another process is writing to the database" in f.reason
            assert "nothing was lost" in f.reason and "run the same command again" in f.reason
        assert db.stats()["documents"] == 1

        again = db.ingest([corpus])  # the lock is free again
        assert again.ok and again.documents == 29 and again.skipped == 1
        assert db.stats()["documents"] == 30
        assert_whole_documents(db)

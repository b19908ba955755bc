"""Issue 6, concurrency: searches while an ingest writes never meet "database is locked"; two ingests
at once of overlapping folders store each document once (SQLite file and PostgreSQL)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import QuoteDB

from reliability_support import REPO, article, assert_whole_documents, make_corpus

ARTICLES = 800


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("concurrency") / "corpus", 0, ARTICLES)


def _ingest(url: str, *paths: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", *map(str, paths), "--db", url, "-q"],
        cwd=REPO, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_searches_while_an_ingest_writes(db_url: str, corpus: Path) -> None:
    QuoteDB(db_url).close()  # the schema exists before the reader starts
    writer = _ingest(db_url, corpus)
    counts = []
    reads_while_writing = 0
    with QuoteDB(db_url) as db:
        while True:
            writing = writer.poll() is None
            n = db.count("talks useful")
            found = db.search("talks useful", limit=20)
            db.facets("")
            assert len(found) >= min(n, 20)  # read after the count: never fewer
            counts.append(n)
            if not writing:
                break  # this read began after the writer ended: it sees everything
            reads_while_writing += 1
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        assert "locked" not in err
        assert counts == sorted(counts), "a reader saw the data shrink"
        assert counts[-1] == ARTICLES  # each article has one such quote
        assert reads_while_writing >= 1
        assert_whole_documents(db)


def test_two_ingests_of_overlapping_folders_store_each_document_once(
    db_url: str, corpus: Path, tmp_path: Path
) -> None:
    # B is a copy of part of A under other names (the same texts) plus articles A lacks.
    b = make_corpus(tmp_path / "b", ARTICLES - 300, ARTICLES + 150, txt=200)
    QuoteDB(db_url).close()
    first, second = _ingest(db_url, corpus), _ingest(db_url, b, corpus / "txt")
    results = [p.communicate(timeout=600) + (p.returncode,) for p in (first, second)]
    for _, err, code in results:
        assert code == 0, err
        assert "locked" not in err
    stored = sum(int(out.split(" document")[0]) for out, _, _ in results)
    assert stored == ARTICLES + 150
    with QuoteDB(db_url) as db:
        assert db.stats()["documents"] == ARTICLES + 150
        texts = db._b.rows("SELECT sha256, COUNT(*) FROM documents GROUP BY sha256 HAVING COUNT(*) > 1")
        assert texts == []
        assert db.count("talks useful") == ARTICLES + 150
        assert_whole_documents(db)
    shutil.rmtree(b)


def test_the_tui_searches_while_an_ingest_writes(tmp_path: Path, corpus: Path) -> None:
    import asyncio

    from textual.widgets import Input, Static

    from tui.app import QuotesApp
    from tui.widgets.results import ResultsTable

    url = str(tmp_path / "q.sqlite")
    QuoteDB(url).close()

    async def settle(pilot) -> None:
        for _ in range(3):
            await pilot.pause()
            await pilot.app.workers.wait_for_complete()

    async def scenario(db: QuoteDB) -> int:
        """Searches typed until the ingest ends (three at least); how many began while it wrote."""
        app = QuotesApp(db)
        rounds = during = 0
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            writer = _ingest(url, corpus)
            while writer.poll() is None or rounds < 3:
                during += writer.poll() is None
                app.screen.query_one("#query", Input).value = ("talks useful", "step back", "")[rounds % 3]
                await settle(pilot)
                status = app.screen.query_one("#status", Static).content
                assert "failed" not in str(getattr(status, "plain", status)), status
                rounds += 1
            assert writer.wait() == 0, writer.stderr.read()
            # a search begun after the writer ended: cleared first, since the same text set again is no change
            # (when the last round typed "talks useful" while the ingest had stored nothing, its 0 rows stayed)
            for value in ("", "talks useful"):
                app.screen.query_one("#query", Input).value = value
                await settle(pilot)
            assert len(app.screen.query_one(ResultsTable).records) == min(db.count("talks useful", prefix=True), 50)
        return during

    with QuoteDB(url) as db:
        # the writer is a new process (interpreter start, imports): the first search begins before it stores
        assert asyncio.run(scenario(db)) >= 1
        assert db.count("talks useful") == ARTICLES



def test_an_ingest_reports_only_the_speakers_it_added_itself(db_url: str, seeds: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "stoltenberg.txt").write_text(article(3), encoding="utf-8")
    with QuoteDB(db_url) as first, QuoteDB(db_url) as second:
        meanwhile = []

        def another_ingest_writes(done: int, total: int, path: str) -> None:
            if not meanwhile:  # between two batches of the seeds' ingest
                meanwhile.append(first.ingest([other]))

        mine = second.ingest([seeds], progress=another_ingest_writes)
        assert meanwhile[0].speakers > 0
        assert mine.speakers + meanwhile[0].speakers == second.stats()["speakers"]

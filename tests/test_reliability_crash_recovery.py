"""Issue 6, crashes: an ingest killed with SIGKILL part-way leaves a database that opens cleanly and
holds only whole documents; running the same command again stores the rest (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.plural import counted

from reliability_support import REPO, assert_whole_documents, cli, make_corpus, stored_documents

ARTICLES = {"sqlite": 6000, "postgres": 4000}
"""Enough to be killed mid-run: a dozen batches of 500 (the test kills 0.3 s after the first commit)."""


@pytest.fixture
def corpus(db_url: str, tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "corpus", 0, ARTICLES[_backend(db_url)])


def _backend(url: str) -> str:
    return "postgres" if url.startswith("postgresql") else "sqlite"


def _kill_mid_run(url: str, corpus: Path) -> int:
    """Start the ingest, SIGKILL it once some documents are committed; the count then."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", str(corpus), "--db", url, "-q"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while stored_documents(url) == 0:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
            time.sleep(0.02)
        time.sleep(0.3)  # into the next batch
        assert proc.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return stored_documents(url)


def _sqlite_integrity(path: str) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")  # the index matches the quotes
    finally:
        conn.close()


def test_kill_9_mid_ingest_keeps_whole_documents_and_a_rerun_completes(db_url: str, corpus: Path) -> None:
    articles = ARTICLES[_backend(db_url)]
    stored = _kill_mid_run(db_url, corpus)
    assert 0 < stored < articles
    if not db_url.startswith("postgresql"):
        _sqlite_integrity(db_url)
    with QuoteDB(db_url) as db:  # opens cleanly: schema check, WAL recovery
        assert db.stats()["documents"] == stored
        assert_whole_documents(db)
        assert db.count() == db.stats()["quotes"]  # the search index holds exactly the stored quotes
    proc = cli("ingest", str(corpus), "--db", db_url, "-q", timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"{counted(articles - stored, 'document')} stored" in proc.stdout
    assert f"{stored} skipped" in proc.stdout
    with QuoteDB(db_url) as db:
        assert db.stats()["documents"] == articles
        assert_whole_documents(db)
        assert db.count() == db.stats()["quotes"]
        assert len(db.search(f'"round {articles - 7}"')) == 1  # one quote of that article holds the phrase
    if not db_url.startswith("postgresql"):
        _sqlite_integrity(db_url)

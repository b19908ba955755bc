"""Issue 6, disk full and read-only databases: a clear error, nothing half-written, and the same
command completes once there is room.

A full disk is made two ways: SQLite's own size cap (``PRAGMA max_page_count``) on the ingest's
connection, always; and a real 1 MB tmpfs when the tests may mount one (root). A read-only
database file is made with mode 444, with root's override capabilities dropped (setpriv) when the
tests run as root.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.plural import counted

from reliability_support import REPO, assert_no_traceback, assert_whole_documents, cli, make_corpus, tmpfs

ARTICLES = 600
FULL = ("full", "no space")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("full") / "corpus", 0, ARTICLES)


def _consistent(path: str) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
    with QuoteDB(path) as db:
        assert_whole_documents(db)
        assert db.count() == db.stats()["quotes"]
        return db.stats()


def test_a_full_database_stops_the_ingest_with_a_clear_error(tmp_path: Path, corpus: Path) -> None:
    path = str(tmp_path / "q.sqlite")
    with QuoteDB(path) as db:
        db.ingest([corpus / "txt"])  # 200 articles stored before the disk fills
        before = db.stats()
        pages = db._b.scalar("PRAGMA page_count")
        db._b.execute(f"PRAGMA max_page_count = {pages + 40}")  # room for a few more articles only
        try:
            report = db.ingest([corpus])
        except Exception as exc:  # noqa: BLE001 - stopping is fine; the message must say why
            message = str(exc).lower()
        else:
            message = " ".join(f.reason for f in report.failed).lower()
            assert report.documents + before["documents"] == db.stats()["documents"], "reported more than stored"
        assert any(word in message for word in FULL), message
        assert "no transaction" not in message
    after = _consistent(path)
    assert before["documents"] <= after["documents"] < ARTICLES
    with QuoteDB(path) as db:  # room again: the same ingest completes
        report = db.ingest([corpus])
        assert report.ok, report.failed[:3]
        assert db.stats()["documents"] == ARTICLES
    _consistent(path)


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 1 MB filesystem (tmpfs), or a skip saying why there is none."""
    with tmpfs(tmp_path / "disk", "1m", "a real full disk (the max_page_count test still runs)") as point:
        yield point


def test_cli_ingest_on_a_full_disk_says_so_and_keeps_whole_documents(tiny_disk: Path, corpus: Path, tmp_path: Path) -> None:
    path = tiny_disk / "q.sqlite"
    proc = cli("ingest", str(corpus), "--db", str(path), "-q", timeout=300)
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert any(word in proc.stderr.lower() for word in FULL), proc.stderr
    moved = tmp_path / "moved.sqlite"  # free space: move the database to a roomy disk, run again
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            shutil.copy(f"{path}{suffix}", f"{moved}{suffix}")
    stored = _consistent(str(moved))["documents"]
    assert stored < ARTICLES
    proc = cli("ingest", str(corpus), "--db", str(moved), "-q", timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"{counted(ARTICLES - stored, 'document')} stored" in proc.stdout
    assert _consistent(str(moved))["documents"] == ARTICLES


def _without_write_override() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a mode-444 file stays writable, nothing to test")
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_a_read_only_database_refuses_ingest_clearly_and_still_answers_searches(tmp_path: Path, corpus: Path) -> None:
    wrap = _without_write_override()
    path = tmp_path / "q.sqlite"
    with QuoteDB(str(path)) as db:
        db.ingest([corpus / "txt"])
        quotes = db.stats()["quotes"]
    digest = path.read_bytes()
    path.chmod(0o444)
    try:
        proc = cli("ingest", str(corpus), "--db", str(path), "-q", wrap=wrap)
        assert_no_traceback(proc)
        assert proc.returncode == 1
        assert "readonly" in proc.stderr.replace("-", "").replace(" ", "").lower(), proc.stderr
        search = cli("search", "talks useful", "--db", str(path), wrap=wrap)
        assert_no_traceback(search)
        assert search.returncode == 0 and "talks were useful" in search.stdout
        code = "import sys; from quotes import QuoteDB\nwith QuoteDB(sys.argv[1]) as db: print(db.count())"
        api = subprocess.run([*wrap, sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=REPO)
        assert api.returncode == 0 and int(api.stdout) == quotes, api.stderr
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == digest  # nothing half-written
    assert _consistent(str(path))["quotes"] == quotes

"""A quotes database on a read-only file system (a share or a snapshot mounted read-only) is read as it
is, whoever the user: as root (or on any read-only mount) SQLite fails with CANTOPEN, not READONLY, and
every command said "cannot open the database ...: unable to open database file"."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reliability_support import assert_no_traceback, cli, tmpfs

from quotes import QuoteDB


@pytest.fixture
def read_only_copy(tmp_path: Path, seeds: Path):
    """The seeds' database on a tmpfs remounted read-only, or a skip saying why there is none."""
    with tmpfs(tmp_path / "share", "4m", "a read-only file system (the read-only folder test still runs)") as point:
        with QuoteDB(str(point / "q.sqlite")) as db:
            assert db.ingest([seeds]).ok
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        yield point / "q.sqlite"


def test_a_database_on_a_read_only_mount_answers_and_refuses_writes_clearly(read_only_copy: Path):
    search = cli("search", '"clear signal"', "--db", str(read_only_copy))
    assert_no_traceback(search)
    assert search.returncode == 0, search.stderr
    assert "Mike Pompeo" in search.stdout
    ingest = cli("ingest", str(read_only_copy.parent), "--db", str(read_only_copy))
    assert ingest.returncode == 1
    assert "is read-only (its folder cannot be written)" in ingest.stderr, ingest.stderr
    with QuoteDB(str(read_only_copy)) as db:
        assert db.read_only and db.stats()["documents"] == 5

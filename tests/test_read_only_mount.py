"""A quotes database on a read-only file system (a share or a snapshot mounted read-only) is read as it
is, whoever the user: as root (or on any read-only mount) SQLite fails with CANTOPEN, not READONLY, and
every command said "cannot open the database ...: unable to open database file"."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from reliability_support import assert_no_traceback, cli

from quotes import QuoteDB


@pytest.fixture
def read_only_copy(tmp_path: Path, seeds: Path):
    """The seeds' database on a tmpfs remounted read-only, or a skip saying why there is none."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or mount is None:
        pytest.skip("a read-only file system needs root to mount a tmpfs (the read-only folder test still runs)")
    point = tmp_path / "share"
    point.mkdir()
    made = subprocess.run([mount, "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], capture_output=True, text=True)
    if made.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        with QuoteDB(str(point / "q.sqlite")) as db:
            assert db.ingest([seeds]).ok
        subprocess.run([mount, "-o", "remount,ro", str(point)], check=True)
        yield point / "q.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


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

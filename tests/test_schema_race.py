"""Two commands opening a new (or an old) database at the same moment: both find the schema made, on SQLite
and PostgreSQL. Two `quotes ingest` started at once into a new database used to stop the second with
"cannot open the database: table meta already exists" (SQLite) or a duplicate pg_type key (PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from quotes import QuoteDB

REPO = Path(__file__).resolve().parent.parent

# Imports done before the start line, so that the processes open the database within a millisecond.
OPENER = """
import os, sys, time
from pathlib import Path
import sqlalchemy, sqlmodel
try:
    import psycopg
except ImportError:  # an install without PostgreSQL support
    pass
from quotes.store.api import QuoteDB
from quotes.store import tables, migrations
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.0005)
with QuoteDB(sys.argv[1]) as db:
    print(db.stats()["documents"])
"""

OPENERS = 3


def test_commands_opening_a_new_database_at_once_all_find_the_schema(db_url: str, tmp_path: Path):
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen([sys.executable, "-c", OPENER, db_url, str(go)], env=env, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(OPENERS)
    ]
    try:
        for p in procs:  # every process has imported quotes and waits at the start line
            while p.poll() is None and not _waiting(p.pid):
                time.sleep(0.01)
        go.touch()
        results = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert [(p.returncode, err.strip()[-300:]) for p, (_, err) in zip(procs, results)] == [(0, "")] * OPENERS
    assert [out.strip() for out, _ in results] == ["0"] * OPENERS
    with QuoteDB(db_url) as db:
        assert db.stats() == {"documents": 0, "superseded": 0, "quotes": 0, "speakers": 0, "statements": 0}


def _waiting(pid: int) -> bool:
    """Whether the process sleeps at the start line (its stack shows time.sleep)."""
    try:
        stat = Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return True  # no /proc: start as soon as possible
    return "hrtimer" in stat or "nanosleep" in stat or "clock" in stat

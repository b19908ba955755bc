"""Processes opening one new SQLite database at the same instant all put it in WAL mode. Each reads the
file first; two switching at once then wait on each other's read lock, and SQLite answered "database
is locked" at once instead of waiting: about one open in 300 failed (3 runs of 3 failed before the fix)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 150
OPENERS = 6

# Each opener opens database k as soon as the file "go-k" exists, for k = 0 .. ROUNDS-1.
OPENER = """
import sys, time
from pathlib import Path
from quotes.store.engine import SqliteBackend
folder, rounds = Path(sys.argv[1]), int(sys.argv[2])
for k in range(rounds):
    while not (folder / f"go-{k}").exists():
        time.sleep(0.0002)
    try:
        SqliteBackend(f"sqlite:///{folder}/db-{k}.sqlite").conn.close()
    except Exception as exc:
        print(k, type(exc).__name__, exc)
"""


def test_processes_opening_a_new_database_at_once_all_switch_it_to_wal(tmp_path: Path):
    procs = [
        subprocess.Popen([sys.executable, "-c", OPENER, str(tmp_path), str(ROUNDS)], cwd=REPO, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(OPENERS)
    ]
    try:
        for k in range(ROUNDS):
            (tmp_path / f"go-{k}").touch()
            time.sleep(0.02)
        results = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert [(p.returncode, out, err) for p, (out, err) in zip(procs, results)] == [(0, "", "")] * OPENERS
    modes = {sqlite3.connect(tmp_path / f"db-{k}.sqlite").execute("PRAGMA journal_mode").fetchone()[0]
             for k in range(ROUNDS)}
    assert modes == {"wal"}

"""An export that fails half way (a full disk, a file size limit, Ctrl-C) leaves the file it was to
replace as it was: it used to be truncated to the rows written before the failure (a report of last
week cut to its first 4 KB). Writing goes to a new file beside it, renamed onto it once complete."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import QuoteDB

REPO = Path(__file__).resolve().parent.parent

# An export in a process whose files may not grow past 8 KB (the seeds' CSV is about 43 KB): a write
# fails as on a full disk (EFBIG; SIGXFSZ ignored so that it is an error, not a kill).
LIMITED = """
import resource, signal, sys
from quotes import QuoteDB
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
with QuoteDB(sys.argv[1]) as db:
    db.count()  # the database's own files made before the limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
    try:
        db.export_csv(sys.argv[2])
    except OSError as exc:
        sys.exit(exc.strerror)
"""


@pytest.fixture
def seeded_file(tmp_path: Path, seeds: Path) -> str:
    url = str(tmp_path / "seeds.sqlite")
    with QuoteDB(url) as db:
        assert db.ingest([seeds]).ok
    return url


def test_an_export_that_fails_half_way_leaves_the_old_file_whole(seeded_file: str, tmp_path: Path):
    report = tmp_path / "report.csv"
    report.write_text("last week's report\n")
    report.chmod(0o640)
    proc = subprocess.run(
        [sys.executable, "-c", LIMITED, seeded_file, str(report)],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=120,
    )
    assert (proc.returncode, proc.stderr.strip()) == (1, "File too large")
    assert report.read_text() == "last week's report\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no part file left


def test_an_export_replaces_the_file_keeping_its_permissions_and_links(seeded_file: str, tmp_path: Path):
    report = tmp_path / "report.csv"
    report.write_text("old\n")
    report.chmod(0o640)
    link = tmp_path / "latest.csv"
    link.symlink_to(report.name)
    with QuoteDB(seeded_file) as db:
        n = db.export_csv(link, speaker="Pompeo")
    assert n > 0 and len(report.read_text().splitlines()) == n + 1
    assert link.is_symlink() and stat.S_IMODE(report.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.csv", "report.csv", "seeds.sqlite"] + sorted(
        p.name for p in tmp_path.iterdir() if p.name.startswith("seeds.sqlite-")
    )


def test_an_export_to_a_named_pipe_writes_into_it(seeded_file: str, tmp_path: Path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE, text=True)
    with QuoteDB(seeded_file) as db:
        n = db.export_csv(pipe, speaker="Pompeo")
    out, _ = reader.communicate(timeout=60)
    assert len(out.splitlines()) == n + 1 and pipe.exists()

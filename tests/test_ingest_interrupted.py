"""Ctrl-C during `quotes ingest`: exit status 130 and a sentence saying what is kept and how to finish
(it said only "interrupted", which left a user wondering whether the hour's work was lost); the rerun
stores the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from reliability_support import REPO, cli, make_corpus, stored_documents

from quotes import QuoteDB

ARTICLES = 4000


def test_ctrl_c_says_what_is_kept_and_the_rerun_finishes(tmp_path: Path):
    corpus = make_corpus(tmp_path / "corpus", 0, ARTICLES)
    db = tmp_path / "q.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", str(corpus), "--db", str(db), "-q"],
        cwd=REPO, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while stored_documents(str(db)) == 0:  # the first batch committed: Ctrl-C now
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip() == (
        "quotes ingest: interrupted: the documents stored before are kept (a document is stored whole or not at"
        " all); run the same command again to finish."
    )
    kept = stored_documents(str(db))
    assert 0 < kept < ARTICLES
    again = cli("ingest", str(corpus), "--db", str(db), "-q", timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{kept} skipped" in again.stdout
    with QuoteDB(db) as q:
        assert q.stats()["documents"] == ARTICLES

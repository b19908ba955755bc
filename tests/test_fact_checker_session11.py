"""Session 11 review: a fact-checker establishing who said what about Turkey's S-400 (the seeds) and the
UK election (BBC), in the TUI, the CLI and the API. Each test failed on b984ffe."""

from __future__ import annotations

from pathlib import Path

from reliability_support import assert_no_traceback, cli
from test_speaker_links import FULL, SURNAME, _articles

from quotes import QuoteDB

# --- S11-1: compare says whom an inferred alias adds, and never "not" the one it adds ----------------


def test_compare_names_the_inferred_alias_it_follows_and_does_not_deny_it(tmp_path: Path):
    """`quotes compare Blair Howard` (BBC) listed Michael Howard's quotes under "(not Michael Howard, ...)"."""
    db_path = tmp_path / "q.sqlite"
    with QuoteDB(str(db_path)) as db:
        db.ingest([_articles(tmp_path / "a.jsonl", FULL, SURNAME)])
        assert [link.full_name for link in db.speaker_links("Parry")] == ["Rick Parry"]
    proc = cli("compare", "Parry", "Steve Morgan", "--db", str(db_path))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    section = proc.stdout.split("\n\n")[0]
    assert "Rick Parry" in section and "We share an interest" in section  # his words are in the column
    assert "not Rick Parry" not in section
    assert section.splitlines()[0] == "== Parry + Rick Parry (inferred): 2 quotes"
    assert "'Parry', a surname alone, is inferred to be Rick Parry" in section

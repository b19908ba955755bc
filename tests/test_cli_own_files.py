"""The database's own files in the user's way: a folder ingested with the database inside it, a
CSV name typed with a control character."""

from __future__ import annotations

import shutil
from pathlib import Path

from quotes import QuoteDB
from test_cli_store import _run_main as _run

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_ingesting_the_folder_that_holds_the_database_is_no_failure(tmp_path, monkeypatch, capsys):
    # The README's session: QUOTES_DB=work.sqlite in the folder of the articles, then 'quotes ingest .'
    shutil.copy(SEEDS / "000_ea731dc59f6929ed.txt", tmp_path / "article.txt")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUOTES_DB", "work.sqlite")
    assert _run(capsys, "ingest", "article.txt")[0] == 0
    status, out, err = _run(capsys, "ingest", ".")
    # was status 1: 'failed: work.sqlite: not a text file: SQLite database' (and its -wal, -shm)
    assert status == 0, err
    assert "0 failed" in out + err and "work.sqlite" not in out + err
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01" * 100)  # any other binary file still fails
    status, out, err = _run(capsys, "ingest", ".")
    assert status == 1 and "notes.bin" in err and "work.sqlite" not in err


def test_the_database_named_as_an_article_still_fails(tmp_path):
    with QuoteDB(tmp_path / "work.sqlite") as db:
        report = db.ingest([tmp_path / "work.sqlite"])
        assert [f.path for f in report.failed] == [str(tmp_path / "work.sqlite")]


def test_the_export_message_keeps_control_characters_of_the_file_name_off_the_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUOTES_DB", "work.sqlite")
    _run(capsys, "ingest", str(SEEDS / "000_ea731dc59f6929ed.txt"))
    status, _, err = _run(capsys, "export", "--csv", "\x1b[2Jout.csv")
    assert status == 0 and (tmp_path / "\x1b[2Jout.csv").exists()
    assert "\x1b" not in err and "quotes written to \ufffd[2Jout.csv" in err  # was the raw ESC [2J: clears the screen

"""Bad input to the command line: the command that was run says what is wrong, and nothing else
is changed (a database of another program is left as it was)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.store.engine import open_backend
from quotes.store.migrations import SchemaError
from test_cli_store import _run_main as _run


@pytest.mark.parametrize(
    "args",
    [["speakers", "--bogus"], ["search", "sanctions", "--bogus"], ["show", "1", "--bogus"], ["export", "--csv", "-", "-x"]],
)
def test_an_unknown_option_is_reported_by_its_command(args, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_DB", str(tmp_path / "none.sqlite"))
    status, _, err = _run(capsys, *args)
    # was "usage: quotes [-h] [--version] COMMAND ..." and "quotes: error: ...": the top level's usage
    assert status == 2
    assert err.startswith(f"usage: quotes {args[0]} ") and f"quotes {args[0]}: error: unrecognized arguments: {args[-1]}" in err


def _foreign_table(url: str) -> None:
    backend = open_backend(url)
    try:
        with backend.transaction():
            backend.execute("CREATE TABLE notes (body TEXT)")
            backend.execute("INSERT INTO notes (body) VALUES ('keep me')")
    finally:
        backend.close()


def test_another_programs_database_is_refused_and_left_as_it_was(db_url: str, seeds: Path):
    _foreign_table(db_url)
    with pytest.raises(SchemaError, match=r"is not a quotes database: it holds other tables \(notes\)"):
        QuoteDB(db_url)
    backend = open_backend(db_url)
    try:
        assert {t for t in backend.table_names() if not t.startswith("sqlite_")} == {"notes"}  # was: 30 more
    finally:
        backend.close()


@pytest.mark.parametrize("command", [["search", "x"], ["speakers"], ["ingest", "SEEDS"], ["export", "--csv", "-"]])
def test_a_database_path_that_names_another_programs_file_changes_nothing(command, tmp_path, seeds, capsys):
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    before = other.read_bytes()
    args = [str(seeds) if a == "SEEDS" else a for a in command]
    status, out, err = _run(capsys, *args, "--db", str(other))
    assert status == 1 and not out
    assert err == f"quotes {command[0]}: cannot open the database: {other} is not a quotes database: it holds other tables (bookmarks) and is left as it is\n"
    assert other.read_bytes() == before


def test_a_file_that_is_no_database_is_named(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database at all, but long enough to have a header " * 20)
    status, _, err = _run(capsys, "search", "x", "--db", str(notes))
    assert status == 1 and err.startswith(f"quotes search: cannot open the database {notes}: ")


def test_compare_says_whom_a_name_selects_and_how_many_quotes_it_leaves_out(seeded, capsys, monkeypatch):
    monkeypatch.setenv("QUOTES_DB", seeded.url)
    everything = seeded.count("Russian", speaker="Erdogan")
    assert everything > 1
    status, out, _ = _run(capsys, "compare", "Erdogan", "Mike Pompeo", "--query", "Russian", "--limit", "1")
    assert status == 0
    # was "== Erdogan: 1 quote shown": neither whose quotes nor how many there are
    assert f"== Erdogan (Recep Tayyip Erdogan): {everything} quotes, 1 shown" in out
    assert f"== Mike Pompeo: {seeded.count('Russian', speaker='Mike Pompeo')} quotes" in out


@pytest.mark.parametrize("given", ["~/work/quotes.sqlite", "sqlite:///~/work/quotes.sqlite"])
def test_a_database_path_in_the_home_folder_is_not_a_folder_named_tilde(given, tmp_path, seeds, capsys, monkeypatch):
    home, here = tmp_path / "home", tmp_path / "here"
    (home / "work").mkdir(parents=True)
    here.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(here)
    monkeypatch.setenv("QUOTES_DB", given)  # e.g. from a config file, where no shell expands "~"
    status, out, _ = _run(capsys, "ingest", str(seeds))
    assert status == 0 and out.startswith("5 documents stored")
    assert (home / "work" / "quotes.sqlite").is_file()
    assert list(here.iterdir()) == []  # was: ./~/work/quotes.sqlite
    with QuoteDB(given) as db:
        assert db.stats()["documents"] == 5


def _without_write_override() -> list[str] | None:
    """A command prefix under which a read-only folder is read-only (as root: capabilities dropped)."""
    import os
    import shutil

    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_a_database_on_a_read_only_share_is_read_and_not_written(tmp_path, seeds):
    import os
    import subprocess
    import sys

    wrap = _without_write_override()
    if wrap is None:
        pytest.skip("running as root without setpriv: a read-only folder stays writable, nothing to test")
    share = tmp_path / "share"
    share.mkdir()
    with QuoteDB(share / "quotes.sqlite") as db:
        assert db.ingest([seeds]).ok
        expected = db.count("sanctions")
    for leftover in share.glob("quotes.sqlite-*"):  # closed cleanly: no -wal / -shm beside it
        leftover.unlink()
    (share / "quotes.sqlite").chmod(0o444)
    share.chmod(0o555)  # a read-only mount or a colleague's folder

    def quotes_cli(*args: str) -> subprocess.CompletedProcess:
        code = "import sys; from quotes.cli import main; sys.exit(main(sys.argv[1:]))"
        repo = str(Path(__file__).resolve().parent.parent)
        command = [*wrap, sys.executable, "-c", code, *args, "--db", str(share / "quotes.sqlite")]
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": repo})

    try:
        found = quotes_cli("search", "sanctions", "--format", "json")
        # was: "cannot open the database: OperationalError: attempt to write a readonly database"
        assert found.returncode == 0, found.stderr
        assert len(found.stdout.splitlines()) == expected > 0
        stored = quotes_cli("ingest", str(seeds))
        assert stored.returncode == 1
        assert stored.stderr.startswith("quotes ingest: cannot write: ") and "is read-only" in stored.stderr
        assert sorted(p.name for p in share.iterdir()) == ["quotes.sqlite"]
    finally:
        share.chmod(0o755)


def test_a_database_the_user_may_not_read_is_said_so(tmp_path, seeds):
    import os
    import subprocess
    import sys

    wrap = _without_write_override()
    if wrap is None:
        pytest.skip("running as root without setpriv: a mode-000 file stays readable, nothing to test")
    path = tmp_path / "quotes.sqlite"
    with QuoteDB(path) as db:
        assert db.ingest([seeds]).ok
    path.chmod(0)
    code = "import sys; from quotes.cli import main; sys.exit(main(sys.argv[1:]))"
    repo = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run([*wrap, sys.executable, "-c", code, "search", "x", "--db", str(path)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": repo})
    assert done.returncode == 1
    # was: "cannot open the database ...: OperationalError: unable to open database file"
    assert done.stderr == f"quotes search: cannot read the database {path}: permission denied\n"


def test_an_outlet_filter_that_names_no_outlet_lists_the_outlets(tmp_path, capsys):
    import json

    feed = tmp_path / "feed.jsonl"
    rows = [{"text": f'The minister said: "We will not back down on plan {i}," on Monday.', "outlet": o}
            for i, o in enumerate(["BBC News", "Reuters"])]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "q.sqlite")
    assert _run(capsys, "ingest", str(feed), "--db", db)[0] == 0
    status, _, err = _run(capsys, "search", "--outlet", "BBC", "--db", db)
    # was a bare "0 quotes match", as for an outlet that has no quote on the query
    assert status == 0 and err.splitlines()[-1] == "no quote comes from an outlet named 'BBC': the outlets are BBC News, Reuters"
    status, _, err = _run(capsys, "search", "zzzz", "--outlet", "Reuters", "--db", db)
    assert status == 0 and "outlet named" not in err  # the outlet is there; the words are not


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--csv", "-"],  # was a bare header: "0 quotes" read as "none on this query"
        ["export", "--csv", "out.csv"],  # was only "0 quotes written to out.csv"
        ["search", "--format", "json"],  # was nothing at all
        ["search", "--format", "csv"],
        ["search"],
    ],
)
def test_every_command_that_filters_says_when_a_filter_names_nobody(args, capsys, tmp_path, seeds, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "q.sqlite")
    assert _run(capsys, "ingest", str(seeds), "--db", db)[0] == 0
    status, _, err = _run(capsys, *args, "--speaker", "Nobodyxyz", "--db", db)
    assert status == 0 and "no speaker is named 'Nobodyxyz'" in err
    status, _, err = _run(capsys, *args, "--outlet", "BBC", "--db", db)
    assert status == 0 and "no quote comes from an outlet named 'BBC': no stored quote has an outlet" in err
    status, _, err = _run(capsys, *args, "--speaker", "Pompeo", "--db", db)
    assert status == 0 and "no speaker" not in err and "outlet named" not in err


def test_the_export_help_names_every_column_of_the_csv():
    from quotes.cli.export import EXAMPLES
    from quotes.store.export import CSV_COLUMNS

    listed = " ".join(EXAMPLES.split("Columns:")[1].split(". UTF-8")[0].split())
    assert listed.split(", ") == list(CSV_COLUMNS)  # mention_start and mention_end were left out


@pytest.mark.parametrize("args", [["search"], ["search", "--format", "json"], ["export", "--csv", "out.csv"]])
def test_a_speaker_filter_that_selects_several_people_says_whom(args, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text('"We will publish the advice," Prime Minister Tony Blair said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"Crime in London is falling," Metropolitan Police Commissioner Ian Blair said.\n',
                                    encoding="utf-8")
    db = str(tmp_path / "q.sqlite")
    assert _run(capsys, "ingest", "a.txt", "b.txt", "--db", db)[0] == 0
    status, _, err = _run(capsys, *args, "--speaker", "Blair", "--db", db)
    # was only "2 quotes match": the police chief's words counted among the prime minister's
    assert status == 0 and "--speaker 'Blair' selects 2 speakers: Ian Blair, Tony Blair" in err
    status, _, err = _run(capsys, *args, "--speaker", "Tony Blair", "--db", db)
    assert status == 0 and "selects" not in err


def test_variants_name_whom_each_source_attributes_the_words_to(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said = '"We will not give up the S-400 whatever the pressure from Washington," {} said.\n'
    (tmp_path / "a.txt").write_text("Ankara, 14 December.\n\n" + said.format("Erdogan"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ankara, 15 December.\n\n" + said.format("an official"), encoding="utf-8")
    db = str(tmp_path / "q.sqlite")
    assert _run(capsys, "ingest", "a.txt", "b.txt", "--db", db)[0] == 0
    status, out, _ = _run(capsys, "variants", "1", "--db", db)
    # was "#2  unknown speaker - ...": the TUI and 'quotes show' say the second source names an official
    heads = [line.split(" - ")[0] for line in out.splitlines() if line.startswith("#")]
    assert status == 0 and heads == ["#1  direct  Recep Tayyip Erdogan", "#2  direct  an official (speaker not identified)"]

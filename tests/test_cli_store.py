"""The database commands: ingest, search, show, speakers, variants, compare, export, reparse."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.cli import COMMAND_MODULES, main

# every command that works on a database: all the registered ones but extract and eval, which read files only
COMMANDS = tuple(name for name in COMMAND_MODULES if name not in ("extract", "eval"))


@pytest.fixture
def seeded_cli(cli, seeds):
    status, out, _ = cli("ingest", str(seeds))
    assert status == 0 and out.startswith("5 documents stored")
    return cli


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert "examples:" in out and f"quotes {command}" in out and "--db" in out


def test_ingest_reports_and_is_idempotent(seeded_cli, seeds):
    status, out, _ = seeded_cli("ingest", str(seeds))
    assert status == 0
    assert out.startswith("0 documents stored, 0 quotes") and "5 skipped" in out


def test_ingest_exits_non_zero_when_a_file_fails_and_says_why(cli, seeds, tmp_path):
    status, out, err = cli("ingest", str(seeds / "000_ea731dc59f6929ed.txt"), str(tmp_path / "missing.txt"))
    assert status == 1
    assert out.startswith("1 document stored, ") and "1 failed" in out
    assert "missing.txt: no such file or folder" in err


def test_ingest_with_jobs(cli, seeds):
    status, out, _ = cli("ingest", "--jobs", "2", str(seeds))
    assert status == 0 and out.startswith("5 documents stored")


@pytest.mark.parametrize("jobs", ["0", "257", "99999999999999999999"])
def test_a_number_of_jobs_no_machine_has_is_one_clear_line(cli, seeds, jobs):
    status, out, err = cli("ingest", "--jobs", jobs, str(seeds))
    assert status == 1 and out == ""
    assert err.strip().startswith("quotes ingest: --jobs must be from 1 to 256") and "\n" not in err.strip()


def test_search_table_json_and_csv(seeded_cli):
    status, out, err = seeded_cli("search", "clear", "signal")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "DATE", "SPEAKER", "OUTLET", "KIND", "SRC", "QUOTE"]
    exact = [line for line in lines[1:] if line.endswith("  clear signal")]
    assert len(exact) == 2 and f"{len(lines) - 1} quotes match" in err
    assert all(" partial " in line for line in exact)  # the kind is visible: Pompeo's "clear signal"

    status, out, _ = seeded_cli("search", "clear signal", "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    exact = [r for r in records if r["text"] == "clear signal"]
    assert len(exact) == 2 and len({r["statement_id"] for r in exact}) == 1
    assert all(r["sources"] == 2 and r["path"].endswith(".txt") for r in exact)

    status, out, _ = seeded_cli("search", "clear signal", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == [str(r["id"]) for r in records]


def test_search_filters_and_errors(seeded_cli):
    status, out, _ = seeded_cli("search", "--speaker", "Tayyip Erdoğan", "--format", "json", "--limit", "100")
    speakers = {json.loads(line)["speaker"] for line in out.splitlines()}
    assert status == 0 and speakers == {"Recep Tayyip Erdogan"}
    assert seeded_cli("search", '"', "NEAR(", "*")[0] == 0
    status, _, err = seeded_cli("search", '"open', "--raw")
    assert status == 1 and "invalid raw search query" in err
    status, _, err = seeded_cli("search", "x", "--since", "yesterday")
    assert status == 1 and "not a date" in err


def test_a_word_of_letters_and_digits_finds_them_written_apart(seeded_cli):
    # a fact-checker types "S400": the seeds write "S-400" (indexed "s 400"), and "S400" found nothing
    def ids(*args: str) -> set[int]:
        status, out, _ = seeded_cli("search", *args, "--format", "json", "--limit", "500")
        assert status == 0
        return {json.loads(line)["id"] for line in out.splitlines()}

    hyphenated = ids('"S-400"')
    assert hyphenated and ids("S400") == hyphenated
    assert ids("erdogan S400") == ids('erdogan "S-400"') != set()
    assert hyphenated <= ids("S40", "--prefix")  # typed as far as "S40" in the search box ("S-400s" too)


def test_show_prints_the_evidence_and_marks_the_quote_in_its_paragraph(seeded_cli):
    _, out, _ = seeded_cli("search", "clear signal", "--format", "json")
    quote_id = next(r["id"] for r in map(json.loads, out.splitlines()) if r["text"] == "clear signal")
    status, out, _ = seeded_cli("show", str(quote_id))
    assert status == 0
    fields = dict(line.split(":", 1) for line in out.splitlines() if line and not line.startswith(("On ", "According")))
    assert fields["quote"].strip() == "clear signal" and "seeds/" in fields["source"]
    assert {"speaker", "mention", "cue", "method", "confidence", "statement"} <= fields.keys()
    assert 'send a "⟦clear signal⟧" that' in out
    status, _, err = seeded_cli("show", "999999")
    assert status == 1 and "no quote with id 999999" in err


def test_variants_shows_each_source_and_the_word_diff(seeded_cli):
    _, out, _ = seeded_cli("search", "taking many measures", "--format", "json")
    quote_id = next(r["id"] for r in map(json.loads, out.splitlines()) if r["text"].startswith("Turkey and Russia"))
    status, out, _ = seeded_cli("variants", str(quote_id))
    assert status == 0 and out.startswith("2 occurrences in 1 document")
    assert "Turkey and Russia [-is-] {+are+} taking many [-steps,-] {+measures,+}" in out


def test_speakers_and_compare(seeded_cli):
    status, out, _ = seeded_cli("speakers", "--format", "json")
    speakers = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and speakers and speakers[0]["quotes"] >= speakers[-1]["quotes"]
    status, out, _ = seeded_cli("compare", "Erdogan", "Pompeo", "--query", "S-400")
    assert status == 0 and "== Erdogan (Recep Tayyip Erdogan):" in out and "== Pompeo (Mike Pompeo):" in out


def test_export_to_a_file_and_to_stdout(seeded_cli, tmp_path):
    target = tmp_path / "all.csv"
    status, _, err = seeded_cli("export", "--csv", str(target))
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert status == 0 and f"{len(rows)} quotes written" in err and len(rows) > 20
    assert {"id", "speaker", "text", "outlet", "title", "published", "path", "url", "sha256"} <= rows[0].keys()
    status, out, _ = seeded_cli("export", "--csv", "-", "--speaker", "Pompeo")
    assert status == 0 and {r["speaker"] for r in csv.DictReader(io.StringIO(out))} == {"Mike Pompeo"}


def test_reparse(seeded_cli):
    status, out, _ = seeded_cli("reparse")
    assert status == 0 and out.startswith("5 documents reparsed") and "0 removed" in out


def test_article_text_cannot_drive_the_terminal(cli, tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text('Evil article with escapes\n\n"Hello \x1b[31mred\x1b]0;title\x07 \x9b2J world," he said.\n')
    assert cli("ingest", str(article))[0] == 0
    for args in (("search", "hello"), ("show", "1"), ("variants", "1"), ("search", "hello", "--format", "json")):
        status, out, _ = cli(*args)
        assert status == 0 and "hello" in out.lower()
        assert not any(c in out for c in "\x1b\x07\x9b"), args


def test_a_database_that_cannot_be_opened_is_one_clear_line(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTES_DB", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    status, _, err = cli("search", "x")
    assert status == 1 and err.startswith("quotes search: cannot open the database") and err.count("\n") == 1


def test_the_search_command_does_not_import_sqlalchemy(seeded_cli, db_url):
    code = (
        "import sys; from quotes.cli import main; main(['search', 'signal', '--db', sys.argv[1]]);"
        "print('sqlalchemy' in sys.modules, 'sqlmodel' in sys.modules, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code, db_url], capture_output=True, text=True, check=True)
    assert out.stderr.strip().endswith("False False")


def _run_main(capsys, *args: str) -> tuple[int, str, str]:
    """``quotes ARGS`` with argparse's own exit (a usage error) turned into a status."""
    try:
        status = main(list(args))
    except SystemExit as exit_:
        status = exit_.code
    out, err = capsys.readouterr()
    return status, out, err


def test_counts_are_whole_numbers_from_zero_and_any_size(seeded_cli, capsys):
    for args in (
        ("search", "--offset", "-5"),
        ("search", "--limit", "-1"),
        ("compare", "Erdogan", "--limit", "-1"),
        ("speakers", "--limit", "-1"),
    ):
        status, out, err = _run_main(capsys, *args)
        assert status == 2 and not out and "must be 0 or more" in err, args  # not 'showing -4--4'
    huge = str(10**20)  # beyond SQLite's integers: was an OverflowError traceback
    status, out, err = seeded_cli("search", "--limit", huge)
    total = len(out.splitlines()) - 1  # every quote, under the header
    assert status == 0 and total > 50 and f"{total} quotes match; showing 1-{total}." in err
    status, out, err = seeded_cli("search", "S-400", "--offset", huge)
    assert status == 0 and "showing none" in err
    for command in ("show", "variants"):
        status, out, err = seeded_cli(command, huge)
        assert (status, out) == (1, "") and err == f"quotes {command}: no quote with id {huge}\n"


READ_ONLY = (
    ("search", "x"), ("show", "1"), ("variants", "1"), ("speakers",), ("compare", "Erdogan"),
    ("export", "--csv", "-"), ("reparse",),
)


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: a[0])
def test_a_mistyped_database_path_is_named_and_nothing_is_created(args, tmp_path, capsys):
    missing = tmp_path / "typo" / "quotes.sqlite"
    status, out, err = _run_main(capsys, *args, "--db", str(missing))
    assert (status, out) == (1, "")
    assert err == f"quotes {args[0]}: no database at {missing}: 'quotes ingest PATH' creates one\n"
    assert not (tmp_path / "typo").exists()  # was: a new folder and an empty database, "0 quotes match"


def test_ingest_creates_the_database_it_is_given(tmp_path, seeds, capsys):
    target = tmp_path / "new" / "quotes.sqlite"
    status, out, _ = _run_main(capsys, "ingest", str(seeds / "000_ea731dc59f6929ed.txt"), "--db", str(target))
    assert status == 0 and out.startswith("1 document stored, ") and target.is_file()


@pytest.mark.parametrize("url", ["mysql://me@host/db", "https://example.com/quotes.sqlite", "foo://bar"])
def test_an_unsupported_database_url_is_refused_and_creates_nothing(url, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for command in (("search", "x"), ("ingest", "."), ("speakers",)):
        status, out, err = _run_main(capsys, *command, "--db", url)
        assert (status, out) == (1, "") and err.count("\n") == 1, command
        assert err.startswith(f"quotes {command[0]}: cannot open the database: unsupported database URL {url!r}")
    assert list(tmp_path.iterdir()) == []  # was: a folder named 'mysql:' holding an empty SQLite file


class _FailingStdout(io.TextIOBase):
    """A standard output whose writes fail with ``error``; like a captured stream, it has no descriptor."""

    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, text: str) -> int:
        raise self.error

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


@pytest.mark.parametrize("args", [("export", "--csv", "-"), ("search", "S-400"), ("speakers",), ("show", "1")])
def test_a_reader_that_stops_early_is_not_an_error(seeded_cli, args, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _FailingStdout(BrokenPipeError(32, "Broken pipe")))
    assert main(list(args)) == 0  # quotes export --csv - | head: was 'cannot write -: Broken pipe', status 1
    assert capsys.readouterr().err in ("", "1 quote matches; showing 1-1. 'quotes show ID' for one in context.\n")


@pytest.mark.parametrize("args", [("export", "--csv", "-"), ("search", "S-400"), ("speakers",), ("show", "1")])
def test_output_to_a_full_disk_is_one_clear_line(seeded_cli, args, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _FailingStdout(OSError(28, "No space left on device")))
    assert main(list(args)) == 1  # search, speakers, show: was an OSError traceback
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"quotes {args[0]}: ") and "No space left on device" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_search_into_dev_full_exits_with_one_line(seeded_cli, db_url, tmp_path):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "quotes", "search", "--db", db_url], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    assert done.returncode == 1 and done.stderr == "quotes search: stopped: No space left on device\n"


def _help_examples() -> list[tuple[str, list[str]]]:
    """Every ``quotes ...`` example of the database commands' help that runs on its own (no pipe,
    no redirection, no other database, no file that is not there)."""
    import importlib
    import shlex

    examples = []
    for command in COMMANDS:
        module = importlib.import_module(f"quotes.cli.{command}")
        for line in module.EXAMPLES.splitlines():
            if not line.startswith("  quotes ") or any(c in line for c in "|>") or "postgresql" in line:
                continue
            args = shlex.split(line, comments=True)[1:]
            if "--db" in args:  # the seeded database stands for the one named
                i = args.index("--db")
                del args[i : i + 2]
            if any(a.endswith((".txt", ".jsonl")) and not (REPO / a).exists() for a in args):
                continue
            examples.append((command, args))
    return examples


REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("command", "args"), _help_examples(), ids=lambda x: " ".join(x) if isinstance(x, list) else x)
def test_every_help_example_runs_on_the_seeds_and_finds_something(seeded_cli, command, args, tmp_path, monkeypatch):
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    monkeypatch.chdir(tmp_path)
    status, out, err = seeded_cli(*args)
    assert status == 0, err
    if command in ("search", "compare", "speakers", "show", "variants"):
        assert len(out.splitlines()) >= 2 and " 0 quotes" not in out and not err.startswith("0 quotes match"), out


def test_a_speaker_filter_that_names_nobody_says_so(seeded_cli):
    status, out, err = seeded_cli("search", "--speaker", "Erdo")  # part of a word: not a name
    assert status == 0 and err.splitlines()[-1].startswith("no speaker is named 'Erdo'")
    status, out, err = seeded_cli("search", "sanctions", "--speaker", "Pompeo")  # a speaker, not on this topic
    assert status == 0 and "0 quotes match" in err and "no speaker" not in err
    status, out, _ = seeded_cli("compare", "Erdo", "Pompeo", "--limit", "1")
    assert status == 1 and "== Erdo: no speaker is named 'Erdo'" in out and "== Pompeo (Mike Pompeo): " in out


@pytest.mark.parametrize("columns", [80, 50, 200])
def test_the_ingest_progress_bar_fits_the_terminal(columns):
    from quotes.cli.ingest import ProgressBar

    out = io.StringIO()
    bar = ProgressBar(out, columns=columns)
    bar.start -= 1  # a run long enough to show a bar
    bar(1_000_000, 4_000_000, "corpus/" + "a-very-long-folder-name/" * 5 + "story.txt")
    bar.finish()
    drawn = [piece for piece in out.getvalue().split("\r") if piece]
    assert drawn and all(len(piece) < columns for piece in drawn)  # was 93 wide: a new line per redraw at 80
    assert "25%" in drawn[0] and (columns < 80 or drawn[0].rstrip().endswith("story.txt"))


@pytest.mark.parametrize("command", [("search", "x"), ("ingest", "."), ("show", "1")])
def test_a_folder_given_as_the_database_is_named_as_such(command, tmp_path, capsys):
    status, out, err = _run_main(capsys, *command, "--db", str(tmp_path))
    assert (status, out) == (1, "")  # was: 'OperationalError: unable to open database file'
    assert err == f"quotes {command[0]}: {tmp_path} is a folder: give the database's file (e.g. {tmp_path / 'quotes.sqlite'})\n"

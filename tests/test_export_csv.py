"""CSV export: every cell as spreadsheet_safe makes it, RFC 4180 framing, rows in order across pages."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.safe_text import spreadsheet_safe, terminal_safe
from quotes.store.export import CSV_COLUMNS, has_control
from quotes.textio import storable

TEXT_CELLS = ("text", "mention", "cue", "via", "outlet", "title", "path", "url")
HOSTILE = [
    "=1+2", "\t=x", "\r=y", "\uff1dSUM(A1)", "\x1b[31mred", "-5", "+", "@cmd", "plain", "", "'quoted", "é=1",
    'say "=cmd"', '"=cmd"', ',"=x', 'a,b\n"c"\r\nd', "\u202eevil\u2069", "\x9b31m", "\x7f", "line\x0bfeed",
]


def _store(db, value: str, n: int = 1) -> None:
    """``n`` quotes (and their document) with ``value`` in every text column the export writes."""
    b = db._b
    with b.transaction():
        (doc,) = b.rows_of(
            "INSERT INTO documents (sha256, path, url, outlet, title, ingested, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [f"{hash((value, n)) & 0xFFFFFFFF:064x}", value, value, value, value, datetime(2024, 1, 1), "x"],
        )
        b.executemany_rows(
            "INSERT INTO quotes (document_id, text, start_char, end_char, kind, mention, cue, via, method,"
            " confidence, utterance, search_text, outlet) VALUES (?, ?, 0, 1, 'direct', ?, ?, ?, 'test', 0.5, ?, '', ?)",
            [(doc[0], value, value, value, value, i, value) for i in range(n)],
        )


def _export(db, **kwargs) -> str:
    out = io.StringIO()
    db.export_csv(out, **kwargs)
    return out.getvalue()


@pytest.mark.parametrize("value", HOSTILE)
def test_every_text_cell_is_what_spreadsheet_safe_makes_it(db, value: str) -> None:
    _store(db, value)
    (row,) = list(csv.DictReader(io.StringIO(_export(db))))
    assert tuple(row) == CSV_COLUMNS
    for column in TEXT_CELLS:
        assert row[column] == spreadsheet_safe(value), column
    assert (row["kind"], row["method"], row["confidence"], row["utterance"]) == ("direct", "test", "0.5", "0")
    assert row["statement_id"] == row["sources"] == row["published"] == row["speaker"] == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(max_size=40).map(storable))
def test_any_text_round_trips_through_the_csv_as_spreadsheet_safe_makes_it(tmp_path, value: str) -> None:
    from quotes import QuoteDB

    with QuoteDB(tmp_path / f"h{abs(hash(value))}.sqlite") as db:
        _store(db, value)
        path = tmp_path / "out.csv"
        assert db.export_csv(path) == 1
        data = path.read_bytes()
    assert not has_control(data)
    (row,) = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert {row[c] for c in TEXT_CELLS} == {spreadsheet_safe(value)}


def test_rows_come_in_id_order_across_pages_and_a_path_gets_the_same_bytes(db, tmp_path, monkeypatch) -> None:
    import quotes.store.api as api

    monkeypatch.setattr(api, "PAGE", 3)
    for value in ("=a", "b,c", "plain"):
        _store(db, value, n=4)
    text = _export(db)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(r["id"]) for r in rows] == sorted(int(r["id"]) for r in rows) and len(rows) == 12
    assert [r["text"] for r in rows] == ["'=a"] * 4 + ["b,c"] * 4 + ["plain"] * 4
    path = tmp_path / "out.csv"
    assert db.export_csv(path) == 12
    assert path.read_bytes() == text.encode("utf-8")
    assert len(list(csv.reader(io.StringIO(_export(db, sort="date", limit=5, offset=2))))) == 6


@pytest.mark.parametrize("char", [chr(c) for c in (*range(0x20), *range(0x7F, 0xA1), *range(0x2028, 0x206A))])
def test_the_byte_check_finds_exactly_what_terminal_safe_replaces(char: str) -> None:
    text = f"£ “{char}” é"
    assert has_control(text.encode()) == (terminal_safe(text) != text)


@given(st.text())
def test_the_byte_check_agrees_with_terminal_safe_on_any_text(text: str) -> None:
    text = storable(text)
    assert has_control(text.encode()) == (terminal_safe(text) != text)


def test_numbers_stay_bare_and_text_is_quoted(seeded) -> None:
    line = _export(seeded).splitlines()[1]
    assert re.match(r'\d+,\d*,\d*,"', line)


@pytest.mark.parametrize(
    "bad", [{"query": '"open', "raw": True}, {"since": "2020-12-20", "until": "2020-12-01"}, {"kind": "quoted"}]
)
def test_an_export_that_cannot_run_leaves_the_file_as_it_was(seeded, tmp_path, bad):
    target = tmp_path / "important.csv"
    target.write_text("an earlier export\n", encoding="utf-8")
    with pytest.raises(ValueError):  # QuerySyntaxError is one
        seeded.export_csv(target, **bad)
    assert target.read_text(encoding="utf-8") == "an earlier export\n"  # was: truncated to the header


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_an_export_over_the_database_itself_is_refused(tmp_path, seeds, suffix, monkeypatch, capsys):
    from quotes import QuoteDB
    from quotes.cli import main

    path = tmp_path / "work.sqlite"
    with QuoteDB(str(path)) as db:
        assert db.ingest(seeds / "000_ea731dc59f6929ed.txt").ok
        stored = db.count()
        with pytest.raises(ValueError, match="is the database itself"):
            db.export_csv(tmp_path / f"work.sqlite{suffix}")
    monkeypatch.chdir(tmp_path)  # the same file by a relative name, as a typo on the command line makes it
    assert main(["export", "--csv", f"work.sqlite{suffix}", "--db", str(path)]) == 1
    assert "is the database itself" in capsys.readouterr().err
    with QuoteDB(str(path)) as db:
        assert db.count() == stored  # was: the database overwritten by CSV, 'file is not a database'

"""Counts are worded for their number: "1 quote matches", "1 document stored" (they said "1 quotes match",
"1 documents stored"), in the CLI and the TUI."""

from __future__ import annotations

from pathlib import Path

from quotes.plural import counted
from quotes.results import IngestReport


def test_one_is_singular_and_every_other_number_plural():
    assert [counted(n, "quote") for n in (0, 1, 2)] == ["0 quotes", "1 quote", "2 quotes"]
    assert counted(1, "copy", "copies") == "1 copy" and counted(3, "copy", "copies") == "3 copies"


def test_the_cli_words_a_count_of_one_in_the_singular(cli, tmp_path: Path):
    article = tmp_path / "one.txt"
    article.write_text('"We will cut taxes for every family," the finance minister, Jane Doe, said on Tuesday.\n')
    status, out, _ = cli("ingest", str(article))
    assert status == 0 and out.startswith("1 document stored, 1 quote, 1 new speaker, 0 skipped")
    status, _, err = cli("search", "taxes")
    assert status == 0 and err.startswith("1 quote matches; showing 1-1.")
    status, _, err = cli("export", "--csv", str(tmp_path / "out.csv"))
    assert status == 0 and err.startswith("1 quote written to ")
    status, out, _ = cli("show", "1")
    assert status == 0 and "reported by 1 source\n" in out
    status, out, _ = cli("variants", "1")
    assert status == 0 and out.startswith("1 occurrence in 1 document\n")
    status, out, _ = cli("reparse")
    assert status == 0 and out.startswith("1 document reparsed, 1 quote, 0 removed, 0 new speakers")
    status, out, _ = cli("compare", "Jane Doe")
    assert status == 0 and "== Jane Doe: 1 quote" in out


def test_the_tui_ingest_summary_words_a_count_of_one_in_the_singular():
    from tui.screens.ingest import summary

    text = summary(IngestReport(documents=1, skipped=2, copies=1, quotes=1, speakers=1)).plain
    assert text == "1 new document, 1 quote, 1 speaker, 2 skipped (1 copy of stored texts recorded)"

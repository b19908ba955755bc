"""Issue 6, untrusted text stays text: Rich/Textual markup from an article shows literally in the TUI,
cells a spreadsheet would run are neutralised in CSV, and no terminal escape from an article (or its
file name) reaches the terminal through any CLI command."""

from __future__ import annotations

import asyncio
import csv
import html
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes import QuoteDB
from quotes.safe_text import spreadsheet_safe, terminal_safe

from reliability_support import assert_no_traceback, cli
from tui_support import settle

ESC = "\x1b"
CLEAR = ESC + "[2J"
OSC8 = ESC + "]8;;https://evil.example/\x07click" + ESC + "]8;;\x07"  # a hidden hyperlink
OSC52 = ESC + "]52;c;ZXZpbA==\x07"  # writes the clipboard
C1_CSI = "\x9b31m"  # the one-byte CSI
MARKUP = "[bold red]x[/]"
LINK = "[link=https://evil.example]clear[/link]"
FORMULAS = ("=HYPERLINK('https://evil.example')", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)")
ARTICLE = (
    f"Officials {MARKUP} speak on the deal\n\n"
    f"Hulusi Akar said on Monday: “We will stand firm {CLEAR} today {OSC8} and {OSC52} now\x07 {C1_CSI} here.”\n\n"
    f"Mike Pompeo said on Tuesday: “Our {MARKUP} position is {LINK} to all of our allies.”\n\n"
    f"“{FORMULAS[0]} is what we will send,” the spokesman Jens Stoltenberg said.\n\n"
    f"“{FORMULAS[1]} is the plan for the day,” Jens Stoltenberg told reporters.\n\n"
    f"“{FORMULAS[2]} would be the count of the delegations,” Maria Zakharova said.\n\n"
    f"“{FORMULAS[3]} is the answer we gave them,” Mevlüt Çavuşoğlu said.\n"
)
SIDECAR = {"outlet": f"=cmd|'/C calc'!A0 {LINK}", "title": f"@Evil {MARKUP}\x1b[31m", "url": "+https://evil.example/?q=[b]"}
DANGER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters that must never be printed (tab and newline are fine)."""
BAD_NAME = "evil\x1b[2J\x07.txt"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder with the hostile article (its sidecar, a file name with escapes) and a database holding it."""
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "article.json").write_text(json.dumps(SIDECAR), encoding="utf-8")
    (folder / BAD_NAME).write_text(ARTICLE.replace("Monday", "Friday"), encoding="utf-8")
    (folder / ("broken" + OSC52 + ".jsonl")).write_text("{not json\n", encoding="utf-8")  # its failure names it
    dbfile = root / "q.sqlite"
    with QuoteDB(str(dbfile)) as db:
        report = db.ingest([folder])
        assert report.documents == 2 and len(report.failed) == 1
    return folder, dbfile


# --- terminal ---------------------------------------------------------------
def _assert_clean(proc) -> None:
    assert_no_traceback(proc)
    found = DANGER.findall(proc.stdout + proc.stderr)
    assert not found, sorted(set(found))


def test_no_escape_from_an_article_reaches_the_terminal(hostile: tuple[Path, Path]) -> None:
    folder, dbfile = hostile
    db = str(dbfile)
    with QuoteDB(db) as q:
        akar = q.search("stand firm", limit=10)
        assert akar and any(ESC in r.text for r in akar)  # the escapes are stored as written
        ids = [r.id for r in q.search("", limit=100)]
    commands = [
        ["search", "stand firm", "--db", db],
        ["search", "--db", db, "--limit", "100"],
        ["search", "stand firm", "--db", db, "--format", "json"],
        ["search", "stand firm", "--db", db, "--format", "csv"],
        ["speakers", "--db", db],
        ["variants", str(akar[0].id), "--db", db],
        ["compare", "Akar", "Pompeo", "--db", db],
        ["export", "--csv", "-", "--db", db],
        ["extract", str(folder / "article.txt")],
        ["extract", str(folder / "article.txt"), "--json"],
        ["ingest", str(folder), "--db", db],  # prints the failure line with the escaped file name
        *[["show", str(i), "--db", db] for i in ids],
    ]
    leaks = {}
    for argv in commands:
        proc = cli(*argv)
        assert proc.returncode in (0, 1), (argv, proc.stderr)
        assert_no_traceback(proc)
        if found := DANGER.findall(proc.stdout + proc.stderr):
            leaks[" ".join(argv[:2])] = sorted(set(found))
        if argv[0] == "ingest":
            assert "broken" in proc.stderr and "not valid JSON" in proc.stderr
        if argv[0] in ("show", "search", "extract") and "--format" not in argv and "--json" not in argv:
            assert proc.stdout.strip(), argv
    assert not leaks


def test_show_keeps_the_words_around_a_neutralised_escape(hostile: tuple[Path, Path]) -> None:
    _, dbfile = hostile
    with QuoteDB(str(dbfile)) as db:
        (rec,) = [r for r in db.search("stand firm", limit=10) if "Monday" in (db.context(r.id).paragraph)]
    proc = cli("show", str(rec.id), "--db", str(dbfile))
    _assert_clean(proc)
    assert "We will stand firm \ufffd[2J today" in proc.stdout
    assert "⟦" in proc.stdout and "⟧" in proc.stdout  # the quote is marked without escapes when not a tty


@given(st.text())
def test_terminal_safe_leaves_no_control_character_and_keeps_the_rest(text: str) -> None:
    safe = terminal_safe(text)
    assert not DANGER.search(safe)
    assert len(safe) == len(text)
    assert all(a == b or b == "\ufffd" for a, b in zip(text, safe))


# --- spreadsheets -------------------------------------------------------------
@given(st.text())
def test_spreadsheet_safe_never_starts_a_formula_and_keeps_the_text(cell: str) -> None:
    safe = spreadsheet_safe(cell)
    assert not safe or safe[0] not in "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
    assert safe in (terminal_safe(cell), "'" + terminal_safe(cell))
    assert not DANGER.search(safe)


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _check_csv(rows: list[dict[str, str]]) -> None:
    assert rows
    for row in rows:
        for column, cell in row.items():
            if column in ("confidence", "start", "end", "id", "statement_id", "document_id", "sources", "utterance"):
                float(cell or 0)  # numbers stay numbers
                continue
            assert not cell or cell[0] not in "=+-@\t\r", (column, cell)
    texts = {r["text"] for r in rows}
    for formula in FORMULAS:
        hits = [t for t in texts if t.startswith("'" + formula)]
        assert hits, (formula, texts)  # neutralised, and the words kept after the apostrophe
    outlets = {r["outlet"] for r in rows}
    assert "'" + SIDECAR["outlet"] in outlets
    assert {r["url"] for r in rows} >= {"'" + SIDECAR["url"]}


def test_csv_export_neutralises_formulas_api_and_cli(hostile: tuple[Path, Path], tmp_path: Path) -> None:
    _, dbfile = hostile
    out = tmp_path / "out.csv"
    with QuoteDB(str(dbfile)) as db:
        assert db.export_csv(out) == db.count()
    _check_csv(_csv_rows(out.read_text(encoding="utf-8")))
    proc = cli("export", "--csv", "-", "--db", str(dbfile))
    _assert_clean(proc)
    _check_csv(_csv_rows(proc.stdout))
    proc = cli("search", "--db", str(dbfile), "--format", "csv", "--limit", "100")
    _check_csv(_csv_rows(proc.stdout))


# --- TUI ------------------------------------------------------------------------
def _screen_text(app) -> str:
    """What the screen shows, as text (from Textual's own SVG screenshot)."""
    svg = app.export_screenshot()
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S))).replace("\xa0", " ")


def test_tui_shows_markup_from_an_article_literally(hostile: tuple[Path, Path]) -> None:
    from textual.widgets import Input

    from tui.app import QuotesApp
    from tui.screens.detail import DetailScreen

    _, dbfile = hostile

    async def scenario(db: QuoteDB) -> None:
        app = QuotesApp(db)
        async with app.run_test(size=(220, 50)) as pilot:
            await settle(pilot)
            app.screen.query_one("#query", Input).value = "position allies"
            await settle(pilot)
            shown = _screen_text(app)
            assert f"Our {MARKUP} position is {LINK}" in shown
            (pompeo, *_) = db.search("position allies")
            app.push_screen(DetailScreen(pompeo.id))
            await settle(pilot)
            shown = _screen_text(app)
            assert f"Our {MARKUP} position is {LINK} to all of our allies." in shown
            assert SIDECAR["outlet"] in shown and f"@Evil {MARKUP}" in shown
            (akar, *_) = [r for r in db.search("stand firm") if "Monday" in db.context(r.id).paragraph]
            app.push_screen(DetailScreen(akar.id))
            await settle(pilot)
            shown = _screen_text(app)
            assert "We will stand firm \ufffd[2J today" in shown
            assert not DANGER.search(shown)

    with QuoteDB(str(dbfile)) as db:
        asyncio.run(scenario(db))

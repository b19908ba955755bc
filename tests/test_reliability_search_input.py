"""Issue 6, search input: search, count, facets and the filters take any string on SQLite and
PostgreSQL; the CLI never shows a traceback; a query that cannot run says why."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes import QuoteDB
from quotes.cli import main as quotes_main
from quotes.store import QuerySyntaxError

from reliability_support import assert_no_traceback, cli
from tui_support import settle

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Pieces a user (or a paste from a document) may type: FTS syntax, stray marks, scripts of every direction.
NASTY = [
    '"', "'", "*", '"*"', "(", ")", "()", "NEAR(", "NEAR(a b, 2)", "AND", "OR", "NOT", "-", "+", "^", ":",
    "text:", "quotes MATCH 'x'", "'; DROP TABLE quotes; --", "%", "_", "\\", "\x00", "\x1b[2J", "\u202e",
    "“", "”", "«", "»", "‘", "’", "clear", "signal", "Erdoğan", "erdogan", "S-400", "Pompeo", "ERDOĞAN",
    "مرحبا بالعالم", "שלום", "🙂", "👩\u200d👩\u200d👧", "e\u0301", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ufeff", "\ud7ff",
]
queries = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(NASTY), max_size=8).map(" ".join),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)), max_size=6).map("".join),
)
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def seeded_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[QuoteDB]:
    """The seeds in one database per backend, shared by this module's read-only tests."""
    url = str(tmp_path_factory.mktemp("search") / "q.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_database")
    db = QuoteDB(url)
    assert db.ingest([SEEDS]).ok
    yield db
    db.close()


@FUZZ
@given(q=queries)
def test_search_count_and_facets_take_any_text(seeded_db: QuoteDB, q: str) -> None:
    found = seeded_db.search(q, limit=500)
    assert seeded_db.count(q) == len(found)
    facets = seeded_db.facets(q)
    assert sum(n for _, n in facets.kinds) == len(found)
    assert {r.id for r in seeded_db.search(q, sort="date", limit=500)} == {r.id for r in found}


@FUZZ
@given(speaker=st.one_of(queries, st.none()), outlet=st.one_of(queries, st.none()), q=queries)
def test_filters_take_any_text(seeded_db: QuoteDB, speaker: str | None, outlet: str | None, q: str) -> None:
    found = seeded_db.search(q, speaker=speaker, outlet=outlet, limit=500)
    assert seeded_db.count(q, speaker=speaker, outlet=outlet) == len(found)
    seeded_db.facets(q, speaker=speaker, outlet=outlet)
    assert seeded_db.compare([speaker or ""], q).keys() == {speaker or ""}


@FUZZ
@given(q=queries)
def test_raw_queries_either_run_or_say_why(seeded_db: QuoteDB, q: str) -> None:
    try:
        found = seeded_db.search(q, raw=True, limit=500)
    except QuerySyntaxError as exc:
        assert str(exc).startswith("invalid raw search query")
        with pytest.raises(QuerySyntaxError):
            seeded_db.count(q, raw=True)
        return
    assert seeded_db.count(q, raw=True) == len(found)


@FUZZ
@given(value=st.one_of(st.text(max_size=20), st.sampled_from(["2020-13-01", "yesterday", "2020-02-30", "\x00", "0"])))
def test_a_bad_date_or_kind_is_refused_with_a_reason(seeded_db: QuoteDB, value: str) -> None:
    for kw in ({"since": value}, {"until": value}, {"kind": value}):
        try:
            seeded_db.search("", limit=1, **kw)
        except ValueError as exc:
            assert str(exc)  # says why
            assert value not in ("direct", "partial", "indirect")


def test_user_text_with_operators_and_stray_marks_means_its_words(seeded_db: QuoteDB) -> None:
    plain = {r.id for r in seeded_db.search("clear signal", limit=100)}
    assert plain  # the seeds hold Pompeo's "clear signal"
    for q in ('"clear signal', 'clear signal"', "clear* signal*", "(clear) (signal)", "clear\x00signal",
              "«clear» “signal”", "CLEAR   SIGNAL", "clear - signal", "clear:signal"):
        assert {r.id for r in seeded_db.search(q, limit=100)} == plain, q
    # "-signal" leaves signal out (test_search_exclusion): what "clear" finds besides
    assert {r.id for r in seeded_db.search("clear -signal", limit=100)} == {r.id for r in seeded_db.search("clear", limit=100)} - plain
    # no word at all (a lone '"' typed to start a phrase): what an empty query shows, not nothing
    everything = seeded_db.search("", limit=100)
    for q in ('"', "*", '"*"', "-", "  ()  "):
        assert seeded_db.search(q, limit=100) == everything and seeded_db.count(q) == len(everything), q
        assert seeded_db.facets(q) == seeded_db.facets("") and seeded_db.search(q, prefix=True, limit=100) == everything
    assert seeded_db.count('"', kind="direct") == seeded_db.count(kind="direct")
    assert seeded_db.search("*", raw=True) == []  # a raw query is taken as typed: operators alone find nothing
    long_query = "signal " * 5000
    assert {r.id for r in seeded_db.search(long_query, limit=100)} >= plain


def test_the_cli_says_a_query_with_no_word_matches_every_quote(seeded_db: QuoteDB) -> None:
    for command in (["search", '"'], ["search", '"', "--format", "json"], ["export", "--csv", "-", "--query", "*"]):
        status, out, err = _run_cli(*command, "--db", seeded_db.url)
        assert status == 0 and "the query" in err and "has no word to search for: every quote matches" in err, command
        assert out.count("\n") >= 20, command  # (search shows 20 by default)
    status, out, err = _run_cli("search", "-n", "1000", "--format", "json", "--db", seeded_db.url)
    assert _run_cli("search", '"', "-n", "1000", "--format", "json", "--db", seeded_db.url)[1] == out and "the query" not in err


def _run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = quotes_main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "q.sqlite"
    with QuoteDB(str(path)) as db:
        assert db.ingest([SEEDS]).ok
    return str(path)


@settings(max_examples=60, deadline=None)
@given(q=queries, fmt=st.sampled_from(["table", "json", "csv"]), raw=st.booleans())
def test_cli_search_takes_any_text(seeded_file: str, q: str, fmt: str, raw: bool) -> None:
    # "--" ends the options: a query may start with "-" (argparse would read it as an option otherwise)
    code, out, err = _run_cli("search", "--db", seeded_file, "--format", fmt, *(["--raw"] if raw else []), "--", q)
    if code:
        assert raw and err.startswith("quotes search: invalid raw search query"), err
    assert "\x1b" not in out + err


def test_cli_search_in_a_real_process_reports_bad_queries_without_traceback(seeded_file: str) -> None:
    cases = [
        (["search", 'NEAR(clear signal', "--raw"], 1, "quotes search: invalid raw search query"),
        (["search", "clear OR", "--raw"], 1, "quotes search: invalid raw search query"),
        (["search", "x", "--since", "last week"], 1, "quotes search:"),
        (["search", "مرحبا 🙂 \u202e \x1b[2J " * 300], 0, "0 quotes match"),
        (["speakers"], 0, ""),
    ]
    for argv, code, message in cases:
        proc = cli(*argv, "--db", seeded_file)
        assert_no_traceback(proc)
        assert proc.returncode == code, (argv, proc.stderr)
        assert message in proc.stderr, (argv, proc.stderr)
        assert "\x1b" not in proc.stdout + proc.stderr


TUI_QUERIES = [
    '"', "*", '"*"', "NEAR(", "clear OR", "'; DROP TABLE quotes; --", "\x00", "sanctions\x00", "\x1b[2J",
    "[bold red]x[/]", "[link=https://example.org]x[/link]", "مرحبا بالعالم", "שלום", "🙂👩\u200d👩\u200d👧",
    "\u202eclear", "signal " * 400, '"clear signal', "S-400", "erdogan",
]


def test_tui_search_box_takes_any_text(tmp_path: Path) -> None:
    import asyncio

    from textual.widgets import Input, Static

    from tui.app import QuotesApp
    from tui.widgets.results import ResultsTable

    async def scenario(db: QuoteDB) -> None:
        app = QuotesApp(db)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            box = app.screen.query_one("#query", Input)
            for q in TUI_QUERIES:
                box.value = q
                await settle(pilot)
                shown = [r.id for r in app.screen.query_one(ResultsTable).records.values()]
                assert shown == [r.id for r in db.search(q, prefix=True)], q  # the TUI matches the last word as a prefix
                status = app.screen.query_one("#status", Static).content
                assert "failed" not in str(getattr(status, "plain", status)), (q, status)
            assert app.return_code is None  # still running: nothing crashed it

    with QuoteDB(str(tmp_path / "q.sqlite")) as db:
        assert db.ingest([SEEDS]).ok
        asyncio.run(scenario(db))


ODD_INPUT = ["\x00", "a\x00b", "/no/such/folder/x", "\u202e🙂 مرحبا", "x" * 5000, '"*" NEAR( [bold]x[/]']


@pytest.mark.parametrize("box", ["#export-path", "#topic"])
def test_tui_text_boxes_take_any_text(box: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export path and the compare topic: odd text gets a message, never a crash.

    (The ingest dialog is left out: driven this way from pytest it never settles, even with a plain
    path; its odd paths are handled since 71ff0d8, checked by hand.)"""
    import asyncio

    from textual.widgets import Input

    from tui.app import QuotesApp

    monkeypatch.chdir(tmp_path)  # an export may write x...x.csv here
    key = {"#export-path": "ctrl+s", "#topic": "ctrl+o"}[box]

    async def scenario(db: QuoteDB, value: str) -> None:
        app = QuotesApp(db)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            await pilot.press(key)
            await settle(pilot)
            field = app.screen.query_one(box, Input)
            field.value = value
            field.focus()
            await pilot.press("enter")
            await settle(pilot)
            assert app.return_code is None and app.is_running

    with QuoteDB(str(tmp_path / "q.sqlite")) as db:
        assert db.ingest([SEEDS]).ok
        for value in ODD_INPUT:
            asyncio.run(scenario(db, value))

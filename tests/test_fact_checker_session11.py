"""Session 11 review: a fact-checker establishing who said what about Turkey's S-400 (the seeds) and the
UK election (BBC), in the TUI, the CLI and the API. Each test failed on b984ffe."""

from __future__ import annotations

import asyncio
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import REPO, assert_no_traceback, cli
from test_fact_checker_session10 import _type_dates
from test_reliability_disk_full_readonly import _without_write_override
from test_speaker_links import FULL, SURNAME, _articles
from test_tui_flows import _plain
from tui_support import empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.detail import DetailScreen
from tui.screens.export import ExportScreen
from tui.screens.variants import VariantsScreen
from tui.widgets.facets import FacetList
from tui.widgets.quote_card import QuoteCard

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


# --- S11-2: the variants say which source quotes the speaker and which paraphrases -------------------

QUOTED = '"We will not give up the S-400 whatever Washington says," Erdogan told reporters in Ankara on Tuesday.'
PARAPHRASED = "Erdogan said that we will not give up the S-400 whatever Washington says, according to the agency."


def _quoted_and_paraphrased(db: QuoteDB, folder: Path) -> int:
    feed = folder / "wire.jsonl"
    feed.write_text("".join(json.dumps({"outlet": o, "url": f"https://{o.lower()}.example/1", "text": t}) + "\n"
                            for o, t in (("Agency", QUOTED), ("Daily", PARAPHRASED))))
    assert db.ingest([str(feed)]).ok
    kinds = {q.outlet: q.kind for q in db.search("give up the S-400 whatever Washington says")}
    assert kinds == {"Agency": "direct", "Daily": "indirect"}, kinds
    [quoted] = [q for q in db.search("give up the S-400 whatever Washington says") if q.kind == "direct"]
    assert len(db.variants(quoted.id)) == 2
    return quoted.id


def test_the_variants_command_gives_each_reports_kind(tmp_path: Path):
    db_path = tmp_path / "q.sqlite"
    with QuoteDB(str(db_path)) as db:
        quote_id = _quoted_and_paraphrased(db, tmp_path)
    proc = cli("variants", str(quote_id), "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "2 occurrences in 2 documents; the reports differ in kind: 1 direct, 1 indirect"
    heads = [line for line in lines if line.startswith("#")]
    assert [h.split()[1] for h in heads] == ["direct", "indirect"], heads


def test_the_variants_screen_gives_each_reports_kind(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = QuoteDB(str(tmp_path / "q.sqlite"))
    quote_id = _quoted_and_paraphrased(db, tmp_path)

    async def scenario():
        app = QuotesApp(db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.push_screen(VariantsScreen(quote_id))
            await settle(pilot)
            title = " ".join(_plain(app.screen.query_one("#variants-title")).split())
            assert "the reports differ in kind: 1 direct, 1 indirect" in title, title
            cards = [str(card.border_title) for card in app.screen.query(QuoteCard)]
            assert [c.split(" · ")[1] for c in cards] == ["direct", "indirect"], cards

    try:
        asyncio.run(scenario())
    finally:
        db.close()


# --- S11-3: "Also reported by" gives a paraphrase without quotation marks ---------------------------


def test_also_reported_by_does_not_put_a_paraphrase_in_quotation_marks(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = QuoteDB(str(tmp_path / "q.sqlite"))
    quote_id = _quoted_and_paraphrased(db, tmp_path)
    [paraphrase] = [v.quote for v in db.variants(quote_id) if v.quote.kind == "indirect"]

    async def scenario():
        app = QuotesApp(db)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.push_screen(DetailScreen(quote_id))
            await settle(pilot)
            also = " ".join(_plain(app.screen.query_one("#also")).split())
            assert f"Reported, not quoted: {paraphrase.text} — Recep Tayyip Erdogan" in also, also
            assert "“" not in also  # was “we will not give up the S-400 ...” — Recep Tayyip Erdogan
            app.push_screen(DetailScreen(paraphrase.id))  # and the other way round: his words keep their marks
            await settle(pilot)
            also = " ".join(_plain(app.screen.query_one("#also")).split())
            assert "“We will not give up the S-400 whatever Washington says,” — Recep Tayyip Erdogan" in also, also

    try:
        asyncio.run(scenario())
    finally:
        db.close()


# --- S11-4: a database file that may not be written is said so before any work --------------------

_TUI_INGEST = """
import asyncio, sys
sys.path.insert(0, "tests")
from quotes import QuoteDB
from tui_support import empty_db, run, seeded_db, workdir  # noqa: F401 (fixtures)
from tui.app import QuotesApp
from tui_support import settle
from textual.widgets import ProgressBar

async def main():
    db = QuoteDB(sys.argv[1])
    app = QuotesApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        app.screen.query_one("#ingest-path").value = sys.argv[2]
        await pilot.press("enter")
        await settle(pilot)
        print(app.screen.query_one("#ingest-message").content.plain)
        print("bar shown" if app.screen.query_one(ProgressBar).display else "bar hidden")
    db.close()

asyncio.run(main())
"""


def test_a_database_file_that_may_not_be_written_is_refused_with_the_reason(tmp_path: Path):
    wrap = _without_write_override()
    path = tmp_path / "q.sqlite"
    with QuoteDB(str(path)) as db:
        db.ingest([str(REPO / "seeds" / "000_ea731dc59f6929ed.txt")])
    article = tmp_path / "new.txt"
    article.write_text('"We will not back down," Mevlut Cavusoglu said on Thursday.\n', encoding="utf-8")
    digest = path.read_bytes()
    path.chmod(0o444)
    try:
        reason = f"{path} is read-only (the file may not be written): make it writable (chmod u+w) or copy it to add to it"
        for command in (("ingest", str(article)), ("reparse",)):
            proc = cli(*command, "--db", str(path), wrap=wrap)
            assert_no_traceback(proc)
            # was "stopped: OperationalError: attempt to write a readonly database. ...; run the same command again to finish."
            assert proc.returncode == 1 and proc.stderr.strip() == f"quotes {command[0]}: cannot write: {reason}", proc.stderr
        search = cli("search", "clear signal", "--db", str(path), wrap=wrap)
        assert search.returncode == 0 and "clear signal" in search.stdout, search.stderr
        tui = subprocess.run([*wrap, sys.executable, "-c", _TUI_INGEST, str(path), str(article)],
                             capture_output=True, text=True, cwd=REPO, timeout=120)
        assert tui.returncode == 0, tui.stderr
        message, bar = tui.stdout.strip().splitlines()[-2:]
        assert message == f"Ingest failed: PermissionError: {reason}" and bar == "bar hidden", tui.stdout
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == digest


# --- S11-6: the export dialog says how many undated quotes the dates leave out ------------------------


def test_the_export_dialog_says_how_many_undated_quotes_the_dates_leave_out(seeded_db: QuoteDB):
    undated = seeded_db.count("sanctions", prefix=True) - seeded_db.count("sanctions", prefix=True, since="1900")
    assert undated > 0

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            await pilot.press("ctrl+s")  # no dates: nothing is left out for want of one
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen)
            assert "Left out" not in _plain(app.screen.query_one("#export-filters"))
            await pilot.press("escape")
            await _type_dates(pilot, "2020-12", "")
            for wait_for_the_facets in (False, True):  # counted by the facets, or not yet
                if wait_for_the_facets:
                    await settle(pilot)
                else:
                    app.screen.faceted = None
                await pilot.press("ctrl+s")
                await settle(pilot)
                shown = " ".join(_plain(app.screen.query_one("#export-filters")).split())
                dated = seeded_db.count("sanctions", prefix=True, since="2020-12")
                assert f"Writes {dated} quotes" in shown, shown
                assert f"Left out {undated} undated quotes: no date, so in no date range" in shown, shown
                await pilot.press("escape")
                await settle(pilot)

    run(scenario)


def test_the_command_line_says_how_many_undated_quotes_the_dates_leave_out(tmp_path: Path):

    db_path = tmp_path / "q.sqlite"
    with QuoteDB(str(db_path)) as db:
        db.ingest([str(REPO / "seeds")])
        undated = db.count("sanctions") - db.count("sanctions", since="1900")
        dated = db.count("sanctions", since="2020-12")
    assert undated and dated
    note = f"{undated} undated quotes left out: a quote with no date is in no date range"
    for command in (("export", "--csv", str(tmp_path / "s.csv"), "--query", "sanctions"), ("search", "sanctions")):
        proc = cli(*command, "--since", "2020-12", "--db", str(db_path))
        assert proc.returncode == 0 and note in proc.stderr.splitlines(), proc.stderr
        proc = cli(*command, "--db", str(db_path))  # no dates: none left out
        assert proc.returncode == 0 and "undated" not in proc.stderr, proc.stderr


# --- S11-5, S11-8: a CSV Excel reads as UTF-8, and the TUI's command writes the very same file -------


def test_export_can_mark_the_csv_as_utf8_for_excel(tmp_path: Path):
    db_path = tmp_path / "q.sqlite"
    with QuoteDB(str(db_path)) as db:
        db.ingest([str(REPO / "seeds")])
    plain_csv, marked_csv = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert cli("export", "--csv", str(plain_csv), "--db", str(db_path)).returncode == 0
    proc = cli("export", "--csv", str(marked_csv), "--bom", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    data = marked_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,statement_id,") and not plain_csv.read_bytes().startswith(b"\xef")
    assert data[3:] == plain_csv.read_bytes()  # the mark alone differs
    assert "’" in data.decode("utf-8-sig")  # what Excel without the mark shows as "â€™"
    out = subprocess.run([sys.executable, "-m", "quotes", "export", "--csv", "-", "--bom", "--db", str(db_path)],
                         capture_output=True, cwd=REPO)
    assert out.returncode == 0 and out.stdout == data
    assert "--bom" in cli("export", "--help").stdout


def test_the_export_dialog_writes_for_excel_and_its_command_writes_the_same_file(
    seeded_db: QuoteDB, workdir: Path, monkeypatch
):
    monkeypatch.setenv("HOME", str(workdir))  # '~/story.csv' is the workdir's

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            app.screen.query_one("#export-path").value = "~/story.csv"
            await pilot.press("tab", "space")  # on to "For Excel", ticked
            await settle(pilot)
            command = _plain(app.screen.query_one("#export-command")).removeprefix("Same as: ")
            await pilot.press("shift+tab", "enter")
            await settle(pilot)
            return command

    command = asyncio.run(scenario())
    written = (workdir / "story.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbfid,")
    # was --csv '~/story.csv', which no shell expands: a folder named "~" (or "No such file or directory")
    assert "~" not in command and command.endswith("--bom"), command
    args = shlex.split(command)
    assert args[:4] == ["quotes", "export", "--csv", str(workdir / "story.csv")], args
    (workdir / "story.csv").unlink()
    proc = subprocess.run([sys.executable, "-m", "quotes", *args[1:], "--db", str(workdir / "quotes.sqlite")],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert (workdir / "story.csv").read_bytes() == written


# --- S11-7: tab to the facets, then enter, filters by the first value -----------------------------


def test_tab_to_the_facets_then_enter_filters_by_the_first_value(seeded_db: QuoteDB):
    first = seeded_db.facets("sanctions", prefix=True).speakers[0][0]

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            await pilot.press("tab")
            await settle(pilot)
            assert isinstance(app.focused, FacetList) and app.focused.highlighted is None
            await pilot.press("enter")  # did nothing: no value was highlighted
            await settle(pilot)
            assert app.screen.state.speaker == first
            await pilot.press("enter")  # again: dropped, as the help says
            await settle(pilot)
            assert app.screen.state.speaker is None

    run(scenario)


# --- S11-10: a timeline whose dated quotes all fall on one day draws no chart of one bar -------------


def test_a_timeline_with_one_day_of_dated_quotes_says_so_and_gives_the_list_the_room(seeded_db: QuoteDB):
    from textual_plotext import PlotextPlot

    from tui.screens.timeline import TimelineScreen

    days = {day for day, _ in seeded_db.timeline("Recep Tayyip Erdogan", by="day")}
    assert len(days) == 1, days  # the seeds date his quotes on one day
    [day] = days

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.push_screen(TimelineScreen("Recep Tayyip Erdogan"))
            await settle(pilot)
            summary = _plain(app.screen.query_one("#timeline-summary"))
            assert f"dated quotes, all on {day.isoformat()}" in summary, summary
            assert not app.screen.query_one(PlotextPlot).display  # was one bar edge to edge, 14 of 24 rows
            assert app.screen.query_one("#timeline-quotes").size.height >= 10

    run(scenario)


# --- S11-11: an empty database says so, rather than "0 quotes match" -------------------------------


def test_an_empty_database_says_it_holds_nothing_yet(tmp_path: Path):
    db_path = tmp_path / "empty.sqlite"
    QuoteDB(str(db_path)).close()
    note = "the database holds no quote yet: 'quotes ingest PATH' adds articles (files or folders)"
    for command in (("search", "erdogan"), ("search",), ("speakers",), ("export", "--csv", "-")):
        proc = cli(*command, "--db", str(db_path))
        assert proc.returncode == 0 and note in proc.stderr.splitlines(), (command, proc.stderr)
    seeded = tmp_path / "seeded.sqlite"
    with QuoteDB(str(seeded)) as db:
        db.ingest([str(REPO / "seeds")])
    proc = cli("search", "xyzzy", "--db", str(seeded))  # nothing matches in a database that holds quotes
    assert proc.returncode == 0 and "holds no quote" not in proc.stderr, proc.stderr


# --- S11-13: TUI compare shows an inferred alias's quotes once, in a column that says so -------------


def test_compare_gives_a_speaker_and_an_inferred_alias_one_column_that_says_so(tmp_path: Path, monkeypatch):
    """BBC "refugees": columns "Michael Howard, 6 quotes" and "Howard, 6 quotes" held the same six quotes."""
    from tui.screens.compare import CompareScreen

    monkeypatch.chdir(tmp_path)
    db = QuoteDB(str(tmp_path / "q.sqlite"))
    db.ingest([_articles(tmp_path / "a.jsonl", FULL, SURNAME)])
    assert {name for name, _ in db.facets().speakers} >= {"Rick Parry", "Parry"}

    async def scenario():
        app = QuotesApp(db)
        async with app.run_test(size=(160, 40)) as pilot:
            await settle(pilot)
            app.push_screen(CompareScreen(""))
            await settle(pilot)
            titles = [" ".join(_plain(t).split()) for t in app.screen.query(".column-title")]
            parry = [t for t in titles if "Parry" in t]
            assert len(parry) == 1, titles  # one column for the two names, not the same quotes twice
            assert parry[0] in ("Rick Parry + Parry (inferred) 2 quotes", "Parry + Rick Parry (inferred) 2 quotes"), titles

    try:
        asyncio.run(scenario())
    finally:
        db.close()


# --- S11-14: a scripter's list for one speaker gets a TypeError that says what is wanted -------------


def test_a_list_given_for_one_speaker_or_outlet_is_a_type_error_that_says_so(db_url: str):

    with QuoteDB(db_url) as db:
        db.ingest([str(REPO / "seeds")])
        for call in (lambda: db.search(speaker=["Erdogan", "Pompeo"]), lambda: db.count(speaker=("Erdogan",)),
                     lambda: db.facets(outlet=["AP"]), lambda: list(db.iter_quotes(speaker=["Erdogan"])),
                     lambda: db.export_csv(REPO / "never-written.csv", speaker=["Erdogan"])):
            # was AttributeError: 'list' object has no attribute 'replace'
            with pytest.raises(TypeError, match=r"(speaker|outlet) must be one name as a string, not (list|tuple)"):
                call()
        assert not (REPO / "never-written.csv").exists()
        assert db.count(speaker="Erdogan") == sum(len(v) for v in db.compare(["Erdogan"], limit=None).values())


# --- S11-16: a quotation pasted with its attribution finds the quotation -----------------------------

PASTED = "“Sanctions are a wrong decision,” Cavusoglu told reporters"


def test_a_quotation_pasted_with_its_attribution_says_the_quotation_alone_is_found(db_url: str, tmp_path: Path):
    """Leaving one word out found nothing ("Cavusoglu", "told" and "reporters" are each in no such quote)."""
    with QuoteDB(db_url) as db:
        db.ingest([str(REPO / "seeds")])
        assert db.count(PASTED) == 0
        found = db.count('"Sanctions are a wrong decision"')
        assert found and db.near_misses(PASTED) == [("cavusoglu told reporters", found)]
        assert db.near_misses(PASTED, prefix=True) == [("cavusoglu told reporters", found)]
        assert db.near_misses("Sanctions are a wrong decision said") == [("said", found)]  # one word: as before
        assert db.near_misses('"no such words here" Cavusoglu told reporters') == []
    if db_url.startswith("postgres"):
        return
    proc = cli("search", PASTED, "--db", db_url)
    assert f"no quote has every word of the query (without 'cavusoglu told reporters': {found} quote)" in proc.stderr, proc.stderr


def test_the_search_box_says_a_pasted_quotation_is_found_without_its_attribution(seeded_db: QuoteDB):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(160, 30)) as pilot:
            await settle(pilot)
            app.screen.query_one("#query").value = PASTED  # pasted: the curly marks are no keys to press
            await settle(pilot)
            await asyncio.sleep(app.screen.FACETS_DELAY)
            await settle(pilot)
            status = _plain(app.screen.query_one("#status"))
            assert status == "No quotes match. Without “cavusoglu told reporters”: 1 quote", status

    run(scenario)


# --- S11-17: an older database that may not be written says why it cannot be opened -----------------


def test_an_older_database_that_may_not_be_written_says_it_needs_upgrading(tmp_path: Path):
    """Was "cannot open the database ...: OperationalError: attempt to write a readonly database"."""
    import sqlite3

    from quotes.store.migrations import SCHEMA_VERSION

    wrap = _without_write_override()
    path = tmp_path / "old.sqlite"
    with QuoteDB(str(path)) as db:
        db.ingest([str(REPO / "seeds" / "000_ea731dc59f6929ed.txt")])
    with sqlite3.connect(path) as conn:  # stamped older: opening it would run the last migration
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),))
    conn.close()
    path.chmod(0o444)
    try:
        proc = cli("search", "clear signal", "--db", str(path), wrap=wrap)
        assert_no_traceback(proc)
        assert proc.returncode == 1
        assert proc.stderr.strip() == (
            f"quotes search: cannot open the database: {path} was made by an older quotes (schema {SCHEMA_VERSION - 1})"
            f" and must be upgraded to schema {SCHEMA_VERSION} before it is read, which writes to it, but it is"
            " read-only (the file may not be written): make it writable once (chmod u+w), or work on a copy"
        ), proc.stderr
    finally:
        path.chmod(0o644)
    assert cli("search", "clear signal", "--db", str(path)).returncode == 0  # writable: upgraded and read


# --- S11-18: a speaker's timeline from the command line, as ctrl+t charts it --------------------------


def test_the_timeline_command_counts_a_speakers_quotes_per_month_with_the_undated_apart(tmp_path: Path):

    from quotes.cli import timeline


    db_path = tmp_path / "q.sqlite"
    with QuoteDB(str(db_path)) as db:
        db.ingest([str(REPO / "seeds")])
        months = db.timeline("Erdogan")
        total = db.count(speaker="Erdogan")
    assert months
    proc = cli("timeline", "Erdogan", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["MONTH", "QUOTES"]
    assert [line.split()[:2] for line in lines[1:]] == [[d.isoformat()[:7], str(n)] for d, n in months]
    dated = sum(n for _, n in months)
    assert f"Erdogan: {dated} dated quotes, {total - dated} undated (in no month)" in proc.stderr.splitlines()
    csv_out = cli("timeline", "Erdogan", "--by", "day", "--format", "csv", "--db", str(db_path)).stdout.splitlines()
    assert csv_out[0] == "period,quotes" and sum(int(r.split(",")[1]) for r in csv_out[1:]) == dated
    nobody = cli("timeline", "Erdo", "--db", str(db_path))
    assert nobody.returncode == 1 and "no speaker is named 'Erdo'" in nobody.stderr
    for line in timeline.EXAMPLES.splitlines():  # every example of its help runs and finds something
        if line.startswith("  quotes ") and ">" not in line:
            args = shlex.split(line, comments=True)[1:]
            proc = cli(*args, "--db", str(db_path))
            assert proc.returncode == 0 and len(proc.stdout.splitlines()) >= 2, (line, proc.stderr)


# --- S11-9: the ingest dialog keeps its buttons in view on 24 lines when it lists failures --------------


def test_the_ingest_dialog_keeps_its_buttons_in_view_with_a_list_of_failures(seeded_db: QuoteDB, workdir: Path):
    from test_tui_fact_checker import _screen

    bad = workdir / "bad"
    bad.mkdir()
    (bad / "feed.jsonl").write_text('{"text": "\\"We will not,\\" Erdogan said.", "outlet": "AP"}\n{broken json\n'
                                    '{"text": 42}\n{"outlet": "X"}\n', encoding="utf-8")
    (bad / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    (bad / "empty.txt").write_text("", encoding="utf-8")

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+l")
            await settle(pilot)
            app.screen.query_one("#ingest-path").value = str(bad)
            await pilot.press("enter")
            await settle(pilot)
            shown = _screen(app)
            assert "5 failed" in shown and " Close " in shown, shown  # was below the fold: only their top border showed
            assert "img.txt: not a text file" in _plain(app.screen.query_one("#ingest-message"))  # the whole list,
            outcome = app.screen.query_one("#ingest-outcome")  # in a box that scrolls
            assert outcome.virtual_size.height > outcome.size.height

    run(scenario)


# --- S11-12: the keyboard walks the results as one list: down past a page's end, up before its start ----


def test_the_arrow_keys_walk_on_across_pages_and_home_end_go_to_the_first_and_last_row(seeded_db: QuoteDB):
    from tui.search_state import PAGE_SIZE
    from tui.widgets.results import ResultsTable

    total = seeded_db.count()
    assert PAGE_SIZE < total <= 2 * PAGE_SIZE

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(ResultsTable)
            await pilot.press("down", "end")  # was: end scrolled sideways, the cursor stayed on the first row
            await settle(pilot)
            assert (app.screen.state.offset, table.cursor_row) == (0, PAGE_SIZE - 1)
            await pilot.press("down")  # was: nothing (ctrl+n only)
            await settle(pilot)
            assert (app.screen.state.offset, table.cursor_row) == (PAGE_SIZE, 0)
            assert _plain(app.screen.query_one("#status")).startswith(f"Quotes {PAGE_SIZE + 1}–{total} of {total}")
            await pilot.press("end", "down")  # the last page's last row: nowhere further
            await settle(pilot)
            assert (app.screen.state.offset, table.cursor_row) == (PAGE_SIZE, total - PAGE_SIZE - 1)
            await pilot.press("home", "up")  # before the first row: the previous page, from its last row
            await settle(pilot)
            assert (app.screen.state.offset, table.cursor_row) == (0, PAGE_SIZE - 1)
            await pilot.press("home", "up")  # the first page's first row: nowhere further
            await settle(pilot)
            assert (app.screen.state.offset, table.cursor_row) == (0, 0) and app.focused is table

    run(scenario)

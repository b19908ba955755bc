"""Session 9 review: a fact-checker tracing one quote through the terminal UI (keyboard only)."""

from __future__ import annotations

import asyncio
import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from tui_support import empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.compare import CompareScreen
from tui.widgets.facets import FacetList
from tui.widgets.results import ResultsTable

DANGER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters that must never reach the terminal (tab and newline are fine)."""

# One statement, two outlets: the second wording adds a comma; each URL carries what a hostile page might.
WIRE = (
    ("AP", "2020-12-17", "https://ap.example/\x1b[2J\x1b]52;c;ZXZpbA==\x07story",
     'Ankara\n\n"We will never give up our S-400 systems whatever happens," Erdogan said on Tuesday.\n'),
    ("Daily", "2020-12-16", "https://daily.example/[link=https://evil.example]story[/link]",
     'Istanbul\n\n"We will never give up our S-400 systems, whatever happens," Erdogan told reporters.\n'),
)


def _screen(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def _wire(db: QuoteDB, folder: Path) -> None:
    feed = folder / "wire.jsonl"
    feed.write_text(
        "".join(json.dumps({"outlet": o, "published": d, "url": u, "text": t, "title": o + " story"}) + "\n" for o, d, u, t in WIRE),
        encoding="utf-8",
    )
    assert db.ingest([str(feed)]).ok


def test_no_screen_lets_an_escape_from_a_url_reach_the_terminal(empty_db: QuoteDB, workdir: Path):
    """The variants cards named their source by its raw URL: an ESC sequence in it was drawn as is."""
    _wire(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            seen = {}
            for keys, screen in (((), "SearchScreen"), (("down", "v"), "VariantsScreen"), (("escape", "enter"), "DetailScreen")):
                for key in keys:
                    await pilot.press(key)
                    await settle(pilot)
                assert type(app.screen).__name__ == screen
                seen[screen] = _screen(app)
            leaks = {name: sorted(set(DANGER.findall(text))) for name, text in seen.items() if DANGER.search(text)}
            assert not leaks
            assert "https://daily.example/[link=https://evil.example]story[/link]" in seen["VariantsScreen"]
            assert "https://ap.example/\ufffd[2J\ufffd]52;c;ZXZpbA==\ufffdstory" in seen["VariantsScreen"]

    run(scenario)


def _text(widget) -> str:
    console = Console(width=400, file=io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(widget.content)
    return capture.get()


def test_compare_keeps_the_filters_of_the_search_it_is_opened_from(seeded_db: QuoteDB):
    """Only the speakers' own words (kind: direct) selected, then ctrl+o: compare dropped the filter and
    set the speakers' paraphrases (indirect) side by side."""

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            facets = app.screen.query_one(FacetList)
            facets.focus()
            facets.highlighted = facets.get_option_index("kind=direct")
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen.state.kind == "direct"
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            direct = seeded_db.facets("sanctions", prefix=True, kind="direct").speakers
            assert 0 < len(direct) < len(seeded_db.facets("sanctions", prefix=True).speakers)
            titles = [_text(t).split("\n")[0].strip() for t in app.screen.query(".column-title")]
            assert titles == [name for name, _ in direct[:4]]
            cards = [_text(c) for c in app.screen.query(".quote-card")]
            assert cards and all(" · direct" in c and " · indirect" not in c for c in cards)
            assert "kind: direct" in _text(app.screen.query_one("#compare-filters"))
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.state.kind == "direct"  # back to the search as it was

    run(scenario)


# Who said it first: three reports of one statement, the undated one ingested first.
REPORTS = (
    (None, "Nowhere\n\n\"We will never give up our S-400 systems whatever happens,\" Erdogan said.\n"),
    ("2020-12-17", "Ankara\n\n\"We will never give up our S-400 systems whatever happens,\" Erdogan said on Thursday.\n"),
    ("2020-12-15", "Istanbul\n\n\"We will never give up our S-400 systems, whatever happens,\" Erdogan told reporters.\n"),
)


def _reports(db: QuoteDB, folder: Path) -> list[int]:
    """The quote ids, oldest report first and the undated one last."""
    feed = folder / "reports.jsonl"
    feed.write_text(
        "".join(json.dumps({"text": t, **({"published": d} if d else {})}) + "\n" for d, t in REPORTS), encoding="utf-8"
    )
    assert db.ingest([str(feed)]).ok
    by_date = {q.published.isoformat() if q.published else None: q.id for q in db.search("never give up", limit=None)}
    return [by_date["2020-12-15"], by_date["2020-12-17"], by_date[None]]


def test_the_oldest_report_comes_first_when_asked_api_and_cli(db: QuoteDB, cli, tmp_path: Path):
    """Sorting by date was newest first only: who said it first was on the last page, before the undated."""
    oldest, newer, undated = _reports(db, tmp_path)
    assert [q.id for q in db.search("never give up", sort="oldest")] == [oldest, newer, undated]
    assert [q.id for q in db.search("never give up", sort="date")] == [newer, oldest, undated]
    assert [q.id for q in db.search("never give up", sort="oldest", offset=1, limit=1)] == [newer]
    with pytest.raises(ValueError, match="oldest"):
        db.search("x", sort="first")  # type: ignore[arg-type]
    status, out, _ = cli("search", "never give up", "--sort", "oldest", "--format", "json")
    assert status == 0 and [json.loads(line)["id"] for line in out.splitlines()] == [oldest, newer, undated]
    status, out, _ = cli("export", "--csv", "-", "--query", "never give up", "--sort", "oldest")
    assert status == 0 and [int(line.split(",")[0]) for line in out.splitlines()[1:]] == [oldest, newer, undated]


def test_ctrl_r_sorts_by_relevance_newest_first_then_oldest_first(empty_db: QuoteDB, workdir: Path):
    oldest, newer, undated = _reports(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            await pilot.press(*"never give up")
            await settle(pilot)
            relevance = list(app.screen.query_one(ResultsTable).records)
            shown = []
            for _ in range(3):
                await pilot.press("ctrl+r")
                await settle(pilot)
                shown.append((app.screen.state.sort, [int(k) for k in app.screen.query_one(ResultsTable).records],
                              _text(app.screen.query_one("#status"))))
            (s1, rows1, status1), (s2, rows2, status2), (s3, rows3, status3) = shown
            assert (s1, rows1) == ("date", [newer, oldest, undated]) and "sorted by date, newest first" in status1
            assert (s2, rows2) == ("oldest", [oldest, newer, undated]) and "sorted by date, oldest first" in status2
            assert s3 == "relevance" and list(map(str, rows3)) == relevance and "sorted by relevance" in status3

    run(scenario)


def test_the_export_dialog_gives_the_command_that_writes_the_same_file(seeded_db: QuoteDB, workdir: Path, monkeypatch):
    """The search box matches its last word as a prefix ("S-400" also finds "S-400s": 41 quotes on the seeds)
    while `quotes export --query S-400` matched whole words (29): the same lookup from the CLI gave another
    file, and nothing said how to reproduce the TUI's."""
    import shlex

    from quotes.cli import main

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press(*"S-400")
            await settle(pilot)
            facets = app.screen.query_one(FacetList)
            facets.highlighted = facets.get_option_index("kind=indirect")
            facets.focus()
            await pilot.press("enter", "ctrl+r", "ctrl+r")  # indirect only, oldest first
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            path = app.screen.query_one("#export-path")
            path.value = "tui.csv"
            await settle(pilot)
            command = _text(app.screen.query_one("#export-command")).replace("\n", " ")
            await pilot.press("enter")
            await settle(pilot)
            return " ".join(command.removeprefix("Same as:").split())

    command = asyncio.run(scenario())
    assert command == "quotes export --csv tui.csv --query=S-400 --prefix --kind=indirect --sort=oldest"
    argv = shlex.split(command)[1:]
    argv[argv.index("tui.csv")] = "cli.csv"
    monkeypatch.setenv("QUOTES_DB", str(workdir / "quotes.sqlite"))
    assert main(argv) == 0
    tui_csv, cli_csv = (workdir / "tui.csv").read_bytes(), (workdir / "cli.csv").read_bytes()
    assert tui_csv == cli_csv and tui_csv.count(b"\n") - 1 == seeded_db.count("S-400", prefix=True, kind="indirect")
    assert seeded_db.count("S-400", prefix=True, kind="indirect") > seeded_db.count("S-400", kind="indirect")


XINHUA = (
    'Beijing\n\n"我们绝不会放弃我们的原则，无论发生什么事情，我们都会坚持到底，这是我们的承诺和责任," Xi Jinping said on Tuesday.\n\n'
    '"We will never give up our principles whatever happens at the talks in Geneva next week," Wang Yi said.\n'
)


def test_wide_letters_keep_a_facets_count_on_its_line_and_a_quotes_cut_marked(empty_db: QuoteDB, workdir: Path):
    """An outlet named in Chinese (新华社: two cells a letter) was shortened by letters, not cells: its count
    wrapped onto a line of its own, read as another value; a Chinese quote was cut at the edge without '…'."""
    feed = workdir / "xinhua.jsonl"
    feed.write_text(json.dumps({"text": XINHUA, "outlet": "新华社新华社新华社", "published": "2021-01-02"}) + "\n", encoding="utf-8")
    assert empty_db.ingest([str(feed)]).ok

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            lines = _screen(app).splitlines()
            (outlet,) = [line for line in lines if "新华社" in line]
            assert outlet.split("│")[1].split()[-1] == "2"  # the count beside the name, not below it
            (xi,) = [line for line in lines if "Xi Jinping" in line and "我们" in line]
            assert xi.rstrip().endswith("…”")

    run(scenario)


PHRASES = (
    '"We will never accept this," Erdogan said.\n\n'
    '"Accept it? We never will," Cavusoglu said.\n\n'
    '"They wrote that we will never accepted it, but we did," Akar said.\n'
)


def test_a_phrase_pasted_with_german_or_french_marks_is_a_phrase_and_a_closed_one_ends_whole(db: QuoteDB, tmp_path: Path):
    """«will never accept» and „will never accept“ were loose words (Cavusoglu's words matched); “will never
    accept” pasted into the search box (prefix on) matched "will never accepted": its closing mark was not seen."""
    (tmp_path / "a.txt").write_text("Ankara\n\n" + PHRASES, encoding="utf-8")
    assert db.ingest([str(tmp_path / "a.txt")]).ok
    said = {q.id: q.speaker for q in db.search("", limit=None)}
    assert len(said) == 3
    for query in ('"will never accept"', "“will never accept”", "«will never accept»", "„will never accept“", "« will never accept »"):
        for prefix in (False, True):
            found = sorted(said[q.id] for q in db.search(query, prefix=prefix))
            assert found == ["Recep Tayyip Erdogan"], (query, prefix, found)
            assert db.count(query, prefix=prefix) == 1
    assert db.count("will never accept", prefix=True) == 3  # loose words, the last one a prefix
    assert db.count('"will never accept', prefix=True) == 3  # a phrase being typed: not closed yet


def test_the_compare_command_takes_the_filters_the_tui_and_the_api_take(seeded: QuoteDB, cli):
    """`quotes compare` had no filters: the TUI's compare (S9-2) and QuoteDB.compare(kind=...) could not be
    reproduced from the command line, where a paraphrase (indirect) stood beside the speakers' own words."""
    status, out, err = cli("compare", "Erdogan", "Cavusoglu", "--kind", "direct")
    assert status == 0, err
    expected = seeded.compare(["Erdogan", "Cavusoglu"], kind="direct", limit=10)
    assert all(expected.values()) and all(q.kind == "direct" for qs in expected.values() for q in qs)
    listed = [int(line.split()[0]) for line in out.splitlines() if line[:1].isdigit()]
    assert listed == [q.id for qs in expected.values() for q in qs]
    assert f"== Erdogan (Recep Tayyip Erdogan): {seeded.count(speaker='Erdogan', kind='direct')} quotes" in out
    status, out, _ = cli("compare", "Erdogan", "--query", "sanc", "--prefix", "--since", "2020-12-17")
    assert status == 0 and f"{seeded.count('sanc', prefix=True, speaker='Erdogan', since='2020-12-17')} quotes" in out


PASTED = "“Sanctions are a wrong decision,” Çavuşoğlu said."
"""A sentence as a fact-checker pastes it from a post: the quote, its speaker and the reporter's verb."""


def test_a_pasted_sentence_that_finds_nothing_says_which_word_to_leave_out(seeded: QuoteDB, cli):
    """Every word must appear in one quote: the reporter's "said" made the pasted sentence find nothing,
    and "0 quotes match" did not say why."""
    assert seeded.count(PASTED) == 0
    assert seeded.near_misses(PASTED) == [("said", 1)]
    (quote,) = seeded.search(PASTED.replace(" said.", ""))
    assert quote.speaker == "Mevlut Cavusoglu" and "Sanctions are a wrong decision" in quote.text
    assert seeded.near_misses("S-400") == seeded.near_misses("sanctions") == []  # one term: nothing to leave out
    assert seeded.near_misses("S-400 zzz") == [("zzz", seeded.count("S-400"))]
    assert seeded.near_misses("sanctions OR nothing", raw=True) == []
    with pytest.raises(TypeError, match="speakr"):
        seeded.near_misses("x y", speakr="Erdogan")  # type: ignore[call-arg]
    status, out, err = cli("search", PASTED)
    assert status == 0 and "0 quotes match" in out + err
    assert "no quote has every word of the query (without 'said': 1 quote)" in err
    status, _, err = cli("export", "--csv", "-", "--query", PASTED)
    assert status == 0 and "without 'said': 1 quote" in err


def test_the_search_box_says_which_word_of_a_pasted_sentence_to_leave_out(seeded_db: QuoteDB):
    from textual import events

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.screen.query_one("#query").post_message(events.Paste(PASTED))
            await settle(pilot)
            assert _text(app.screen.query_one("#status")).strip() == "No quotes match. Without “said”: 1 quote"
            await pilot.press("end", *["backspace"] * len(" said."))
            await settle(pilot)
            assert _text(app.screen.query_one("#status")).startswith("Quotes 1–1 of 1")

    run(scenario)


def test_a_postgresql_connection_the_server_dropped_is_opened_again(seeded: QuoteDB, db_url: str):
    """A TUI left open on PostgreSQL while the server restarted (or a network cut, an idle timeout) said
    "Search failed: AdminShutdown: terminating connection ..." at every keystroke until it was restarted."""
    if not db_url.startswith("postgres"):
        pytest.skip("a PostgreSQL server's connection")
    import psycopg

    from quotes.store.engine import PostgresBackend

    backend = seeded._b

    def drop() -> None:
        with psycopg.connect(PostgresBackend.conninfo(db_url), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [backend.conn.info.backend_pid])

    expected = [q.id for q in seeded.search("sanctions", limit=None)]
    drop()
    assert [q.id for q in seeded.search("sanctions", limit=None)] == expected  # asked again on a new connection
    drop()
    with pytest.raises(psycopg.OperationalError):  # a transaction's connection is never swapped under it
        with backend.transaction():
            backend.execute("SELECT 1")
    assert seeded.count("sanctions") == len(expected)  # the next statement has a new connection


def test_a_screen_that_could_not_load_says_so_where_it_said_loading(seeded_db: QuoteDB):
    """The detail and variants screens kept "Loading…" for good once the notification of the failure
    had gone (a database gone away meanwhile)."""
    from tui.screens.detail import DetailScreen
    from tui.screens.variants import VariantsScreen

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            seeded_db.close()  # every read now raises
            for screen, card in ((DetailScreen(1), "#quote-text"), (VariantsScreen(1), "#variants-title")):
                app.push_screen(screen)
                await settle(pilot)
                shown = _text(screen.query_one(card))
                assert "Loading" not in shown and shown.startswith("Could not load: RuntimeError: the QuoteDB is closed")

    run(scenario)


def test_a_word_repeated_in_a_pasted_text_is_asked_once(seeded: QuoteDB):
    """A pasted paragraph's words went to the index once per occurrence: "the " * 500 took 1.6 s CPU on
    the BBC database (every "the" one more term over 12,830 matches); asked once, 27 ms."""
    from quotes.store.fts import fts5_query, parse_query, tsquery

    assert fts5_query("the " * 500, prefix=True) == '"the"' and tsquery("the " * 500) == "'the'"
    assert parse_query('we said "clear signal" we "clear signal" sanc') == [("said",), ("we",), ("clear", "signal"), ("sanc",)]
    assert fts5_query("the cat the", prefix=True) == '"cat" "the"*'  # the word being typed keeps its place: last
    for query in ("the " * 300, "S-400 " * 50 + "sanctions", '"clear signal" ' * 40):
        once = " ".join(dict.fromkeys(query.split()))
        assert [q.id for q in seeded.search(query, limit=None)] == [q.id for q in seeded.search(once, limit=None)]


def test_a_one_word_speaker_filter_that_names_someone_exactly_says_whom_it_leaves_out(db: QuoteDB, cli, tmp_path: Path):
    """`--speaker Howard` selects the speaker known only as "Howard" (BBC: 6 quotes) and silently not
    Michael Howard (357): "Howard" names one speaker exactly, so the whole-word match is never tried."""
    (tmp_path / "a.txt").write_text(
        'Tories unveil tax plan\n\n"We will cut taxes for every family in the country," Michael Howard said on Monday.\n\n'
        '"Our plan is costed to the last penny," Michael Howard told reporters.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        'Cup holders knocked out\n\n"The match was a disgrace from start to finish," Howard said after the game.\n', encoding="utf-8")
    assert db.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]).ok
    assert db.speaker_names("Howard") == ["Howard"] and db.count(speaker="Howard") == 1  # the filter, as before
    status, out, err = cli("search", "--speaker", "Howard")
    assert status == 0 and "disgrace" in out
    assert "--speaker 'Howard' selects Howard only; also named so: Michael Howard (2 quotes)" in err
    status, _, err = cli("export", "--csv", "-", "--speaker", "howard")
    assert "also named so: Michael Howard (2 quotes)" in err
    status, out, _ = cli("compare", "Howard", "Michael Howard")
    assert status == 0 and "== Howard: 1 quote\n   (not Michael Howard: give the whole name of the one you mean)" in out
    _, _, err = cli("search", "--speaker", "Michael Howard")
    assert "also named" not in err  # a whole name leaves no one out


def test_a_quote_in_compare_or_variants_opens_in_its_source_from_the_keyboard(seeded_db: QuoteDB):
    """Compare columns and variants cards were text only: to read one of those quotes in context the
    fact-checker had to go back and search for it again."""
    from tui.screens.detail import DetailScreen
    from tui.screens.variants import VariantsScreen
    from tui.widgets.quote_card import QuoteCard

    async def tab_to_a_card(pilot) -> QuoteCard:
        for _ in range(12):
            await pilot.press("tab")
            if isinstance(pilot.app.focused, QuoteCard):
                return pilot.app.focused
        raise AssertionError(f"no card reached by tab: {pilot.app.focused}")

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions", "ctrl+o")
            await settle(pilot)
            card = await tab_to_a_card(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, DetailScreen) and app.screen.quote_id == card.quote.id
            await pilot.press("escape", "escape")
            await settle(pilot)
            (quote,) = seeded_db.search("taking many measures")
            app.push_screen(VariantsScreen(quote.id))
            await settle(pilot)
            card = await tab_to_a_card(pilot)
            await pilot.press("c")
            await settle(pilot)
            assert any(card.quote.text in n.message for n in app._notifications)  # copied, with its citation
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, DetailScreen) and app.screen.quote_id == card.quote.id

    run(scenario)


def test_compare_opened_on_a_speakers_quotes_puts_that_speaker_first(seeded_db: QuoteDB):
    """Filtered by a speaker who is not among the topic's four most quoted, ctrl+o compared four others."""
    top = [name for name, _ in seeded_db.facets("").speakers]
    speaker = top[5]  # quoted, but not among the four compare shows by default

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(160, 40)) as pilot:
            await settle(pilot)
            facets = app.screen.query_one(FacetList)
            facets.focus()
            facets.highlighted = facets.get_option_index(f"speaker={speaker}")
            await pilot.press("enter", "ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            titles = [_text(t).split("\n")[0].strip() for t in app.screen.query(".column-title")]
            assert titles == [speaker, *[name for name in top if name != speaker][:3]]

    run(scenario)


def test_the_search_table_names_whom_the_text_names_when_the_speaker_is_not_identified(seeded: QuoteDB, cli):
    """`quotes search` printed "?" where the TUI shows the mention dimmed and `quotes show` says
    "the US government (speaker not identified)": the CLI hid whom the article names."""
    unresolved = [q for q in seeded.search("imposition of sanctions", limit=None) if not q.speaker and q.mention]
    assert unresolved
    status, out, _ = cli("search", "imposition of sanctions")
    assert status == 0
    for q in unresolved:
        (line,) = [line for line in out.splitlines() if line.split()[0] == str(q.id)]
        assert f"  {q.mention} (?)  " in line

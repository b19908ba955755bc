"""Session 12 review: a fact-checker working through the seeds and a BBC sample in the CLI, the TUI and the
Python API. Each test failed on eac22b8 (main at the start of the session)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_fact_checker_session10 import _feed
from test_fact_checker_session10_leftovers import _copy_of_the_undated_item, _years
from tui_support import empty_db, run, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.widgets.facets import FacetList

# --- "quotes left out because they have no date": one QuoteDB method for the CLI and the TUI ------------


def test_undated_counts_what_any_dates_leave_out(db: QuoteDB, tmp_path: Path):
    """Was computed twice, as a difference of two counts, in the CLI's notes and in the TUI."""
    _feed(db, tmp_path)
    for query in ("", "system", "said", "sanctions"):
        assert db.undated(query) == db.count(query) - db.count(query, since=date.min) == db.facets(query).undated, query
        assert db.undated(query, since="2019", until="2019-07") == db.undated(query)  # its own dates are not applied
    assert db.undated("system", prefix=True) == 1
    _copy_of_the_undated_item(db, tmp_path)  # published again, dated, by another outlet
    assert db.undated("nothing decided") == 0
    assert db.undated("nothing decided", outlet="Wire") == 1  # that outlet's publication of it has no date
    with pytest.raises(TypeError, match="unexpected keyword argument 'speakers'"):
        db.undated("system", speakers="Akar")


def test_the_cli_and_the_tui_take_the_undated_count_from_quotedb(empty_db: QuoteDB, workdir: Path, monkeypatch, cli_main):
    _feed(empty_db, workdir)
    monkeypatch.setattr(QuoteDB, "undated", lambda self, query="", **filters: 7)
    err = cli_main("search", "system", "--since", "2019", "--db", str(workdir / "quotes.sqlite"))[2]
    assert "7 undated quotes left out: a quote with no date is in no date range" in err.splitlines(), err

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            await pilot.press(*"system")
            await settle(pilot)
            app.screen.query_one(FacetList).post_message(FacetList.Selected("year", 2019))
            await settle(pilot)
            years = _years(app.screen.query_one(FacetList))
            assert ["undated", "(left", "out)", "7"] in years, years

    run(scenario)


@pytest.fixture
def cli_main(capsys: pytest.CaptureFixture[str]):
    """``quotes ARGS`` in this process: (exit status, stdout, stderr)."""
    from quotes.cli import main

    def run_cli(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run_cli


def _articles(folder: Path, *texts: str) -> str:
    """A .jsonl of articles (BBC texts, cut), one per line; its path."""
    path = folder / "bbc.jsonl"
    path.write_text("".join(json.dumps({"text": t, "url": f"https://bbc.example/{n}"}) + "\n" for n, t in enumerate(texts)), encoding="utf-8")
    return str(path)


# BBC politics_001 and sport_049, cut: "£1,400" and "that's" hold "s" and "400"; "anti-doping war" holds "anti" and "war".
MATERNITY = (
    "Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise by £1,400 as part of new proposals announced by"
    " the Trade and Industry Secretary Patricia Hewitt.\n\nMs Hewitt said: \"We have made a firm commitment. We will definitely"
    " extend the maternity pay, from the six months where it now is to nine months, that's the extra £1,400.\"\n"
)
DOPING = (
    "Jones happy with 'lie detector' test\n\nCommunications director Nick Davies said the IAAF would seek to contact Conte \"for"
    " further information\". \"If it is felt there is case to answer, it would be for its national governing body to take the"
    " appropriate disciplinary action,\" he added. \"The US Anti-Doping Agency has proved itself to be very diligent in its"
    " anti-doping war.\"\n"
)
# BBC politics_062, cut
ANTI_WAR = (
    "Muslim group urges tactical votes\n\nBut Professor John Curtice said the Muslim anti-war vote could be split between the"
    " Liberal Democrats and Respect, meaning neither would benefit much at the ballot box.\n"
)


# --- S12-1: a hyphenated word is one word, not its parts anywhere ------------------------------------


def test_a_hyphenated_word_is_searched_as_written(db: QuoteDB, tmp_path: Path, seeds: Path):
    """`quotes search S-400` found Hewitt's "that's the extra £1,400" ("s" and "400"), `anti-war` Davies's
    "Anti-Doping Agency ... anti-doping war"."""
    db.ingest([str(seeds), _articles(tmp_path, MATERNITY, DOPING, ANTI_WAR)])
    assert not any("1,400" in q.text for q in db.search("S-400", limit=None))
    assert db.count("S-400") == db.count('"S-400"') > 0  # the seeds' S-400 quotes, as a phrase finds them
    assert [q.speaker for q in db.search("anti-war")] == ["John Curtice"]
    assert [q.speaker for q in db.search("£1,400")] == ["Patricia Hewitt"]
    assert db.count("that's the extra") == 1 == db.count("anti-doping")
    assert db.near_misses("F-35") == []  # was "without 'f': 1 quote": one term, nothing to leave out


def test_a_word_of_letters_and_digits_is_found_written_either_way(db: QuoteDB, tmp_path: Path):
    together = '"We will not give up the S400 whatever Washington says," Erdogan told reporters in Ankara on Tuesday.'
    db.ingest([_articles(tmp_path, together)])
    assert db.count("S-400") == db.count("S400") == db.count("Covid-19 S400") + 1 == 1


# --- S12-2: compare says whose each quote is when a name selects several speakers ---------------------

# BBC politics_012 and politics_070, cut: Tony Blair and Sir Ian Blair each say "sorry".
APOLOGY = (
    "PM apology over jailings\n\nTony Blair has apologised to two families who suffered one of the UK's biggest miscarriages of"
    " justice.\n\nThe prime minister was commenting on the wrongful jailing of 11 people for IRA bomb attacks on pubs in Guildford"
    " and Woolwich in 1974. Mr Blair said: \"I am very sorry that they were subject to such an ordeal and injustice.\"\n"
)
ARRESTS = (
    "Opposition grows to house arrests\n\nThe government proposed the idea and a range of other new powers after the laws lords"
    " said current detentions without trial broke human rights laws. New Metropolitan Police Commissioner Sir Ian Blair has"
    " backed the control orders, saying: \"I'm sorry. It is a dilemma, but there is only one choice.\"\n"
)


def test_compare_names_the_speaker_of_each_quote_when_a_name_selects_several(db: QuoteDB, tmp_path: Path, cli):
    """`quotes compare Blair` listed Sir Ian Blair's "I'm sorry. It is a dilemma" under "Blair" with no name: Tony Blair's, read."""
    db.ingest([_articles(tmp_path, APOLOGY, ARRESTS)])
    assert db.speaker_names("Blair") == ["Ian Blair", "Tony Blair"]
    status, out, err = cli("compare", "Blair", "Tony Blair", "--query", "sorry")
    assert status == 0, err
    blair, tony = out.split("\n\n")
    assert blair.splitlines()[1].split() == ["ID", "DATE", "SPEAKER", "OUTLET", "KIND", "QUOTE"]
    assert any(line.split()[1:3] == ["Ian", "Blair"] and "It is a dilemma" in line for line in blair.splitlines()), blair
    assert tony.splitlines()[1].split() == ["ID", "DATE", "OUTLET", "KIND", "QUOTE"]  # one speaker: no column for it


# --- S12-3: a result's snippet starts at a word and never drops the quote's last letters -------------


def test_a_snippet_starts_at_a_word_and_keeps_the_end_it_shows():
    """The results showed "…n immediate election" (BBC: "an immediate election"), and a quote whose rest
    just filled the column lost its last letter without an ellipsis ("…would not affect i")."""
    from tui.rendering import snippet

    text = "Mr O'Carroll said a rise in interest rates ahead of an immediate election would not affect it"
    for width in range(12, len(text) + 2):
        shown = snippet(text, "election", width).plain
        assert len(shown) <= width and "election" in shown, (width, shown)
        body = shown.strip("…")
        assert body in text and (shown.endswith("…") or text.endswith(body)), (width, shown)
        assert shown[0] != "…" or text[text.index(body) - 1] == " ", (width, shown)  # from a word's start
    assert snippet(text, "election", 40).plain == "…an immediate election would not affect…"


# --- S12-5: query words after an option are query words --------------------------------------------------


def test_search_words_after_an_option_are_part_of_the_query(seeded: QuoteDB, cli):
    """`quotes search erdogan --limit 2 sanctions` failed: "unrecognized arguments: sanctions"."""
    status, out, err = cli("search", "erdogan", "--limit", "2", "sanctions")
    assert status == 0 and f"{seeded.count('erdogan sanctions')} quotes match; showing 1-2." in err, err
    with pytest.raises(SystemExit):  # a mistyped option is still refused
        cli("search", "erdogan", "--bogus")


# --- S12-6: `quotes show` says "not identified" as the TUI does, not "unknown", a kind of speaker ---------


def test_show_says_a_speaker_is_not_identified(seeded: QuoteDB, cli):
    """`quotes show` printed "speaker: unknown" where the TUI says "not identified", and `quotes speakers` lists
    "unknown" as a kind (Microsoft, unknown): read as a speaker of that name or kind."""
    unnamed = next(q for q in seeded.search(limit=None) if q.speaker is None and q.mention)
    status, out, err = cli("show", str(unnamed.id))
    assert status == 0, err
    assert "speaker:    not identified" in out.splitlines() and f"mention:    {unnamed.mention}" in out.splitlines(), out

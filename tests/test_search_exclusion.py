"""A word or "phrase" typed with a minus sign leaves out the quotes that hold it, as in a web search, on
SQLite (FTS5 NOT) and PostgreSQL (tsquery !) alike, in ``QuoteDB.search``, the CLI and the TUI's search box.

Until session 12 "erdogan -sanctions" found the four quotes of Erdogan WITH sanctions, said only in a note.
A query of minus terms alone matches every quote without them (all-but), within the filters.
"""

from __future__ import annotations

import io
import json

import pytest
from test_tui_flows import _plain
from tui_support import empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from quotes.store.fts import fts5_left_out, fts5_query, left_out, parse_query, query_terms, tsquery, tsquery_left_out
from tui.app import QuotesApp
from tui.rendering import query_terms as highlighted_words
from tui.widgets.results import ResultsTable


def _texts(db: QuoteDB, query: str, **filters) -> list[str]:
    """The folded text and speaker of every quote a query finds (what the index searches)."""
    from quotes.store.fts import search_fold

    return [search_fold(f"{q.text} {q.speaker or ''}") for q in db.search(query, limit=None, **filters)]


# --- reading the query --------------------------------------------------------------------------------


def test_a_minus_sign_after_a_space_leaves_out_a_word_and_a_hyphen_inside_a_word_does_not():
    terms = query_terms('erdogan -sanctions "a -b" S-400 anti-war -S-400 -"united nations" – x --y')
    assert terms == [
        (("erdogan",), False), (("sanctions",), True), (("a", "b"), False), (("s", "400"), False),
        (("anti", "war"), False), (("s", "400"), True), (("united", "nations"), True), (("x",), False), (("y",), False),
    ]
    assert left_out("US-made F-35 -F-35") == [("f", "35")]  # typed with the sign, a hyphenated word is a phrase left out
    assert left_out('"a b"-c d-e') == []  # after a closing quote or inside a word: a hyphen
    assert left_out("erdogan \u2212sanctions") == [("sanctions",)]  # the minus sign the CLI hands over


def test_each_backend_writes_what_is_left_out_in_its_own_syntax():
    assert fts5_query("erdogan -sanctions") == '("erdogan") NOT "sanctions"'
    assert tsquery("erdogan -sanctions") == "'erdogan' & !'sanctions'"
    # a word of letters and digits is left out written either way; the word being typed as a prefix
    assert fts5_query("turkey -S400", prefix=True) == '("turkey") NOT ("s400"* OR "s 400"*)'
    assert tsquery("turkey -S400", prefix=True) == "'turkey' & !('s400':* | ('s' <-> '400':*))"
    # NOT needs a left side in FTS5: a query of minus terms alone requires nothing and says what to leave out
    assert fts5_query('-sanctions -"clear signal"') == tsquery('-sanctions -"clear signal"') == ""
    assert fts5_left_out('-sanctions -"clear signal"') == '"sanctions" OR "clear signal"'
    assert tsquery_left_out('-sanctions -"clear signal"') == "'sanctions' | ('clear' <-> 'signal')"
    assert fts5_query("erdogan sanctions") == '"erdogan" "sanctions"'  # no minus: the expression of before


# --- the API, on both backends --------------------------------------------------------------------------


def test_a_word_typed_with_a_minus_sign_leaves_its_quotes_out(seeded: QuoteDB):
    """The seeds: Erdogan's quotes on the S-400 purchase, four of them on "threats of sanctions"."""
    with_it = seeded.count("erdogan sanctions")
    assert with_it == 4
    assert seeded.count("erdogan -sanctions") == seeded.count("erdogan") - with_it
    found = _texts(seeded, "erdogan -sanctions")
    assert found and all("erdogan" in t and "sanctions" not in t.split() for t in found)
    facets = seeded.facets("erdogan -sanctions")
    assert sum(n for _, n in facets.kinds) == seeded.count("erdogan -sanctions")
    assert seeded.export_csv(io.StringIO(), query="erdogan -sanctions") == seeded.count("erdogan -sanctions")


def test_a_phrase_typed_with_a_minus_sign_leaves_out_the_phrase_not_its_words(seeded: QuoteDB):
    """"the restrictions send a "clear signal" that the US will ..." (Pompeo) goes; his "fully enforce CAATSA" stays."""
    phrase = seeded.count('pompeo "clear signal"')
    assert phrase and seeded.count('pompeo -"clear signal"') == seeded.count("pompeo") - phrase
    found = _texts(seeded, 'pompeo -"clear signal"')
    assert "fully enforce caatsa mike pompeo" in found and not any("clear signal" in t for t in found)


def test_hyphenated_words_are_words(seeded: QuoteDB):
    """"Russian-made S-400" and "S-400" search as before: required, not left out."""
    assert seeded.count("Russian-made S-400") == seeded.count("russian made s 400") > 0
    assert seeded.count("-S-400") == seeded.count() - seeded.count('"S-400"')


def test_a_query_of_minus_terms_alone_is_every_quote_without_them(seeded: QuoteDB):
    total = seeded.count()
    assert seeded.count("-sanctions") == total - seeded.count("sanctions")
    assert seeded.count("-sanctions -erdogan") == total - seeded.count("sanctions") - seeded.count("erdogan") + seeded.count("sanctions erdogan")
    # within the filters, newest first (there is nothing to rank), every facet counting the same quotes
    kept = seeded.search("-sanctions", speaker="Erdogan", limit=None)
    assert len(kept) == seeded.count("erdogan", speaker="Erdogan") - seeded.count("sanctions", speaker="Erdogan")
    assert [q.published for q in kept if q.published] == sorted((q.published for q in kept if q.published), reverse=True)
    assert all(q.rank is None for q in kept)
    assert sum(n for _, n in seeded.facets("-sanctions").speakers) + _unattributed(seeded, "-sanctions") == seeded.count("-sanctions")
    assert seeded.count("-S400") == total - seeded.count("S400")  # a word of letters and digits: written apart too
    assert seeded.count("-sanc", prefix=True) == total - seeded.count("sanc", prefix=True) < total


def _unattributed(db: QuoteDB, query: str) -> int:
    return sum(1 for q in db.search(query, limit=None) if q.speaker is None)


def test_the_word_being_typed_is_left_out_as_a_prefix_as_the_raw_syntax_reads_it(seeded: QuoteDB):
    """In the search box "erdogan -sanc" leaves out sanctions while it is typed, as NOT sanc* does."""
    assert seeded.count("erdogan -sanc", prefix=True) == seeded.count("erdogan NOT sanc*", raw=True) < seeded.count("erdogan")
    assert seeded.count("erdogan -sanc") == seeded.count("erdogan")  # a whole word: "sanc" is in no quote


def test_nothing_found_names_the_minus_term_to_drop(seeded: QuoteDB):
    assert seeded.count("erdogan -erdogan") == 0
    misses = dict(seeded.near_misses("erdogan -erdogan"))
    assert misses == {"-erdogan": seeded.count("erdogan"), "erdogan": seeded.count("-erdogan")}


def test_raw_queries_keep_their_own_syntax(seeded: QuoteDB):
    """With raw=True "-" is punctuation, as before: NOT leaves out."""
    assert seeded.count("erdogan -sanctions", raw=True) == seeded.count("erdogan sanctions")


# --- the CLI --------------------------------------------------------------------------------------------


def test_the_cli_leaves_out_a_minus_word_typed_as_its_own_argument(seeded: QuoteDB, cli):
    """`quotes search erdogan -sanctions` was refused (unrecognized arguments), `-nato` read as `-n ato`."""
    status, out, err = cli("search", "erdogan", "-sanctions", "--format", "json", "--limit", "100")
    assert status == 0, err
    assert len(out.splitlines()) == seeded.count("erdogan -sanctions")
    assert not any("sanctions" in json.loads(line)["text"] for line in out.splitlines())
    status, out, err = cli("search", "erdogan", "-nato", "-n5")  # -n5 is still --limit 5
    assert status == 0 and f"{seeded.count('erdogan -nato')} quotes match; showing 1-5." in err, err
    status, out, err = cli("search", "--", "-sanctions")
    assert status == 0 and f"{seeded.count('-sanctions')} quotes match" in err
    assert "the query only leaves words out (sanctions): every quote without them matches" in err.splitlines()
    status, out, err = cli("search", "-sanctions", "--speaker", "Erdogan")
    assert "every quote the filters select without them matches" in err, err
    status, out, err = cli("export", "--csv", "-", "--query", "-sanctions")  # an option's value
    assert status == 0 and len(out.splitlines()) > seeded.count("-sanctions")  # a header, and quotes over several lines
    assert "minus sign" not in cli("search", "S-400")[2]


def test_the_search_help_says_how_to_leave_a_word_out(cli):
    from quotes.cli import build_parser

    help_text = build_parser()._subparsers._group_actions[0].choices["search"].format_help()
    assert "quotes search erdogan -sanctions" in help_text and "leave" in help_text


# --- the TUI --------------------------------------------------------------------------------------------


def test_the_search_box_leaves_out_a_minus_word_and_says_so(seeded_db: QuoteDB):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(140, 30)) as pilot:
            await settle(pilot)
            await pilot.press(*"erdogan -sanctions")
            await settle(pilot)
            n = seeded_db.count("erdogan -sanctions")
            status = _plain(app.screen.query_one("#status"))
            assert status.startswith(f"Quotes 1–{n} of {n} · without sanctions"), status
            table = app.screen.query_one(ResultsTable)
            assert table.row_count == n and not any("sanction" in q.text.lower() for q in table.records.values())
            for _ in "erdogan ":
                await pilot.press("home", "delete")
            await settle(pilot)
            status = _plain(app.screen.query_one("#status"))
            assert status.startswith(f"Quotes 1–50 of {seeded_db.count('-sanctions')} · without sanctions"), status

    run(scenario)


def test_words_left_out_are_not_highlighted():
    assert highlighted_words("erdogan -war") == ["erdogan"]  # "war" would light up "warning"
    assert highlighted_words('united -"united nations"') == ["united"]
    assert parse_query("erdogan -war") == [("erdogan",)]


@pytest.mark.parametrize("query", ["-", "- sanctions", "--", "x - y"])
def test_a_lone_minus_is_no_minus_sign(query: str):
    assert left_out(query) == []

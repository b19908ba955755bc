"""Article text reaches the screen as literal text, with the searched words highlighted."""

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from quotes.results import DiffOp, QuoteRecord
from tui.rendering import _fold, citation, diff_text, highlighted, marked, match_spans, query_terms, snippet
from tui.screens.timeline import buckets
from tui.search_state import SearchState

BIDEN = "Erdogan said he “explained everything to [US] President [Joe] Biden, “apparently referring"


def _spans(text: Text, style: str) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if s.style == style]


def test_brackets_from_the_seeds_stay_as_written():
    out = highlighted(BIDEN, "biden")
    assert out.plain == BIDEN
    assert _spans(out, "bold reverse") == ["Biden"]
    regiment = '"Our work on the second [regiment] of S-400 systems continues,"'
    assert highlighted(regiment, "").plain == regiment


def test_highlight_is_blind_to_case_and_accents():
    out = highlighted("Erdoğan: ERDOGAN and erdogan's aide", "erdogan")
    assert _spans(out, "bold reverse") == ["Erdoğan", "ERDOGAN", "erdogan"]


@given(st.text())
def test_folding_a_text_agrees_with_folding_each_character_alone(text):
    chars, index = [], []
    for i, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch):
            if not unicodedata.combining(part):
                chars.extend(part.casefold())
                index.extend([i] * len(part.casefold()))
    folded, folded_index = _fold(text)
    assert (folded, list(folded_index)) == ("".join(chars), index)


def test_folding_keeps_positions_in_a_quote_with_curly_quotes_and_accents():
    text = "“Erdoğan’s STRASSE” and Straße"
    folded, index = _fold(text)
    assert folded == "“erdogan’s strasse” and strasse"
    assert text[index[folded.index("strasse", 20)]] == "S"
    assert [text[s:e] for s, e in match_spans(text, query_terms("erdogan strasse"))] == [
        "Erdoğan", "STRASSE", "Straße"
    ]


def test_highlight_matches_word_starts_only():
    assert match_spans("sanctions and resanctioned", query_terms("sanction")) == [(0, 8)]


def test_query_terms_drop_operators_and_single_letters():
    assert query_terms('"clear signal" OR a sanctions') == ["sanctions", "signal", "clear"]


def test_control_characters_never_reach_the_terminal():
    out = highlighted("before\x1b[31mred\x07after", "")
    assert "\x1b" not in out.plain and "\x07" not in out.plain


def test_snippet_keeps_the_first_match_visible_in_a_long_quote():
    text = "We will continue to take steps to make our defense industry more independent. " * 3
    text += "Sanctions are a wrong decision"
    out = snippet(text, "sanctions", 40)
    assert len(out.plain) <= 40
    assert out.plain.startswith("…")
    assert _spans(out, "bold reverse") == ["Sanctions"]


def test_snippet_folds_line_breaks():
    assert snippet("one\ntwo", "", 20).plain == "one two"


def test_marked_paragraph_marks_exactly_the_quote():
    para = 'Demir said: "We haven\'t noticed any direct effect [from US sanctions]."'
    start = para.index("We")
    end = para.index('."') + 1
    out = marked(para, start, end)
    assert out.plain == para
    assert _spans(out, "bold underline") == [para[start:end]]


def test_diff_text_marks_changed_words():
    ops = (
        DiffOp("equal", "Turkey and Russia", "Turkey and Russia"),
        DiffOp("replace", "is", "are"),
        DiffOp("equal", "taking many", "taking many"),
        DiffOp("replace", "steps", "measures"),
    )
    out = diff_text("Turkey and Russia are taking many measures", ops)
    assert out.plain == "Turkey and Russia is are taking many steps measures"
    assert _spans(out, "bold green") == ["are", "measures"]
    assert _spans(out, "red strike") == ["is", "steps"]
    assert diff_text("[regiment]", ()).plain == "[regiment]"


def _record(**kw) -> QuoteRecord:
    base = dict(
        id=1, text="clear signal", kind="partial", speaker="Mike Pompeo", mention="Pompeo",
        mention_start=None, mention_end=None, cue="said", via=None, method="name-cue",
        confidence=0.9, utterance=0, statement_id=1, start=0, end=12, document_id=1,
        outlet="TASS", title="Turkey and S-400", published=date(2020, 12, 16), path=None,
        url="https://example.org/a",
    )
    base.update(kw)
    return QuoteRecord(**base)


def test_citation_names_speaker_outlet_date_and_link():
    assert citation(_record()) == (
        "“clear signal” — Mike Pompeo, TASS, 2020-12-16, “Turkey and S-400”, https://example.org/a"
    )
    assert citation(_record(speaker=None, outlet=None, published=None, title=None, url=None)) == (
        "“clear signal” — Pompeo (speaker not identified)"
    )
    assert citation(_record(speaker=None, mention="He")).startswith("“clear signal” — He (speaker not identified), TASS")
    assert citation(_record(speaker=None, mention=None, outlet=None, published=None, title=None, url=None)) == (
        "“clear signal” — unattributed"
    )


def test_facet_selection_toggles_and_maps_years_to_dates():
    state = SearchState(query="sanctions", offset=50).toggled("year", 2020)
    assert state.offset == 0
    assert state.filters() == {"since": date(2020, 1, 1), "until": date(2020, 12, 31), "prefix": True}
    assert state.toggled("year", 2020).filters() == {"prefix": True}
    assert state.toggled("speaker", "Ismail Demir").filters()["speaker"] == "Ismail Demir"


def test_clear_drops_filters_before_the_query():
    state = SearchState(query="s-400", outlet="TASS")
    assert state.cleared() == SearchState(query="s-400")
    assert state.cleared().cleared() == SearchState()


def test_timeline_buckets_by_day_within_a_month_else_by_month():
    one_month = [(date(2020, 12, 16), 2), (date(2020, 12, 17), 1)]
    assert buckets(one_month) == [("2020-12-16", 2), ("2020-12-17", 1)]
    by_month = buckets(one_month + [(date(2021, 9, 26), 3)])  # the empty months between included
    assert by_month[0] == ("2020-12", 3) and by_month[-1] == ("2021-09", 3) and len(by_month) == 10
    assert buckets([]) == []

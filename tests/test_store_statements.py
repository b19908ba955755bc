"""Statement keys, blocking and near-duplicate matching, word diffs; the search query escaping."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from quotes.store.fts import fts5_query, parse_query, raw_tsquery, search_fold, tsquery
from quotes.store.statements import best_near_match, blocks, key_hash, name_order, statement_key, word_diff

STEPS = "Turkey and Russia is taking many steps, whether with the S-400 or other areas of the defense industry."
MEASURES = "Turkey and Russia are taking many measures, whether with the S-400 or other areas of the defense industry. "


def test_keys_ignore_marks_case_spacing_and_accents():
    assert statement_key("“Clear  signal,”") == statement_key("clear signal") == "clear signal"
    assert statement_key("Erdoğan’s   ÇAVUŞOĞLU") == "erdogan s cavusoglu"
    assert key_hash("clear signal") == key_hash(statement_key("Clear Signal!"))


def test_the_two_wordings_in_seed_003_share_a_block_and_match():
    a, b = statement_key(STEPS), statement_key(MEASURES)
    assert set(blocks(a, "Recep Tayyip Erdogan")) & set(blocks(b, "Recep Tayyip Erdogan"))
    assert best_near_match(b, [(1, a, STEPS)], MEASURES) == 1


def test_blocks_belong_to_one_speaker():
    a = statement_key(STEPS)
    assert not set(blocks(a, "Recep Tayyip Erdogan")) & set(blocks(a, "Mike Pompeo"))
    assert all(0 <= blk < 2**63 for name in (None, "Mike Pompeo", "İsmail Demir") for blk in blocks(a, name))


def test_short_or_different_wordings_do_not_match():
    assert blocks("clear signal", "Mike Pompeo") == []
    assert best_near_match("clear signal", [(1, "clear signals", "clear signals")]) is None
    other = "Turkey will not receive a Patriot battery unless he returns the S-400."
    assert best_near_match(statement_key(STEPS), [(1, statement_key(other), other)], STEPS) is None


def test_the_closest_candidate_wins():
    a = statement_key(STEPS)
    far = "Turkey and Russia are taking many measures, whether with the S-500 or other areas of trade."
    assert best_near_match(a, [(5, statement_key(far), far), (9, statement_key(MEASURES), MEASURES)], STEPS) == 9


PRESSURE = "Ankara did not intend to give up the S-400, despite pressure from Washington"  # seeds/000
WASHINGTON = "Ankara did not intend to give up the S-400, despite Washington's pressure"  # seeds/001


def test_the_same_words_reordered_with_the_names_in_order_match():
    a, b = statement_key(PRESSURE), statement_key(WASHINGTON)
    assert best_near_match(b, [(1, a, PRESSURE)], WASHINGTON) == 1
    assert best_near_match(b, [(1, a, PRESSURE)]) is None  # no wording to read the names from


def test_a_swap_of_roles_is_two_statements():
    sell = "Russia will sell the missiles to Turkey before the end of the year"
    bought = "Turkey will sell the missiles to Russia before the end of the year"
    assert name_order(sell) == ("turkey",) != name_order(bought)
    assert best_near_match(statement_key(bought), [(1, statement_key(sell), sell)], bought) is None
    sanction = "He said the United States sanctioned Turkey over the purchase of the S-400 system"
    sanctioned = "He said Turkey sanctioned the United States over the purchase of the S-400 system"
    assert best_near_match(statement_key(sanctioned), [(1, statement_key(sanction), sanction)], sanctioned) is None


def test_names_are_capitalised_words_inside_a_sentence():
    assert name_order("He said. The US and NATO met in Brussels, Erdogan's office said") == (
        "us", "nato", "brussels", "erdogan",
    )


def test_word_diff_names_the_changed_words():
    ops = word_diff(STEPS, MEASURES)
    assert [(o.op, o.old, o.new) for o in ops if o.op != "equal"] == [
        ("replace", "is", "are"),
        ("replace", "steps,", "measures,"),
    ]
    assert " ".join(o.new for o in ops if o.new) == " ".join(MEASURES.split())
    assert [o.op for o in word_diff("Clear signal", "clear  signal")] == ["equal"]


def test_word_diff_shows_an_editors_brackets_and_punctuation():
    """BBC: Tony Blair's words, with the editor's insertion in brackets in one report and in parentheses
    in another, showed no difference; the marks around a quote and their typography are none."""
    parens = "That's what he (Lord Goldsmith) said and that's what I say."
    brackets = "That's what he [Lord Goldsmith] said and that's what I say."
    assert [(o.op, o.old, o.new) for o in word_diff(parens, brackets) if o.op != "equal"] == [
        ("replace", "(Lord Goldsmith)", "[Lord Goldsmith]"),
    ]
    assert [(o.op, o.old, o.new) for o in word_diff("It's alright, she said", "It's alright she said") if o.op != "equal"] == [
        ("replace", "alright,", "alright"),
    ]
    # no difference: curly and straight marks, the partial quote's own marks, the quote's closing comma
    assert [o.op for o in word_diff("That’s it – a “bad idea”…", 'That\'s it - a bad idea...')] == ["equal"]
    assert [o.op for o in word_diff("we will act,", "We will act.")] == ["equal"]
    indirect = 'it is "appraising the situation'
    assert [(o.op, o.old) for o in word_diff(indirect, "appraising the situation")] == [("delete", "it is"), ("equal", indirect[6:])]


def test_user_text_becomes_quoted_terms_and_phrases():
    assert parse_query('Erdoğan "clear signal" S-400') == [("erdogan",), ("clear", "signal"), ("s", "400")]  # S-400 as written
    assert fts5_query('a "b c') == '"a" "b" "c"'
    assert tsquery('"clear signal" sanctions') == "('clear' <-> 'signal') & 'sanctions'"
    assert fts5_query("erdogan S400") == '"erdogan" AND ("s400" OR "s 400")'
    assert tsquery("S40", prefix=True) == "('s40':* | ('s' <-> '40':*))"
    assert fts5_query('*** OR NEAR( ") \x00') == '"or" "near"'
    assert search_fold("İsmail  Demir’s S-400") == "ismail demir s s 400"


def test_raw_queries_translate_for_postgres():
    assert raw_tsquery('sanction* OR "clear signal"') == "('sanction':* | ('clear' <-> 'signal'))"
    assert raw_tsquery("(a OR b) NOT c") == "(('a' | 'b') & ! 'c')"


@given(st.text(max_size=60))
def test_any_user_text_is_a_valid_fts5_query(text):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    conn.execute("INSERT INTO t VALUES ('clear signal from ankara')")
    match = fts5_query(text)
    if match:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (match,)).fetchall()


_NEWS_CHARS = "abcXYZ019 _-'.,\"’‘“”–—…«»\u00a0ʼğİıéÇş\u0301ß½"


@given(st.text(alphabet=_NEWS_CHARS, max_size=40))
def test_the_ascii_fast_path_finds_the_same_words_as_the_unicode_one(text):
    from quotes.names import fold
    from quotes.store.fts import _WORD, words

    assert words(text) == _WORD.findall(fold(text))

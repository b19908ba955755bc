"""``raw=True`` / ``--raw``: one query syntax with one meaning on SQLite and PostgreSQL.

It was passed to FTS5 as typed on SQLite and translated on PostgreSQL, so the same query found
different quotes or failed on one backend only: ``S-400`` (the seeds' topic) was "no such column:
400" on SQLite, ``a AND NOT b`` and ``NOT NOT a`` ran on PostgreSQL only, ``"" a`` on SQLite only,
and ``a NOT b c`` meant "a without (b and c)" on SQLite, "a and c without b" on PostgreSQL.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.store.fts import QuerySyntaxError

WORDS = ("alpha", "bravo", "charlie")
SETS = ("alpha", "bravo", "charlie", "alpha bravo", "alpha charlie", "bravo charlie", "alpha bravo charlie")


@pytest.fixture
def letters(db: QuoteDB, tmp_path: Path) -> QuoteDB:
    """One quote for each combination of three words: its text names the combination."""
    lines = [json.dumps({"text": f'"We said {words} today," Jane Smith said.', "url": f"https://example.com/{i}"})
             for i, words in enumerate(SETS)]
    (tmp_path / "letters.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert db.ingest([tmp_path / "letters.jsonl"]).documents == len(SETS)
    return db


def found(db: QuoteDB, query: str) -> set[str]:
    texts = {r.text for r in db.search(query, raw=True, limit=None)}
    assert db.count(query, raw=True) == len(texts)
    return {" ".join(w for w in t.split() if w in WORDS) for t in texts}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("alpha bravo", {"alpha bravo", "alpha bravo charlie"}),
        ("alpha AND bravo", {"alpha bravo", "alpha bravo charlie"}),
        ("alpha OR bravo charlie", {"alpha", "alpha bravo", "alpha charlie", "alpha bravo charlie", "bravo charlie"}),
        ("alpha NOT bravo", {"alpha", "alpha charlie"}),
        ("alpha AND NOT bravo", {"alpha", "alpha charlie"}),
        ("alpha NOT bravo charlie", {"alpha charlie"}),  # left to right: alpha and charlie, without bravo
        ("alpha NOT (bravo charlie)", {"alpha", "alpha bravo", "alpha charlie"}),
        ("alpha NOT bravo OR charlie", {"alpha", "alpha charlie", "charlie", "bravo charlie", "alpha bravo charlie"}),
        ("(alpha OR bravo) NOT charlie", {"alpha", "bravo", "alpha bravo"}),
        ('"bravo charlie"', {"bravo charlie", "alpha bravo charlie"}),
        ('"charlie bravo"', set()),
        ("char* NOT alp*", {"charlie", "bravo charlie"}),
        ('"" alpha', {"alpha", "alpha bravo", "alpha charlie", "alpha bravo charlie"}),
        ("ALPHA - bravo", {"alpha bravo", "alpha bravo charlie"}),  # punctuation is no word
        ("*", set()),  # no word: nothing, as in a plain search
    ],
)
def test_the_raw_syntax_means_the_same_on_both_backends(letters: QuoteDB, query: str, expected: set[str]):
    assert found(letters, query) == expected


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("NOT alpha", "NOT needs a term before it"),
        ("NOT NOT alpha", "NOT needs a term before it"),
        ("alpha OR", "it ends with an operator"),
        ("OR alpha", "OR needs a term before it"),
        ("alpha AND", "it ends with an operator"),
        ("(alpha", "a parenthesis is not closed"),
        ("alpha)", "unexpected ')'"),
        ('"alpha', "unbalanced double quote"),
        ("NEAR(alpha bravo)", "NEAR is not supported"),
        ("AND", "operators need terms"),
    ],
)
def test_a_raw_query_that_cannot_run_says_why_on_both_backends(letters: QuoteDB, query: str, why: str):
    with pytest.raises(QuerySyntaxError, match=f"^invalid raw search query: .*{re.escape(why)}"):
        letters.search(query, raw=True)
    with pytest.raises(QuerySyntaxError):
        letters.count(query, raw=True)


def test_a_raw_query_may_name_the_s400(seeded: QuoteDB):
    either = {r.id for r in seeded.search("S-400 OR CAATSA", raw=True, limit=None)}
    plain = {r.id for q in ('"S-400"', "CAATSA") for r in seeded.search(q, limit=None)}
    assert either == plain and len(either) > 20


def test_a_long_or_deeply_nested_raw_query_runs_or_says_why(letters: QuoteDB):
    for op in ("OR", "AND", "NOT"):  # a run of one operator is one node: no deep recursion, no FTS5 stack
        query = f" {op} ".join(["alpha"] + ["charlie" if op == "OR" else "alpha"] * 3000)
        assert found(letters, query) == (found(letters, "alpha OR charlie") if op == "OR" else
                                         set() if op == "NOT" else found(letters, "alpha"))
    assert found(letters, "(" * 20 + "alpha" + ")" * 20) == found(letters, "alpha")
    deep = "(" * 30 + "alpha OR bravo" + ")" * 30
    with pytest.raises(QuerySyntaxError, match="parentheses nested more than 20 deep"):
        letters.search(deep, raw=True)  # was: fts5 "parser stack overflow" on SQLite only

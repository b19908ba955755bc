"""SQLite and PostgreSQL give the same answers: the same seeds in both, the same queries (plain
and raw, with filters) find the same quotes, counts and facets; exports are byte for byte equal.
Only the order of relevance may differ (bm25 and ts_rank weigh words differently)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes import QuoteDB
from quotes.store.fts import QuerySyntaxError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WORDS = [
    "sanctions", "S-400", "Erdoğan", "erdogan", "ÇAVUŞOĞLU", "İsmail", "clear", "signal", "will", "not", "Turkey's",
    "Russia", "US", "the", "CAATSA", "regiment", "sanc", "defen", "“clear", "signal”", "don’t", "🙂", "مرحبا", "x",
    "-sanctions", "-S-400", "-erdogan", "-sanc", '-"clear', "S400", "U.S.",  # left out (a minus sign), joined words
]
OPERATORS = ["AND", "OR", "NOT", "(", ")", '"', "*", "-", "NEAR"]
queries = st.lists(st.sampled_from(WORDS + OPERATORS), max_size=6).map(" ".join)
filters = st.fixed_dictionaries(
    {},
    optional={
        "speaker": st.sampled_from(["Erdogan", "Pompeo", "Mevlüt Çavuşoğlu", "Turkish Foreign Ministry", "Nobody"]),
        "since": st.sampled_from(["2020-12-14", "2020-12-15", "2020-12-17"]),
        "kind": st.sampled_from(["direct", "partial", "indirect"]),
        "prefix": st.booleans(),
    },
)
PARITY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def both(pg_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[QuoteDB, QuoteDB]]:
    lite, pg = QuoteDB(str(tmp_path_factory.mktemp("parity") / "q.sqlite")), QuoteDB(pg_database)
    for db in (lite, pg):
        assert db.ingest([SEEDS]).ok
    yield lite, pg
    lite.close()
    pg.close()


def _answer(db: QuoteDB, query: str, raw: bool, kw: dict) -> object:
    """What a query finds, as comparable values (quotes by their place in their document), or its error."""
    try:
        found = sorted((q.path, q.start, q.end) for q in db.search(query, raw=raw, limit=None, **kw))
        return found, db.count(query, raw=raw, **kw), db.facets(query, raw=raw, **kw)
    except (QuerySyntaxError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"


@pytest.mark.postgres
@PARITY
@given(query=queries, raw=st.booleans(), kw=filters)
def test_every_query_finds_the_same_quotes_on_both_backends(both, query: str, raw: bool, kw: dict):
    lite, pg = both
    assert _answer(lite, query, raw, kw) == _answer(pg, query, raw, kw)


@pytest.mark.postgres
def test_everything_else_is_the_same_on_both_backends(both):
    lite, pg = both
    assert lite.stats() == pg.stats() and lite.speakers() == pg.speakers() and lite.facets() == pg.facets()
    for sort in ("date", "id"):  # relevance order may differ; these may not
        assert [(q.path, q.start) for q in lite.search(limit=None, sort=sort)] == [
            (q.path, q.start) for q in pg.search(limit=None, sort=sort)
        ]
    for name in ("Recep Tayyip Erdogan", "Mike Pompeo"):
        assert lite.timeline(name, by="day") == pg.timeline(name, by="day")
    for q in lite.search(limit=None, sort="id"):
        assert lite.context(q.id) == pg.context(q.id)
        assert [(v.quote.text, v.diff) for v in lite.variants(q.id)] == [(v.quote.text, v.diff) for v in pg.variants(q.id)]
    a, b = io.StringIO(), io.StringIO()
    lite.export_csv(a, sort="date")
    pg.export_csv(b, sort="date")
    assert a.getvalue() == b.getvalue()

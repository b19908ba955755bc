"""Facet counts are what the matching quotes themselves say: per speaker, outlet, kind and year,
for a query, filters or both, on SQLite and PostgreSQL; a text another outlet carried counts under
that outlet and in the year that copy ran too. (They are counted from one pass over the matches,
each column's values as one JSON array: this checks that nothing is lost, split or doubled.)"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quotes.store.publications import carried
from quotes.store.stats import FACET_LIMIT

WIRE = '"We will cut taxes for every family," the minister, John Roe, said on Monday.\n'
ARTICLES = [
    # an outlet whose name holds a quotation mark, a comma and the unit separator between copies' outlets
    {"text": '"Taxes must not rise," said Jane Poe, the party\'s leader.\n', "outlet": 'The "Daily", Example\x1f Gazette',
     "url": "https://gazette.example/1", "date": "2021-05-02"},
    {"text": WIRE, "outlet": "AP", "url": "https://ap.example/1", "date": "2020-12-17"},
    {"text": WIRE, "outlet": "Reuters", "url": "https://reuters.example/1", "date": "2022-01-03"},  # a copy, another year
    {"text": '"Nobody saw the taxes coming," one voter said.\n', "outlet": "AP", "url": "https://ap.example/2"},  # no date
    # NUL (stored as U+FFFD: SQLite's facets join the outlets with it) and another control character
    {"text": '"The budget will hold," said Ann Doe.\n', "outlet": "Night\x00Desk\x01 Ltd", "url": "https://night.example/1",
     "date": "2019-03-04"},
]
FORMS = [
    ("taxes", {}),
    ("taxes", {"kind": "direct"}),
    ("S-400", {}),
    ("Turkey", {"kind": "direct"}),
    ("", {"kind": "indirect"}),
    ("", {"since": "2020-01-01"}),
    ("taxes", {"until": "2021-12-31"}),
    ("", {"outlet": "Reuters"}),
    ("zzzz nothing matches", {}),
    ("budget", {}),
    ("", {"since": "2019-01-01", "until": "2019-12-31"}),
]


@pytest.fixture
def stored(seeded, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    report = seeded.ingest([feed])
    assert report.ok and report.copies == 1, report
    return seeded


def _top(counts: Counter) -> tuple:
    return tuple(sorted(counts.items(), key=lambda vn: (-vn[1], vn[0]))[:FACET_LIMIT])


@pytest.mark.parametrize("query, filters", FORMS)
def test_facets_count_the_quotes_search_finds(stored, query: str, filters: dict) -> None:
    found = stored.search(query, limit=None, **filters)
    facets = stored.facets(query, **filters)
    outlets: Counter = Counter()
    years: Counter = Counter()
    for q in found:
        outlets.update({q.outlet, *(p.outlet for p in q.other_publications)} - {None})
        years.update({d.year for d in (q.published, *(p.published for p in q.other_publications)) if d})
    assert sum(n for _, n in facets.kinds) == len(found) == stored.count(query, **filters)
    assert facets.speakers == _top(Counter(q.speaker for q in found if q.speaker is not None))
    assert facets.outlets == _top(outlets)
    assert facets.kinds == _top(Counter(q.kind for q in found))
    assert facets.years == _top(years)
    assert facets.undated == sum(1 for q in found if not q.published and not any(p.published for p in q.other_publications))


@pytest.mark.parametrize("query, filters", [("S-400", {}), ("Turkey", {"kind": "direct"}), ("", {"kind": "indirect"})])
def test_without_copies_the_years_and_undated_come_from_the_dates(seeded, query: str, filters: dict) -> None:
    found = seeded.search(query, limit=None, **filters)
    facets = seeded.facets(query, **filters)
    assert facets.years == _top(Counter(q.published.year for q in found if q.published))
    assert not carried(seeded._b)  # the seeds are five articles, none published again
    assert facets.undated == sum(1 for q in found if not q.published) > 0


def test_the_counts_cover_copies_odd_outlets_and_undated_quotes(stored) -> None:
    facets = stored.facets("taxes")
    assert dict(facets.outlets) == {'The "Daily", Example\x1f Gazette': 1, "AP": 2, "Reuters": 1}
    assert dict(facets.years) == {2020: 1, 2021: 1, 2022: 1}
    assert sum(n for _, n in facets.kinds) == 3
    assert dict(stored.facets("budget").outlets) == {"Night\ufffdDesk\x01 Ltd": 1}
    assert dict(stored.facets("budget").years) == {2019: 1}

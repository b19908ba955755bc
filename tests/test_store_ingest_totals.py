"""The shortcuts of the ingest's writer store what the plain way would: running totals written as a
batch is stored (new statements inserted with their sources counted, the others updated) equal
the totals recomputed from the quotes, on SQLite and PostgreSQL; the text check before storing
replaces exactly what its pattern would; the dateline scan that skips lines without a digit finds
the date that trying every line would."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, strategies as st

from quotes import QuoteDB
from quotes.store.sources import find_date, parse_date
from quotes.store.stats import recompute
from quotes.textio import _UNSTORABLE, storable

# Three wire stories sharing words, stored in one batch, then two more texts in a second ingest that
# report the same words again (statements created by the first batch gain sources in the second).
_FIRST = [
    'Defence Minister Hulusi Akar said: "We will not back down on the S-400 purchase, whatever Washington says."',
    'Turkey will buy more missiles. "We will not back down on the S-400 purchase, whatever Washington says," Akar said.',
    '"No comment," a spokesman said. Hulusi Akar said "the talks are going well" after the meeting.',
]
_SECOND = [
    'Akar repeated: "We will not back down on the S-400 purchase, whatever Washington says." "No comment," he added.',
    '"The talks are going well," Hulusi Akar said on Friday. A spokesman said "no comment".',
]


def _feed(path: Path, texts: list[str], outlet: str) -> Path:
    path.write_text("".join(json.dumps({"text": t, "outlet": f"{outlet} {i}"}) + "\n" for i, t in enumerate(texts)))
    return path


def _totals(db: QuoteDB) -> dict[str, list[tuple]]:
    b = db._b
    return {
        "statements": b.rows("SELECT id, sources FROM statements ORDER BY id"),
        "speakers": b.rows("SELECT id, quotes, documents FROM speakers ORDER BY id"),
        "facets": b.rows("SELECT facet, value, n FROM facet_counts WHERE n > 0 ORDER BY facet, value"),
    }


def test_running_totals_equal_the_totals_recomputed_from_the_quotes(db: QuoteDB, seeds: Path, tmp_path: Path):
    assert db.ingest([_feed(tmp_path / "first.jsonl", _FIRST, "Wire")]).documents == 3
    assert db.ingest([_feed(tmp_path / "second.jsonl", _SECOND, "Daily"), seeds]).documents == 7
    stored = _totals(db)
    assert any(n > 1 for _, n in stored["statements"]), "no statement reported twice: the test shows nothing"
    with db._b.transaction():
        recompute(db._b)
    assert _totals(db) == stored


@given(st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=40))
def test_storable_replaces_what_its_pattern_finds(text: str):
    assert storable(text) == _UNSTORABLE.sub("\ufffd", text)


_LINES = st.sampled_from([
    "", "Thursday", "17 December 2020", "December 17, 2020", "2020-12-17", "2020/12/17", "Thu, 17 Dec 2020 09:30:00 GMT",
    "Friday, 25 February", "2000 GMT", "BBC News", "31 February 2005", "Updated 3 March 2004", "٢٠٢٠-١٢-١٧", "2020-12-17T09:30Z",
])


@given(st.lists(_LINES, max_size=20))
def test_the_date_near_the_top_is_the_first_short_line_that_is_a_date(lines: list[str]):
    """find_date skips lines with no digit before trying them: the date it finds is still the first."""
    text = "\n".join(lines)
    first = next((d for line in text[:2000].splitlines()[:15] if len(line) < 40 and (d := parse_date(line))), None)
    assert find_date(text) == first

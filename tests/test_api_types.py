"""The Python API is typed as it behaves: type checkers see its types, every reading method takes
the same filters under the same names, and what a signature allows works on both backends."""

from __future__ import annotations

import csv
import inspect
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import quotes
from quotes import QuoteDB
from quotes.results import QuoteRecord

REPO = Path(__file__).resolve().parent.parent
FILTERS = ("speaker", "outlet", "since", "until", "kind", "raw", "prefix")


def test_the_package_tells_type_checkers_it_is_typed():
    # Without the PEP 561 marker mypy and pyright treat every `quotes` type as Any in a user's code.
    assert (Path(quotes.__file__).parent / "py.typed").is_file()


def test_every_reading_method_takes_the_filters_of_search():
    from quotes.store.api import SearchFilters

    search = inspect.signature(QuoteDB.search).parameters
    assert set(FILTERS) <= set(search)
    assert set(SearchFilters.__annotations__) == set(FILTERS)
    for method in (QuoteDB.count, QuoteDB.facets, QuoteDB.iter_quotes, QuoteDB.export_csv):
        kwargs = inspect.signature(method).parameters["filters"]
        assert kwargs.kind is inspect.Parameter.VAR_KEYWORD
        assert "Unpack[SearchFilters]" in str(kwargs.annotation), method.__name__


@pytest.mark.parametrize("method", ["count", "facets", "iter_quotes", "export_csv"])
def test_a_misspelt_filter_is_named_with_the_ones_there_are(seeded: QuoteDB, method: str):
    call = getattr(seeded, method)
    with pytest.raises(TypeError) as caught:
        result = call(io.StringIO(), speakr="Erdogan") if method == "export_csv" else call("", speakr="Erdogan")
        list(result)  # iter_quotes is a generator
    message = str(caught.value)
    assert f"QuoteDB.{method}()" in message and "'speakr'" in message  # was: Filters.__init__() ...
    assert "speaker, outlet, since, until, kind, raw, prefix" in message


def test_no_limit_means_every_match_whatever_the_query(seeded: QuoteDB):
    # limit=None worked without a query and raised TypeError (int(None)) with one on SQLite.
    for sort in ("relevance", "date", "id"):
        assert len(seeded.search("S-400", limit=None, sort=sort)) == seeded.count("S-400")
        assert len(seeded.search(limit=None, sort=sort)) == seeded.count()
    assert len(seeded.search("S-400", limit=None, offset=3)) == seeded.count("S-400") - 3


README_EXAMPLE = re.search(r"^```python\n(.*?)^```$", (REPO / "README.md").read_text(encoding="utf-8"), re.M | re.S)


def _mypy(tmp_path: Path, code: str) -> list[str]:
    """mypy's error lines for ``code``, a user's script importing this checkout's quotes."""
    script = tmp_path / "user_script.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-error-summary", "--hide-error-context",
         "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode in (0, 1), done.stderr
    return [line for line in done.stdout.splitlines() if ": error:" in line or ": note: Revealed" in line]


def test_a_type_checker_checks_a_users_calls(tmp_path: Path):
    pytest.importorskip("mypy")
    assert README_EXAMPLE
    assert _mypy(tmp_path, README_EXAMPLE.group(1)) == []  # the README's example type-checks as written
    lines = _mypy(tmp_path, (
        "from quotes import QuoteDB\n"
        "db = QuoteDB('x.sqlite')\n"
        "db.count('x', speakr='Erdogan')\n"
        "db.search('x', kind='Direct')\n"
        "db.export_csv('a.csv', sort='newest')\n"
        "reveal_type(db.search('x')[0].published)\n"
        "reveal_type(db.facets('x').speakers)\n"
    ))
    # Without py.typed every `quotes` type was Any to mypy: none of these was caught.
    assert any(':3: error: Unexpected keyword argument "speakr"' in line for line in lines), lines
    assert any(":4: error:" in line and "'Direct'" in line for line in lines), lines
    assert any(":5: error:" in line and "'newest'" in line for line in lines), lines
    assert any(':6: note: Revealed type is "datetime.date | None"' in line for line in lines), lines
    assert any(':7: note: Revealed type is "tuple[tuple[str, int], ...]"' in line for line in lines), lines


def test_a_quote_record_holds_every_column_of_the_csv_export(seeded: QuoteDB):
    from dataclasses import fields

    from quotes.store.export import CSV_COLUMNS
    from quotes.store.publications import also_published

    names = {f.name for f in fields(QuoteRecord)}
    assert set(CSV_COLUMNS) <= names  # was: parser_version and sha256 were in the CSV only
    # and the CSV holds every provenance field of the record (it lacked where the mention is: which "He")
    assert names - set(CSV_COLUMNS) == {"rank", "superseded_by"}  # an export holds current versions only
    out = io.StringIO()
    seeded.export_csv(out, query="clear signal")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows
    for row in rows:
        rec = seeded.get(int(row["id"]))
        assert rec is not None
        for name in CSV_COLUMNS:
            value = getattr(rec, name)
            shown = "" if value is None else f"{value:.2f}" if name == "confidence" else str(value)
            if name == "other_publications":
                shown = also_published((p.outlet, p.published, p.url) for p in value)
            assert row[name] == shown or (name == "confidence" and float(row[name]) == value), name


def test_compare_takes_the_filters_of_search(seeded: QuoteDB):
    one = seeded.compare(["Erdogan"], "sanc", prefix=True, since="2020-12-15")["Erdogan"]
    assert one == seeded.search("sanc", speaker="Erdogan", prefix=True, since="2020-12-15")
    assert one and all(q.published and q.published.isoformat() >= "2020-12-15" for q in one)
    with pytest.raises(TypeError, match="takes the speakers as its first argument"):
        seeded.compare(["Erdogan"], speaker="Pompeo")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="QuoteDB.compare.. got an unexpected keyword argument 'sinse'"):
        seeded.compare(["Erdogan"], sinse="2020-12-15")  # type: ignore[call-arg]


def test_the_errors_a_user_catches_are_in_the_package(seeded: QuoteDB, tmp_path: Path):
    import sqlite3 as sqlite

    with pytest.raises(quotes.QuerySyntaxError, match="unbalanced double quote"):
        seeded.search('"open', raw=True)
    other = tmp_path / "other.sqlite"
    with sqlite.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(quotes.SchemaError):
        QuoteDB(other)
    assert {"QuerySyntaxError", "SchemaError"} <= set(quotes.__all__)

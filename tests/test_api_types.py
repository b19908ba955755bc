"""The Python API is typed as it behaves: type checkers see its types, every reading method takes
the same filters under the same names, and what a signature allows works on both backends."""

from __future__ import annotations

import inspect
import io
from pathlib import Path

import pytest

import quotes
from quotes import QuoteDB

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

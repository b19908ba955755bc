"""quotes: find who said what in news text, and keep it with its sources.

``extract(text)`` parses one article; ``QuoteDB`` stores, searches and
compares quotes across many. Heavy parts load on first use so that the
command line starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Kind, Quote

__all__ = ["Kind", "Quote", "QuoteDB", "QuerySyntaxError", "SchemaError", "extract", "__version__"]

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .parse import extract
    from .store.api import QuoteDB
    from .store.fts import QuerySyntaxError
    from .store.migrations import SchemaError


def __dir__() -> list[str]:
    """The module's names and the public ones loaded on first use, so that ``help(quotes)`` documents them."""
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> Any:
    if name == "extract":
        from .parse import extract

        globals()["extract"] = extract  # kept once loaded: scripts ask for quotes.extract per article
        return extract
    if name == "QuoteDB":
        from .store.api import QuoteDB

        return QuoteDB
    if name == "QuerySyntaxError":  # a raw query that cannot run
        from .store.fts import QuerySyntaxError

        return QuerySyntaxError
    if name == "SchemaError":  # a database of another program, or of a newer quotes
        from .store.migrations import SchemaError

        return SchemaError
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")

"""The quote database: storage, full-text search, statements and export.

``QuoteDB`` (``api.py``) is the entry point; the README's "Using quotes" and "How the database
works" describe it.
"""

from __future__ import annotations

from .api import QuoteDB, QuerySyntaxError

__all__ = ["QuoteDB", "QuerySyntaxError"]

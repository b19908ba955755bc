"""The quote database: storage, full-text search, statements and export.

``QuoteDB`` (``api.py``) is the entry point; see /work/notes/store-api.md.
"""

from __future__ import annotations

from .api import QuoteDB, QuerySyntaxError

__all__ = ["QuoteDB", "QuerySyntaxError"]

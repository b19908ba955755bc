"""`help(quotes)` documents the public API: QuoteDB and extract load on first use (module __getattr__), and
pydoc lists a module's members from dir(), so help showed only Quote and Kind, not QuoteDB, extract or the
errors a script catches."""

from __future__ import annotations

import pydoc

import quotes


def test_help_on_the_package_documents_every_public_name():
    text = pydoc.render_doc(quotes, renderer=pydoc.plaintext)
    for name in ("class QuoteDB(", "extract(text", "class QuerySyntaxError(", "class SchemaError(", "class Quote("):
        assert name in text
    assert set(quotes.__all__) <= set(dir(quotes))

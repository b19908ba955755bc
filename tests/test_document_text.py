"""A quote's offsets can be checked: the API gives the stored text they index."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import QuoteDB

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_the_offsets_of_every_quote_and_mention_index_the_document_text(db_url: str):
    with QuoteDB(db_url) as db:
        assert db.ingest([SEEDS]).ok
        quotes = list(db.iter_quotes())
        assert quotes
        for q in quotes:
            text = db.document_text(q.document_id)  # was: no way to get it (offsets "in document 1" unverifiable)
            assert text is not None and text[q.start : q.end] == q.text
            if q.mention_start is not None:
                assert text[q.mention_start : q.mention_end] == q.mention
        assert db.document_text(10**6) is None and db.document_text(10**30) is None


def test_an_html_pages_offsets_index_its_extracted_text_not_the_markup(tmp_path: Path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    body = (
        "<p>The minister spoke at length on Tuesday about the budget and its consequences for the"
        " economy of the country in the coming years.</p><p>\"We will cut taxes for every family in"
        " this country before the end of the year,\" the finance minister, Jane Doe, said on Tuesday.</p>"
    )
    page.write_text(f"<html><head><title>Budget</title></head><body><nav>Home</nav><article>{body}</article></body></html>")
    with QuoteDB(tmp_path / "q.sqlite") as db:
        assert db.ingest([page]).ok
        (q,) = db.search("taxes")
        text = db.document_text(q.document_id)
        assert text is not None and "<p>" not in text and text[q.start : q.end] == q.text

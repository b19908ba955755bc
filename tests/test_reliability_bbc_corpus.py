"""Issue 6, the BBC corpus (read from ../shared/corpus/bbc.jsonl or $QUOTES_BBC_CORPUS, skipped when
absent, never copied into the repository): every article parses with valid offsets, and an ingest
stores every article with offsets that index its stored text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reliability_support import BBC_CORPUS, NEEDS_BBC_CORPUS, check_extract

from quotes import QuoteDB

pytestmark = NEEDS_BBC_CORPUS


@pytest.fixture(scope="module")
def articles() -> list[str]:
    with BBC_CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def test_every_article_parses_with_valid_offsets(articles: list[str]) -> None:
    assert len(articles) > 1000
    total = sum(len(check_extract(text)) for text in articles)
    assert total > len(articles)  # news quotes people: far more than one quote per article overall


def test_ingest_stores_every_article_with_offsets_into_its_text(articles: list[str], tmp_path: Path) -> None:
    with QuoteDB(str(tmp_path / "bbc.sqlite")) as db:
        report = db.ingest([BBC_CORPUS], jobs=2)
        assert report.ok, report.failed[:5]
        assert report.documents + report.skipped == len(articles)
        assert db.stats()["documents"] == len(set(articles))  # identical texts are stored once
        bad = db._b.rows(
            "SELECT q.id FROM quotes q JOIN documents d ON d.id = q.document_id"
            " WHERE q.start_char < 0 OR q.end_char > length(d.text) OR q.start_char > q.end_char"
            " OR substr(d.text, q.start_char + 1, q.end_char - q.start_char) != q.text"
        )
        assert bad == []

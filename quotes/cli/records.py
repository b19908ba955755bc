"""Quote records as JSON and as readable text (used by several commands)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from quotes.results import Publication, QuoteRecord

__all__ = ["record_json", "source_line"]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def record_json(rec: QuoteRecord) -> str:
    """One JSON object, UTF-8, with every character a terminal could act on escaped."""
    from quotes.safe_text import json_line

    fields = asdict(rec)
    fields["other_publications"] = [{k: _plain(v) for k, v in p.items()} for p in fields["other_publications"]]
    return json_line({k: _plain(v) for k, v in fields.items()})


def source_line(rec: QuoteRecord | Publication) -> str:
    """"outlet, published: title (url; path)" with the parts that are known (the path says which
    file, or which line of a .jsonl file, the text was read from: the URL alone does not)."""
    head = ", ".join(str(x) for x in (rec.outlet, rec.published) if x)
    where = "; ".join(x for x in (rec.url, rec.path) if x)
    title = rec.title or ""
    text = f"{head}: {title}" if head else title
    return f"{text} ({where})" if where else text

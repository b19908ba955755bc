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

    return json_line({k: _plain(v) for k, v in asdict(rec).items()})


def source_line(rec: QuoteRecord | Publication) -> str:
    """"outlet, published: title (path or url)" with the parts that are known."""
    head = ", ".join(str(x) for x in (rec.outlet, rec.published) if x)
    where = rec.url or rec.path or ""
    title = rec.title or ""
    text = f"{head}: {title}" if head else title
    return f"{text} ({where})" if where else text

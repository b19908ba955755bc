"""Where a document's date and title came from, as stored and as shown to a fact-checker.

``METADATA``: given by the source (a sidecar, a .jsonl field, the HTML page's metadata): kept as it
is by ``quotes reparse``. ``DATELINE``: a line near the top of the text that is only a date.
``TEXT``: guessed from the text (a title: its first meaningful line; a date: only a database made
before schema 10 has these, from an older rule that took a date from the body). Whatever is not
``METADATA`` is derived again by ``quotes reparse`` with the current rules.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

__all__ = ["METADATA", "DATELINE", "TEXT", "UNDATED", "Provenance", "describe_date", "describe_title"]

METADATA: Literal["metadata"] = "metadata"
DATELINE: Literal["dateline"] = "dateline"
TEXT: Literal["text"] = "text"
Provenance = Literal["metadata", "dateline", "text"]

_DATE_FROM = {
    METADATA: "from the source's metadata",
    DATELINE: "from a date line at the top of the text",
    TEXT: "guessed from a date in the text by an older quotes: `quotes reparse` checks it",
}
_TITLE_FROM = {
    METADATA: "the source's metadata",
    TEXT: "a guess: the text's first meaningful line",
}
UNDATED = "none: the source gave no date and no date line opens the text"


def describe_date(published: date | None, dated_by: str | None) -> str:
    """The date and where it came from: "2020-12-17, from a date line at the top of the text"."""
    if published is None:
        return UNDATED
    origin = _DATE_FROM.get(dated_by or "")
    return f"{published.isoformat()}, {origin}" if origin else published.isoformat()


def describe_title(title: str | None, titled_by: str | None) -> str | None:
    """Where the title came from (the title itself is shown beside it); None when untitled."""
    return _TITLE_FROM.get(titled_by or "") if title else None

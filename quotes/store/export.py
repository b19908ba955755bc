"""CSV export: every provenance column, streamed a page at a time.

Every cell comes out as :func:`quotes.safe_text.spreadsheet_safe` would make
it, computed in bulk for speed (a million rows in seconds): the database
prefixes the apostrophe to text starting with a :data:`FORMULA_START`
character, and :func:`terminal_safe` runs over each page of CSV text at once
(rows end in a bare newline, so the replacement of control characters cannot
touch the CSV's own framing).
"""

from __future__ import annotations

import csv
import io
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotes.safe_text import FORMULA_START, terminal_safe

from .queries import Filters

if TYPE_CHECKING:  # pragma: no cover
    from .api import QuoteDB

__all__ = ["CSV_COLUMNS", "write_csv"]

_FORMULA = ", ".join(f"'{c}'" for c in FORMULA_START)


def _safe(expr: str) -> str:
    """SQL prefixing ``expr`` with the apostrophe ``spreadsheet_safe`` gives a formula-like cell."""
    return f"CASE WHEN substr({expr}, 1, 1) IN ({_FORMULA}) THEN '''' || {expr} ELSE {expr} END"


_SELECT = {
    "id": "q.id",
    "statement_id": "q.statement_id",
    "sources": "st.sources",
    "speaker": _safe("s.name"),
    "text": _safe("q.text"),
    "kind": "q.kind",
    "mention": _safe("q.mention"),
    "cue": _safe("q.cue"),
    "via": _safe("q.via"),
    "method": "q.method",
    "confidence": "q.confidence",
    "start": "q.start_char",
    "end": "q.end_char",
    "utterance": "q.utterance",
    "parser_version": "q.parser_version",
    "document_id": "q.document_id",
    "outlet": _safe("d.outlet"),
    "title": _safe("d.title"),
    "published": "q.published",
    "path": _safe("d.path"),
    "url": _safe("d.url"),
    "sha256": "d.sha256",
}
CSV_COLUMNS = tuple(_SELECT)
_COLUMNS = ", ".join(_SELECT.values())
_WIDTH = len(CSV_COLUMNS)


def write_csv(
    db: QuoteDB,
    path_or_file: str | Path | IO[str],
    *,
    query: str = "",
    sort: str = "id",
    limit: int | None = None,
    offset: int = 0,
    **filters: Any,
) -> int:
    """Write the quotes matching ``query`` and ``filters`` (as for ``search``); returns rows written.

    ``sort`` is "id" (ingest order, the default), "date" or "relevance";
    ``limit``/``offset`` select a page as ``search`` does.
    """
    f = Filters(query=query or "", **filters)
    if isinstance(path_or_file, (str, Path)):
        target = open(path_or_file, "w", encoding="utf-8", newline="")  # noqa: SIM115
    else:
        target = nullcontext(path_or_file)
    written = 0
    with target as fh:
        page = io.StringIO()
        out = csv.writer(page, lineterminator="\n")
        out.writerow(CSV_COLUMNS)
        for rows in db._pages(_COLUMNS, f, sort, limit, offset):
            out.writerows(rows if len(rows[0]) == _WIDTH else (row[:_WIDTH] for row in rows))
            written += len(rows)
            fh.write(terminal_safe(page.getvalue()))
            page.seek(0)
            page.truncate()
        fh.write(page.getvalue())
    return written

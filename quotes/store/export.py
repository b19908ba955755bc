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
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotes.safe_text import FORMULA_START, terminal_safe

from .queries import RECORD_FROM, Filters, select_sql

if TYPE_CHECKING:  # pragma: no cover
    from .api import QuoteDB

__all__ = ["CSV_COLUMNS", "write_csv", "PAGE"]

PAGE = 5000

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
    b = db._b
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
        for rows in _pages(db, f, sort, limit, offset):
            out.writerows(rows if len(rows[0]) == _WIDTH else (row[:_WIDTH] for row in rows))
            written += len(rows)
            fh.write(terminal_safe(page.getvalue()))
            page.seek(0)
            page.truncate()
        fh.write(page.getvalue())
    return written


def _pages(db: QuoteDB, f: Filters, sort: str, limit: int | None, offset: int) -> Iterator[list[tuple]]:
    """Result rows a page at a time: keyset pages in id order, else one streamed query."""
    b = db._b
    if sort == "id" and limit is None and not offset:
        conds, params, _ = f.where(b)
        conds.append("q.id > :after")
        sql = f"SELECT {_COLUMNS} FROM {RECORD_FROM} WHERE {' AND '.join(conds)} ORDER BY q.id LIMIT {PAGE}"
        after = 0
        while rows := db._run(sql, {**params, "after": after}, f.raw):
            yield rows
            after = rows[-1][0]
        return
    sql, params, _ = select_sql(b, _COLUMNS, f, sort, limit, offset)
    if f.raw:  # a bad raw query fails here, with a clear message, before the stream starts
        db._run(f"SELECT COUNT(*) FROM ({sql}) checked", params, True)
    batch: list[tuple] = []
    for row in b.stream(sql, params, PAGE):
        batch.append(row)
        if len(batch) >= PAGE:
            yield batch
            batch = []
    if batch:
        yield batch

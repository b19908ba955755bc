"""CSV export: every provenance column, streamed a page at a time.

Text cells a spreadsheet would run as a formula (starting with = + - @ or a
control character) are neutralised by :func:`quotes.safe_text.spreadsheet_safe`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotes.safe_text import spreadsheet_safe

from .queries import RECORD_FROM, Filters, select_sql

if TYPE_CHECKING:  # pragma: no cover
    from .api import QuoteDB

__all__ = ["CSV_COLUMNS", "write_csv", "PAGE"]

PAGE = 5000

_SELECT = {
    "id": "q.id",
    "statement_id": "q.statement_id",
    "sources": "(SELECT COUNT(DISTINCT o.document_id) FROM quotes o WHERE o.statement_id = q.statement_id)",
    "speaker": "s.name",
    "text": "q.text",
    "kind": "q.kind",
    "mention": "q.mention",
    "cue": "q.cue",
    "via": "q.via",
    "method": "q.method",
    "confidence": "q.confidence",
    "start": "q.start_char",
    "end": "q.end_char",
    "utterance": "q.utterance",
    "parser_version": "q.parser_version",
    "document_id": "q.document_id",
    "outlet": "d.outlet",
    "title": "d.title",
    "published": "q.published",
    "path": "d.path",
    "url": "d.url",
    "sha256": "d.sha256",
}
CSV_COLUMNS = tuple(_SELECT)
_COLUMNS = ", ".join(_SELECT.values())


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return spreadsheet_safe(value)
    return value


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
        out = csv.writer(fh)
        out.writerow(CSV_COLUMNS)
        for rows in _pages(db, f, sort, limit, offset):
            out.writerows([_cell(v) for v in row[:_WIDTH]] for row in rows)
            written += len(rows)
    return written


_WIDTH = len(CSV_COLUMNS)


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

"""CSV export: every provenance column, streamed a page at a time.

Text cells a spreadsheet would run as a formula (starting with = + - @ or a
control character) are neutralised by :func:`quotes.safe_text.spreadsheet_safe`.
"""

from __future__ import annotations

import csv
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotes.safe_text import spreadsheet_safe

from .queries import RECORD_FROM, Filters

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


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return spreadsheet_safe(value)
    return value


def write_csv(db: QuoteDB, path_or_file: str | Path | IO[str], **filters: Any) -> int:
    """Write the quotes matching ``filters`` (as for ``search``) in id order; returns rows written."""
    b = db._b
    conds, params, _ = Filters(query=filters.pop("query", "") or "", **filters).where(b)
    conds.append("q.id > :after")
    sql = (
        f"SELECT {', '.join(_SELECT.values())} FROM {RECORD_FROM}"
        f" WHERE {' AND '.join(conds)} ORDER BY q.id LIMIT {PAGE}"
    )
    if isinstance(path_or_file, (str, Path)):
        target = open(path_or_file, "w", encoding="utf-8", newline="")  # noqa: SIM115
    else:
        target = nullcontext(path_or_file)
    written = 0
    with target as fh:
        out = csv.writer(fh)
        out.writerow(CSV_COLUMNS)
        after = 0
        while True:
            rows = db._run(sql, {**params, "after": after}, filters.get("raw", False))
            if not rows:
                break
            out.writerows([_cell(v) for v in row] for row in rows)
            written += len(rows)
            after = rows[-1][0]
    return written

"""Reparse: run the current parser over every stored text, keeping ids stable.

A quote found again at the same offsets keeps its id and its statement; a
new quote links to an existing statement by wording, as at ingest; a quote
the parser no longer finds is deleted. Statements left without any quote are
removed at the end.

A date or title that did not come from the source's metadata (``quotes.provenance``) is derived
again from the text with the current rules, on the document and on its publications; the quotes
carry the new date.
"""

from __future__ import annotations

from datetime import date, datetime, UTC

from quotes.provenance import DATELINE, METADATA, TEXT
from quotes.results import IngestFailure, IngestReport

from .engine import Backend
from .ingest import QUOTE_COLUMNS, Progress, Writer, prepare_quote
from .migrations import index_quotes_after, last_quote_id
from .publications import forget_carried
from .sources import SourceDocument, find_date, guess_title
from .stats import recompute

__all__ = ["run_reparse"]

_UPDATE = "UPDATE quotes SET " + ", ".join(f"{c} = ?" for c in QUOTE_COLUMNS[1:]) + " WHERE id = ?"


def run_reparse(backend: Backend, writer: Writer, progress: Progress | None = None) -> IngestReport:
    from quotes.parse import extract

    b = backend
    report = IngestReport(started=datetime.now(UTC))
    speakers_before = b.scalar("SELECT COUNT(*) FROM speakers")
    total = int(b.scalar("SELECT COALESCE(SUM(LENGTH(text)), 0) FROM documents WHERE superseded_by IS NULL") or 0)
    done = 0
    after = 0
    while True:
        page = b.rows(
            "SELECT id, text, outlet, published, path, url, title, dated_by, titled_by FROM documents"
            " WHERE id > :a AND superseded_by IS NULL ORDER BY id LIMIT 100",  # old versions are kept as they were
            {"a": after},
        )
        if not page:
            break
        for doc_id, text, outlet, published, path, url, title, dated_by, titled_by in page:
            after = doc_id
            where = path or url or f"document {doc_id}"
            try:
                quotes = extract(text)
            except Exception as exc:  # noqa: BLE001 - keep the stored quotes, report, go on
                report.failed.append(IngestFailure(where, f"parser error: {type(exc).__name__}: {exc}"))
                continue
            if isinstance(published, str):
                published = date.fromisoformat(published[:10])
            src = _derived_again(SourceDocument(text, path, url, outlet, title, published, (), dated_by, titled_by))
            try:
                with b.transaction():
                    _refresh_provenance(b, doc_id, src)
                    report.removed += _replace(b, writer, doc_id, src, quotes)
                report.redated += src.published != published
                report.retitled += src.title != title
            except Exception as exc:  # noqa: BLE001
                writer.forget()
                report.failed.append(IngestFailure(where, f"{type(exc).__name__}: {exc}"))
                continue
            report.documents += 1
            report.quotes += len(quotes)
            done += len(text)
            if progress:
                progress(done, total, where)
    with b.transaction():
        recompute(b)
        orphan = (
            "SELECT s.id FROM statements s WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.statement_id = s.id)"
            " AND NOT EXISTS (SELECT 1 FROM superseded_quotes q WHERE q.statement_id = s.id)"  # an old version's
        )
        b.execute(f"DELETE FROM statement_blocks WHERE statement_id IN ({orphan})")
        b.execute(f"DELETE FROM statements WHERE id IN ({orphan})")
    forget_carried(b)  # the publications' dates may have changed
    report.speakers = b.scalar("SELECT COUNT(*) FROM speakers") - speakers_before
    report.finished = datetime.now(UTC)
    return report


def _derived_again(src: SourceDocument) -> SourceDocument:
    """``src`` with its date and title derived again from its text, unless its metadata gave them."""
    if src.dated_by != METADATA:
        src.published = find_date(src.text)
        src.dated_by = DATELINE if src.published else None
    if src.titled_by != METADATA:
        src.title = guess_title(src.text)
        src.titled_by = TEXT if src.title else None
    return src


def _refresh_provenance(b: Backend, doc_id: int, src: SourceDocument) -> None:
    """Store ``src``'s date and title on the document and on the publications that did not get them from metadata."""
    published = src.published.isoformat() if src.published else None
    b.execute(
        "UPDATE documents SET published = :p, dated_by = :pb, title = :t, titled_by = :tb WHERE id = :d",
        {"p": published, "pb": src.dated_by, "t": src.title, "tb": src.titled_by, "d": doc_id},
    )
    b.execute(
        "UPDATE publications SET published = :p, dated_by = :pb WHERE document_id = :d"
        " AND (dated_by IS NULL OR dated_by <> 'metadata')",
        {"p": published, "pb": src.dated_by, "d": doc_id},
    )
    b.execute(
        "UPDATE publications SET title = :t, titled_by = :tb WHERE document_id = :d"
        " AND (titled_by IS NULL OR titled_by <> 'metadata')",
        {"t": src.title, "tb": src.titled_by, "d": doc_id},
    )


def _replace(b: Backend, writer: Writer, doc_id: int, src: SourceDocument, quotes: list) -> int:
    """Swap a document's stored quotes for ``quotes``; returns how many stored ones went away."""
    old = {
        (start, end): (qid, sid)
        for qid, start, end, sid in b.rows(
            "SELECT id, start_char, end_char, statement_id FROM quotes WHERE document_id = :d", {"d": doc_id}
        )
    }
    keep: dict[int, int | None] = {}
    ids: dict[int, int] = {}
    for i, q in enumerate(quotes):
        hit = old.pop((q.start, q.end), None)
        if hit is not None:
            ids[i], keep[i] = hit
    gone = [qid for qid, _ in old.values()]
    if gone:
        b.execute(f"DELETE FROM quotes WHERE id IN ({', '.join(map(str, gone))})")
    rows = writer.quote_rows(doc_id, src, [prepare_quote(q) for q in quotes], keep)
    if ids:
        b.executemany_rows(_UPDATE, [(*rows[i][1:], qid) for i, qid in ids.items()])
    last = last_quote_id(b)
    writer.insert_quotes([r for i, r in enumerate(rows) if i not in ids])
    index_quotes_after(b, last)
    b.execute("UPDATE documents SET parser_version = :v WHERE id = :d", {"v": writer.version, "d": doc_id})
    return len(gone)

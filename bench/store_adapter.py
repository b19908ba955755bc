"""The few ``QuoteDB`` calls the benchmarks make, in one place.

The store is built while the suite is; keeping every call here means an API
change is fixed once, and a missing store surfaces as one clear error.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

__all__ = ["open_db", "ingest_jsonl", "export_csv", "accepts"]


def open_db(db: Path) -> Any:
    from quotes.store.api import QuoteDB

    return QuoteDB(str(db))


def accepts(method: Any, name: str) -> bool:
    """Whether ``method`` takes a keyword argument ``name``."""
    try:
        params = inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def _field(report: Any, name: str) -> Any:
    value = getattr(report, name, 0)
    return len(value) if isinstance(value, list) else value


def ingest_jsonl(corpus: Path, db: Path, jobs: int = 1) -> dict[str, Any]:
    """Ingest one JSONL corpus file into the SQLite file ``db``; the report's counters."""
    qdb = open_db(db)
    try:
        kwargs = {}
        if jobs != 1:
            if not accepts(qdb.ingest, "jobs"):
                raise RuntimeError("QuoteDB.ingest takes no jobs argument")
            kwargs["jobs"] = jobs
        report = qdb.ingest([str(corpus)], **kwargs)
    finally:
        close(qdb)
    out = {k: _field(report, k) for k in ("documents", "skipped", "quotes", "speakers", "failed")}
    if out["failed"]:
        first = report.failed[0]
        out["first_failure"] = f"{first.path}: {first.reason}"
    return out


def export_csv(db: Path, out: Path, until: str | None = None) -> dict[str, Any]:
    """Export every quote (published on or before ``until`` when given) to ``out``."""
    qdb = open_db(db)
    try:
        result = qdb.export_csv(str(out), **({"until": until} if until else {}))
    finally:
        close(qdb)
    return {"rows": result if isinstance(result, int) else -1, "bytes": out.stat().st_size}


def close(qdb: Any) -> None:
    closer = getattr(qdb, "close", None)
    if closer:
        closer()

"""Where each stored text was published: a wire story carried word for word by several outlets is
one document (unique by its text) with one publication per outlet or URL that carried it.

A document's first publication is its own metadata; a copy ingested later (the same text, another
outlet or URL) adds one, and adds one source to each statement the document reports. A copy
with no outlet and no URL, or the same outlet again with no URL or the same one, adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from quotes.names import fold
from quotes.results import Publication

from .engine import Backend
from .sources import SourceDocument

__all__ = ["match_key", "publications_ddl", "insert_publications", "record_copy", "publications_of"]

_INSERT = (
    "INSERT INTO publications (document_id, match_key, outlet, url, path, title, published)"
    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, match_key) DO NOTHING"
)


def match_key(outlet: str | None, url: str | None) -> str:
    """What tells two publications of one text apart: the outlet (case- and accent-blind) and the URL."""
    return f"{fold(outlet or '')}\n{url or ''}"


def publications_ddl(backend: Backend) -> str:
    """The ``publications`` table's DDL (for the migration that adds it)."""
    from .sqlite_schema import TABLES_DDL

    ddl = next(d for d in TABLES_DDL if d.startswith("CREATE TABLE publications "))
    return ddl if backend.name == "sqlite" else ddl.replace("id INTEGER NOT NULL,", "id SERIAL NOT NULL,", 1)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def insert_publications(b: Backend, rows: Iterable[Sequence[Any]]) -> None:
    """Insert (document id, outlet, url, path, title, published) rows; one already recorded is left."""
    b.executemany_rows(
        _INSERT, [(d, match_key(outlet, url), outlet, url, path, title, _iso(pub)) for d, outlet, url, path, title, pub in rows]
    )


def record_copy(b: Backend, sha256: str, source: SourceDocument) -> bool:
    """Record ``source`` as another publication of the stored text ``sha256`` (in the caller's
    transaction); True when it is new. Its document's statements gain a source."""
    outlet, url = source.outlet, source.url
    if not (outlet or url):
        return False
    found = b.rows("SELECT id FROM documents WHERE sha256 = :s", {"s": sha256})
    if not found:
        return False
    doc = found[0][0]
    keys = [k for (k,) in b.rows("SELECT match_key FROM publications WHERE document_id = :d", {"d": doc})]
    key = match_key(outlet, url)
    if key in keys or (url is None and any(k.partition("\n")[0] == fold(outlet or "") for k in keys)):
        return False
    insert_publications(b, [(doc, outlet, url, source.path, source.title, source.published)])
    b.execute(
        "UPDATE statements SET sources = sources + 1 WHERE id IN"
        " (SELECT DISTINCT statement_id FROM quotes WHERE document_id = :d AND statement_id IS NOT NULL)",
        {"d": doc},
    )
    return True


def publications_of(b: Backend, document_ids: Iterable[int]) -> dict[int, list[Publication]]:
    """Each document's publications, its first (its own metadata) first."""
    ids = sorted({int(d) for d in document_ids})
    out: dict[int, list[Publication]] = {d: [] for d in ids}
    if not ids:
        return out
    for doc, outlet, url, path, title, published in b.rows(
        "SELECT document_id, outlet, url, path, title, published FROM publications"
        f" WHERE document_id IN ({', '.join(map(str, ids))}) ORDER BY document_id, id"
    ):
        pub = date.fromisoformat(str(published)[:10]) if published and not isinstance(published, date) else published
        out[doc].append(Publication(outlet, url, path, title, pub))
    return out

"""Where each stored text was published: a wire story carried word for word by several outlets is
one document (unique by its text) with one publication per outlet or URL that carried it.

A document's first publication is its own metadata; a copy ingested later (the same text, another
outlet or URL) adds one, and adds one source to each statement the document reports. A copy
with no outlet and no URL, or the same outlet again with no URL or the same one, adds nothing.

The outlet filter and the outlet facets count every outlet that carried a quote's text: a copy from
another outlet adds the document's quotes to that outlet's count (``facet_counts``) and the document
to :func:`carried`, which the filter and the filtered facets read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any
import threading
from weakref import WeakKeyDictionary

from quotes.names import fold
from quotes.results import Publication

from .engine import Backend
from .sources import SourceDocument

__all__ = [
    "match_key", "publications_ddl", "insert_publications", "record_copy", "publications_of", "other_outlets", "carried",
    "outlet_counts", "year_counts", "also_published", "forget_carried", "undated_sql", "OUTLET_SEPARATOR",
]

_INSERT = (
    "INSERT INTO publications (document_id, match_key, outlet, url, path, title, published, dated_by, titled_by)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, match_key) DO NOTHING"
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
    """Insert (document id, outlet, url, path, title, published, dated_by, titled_by) rows; one already
    recorded is left."""
    b.executemany_rows(
        _INSERT, [(d, match_key(outlet, url), outlet, url, path, title, _iso(pub), *by) for d, outlet, url, path, title, pub, *by in rows]
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
    known = b.rows("SELECT match_key, published FROM publications WHERE document_id = :d", {"d": doc})
    keys = [k for k, _ in known]
    years = {str(p)[:4] for _, p in known if p}
    key = match_key(outlet, url)
    if key in keys or (url is None and any(k.partition("\n")[0] == fold(outlet or "") for k in keys)):
        return False
    insert_publications(
        b, [(doc, outlet, url, source.path, source.title, source.published, source.dated_by, source.titled_by)]
    )
    if outlet and fold(outlet) not in {k.partition("\n")[0] for k in keys}:  # an outlet new to this text
        b.execute(
            "INSERT INTO facet_counts (facet, value, n) SELECT 'outlet', :o, COUNT(*) FROM quotes WHERE document_id = :d"
            " ON CONFLICT (facet, value) DO UPDATE SET n = facet_counts.n + excluded.n",
            {"o": outlet, "d": doc},
        )
    year = str(source.published)[:4] if source.published else None
    if year and year not in years:  # a year new to this text: the year facet counts its quotes there too
        b.execute(
            "INSERT INTO facet_counts (facet, value, n) SELECT 'year', :y, COUNT(*) FROM quotes WHERE document_id = :d"
            " ON CONFLICT (facet, value) DO UPDATE SET n = facet_counts.n + excluded.n",
            {"y": year, "d": doc},
        )
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
    for doc, outlet, url, path, title, published, dated_by, titled_by in b.rows(
        "SELECT document_id, outlet, url, path, title, published, dated_by, titled_by FROM publications"
        f" WHERE document_id IN ({', '.join(map(str, ids))}) ORDER BY document_id, id"
    ):
        pub = date.fromisoformat(str(published)[:10]) if published and not isinstance(published, date) else published
        out[doc].append(Publication(outlet, url, path, title, pub, dated_by, titled_by))
    return out


def other_outlets(b: Backend, document_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The outlets besides its own that carried each document's text (one spelling each), for those there are."""
    out = {}
    for doc, pubs in publications_of(b, document_ids).items():
        if pubs and (others := _other_outlets([(p.outlet, p.published, p.url) for p in pubs])):
            out[doc] = others
    return out


_CARRIED_DDL = (
    "CREATE TEMP TABLE IF NOT EXISTS carried_quotes (id INTEGER PRIMARY KEY, outlets TEXT NOT NULL, years TEXT NOT NULL,"
    " also TEXT NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS carried_by (folded TEXT NOT NULL, id INTEGER NOT NULL, published {date})",
    "CREATE INDEX IF NOT EXISTS carried_by_outlet ON carried_by (folded, id)",
    "CREATE INDEX IF NOT EXISTS carried_by_date ON carried_by (published, id)",
    "CREATE INDEX IF NOT EXISTS carried_by_quote ON carried_by (id, published)",  # one probe per full-text match
)
OUTLET_SEPARATOR = "\x1f"
"""Between the outlets (and the years) of ``carried_quotes``."""
_carried: WeakKeyDictionary[Backend, list[Any]] = WeakKeyDictionary()  # backend -> [MAX(publications.id), any?]
_lock = threading.Lock()


def carried(b: Backend) -> bool:
    """Whether any stored text was published more than once (a copy from another outlet or URL);
    if so, this connection's temporary tables say where and when the copies of each quote ran:

    ``carried_quotes`` (quote id, the other outlets joined by ``OUTLET_SEPARATOR``, the other years
    likewise, for the facets: one spelling per outlet (its first), none that folds to the
    document's own outlet, no year of the document's own date; and the other publications as the
    export writes them, :func:`also_published`); ``carried_by`` (folded outlet,
    quote id, date), one row per other publication, for the outlet and date filters, which must
    match one publication together. Rebuilt only when a publication was added since (one indexed
    ``MAX(id)``), so a filter or a facet count costs one index probe per quote.
    """
    last = b.scalar("SELECT MAX(id) FROM publications")
    with _lock:
        state = _carried.get(b)
        if state is not None and state[0] == last:
            return bool(state[1])
        copies = list(_copies(b))
        if copies or state is not None:
            for ddl in _CARRIED_DDL:
                b.execute(ddl.format(date="TEXT" if b.name == "sqlite" else "DATE"))
            b.execute("DELETE FROM carried_quotes")
            b.execute("DELETE FROM carried_by")
            b.executemany_rows(
                "INSERT INTO carried_quotes (id, outlets, years, also) SELECT id, ?, ?, ? FROM quotes WHERE document_id = ?",
                [
                    (
                        OUTLET_SEPARATOR.join(o.replace(OUTLET_SEPARATOR, " ") for o in _other_outlets(pubs)),
                        OUTLET_SEPARATOR.join(_other_years(pubs)),
                        also_published(pubs[1:]),
                        doc,
                    )
                    for doc, pubs in copies
                ],
            )
            b.executemany_rows(
                "INSERT INTO carried_by (folded, id, published) SELECT ?, id, ? FROM quotes WHERE document_id = ?",
                [(fold(outlet or ""), published, doc) for doc, pubs in copies for outlet, published, _ in pubs[1:]],
            )
            if b.name == "postgres":  # autovacuum never analyses temporary tables: the planner would guess
                b.execute("ANALYZE carried_quotes, carried_by")
        _carried[b] = [last, bool(copies)]
        return bool(copies)


def forget_carried(b: Backend) -> None:
    """Rebuild :func:`carried`'s tables on next use (after publications' dates changed in place)."""
    with _lock:
        _carried.pop(b, None)


def also_published(pubs: Iterable[tuple[str | None, Any, str | None]]) -> str:
    """(outlet, date, url) of publications as the CSV export's ``other_publications`` cell: one per
    line, "outlet, YYYY-MM-DD, url" with the parts that are known."""
    return "\n".join(", ".join(str(x)[:10] if i == 1 else str(x) for i, x in enumerate(p) if x) for p in pubs)


_Pub = tuple[str | None, Any, str | None]
"""(outlet, published, url) of one publication."""


def _copies(b: Backend) -> Iterable[tuple[int, list[_Pub]]]:
    """(document id, [(outlet, published, url) of each publication, its own first]) of each text published more than once."""
    doc: int | None = None
    pubs: list[_Pub] = []
    for d, outlet, published, url in b.rows(
        "SELECT document_id, outlet, published, url FROM publications WHERE document_id IN"
        " (SELECT document_id FROM publications GROUP BY document_id HAVING COUNT(*) > 1) ORDER BY document_id, id"
    ):
        if d != doc:
            if doc is not None:
                yield doc, pubs
            doc, pubs = d, []
        pubs.append((outlet, published, url))
    if doc is not None:
        yield doc, pubs


def _other_outlets(pubs: Sequence[_Pub]) -> tuple[str, ...]:
    """The outlets of the publications after the first, one spelling each, none folding to the first's."""
    seen, out = {fold(pubs[0][0] or "")}, []
    for outlet, _, _ in pubs[1:]:
        if outlet and (f := fold(outlet)) not in seen:
            seen.add(f)
            out.append(outlet)
    return tuple(out)


def _other_years(pubs: Sequence[_Pub]) -> tuple[str, ...]:
    """The years of the publications after the first, each once, none the first's."""
    years = [str(published)[:4] for _, published, _ in pubs if published]
    own = str(pubs[0][1])[:4] if pubs[0][1] else None
    return tuple(sorted({y for y in years if y != own}))


def undated_sql(copies: bool) -> str:
    """The condition that quote ``q`` has no date of its own nor, when ``copies`` (joined as
    ``carried_quotes c``), of a copy: a quote no date filter finds."""
    return "q.published IS NULL" + (" AND (c.years IS NULL OR c.years = '')" if copies else "")


def year_counts(b: Backend) -> dict[str, int]:
    """Quotes per year of their publications beyond their document's own date (each year once per quote):
    what the year facet adds for texts published again in another year."""
    quotes_in = dict(b.rows("SELECT document_id, COUNT(*) FROM quotes GROUP BY document_id"))
    counts: dict[str, int] = {}
    for doc, pubs in _copies(b):
        for year in _other_years(pubs):
            counts[year] = counts.get(year, 0) + quotes_in.get(doc, 0)
    return {y: n for y, n in counts.items() if n}


def _outlets_by_document(b: Backend, where: str = "") -> Iterable[tuple[int, list[str | None]]]:
    """(document id, [its own outlet, then each other outlet that carried it, one spelling each])."""
    doc, outlets, seen = None, [], set()
    for d, outlet in b.rows(f"SELECT document_id, outlet FROM publications {where} ORDER BY document_id, id"):
        if d != doc:
            if doc is not None:
                yield doc, outlets
            doc, outlets, seen = d, [outlet], {fold(outlet or "")}
        elif outlet and (f := fold(outlet)) not in seen:
            seen.add(f)
            outlets.append(outlet)
    if doc is not None:
        yield doc, outlets


def outlet_counts(b: Backend) -> dict[str, int]:
    """Quotes per outlet spelling, counting every outlet that carried each quote's text once."""
    quotes_in = dict(b.rows("SELECT document_id, COUNT(*) FROM quotes GROUP BY document_id"))
    counts: dict[str, int] = {}
    for doc, outlets in _outlets_by_document(b):
        n = quotes_in.get(doc, 0)
        for outlet in outlets:
            if outlet is not None and n:
                counts[outlet] = counts.get(outlet, 0) + n
    return counts

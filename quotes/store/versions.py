"""Versions of an article: texts stored from one place (a file path or a URL) that are versions of it.

Documents are kept by their text, so an article edited and ingested again (a typo fixed, a live story
updated) is a second document. The text ingested last from a place is the current version of the
article there when it is a version of the older text (``same_article.is_version``: the same title, or
most of the text shared); another article stored from a reused place (``tmp.txt``) is a new article,
both current. A superseded document is marked (``documents.superseded_by`` names the newer one) and its quotes move, with
their ids, to ``superseded_quotes``. Searches, counts, facets, statements' sources, variants and exports
read ``quotes`` alone, so they hold current versions only, at no cost to them; the old version stays
as history (``QuoteDB.get`` finds its quotes, ``QuoteDB.versions`` lists a document's versions).

A place is a file path or a URL; a .jsonl line is placed by its URL only (line numbers move between
editions of a feed), and a line without one has no place. Ingesting a superseded text again from the
place of a current version makes it current again (the article was reverted: the text ingested last
is current), the other kept as history; from no such place it stays history. No version is ever lost.
The versions of an article are the documents linked to it by ``superseded_by``, from its places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

from quotes.results import DocumentVersion, IngestFailure

from .engine import Backend
from .publications import _other_outlets, _other_years
from .same_article import is_version
from .stats import Tally

__all__ = ["supersede_earlier", "supersede_all_earlier", "versions_of", "Revisit"]

_LINE = re.compile(r":\d+$")
"""A .jsonl line's path ("feed.jsonl:3"): line numbers move between editions of a feed, so not a place."""

Revisit = tuple[str, str | None, str | None, str]
"""(sha256, path, url, where) of a text ingested again (stored already)."""


def _places(path: str | None, url: str | None) -> Iterator[str]:
    if path and not _LINE.search(path):
        yield "path:" + path
    if url:
        yield "url:" + url


def _at(b: Backend, places: Iterable[str], current_below: int | None = None) -> dict[str, set[int]]:
    """place -> the documents with a publication there: every one, or (``current_below``) the current
    ones with ids below it. Indexed lookups (``ix_publications_path``/``_url``)."""
    out: dict[str, set[int]] = {}
    wanted = sorted(set(places))
    current = "" if current_below is None else f" AND d.superseded_by IS NULL AND d.id < {int(current_below)}"
    for column in ("path", "url"):
        values = [p.partition(":")[2] for p in wanted if p.startswith(column + ":")]
        for i in range(0, len(values), 500):
            part = values[i : i + 500]
            for did, value in b.rows_of(
                f"SELECT p.document_id, p.{column} FROM publications p JOIN documents d ON d.id = p.document_id"
                f" WHERE p.{column} IN ({', '.join('?' * len(part))}){current}",
                part,
            ):
                out.setdefault(f"{column}:{value}", set()).add(did)
    return out


class _Texts:
    """The text and title of documents, read once each, when a comparison needs them."""

    def __init__(self, b: Backend) -> None:
        self._b = b
        self._seen: dict[int, tuple[str, str | None]] = {}

    def versions(self, old: int, new: int) -> bool:
        """Whether document ``new`` is a version of document ``old``'s article."""
        for did in (old, new):
            if did not in self._seen:
                text, title = self._b.rows("SELECT text, title FROM documents WHERE id = :d", {"d": did})[0]
                self._seen[did] = (text, title)
        return is_version(*self._seen[old], *self._seen[new])


def supersede_earlier(b: Backend, after: int, revisited: Sequence[Revisit] = ()) -> list[IngestFailure]:
    """In the caller's write transaction (the new quotes indexed, the batch's totals flushed): the
    documents with ids above ``after`` supersede the current documents from their places that they are
    versions of, and each ``revisited`` text that is superseded becomes current again where a later
    version of it is current. A note for the ingest report on each change, and on each other article
    stored from the place of a current one (both are kept current)."""
    new = b.rows("SELECT id, path, url FROM documents WHERE id > :a ORDER BY id", {"a": after})
    wanted = [p for _, path, url in new for p in _places(path, url)]
    wanted += [p for _, path, url, _ in revisited for p in _places(path, url)]
    if not wanted:
        return []
    holders = _at(b, wanted, current_below=after + 1)
    texts = _Texts(b)
    notes: list[IngestFailure] = []
    for did, path, url in new:
        noted = len(notes)
        places = list(_places(path, url))
        others = []
        for old in sorted({o for p in places for o in holders.get(p, ())}):
            if not texts.versions(old, did):
                others.append(old)
                continue
            _supersede(b, old, did)
            _forget(holders, old)
            notes.append(IngestFailure(path or url or f"document {did}", (
                f"a new version of document {old}, stored from the same place: document {old} is kept as"
                f" history, out of searches and counts (quotes versions {did})"
            )))
        if others and len(notes) == noted:
            notes.append(IngestFailure(path or url or f"document {did}", _other_articles(others)))
        for p in places:
            holders.setdefault(p, set()).add(did)
    for sha, path, url, where in revisited:
        places = list(_places(path, url))
        found = b.rows("SELECT id, superseded_by FROM documents WHERE sha256 = :s", {"s": sha}) if places else []
        if not found:
            continue
        did, by = found[0]
        later = sorted(o for o in {o for p in places for o in holders.get(p, ()) if o != did} if texts.versions(o, did))
        if by is None and not later:
            continue  # the current version again: nothing to do
        if not later:
            notes.append(IngestFailure(where, f"a version stored before (document {did}, superseded by document"
                                              f" {by}): kept as history (quotes versions {did})"))
            continue
        for old in later:
            _supersede(b, old, did)
            _forget(holders, old)
        if by is not None:
            _restore(b, did)
        for p in places:
            holders.setdefault(p, set()).add(did)
        kept = " and ".join(f"document {o}" for o in later)
        notes.append(IngestFailure(where, (
            f"a version stored before (document {did}) again: it is current again, {kept} kept as history"
            f" (quotes versions {did})" if by is not None else
            f"stored before as document {did}: it is now the current version here, {kept} kept as history"
            f" (quotes versions {did})"
        )))
    return notes


def _other_articles(others: list[int]) -> str:
    """The note on a text stored from the place of other articles (and of no earlier version of its own)."""
    if len(others) == 1:
        return f"stored from the place of document {others[0]}, but another article: both kept current"
    if len(others) <= 3:
        named = ", ".join(map(str, others[:-1])) + f" and {others[-1]}"
    else:
        named = ", ".join(map(str, others[:3])) + f" and {len(others) - 3} more"
    return f"stored from the place of documents {named}, but another article: all kept current"


def _forget(holders: dict[str, set[int]], did: int) -> None:
    for docs in holders.values():
        docs.discard(did)


def supersede_all_earlier(b: Backend) -> int:
    """Classify a database stored before versions were kept (the schema 11 migration) as an ingest
    would have: at each place, each document supersedes the older current ones it is a version of, in
    the order they were stored. How many were superseded."""
    current: dict[str, set[int]] = {}
    done = 0
    texts = _Texts(b)
    doc: int | None = None
    places: set[str] = set()

    def settle() -> None:
        nonlocal done
        for old in sorted({o for p in places for o in current.get(p, ())} - {doc}):
            if texts.versions(old, doc):  # type: ignore[arg-type]
                _supersede(b, old, doc)  # type: ignore[arg-type]
                _forget(current, old)
                done += 1
        for p in places:
            current.setdefault(p, set()).add(doc)  # type: ignore[arg-type]

    for did, path, url in b.rows("SELECT document_id, path, url FROM publications ORDER BY document_id, id"):
        if did != doc:
            if doc is not None:
                settle()
            doc, places = did, set()
        places.update(_places(path, url))
    if doc is not None:
        settle()
    return done


def _moved(b: Backend, source: str, target: str, did: int) -> None:
    from .ingest import QUOTE_COLUMNS

    columns = ", ".join(("id", *QUOTE_COLUMNS))
    b.execute(f"INSERT INTO {target} ({columns}) SELECT {columns} FROM {source} WHERE document_id = :d", {"d": did})
    b.execute(f"DELETE FROM {source} WHERE document_id = :d", {"d": did})  # SQLite: a trigger unindexes quotes


def _supersede(b: Backend, old: int, new: int) -> None:
    """Make ``old`` history, replaced by ``new``: its quotes out of ``quotes`` and out of every total."""
    _counted(b, old, -1)
    _moved(b, "quotes", "superseded_quotes", old)
    b.execute("UPDATE documents SET superseded_by = :n WHERE id = :o", {"n": new, "o": old})


def _restore(b: Backend, did: int) -> None:
    """Make the superseded ``did`` current again."""
    _moved(b, "superseded_quotes", "quotes", did)
    if b.name == "sqlite":
        b.execute(
            "INSERT INTO quotes_fts (rowid, search_text, search_speaker)"
            " SELECT id, search_text, search_speaker FROM quotes WHERE document_id = :d",
            {"d": did},
        )
    b.execute("UPDATE documents SET superseded_by = NULL WHERE id = :d", {"d": did})
    _counted(b, did, 1)
    _renumbered_copies(b, did)


def _renumbered_copies(b: Backend, did: int) -> None:
    """Give a document's publications new ids when it has copies: every connection's ``publications.carried``
    tables (rebuilt when ``MAX(publications.id)`` changes) then take its quotes in again."""
    columns = "document_id, match_key, outlet, url, path, title, published, dated_by, titled_by"
    pubs = b.rows(f"SELECT {columns} FROM publications WHERE document_id = :d ORDER BY id", {"d": did})
    if len(pubs) > 1:
        b.execute("DELETE FROM publications WHERE document_id = :d", {"d": did})
        b.executemany_rows(f"INSERT INTO publications ({columns}) VALUES ({', '.join('?' * 9)})", pubs)


def _counted(b: Backend, did: int, sign: int) -> None:
    """Add (``sign`` 1) or take (-1) a current document's quotes to or from the running totals, as the
    ingest and ``publications.record_copy`` added them (``stats.py``)."""
    rows = b.rows("SELECT speaker_id, statement_id, kind, outlet, published FROM quotes WHERE document_id = :d", {"d": did})
    if not rows:
        return
    pubs = b.rows("SELECT outlet, published, url FROM publications WHERE document_id = :d ORDER BY id", {"d": did})
    t = Tally()
    speakers = Counter(s for s, *_ in rows if s is not None)
    t.speaker_quotes.update(speakers)
    t.speaker_documents.update(set(speakers))
    t.statement_sources.update(dict.fromkeys({st for _, st, *_ in rows if st is not None}, len(pubs)))
    t.facets.update(("kind", kind) for _, _, kind, _, _ in rows)
    t.facets.update(("outlet", outlet) for *_, outlet, _ in rows if outlet is not None)
    t.facets.update(("year", str(published)[:4]) for *_, published in rows if published)
    if pubs:
        t.facets.update({("outlet", o): len(rows) for o in _other_outlets(pubs)})
        t.facets.update({("year", y): len(rows) for y in _other_years(pubs)})
    if sign < 0:
        for counter in (t.speaker_quotes, t.speaker_documents, t.statement_sources, t.facets):
            for key in counter:
                counter[key] = -counter[key]
    t.flush(b)


def versions_of(b: Backend, document_id: int) -> list[DocumentVersion]:
    """Every stored version of the document's article (itself included: the documents from its places
    linked to it by ``superseded_by``, another article from a reused place is not one), in the order
    they were stored; [] when there is no such document."""
    places = [p for path, url in b.rows("SELECT path, url FROM publications WHERE document_id = :d", {"d": document_id})
              for p in _places(path, url)]
    near = {document_id} | {d for docs in _at(b, places).values() for d in docs}
    rows = b.rows(
        "SELECT id, path, url, title, published, ingested, superseded_by FROM documents"
        f" WHERE id IN ({', '.join(map(str, sorted(near)))}) ORDER BY id"
    )
    ids = _linked(document_id, {r[0]: r[-1] for r in rows})
    if not ids:
        return []
    rows = [r for r in rows if r[0] in ids]
    counts: dict[int, int] = {}
    for table in ("quotes", "superseded_quotes"):
        counts.update(b.rows(
            f"SELECT document_id, COUNT(*) FROM {table} WHERE document_id IN ({', '.join(map(str, sorted(ids)))})"
            " GROUP BY document_id"
        ))
    return [
        DocumentVersion(did, path, url, title, _date(published), _datetime(ingested), counts.get(did, 0), by)
        for did, path, url, title, published, ingested, by in rows
    ]


def _linked(did: int, superseded_by: dict[int, int | None]) -> set[int]:
    """The documents joined to ``did`` by ``superseded_by`` links (either way) among those given."""
    links: dict[int, set[int]] = {}
    for old, new in superseded_by.items():
        if new in superseded_by:
            links.setdefault(old, set()).add(new)
            links.setdefault(new, set()).add(old)
    found, todo = {did}, [did]
    while todo:
        for other in links.get(todo.pop(), ()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found if did in superseded_by else set()  # (no such document)


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value and not isinstance(value, date) else value  # type: ignore[return-value]


def _datetime(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value and not isinstance(value, datetime) else value  # type: ignore[return-value]

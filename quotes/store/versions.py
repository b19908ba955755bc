"""Earlier versions: a text stored from the place (file path or URL) an older stored document came from.

Documents are kept by their text, so an article edited and ingested again (a typo fixed, an update
to a live story) is a second document: both versions stay (evidence is kept), and each statement
the two share counts two sources. :func:`earlier_versions` names those documents after an ingest,
so that this is said rather than found out from a doubled search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.results import IngestFailure

from .engine import Backend

__all__ = ["earlier_versions"]

_LINE = re.compile(r":\d+$")
"""A .jsonl line's path ("feed.jsonl:3"): line numbers move between editions of a feed, so not a place."""


def _places(path: str | None, url: str | None) -> Iterator[str]:
    if path and not _LINE.search(path):
        yield "path:" + path
    if url:
        yield "url:" + url


def earlier_versions(b: Backend, after: int) -> list[IngestFailure]:
    """A warning for each document with an id above ``after`` that comes from the same place as an older one.

    Reads the new documents, then each stored publication's place once (one pass over the small
    ``publications`` rows, not the texts), only when documents were stored before ``after``.
    """
    new = b.rows("SELECT id, path, url FROM documents WHERE id > :a ORDER BY id", {"a": after})
    if not new or not after:
        return []
    wanted = {place for _, path, url in new for place in _places(path, url)}
    if not wanted:
        return []
    latest: dict[str, int] = {}  # place -> the newest document from it
    for did, path, url in b.stream("SELECT document_id, path, url FROM publications WHERE document_id <= :a", {"a": after}):
        for place in _places(path, url):
            if place in wanted and did > latest.get(place, 0):
                latest[place] = did
    out = []
    for did, path, url in new:
        older = max((latest[p] for p in _places(path, url) if p in latest), default=None)
        if older is not None:
            out.append(IngestFailure(
                path or url or f"document {did}",
                f"stored before with another text (document {older}): both versions are kept (documents"
                f" {older} and {did}), and the statements they share count each version as a source",
            ))
        for place in _places(path, url):
            latest[place] = did
    return out

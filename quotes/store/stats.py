"""Running totals, so that the unfiltered views stay instant on millions of quotes.

``speakers.quotes``/``speakers.documents``, ``statements.sources`` (publications, see
``publications.py``; a copy of a stored text adds to it when recorded) and the
``facet_counts`` table (outlet, kind and year counts over every quote; a quote counts for every
outlet that carried its text and every year it was published in) are
added to as documents are stored (a :class:`Tally` per ingest batch; a
document is stored whole, once, so its counts simply add) and recomputed
after a reparse. Filtered counts are always computed from the quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotes.names import fold
from quotes.results import Facets

from .engine import Backend
from .publications import carried, outlet_counts, undated_sql, year_counts

__all__ = ["Tally", "recompute", "recompute_counts", "recompute_sources", "all_facets", "merged_outlets", "FACET_LIMIT"]

FACET_LIMIT = 50


@dataclass(slots=True)
class Tally:
    """Counts of stored quotes not yet added to the totals."""

    speaker_quotes: Counter = field(default_factory=Counter)
    speaker_documents: Counter = field(default_factory=Counter)
    statement_sources: Counter = field(default_factory=Counter)
    facets: Counter = field(default_factory=Counter)

    def add_document(
        self,
        speaker_ids: Sequence[int | None],
        statement_ids: Sequence[int | None],
        kinds: Sequence[str],
        outlet: str | None,
        published: str | None,
        counted: Collection[int] = (),
    ) -> None:
        """Count one document's stored quotes (their speaker ids, statement ids and kinds); the
        statements ``counted`` were stored with their sources already."""
        if not kinds:
            return
        speakers = [s for s in speaker_ids if s is not None]
        self.speaker_quotes.update(speakers)
        self.speaker_documents.update(set(speakers))
        self.statement_sources.update({s for s in statement_ids if s is not None and s not in counted})
        self.facets.update(("kind", k) for k in kinds)
        if outlet is not None:
            self.facets["outlet", outlet] += len(kinds)
        if published:
            self.facets["year", published[:4]] += len(kinds)

    def flush(self, b: Backend) -> None:
        """Add the counts to the totals (inside the caller's transaction) and start again.

        Rows are updated in key order, so concurrent writers never wait on each other in a cycle.
        """
        if self.speaker_quotes:
            b.executemany_rows(
                "UPDATE speakers SET quotes = quotes + ?, documents = documents + ? WHERE id = ?",
                [(n, self.speaker_documents[sid], sid) for sid, n in sorted(self.speaker_quotes.items())],
            )
        if self.statement_sources:
            b.executemany_rows(
                "UPDATE statements SET sources = sources + ? WHERE id = ?",
                [(n, sid) for sid, n in sorted(self.statement_sources.items())],
            )
        if self.facets:
            b.executemany_rows(
                "INSERT INTO facet_counts (facet, value, n) VALUES (?, ?, ?)"
                " ON CONFLICT (facet, value) DO UPDATE SET n = facet_counts.n + excluded.n",
                [(f, v, n) for (f, v), n in sorted(self.facets.items())],
            )
        self.clear()

    def clear(self) -> None:
        self.speaker_quotes.clear()
        self.speaker_documents.clear()
        self.statement_sources.clear()
        self.facets.clear()


def recompute(b: Backend) -> None:
    """Rebuild every total from the quotes (after a reparse)."""
    recompute_counts(b)
    recompute_sources(b)


def recompute_counts(b: Backend) -> None:
    """Rebuild the speakers' totals and ``facet_counts``."""
    year = "substr(published, 1, 4)" if b.name == "sqlite" else "CAST(EXTRACT(YEAR FROM published) AS TEXT)"
    b.execute("UPDATE speakers SET quotes = 0, documents = 0")
    b.execute(
        "UPDATE speakers SET quotes = c.n, documents = c.d FROM"
        " (SELECT speaker_id, COUNT(*) AS n, COUNT(DISTINCT document_id) AS d FROM quotes"
        "  WHERE speaker_id IS NOT NULL GROUP BY speaker_id) AS c WHERE speakers.id = c.speaker_id"
    )
    b.execute("DELETE FROM facet_counts")
    versioned = "publications" in b.table_names()
    outlets = (
        outlet_counts(b) if versioned
        else dict(b.rows("SELECT outlet, COUNT(*) FROM quotes WHERE outlet IS NOT NULL GROUP BY outlet"))
    )  # (a database older than version 9, on its way there, has one outlet per document)
    b.executemany(
        "INSERT INTO facet_counts (facet, value, n) VALUES ('outlet', :v, :n)",
        [{"v": v, "n": n} for v, n in sorted(outlets.items())],
    )
    for facet, expr, cond in (
        ("kind", "kind", "1 = 1"),
        ("year", year, "published IS NOT NULL"),
    ):
        b.execute(
            f"INSERT INTO facet_counts (facet, value, n) SELECT '{facet}', {expr}, COUNT(*) FROM quotes"
            f" WHERE {cond} GROUP BY {expr}"
        )
    if versioned:  # a text published again in another year counts there too
        b.executemany(
            "INSERT INTO facet_counts (facet, value, n) VALUES ('year', :v, :n)"
            " ON CONFLICT (facet, value) DO UPDATE SET n = facet_counts.n + excluded.n",
            [{"v": v, "n": n} for v, n in sorted(year_counts(b).items())],
        )


def recompute_sources(b: Backend) -> None:
    """Rebuild ``statements.sources``: the publications of the documents reporting each statement."""
    b.execute("UPDATE statements SET sources = 0")
    b.execute(
        "UPDATE statements SET sources = c.n FROM"
        " (SELECT r.statement_id, COUNT(*) AS n FROM"
        "  (SELECT DISTINCT statement_id, document_id FROM quotes WHERE statement_id IS NOT NULL) AS r"
        "  JOIN publications p ON p.document_id = r.document_id GROUP BY r.statement_id) AS c"
        " WHERE statements.id = c.statement_id"
    )


def merged_outlets(counts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Outlet counts with the spellings the outlet filter takes as one ("BBC News", "bbc news")
    added up under the most frequent spelling: a facet's count is what selecting it finds."""
    groups: dict[str, Counter[str]] = {}
    for name, n in counts:
        groups.setdefault(fold(name), Counter())[name] += n
    return [
        (min(spellings, key=lambda name: (-spellings[name], name)), sum(spellings.values()))
        for spellings in groups.values()
    ]


def all_facets(b: Backend) -> Facets:
    """The facets of every quote, from the totals."""
    speakers = b.rows(
        f"SELECT name, quotes FROM speakers WHERE quotes > 0 ORDER BY quotes DESC, name LIMIT {FACET_LIMIT}"
    )
    by_facet: dict[str, list[tuple[str, int]]] = {"outlet": [], "kind": [], "year": []}
    for facet, value, n in b.rows("SELECT facet, value, n FROM facet_counts WHERE n > 0"):
        by_facet[facet].append((value, int(n)))

    def top(items: list[tuple[Any, int]]) -> tuple[tuple[Any, int], ...]:
        return tuple(sorted(items, key=lambda vn: (-vn[1], vn[0]))[:FACET_LIMIT])

    copies = carried(b)
    join = " LEFT JOIN carried_quotes c ON c.id = q.id" if copies else ""

    return Facets(
        speakers=tuple((name, int(n)) for name, n in speakers),
        outlets=top(merged_outlets(by_facet["outlet"])),
        kinds=top(by_facet["kind"]),
        years=top([(int(v), n) for v, n in by_facet["year"]]),
        undated=int(b.scalar(f"SELECT COUNT(*) FROM quotes q{join} WHERE {undated_sql(copies)}")),  # an index range
    )

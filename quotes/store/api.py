"""``QuoteDB``: the Python API over the quote database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, TypedDict, Unpack

from quotes.model import Kind
from quotes.results import Context, DocumentVersion, Facets, IngestReport, Publication, QuoteRecord, SpeakerCount, SpeakerLink, Variant

from .engine import Backend, open_backend, resolve_url
from .fts import QuerySyntaxError
from .migrations import ensure_schema
from .publications import OUTLET_SEPARATOR, carried, other_outlets, publications_of, undated_sql
from .queries import (
    MAX_INT,
    RECORD_COLUMNS,
    RECORD_FROM,
    RECORD_JOINS,
    Filters,
    Sort,
    bounded,
    matches_sql,
    newest_match_sql,
    ranked_sql,
    record,
    resolve_speakers,
    row_id,
    select_sql,
    translate_error,
)
from .stats import FACET_LIMIT, all_facets, merged_outlets
from .surnames import all_speaker_links, speaker_links
from .versions import versions_of

if TYPE_CHECKING:
    from .ingest import Writer

__all__ = ["QuoteDB", "QuerySyntaxError", "SearchFilters"]

PAGE = 5000
"""Rows fetched at a time when streaming (export, iter_quotes)."""
CONTEXT_CHARS = 1000
"""How much of a quote's paragraph :meth:`QuoteDB.context` keeps on each side of it, at most."""


class SearchFilters(TypedDict, total=False):
    """The filters every reading method takes, as :meth:`QuoteDB.search` documents them."""

    speaker: str | None
    outlet: str | None
    since: date | str | None
    until: date | str | None
    kind: Kind | None
    raw: bool
    prefix: bool


_FILTER_NAMES = tuple(SearchFilters.__annotations__)


class QuoteDB:
    """A quote database.

    ``url`` is a filesystem path or ``sqlite:///PATH`` (SQLite, created if missing),
    ``postgresql+psycopg://...`` or None (``$QUOTES_DB``, else ``quotes.sqlite`` in the
    user data directory); any other URL scheme is a ValueError. The schema is created
    or migrated on open; a database holding another program's tables is refused
    (``SchemaError``) and left as it is. Results are plain dataclasses that stay valid
    after :meth:`close`.
    """

    rank_window: int | None = 1000
    """Relevance ranking of very common queries on SQLite: bm25 ranks the newest
    ``rank_window`` matches, then (on later pages) the older ones. Ranking every match of a
    word found in 100,000 quotes takes hundreds of milliseconds; this keeps a first page
    within a few. None ranks every match together (as PostgreSQL always does)."""

    def __init__(self, url: str | os.PathLike[str] | None = None, *, rank_window: int | None = 1000) -> None:
        self.url = resolve_url(url)
        self.rank_window = rank_window
        first = open_backend(self.url)
        try:
            ensure_schema(first)
        except BaseException:
            first.close()
            raise
        self._local = threading.local()
        self._local.backend = first
        self._shared = first if getattr(first, "path", None) == ":memory:" else None
        self._backends: list[tuple[threading.Thread, Backend]] = [(threading.current_thread(), first)]
        self._lock = threading.Lock()
        self._closed = False

    @property
    def _b(self) -> Backend:
        """This thread's connection: each thread gets its own (an in-memory SQLite db is shared).

        Opening one closes those of threads that have ended, so short-lived
        worker threads do not pile connections up.
        """
        if self._closed:
            raise RuntimeError("the QuoteDB is closed")
        b = getattr(self._local, "backend", None)
        if b is None:
            b = self._shared or open_backend(self.url)
            with self._lock:
                ended = [x for t, x in self._backends if not t.is_alive() and x is not self._shared]
                self._backends = [(t, x) for t, x in self._backends if t.is_alive() or x is self._shared]
                self._backends.append((threading.current_thread(), b))
            for x in ended:
                x.close()
            self._local.backend = b
        return b

    # --- lifecycle -------------------------------------------------------
    def close(self) -> None:
        """Close every connection this object opened (in any thread)."""
        self._closed = True
        with self._lock:
            backends, self._backends = self._backends, []
        for b in {id(b): b for _, b in backends}.values():
            b.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        """"sqlite" or "postgres"."""
        return self._b.name

    @property
    def read_only(self) -> bool:
        """True for an SQLite database in a folder this process may not write (a read-only share
        or mount: read as an unchanging snapshot) or in a file it may not write (mode 444): searches
        are answered, ingest and reparse refused with :attr:`read_only_reason`."""
        return bool(getattr(self._b, "read_only", False))

    @property
    def read_only_reason(self) -> str:
        """Why the database cannot be written and what to do, in words ("" when it can)."""
        if not self.read_only:
            return ""
        why, advice = getattr(self._b, "read_only_reason", ("", ""))
        return f"{getattr(self._b, 'path', self.url)} is read-only ({why}): {advice}"

    def _writable(self) -> None:
        if self.read_only:
            raise PermissionError(self.read_only_reason)

    # --- writing ---------------------------------------------------------
    def _get_writer(self) -> Writer:
        writer = getattr(self._local, "writer", None)
        if writer is None:
            from .ingest import Writer

            writer = self._local.writer = Writer(self._b)
        return writer

    def ingest(
        self,
        paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
        *,
        jobs: int = 1,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> IngestReport:
        """Store the articles in files and folders (.txt, .jsonl, .html).

        ``progress(bytes_done, bytes_total, path)`` is called after each file
        or batch of lines. Failures are reported, never raised.
        """
        from .ingest import run_ingest

        self._writable()
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        report = run_ingest(self._b, self._get_writer(), list(paths), jobs=jobs, progress=progress)
        # The database's own files, met in a folder that holds it (QUOTES_DB=work.sqlite, then
        # 'quotes ingest .'), are no failure; named as an article, they still are.
        named = {os.fspath(p) for p in paths}
        report.failed = [f for f in report.failed if f.path in named or not self._b.is_own_file(Path(f.path))]
        return report

    def reparse(self, progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
        """Re-extract the quotes of every stored document with the current parser.

        Quotes at the same offsets keep their ids and statements; new wordings
        link to existing statements as at ingest; statements left without
        quotes are removed.
        """
        from .reparse import run_reparse

        self._writable()
        return run_reparse(self._b, self._get_writer(), progress=progress)

    # --- reading ---------------------------------------------------------
    @staticmethod
    def _filters(method: str, query: str, filters: dict[str, Any]) -> Filters:
        _text_query(method, query)
        unknown = [name for name in filters if name not in _FILTER_NAMES]
        if unknown:
            raise TypeError(
                f"QuoteDB.{method}() got an unexpected keyword argument {unknown[0]!r}"
                f" (the filters are {', '.join(_FILTER_NAMES)})"
            )
        return Filters(query=query or "", **filters)

    def search(
        self,
        query: str = "",
        speaker: str | None = None,
        outlet: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        kind: Kind | None = None,
        limit: int | None = 50,
        offset: int = 0,
        sort: Sort = "relevance",
        raw: bool = False,
        prefix: bool = False,
    ) -> list[QuoteRecord]:
        """Quotes matching a text query and filters, best first (``sort="date"``: newest first,
        ``"oldest"``: oldest first, undated last).

        The query is user text: words must all appear (accent- and
        case-blind), "double quotes" make a phrase, nothing is FTS syntax
        unless ``raw=True``. ``prefix=True`` lets the last word (3 letters or more,
        not followed by a space) match longer words, for search as you type.
        ``speaker`` accepts any name or alias. ``since``/``until``: a date, or "2019", "2019-07",
        "2019-07-12" (since its first day, until its last). ``limit=None``: every match.
        """
        f = Filters(_text_query("search", query) or "", speaker, outlet, since, until, kind, raw, prefix)
        b = self._b
        window = self.rank_window
        # PostgreSQL's GIN index yields every match at once, and ranking them all costs about as much
        # as finding the newest ones: the window is for SQLite's FTS5 only.
        if sort != "relevance" or not window or b.name != "sqlite" or not f.match(b):
            sql, params, ranked = select_sql(b, RECORD_COLUMNS, f, sort, limit, offset)
            rows = self._run(sql, params, raw)
            return self._with_copies([record(r, float(r[-1]) if ranked else None) for r in rows])
        # Rank the newest `window` matches first, then the older ones (see rank_window).
        limit, offset = MAX_INT if limit is None else bounded(limit), bounded(offset)
        th = self._run(*newest_match_sql(b, f, window), raw)
        if not th:
            rows = self._run(*ranked_sql(b, RECORD_COLUMNS, f, limit, offset), raw)
        else:
            rows = []
            if offset < window:
                sql, params = ranked_sql(b, RECORD_COLUMNS, f, min(limit, window - offset), offset, ">=")
                rows += self._run(sql, {**params, "th": th[0][0]}, raw)
            if offset + limit > window:
                sql, params = ranked_sql(b, RECORD_COLUMNS, f, limit - len(rows), max(0, offset - window), "<")
                rows += self._run(sql, {**params, "th": th[0][0]}, raw)
        return self._with_copies([record(r, float(r[-1])) for r in rows])

    def _with_copies(self, records: list[QuoteRecord]) -> list[QuoteRecord]:
        """``records`` with the other publications of their texts (one query, only when there are copies)."""
        if not records or not carried(self._b):
            return records
        pubs = publications_of(self._b, {r.document_id for r in records})
        return [replace(r, other_publications=tuple(pubs[r.document_id][1:])) if len(pubs[r.document_id]) > 1 else r
                for r in records]

    def _run(self, sql: str, params: dict[str, Any], raw: bool) -> list[tuple]:
        try:
            return self._b.rows(sql, params)
        except Exception as exc:
            if raw and "match" in params and _is_query_error(exc):
                raise translate_error(exc, raw) from None
            raise

    def _source(self, f: Filters, join: str = "") -> tuple[str, dict[str, Any]]:
        """``FROM ... WHERE ...`` of the quotes (as ``q``, ``join`` added) matching ``f``."""
        if f.match(self._b):
            matches, _, _, params = matches_sql(self._b, f, join_quotes=True, join=join)
            return matches, params
        conds, params, _ = f.where(self._b)
        return f"quotes q{join} WHERE {' AND '.join(conds) or '1 = 1'}", params

    def count(self, query: str = "", **filters: Unpack[SearchFilters]) -> int:
        """How many quotes :meth:`search` would find without a limit."""
        f = self._filters("count", query, dict(filters))
        if f.unfiltered():
            return int(self._b.scalar("SELECT COALESCE(SUM(n), 0) FROM facet_counts WHERE facet = 'kind'"))
        if f.match(self._b):
            matches, _, _, params = matches_sql(self._b, f)
        else:
            matches, params = self._source(f)
        return int(self._run(f"SELECT COUNT(*) FROM {matches}", params, f.raw)[0][0])

    def undated(self, query: str = "", **filters: Unpack[SearchFilters]) -> int:
        """How many quotes matching ``query`` and ``filters`` have no date: those any ``since``/``until`` leaves
        out (the filters' own dates are not applied), for a search with dates to say so. A quote counts when
        none of its publications is dated (with ``outlet``: none of that outlet's), as a date filter reads it."""
        everywhen, dated = filters.copy(), filters.copy()
        everywhen.pop("since", None)
        everywhen.pop("until", None)
        dated.pop("until", None)
        dated["since"] = date.min  # every date is after it: what it leaves out has none
        self._filters("undated", query, dict(everywhen))  # a misspelt filter is named
        return self.count(query, **everywhen) - self.count(query, **dated)

    def near_misses(self, query: str, **filters: Unpack[SearchFilters]) -> list[tuple[str, int]]:
        """For a query of 2 to 12 terms: (a term, how many quotes :meth:`count` finds without it) for each
        term whose leaving out finds some, most first; what to drop from a pasted sentence ("..." Erdogan
        said: "said" is in no quote). [] for a raw query, one term, or more than 12. When no one term is
        to blame and the query holds a phrase in quotation marks beside other words (a sentence pasted from
        a story: “Sanctions are a wrong decision,” Cavusoglu told reporters), the words outside the
        phrases are left out together: ("cavusoglu told reporters", 1)."""
        from .fts import leave_one_out, query_terms, written

        self._filters("near_misses", query, dict(filters))  # a misspelt filter is named
        if filters.get("raw"):
            return []
        options = leave_one_out(query)
        if len(options) > 12:
            return []
        found = [(term, self.count(rest, **filters)) for term, rest in options]
        if not any(n for _, n in found):
            terms = query_terms(query)
            outside = [t[0] for t, out in terms if len(t) == 1 and not out]
            if outside and any(len(t) > 1 and not out for t, out in terms):  # a space ends the query: the phrases' words are whole
                kept = " ".join(written(t, out) for t, out in terms if len(t) > 1 or out) + " "  # the phrases, what is left out
                found = [(" ".join(outside), self.count(kept, **filters))]
        return sorted(((term, n) for term, n in found if n), key=lambda tn: -tn[1])

    def facets(self, query: str = "", **filters: Unpack[SearchFilters]) -> Facets:
        """Counts per speaker, outlet, kind and year for a query and filters, largest first (top 50 each)."""
        f = self._filters("facets", query, dict(filters))
        if f.unfiltered():
            return all_facets(self._b)
        # the other outlets that carried a quote's text, and the other years it ran in, count it too
        others = ("c.outlets", "c.years") if carried(self._b) else ()
        source, params = self._source(f, " LEFT JOIN carried_quotes c ON c.id = q.id" if others else "")
        # Each column's values in one value, counted here: one pass over the matches and no sort (a GROUP BY
        # sorted the 25,000 matches of a common word: a third of the time). SQLite joins the text columns
        # with NUL, which no stored text holds (``textio.storable``): split, not parsed as JSON; a year is
        # the date's leading integer, so that the 26,000 dates of "government" are not counted in Python.
        sqlite = self._b.name == "sqlite"
        array, text = ("json_group_array({})", "group_concat({}, char(0))") if sqlite else ("json_agg({})", "json_agg({})")
        year = "CAST(q.published AS INTEGER)" if sqlite else "CAST(EXTRACT(YEAR FROM q.published) AS INTEGER)"
        columns = ", ".join(
            [array.format("q.speaker_id"), text.format("q.outlet"), text.format("q.kind"), array.format(year)]
            + [array.format(c) for c in others]
        )
        # undated: no year of its own (a null in the years), nor, with copies, of a copy
        copies_undated = f"SUM(CASE WHEN {undated_sql(True)} THEN 1 ELSE 0 END), " if others else ""
        row = self._run(f"SELECT {copies_undated}{columns} FROM {source}", params, f.raw)[0]
        if others:
            undated, row = int(row[0] or 0), row[1:]
        speakers, outlets, kinds, years, *also = (
            Counter(_values(v, split=sqlite and i in (1, 2))) for i, v in enumerate(row)
        )
        if not others:
            undated = years[None]
        del speakers[None], outlets[None], years[None]
        if also:
            for joined, n in also[0].items():
                if joined:
                    outlets.update(dict.fromkeys(joined.split(OUTLET_SEPARATOR), n))
            for joined, n in also[1].items():
                if joined:
                    years.update(dict.fromkeys(map(int, joined.split(OUTLET_SEPARATOR)), n))
        top_ids = [sid for sid, _ in Counter(dict(sorted(speakers.items()))).most_common(10 * FACET_LIMIT)]  # ties: by id
        names = dict(self._b.rows(f"SELECT id, name FROM speakers WHERE id IN ({', '.join(map(str, top_ids)) or 'NULL'})"))

        def top(counts: Counter, key: Callable[[Any], Any] = lambda v: v) -> tuple:
            return tuple(sorted(((key(v), n) for v, n in counts.items()), key=lambda vn: (-vn[1], vn[0]))[:FACET_LIMIT])

        return Facets(
            speakers=top(Counter({names[i]: speakers[i] for i in top_ids})),
            outlets=top(Counter(dict(merged_outlets(outlets.items())))),
            kinds=top(kinds),
            years=top(years),
            undated=undated,
        )

    def get(self, quote_id: int) -> QuoteRecord | None:
        """The quote with this id, or None when there is none."""
        if (qid := row_id(quote_id)) is None:
            return None
        rows = self._b.rows(f"SELECT {RECORD_COLUMNS} FROM {RECORD_FROM} WHERE q.id = :id", {"id": qid})
        if rows:
            return self._with_copies([record(rows[0])])[0]
        rows = self._b.rows(  # a quote of an old version of its article, kept as history
            f"SELECT {RECORD_COLUMNS}, d.superseded_by FROM superseded_quotes q {RECORD_JOINS} WHERE q.id = :id", {"id": qid}
        )
        return replace(self._with_copies([record(rows[0])])[0], superseded_by=rows[0][-1]) if rows else None

    def context(self, quote_id: int, around: int | None = CONTEXT_CHARS) -> Context:
        """The paragraph (line) holding the quote, with the quote's offsets inside it.

        A paragraph running on for more than ``around`` characters before or after the quote
        is cut there, at a space, and the cut marked with "…" (an article of one long line
        would otherwise print or render whole); ``around=None`` keeps the whole paragraph.
        Raises KeyError when there is no such quote.
        """
        qid = row_id(quote_id)
        rows = [] if qid is None else self._b.rows(
            "SELECT d.text, q.start_char, q.end_char FROM quotes q JOIN documents d ON d.id = q.document_id"
            " WHERE q.id = :id UNION ALL SELECT d.text, q.start_char, q.end_char FROM superseded_quotes q"
            " JOIN documents d ON d.id = q.document_id WHERE q.id = :id",
            {"id": qid},
        )
        if not rows:
            raise KeyError(f"no quote with id {quote_id}")
        text, start, end = rows[0]
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", max(end, start))
        last = len(text) if last < 0 else last
        before = after = ""
        if around is not None and start - first > around:
            first = text.find(" ", start - around, start) + 1 or start - around
            before = "… "
        if around is not None and last - end > around:
            cut = text.rfind(" ", end, end + around)
            last = cut if cut >= end else end + around
            after = " …"
        shift = len(before) - first
        return Context(before + text[first:last] + after, start + shift, end + shift)

    def document_text(self, document_id: int) -> str | None:
        """The stored text of a document, which a quote's ``start``/``end`` and ``mention_start``/
        ``mention_end`` index (for an HTML page: its extracted main text, not the markup); None
        when there is no such document."""
        if (did := row_id(document_id)) is None:
            return None
        return self._b.scalar("SELECT text FROM documents WHERE id = :id", {"id": did})

    def publications(self, document_id: int) -> list[Publication]:
        """Where the document's text was published: its own metadata first, then each copy of the
        same text from another outlet or URL ingested later ([] when there is no such document)."""
        if (did := row_id(document_id)) is None:
            return []
        return publications_of(self._b, [did])[did]

    def versions(self, document_id: int) -> list[DocumentVersion]:
        """Every stored version of the document's article (texts stored from the same file path or URL),
        in the order they were stored: the last one ingested is current, searched and counted; the
        others are history (their quotes found by :meth:`get` only). [] when there is no such document."""
        if (did := row_id(document_id)) is None:
            return []
        return versions_of(self._b, did)

    def other_outlets(self, document_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
        """For the documents whose text outlets besides their own carried (copies), those outlets;
        the outlet filter and facets count a quote under each of them."""
        ids = [d for d in map(row_id, document_ids) if d is not None]
        return other_outlets(self._b, ids) if ids and carried(self._b) else {}

    def speakers(self) -> list[SpeakerCount]:
        """Every speaker with quotes, most quoted first."""
        rows = self._b.rows(
            "SELECT name, kind, quotes, documents FROM speakers WHERE quotes > 0 ORDER BY quotes DESC, name"
        )
        return [SpeakerCount(name, kind, int(n), int(docs)) for name, kind, n, docs in rows]

    def speaker_names(self, name: str) -> list[str]:
        """The speakers a ``speaker=name`` filter names (by name, alias, or whole words of one), by
        name; the filter also takes those of their :meth:`speaker_links`."""
        ids = resolve_speakers(self._b, name.replace("\x00", " "), inferred=False)
        if not ids:
            return []
        return [r[0] for r in self._b.rows(f"SELECT name FROM speakers WHERE id IN ({', '.join(map(str, ids))}) ORDER BY name")]

    def speaker_links(self, name: str | None = None) -> list[SpeakerLink]:
        """The inferred aliases a ``speaker=name`` filter follows (None: every one of the database): a
        speaker known by a surname alone ("Parry") and the one full name of the database it probably
        stands for ("Rick Parry"), with the evidence; either name selects both (see ``quotes.store.surnames``)."""
        if name is None:
            return all_speaker_links(self._b)
        ids = resolve_speakers(self._b, name.replace("\x00", " "), inferred=False)
        return speaker_links(self._b, ids)

    def timeline(self, speaker: str, by: str = "month") -> list[tuple[date, int]]:
        """Quotes of a speaker (name or alias) per month (or ``by="day"``), oldest first; undated left out.

        A quote counts once, at its text's first date: a copy published elsewhere on another day
        (or dated where its first publication was not) moves nothing but an undated quote."""
        if by not in ("month", "day"):
            raise ValueError("by must be 'month' or 'day'")
        ids = resolve_speakers(self._b, speaker)
        if not ids:
            return []
        if self._b.name == "sqlite":
            bucket = "substr(q.published, 1, 7) || '-01'" if by == "month" else "q.published"
        else:
            bucket = "CAST(date_trunc('month', q.published) AS DATE)" if by == "month" else "q.published"
        who = f"speaker_id IN ({', '.join(map(str, ids))})"
        source = f"quotes q WHERE q.{who}"
        if carried(self._b):  # a quote counts once, at its first date: its copies' dates count too
            source = (
                f"(SELECT id, MIN(published) AS published FROM (SELECT id, published FROM quotes WHERE {who}"
                f" UNION ALL SELECT c.id, c.published FROM carried_by c JOIN quotes x ON x.id = c.id WHERE x.{who})"
                " AS dates GROUP BY id) AS q WHERE 1 = 1"
            )
        rows = self._b.rows(f"SELECT {bucket} AS b, COUNT(*) FROM {source} AND q.published IS NOT NULL GROUP BY 1 ORDER BY 1")
        return [(b if isinstance(b, date) else date.fromisoformat(str(b)[:10]), n) for b, n in rows]

    def variants(self, quote_id: int) -> list[Variant]:
        """Every occurrence of the quote's statement, oldest first, each diffed word by word against the first
        ([] when there is no such quote)."""
        from .statements import word_diff

        if row_id(quote_id) is None:
            return []
        sid = self._b.scalar(  # a quote of an old version: its statement's current reports
            "SELECT statement_id FROM quotes WHERE id = :id UNION ALL SELECT statement_id FROM superseded_quotes WHERE id = :id",
            {"id": int(quote_id)},
        )
        order = "q.published, q.id" if self._b.name == "sqlite" else "q.published NULLS LAST, q.id"
        if self._b.name == "sqlite":
            order = "q.published IS NULL, q.published, q.id"
        rows = [] if sid is None else self._b.rows(
            f"SELECT {RECORD_COLUMNS} FROM {RECORD_FROM} WHERE q.statement_id = :s ORDER BY {order}", {"s": sid}
        )
        if not rows:
            q = self.get(quote_id)
            return [Variant(q, (), tuple(self.publications(q.document_id)[1:]))] if q else []
        records = self._with_copies([record(r) for r in rows])
        first = records[0].text
        pubs = publications_of(self._b, (r.document_id for r in records))
        return [
            Variant(r, () if i == 0 else word_diff(first, r.text), tuple(pubs[r.document_id][1:]))
            for i, r in enumerate(records)
        ]

    def compare(
        self, speakers: Sequence[str], query: str = "", limit: int = 50, **filters: Unpack[SearchFilters]
    ) -> dict[str, list[QuoteRecord]]:
        """For each speaker (name or alias), their quotes matching ``query`` and ``filters`` (those of
        :meth:`search` but ``speaker``); one name may be a plain string."""
        if isinstance(speakers, str):
            speakers = [speakers]
        rest: dict[str, Any] = dict(filters)
        if "speaker" in rest:
            raise TypeError("QuoteDB.compare() takes the speakers as its first argument, not speaker=")
        self._filters("compare", query, rest)  # a misspelt filter is named before any search
        return {name: self.search(query, speaker=name, limit=limit, **rest) for name in speakers}

    def iter_quotes(self, query: str = "", **filters: Unpack[SearchFilters]) -> Iterator[QuoteRecord]:
        """Every matching quote in id order, fetched a page at a time (memory stays flat)."""
        for rows in self._pages(RECORD_COLUMNS, self._filters("iter_quotes", query, dict(filters))):
            yield from self._with_copies(list(map(record, rows)))

    def _pages(
        self, columns: str, f: Filters, sort: str = "id", limit: int | None = None, offset: int = 0
    ) -> Iterator[list[tuple]]:
        """Rows of ``columns`` for ``f``, ``PAGE`` at a time: keyset pages in id order, else one streamed query."""
        b = self._b
        if sort == "id" and limit is None and not offset:
            conds, params, _ = f.where(b)
            conds.append("q.id > :after")
            sql = f"SELECT {columns} FROM {RECORD_FROM} WHERE {' AND '.join(conds)} ORDER BY q.id LIMIT {PAGE}"
            after = 0
            while rows := self._run(sql, {**params, "after": after}, f.raw):
                yield rows
                after = rows[-1][0]
            return
        sql, params, _ = select_sql(b, columns, f, sort, limit, offset)
        if f.raw:  # a bad raw query fails here, with a clear message, before the stream starts
            self._run(f"SELECT COUNT(*) FROM ({sql}) checked", params, True)
        batch: list[tuple] = []
        for row in b.stream(sql, params, PAGE):
            batch.append(row)
            if len(batch) >= PAGE:
                yield batch
                batch = []
        if batch:
            yield batch

    def export_csv(
        self,
        path_or_file: str | os.PathLike[str] | IO[str],
        *,
        query: str = "",
        sort: Sort = "id",
        limit: int | None = None,
        offset: int = 0,
        bom: bool = False,
        **filters: Unpack[SearchFilters],
    ) -> int:
        """Write matching quotes with every provenance column as CSV; returns rows written.

        Takes ``query`` and the filters of :meth:`search`, plus ``sort`` ("id",
        the default, "date" or "relevance") and optional ``limit``/``offset``.
        Streams a page at a time; cells starting with = + - @ are neutralised.
        ``bom=True`` begins the file with a byte-order mark, for Excel to read it as UTF-8.
        """
        from .export import write_csv

        f = self._filters("export_csv", query, dict(filters))
        return write_csv(self, path_or_file, f, sort=sort, limit=limit, offset=offset, bom=bom)

    def stats(self) -> dict[str, int]:
        """Counts: documents (current ones: an edited article is one document), superseded (the earlier
        versions of edited articles, kept as history: :meth:`versions`), quotes (of current documents),
        speakers, statements."""
        counts = {t: int(self._b.scalar(f"SELECT COUNT(*) FROM {t}")) for t in ("quotes", "speakers", "statements")}
        superseded = int(self._b.scalar("SELECT COUNT(*) FROM documents WHERE superseded_by IS NOT NULL"))
        current = int(self._b.scalar("SELECT COUNT(*) FROM documents")) - superseded
        return {"documents": current, "superseded": superseded, **counts}


def _text_query(method: str, query: object) -> str:
    """``query`` when it is text (None: no query); a TypeError that says so for anything else
    (``search(2005)`` failed deep inside with AttributeError: 'int' object has no attribute 'strip')."""
    if query is not None and not isinstance(query, str):
        raise TypeError(f"QuoteDB.{method}() query must be a string, not {type(query).__name__} (give \"2005\" for a number)")
    return query or ""


def _is_query_error(exc: Exception) -> bool:
    name = type(exc).__name__
    return name in ("OperationalError", "SyntaxError", "DataError", "ProgrammingError") or "syntax" in str(exc).lower()


def _values(column: str | list | None, split: bool) -> Sequence[Any]:
    """The values a facet column aggregated: a JSON array (a list already from PostgreSQL) or, ``split``,
    text joined by NUL; none (NULL) when nothing matched."""
    if column is None:
        return ()
    if not isinstance(column, str):
        return column
    return column.split("\x00") if split else json.loads(column)

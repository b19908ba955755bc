"""The SQL behind search, counts, facets and export: filters to WHERE clauses, rows to records.

Every filter is a column of ``quotes`` itself (outlet and date are repeated
there from the document), so counts and facets need no join and each filter
has an index; the outlet filter also finds the quotes of documents that
another outlet carried (``publications.carried``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

from quotes.names import fold
from quotes.periods import FORMS, period_end, period_start
from quotes.results import QuoteRecord

from .engine import Backend
from .publications import carried
from .surnames import speaker_links
from .fts import QuerySyntaxError, fts5_left_out, fts5_query, query_terms, raw_fts5, raw_tsquery, tsquery, tsquery_left_out

__all__ = [
    "Filters", "record", "RECORD_COLUMNS", "RECORD_FROM", "RECORD_JOINS", "SORTS", "Sort", "resolve_speakers", "resolve_outlets",
    "select_sql", "ranked_sql", "newest_match_sql", "matches_sql", "bounded", "row_id",
]

RECORD_COLUMNS = (
    "q.id, q.text, q.kind, s.name, q.mention, q.mention_start, q.mention_end, q.cue, q.via, q.method,"
    " q.confidence, q.utterance, q.statement_id, q.start_char, q.end_char, q.document_id, d.outlet,"
    " d.title, q.published, d.path, d.url, st.sources, q.parser_version, d.sha256, d.dated_by, d.titled_by"
)
RECORD_JOINS = (
    "JOIN documents d ON d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id"
    " LEFT JOIN statements st ON st.id = q.statement_id"
)
RECORD_FROM = "quotes q " + RECORD_JOINS
KINDS = ("direct", "partial", "indirect")
Sort = Literal["relevance", "date", "oldest", "id"]
SORTS: tuple[Sort, ...] = get_args(Sort)
"""relevance: best match first (newest first without a query); date: newest first; oldest: oldest first (who
said it first; undated last either way); id: ingest order."""
MAX_INT = 2**63 - 1
"""The largest integer SQLite and PostgreSQL (bigint) store: a larger id exists nowhere."""


def bounded(n: int) -> int:
    """A limit or offset as the database takes it: below 0 is 0, beyond ``MAX_INT`` is everything."""
    return min(max(0, int(n)), MAX_INT)


def row_id(value: int) -> int | None:
    """``value`` as a row id, or None when no row can have it (beyond the 64-bit range)."""
    value = int(value)
    return value if -MAX_INT - 1 <= value <= MAX_INT else None


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def record(row: Sequence[Any], rank: float | None = None) -> QuoteRecord:
    return QuoteRecord(
        id=row[0],
        text=row[1],
        kind=row[2],
        speaker=row[3],
        mention=row[4],
        mention_start=row[5],
        mention_end=row[6],
        cue=row[7],
        via=row[8],
        method=row[9],
        confidence=float(row[10] or 0.0),
        utterance=row[11] or 0,
        statement_id=row[12],
        start=row[13],
        end=row[14],
        document_id=row[15],
        outlet=row[16],
        title=row[17],
        published=_date(row[18]),
        path=row[19],
        url=row[20],
        sources=row[21] or 1,
        rank=rank,
        parser_version=row[22],
        sha256=row[23],
        dated_by=row[24],
        titled_by=row[25],
    )


def resolve_speakers(b: Backend, name: str, inferred: bool = True) -> list[int]:
    """Speaker ids for a name or any alias (folded); whole-word containment as a fallback. ``inferred``:
    with the speakers they are linked to by an inferred alias (a surname alone and its one full
    name, :mod:`quotes.store.surnames`)."""
    ids = _named_speakers(b, name)
    if inferred and ids:
        links = speaker_links(b, ids, why=False)
        ids = sorted({*ids, *(i for link in links for i in (link.surname_id, link.full_name_id))})
    return ids


def _named_speakers(b: Backend, name: str) -> list[int]:
    f = fold(name)
    if not f:
        return []
    ids = [
        r[0]
        for r in b.rows(
            "SELECT id FROM speakers WHERE folded = :f UNION SELECT speaker_id FROM aliases WHERE folded = :f",
            {"f": f},
        )
    ]
    if not ids:
        pat = "% " + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"
        ids = [
            r[0]
            for r in b.rows(
                "SELECT id FROM speakers WHERE ' ' || folded || ' ' LIKE :p ESCAPE '\\'"
                " UNION SELECT speaker_id FROM aliases WHERE ' ' || folded || ' ' LIKE :p ESCAPE '\\'",
                {"p": pat},
            )
        ]
    return sorted(ids)


def resolve_outlets(b: Backend, name: str) -> list[str]:
    """The stored outlet names equal to ``name`` when folded (case-, accent- and space-blind)."""
    f = fold(name)
    if not f:
        return []
    return [v for (v,) in b.rows("SELECT value FROM facet_counts WHERE facet = 'outlet'") if fold(v) == f]


@dataclass(slots=True)
class Filters:
    query: str = ""
    speaker: str | None = None
    outlet: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    kind: str | None = None
    raw: bool = False
    prefix: bool = False
    """The last word of ``query`` also matches longer words (search as you type)."""
    _known: dict[tuple[str, int], Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    """What the database said about these filters, asked once per backend: a search ranks in two or
    three statements, and the speakers a name stands for (with its inferred links) take a few queries."""

    def __post_init__(self) -> None:
        for name in ("speaker", "outlet"):  # one name each: a list failed deep inside ('list' has no 'replace')
            if (value := getattr(self, name)) is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be one name as a string, not {type(value).__name__}"
                                + (" (QuoteDB.compare takes several speakers)" if name == "speaker" else ""))
        # NUL cannot reach PostgreSQL as text; it cannot be part of a name either.
        if self.speaker:
            self.speaker = self.speaker.replace("\x00", " ")
        if self.outlet:
            self.outlet = self.outlet.replace("\x00", " ")

    def has_words(self) -> bool:
        """Whether there is a query. User text with no word (a lone '"' typed to start a phrase,
        "*", "-") is none: every quote matches, as with an empty search box. A raw query is taken
        as typed: a lone '"' is a syntax error there, operators alone find nothing."""
        if not self.query or not self.query.strip():
            return False
        return self.raw or bool(query_terms(self.query))

    def unfiltered(self) -> bool:
        """True when every quote matches (no query, no filter)."""
        return not self.has_words() and not any((self.speaker, self.outlet, self.since, self.until, self.kind))

    def match(self, b: Backend) -> str:
        """The full-text expression for this backend; '' when there is no query (:meth:`has_words`)."""
        if not self.has_words():
            return ""
        if self.raw:
            return raw_fts5(self.query) if b.name == "sqlite" else raw_tsquery(self.query)
        if b.name == "sqlite":
            return fts5_query(self.query, self.prefix)
        return tsquery(self.query, self.prefix)

    def left_out(self, b: Backend) -> str:
        """For a query of words left out alone ("-sanctions"), which no full-text expression runs: the
        expression finding the quotes that hold any of them, which the query leaves out ('' otherwise)."""
        if not self.has_words() or self.raw or self.match(b):
            return ""
        return (fts5_left_out if b.name == "sqlite" else tsquery_left_out)(self.query, self.prefix)

    def where(self, b: Backend) -> tuple[list[str], dict[str, Any], str]:
        """(conditions on ``q``, parameters, match expression); the lists are the caller's to extend."""
        if (known := self._known.get(("where", id(b)))) is None:
            known = self._known[("where", id(b))] = self._where(b)
        conds, params, match = known
        return list(conds), dict(params), match

    def _where(self, b: Backend) -> tuple[list[str], dict[str, Any], str]:
        conds: list[str] = []
        params: dict[str, Any] = {}
        match = self.match(b)
        if left_out := self.left_out(b):  # "-sanctions": every quote but those
            params["left_out"] = left_out
            if b.name == "sqlite":
                conds.append("q.id NOT IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :left_out)")
            else:
                conds.append("NOT q.search_vector @@ to_tsquery('simple', :left_out)")
        elif self.has_words() and not match:
            conds.append("1 = 0")  # a raw query of operators alone: nothing
        elif match:
            params["match"] = match
            if b.name == "sqlite":
                conds.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match)")
            else:
                conds.append("q.search_vector @@ to_tsquery('simple', :match)")
        if self.speaker:
            ids = resolve_speakers(b, self.speaker)
            conds.append(f"q.speaker_id IN ({', '.join(map(str, ids))})" if ids else "1 = 0")
        if self.since:
            params["since"] = _iso(self.since)
        if self.until:
            params["until"] = _iso(self.until, end=True)
        if self.since and self.until and params["since"] > params["until"]:  # a typo, not an empty period
            raise ValueError(f"since {params['since']} is after until {params['until']}")
        dated = [c for key, c in (("since", "{} >= :since"), ("until", "{} <= :until")) if key in params]
        self._known[("indexed", id(b))] = not self.outlet  # every condition after the query's is one indexed column test
        if self.outlet:
            outlets = resolve_outlets(b, self.outlet)
            params.update({f"outlet{i}": o for i, o in enumerate(outlets)})
            params["outlet_folded"] = fold(self.outlet)
            own = [f"q.outlet IN ({', '.join(f':outlet{i}' for i in range(len(outlets)))})"] if outlets else []
            # The document's own publication (outlet and date are the quote's columns), or one of its copies:
            # outlet and dates match one publication together.
            either = [" AND ".join(own + [c.format("q.published") for c in dated])] if own else []
            either += _copies(b, ["folded = :outlet_folded", *(c.format("published") for c in dated)], params, match)
            conds.append(f"({' OR '.join(either)})" if either else "1 = 0")
        elif dated:
            copies = _copies(b, [c.format("published") for c in dated], params, match)
            own = [c.format("q.published") for c in dated]
            conds.extend(own if not copies else [f"(({' AND '.join(own)}) OR {copies[0]})"])
            self._known[("indexed", id(b))] = not copies
        if self.kind:
            if self.kind not in KINDS:
                raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
            conds.append("q.kind = :kind")
            params["kind"] = self.kind
        return conds, params, match


def _copies(b: Backend, where: list[str], params: dict[str, Any], match: str) -> list[str]:
    """The condition that one of a quote's copies (its text published again) matches ``where`` (on
    ``carried_by``), or none when no copy does: one probe, so that a database without copies
    keeps the plain filter and its index."""
    if not carried(b) or not b.rows(f"SELECT 1 FROM carried_by WHERE {' AND '.join(where)} LIMIT 1", params):
        return []
    # By id, so that SQLite keeps its covering index of the filter columns: one probe per
    # full-text match, else the matching copies' quotes read once.
    if match:
        return [f"EXISTS (SELECT 1 FROM carried_by c WHERE {' AND '.join('c.' + w for w in where)} AND c.id = q.id)"]
    return [f"q.id IN (SELECT id FROM carried_by WHERE {' AND '.join(where)})"]


def _page(b: Backend, params: dict[str, Any], limit: int | None, offset: int) -> str:
    if limit is not None:
        params.update(limit=bounded(limit), offset=bounded(offset))
        return " LIMIT :limit OFFSET :offset"
    if offset:
        params["offset"] = bounded(offset)
        return " LIMIT -1 OFFSET :offset" if b.name == "sqlite" else " OFFSET :offset"
    return ""


def matches_sql(
    b: Backend, f: Filters, join_quotes: bool = False, join: str = ""
) -> tuple[str, str, str, dict[str, Any]]:
    """(FROM ... WHERE ... of the full-text matches, score expression (lower is better), id expression, params).

    On SQLite the quotes table is joined (as ``q``) only when a filter, ``join_quotes`` or ``join``
    (more joined tables, on ``q``) needs it.
    """
    conds, params, _ = f.where(b)
    if b.name == "sqlite":
        rest = conds[1:]  # the FTS condition always comes first
        joined = " JOIN quotes q INDEXED BY ix_quotes_facets ON q.id = quotes_fts.rowid"  # every filter column is in it
        if rest and _few_kept(b, f, rest, params):
            # the ids the filters keep, as a set each match is looked up in (the unary + keeps FTS5 from
            # taking the set as rowids to seek one by one, each a new full-text query)
            rest = [f"+quotes_fts.rowid IN (SELECT q.id FROM quotes q WHERE {' AND '.join(rest)})"]
            source = "quotes_fts" + (joined + join if join_quotes or join else "")
        else:
            source = "quotes_fts" + (joined + join if rest or join_quotes or join else "")
        where = " AND ".join(["quotes_fts MATCH :match", *rest])
        return f"{source} WHERE {where}", "bm25(quotes_fts, 1.0, 0.5)", "quotes_fts.rowid", params
    score = "-ts_rank(q.search_vector, to_tsquery('simple', :match))"
    return f"quotes q{join} WHERE {' AND '.join(conds)}", score, "q.id", params


def _few_kept(b: Backend, f: Filters, rest: list[str], params: dict[str, Any]) -> bool:
    """Whether the filters ``rest`` (indexed column tests: a speaker, dates, a kind) keep fewer than half
    as many quotes as the full-text query matches. Each match then costs a lookup in the set of their
    ids instead of a probe into the index of every quote (1M quotes: a month of 3,500 quotes and
    "Blair", 30,000 matches, 15 -> 5 ms); a larger set costs more to gather than it saves. Asked
    once per :class:`Filters` (two counts, the second stopped at half the first)."""
    if (few := f._known.get(("few", id(b)))) is None:
        few = False
        if f._known.get(("indexed", id(b))):
            try:
                half = b.scalar("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH :match", params) // 2
                kept = b.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM quotes q WHERE {' AND '.join(rest)} LIMIT {half})", params)
                few = kept < half
            except sqlite3.Error:  # a raw query FTS5 refuses: the statement that runs it says so, translated
                few = False
        f._known[("few", id(b))] = few
    return few


def ranked_sql(
    b: Backend, columns: str, f: Filters, limit: int | None, offset: int, window: str = ""
) -> tuple[str, dict[str, Any]]:
    """Full-text matches best first; a rank column ends each row. ``window``: ">=" or "<" the id ``:th``.

    The matches are ranked and cut to the page first, then joined to their
    columns, so a page costs the ranking plus ``limit`` row lookups.
    """
    matches, score, ident, params = matches_sql(b, f)
    if window:
        matches += f" AND {ident} {window} :th"
    page = _page(b, params, limit, offset)
    inner = f"SELECT {ident} AS id, {score} AS score FROM {matches} ORDER BY score, id{page}"
    sql = (
        f"SELECT {columns}, -h.score FROM ({inner}) h JOIN quotes q ON q.id = h.id {RECORD_JOINS}"
        " ORDER BY h.score, q.id"
    )
    return sql, params


def newest_match_sql(b: Backend, f: Filters, n: int) -> tuple[str, dict[str, Any]]:
    """The id of the ``n``-th newest full-text match (None when there are fewer)."""
    matches, _, ident, params = matches_sql(b, f)
    params["nth"] = max(0, n - 1)
    return f"SELECT {ident} FROM {matches} ORDER BY {ident} DESC LIMIT 1 OFFSET :nth", params


def select_sql(
    b: Backend, columns: str, f: Filters, sort: str = "relevance", limit: int | None = 50, offset: int = 0
) -> tuple[str, dict[str, Any], bool]:
    """(SQL selecting ``columns`` from ``RECORD_FROM`` for ``f``, parameters, whether a rank column ends each row)."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    if sort == "relevance" and f.match(b):
        return (*ranked_sql(b, columns, f, limit, offset), True)
    conds, params, _ = f.where(b)
    page = _page(b, params, limit, offset)
    if sort == "id":
        order = "q.id"
    elif sort == "oldest":
        order = "q.published IS NULL, q.published, q.id" if b.name == "sqlite" else "q.published NULLS LAST, q.id"
    else:
        order = "q.published DESC, q.id DESC" if b.name == "sqlite" else "q.published DESC NULLS LAST, q.id DESC"
    where = f" WHERE {' AND '.join(conds)}" if conds else ""
    return f"SELECT {columns} FROM {RECORD_FROM}{where} ORDER BY {order}{page}", params, False


def _iso(value: date | str, *, end: bool = False) -> str:
    """A since (``end``: until) filter's day: a string may name a year or a month (2019-07: since its
    first day, until its last), as the CLI and the TUI take it."""
    if isinstance(value, datetime):  # its day: the time would make "2020-12-15" < "2020-12-15T10:00"
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"a date must be a datetime.date or a string ({FORMS}), not {value!r}")
    return (period_end if end else period_start)(value).isoformat()


def translate_error(exc: Exception, raw: bool) -> Exception:
    """A database error from a raw query as a QuerySyntaxError the user can act on."""
    return QuerySyntaxError(f"invalid {'raw ' if raw else ''}search query: {exc}")

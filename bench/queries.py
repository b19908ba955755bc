"""Reading the scale database: full-text search, speaker filter, facets, date ranges.

Every query runs once to warm the page cache (an interactive session is warm),
then ``runs`` more times; the figures are percentiles over all timed calls.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .context import Context
from .ingest import scale_database
from .report import Row, unavailable
from .stats import median, percentile

__all__ = ["run", "search_command", "QUERY_WORDS"]

FAMILY = "query"
SEARCH_P50_MS = 5.0
SEARCH_P95_MS = 20.0
FILTER_P95_MS = 50.0

# What people type into a news-quote search: topics, names, institutions, two-word phrases.
QUERY_WORDS = (
    "government", "economy", "growth", "election", "minister", "film", "music", "market",
    "players", "technology", "mobile", "internet", "prices", "profits", "tax", "police",
    "court", "company", "shares", "oil", "budget", "Blair", "Brown", "Microsoft", "Europe",
    "China", "games", "champion", "security", "jobs", "interest rates", "chief executive",
    "world cup", "very disappointed", "we are", "important", "referee", "broadband",
)


def search_command(ctx: Context, db: Path) -> list[str]:
    """``quotes search`` arguments for the cold-start row (the path relative to the repository)."""
    try:
        db = db.relative_to(ctx.repo)
    except ValueError:
        pass
    return ["search", "government", "--db", str(db)]


class Timings(list[float]):
    """Milliseconds of every call (wall clock), with the CPU milliseconds of each in ``cpu``."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def _timed(calls: list[Callable[[], Any]], runs: int) -> Timings:
    """Milliseconds of every call, ``runs`` rounds after one warm-up round."""
    for call in calls:
        call()
    times = Timings()
    for _ in range(runs):
        for call in calls:
            t0, c0 = time.perf_counter(), time.process_time()
            call()
            times.append((time.perf_counter() - t0) * 1000)
            times.cpu.append((time.process_time() - c0) * 1000)
    return times


def _ms_row(what: str, times: Timings, target_p95: float, p50: float | None = None,
            reference: str = "", note: str = "") -> Row:
    """The row of a latency target (wall clock); the notes give the CPU time too, which another
    job on the shared cores does not inflate (a run under load reads as a slower machine)."""
    p50v, p95v = percentile(times, 50), percentile(times, 95)
    ok = p95v <= target_p95 and (p50 is None or p50v <= p50)
    target = (f"p50 <= {p50:g} ms, " if p50 is not None else "") + f"p95 <= {target_p95:g} ms"
    cpu = f"CPU p50 {percentile(times.cpu, 50):.1f} ms, p95 {percentile(times.cpu, 95):.1f} ms"
    return Row(FAMILY, what, f"p50 {p50v:.1f} ms, p95 {p95v:.1f} ms", target, ok, reference,
               f"{len(times)} timed calls ({cpu}); {note}".rstrip("; "))


def _speakers(db: Any, count: int) -> list[str]:
    """The most quoted speakers plus a spread of rarer ones."""
    ranked = [s.name for s in db.speakers() if s.name]
    top = ranked[: count // 2]
    rest = ranked[count // 2 :]
    step = max(1, len(rest) // max(1, count - len(top)))
    return top + rest[::step][: count - len(top)]


def _date_ranges(count: int) -> list[tuple[date, date]]:
    rng = random.Random(7)
    out = []
    for i in range(count):
        length = (30, 365, 5 * 365)[i % 3]
        start = date(2000, 1, 1) + timedelta(days=rng.randrange(0, 9000 - length))
        out.append((start, start + timedelta(days=length)))
    return out


def _hits_note(db: Any, queries: list[tuple[str, dict[str, Any]]]) -> str:
    """The median number of quotes matching (query, filters), counted once outside the timing."""
    totals = [db.count(q, **f) for q, f in queries]
    return f"median {median(totals):,.0f} matching quotes" if totals else ""


def _profile(ctx: Context, row: Row, calls: list[Callable[[], Any]]) -> None:
    if row.passed is False and ctx.settings.profile:
        from .profiling import profile_text

        row.profile = profile_text(lambda: [c() for _ in range(3) for c in calls])


def _search_rows(ctx: Context, db: Any, runs: int) -> list[Row]:
    words = QUERY_WORDS[:8] if ctx.settings.quick else QUERY_WORDS
    calls = [lambda w=w: db.search(w, limit=50) for w in words]
    times = _timed(calls, runs)
    row = _ms_row("search: FTS bm25, first page of 50", times, SEARCH_P95_MS, SEARCH_P50_MS,
                  note=f"{len(words)} query words; {_hits_note(db, [(w, {}) for w in words])}")
    _profile(ctx, row, calls)
    return [row]


def _speaker_rows(ctx: Context, db: Any, runs: int) -> list[Row]:
    names = _speakers(db, 6 if ctx.settings.quick else 20)
    if not names:
        return [unavailable(FAMILY, "speaker filter", f"p95 <= {FILTER_P95_MS:g} ms", "no named speakers stored")]
    queries = [("", {"speaker": n}) for n in names] + [(w, {"speaker": n}) for n, w in zip(names, QUERY_WORDS)]
    calls = [lambda q=q, f=f: db.search(q, limit=50, **f) for q, f in queries]
    times = _timed(calls, runs)
    row = _ms_row("speaker filter, first page", times, FILTER_P95_MS,
                  note=f"{len(names)} speakers, alone and with a query word; {_hits_note(db, queries)}")
    _profile(ctx, row, calls)
    return [row]


def _facet_rows(ctx: Context, db: Any, runs: int) -> list[Row]:
    words = QUERY_WORDS[:6] if ctx.settings.quick else QUERY_WORDS[:20]
    calls = [lambda w=w: db.facets(w) for w in words]
    times = _timed(calls, runs)
    row = _ms_row("facet counts for a query", times, FILTER_P95_MS, note=f"{len(words)} query words")
    _profile(ctx, row, calls)
    everything = [lambda: db.facets("")]
    times_all = _timed(everything, max(3, runs))
    row_all = _ms_row("facet counts, no query (every quote)", times_all, FILTER_P95_MS,
                      note="what the TUI shows before anything is typed")
    _profile(ctx, row_all, everything)
    return [row, row_all]


def _date_rows(ctx: Context, db: Any, runs: int) -> list[Row]:
    ranges = _date_ranges(6 if ctx.settings.quick else 24)
    queries = [("", {"since": a, "until": b}) for a, b in ranges]
    queries += [(w, {"since": a, "until": b}) for (a, b), w in zip(ranges, QUERY_WORDS)]
    calls = [lambda q=q, f=f: db.search(q, limit=50, **f) for q, f in queries]
    times = _timed(calls, runs)
    row = _ms_row("date range, first page", times, FILTER_P95_MS,
                  note=f"{len(ranges)} ranges of a month, a year, five years, alone and with a query; "
                       f"{_hits_note(db, queries)}")
    _profile(ctx, row, calls)
    return [row]


def run(ctx: Context) -> list[Row]:
    parts = (
        (_search_rows, "search: FTS bm25, first page", f"p50 <= {SEARCH_P50_MS:g} ms, p95 <= {SEARCH_P95_MS:g} ms"),
        (_speaker_rows, "speaker filter", f"p95 <= {FILTER_P95_MS:g} ms"),
        (_facet_rows, "facet counts", f"p95 <= {FILTER_P95_MS:g} ms"),
        (_date_rows, "date range", f"p95 <= {FILTER_P95_MS:g} ms"),
    )
    try:
        from .store_adapter import close, open_db

        path = scale_database(ctx)
        db = open_db(path)
    except Exception as exc:
        return [unavailable(FAMILY, what, target, f"{type(exc).__name__}: {exc}") for _, what, target in parts]
    runs = max(2, ctx.settings.runs)
    rows: list[Row] = []
    try:
        for part, what, target in parts:
            try:
                rows += part(ctx, db, runs)
            except Exception as exc:
                rows.append(unavailable(FAMILY, what, target, f"{type(exc).__name__}: {exc}"))
    finally:
        close(db)
    return rows

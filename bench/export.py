"""CSV export of every quote: time, and whether memory stays flat as the export grows.

"Flat" is judged within one database: exporting all of it against exporting
the tenth of it published before mid-2002 (the scale corpus spreads its dates
evenly over 2000-2024). Both walk the same tables and fill SQLite's page cache
alike, so the difference is what the export itself keeps per row.
"""

from __future__ import annotations

from .context import Context
from .ingest import scale_database
from .report import Row, unavailable
from .stats import median, run_child

__all__ = ["run"]

FAMILY = "export"
MAX_SECONDS = 15.0
FLAT_MB = 15.0
"""Peak RSS may exceed the small export's by this much and still count as flat."""
TENTH_UNTIL = "2002-06-30"


def run(ctx: Context) -> list[Row]:
    what = "CSV export of every quote"
    target = f"<= {MAX_SECONDS:g} s, flat memory"
    try:
        db = scale_database(ctx)
        out = ctx.workdir / "export.csv"
        small = run_child("export", db, out, TENTH_UNTIL)
        runs = max(1, min(3, ctx.settings.runs))
        big = [run_child("export", db, out) for _ in range(runs)]
        out.unlink(missing_ok=True)
    except Exception as exc:
        return [unavailable(FAMILY, what, target, f"{type(exc).__name__}: {exc}")]
    seconds = median([r["seconds"] for r in big])
    rss = max(r["peak_rss_mb"] for r in big)
    growth = rss - small["peak_rss_mb"]
    rows_out = big[0]["rows"]
    rate = f"{rows_out / seconds:,.0f} rows/s" if rows_out > 0 else f"{big[0]['bytes'] / 1e6 / seconds:.0f} MB/s"
    row = Row(FAMILY, f"{what} ({ctx.db_size})", f"{seconds:.1f} s, peak RSS {rss:.0f} MB",
              target, seconds <= MAX_SECONDS and growth <= FLAT_MB,
              f"RSS {growth:+.0f} MB vs exporting {small['rows']:,} rows of it ({small['peak_rss_mb']:.0f} MB)",
              f"{big[0]['bytes'] / 1e6:,.0f} MB of CSV, {rate}; median of {runs}")
    if row.passed is False and ctx.settings.profile:
        from .profiling import profile_text
        from .store_adapter import export_csv

        row.profile = profile_text(lambda: export_csv(db, out))
        out.unlink(missing_ok=True)
    return [row]

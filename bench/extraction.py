"""``quotes.extract`` throughput on one core and the memory of a streaming run."""

from __future__ import annotations

from .context import Context
from .profiling import profile_text
from .references import bare_scan, naive_extract
from .report import Row, unavailable
from .stats import median, run_child, timed_runs

__all__ = ["run"]

FAMILY = "extract"
MIN_MBS = 10.0
MAX_SLOWDOWN = 9.0
MAX_RSS_MB = 150.0
SIZE_INDEPENDENT_MB = 15.0
"""Peak RSS may grow by this much from the 1x to the Nx corpus and still count as flat."""


def _throughput(ctx: Context, fn) -> float:
    texts = ctx.base.texts
    seconds = median(timed_runs(lambda: [fn(t) for t in texts], ctx.settings.runs))
    return ctx.base.megabytes / seconds


def _speed_rows(ctx: Context) -> list[Row]:
    from quotes import extract

    bare = _throughput(ctx, bare_scan)
    naive = _throughput(ctx, naive_extract)
    ours = _throughput(ctx, extract)
    slowdown = bare / ours
    rows = [
        Row(FAMILY, "reference: bare double-mark scan", f"{bare:.1f} MB/s", reference="1.0x"),
        Row(FAMILY, "reference: naive regex extractor", f"{naive:.1f} MB/s",
            reference=f"{bare / naive:.1f}x slower than bare scan"),
    ]
    row = Row(
        FAMILY, "quotes.extract, one core", f"{ours:.1f} MB/s",
        f">= {MIN_MBS:g} MB/s, <= {MAX_SLOWDOWN:g}x bare scan",
        ours >= MIN_MBS and slowdown <= MAX_SLOWDOWN,
        f"{slowdown:.1f}x slower than bare scan; {naive / ours:.1f}x slower than naive",
        f"{ctx.count_quotes_per_pass():,} quotes in {len(ctx.base.documents):,} articles",
    )
    if row.passed is False and ctx.settings.profile:
        texts = ctx.base.texts
        row.profile = profile_text(lambda: [extract(t) for t in texts])
    rows.append(row)
    return rows


def _memory_rows(ctx: Context) -> list[Row]:
    idle = run_child("idle")["peak_rss_mb"]
    small = run_child("extract-stream", ctx.base.path)
    scale = ctx.scale
    big = run_child("extract-stream", scale.path)
    growth = big["peak_rss_mb"] - small["peak_rss_mb"]
    target = f"<= {MAX_RSS_MB:g} MB"
    return [
        Row(FAMILY, "extraction peak RSS, streaming 1x corpus", f"{small['peak_rss_mb']:.0f} MB", target,
            small["peak_rss_mb"] <= MAX_RSS_MB, f"interpreter + import quotes: {idle:.0f} MB",
            f"{small['documents']:,} articles, {small['megabytes']:.1f} MB"),
        Row(FAMILY, f"extraction peak RSS, streaming {scale.replicas}x corpus",
            f"{big['peak_rss_mb']:.0f} MB", f"{target}, independent of size",
            big["peak_rss_mb"] <= MAX_RSS_MB and growth <= SIZE_INDEPENDENT_MB,
            f"{growth:+.1f} MB vs 1x",
            f"{big['documents']:,} articles, {big['megabytes']:,.0f} MB, {big['quotes']:,} quotes "
            f"in {big['seconds']:.0f} s ({big['megabytes'] / big['seconds']:.1f} MB/s incl. JSON)"),
    ]


def run(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for part, what, target in (
        (_speed_rows, "quotes.extract, one core", f">= {MIN_MBS:g} MB/s"),
        (_memory_rows, "extraction peak RSS", f"<= {MAX_RSS_MB:g} MB"),
    ):
        try:
            rows += part(ctx)
        except Exception as exc:  # a broken component is reported, not fatal
            rows.append(unavailable(FAMILY, what, target, f"{type(exc).__name__}: {exc}"))
    return rows

"""Ingest into SQLite (parse, store, index): speed on one and two cores, memory at scale.

Also builds the scale database that the query, export, TUI and startup
families read. It is cached in the work directory with a fingerprint of the
corpus, and rebuilt when it changes or with ``--rebuild``.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from .context import Context
from .machine import git_commit
from .report import Row, unavailable
from .stats import median, run_child

__all__ = ["run", "scale_database", "base_database"]

FAMILY = "ingest"
MIN_MBS = 5.0
MIN_SPEEDUP = 1.6
MAX_RSS_MB = 300.0


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _fingerprint(ctx: Context, corpus: Path) -> str:
    """The corpus only: the query, export, TUI and startup rows measure the store, which
    migrates an older schema when it opens the database, so neither a parser change nor a
    schema version forces a rebuild (the quote count and build figures are those of the
    commit that built it; ``--rebuild`` refreshes them)."""
    if corpus.name not in ctx.fingerprints:
        key = f"{corpus.name}:{corpus.stat().st_size}"
        ctx.fingerprints[corpus.name] = hashlib.sha256(key.encode()).hexdigest()[:16]
    return ctx.fingerprints[corpus.name]


def _ingest_once(ctx: Context, corpus: Path, db: Path, jobs: int) -> dict:
    _remove_db(db)
    result = run_child("ingest", corpus, db, jobs)
    if result.get("failed"):
        raise RuntimeError(f"{result['failed']} documents failed, first: {result.get('first_failure')}")
    return result


def scale_database(ctx: Context, build: bool = True) -> Path | None:
    """The SQLite file holding the ingested scale corpus (built when missing and ``build``)."""
    meta = _scale_meta(ctx, build)
    return Path(meta["db"]) if meta else None


def base_database(ctx: Context) -> Path:
    """The SQLite file holding the ingested base corpus (built when missing)."""
    meta = _cached_database(ctx, ctx.base.path, ctx.base.megabytes, build=True)
    assert meta is not None
    return Path(meta["db"])


def _scale_meta(ctx: Context, build: bool) -> dict | None:
    scale = ctx.scale
    meta = _cached_database(ctx, scale.path, scale.megabytes, build)
    if meta:
        _note_db(ctx, meta)
        ctx.scale_db_built = ctx.scale_db_built or meta["fresh"]
    return meta


def _cached_database(ctx: Context, corpus: Path, megabytes: float, build: bool) -> dict | None:
    """Ingest ``corpus`` (one core) into a cached SQLite file; its metadata with the ingest figures."""
    db = ctx.workdir / f"{corpus.stem}.sqlite"
    meta_path = db.with_suffix(".meta.json")
    fingerprint = _fingerprint(ctx, corpus)
    stale = ctx.settings.rebuild and db not in ctx.rebuilt  # every family asks: rebuild once per run
    if meta_path.exists() and db.exists() and not stale:
        meta = json.loads(meta_path.read_text())
        if meta.get("fingerprint") == fingerprint:
            meta["fresh"] = False
            return meta
    if not build:
        return None
    meta_path.unlink(missing_ok=True)
    result = _ingest_once(ctx, corpus, db, 1)
    ctx.rebuilt.add(db)
    built = f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {git_commit(ctx.repo)}"
    meta = {"db": str(db), "fingerprint": fingerprint, "built": built,
            "megabytes": megabytes, "db_megabytes": db.stat().st_size / 1e6, **result}
    meta_path.write_text(json.dumps(meta, indent=1))
    meta["fresh"] = True
    return meta


def _note_db(ctx: Context, meta: dict) -> None:
    ctx.facts["scale database"] = (
        f"SQLite, {meta['quotes']:,} quotes from {meta['documents']:,} documents, "
        f"{meta['speakers']:,} speakers, {meta['db_megabytes']:,.0f} MB on disk (built {meta['built']})"
    )
    ctx.db_size = f"{meta['quotes']:,} quotes"


def _speed_rows(ctx: Context) -> list[Row]:
    base = ctx.base
    runs = max(1, min(3, ctx.settings.runs))
    db = ctx.workdir / "ingest-speed.sqlite"
    one: list[dict] = []
    two: list[dict] = []
    two_failed = ""
    for _ in range(runs):  # alternated, so that a change in the machine's load hits both alike
        one.append(_ingest_once(ctx, base.path, db, 1))
        if not two_failed:
            try:
                two.append(_ingest_once(ctx, base.path, db, 2))
            except Exception as exc:
                two_failed = f"{type(exc).__name__}: {exc}"
    t1 = median([r["seconds"] for r in one])
    cpu1 = median([r["cpu_seconds"] for r in one])
    extract_wall, extract_cpu = _extract_times(ctx)
    rows = [Row(FAMILY, "ingest into SQLite, one core", f"{base.megabytes / t1:.1f} MB/s",
                f">= {MIN_MBS:g} MB/s", base.megabytes / t1 >= MIN_MBS,
                f"{base.megabytes / t1 / (base.megabytes / extract_wall):.2f}x the speed of extract alone",
                f"{one[0]['documents']:,} documents, {one[0]['quotes']:,} quotes in {t1:.1f} s "
                f"(median of {runs}; CPU {cpu1:.1f} s, of which the store's share {cpu1 - extract_cpu:.1f} s = "
                f"{(cpu1 - extract_cpu) / extract_cpu:.0%} of extract's CPU over the distinct texts, "
                f"start-up and imports included)")]
    if two_failed:
        rows.append(unavailable(FAMILY, "ingest into SQLite, --jobs 2", f">= {MIN_SPEEDUP:g}x one core", two_failed))
    else:
        t2 = median([r["seconds"] for r in two])
        speedup = t1 / t2
        writer = median([r["cpu_seconds"] for r in two])
        workers = median([r["children_cpu_seconds"] for r in two])
        rows.append(Row(FAMILY, "ingest into SQLite, --jobs 2", f"{base.megabytes / t2:.1f} MB/s",
                        f">= {MIN_SPEEDUP:g}x one core", speedup >= MIN_SPEEDUP, f"{speedup:.2f}x one core",
                        f"{two[0]['quotes']:,} quotes in {t2:.1f} s (runs alternated with one core's); CPU: "
                        f"writer process {writer:.1f} s + parse workers {workers:.1f} s, so "
                        f"{(writer + workers) / t2:.1f} cores busy on average"))
    if rows[0].passed is False and ctx.settings.profile:
        rows[0].profile = _profile_ingest(ctx, db)
    _remove_db(db)
    return rows


def _profile_ingest(ctx: Context, db: Path) -> str:
    from .profiling import profile_text
    from .store_adapter import ingest_jsonl

    _remove_db(db)
    return profile_text(lambda: ingest_jsonl(ctx.base.path, db, 1))


def _extract_times(ctx: Context) -> tuple[float, float]:
    """Extract in this process: wall seconds over every text of the base corpus, and CPU seconds
    over its distinct texts (those an ingest parses: a text stored already is skipped unparsed)."""
    from quotes import extract

    texts = ctx.base.texts
    seen: set[str] = set()
    wall = cpu = 0.0
    for t in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        extract(t)
        wall += time.perf_counter() - t0
        if t not in seen:
            seen.add(t)
            cpu += time.process_time() - c0
    return wall, cpu


def _scale_rows(ctx: Context) -> list[Row]:
    meta = _scale_meta(ctx, build=True)
    assert meta is not None
    cached = "" if ctx.scale_db_built else f" (cached database, measured when built {meta['built']})"
    rss = meta["peak_rss_mb"]
    mbs = meta["megabytes"] / meta["seconds"]
    return [Row(FAMILY, f"ingest peak RSS, whole scale corpus ({meta['quotes']:,} quotes)", f"{rss:.0f} MB",
                f"<= {MAX_RSS_MB:g} MB", rss <= MAX_RSS_MB, f"{mbs:.1f} MB/s at scale, one core",
                f"{meta['megabytes']:,.0f} MB of text in {meta['seconds']:.0f} s{cached}")]


def run(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for part, what, target in (
        (_speed_rows, "ingest into SQLite, one core", f">= {MIN_MBS:g} MB/s"),
        (_scale_rows, "ingest peak RSS, whole scale corpus", f"<= {MAX_RSS_MB:g} MB"),
    ):
        try:
            rows += part(ctx)
        except Exception as exc:
            rows.append(unavailable(FAMILY, what, target, f"{type(exc).__name__}: {exc}"))
    return rows

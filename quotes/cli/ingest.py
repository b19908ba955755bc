"""``quotes ingest PATH...``: store articles and their quotes."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from ..plural import counted
from .database import add_db_argument, fail, open_db

if TYPE_CHECKING:
    from quotes.results import IngestReport
    from quotes.store.api import QuoteDB

_MOST_JOBS = 256  # worker processes; more is a typo, not a machine

EXAMPLES = """examples:
  quotes ingest seeds/                       # every .txt, .jsonl and .html under seeds/
  quotes ingest articles.jsonl --jobs 4      # parse in 4 worker processes
  quotes ingest story.txt --db work.sqlite   # story.json beside it may give url, outlet, published
  QUOTES_DB=postgresql+psycopg://me@localhost/quotes quotes ingest corpus/

A .txt file's title is its first meaningful line; a NAME.json sidecar holds
{"url": ..., "outlet": ..., "title": ..., "published": "2020-12-17"}. A .jsonl
file has one article per line: {"text": ..., "url", "outlet", "title", "published"}.
.html needs the html extra (pip install 'quotes[html]'). Texts already stored
are skipped; a file that fails is reported and the others are still stored;
the exit status is 1 when any failed.
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "ingest",
        help="store the quotes of articles (files and folders)",
        description="Parse articles and store them with their quotes and sources.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a .txt, .jsonl or .html file, or a folder")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="parse in N worker processes (default 1)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    add_db_argument(p)
    p.set_defaults(handler=run)


class ProgressBar:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, out: TextIO = sys.stderr, columns: int | None = None) -> None:
        import shutil

        self.out = out
        self.start = time.monotonic()
        self.last = 0.0
        self.drawn = False
        # One cell short of the terminal's width: a line that fills it wraps, and each redraw
        # would then leave a line behind.
        self.width = (columns or shutil.get_terminal_size((80, 24)).columns) - 1

    def __call__(self, done: int, total: int, path: str) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        if now - self.start < 0.5:
            return  # short runs show no bar
        from quotes.safe_text import terminal_safe

        frac = done / total if total else 1.0
        rate = done / max(now - self.start, 1e-9) / 1e6
        bar = "#" * int(frac * 30)
        line = f"[{bar:<30}] {frac:4.0%} {rate:6.1f} MB/s  "
        room = max(0, self.width - len(line))
        name = terminal_safe(path)[-room:] if room else ""
        self.out.write("\r" + (line + name).ljust(self.width)[: self.width])
        self.out.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.out.write("\r" + " " * self.width + "\r")
            self.out.flush()


def run_reporting(
    args: argparse.Namespace, command: str, work: Callable[[QuoteDB, ProgressBar | None], IngestReport]
) -> IngestReport | None:
    """Open the database, run ``work(db, progress)`` with a progress bar on a terminal, close.

    Returns the report, or None (after saying why) when the database cannot be opened or written.
    """
    db = open_db(args, command, create=command == "ingest")
    if db is None:
        return None
    if db.read_only:
        fail(command, f"cannot write: {db.read_only_reason}")
        db.close()
        return None
    bar = ProgressBar() if not args.quiet and sys.stderr.isatty() else None
    try:
        return work(db, bar)
    except KeyboardInterrupt:
        if bar:
            bar.finish()
        done = "stored" if command == "ingest" else "reparsed"
        fail(command, f"interrupted: the documents {done} before are kept (a document is stored whole or not"
             " at all); run the same command again to finish.")
        raise SystemExit(130) from None
    except Exception as exc:  # noqa: BLE001 - the database cannot be written (disk full, read-only...)
        if bar:
            bar.finish()
        fail(command, f"stopped: {type(exc).__name__}: {exc}. What was stored before is kept;"
             " run the same command again to finish.")
        return None
    finally:
        if bar:
            bar.finish()
        db.close()


def exit_status(report: IngestReport) -> int:
    """Print each warning and failure with its reason on stderr; 1 when anything failed."""
    from quotes.safe_text import terminal_safe

    for w in report.warnings:
        print(terminal_safe(f"warning: {w.path}: {w.reason}"), file=sys.stderr)
    for f in report.failed:
        print(terminal_safe(f"failed: {f.path}: {f.reason}"), file=sys.stderr)
    return 0 if report.ok else 1


def _copies(n: int) -> str:
    """The note on copies of stored texts (another outlet or URL) recorded, when there are any."""
    return f"; {counted(n, 'copy', 'copies')} of stored texts recorded" if n else ""


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.jobs <= _MOST_JOBS:
        return fail("ingest", f"--jobs must be from 1 to {_MOST_JOBS} (this machine has {os.cpu_count() or 1} cores)")
    report = run_reporting(args, "ingest", lambda db, bar: db.ingest(args.paths, jobs=args.jobs, progress=bar))
    if report is None:
        return 1
    seconds = (report.finished - report.started).total_seconds() if report.finished and report.started else 0
    print(
        f"{counted(report.documents, 'document')} stored, {counted(report.quotes, 'quote')},"
        f" {counted(report.speakers, 'new speaker')}, "
        f"{report.skipped} skipped (already stored{_copies(report.copies)}), {len(report.failed)} failed ({seconds:.1f} s)"
    )
    return exit_status(report)

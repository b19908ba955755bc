"""``quotes reparse``: re-extract quotes from the stored texts with the current parser."""

from __future__ import annotations

import argparse
import sys

from .database import add_db_argument, open_db

EXAMPLES = """examples:
  quotes reparse                 # after upgrading quotes
  quotes reparse --db work.sqlite

Quotes found again at the same place keep their ids and statements; new ones
are linked to existing statements by wording; quotes the parser no longer
finds are removed.
"""


def register(sub: argparse._SubParsersAction, formatter: type) -> None:
    p = sub.add_parser(
        "reparse",
        help="re-extract quotes from stored articles after the parser improved",
        description="Run the current parser over every stored article and update its quotes.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    add_db_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.safe_text import terminal_safe

    from .ingest import ProgressBar

    db = open_db(args, "reparse")
    if db is None:
        return 1
    bar = ProgressBar() if not args.quiet and sys.stderr.isatty() else None
    try:
        report = db.reparse(progress=bar)
    finally:
        if bar:
            bar.finish()
        db.close()
    print(
        f"{report.documents} documents reparsed, {report.quotes} quotes, {report.removed} removed, "
        f"{report.speakers} new speakers, {len(report.failed)} failed"
    )
    for f in report.failed:
        print(terminal_safe(f"failed: {f.path}: {f.reason}"), file=sys.stderr)
    return 0 if report.ok else 1

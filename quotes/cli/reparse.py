"""``quotes reparse``: re-extract quotes from the stored texts with the current parser."""

from __future__ import annotations

import argparse

from ..plural import counted
from .database import add_db_argument

EXAMPLES = """examples:
  quotes reparse                 # after upgrading quotes
  quotes reparse --db work.sqlite

Quotes found again at the same place keep their ids and statements; new ones
are linked to existing statements by wording; quotes the parser no longer
finds are removed. Dates and titles the source's metadata gave are kept; those
guessed from the text are derived again with the current rules (a database
made by an older quotes may lose dates it took from an article's body: an
event's, not the publication's).
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
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
    from .ingest import exit_status, run_reporting

    report = run_reporting(args, "reparse", lambda db, bar: db.reparse(progress=bar))
    if report is None:
        return 1
    print(
        f"{counted(report.documents, 'document')} reparsed, {counted(report.quotes, 'quote')}, {report.removed} removed, "
        f"{counted(report.speakers, 'new speaker')}, {len(report.failed)} failed"
    )
    if report.redated or report.retitled:
        print(
            f"dates and titles not given by metadata derived again from the text: {counted(report.redated, 'date')}"
            f" and {counted(report.retitled, 'title')} changed ('quotes show ID' says where each came from)"
        )
    return exit_status(report)

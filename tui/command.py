"""``quotes tui``: open the terminal UI. Registered through the ``quotes.commands`` entry point,
so the core CLI never imports the UI; Textual loads only when the command runs."""

from __future__ import annotations

import argparse
import sys

EXAMPLES = """examples:
  quotes tui                         # the database in your data directory (or $QUOTES_DB)
  quotes tui --seeds                 # load the five seed articles first (what ./dev tui does)
  quotes tui --db work.sqlite        # another SQLite file
  quotes tui --db postgresql+psycopg://me@localhost/quotes
"""


def register(sub: argparse._SubParsersAction, formatter: type) -> None:
    p = sub.add_parser(
        "tui",
        help="open the terminal UI: search, read in context, compare, export",
        description="Search quotes as you type, read them in context, compare speakers and\n"
        "wordings, export CSV and ingest articles, in the terminal. Press F1 for the keys.\n\n"
        + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("--db", metavar="URL", help="database path or URL (default: $QUOTES_DB or the data directory)")
    p.add_argument(
        "--seeds",
        action="store_true",
        help="ingest the repository's seeds/ folder before opening (already stored articles are skipped)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes import QuoteDB
    from tui.app import QuotesApp
    from tui.seeds import find_seeds

    db = QuoteDB(args.db)
    seeds = find_seeds()
    if args.seeds:
        if seeds is None:
            print("quotes tui: no seeds/ folder beside the package or in the current directory", file=sys.stderr)
            return 1
        report = db.ingest([seeds])
        print(
            f"seeds: {report.documents} new documents, {report.quotes} quotes, {report.skipped} already stored",
            file=sys.stderr,
        )
    QuotesApp(db, seeds=seeds).run()
    return 0

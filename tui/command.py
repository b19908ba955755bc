"""``quotes tui``: open the terminal UI. Registered through the ``quotes.commands`` entry point,
so the core CLI never imports the UI; Textual loads only when the command runs."""

from __future__ import annotations

import argparse

from quotes.cli.database import add_db_argument, fail, open_db

EXAMPLES = """examples:
  quotes tui                         # the database in your data directory (or $QUOTES_DB)
  quotes tui --seeds                 # load the five seed articles first (what ./dev tui does)
  quotes tui --db work.sqlite        # another SQLite file
  quotes tui --db postgresql+psycopg://me@localhost/quotes
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "tui",
        help="open the terminal UI: search, read in context, compare, export",
        description="Search quotes as you type, read them in context, compare speakers and\n"
        "wordings, export CSV and ingest articles, in the terminal. Press F1 for the keys.\n\n"
        + EXAMPLES,
        formatter_class=formatter,
    )
    add_db_argument(p)
    p.add_argument(
        "--seeds",
        action="store_true",
        help="ingest the repository's seeds/ folder before opening (already stored articles are skipped)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tui.app import QuotesApp
    from tui.screens.ingest import summary
    from tui.seeds import find_seeds

    seeds = find_seeds()
    if args.seeds and seeds is None:
        return fail("tui", "no seeds/ folder beside the package or in the current directory")
    db = open_db(args, "tui", create=True)
    if db is None:
        return 1
    with db:
        if args.seeds and seeds is not None:
            print(f"seeds: {summary(db.ingest([seeds])).plain}")
        QuotesApp(db, seeds=seeds).run()
    return 0

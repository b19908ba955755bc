"""``quotes speakers``: who is quoted, and how often."""

from __future__ import annotations

import argparse
import csv
import sys

from .database import EMPTY_DATABASE, add_db_argument, non_negative, open_db, print_table

EXAMPLES = """examples:
  quotes speakers
  quotes speakers --limit 10
  quotes speakers --format csv > speakers.csv
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "speakers",
        help="list speakers with their number of quotes and documents",
        description="List every speaker with stored quotes, most quoted first.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("--limit", "-n", type=non_negative, default=None, metavar="N", help="only the N most quoted")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    add_db_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.safe_text import json_line, spreadsheet_safe, terminal_safe

    db = open_db(args, "speakers")
    if db is None:
        return 1
    try:
        rows = db.speakers()
        links = db.speaker_links() if args.format == "table" else []
        empty = not rows and not db.count()
    finally:
        db.close()
    if empty:
        print(EMPTY_DATABASE, file=sys.stderr)
    if args.limit is not None:
        rows = rows[: args.limit]
    if args.format == "json":
        for s in rows:
            print(json_line({"name": s.name, "kind": s.kind, "quotes": s.quotes, "documents": s.documents}))
    elif args.format == "csv":
        out = csv.writer(sys.stdout)
        out.writerow(("name", "kind", "quotes", "documents"))
        out.writerows((spreadsheet_safe(s.name), s.kind, s.quotes, s.documents) for s in rows)
    else:
        print_table(("SPEAKER", "KIND", "QUOTES", "DOCUMENTS"), [(s.name, s.kind, s.quotes, s.documents) for s in rows], flex=0)
        shown = {s.name for s in rows}
        for link in (x for x in links if {x.surname, x.full_name} & shown):  # two speakers still: said, never merged
            print(terminal_safe(f"{link.surname!r} is {link.seen_from(link.surname)}; --speaker takes either for both"),
                  file=sys.stderr)
    return 0

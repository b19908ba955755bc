"""``quotes versions ID``: the stored versions of an article (texts from one file path or URL)."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from .database import add_db_argument, fail, open_db

EXAMPLES = """examples:
  quotes versions 2
  quotes versions 2 --format json | jq -r 'select(.current).document_id'
  quotes versions 2 --format csv > versions.csv
  quotes show 12        # "offsets: ... in document N" names a quote's document

An article edited and ingested again (from the same file path or URL) is a new
version: the one ingested last is current, searched and counted; the older ones
are kept as history ('quotes show' still shows their quotes). Ingesting an older
text again from that place makes it current again.
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "versions",
        help="list the stored versions of an article: which one is current",
        description="List every stored version of the article document ID belongs to (texts\n"
        "ingested from the same file path or URL), oldest first, with the current one marked.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("id", type=int, metavar="ID", help="a document id (quotes show prints a quote's)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="output format (json: one object per line, oldest version first)")
    add_db_argument(p)
    p.set_defaults(handler=run)


FIELDS = ("document_id", "current", "superseded_by", "ingested", "published", "quotes", "title", "path", "url")
"""The columns of --format csv and the keys of --format json."""


def run(args: argparse.Namespace) -> int:
    from quotes.plural import counted
    from quotes.safe_text import json_line, spreadsheet_safe, terminal_safe

    db = open_db(args, "versions")
    if db is None:
        return 1
    try:
        found = db.versions(args.id)
    finally:
        db.close()
    if not found:
        return fail("versions", f"no document with id {args.id}")
    if args.format != "table":
        rows: list[dict[str, Any]] = [
            {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in ((f, getattr(ver, f)) for f in FIELDS)}
            for ver in found
        ]
        if args.format == "json":
            for row in rows:
                print(json_line(row))
        else:
            out = csv.writer(sys.stdout)
            out.writerow(FIELDS)
            out.writerows([spreadsheet_safe(v) if isinstance(v, str) else v for v in row.values()] for row in rows)
        return 0
    current = [v.document_id for v in found if v.current]
    where = found[-1].path or found[-1].url or f"document {found[-1].document_id}"
    head = f"{where}: {counted(len(found), 'version')}"
    print(terminal_safe(head + (f", document {current[-1]} current" if current else ", none current")))
    for v in found:
        state = "current" if v.current else f"superseded by {v.superseded_by}"
        when = v.ingested.strftime("%Y-%m-%d %H:%M") if v.ingested else "?"
        print(terminal_safe(f"#{v.document_id:<5} ingested {when}  {state:<17} {counted(v.quotes, 'quote'):>10}  {v.title or ''}"))
    return 0

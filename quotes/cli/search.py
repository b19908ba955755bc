"""``quotes search [QUERY]``: find stored quotes."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..plural import counted
from .database import (
    add_db_argument, add_filter_arguments, fail, filter_notes, filters_from, non_negative, open_db, print_table,
)

if TYPE_CHECKING:  # pragma: no cover
    from quotes.results import QuoteRecord

EXAMPLES = """examples:
  quotes search "S-400"
  quotes search US sanctions                 # every word must appear
  quotes search erdogan                      # accents and case do not matter: finds Erdoğan
  quotes search '"clear signal"'             # double quotes: a phrase
  quotes search erdogan -sanctions           # a minus sign leaves out the quotes with a word (or a "phrase")
  quotes search -sanctions --speaker Erdogan # minus words alone: every quote without them
  quotes search CAATSA --speaker Pompeo --since 2020-12-01
  quotes search S-400 --since 2020-12 --until 2020-12  # December 2020 (2020: the whole year)
  quotes search --speaker "Tayyip Erdogan" --sort date --limit 100
  quotes search '"clear signal"' --sort oldest -n 1  # who said it first
  quotes search 'sanction* OR embargo' --raw # FTS syntax, only with --raw
  quotes search s-400 --format json | jq .text
  quotes search s-400 --format csv > s400.csv
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "search",
        help="search stored quotes by words, speaker, outlet, date",
        description="Search the stored quotes. Every word of QUERY must appear (accent- and\n"
        "case-blind), and none typed with a minus sign (-word, -\"a phrase\"; S-400 is a word);\n"
        "filters narrow the result.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="words to find, -words to leave out (default: all quotes)")
    add_filter_arguments(p)
    p.add_argument(
        "--sort", choices=("relevance", "date", "oldest"), default="relevance",
        help="order: relevance, date (newest first) or oldest (who said it first); default relevance",
    )
    p.add_argument("--limit", "-n", type=non_negative, default=20, metavar="N", help="at most N quotes (default 20)")
    p.add_argument("--offset", type=non_negative, default=0, metavar="N", help="skip the first N quotes")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (json: one object per line)")
    add_db_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.store.fts import QuerySyntaxError

    args.query = " ".join(args.query)
    db = open_db(args, "search")
    if db is None:
        return 1
    notes: list[str] = []
    try:
        if args.format == "csv":
            n = db.export_csv(sys.stdout, query=args.query, sort=args.sort, limit=args.limit, offset=args.offset,
                              **filters_from(args))
            notes = filter_notes(db, filters_from(args), bool(n or args.offset), args.query)
        elif args.format == "json":
            from .records import record_json

            found = db.search(args.query, limit=args.limit, offset=args.offset, sort=args.sort, **filters_from(args))
            for rec in found:
                print(record_json(rec))
            notes = filter_notes(db, filters_from(args), bool(found or args.offset), args.query)
        else:
            found = db.search(args.query, limit=args.limit, offset=args.offset, sort=args.sort, **filters_from(args))
            total = db.count(args.query, **filters_from(args))
            # a text other outlets carried too: "AP +1" (quotes show names them)
            carried = {d: f"+{len(o)}" for d, o in db.other_outlets({r.document_id for r in found if r.sources > 1}).items()}
            notes = filter_notes(db, filters_from(args), bool(total), args.query)
    except (QuerySyntaxError, ValueError) as exc:
        return fail("search", str(exc))
    finally:
        db.close()
    if args.format == "table" and found:  # no match: no table, only the line that says so
        print_table(
            ("ID", "DATE", "SPEAKER", "OUTLET", "KIND", "SRC", "QUOTE"),
            [
                (r.id, r.published or "", _speaker(r), f"{r.outlet or ''} {carried.get(r.document_id, '')}".strip(),
                 r.kind, r.sources, r.text)
                for r in found
            ],
        )
    if args.format == "table":
        shown = f"{args.offset + 1}-{args.offset + len(found)}" if found else "none"
        print(f"{counted(total, 'quote')} match{'es' if total == 1 else ''}; showing {shown}. 'quotes show ID' for one in context.", file=sys.stderr)
    for note in notes:
        print(note, file=sys.stderr)
    return 0


def _speaker(r: QuoteRecord) -> str:
    """The speaker; else whom the text names, marked as not identified ("the US government (?)"), as
    the TUI shows it dimmed; "?" when the text names no one."""
    if r.speaker or not r.mention:
        return r.speaker or "?"
    mention = r.mention if len(r.mention) <= 24 else r.mention[:23] + "…"
    return f"{mention} (?)"

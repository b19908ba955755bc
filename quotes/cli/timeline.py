"""``quotes timeline SPEAKER``: how often a speaker was quoted, month by month (the TUI's ctrl+t)."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from datetime import date, timedelta

from ..plural import counted
from .database import add_db_argument, fail, filter_notes, open_db, print_table, unknown_speaker

EXAMPLES = """examples:
  quotes timeline Erdogan
  quotes timeline "Mevlut Cavusoglu" --by day
  quotes timeline Erdogan --format csv > erdogan.csv

A quote is counted at its text's first date; months with no quote are listed between
the first and the last (a gap is a time nobody quoted the speaker). Undated quotes are
in no month: they are counted apart. 'quotes search --speaker NAME --sort oldest' lists
the quotes themselves, oldest first.
"""

BAR = 40
"""The widest bar, in characters: the busiest month's."""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "timeline",
        help="count a speaker's quotes per month (or day): when they were quoted",
        description="Count the quotes of SPEAKER (a name or any alias) per month, or per day,\n"
        "oldest first, with the undated ones apart.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("speaker", metavar="SPEAKER", help="a speaker's name or alias")
    p.add_argument("--by", choices=("month", "day"), default="month", help="count per month (default) or per day")
    p.add_argument("--format", choices=("table", "csv"), default="table", help="output format (csv: period,quotes)")
    add_db_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.safe_text import terminal_safe

    db = open_db(args, "timeline")
    if db is None:
        return 1
    try:
        if not db.speaker_names(args.speaker):
            return fail("timeline", unknown_speaker(args.speaker))
        points = db.timeline(args.speaker, by=args.by)
        total = db.count(speaker=args.speaker)
        notes = filter_notes(db, {"speaker": args.speaker}, bool(total))
    finally:
        db.close()
    rows = _with_gaps(points, args.by)
    if args.format == "csv":
        out = csv.writer(sys.stdout)
        out.writerow(("period", "quotes"))
        out.writerows(rows)
    elif rows:
        top = max(n for _, n in rows)
        print_table((args.by.upper(), "QUOTES", ""), [(p, n, "█" * max(1, round(BAR * n / top)) if n else "") for p, n in rows])
    dated = sum(n for _, n in points)
    print(terminal_safe(f"{args.speaker}: {counted(dated, 'dated quote')}, {total - dated} undated (in no {args.by})"),
          file=sys.stderr)
    for note in notes:
        print(note, file=sys.stderr)
    return 0


def _with_gaps(points: Sequence[tuple[date, int]], by: str) -> list[tuple[str, int]]:
    """(period, quotes) from the first to the last, the empty periods between included."""
    if not points:
        return []
    counts = {(d.isoformat() if by == "day" else d.isoformat()[:7]): n for d, n in points}
    first, last = points[0][0], points[-1][0]
    periods = []
    if by == "day":
        periods = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    else:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        periods = [f"{first.year + (first.month - 1 + i) // 12:04d}-{(first.month - 1 + i) % 12 + 1:02d}" for i in range(months)]
    return [(p, counts.get(p, 0)) for p in periods]

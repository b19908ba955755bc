"""``quotes show ID``: one quote with its attribution, source and paragraph."""

from __future__ import annotations

import argparse
import sys

from ..methods import describe
from ..plural import counted
from .database import add_db_argument, fail, open_db

EXAMPLES = """examples:
  quotes show 12
  quotes search "clear signal" --format json | jq .id   # find an ID
  quotes show 12 --db work.sqlite
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "show",
        help="show one quote: speaker, evidence, source and the paragraph around it",
        description="Show a stored quote with who said it, the evidence for the attribution\n"
        "(mention, cue, method, confidence), its source, and the paragraph it stands in\n"
        "with the quote marked.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("id", type=int, metavar="ID", help="a quote id (from search)")
    add_db_argument(p)
    p.set_defaults(handler=run)


def marks(tty: bool) -> tuple[str, str]:
    """How the quote is marked in its paragraph: reverse video on a terminal, ⟦ ⟧ elsewhere."""
    return ("\x1b[7m", "\x1b[0m") if tty else ("⟦", "⟧")


def run(args: argparse.Namespace) -> int:
    from quotes.provenance import describe_date, describe_title
    from quotes.safe_text import terminal_safe

    from .records import source_line

    db = open_db(args, "show")
    if db is None:
        return 1
    try:
        rec = db.get(args.id)
        if rec is None:
            return fail("show", f"no quote with id {args.id}")
        ctx = db.context(args.id)
        copies = db.publications(rec.document_id)[1:]
        versions = db.versions(rec.document_id)
        links = db.speaker_links(rec.speaker) if rec.speaker else []
    finally:
        db.close()
    safe = terminal_safe
    fields = [
        ("quote", rec.text),
        ("kind", rec.kind),
        ("speaker", rec.speaker or "not identified"),  # as the TUI says it: "unknown" is also a kind of speaker
        *(("inferred", link.seen_from(rec.speaker or "")) for link in links),  # a surname alone and its full name
        ("mention", rec.mention or ""),
        ("cue", rec.cue or ""),
        ("via", rec.via or ""),
        ("method", f"{rec.method}: {describe(rec.method)}" if rec.method else ""),
        ("confidence", f"{rec.confidence:.2f}"),
        ("statement", f"{rec.statement_id}, reported by {counted(rec.sources, 'source')}"
                      + (f" (quotes variants {rec.id})" if rec.sources > 1 else "")),
        ("source", source_line(rec)),
        ("date", describe_date(rec.published, rec.dated_by)),  # what a fact-checker weighs: where it came from
        ("title from", describe_title(rec.title, rec.titled_by)),
        *(("also in", source_line(copy)) for copy in copies),  # the same text, published again
        ("offsets", f"{rec.start}-{rec.end} in document {rec.document_id}"),
        ("superseded", rec.superseded_by and (
            f"by document {rec.superseded_by}, a later version of the article: this quote is kept as history,"
            f" in no search or count (quotes versions {rec.document_id})")),
        ("versions", len(versions) > 1 and not rec.superseded_by and (
            f"{len(versions)} of this article are stored, this one is current (quotes versions {rec.document_id})")),
    ]
    for name, value in fields:
        if value:
            print(f"{name + ':':<12}{safe(value)}")
    on, off = marks(sys.stdout.isatty())
    p = ctx.paragraph
    print()
    print(safe(p[: ctx.quote_start]) + on + safe(p[ctx.quote_start : ctx.quote_end]) + off + safe(p[ctx.quote_end :]))
    return 0

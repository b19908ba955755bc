"""``quotes extract FILE``: print the quotes of one article."""

from __future__ import annotations

import argparse
import os
import sys

EXAMPLES = """examples:
  quotes extract seeds/000_ea731dc59f6929ed.txt
  quotes extract article.txt --json | jq .speaker
  cat article.txt | quotes extract -
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "extract",
        help="print the quotes found in a text file",
        description="Find every quote in FILE and say who said it.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument(
        "file", metavar="FILE",
        help="a text file (UTF-8, or a legacy encoding such as Windows-1252), an .html page (its main text,"
        " as quotes ingest reads it: offsets are into that text; needs the html extra), or - for standard input",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per quote")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.parse import extract
    from quotes.safe_text import json_line, terminal_safe
    from quotes.textio import decode_article, read_text_file

    suffix = "" if args.file == "-" else os.path.splitext(args.file)[1].lower()
    if suffix == ".jsonl":  # its JSON keys and values would be read as prose
        print(terminal_safe(f"quotes extract: {args.file} holds one article per line: 'quotes ingest {args.file}'"
                            " stores them all; quotes extract reads one article"), file=sys.stderr)
        return 1
    try:  # standard input is decoded as a file is: legacy encodings read, binary data refused
        if args.file == "-":
            text = decode_article(sys.stdin.buffer.read())
        elif suffix in (".html", ".htm"):  # the page's main text, not its markup and scripts
            text = _html_text(args.file)
        else:
            text = read_text_file(args.file)
    except OSError as exc:
        where = "standard input" if args.file == "-" else args.file
        print(terminal_safe(f"quotes extract: cannot read {where}: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    except ValueError as exc:
        print(terminal_safe(f"quotes extract: {args.file}: {exc}"), file=sys.stderr)
        return 1

    for q in extract(text):
        if args.json:
            print(json_line(q.to_dict()))
        else:
            who = q.speaker or q.mention or "?"
            print(terminal_safe(f"[{q.kind}] {who}: {q.text}"))
    return 0


def _html_text(path: str) -> str:
    """The main text of an HTML page, read as ``quotes ingest`` reads it."""
    from quotes.results import IngestFailure
    from quotes.store.sources import Unit, load_unit

    (doc,) = load_unit(Unit(path))
    if isinstance(doc, IngestFailure):
        raise ValueError(doc.reason)
    return doc.text

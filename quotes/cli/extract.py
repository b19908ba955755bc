"""``quotes extract FILE``: print the quotes of one article."""

from __future__ import annotations

import argparse
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
    p.add_argument("file", metavar="FILE", help="a text file (UTF-8, or a legacy encoding such as Windows-1252), or - for standard input")
    p.add_argument("--json", action="store_true", help="one JSON object per quote")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.parse import extract
    from quotes.safe_text import json_line, terminal_safe
    from quotes.textio import decode_article, read_text_file

    try:  # standard input is decoded as a file is: legacy encodings read, binary data refused
        text = decode_article(sys.stdin.buffer.read()) if args.file == "-" else read_text_file(args.file)
    except OSError as exc:
        where = "standard input" if args.file == "-" else args.file
        print(terminal_safe(f"quotes extract: cannot read {where}: {exc.strerror or exc}"), file=sys.stderr)
        return 1

    for q in extract(text):
        if args.json:
            print(json_line(q.to_dict()))
        else:
            who = q.speaker or q.mention or "?"
            print(terminal_safe(f"[{q.kind}] {who}: {q.text}"))
    return 0

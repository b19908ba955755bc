"""``quotes eval GOLD.jsonl``: score the extractor against annotated articles."""

from __future__ import annotations

import argparse
import json
import sys

EXAMPLES = """examples:
  quotes eval ../shared/eval/polnear/dev.jsonl
  quotes eval ../shared/eval/polnear/train.jsonl --misses misses.tsv
  quotes eval dev.jsonl --json | jq .quoted.exact.f1
  quotes eval tests/heldout/gold.jsonl --texts ../shared/corpus/bbc.jsonl

Misses are written one per line, tab-separated: fp | fn | boundary | speaker,
area, document, offsets, context with the span in [[ ]], detail.
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "eval",
        help="score quote finding and attribution against a gold JSON-lines file",
        description="Run the extractor on every article of GOLD and print precision,\n"
        "recall and F1 for quoted and indirect speech, and speaker accuracy.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("gold", metavar="GOLD", help="annotated articles, one JSON object a line (PolNeAR layout)")
    p.add_argument(
        "--texts",
        metavar="CORPUS",
        help="JSON-lines corpus giving the text of gold lines that have none, by doc_id "
        "(checked against their sha256)",
    )
    p.add_argument("--misses", metavar="FILE", help="write every miss, with context, to FILE")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument(
        "--all-marks",
        action="store_true",
        help="also score quotes in single or '' marks (the PolNeAR gold has only double marks)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.evaluate import evaluate, format_misses, format_report, load_gold
    from quotes.safe_text import terminal_safe

    try:
        report = evaluate(load_gold(args.gold, texts=args.texts), all_marks=args.all_marks)
    except OSError as exc:
        print(f"quotes eval: cannot read {exc.filename or args.gold}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"quotes eval: {exc}", file=sys.stderr)
        return 1
    if args.misses:
        try:
            with open(args.misses, "w", encoding="utf-8") as fh:
                for line in format_misses(report.misses):
                    fh.write(line + "\n")
        except OSError as exc:
            print(f"quotes eval: cannot write {args.misses}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps(report.to_dict()))
    else:
        print(terminal_safe(format_report(report)))
    return 0

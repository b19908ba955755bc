"""``quotes variants ID``: every report of the same statement, with wording differences."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .database import add_db_argument, fail, open_db

if TYPE_CHECKING:
    from quotes.results import DiffOp

EXAMPLES = """examples:
  quotes variants 12
  quotes search "taking many" --limit 1     # find an ID first

The first (oldest) occurrence is shown in full; each other one as a word diff
against it: [-removed-] {+added+}. Each says its kind: direct or partial (the
speaker's words) or indirect (a reporter's paraphrase).
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "variants",
        help="show every source of a statement and how the wording differs",
        description="Show each occurrence of the statement that quote ID belongs to, with\n"
        "its source and a word-level diff against the first occurrence.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("id", type=int, metavar="ID", help="a quote id")
    add_db_argument(p)
    p.set_defaults(handler=run)


def render_diff(diff: Iterable[DiffOp]) -> str:
    """A diff as text: [-old-] {+new+} around changed words."""
    parts = []
    for op in diff:
        if op.op == "equal":
            parts.append(op.new)
        if op.op in ("delete", "replace"):
            parts.append(f"[-{op.old}-]")
        if op.op in ("insert", "replace"):
            parts.append(f"{{+{op.new}+}}")
    return " ".join(parts)


def run(args: argparse.Namespace) -> int:
    from quotes.results import kinds_note, reach, who_said
    from quotes.safe_text import terminal_safe

    from .records import source_line

    db = open_db(args, "variants")
    if db is None:
        return 1
    try:
        found = db.variants(args.id)
    finally:
        db.close()
    if not found:
        return fail("variants", f"no quote with id {args.id}")
    copies = {v.quote.document_id: v.copies for v in found}  # each document's other publications
    print(reach(found) + (f"; {kinds_note(found)}" if kinds_note(found) else ""))
    for i, v in enumerate(found):
        q = v.quote
        print()
        # the kind: the speaker's words (direct, partial) or a reporter's paraphrase (indirect)
        print(terminal_safe(f"#{q.id}  {q.kind}  {who_said(q, 'unknown speaker')} - {source_line(q)}"))
        for copy in copies.pop(q.document_id, ()):
            print(terminal_safe(f"  also in {source_line(copy)}"))
        text = q.text if i == 0 or not v.diff else render_diff(v.diff)
        print(terminal_safe(f"  {text}"))
    return 0

"""``quotes export --csv FILE``: every matching quote with its provenance, as CSV."""

from __future__ import annotations

import argparse
import sys

from ..plural import counted
from .database import add_db_argument, add_filter_arguments, fail, filter_notes, filters_from, open_db

EXAMPLES = """examples:
  quotes export --csv quotes.csv                         # everything
  quotes export --csv - --speaker Erdogan | head         # standard output
  quotes export --csv s400.csv --query S-400 --since 2020-01-01
  quotes export --csv s400.csv --query S-400 --bom       # for Excel: £, “ ”, ğ read right

Columns: id, statement_id, sources, speaker, text, kind, mention, mention_start,
mention_end, cue, via, method, confidence, start, end, utterance, parser_version,
document_id, outlet, title, published, path, url, sha256, other_publications, dated_by,
titled_by. UTF-8 (--bom marks it so for Excel), quoted as RFC 4180 says, lines
ending in LF: outlet, published, url are the text's first publication;
other_publications lists the same text published again elsewhere, one per line ("outlet,
YYYY-MM-DD, url"), and --since/--until/--outlet match any one publication; dated_by and
titled_by say where published and title came from: metadata (the source gave it),
dateline (a date line atop the text) or text (guessed from it). Text
cells are quoted, numbers are not; cells a spreadsheet would run as a formula
(starting with = + - @) get a leading apostrophe. Rows are streamed, so memory
stays flat however large the export.
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "export",
        help="export quotes with their sources as CSV",
        description="Write the stored quotes (or those matching a query and filters) as CSV.\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("--csv", required=True, metavar="FILE", help="the CSV file to write, or - for standard output")
    p.add_argument("--query", "-q", default="", help="only quotes with these words (-word: without it)")
    add_filter_arguments(p)
    p.add_argument(
        "--sort", choices=("id", "date", "oldest", "relevance"), default="id",
        help="row order: id, date (newest first), oldest (oldest first) or relevance; default id",
    )
    p.add_argument(
        "--bom", action="store_true",
        help="begin the file with a UTF-8 byte-order mark: Excel then reads it as UTF-8 (without it, its code page: £ as Â£)",
    )
    add_db_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.store.fts import QuerySyntaxError

    db = open_db(args, "export")
    if db is None:
        return 1
    try:
        target = sys.stdout if args.csv == "-" else args.csv
        n = db.export_csv(target, query=args.query, sort=args.sort, bom=args.bom, **filters_from(args))
        notes = filter_notes(db, filters_from(args), bool(n), args.query)
    except (QuerySyntaxError, ValueError) as exc:
        return fail("export", str(exc))
    except BrokenPipeError:
        raise  # standard output's reader stopped (| head): not an error
    except OSError as exc:
        target = "to standard output" if args.csv == "-" else repr(args.csv)
        return fail("export", f"cannot write {target}: {exc.strerror or exc}")
    finally:
        db.close()
    if args.csv != "-":
        from quotes.safe_text import terminal_safe

        print(terminal_safe(f"{counted(n, 'quote')} written to {args.csv}"), file=sys.stderr)
    for note in notes:
        print(note, file=sys.stderr)
    return 0

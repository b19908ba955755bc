"""Shared pieces of the database commands: --db, the search filters, opening, tables.

Imports only argparse at load time; the store is imported when a command runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from quotes.results import SpeakerCount
    from quotes.store.api import QuoteDB

__all__ = [
    "add_db_argument", "add_filter_arguments", "also_named", "filters_from", "open_db", "print_table", "fail", "non_negative",
    "unknown_speaker", "filter_notes",
]

DB_HELP = "database: a file path (SQLite) or postgresql+psycopg://... (default: $QUOTES_DB, else the user data dir)"


def non_negative(text: str) -> int:
    """An argparse type for counts (--limit, --offset): a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def add_db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help=DB_HELP)


def add_filter_arguments(p: argparse.ArgumentParser, *, speaker: bool = True) -> None:
    """The filters of ``QuoteDB.search`` as options (``speaker=False``: a command that names its speakers itself)."""
    if speaker:
        p.add_argument("--speaker", metavar="NAME",
                       help="only quotes by this speaker (any name or alias; a surname alone inferred to be them is said and included)")
    p.add_argument("--outlet", metavar="NAME", help="only quotes from this outlet (case- and accent-blind)")
    p.add_argument("--since", metavar="DATE",
                   help="only quotes published on or after this date: 2019 (from 1 January), 2019-07 or 2019-07-12 (by any"
                   " outlet that carried the text; with --outlet, by that one)")
    p.add_argument("--until", metavar="DATE",
                   help="only quotes published on or before this date: 2019 (to 31 December), 2019-07 (to its last day) or 2019-07-12 (likewise)")
    p.add_argument("--kind", choices=("direct", "partial", "indirect"), help="only quotes of this kind")
    p.add_argument("--raw", action="store_true", help="treat the query as FTS syntax (AND, OR, NOT, \"phrase\", prefix*)")
    p.add_argument("--prefix", action="store_true",
                   help="the query's last word (3 letters or more) also begins longer words (\"sanc\" finds sanctions), as in the TUI")


def filters_from(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in ("speaker", "outlet", "since", "until", "kind", "raw", "prefix") if hasattr(args, k)}


def unknown_speaker(name: str) -> str:
    """The note for a speaker filter that names nobody (rather than a speaker with no such quote)."""
    from quotes.safe_text import terminal_safe

    return terminal_safe(f"no speaker is named {name!r}: give a whole name or whole words of one"
                         " ('quotes speakers' lists them)")


EMPTY_DATABASE = "the database holds no quote yet: 'quotes ingest PATH' adds articles (files or folders)"


def filter_notes(db: QuoteDB, filters: dict[str, Any], found: bool, query: str = "") -> list[str]:
    """What the user should know about the query and the speaker and outlet filters (printed to stderr).

    A query with no word matches every quote, and says so; a name that selects several speakers
    says whom ("Blair" is Ian, Selma and Tony Blair), and an inferred alias it follows says so
    ("Rick Parry" also selects "Parry"); when nothing matched, a filter that names
    no speaker or outlet at all says so, since a bare "0 quotes" would read as "none on this query", and dates
    that leave out every match say how many match without them (an undated corpus);
    a query of several words that finds nothing says which word left out would find some (a sentence
    pasted with its "..., Erdogan said": "said" is in no quote).
    """
    from quotes.plural import counted
    from quotes.safe_text import terminal_safe
    from quotes.store.fts import left_out, parse_query, written
    from quotes.store.queries import Filters

    notes = []
    if not found and not db.count():  # not "none of them matched": there is nothing yet
        return [EMPTY_DATABASE]
    if query.strip() and not Filters(query, raw=bool(filters.get("raw"))).has_words():
        notes.append(terminal_safe(f"the query {query!r} has no word to search for: every quote matches"))
    if not filters.get("raw") and (left := left_out(query)) and not parse_query(query):
        listed = ", ".join(written(t) for t in left)
        within = " the filters select" if any(filters.get(k) for k in ("speaker", "outlet", "since", "until", "kind")) else ""
        notes.append(terminal_safe(f"the query only leaves words out ({listed}): every quote{within} without them matches"))
    if filters.get("speaker"):
        names = db.speaker_names(filters["speaker"])
        if not names and not found:
            notes.append(unknown_speaker(filters["speaker"]))
        elif len(names) > 1:
            listed = ", ".join(names[:8]) + (", …" if len(names) > 8 else "")
            notes.append(terminal_safe(f"--speaker {filters['speaker']!r} selects {len(names)} speakers: {listed}"))
        links = db.speaker_links(filters["speaker"]) if names else []
        for link in links:
            other = link.full_name if link.surname in names else link.surname
            notes.append(terminal_safe(f"--speaker {filters['speaker']!r} also selects {other!r}: {link.surname!r}, a surname"
                                       f" alone, is inferred to be {link.full_name} ({link.evidence})"))
        if names and (others := also_named(db, filters["speaker"], {*names, *(n for link in links for n in (link.surname, link.full_name))})):
            listed = ", ".join(f"{s.name} ({counted(s.quotes, 'quote')})" for s in others[:5]) + (", …" if len(others) > 5 else "")
            notes.append(terminal_safe(f"--speaker {filters['speaker']!r} selects {' and '.join(names)} only; also named so: {listed}"
                                       " (give the whole name of the one you mean)"))
    if query.strip() and not found and (misses := db.near_misses(query, **filters)[:3]):
        without = "; ".join(f"without {term!r}: {counted(n, 'quote')}" for term, n in misses)
        none_of = " and none it leaves out" if left_out(query) and not filters.get("raw") else ""
        notes.append(terminal_safe(f"no quote has every word of the query{none_of} ({without})"))
    if filters.get("since") or filters.get("until"):
        everywhen = {k: v for k, v in filters.items() if k not in ("since", "until")}
        if not found and (without_dates := db.count(query, **everywhen)):
            notes.append(f"none in these dates: without --since/--until, {counted(without_dates, 'quote')} match"
                         " (a quote with no date is in no date range)")
        elif found and (undated := db.undated(query, **filters)):
            notes.append(f"{counted(undated, 'undated quote')} left out: a quote with no date is in no date range")
    if filters.get("outlet") and not found and not db.facets(outlet=filters["outlet"]).outlets:
        outlets = db.facets().outlets  # the CLI lists them nowhere else
        listed = ", ".join(name for name, _ in outlets[:8]) + (", …" if len(outlets) > 8 else "")
        notes.append(terminal_safe(f"no quote comes from an outlet named {filters['outlet']!r}: "
                                   + (f"the outlets are {listed}" if listed else "no stored quote has an outlet")))
    return notes


def also_named(db: QuoteDB, name: str, selected: set[str]) -> list[SpeakerCount]:
    """Speakers a one-word filter that named a speaker exactly leaves out though their names hold the word
    ("Howard" selects the speaker known only as Howard, not Michael Howard), most quoted first."""
    from quotes.names import fold

    word = fold(name).strip()
    if not word or " " in word:
        return []
    return [s for s in db.speakers() if s.name not in selected and f" {word} " in f" {fold(s.name)} "]


def fail(command: str, message: str) -> int:
    from quotes.safe_text import terminal_safe

    print(terminal_safe(f"quotes {command}: {' '.join(message.split())}"), file=sys.stderr)
    return 1


def open_db(args: argparse.Namespace, command: str, *, create: bool = False) -> QuoteDB | None:
    """The database named by --db / $QUOTES_DB, or None after printing why it cannot be opened.

    Only a command that stores (``create=True``) makes a new SQLite file: for the others a
    missing file is a mistyped path, said as such, rather than an empty database searched.
    """
    from pathlib import Path

    from quotes.store.api import QuoteDB
    from quotes.store.engine import is_postgres, resolve_url, sqlite_path
    from quotes.store.migrations import SchemaError

    where = ""  # an SQLite file is named in the error; a server URL may hold a password
    try:
        url = resolve_url(getattr(args, "db", None))
        if not is_postgres(url) and sqlite_path(url) != ":memory:":
            path = Path(sqlite_path(url))
            where = f" {path}"
            if path.is_dir():
                fail(command, f"{path} is a folder: give the database's file (e.g. {path / 'quotes.sqlite'})")
                return None
            if not create and not path.exists():
                fail(command, f"no database at {path}: 'quotes ingest PATH' creates one")
                return None
            if path.exists() and not os.access(path, os.R_OK):
                fail(command, f"cannot read the database {path}: permission denied")
                return None
        return QuoteDB(url)
    except (ValueError, SchemaError) as exc:  # an unsupported URL, another program's database: the message says it all
        fail(command, f"cannot open the database: {exc}")
        return None
    except Exception as exc:  # noqa: BLE001 - any driver error becomes one clear line
        fail(command, f"cannot open the database{where}: {type(exc).__name__}: {exc}")
        return None


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO | None = None, flex: int = -1
) -> None:
    """Aligned columns, cells made terminal-safe; column ``flex`` takes the width that is left."""
    from quotes.safe_text import terminal_safe

    out = out or sys.stdout
    cells = [[terminal_safe(" ".join(("" if c is None else str(c)).split())) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    if headers:
        term = shutil.get_terminal_size((120, 24)).columns if out.isatty() else 160
        flex %= len(headers)
        fixed = sum(w for i, w in enumerate(widths) if i != flex) + 2 * (len(headers) - 1)
        widths[flex] = max(len(headers[flex]), min(widths[flex], term - fixed))
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(), file=out)
    for r in cells:
        print("  ".join(_clip(c, w).ljust(w) for c, w in zip(r, widths)).rstrip(), file=out)

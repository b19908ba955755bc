"""Article sources: files and folders turned into documents with their metadata.

``.txt`` (title from the first meaningful line, optional ``NAME.json``
sidecar with url/outlet/title/published), ``.jsonl`` (one article per line)
and ``.html`` (main text via trafilatura, the optional ``html`` extra).
A date line at the top of the text ("17 December 2020") fills in a missing date, the text's
first meaningful line a missing title; each document records where its date and title came from
(:mod:`quotes.provenance`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from quotes.discover import MAX_ARTICLE_BYTES
from quotes.provenance import DATELINE, METADATA, TEXT
from quotes.results import IngestFailure
from quotes.textio import decode_bytes, read_text_file, storable

__all__ = [
    "SourceDocument",
    "Unit",
    "SUFFIXES",
    "iter_units",
    "load_unit",
    "guess_title",
    "find_date",
    "parse_date",
    "stored_provenance",
]

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
JSONL_CHUNK = 50
"""Lines of a .jsonl file handed to one parse task."""
TITLE_MAX = 160


@dataclass(slots=True)
class SourceDocument:
    text: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    notes: tuple[str, ...] = ()
    """What was wrong with its metadata and left out (the ingest report lists them as warnings)."""
    dated_by: str | None = None
    """Where ``published`` came from: ``metadata`` or ``dateline`` (:mod:`quotes.provenance`)."""
    titled_by: str | None = None
    """Where ``title`` came from: ``metadata`` or ``text``."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One parse task: a whole file, or a run of lines of a .jsonl file."""

    path: str
    first_line: int = 0
    lines: tuple[str, ...] | None = None


# --- titles ---------------------------------------------------------------
_BOILERPLATE = re.compile(
    r"""^(?:
        [-+]?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]            # weather: "20.4 C"
      | must\ read | advertisement | read\ more | related(?:\ articles?)? | share(?:\ this)?
      | subscribe.* | (?:more|latest)\ news | photo:.* | image:.* | source:.* | based\ on\ materials.*
      | liked\ it\?.* | become\ a\ patron.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_WORDISH = re.compile(r"\w+")


def guess_title(text: str) -> str | None:
    """The first meaningful line: at least four words, not boilerplate or a date line; or a
    shorter headline ("Labour chooses Manchester") that opens the text as a paragraph of its own
    (a place line under the weather, "20.4 C" / "Frankfurt am Main", is no such paragraph)."""
    fallback = None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        first, fallback = fallback is None, fallback or ""  # "": a line was seen
        if _BOILERPLATE.match(line) or parse_date(line):
            continue
        words = len(_WORDISH.findall(line))
        if words >= 4 or (first and words >= 2 and not line.startswith("By ")
                          and (i + 1 == len(lines) or not lines[i + 1].strip())):
            return _shorten(line)
        fallback = fallback or line
    return _shorten(fallback) if fallback else None


def _shorten(line: str) -> str:
    if len(line) <= TITLE_MAX:
        return line
    cut = line.rfind(" ", 0, TITLE_MAX - 1)
    return line[: cut if cut > 40 else TITLE_MAX - 1].rstrip(" ,;:") + "…"


# --- dates ----------------------------------------------------------------
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SP = r"[^\S\n]+"
_NOT_TIME = r"(?![^\S\n]*(?:GMT|BST|UTC|CET)\b)"
"""A date lies within one line and its year is no clock time: a fixture list's "Friday, 25 February"
over "2000 GMT" (the kick-off) is no date."""
_DATE = re.compile(
    r"\b(?:"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?" + _SP + _MONTH.replace("month", "m1") + r",?" + _SP + r"(?P<y1>(?:19|20)\d\d)" + _NOT_TIME +
    r"|" + _MONTH.replace("month", "m2") + _SP + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?" + _SP + r"(?P<y2>(?:19|20)\d\d)" + _NOT_TIME +
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)"
    r")\b",
    re.IGNORECASE,
)


def _match_date(m: re.Match[str]) -> date | None:
    try:
        if m["y1"]:
            return date(int(m["y1"]), _MONTHS[m["m1"].lower()], int(m["d1"]))
        if m["y2"]:
            return date(int(m["y2"]), _MONTHS[m["m2"].lower()], int(m["d2"]))
        return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")
"""Every date parse_date reads has one: lines without are not tried (most of the lines near the top)."""
_SLASHED = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})")
"""2020/12/17, 2020.12.17: year first, so not ambiguous (12/11/2020 is, and is not read)."""


def parse_date(value: object) -> date | None:
    """A date from metadata: a date, an ISO string (date or timestamp), an RSS/e-mail date
    ("Thu, 17 Dec 2020 09:30:00 GMT"), 2020/12/17 or "17 December 2020"."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if slashed := _SLASHED.fullmatch(s):
        try:
            return date(int(slashed[1]), int(slashed[3]), int(slashed[4]))
        except ValueError:
            return None
    if "," in s[:5]:  # "Thu, 17 Dec 2020 ...": the date an RSS feed or an e-mail header gives
        from email.utils import parsedate_to_datetime  # (10 ms to import, for a date few sources give)

        try:
            return parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            pass
    m = _DATE.fullmatch(s) or (_DATE.match(s) if len(s) < 40 else None)
    return _match_date(m) if m else None


def find_date(text: str) -> date | None:
    """The article's date from its text: a line near the top that is only a date ("17 December
    2020"), or None. A date in the body is not taken: it is mostly an event's (a sanction, a
    birthday, 11 September 2001), and a wrong publication date misleads more than none."""
    for line in text[:2000].splitlines()[:15]:
        if len(line) < 40 and _DIGIT.search(line) and (d := parse_date(line)) is not None:
            return d
    return None


def stored_provenance(text: str, published: date | None, title: str | None) -> tuple[str | None, str | None]:
    """Where the date and title stored by a quotes older than schema 10 came from, judged from the
    text (those databases did not record it): a date that a date line gives is ``dateline``; one
    written elsewhere in the text's opening (an older rule took the first date there, mostly an
    event's) is ``text``; any other date is the metadata's. A title that is a line of the text's
    opening is ``text`` (a guess), any other the metadata's. ``text`` of ``metadata`` (a source's
    date that its body also opens with) is re-derived by reparse, the price of not knowing."""
    dated_by = None
    if published is not None:
        dated_by = (
            DATELINE if published == find_date(text)
            else TEXT if published == _first_date_written(text)
            else METADATA
        )
    titled_by = None
    if title:
        lines = {_shorten(line.strip()) for line in text[:_OPENING].splitlines()}
        titled_by = TEXT if title == guess_title(text) or title in lines else METADATA
    return dated_by, titled_by


_OPENING = 5000
"""Where the rule before schema 10 looked for a date, and the migration for guessed titles."""


def _first_date_written(text: str) -> date | None:
    for m in _DATE.finditer(text, 0, _OPENING):
        if (d := _match_date(m)) is not None:
            return d
    return None


# --- files ----------------------------------------------------------------
def iter_units(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Unit | IngestFailure]:
    """Parse tasks for files and folders (recursively, sorted), failures for what cannot be read.

    :func:`quotes.discover.iter_files` finds the files and names what it leaves out.
    """
    from quotes.discover import iter_files

    for item in iter_files(paths, SUFFIXES):
        if isinstance(item, IngestFailure):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from _jsonl_units(item)
        else:
            yield Unit(str(item))


def _jsonl_units(path: Path) -> Iterator[Unit | IngestFailure]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        chunk: list[str] = []
        first = 1
        for i, raw in enumerate(_capped_lines(fh, MAX_ARTICLE_BYTES), start=1):
            if raw is None:
                yield IngestFailure(
                    f"{path}:{i}",
                    f"line too long for one article (over {MAX_ARTICLE_BYTES // 2**20} MB): skipped, not read",
                )
                raw = b""  # keeps the line numbers; a blank line is no document
            chunk.append(decode_bytes(raw))
            if len(chunk) >= JSONL_CHUNK:
                yield Unit(str(path), first, tuple(chunk))
                chunk, first = [], i + 1
        if chunk:
            yield Unit(str(path), first, tuple(chunk))


def _capped_lines(fh: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None for a line longer than ``limit`` bytes, which is skipped
    without holding more than ``limit`` bytes of it in memory."""
    while raw := fh.readline(limit + 1):
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def load_unit(unit: Unit) -> list[SourceDocument | IngestFailure]:
    """The documents of one parse task; a bad file or line becomes a failure, never an exception."""
    if unit.lines is not None:
        return [_jsonl_document(unit.path, unit.first_line + i, line) for i, line in enumerate(unit.lines) if line.strip()]
    try:
        if unit.path.lower().endswith((".html", ".htm")):
            return [_html_document(Path(unit.path))]
        return [_txt_document(Path(unit.path))]
    except _SourceError as exc:
        return [IngestFailure(unit.path, str(exc))]
    except OSError as exc:
        return [IngestFailure(unit.path, f"cannot read: {exc.strerror or exc}")]


class _SourceError(ValueError):
    pass


def _txt_document(path: Path) -> SourceDocument:
    text = storable(read_text_file(path))
    meta = _sidecar(path)
    notes: list[str] = []
    url, outlet, title = (_meta_text(meta, key, notes) for key in ("url", "outlet", "title"))
    published, dated_by = _meta_date(meta, notes, lambda: (find_date(text), DATELINE))
    title, titled_by = _titled(title, text)
    return SourceDocument(text, str(path), url, outlet, title, published, tuple(notes), dated_by, titled_by)


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        meta = json.loads(read_text_file(side))
    except ValueError as exc:
        raise _SourceError(f"metadata sidecar {side.name} is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict):
        raise _SourceError(f"metadata sidecar {side.name} must hold a JSON object")
    return meta


def _str(value: object) -> str | None:
    """Metadata as storable text; None when absent or blank."""
    if value is None:
        return None
    s = storable(str(value)).strip()
    return s or None


_JSON_TYPES = {dict: "object", list: "array", bool: "boolean", int: "number", float: "number"}


def _meta_text(meta: dict, key: str, notes: list[str]) -> str | None:
    """A text field of metadata; a list or an object there is left out, with a note."""
    value = meta.get(key)
    if value is not None and not isinstance(value, (str, int, float)):
        notes.append(f"'{key}' is not text but a JSON {_JSON_TYPES.get(type(value), type(value).__name__)}: left out")
        return None
    return _str(value)


_Dated = tuple[date | None, str | None]
"""A date and where it came from (None with no date)."""


def _meta_date(meta: dict, notes: list[str], fallback: Callable[[], _Dated]) -> _Dated:
    """The metadata's date ('published', else 'date'); else ``fallback()`` (a date line of the
    text). A value that is no date is noted: the fallback stands in for the date the source gave."""
    key = "published" if meta.get("published") else "date"
    value = meta.get(key)
    found = parse_date(value)
    if found is not None:
        return found, METADATA
    instead, by = fallback()
    if value not in (None, ""):
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
        notes.append(
            f"'{key}' is not a date quotes can read ({shown}; give YYYY-MM-DD):"
            + (f" dated {instead} instead" if instead else " stored undated")
        )
    return instead, by if instead else None


def _titled(title: str | None, text: str) -> tuple[str | None, str | None]:
    """The metadata's title, else the text's guess; with where it came from."""
    if title:
        return title, METADATA
    guess = guess_title(text)
    return guess, TEXT if guess else None


def _jsonl_document(path: str, line_no: int, line: str) -> SourceDocument | IngestFailure:
    where = f"{path}:{line_no}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return IngestFailure(where, f"not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return IngestFailure(where, "expected a JSON object per line")
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        return IngestFailure(where, f"'text' is not text but a JSON {_JSON_TYPES.get(type(text), type(text).__name__)}")
    if not text or not text.strip():
        return IngestFailure(where, "no 'text' field")
    text = storable(text)
    notes: list[str] = []
    url, outlet, title = (_meta_text(obj, key, notes) for key in ("url", "outlet", "title"))
    published, dated_by = _meta_date(obj, notes, lambda: (find_date(text), DATELINE))
    title, titled_by = _titled(title, text)
    return SourceDocument(text, where, url, outlet, title, published, tuple(notes), dated_by, titled_by)


def _html_document(path: Path) -> SourceDocument:
    try:
        import trafilatura
    except ImportError:
        raise _SourceError("reading .html needs the html extra: pip install 'quotes[html]'") from None
    html = decode_bytes(path.read_bytes())
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise _SourceError("no article text found in the HTML")
    text = storable(text)
    meta = trafilatura.extract_metadata(html)
    page_date = parse_date(meta.date if meta else None)  # the page's own (its markup's) date
    outlet = _str(meta.sitename if meta else None)
    url = _str(meta.url if meta else None)
    side = _sidecar(path)
    notes: list[str] = []
    side_url, side_outlet, side_title = (_meta_text(side, key, notes) for key in ("url", "outlet", "title"))
    published, dated_by = _meta_date(
        side, notes, lambda: (page_date, METADATA) if page_date else (find_date(text), DATELINE)
    )
    title, titled_by = _titled(side_title or _str(meta.title if meta else None), text)
    return SourceDocument(
        text, str(path), side_url or url, side_outlet or outlet, title, published, tuple(notes), dated_by, titled_by
    )

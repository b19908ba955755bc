"""CSV export: every provenance column, streamed a page at a time.

The database writes each row as one CSV line (SQLite's ``printf``, PostgreSQL's
``concat``): every text cell is quoted with its ``"`` doubled, numbers are
bare and an empty number is an empty cell (RFC 4180, as ``csv.QUOTE_NONNUMERIC``
would write it). Python then treats a page of lines at once, with C-speed
string operations instead of work per cell:

- a text cell that a spreadsheet would run as a formula (it starts with a
  :data:`~quotes.safe_text.FORMULA_START` character) gets an apostrophe, as
  :func:`~quotes.safe_text.spreadsheet_safe` gives it: such a cell is the only
  place where ``,"`` is followed by one of those characters (a ``"`` inside a
  cell is doubled, a quoted cell ends before ``,`` or a newline);
- control characters become U+FFFD as :func:`~quotes.safe_text.terminal_safe`
  makes them (only when a page has one: a quick byte check first). None of
  them is part of the CSV's framing, so the replacement keeps it intact.

SQLite's ``printf`` stops a cell at a NUL character: the store never holds one
(``quotes.textio.storable`` replaces it on the way in, PostgreSQL refuses it).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING

from quotes.safe_text import FORMULA_START, terminal_safe

from .publications import carried
from .queries import Filters

if TYPE_CHECKING:  # pragma: no cover
    from .api import QuoteDB
    from .engine import Backend

__all__ = ["CSV_COLUMNS", "write_csv", "has_control"]

# (header, SQL expression, bare: a number or hex digits, written as it is; every other cell is quoted text)
_COLUMNS = (
    ("id", "q.id", True),
    ("statement_id", "q.statement_id", True),
    ("sources", "st.sources", True),
    ("speaker", "s.name", False),
    ("text", "q.text", False),
    ("kind", "q.kind", False),
    ("mention", "q.mention", False),
    ("mention_start", "q.mention_start", True),
    ("mention_end", "q.mention_end", True),
    ("cue", "q.cue", False),
    ("via", "q.via", False),
    ("method", "q.method", False),
    ("confidence", "q.confidence", True),
    ("start", "q.start_char", True),
    ("end", "q.end_char", True),
    ("utterance", "q.utterance", True),
    ("parser_version", "q.parser_version", False),
    ("document_id", "q.document_id", True),
    ("outlet", "d.outlet", False),
    ("title", "d.title", False),
    ("published", "q.published", False),
    ("path", "d.path", False),
    ("url", "d.url", False),
    ("sha256", "d.sha256", True),
    ("other_publications", "(SELECT also FROM carried_quotes WHERE carried_quotes.id = q.id)", False),
    ("dated_by", "d.dated_by", False),  # where the date and title came from (quotes.provenance)
    ("titled_by", "d.titled_by", False),
)
CSV_COLUMNS = tuple(name for name, _, _ in _COLUMNS)
_HEADER = ",".join(CSV_COLUMNS) + "\n"

_FORMULA_CELL = re.compile(',"(?=[' + re.escape(FORMULA_START) + "])")
# What terminal_safe replaces, as UTF-8: C0 controls but tab and newline, DEL (one byte each),
# C1 controls U+0080-U+009F (C2 80-9F), BiDi controls U+202A-U+202E (E2 80 AA-AE) and U+2066-U+2069 (E2 81 A6-A9).
_C0_BYTES = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
# Two patterns, each with a literal first byte that the regex engine skips to.
_C1 = re.compile(rb"\xc2[\x80-\x9f]")
_BIDI = re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def has_control(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a character :func:`~quotes.safe_text.terminal_safe` would replace."""
    return len(data.translate(None, _C0_BYTES)) != len(data) or bool(_C1.search(data) or _BIDI.search(data))


def _line_sql(b: Backend, copies: bool) -> str:
    """SQL making one quote's CSV line (newline included) from ``RECORD_FROM``; ``copies``: whether
    any text was published again (``publications.carried``), else ``other_publications`` is empty."""
    columns = [(name, expr if copies or name != "other_publications" else "NULL", bare) for name, expr, bare in _COLUMNS]
    if b.name == "sqlite":
        fmt = ",".join("%s" if bare else '"%w"' for _, _, bare in columns)
        args = ", ".join(expr if bare else f"IFNULL({expr}, '')" for _, expr, bare in columns)
        return f"printf('{fmt}' || char(10), {args})"
    cells = []
    for _, expr, bare in columns:
        if expr == "q.published":
            expr = "to_char(q.published, 'YYYY-MM-DD')"  # not the server's DateStyle
        cells.append(expr if bare else f"""'"' || replace(COALESCE({expr}, ''), '"', '""') || '"'""")
    return "concat(" + ", ',', ".join(cells) + ", chr(10))"


BOM = "\ufeff"
"""The byte-order mark: a UTF-8 file that begins with it is read as UTF-8 by Excel."""


def write_csv(
    db: QuoteDB,
    path_or_file: str | os.PathLike[str] | IO[str],
    f: Filters,
    *,
    sort: str = "id",
    limit: int | None = None,
    offset: int = 0,
    bom: bool = False,
) -> int:
    """Write the quotes matching ``f`` (as for ``search``); returns rows written.

    ``sort`` is "id" (ingest order, the default), "date" or "relevance";
    ``limit``/``offset`` select a page as ``search`` does. A path is written as
    UTF-8 bytes, and replaced only once the export is complete; a text stream gets ``str``.
    ``bom``: begin with a byte-order mark, by which Excel knows UTF-8 (without it, it reads
    the system's code page: "£" as "Â£").
    """
    if isinstance(path_or_file, (str, os.PathLike)) and db._b.is_own_file(Path(path_or_file)):
        raise ValueError(f"{path_or_file} is the database itself: give the CSV another name")
    pages = db._pages(f"q.id, {_line_sql(db._b, carried(db._b))}", f, sort, limit, offset)
    # The first page is fetched before the file is opened: a query that cannot run (a bad date,
    # raw syntax) fails with the file as it was, not truncated to a header.
    first = next(pages, [])
    written = 0
    if isinstance(path_or_file, (str, os.PathLike)):
        with _replacing(Path(path_or_file)) as fh:
            fh.write((BOM + _HEADER).encode() if bom else _HEADER.encode())
            for page, rows in _formula_safe(first, pages):
                data = page.encode()
                fh.write(terminal_safe(page).encode() if has_control(data) else data)
                written += rows
        return written
    path_or_file.write(BOM + _HEADER if bom else _HEADER)
    for page, rows in _formula_safe(first, pages):
        path_or_file.write(terminal_safe(page))
        written += rows
    return written


@contextmanager
def _replacing(path: Path) -> Iterator[IO[bytes]]:
    """A file to write in place of ``path``: a new file beside it, renamed onto it once complete, so
    that an export that fails (a full disk, Ctrl-C) leaves the file as it was, never cut short.

    The new file gets the old one's permissions; a path that is not a regular file (``/dev/stdout``,
    a named pipe), or a file in a folder that cannot be written, is written in place.
    """
    try:
        regular: bool | None = stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        regular = None  # a new file
    real = Path(os.path.realpath(path))  # a symbolic link's target is replaced, not the link
    part = real.with_name(f".{real.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        if regular is False:
            raise PermissionError  # written in place, below
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except PermissionError:
        with open(path, "wb") as fh:
            yield fh
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        if regular:
            shutil.copymode(real, part)
        os.replace(part, real)
    except BaseException:
        with suppress(OSError):
            os.unlink(part)
        raise


def _formula_safe(first: list[tuple], pages: Iterator[list[tuple]]) -> Iterator[tuple[str, int]]:
    """(the CSV lines of a page of rows, formula cells neutralised; how many rows) for each page."""
    line = itemgetter(1)  # rows are (id, line[, rank])
    for rows in chain([first] if first else [], pages):
        page = "".join(map(line, rows))
        if _FORMULA_CELL.search(page):
            page = _FORMULA_CELL.sub(",\"'", page)
        yield page, len(rows)

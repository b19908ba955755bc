"""Article text turned into Rich ``Text`` for display: never parsed as markup, never raw escapes.

Everything that comes from an article or the database goes through ``plain()`` (control
characters neutralised by ``quotes.safe_text.terminal_safe``) and is appended to ``Text`` objects
as literal text, so "[US] President [Joe] Biden" shows exactly as written.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

import regex
from rich.text import Text

from quotes.results import DiffOp, QuoteRecord, SpeakerLink, who_said
from quotes.safe_text import terminal_safe
from quotes.store.fts import left_out, parse_query

__all__ = [
    "plain",
    "query_terms",
    "match_spans",
    "highlighted",
    "snippet",
    "marked",
    "diff_text",
    "citation",
    "who_said",
    "format_date",
    "display_path",
    "inferred_aliases",
]

MATCH_STYLE = "bold reverse"
QUOTE_MARK_STYLE = "bold underline"
INSERT_STYLE = "bold green"
DELETE_STYLE = "red strike"

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_SPACE = regex.compile(r"\s+")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")


def plain(value: object) -> str:
    """Display text for a value that may be ``None``; control characters made harmless."""
    if value is None:
        return ""
    return terminal_safe(str(value))


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def inferred_aliases(name: str, links: Iterable[SpeakerLink]) -> Text:
    """" + Howard (inferred)" for each speaker an inferred alias adds to the filter by ``name``: said, never merged silently."""
    text = Text()
    for link in links:
        other = link.surname if name != link.surname else link.full_name
        text.append(f" + {plain(other)} (inferred)", style="italic dim")
    return text


def display_path(path: str | None) -> str:
    """A stored path, shortened to be relative to the current directory when it lies below it."""
    if not path:
        return ""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return plain(path)
    return plain(path if rel.startswith("..") else rel)


def _fold(text: str) -> tuple[str, Sequence[int]]:
    """Casefold and strip accents; return the folded text and, per folded char, its source index.

    ASCII runs are lowered in one go; only the other characters are decomposed one by one.
    """
    if text.isascii():
        return text.lower(), range(len(text))
    out: list[str] = []
    index: list[int] = []
    start = 0
    for m in _NON_ASCII.finditer(text):
        i = m.start()
        if i > start:
            out.append(text[start:i].lower())
            index.extend(range(start, i))
        for part in unicodedata.normalize("NFKD", m.group()):
            if not unicodedata.combining(part):
                folded = part.casefold()
                out.append(folded)
                index.extend([i] * len(folded))
        start = i + 1
    out.append(text[start:].lower())
    index.extend(range(start, len(text)))
    return "".join(out), index


def query_terms(query: str) -> list[str]:
    """The words a user searched for, folded, without FTS operators and those left out ("-word"); longest first."""
    words = {_fold(w)[0] for w in _WORD.findall(query) if w not in _OPERATORS}
    words -= {w for t in left_out(query) for w in t} - {w for t in parse_query(query) for w in t}
    words = {w for w in words if len(w) > 1 or w.isdigit()}
    return sorted(words, key=len, reverse=True)


def match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` where a word starts with one of ``terms`` (accent and case blind)."""
    if not terms or not text:
        return []
    folded, index = _fold(text)
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, terms)) + ")")
    spans = []
    for m in pattern.finditer(folded):
        if m.end() > m.start():
            spans.append((index[m.start()], index[m.end() - 1] + 1))
    return spans


def highlighted(text: str, query: str, *, style: str = "") -> Text:
    """``text`` as literal Rich text with the query's words highlighted."""
    safe = plain(text)
    out = Text(safe, style=style)
    for start, end in match_spans(safe, query_terms(query)):
        out.stylize(MATCH_STYLE, start, end)
    return out


def snippet(text: str, query: str, width: int) -> Text:
    """One line of at most ``width`` characters, around the first match, highlighted."""
    one_line = _SPACE.sub(" ", plain(text)).strip()
    spans = match_spans(one_line, query_terms(query))
    start = 0
    if spans and spans[0][1] > width - 1:
        start = max(0, min(spans[0][0] - width // 3, len(one_line) - width + 1))  # near the end: the width filled
        if start and not one_line[start - 1].isspace():  # from the next word: "…n immediate election" cut a word
            start = one_line.find(" ", start, spans[0][0]) + 1 or spans[0][0]
    prefix = "…" if start else ""
    room = width - len(prefix)
    piece = one_line[start:]
    if len(piece) > room:  # cut, and said so: the quote goes on
        piece = piece[: max(0, room - 1)] + "…"
    out = Text(prefix + piece)
    shift = len(prefix) - start
    for s, e in spans:
        s, e = s + shift, e + shift
        if e > len(prefix) and s < len(out):
            out.stylize(MATCH_STYLE, max(s, len(prefix)), min(e, len(out)))
    if out.cell_len > width:  # wide letters (新华社, emoji) take two cells each
        out.truncate(width, overflow="ellipsis")
    return out


def marked(paragraph: str, start: int, end: int) -> Text:
    """The paragraph as literal text with ``paragraph[start:end]`` marked."""
    out = Text(plain(paragraph))
    if 0 <= start < end <= len(paragraph):
        out.stylize(QUOTE_MARK_STYLE, start, end)
        out.stylize("on #3b3b00", start, end)
    return out


def diff_text(base: str, ops: Iterable[DiffOp]) -> Text:
    """A variant's wording: kept words plain, added words green, dropped words struck out red.

    With no ops (the first occurrence itself) the result is ``base`` unchanged.
    """
    ops = list(ops)
    if not ops:
        return Text(plain(base))
    out = Text()
    for op in ops:
        if op.op == "equal":
            out.append(plain(op.new or op.old))
        elif op.op == "insert":
            out.append(plain(op.new), INSERT_STYLE)
        elif op.op == "delete":
            out.append(plain(op.old), DELETE_STYLE)
        else:
            out.append(plain(op.old), DELETE_STYLE)
            if op.old and op.new and not op.old[-1:].isspace():
                out.append(" ")
            out.append(plain(op.new), INSERT_STYLE)
        if out.plain and not out.plain[-1].isspace():
            out.append(" ")
    out.rstrip()
    return out


def citation(q: QuoteRecord) -> str:
    """The quote with where it came from, ready to paste into a story or a note."""
    parts = [who_said(q), q.outlet, format_date(q.published)]
    link = q.url or display_path(q.path)
    if q.title:
        parts.append(f"“{q.title}”")
    if link:
        parts.append(link)
    source = ", ".join(plain(p) for p in parts if p)
    if q.kind == "indirect":  # the reporter's words: in quotation marks they would pass for the speaker's
        return f"Reported, not quoted: {plain(q.text)} — {source}"
    return f"“{plain(q.text)}” — {source}"

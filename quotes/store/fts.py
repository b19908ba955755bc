"""Full-text search: the folded form that is indexed, and user text turned into a query.

Both backends index the same thing: the quote's words folded (lower case, no
accents, Turkish letters mapped: "Erdoğan" -> "erdogan") and joined by single
spaces. Queries are folded the same way, so "erdogan" finds "Erdoğan" on
SQLite (FTS5) and PostgreSQL (tsvector) alike.

User text never reaches the FTS syntax unescaped: words become quoted terms,
double-quoted groups become phrases, everything else (stray quotes, ``*``,
``OR``, ``NEAR``, parentheses, NUL) is plain text. ``raw=True`` passes the
query through for users who want the full FTS syntax.
"""

from __future__ import annotations

import regex

from quotes.names import fold

__all__ = ["search_fold", "words", "parse_query", "fts5_query", "tsquery", "raw_tsquery", "QuerySyntaxError"]

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_PHRASE = regex.compile(r'"([^"]*)"')
_RAW_TOKEN = regex.compile(r'"[^"]*"?|[()]|[^\s()"]+')


class QuerySyntaxError(ValueError):
    """A raw query the database could not parse; the message says why."""


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    return _WORD.findall(fold(text))


def search_fold(text: str | None) -> str:
    """The indexed form of ``text``: folded words joined by single spaces."""
    return " ".join(words(text)) if text else ""


def parse_query(text: str) -> list[tuple[str, ...]]:
    """User text as a list of terms; a term is a tuple of words (more than one: a phrase).

    Balanced double quotes group a phrase; an unbalanced quote is ignored.
    """
    text = text.replace("\x00", " ").replace("\u201c", '"').replace("\u201d", '"')
    terms: list[tuple[str, ...]] = []
    pos = 0
    for m in _PHRASE.finditer(text):
        terms.extend((w,) for w in words(text[pos : m.start()]))
        phrase = tuple(words(m.group(1)))
        if phrase:
            terms.append(phrase)
        pos = m.end()
    terms.extend((w,) for w in words(text[pos:]))
    return terms


def fts5_query(text: str) -> str:
    """An FTS5 MATCH expression requiring every term; '' when the text has no words."""
    return " ".join('"' + " ".join(t) + '"' for t in parse_query(text))


def tsquery(text: str) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression requiring every term."""
    return " & ".join(
        "(" + " <-> ".join(f"'{w}'" for w in t) + ")" if len(t) > 1 else f"'{t[0]}'"
        for t in parse_query(text)
    )


def raw_tsquery(text: str) -> str:
    """The FTS5 query syntax (AND, OR, NOT, "phrase", prefix*, parentheses) as a tsquery.

    Lets ``raw=True`` mean the same on PostgreSQL as on SQLite; NEAR and
    column filters have no tsquery equivalent and are refused.
    """
    out: list[str] = []
    need_operand = True
    for tok in _RAW_TOKEN.findall(text.replace("\x00", " ")):
        if tok in ("AND", "OR", "NOT"):
            if need_operand and tok != "NOT":
                raise QuerySyntaxError(f"invalid raw search query: {tok} needs a term before it")
            out.append({"AND": "&", "OR": "|", "NOT": "& !" if not need_operand else "!"}[tok])
            need_operand = True
            continue
        if tok.startswith("NEAR") or ":" in tok:
            raise QuerySyntaxError(f"invalid raw search query: {tok!r} is not supported on PostgreSQL")
        if tok == ")":
            out.append(")")
            need_operand = False
            continue
        if not need_operand:
            out.append("&")  # adjacent terms: implicit AND
        if tok == "(":
            out.append("(")
            need_operand = True
            continue
        if tok.startswith('"'):
            if len(tok) < 2 or not tok.endswith('"'):
                raise QuerySyntaxError("invalid raw search query: unbalanced double quote")
            ws = words(tok[1:-1])
            out.append("(" + " <-> ".join(f"'{w}'" for w in ws) + ")" if ws else "''")
        else:
            ws = words(tok)
            if not ws:
                raise QuerySyntaxError(f"invalid raw search query: {tok!r} has no words")
            prefix = ":*" if tok.endswith("*") else ""
            out.append(" <-> ".join(f"'{w}'" for w in ws[:-1]) + (" <-> " if len(ws) > 1 else "") + f"'{ws[-1]}'{prefix}")
        need_operand = False
    if need_operand and out:
        raise QuerySyntaxError("invalid raw search query: it ends with an operator")
    return " ".join(out)

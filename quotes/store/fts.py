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

import re

import regex

from quotes.names import fold

__all__ = ["search_fold", "words", "parse_query", "fts5_query", "tsquery", "raw_tsquery", "QuerySyntaxError"]

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_PHRASE = regex.compile(r'"([^"]*)"')
_RAW_TOKEN = regex.compile(r'"[^"]*"?|[()]|[^\s()"]+')


class QuerySyntaxError(ValueError):
    """A raw query the database could not parse; the message says why."""


_ASCII_WORD = re.compile(r"[a-z0-9]+")
# Punctuation common in news text that is no part of a word, before and after folding (fold turns
# the curly apostrophes into "'", the ellipsis into "..."): read as a space, the text is often ASCII.
_NOT_WORD = str.maketrans(dict.fromkeys("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2013\u2014\u2026\u00ab\u00bb\u00a0\u02bc", " "))
_fold_uncached = getattr(fold, "__wrapped__", fold)
"""Texts are folded without ``fold``'s cache, which is for names that repeat."""


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    plain = text.translate(_NOT_WORD)
    if plain.isascii():  # the same words, found by the faster ``re``
        return _ASCII_WORD.findall(plain.lower())
    return _WORD.findall(_fold_uncached(text))


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


MIN_PREFIX = 3
"""A last word shorter than this is matched whole even with ``prefix``: "s*" would match most words."""


def _prefix_last(text: str, terms: list[tuple[str, ...]], prefix: bool) -> bool:
    """Whether the last word is still being typed: ``prefix`` asked, no space or quote after it, long enough."""
    return prefix and bool(terms) and not text[-1:].isspace() and not text.endswith('"') and len(terms[-1][-1]) >= MIN_PREFIX


def fts5_query(text: str, prefix: bool = False) -> str:
    """An FTS5 MATCH expression requiring every term; '' when the text has no words.

    With ``prefix`` the last word also matches longer words ("sanc" finds "sanctions"), for
    search as you type.
    """
    terms = parse_query(text)
    out = ['"' + " ".join(t) + '"' for t in terms]
    if _prefix_last(text, terms, prefix):
        out[-1] += "*"
    return " ".join(out)


def tsquery(text: str, prefix: bool = False) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression requiring every term (``prefix``: as for FTS5)."""
    terms = parse_query(text)
    star = _prefix_last(text, terms, prefix)
    out = []
    for i, t in enumerate(terms):
        ws = [f"'{w}'" for w in t]
        if star and i == len(terms) - 1:
            ws[-1] += ":*"
        out.append("(" + " <-> ".join(ws) + ")" if len(ws) > 1 else ws[0])
    return " & ".join(out)


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

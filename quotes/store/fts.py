"""Full-text search: the folded form that is indexed, and user text turned into a query.

Both backends index the same thing: the quote's words folded (lower case, no
accents, Turkish letters mapped: "Erdoğan" -> "erdogan") and joined by single
spaces. Queries are folded the same way, so "erdogan" finds "Erdoğan" on
SQLite (FTS5) and PostgreSQL (tsvector) alike.

User text never reaches the FTS syntax unescaped: words become quoted terms,
double-quoted groups become phrases, everything else (stray quotes, ``*``,
``OR``, ``NEAR``, parentheses, NUL) is plain text. ``raw=True`` reads AND, OR,
NOT, "phrases", prefix* and parentheses, one syntax with one meaning on both
backends, written out for each (:func:`raw_fts5`, :func:`raw_tsquery`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from quotes.names import fold

__all__ = [
    "search_fold", "words", "Term", "query_terms", "parse_query", "left_out", "written", "leave_one_out", "fts5_query",
    "fts5_left_out", "tsquery", "tsquery_left_out", "raw_fts5", "raw_tsquery", "QuerySyntaxError",
]

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_PHRASE = regex.compile(r'"([^"]*)"')
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


# The double quotation marks of news text in English, German and French: a phrase pasted with them is a phrase.
_PHRASE_MARKS = str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"'))


_CHUNK = regex.compile(r"\S+")
_JOINED = regex.compile(r"[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010\u2011'\u2019\u02bc.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*")
"""A word, or words joined by a hyphen, an apostrophe, a point or a comma between digits: one term, as written."""
MINUS_SIGNS = ("-", "\u2212")
"""A hyphen-minus, or the minus sign (U+2212) that ``quotes search erdogan -sanctions`` hands over (argparse
would read "-sanctions" as an option), before a word leaves it out."""
_SIGNED = regex.compile(r"[-\u2212](?:[\p{L}\p{N}]|\")")


Term = tuple[str, ...]
"""The folded words of one term of a query (more than one: a phrase)."""


def query_terms(text: str) -> list[tuple[Term, bool]]:
    """User text as its terms in order, each with whether it is left out (typed with a minus sign).

    Balanced double quotes (“...”, „...“, «...» too) group a phrase; an unbalanced quote is ignored.
    A minus sign at the start of the text or after a space leaves out the word or the "phrase" it
    opens, as in a web search ("erdogan -sanctions", '-"united nations"'); a word that holds a hyphen
    ("S-400", "anti-war") is a word, and one typed with a minus sign is left out as written
    ("-S-400": the phrase "s 400").
    """
    text = text.replace("\x00", " ").translate(_PHRASE_MARKS)
    terms: list[tuple[Term, bool]] = []

    def outside(start: int, end: int) -> None:
        for m in _CHUNK.finditer(text, start, end):
            ws = tuple(words(m.group()))
            if m.group().startswith(MINUS_SIGNS) and _left_out(text, m.start()):
                terms.extend([(ws, True)] if ws else [])
            else:  # a word written with hyphens, apostrophes or points ("S-400", "anti-war", "U.S.", "1,400") is a phrase
                terms.extend((piece, False) for p in _JOINED.finditer(m.group()) if (piece := tuple(words(p.group()))))

    pos = 0
    for m in _PHRASE.finditer(text):
        outside(pos, m.start())
        phrase = tuple(words(m.group(1)))
        if phrase:
            terms.append((phrase, m.start() > 0 and text[m.start() - 1] in MINUS_SIGNS and _left_out(text, m.start() - 1)))
        pos = m.end()
    outside(pos, len(text))
    # every term must appear (or not) anyway: a word said twice is asked once (a pasted paragraph's "the"s),
    # at its last place, where the search box may be typing it
    return list(dict.fromkeys(terms[::-1]))[::-1]


def _left_out(text: str, at: int) -> bool:
    """Whether the "-" at ``at`` is a minus sign: at the start of the text or after a space, and before a
    letter, a digit or a phrase's quotation mark ("S-400", "- " and "--" are none)."""
    return (at == 0 or text[at - 1].isspace()) and _SIGNED.match(text, at) is not None


def parse_query(text: str) -> list[Term]:
    """The terms a query requires, in order (see :func:`query_terms`; those it leaves out are not here)."""
    return [t for t, out in query_terms(text) if not out]


def left_out(text: str) -> list[Term]:
    """The terms a query leaves out, typed with a minus sign ("erdogan -sanctions": [("sanctions",)])."""
    return [t for t, out in query_terms(text) if out]


MIN_PREFIX = 3
"""A last word shorter than this is matched whole even with ``prefix``: "s*" would match most words."""


def _prefix_last(text: str, terms: list[Term], prefix: bool) -> bool:
    """Whether the last word is still being typed: ``prefix`` asked, no space or quote after it, long enough."""
    closed = text[-1:].translate(_PHRASE_MARKS) == '"'  # a phrase closed: its last word is whole
    return prefix and bool(terms) and not text[-1:].isspace() and not closed and len(terms[-1][-1]) >= MIN_PREFIX


def written(term: Term, left_out: bool = False) -> str:
    """A term as a user query writes it: a word, a "phrase", with a minus sign when it is left out."""
    return ("-" if left_out else "") + ('"' + " ".join(term) + '"' if len(term) > 1 else term[0])


def leave_one_out(text: str) -> list[tuple[str, str]]:
    """(a term, the query without it) for each term of a query of several ([] for one term or none);
    a term left out is named as typed ("-sanctions", '-"clear signal"').

    A word being typed stays a prefix where it is kept (the query then ends with it, no space after);
    the others are whole words (a space ends the query).
    """
    terms = query_terms(text)
    if len(terms) < 2:
        return []
    typed = _prefix_last(text, [t for t, _ in terms], True)
    shown = [written(t, out) for t, out in terms]
    last = len(terms) - 1
    return [
        (shown[i] if out else " ".join(t), " ".join(shown[:i] + shown[i + 1 :]) + ("" if typed and i != last else " "))
        for i, (t, out) in enumerate(terms)
    ]


# A word of letters and digits ("s400", "f35", "g7") and its runs: the index holds "S-400" as "s 400".
_LETTERS_DIGITS = re.compile(r"[a-z]+[0-9]+[a-z0-9]*|[0-9]+[a-z]+[a-z0-9]*")
_RUN = re.compile(r"[a-z]+|[0-9]+")


def _spelled_apart(term: Term) -> Term | None:
    """The other spelling of a word that mixes letters and digits: its runs apart ("s400" -> ("s", "400")),
    as the text may write it ("S-400", "S 400"), or those runs together ("S-400" -> ("s400",)); None for
    any other term."""
    if len(term) == 1:
        return tuple(_RUN.findall(term[0])) if _LETTERS_DIGITS.fullmatch(term[0]) else None
    joined = "".join(term)
    return (joined,) if _LETTERS_DIGITS.fullmatch(joined) and all(_RUN.fullmatch(w) for w in term) else None


def _rendered(text: str, prefix: bool, render: Callable[[Term, str], str], star: str) -> list[tuple[str, bool]]:
    """Each term of ``text`` in a backend's syntax, with whether it is left out; ``star`` ends the
    last word when it is still being typed (``prefix``)."""
    terms = query_terms(text)
    typing = _prefix_last(text, [t for t, _ in terms], prefix)
    return [(render(t, star if typing and i == len(terms) - 1 else ""), out) for i, (t, out) in enumerate(terms)]


def _fts5_term(term: Term, end: str) -> str:
    one = '"' + " ".join(term) + '"' + end
    apart = _spelled_apart(term)
    return one if apart is None else f'({one} OR "{" ".join(apart)}"{end})'


def fts5_query(text: str, prefix: bool = False) -> str:
    """An FTS5 MATCH expression requiring every term and none of those left out ("-word"); '' when the
    text requires no word (FTS5 has no query of NOTs alone: :func:`fts5_left_out` gives what it leaves out).

    With ``prefix`` the last word also matches longer words ("sanc" finds "sanctions"), for
    search as you type. A word of letters and digits also matches them written apart ("S400"
    finds "S-400").
    """
    parts = _rendered(text, prefix, _fts5_term, "*")
    need = [r for r, out in parts if not out]
    if not need:
        return ""
    # FTS5 reads phrases side by side as AND, but not a parenthesised group beside them
    both = (" AND " if any(o.startswith("(") for o in need) else " ").join(need)
    if len(need) == len(parts):
        return both
    return f"({both})" + "".join(f" NOT {r}" for r, out in parts if out)  # NOT binds left to right: none of them


def fts5_left_out(text: str, prefix: bool = False) -> str:
    """An FTS5 MATCH expression finding the quotes that hold any term the text leaves out ('' when none)."""
    return " OR ".join(r for r, out in _rendered(text, prefix, _fts5_term, "*") if out)


def _ts_phrase(words: Term, end: str) -> str:
    ws = [f"'{w}'" for w in words]
    ws[-1] += end
    return "(" + " <-> ".join(ws) + ")" if len(ws) > 1 else ws[0]


def _ts_term(term: Term, end: str) -> str:
    apart = _spelled_apart(term)
    return _ts_phrase(term, end) if apart is None else f"({_ts_phrase(term, end)} | {_ts_phrase(apart, end)})"


def tsquery(text: str, prefix: bool = False) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression requiring every term and none of those left
    out; '' when the text requires no word (``prefix``, words of letters and digits, the terms left out:
    as for FTS5, :func:`tsquery_left_out`)."""
    parts = _rendered(text, prefix, _ts_term, ":*")
    need = [r for r, out in parts if not out]
    return " & ".join(need + [f"!{r}" for r, out in parts if out]) if need else ""


def tsquery_left_out(text: str, prefix: bool = False) -> str:
    """A ``to_tsquery('simple', ...)`` expression finding the quotes that hold any term the text leaves out."""
    return " | ".join(r for r, out in _rendered(text, prefix, _ts_term, ":*") if out)


# A raw query's tokens: a double-quoted phrase (perhaps unclosed), a parenthesis, or a run of anything else.
_RAW_TOKEN = regex.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_OPERATORS = ("AND", "OR", "NOT")

Node = tuple
"""("term", words, prefix) | ("all", [(op, node), ...]) with op "and" or "not" | ("any", [node, ...])."""
MAX_NESTING = 20
"""Parentheses nested deeper than this are refused (the parser, and FTS5's, would run out of stack)."""


def _raw_tree(text: str) -> Node | None:
    """The raw query syntax, the same on both backends, as a tree; None when it holds no word.

    ``a b`` and ``a AND b``: both; ``a OR b``: either; ``a NOT b`` (or ``a AND NOT b``): a
    without b; ``"a b"``: a phrase; ``sanc*``: a prefix; parentheses group. OR binds loosest;
    AND and NOT bind alike, left to right (``a NOT b c`` is a and c without b). A word is folded
    like the text it searches; punctuation is no word (``S-400`` is the phrase "s 400").
    A run of ANDs, NOTs or ORs is one node, so that a long query is no deep tree.
    """
    tokens: list[str | Node] = []
    for tok in _RAW_TOKEN.findall(text.replace("\x00", " ")):
        if tok in _OPERATORS or tok in "()":
            tokens.append(tok)
        elif tok == "NEAR":
            raise QuerySyntaxError("invalid raw search query: NEAR is not supported: use a \"phrase\" or AND")
        elif tok.startswith('"'):
            if len(tok) < 2 or not tok.endswith('"'):
                raise QuerySyntaxError("invalid raw search query: unbalanced double quote")
            if ws := tuple(words(tok[1:-1])):
                tokens.append(("term", ws, False))
        elif ws := tuple(words(tok)):  # a run of punctuation alone (*, -, ^) is no word, as in plain search
            tokens.append(("term", ws, tok.endswith("*")))
    at = 0
    depth = 0

    def peek() -> str | Node | None:
        return tokens[at] if at < len(tokens) else None

    def operand() -> Node:
        nonlocal at, depth
        tok = peek()
        if isinstance(tok, tuple):
            at += 1
            return tok
        if tok == "(":
            depth += 1
            if depth > MAX_NESTING:
                raise QuerySyntaxError(f"invalid raw search query: parentheses nested more than {MAX_NESTING} deep")
            at += 1
            node = either()
            if peek() != ")":
                raise QuerySyntaxError("invalid raw search query: a parenthesis is not closed")
            at += 1
            depth -= 1
            return node
        if tok is None:
            raise QuerySyntaxError("invalid raw search query: it ends with an operator or '('")
        raise QuerySyntaxError(f"invalid raw search query: {tok} needs a term before it (a {tok} b)"
                               if tok in _OPERATORS else f"invalid raw search query: unexpected {tok!r}")

    def both() -> Node:
        nonlocal at
        parts = [("and", operand())]
        while (tok := peek()) is not None and tok not in ("OR", ")"):
            op = "and"
            if tok in ("AND", "NOT"):
                at += 1
                op = tok.lower()
                if tok == "AND" and peek() == "NOT":
                    op = "not"
                    at += 1
            parts.append((op, operand()))
        return parts[0][1] if len(parts) == 1 else ("all", parts)

    def either() -> Node:
        nonlocal at
        parts = [both()]
        while peek() == "OR":
            at += 1
            parts.append(both())
        return parts[0] if len(parts) == 1 else ("any", parts)

    if not any(isinstance(t, tuple) for t in tokens):
        if any(t in _OPERATORS for t in tokens):
            raise QuerySyntaxError("invalid raw search query: operators need terms (a OR b)")
        return None
    tree = either()
    if at < len(tokens):
        raise QuerySyntaxError(f"invalid raw search query: unexpected {tokens[at]!r}")
    return tree


def raw_fts5(text: str) -> str:
    """The raw query syntax (see :func:`_raw_tree`) as an FTS5 MATCH expression; '' when it has no word.

    A run of ANDs and NOTs is written flat: FTS5 reads ``a AND b NOT c`` left to right as meant.
    """

    def render(node: Node) -> str:
        if node[0] == "term":
            return '"' + " ".join(node[1]) + '"' + ("*" if node[2] else "")
        if node[0] == "any":
            return "(" + " OR ".join(map(render, node[1])) + ")"
        first, *rest = node[1]
        return "(" + " ".join([render(first[1]), *(f"{op.upper()} {render(n)}" for op, n in rest)]) + ")"

    tree = _raw_tree(text)
    return render(tree) if tree else ""


def raw_tsquery(text: str) -> str:
    """The raw query syntax (see :func:`_raw_tree`) as a ``to_tsquery('simple', ...)`` expression."""

    def render(node: Node) -> str:
        if node[0] == "term":
            ws = [f"'{w}'" for w in node[1]]
            if node[2]:
                ws[-1] += ":*"
            return "(" + " <-> ".join(ws) + ")" if len(ws) > 1 else ws[0]
        if node[0] == "any":
            return "(" + " | ".join(map(render, node[1])) + ")"
        first, *rest = node[1]
        return "(" + " ".join([render(first[1]), *(f"{'& !' if op == 'not' else '&'} {render(n)}" for op, n in rest)]) + ")"

    tree = _raw_tree(text)
    return render(tree) if tree else ""

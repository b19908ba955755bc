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

import regex

from quotes.names import fold

__all__ = [
    "search_fold", "words", "parse_query", "leave_one_out", "minus_words", "fts5_query", "tsquery", "raw_fts5",
    "raw_tsquery", "QuerySyntaxError",
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


def parse_query(text: str) -> list[tuple[str, ...]]:
    """User text as a list of terms; a term is a tuple of words (more than one: a phrase).

    Balanced double quotes (“...”, „...“, «...» too) group a phrase; an unbalanced quote is ignored.
    """
    text = text.replace("\x00", " ").translate(_PHRASE_MARKS)
    terms: list[tuple[str, ...]] = []
    pos = 0
    for m in _PHRASE.finditer(text):
        terms.extend((w,) for w in words(text[pos : m.start()]))
        phrase = tuple(words(m.group(1)))
        if phrase:
            terms.append(phrase)
        pos = m.end()
    terms.extend((w,) for w in words(text[pos:]))
    # every term must appear anyway: a word said twice is asked once (a pasted paragraph's "the"s), at its
    # last place, where the search box may be typing it
    return list(dict.fromkeys(terms[::-1]))[::-1]


_MINUS = regex.compile(r'(?:^|\s)-([\p{L}\p{N}][^\s"]*)')


def minus_words(text: str) -> list[str]:
    """Words typed with a minus sign before them, outside phrases ("erdogan -sanctions"): in a user
    query the sign leaves nothing out (the word is required like the others), which a web searcher
    would not guess, so the CLI and the TUI say so. "S-400" is no such word."""
    return [m.group(1) for m in _MINUS.finditer(_PHRASE.sub(" ", text.translate(_PHRASE_MARKS)))]


MIN_PREFIX = 3
"""A last word shorter than this is matched whole even with ``prefix``: "s*" would match most words."""


def _prefix_last(text: str, terms: list[tuple[str, ...]], prefix: bool) -> bool:
    """Whether the last word is still being typed: ``prefix`` asked, no space or quote after it, long enough."""
    closed = text[-1:].translate(_PHRASE_MARKS) == '"'  # a phrase closed: its last word is whole
    return prefix and bool(terms) and not text[-1:].isspace() and not closed and len(terms[-1][-1]) >= MIN_PREFIX


def leave_one_out(text: str) -> list[tuple[str, str]]:
    """(a term, the query without it) for each term of a query of several ([] for one term or none).

    A word being typed stays a prefix where it is kept (the query then ends with it, no space after);
    the others are whole words (a space ends the query).
    """
    terms = parse_query(text)
    if len(terms) < 2:
        return []
    typed = _prefix_last(text, terms, True)
    shown = ['"' + " ".join(t) + '"' if len(t) > 1 else t[0] for t in terms]
    last = len(terms) - 1
    return [
        (" ".join(t), " ".join(shown[:i] + shown[i + 1 :]) + ("" if typed and i != last else " "))
        for i, t in enumerate(terms)
    ]


# A word of letters and digits ("s400", "f35", "g7") and its runs: the index holds "S-400" as "s 400".
_LETTERS_DIGITS = re.compile(r"[a-z]+[0-9]+[a-z0-9]*|[0-9]+[a-z]+[a-z0-9]*")
_RUN = re.compile(r"[a-z]+|[0-9]+")


def _spelled_apart(term: tuple[str, ...]) -> tuple[str, ...] | None:
    """The runs of a one-word term that mixes letters and digits ("s400" -> ("s", "400")), which
    the text may write apart ("S-400", "S 400"); None for any other term."""
    if len(term) != 1 or not _LETTERS_DIGITS.fullmatch(term[0]):
        return None
    return tuple(_RUN.findall(term[0]))


def fts5_query(text: str, prefix: bool = False) -> str:
    """An FTS5 MATCH expression requiring every term; '' when the text has no words.

    With ``prefix`` the last word also matches longer words ("sanc" finds "sanctions"), for
    search as you type. A word of letters and digits also matches them written apart ("S400"
    finds "S-400").
    """
    terms = parse_query(text)
    star = _prefix_last(text, terms, prefix)
    out = []
    for i, t in enumerate(terms):
        end = "*" if star and i == len(terms) - 1 else ""
        one = '"' + " ".join(t) + '"' + end
        apart = _spelled_apart(t)
        out.append(one if apart is None else f'({one} OR "{" ".join(apart)}"{end})')
    # FTS5 reads phrases side by side as AND, but not a parenthesised group beside them
    return (" AND " if any(o.startswith("(") for o in out) else " ").join(out)


def tsquery(text: str, prefix: bool = False) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression requiring every term (``prefix`` and
    words of letters and digits: as for FTS5)."""
    terms = parse_query(text)
    star = _prefix_last(text, terms, prefix)

    def phrase(words: tuple[str, ...], end: str) -> str:
        ws = [f"'{w}'" for w in words]
        ws[-1] += end
        return "(" + " <-> ".join(ws) + ")" if len(ws) > 1 else ws[0]

    out = []
    for i, t in enumerate(terms):
        end = ":*" if star and i == len(terms) - 1 else ""
        apart = _spelled_apart(t)
        out.append(phrase(t, end) if apart is None else f"({phrase(t, end)} | {phrase(apart, end)})")
    return " & ".join(out)


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

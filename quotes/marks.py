"""Find quoted stretches in text by pairing quotation marks paragraph by paragraph.

Double marks (" “ ” „ ‟ « ») are paired within each paragraph by a small
dynamic program over the paragraph's marks: each mark opens, closes or is
left out, and a role costs what the characters on either side and the
glyph's lean say against it. Pairing alternates, so a damaged closing mark
typed as an opening one (``decisions. “ The remarks``) still closes, and a
mark with nothing to pair with (an inch sign, a stray mark) is left out. A
quote still open at the paragraph's end ends there; when the next paragraph
opens with a mark (news style for a quote running over paragraphs) the piece
is ``continued``.

Single marks (' ‘ ’ ‚ ‛ ‹ ›) quote only outside double quotes and only when
an opening mark (space before, a word after) pairs with a closing one in the
same paragraph; apostrophes (don't, Ankara’s, turkeys’, '90s, rock 'n' roll)
never open. Singles nested in a double quote stay part of its text.
"""

from __future__ import annotations

import re

from .narrative import narrative_resumes
from .quote_marks import ALL_MARKS, DOUBLE_MARKS, SPACES, lean
from .spans import Span
from .transcript import label_at

__all__ = ["find_quoted"]

# Newlines (paragraph ends) and every mark character; a plain character class
# scans several times faster with ``re`` than alternatives with look-arounds.
_SCAN = re.compile("[\n\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]")
_DOUBLES = frozenset(DOUBLE_MARKS)
_WRAP_SAMPLE, _WRAP_MIN_LINES, _WRAP_WIDTH = 8000, 6, 100
_GUILLEMETS = frozenset("\u00ab\u00bb\u2039\u203a")

# Characters that may stand before an opening mark / must not stand before a closing one.
_BEFORE_OPEN = frozenset(SPACES | set("([{<\u2014\u2013-/:;") | set(ALL_MARKS))
_NOT_BEFORE_CLOSE = frozenset(SPACES | set("([{<"))
# Characters that must not follow an opening mark / may follow a closing one.
_NOT_AFTER_OPEN = frozenset(SPACES | set(",;:!?)]}>"))
_AFTER_CLOSE = frozenset(SPACES | set(".,;:!?)]}>\u2026\u2014\u2013-/") | set(ALL_MARKS))

# The reporter's attribution after a quote whose closing mark is missing ("There was not
# much help back then, said Lee, whose group ...), not a quote the speaker quotes.
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:said|says)\s+(?:[A-Z]|(?:he|she)\b)"
    r"|,\s+(?:he|she|it|[A-Z][a-z]+|the\s+[a-z]+)\s+(?:said|says|added)"  # ", the organisation said in its report."
    r"(?:\s+in\s+(?:its|a|the|his|her|their)\s+[a-z]+)?(?:\.|,(?!\s*[\"'\u2018\u201c]))"  # not: he said, 'Go'
)

# A sentence end: a stop, maybe a closing mark, a space, a capital or an opening mark.
_SENTENCE_END = re.compile("[.!?][\"'\u2019\u201d]?\\s+(?=[A-Z\"'\u2018\u201c])")

_SKIP = 2.0  # leaving a mark out
_UNCLOSED = 1.0  # a quote still open at the paragraph's end (free when the next reopens)
_MIXED = 0.5  # closing with a mark of another style than the opening one
_REOPEN = 0.5  # a quote left open when the next opens after a sentence end (paragraphs run together)
_INF = float("inf")

# An apostrophe at a word's start: '90s, 'em, 'til, 'cause, rock 'n' roll.
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|tis\b|twas\b|cause\b|cos\b|n\b|bout\b|round\b)",
                      re.IGNORECASE)
_FEET_INCHES = re.compile(r"\d['\u2019\u2032] ?\d{1,2}$")  # 6'3"
# <tweet pic="..." author="...">, at most one line break inside (tweet-date="May 1, 2016\n">).
_TAG = re.compile(r"<[A-Za-z/!][^<>\n]{0,1000}(?:\n[^<>\n]{0,1000})?>")
_ATTR_MARK_SET = "\"'\u201c\u201d\u2018\u2019"  # marks around attribute values
_ATTR_MARKS = re.compile(f"[{_ATTR_MARK_SET}]")
# An attribute's value in a tag left open by a broken conversion (<tweet author="A" date="\n...):
# the mark after ``name=`` and the next mark on its line.
_ATTR_VALUE = re.compile(f"[\\w-]=([{_ATTR_MARK_SET}])[^{_ATTR_MARK_SET}<>\n]{{0,300}}([{_ATTR_MARK_SET}])?")


def find_quoted(text: str) -> list[Span]:
    """Every quoted stretch of ``text``, in text order, nested quotes left inside."""
    spans: list[Span] = []
    low = "\u201e" in text or "\u201a" in text
    markup = _in_tags(text) if "<" in text else set()
    wrapped = _hard_wrapped(text)
    doubles: list[int] = []
    singles: list[int] = []
    start = 0
    last = len(text) - 1
    skip = -1
    for m in _SCAN.finditer(text):
        p = m.start()
        if p < skip:
            continue
        ch = text[p]
        if ch == "\n":
            if wrapped and not _blank_line_near(text, p):
                continue  # a line break inside a hard-wrapped paragraph
            if doubles or singles:
                _paragraph(text, start, p, doubles, singles, low, markup, spans)
                doubles, singles = [], []
            start = p + 1
        elif ch in _DOUBLES:
            doubles.append(p)
        elif p < last and (ch == "'" or ch == "`") and text[p + 1] == ch:
            doubles.append(p)  # '' or `` typed for a double mark
            skip = p + 2
        elif ch == "`":
            continue
        elif 0 < p < last and text[p - 1].isalnum() and text[p + 1].isalnum():
            continue  # an apostrophe inside a word: don't, Ankara’s
        else:
            singles.append(p)
    if doubles or singles:
        _paragraph(text, start, len(text), doubles, singles, low, markup, spans)
    return spans


def _hard_wrapped(text: str) -> bool:
    """Is the text broken into short lines, paragraphs apart by blank lines (e-mail, wire copy)?

    Then a single line break does not end a quote's paragraph. Judged on the first lines.
    """
    if "\n\n" not in text and "\n\r\n" not in text:
        return False
    lengths = [len(line.rstrip("\r")) for line in text[:_WRAP_SAMPLE].split("\n")[:-1] if line.strip()]
    if len(lengths) < _WRAP_MIN_LINES:
        return False
    return max(lengths) <= _WRAP_WIDTH and sum(n >= _WRAP_WIDTH // 2 for n in lengths) * 2 > len(lengths)


def _blank_line_near(text: str, p: int) -> bool:
    """Is the newline at ``p`` next to a blank line (a paragraph break, LF or CRLF)?"""
    return text[p + 1 : p + 2] == "\n" or text[p + 1 : p + 3] == "\r\n" or (
        text[max(0, p - 2) : p].endswith(("\n", "\n\r"))
    )


def _in_tags(text: str) -> set[int]:
    """Positions of the marks inside markup tags (``<tweet author="x">``, and curly marks
    typeset by a word processor: ``<a href=”http://…” target=”_blank”>``), and around
    attribute values of a tag that is never closed."""
    inside: set[int] = set()
    for m in _TAG.finditer(text):
        tag = m.group()
        if _ATTR_MARKS.search(tag):
            inside.update(m.start() + i for i, ch in enumerate(tag) if ch in _ATTR_MARK_SET)
    for m in _ATTR_VALUE.finditer(text):
        inside.add(m.start(1))
        if m.group(2):
            inside.add(m.start(2))
    return inside


def _is_measure(text: str, p: int) -> bool:
    """An inch sign (6'3") is not a quotation mark."""
    return text[p] == '"' and p > 0 and bool(_FEET_INCHES.search(text, max(0, p - 5), p))


def _features(text: str, marks: list[int], low: bool) -> list[tuple[float, float, int]]:
    """Per mark: (cost of opening, cost of closing, style).

    The costs count what the characters on either side say against the role
    (a space after an opening mark, a letter after a closing one) plus half a
    point when the glyph leans the other way. Styles: 1 straight ", 2 typeset
    “”„«», 3 typed '' or ``; closing with another style than the opening costs
    a little.
    """
    n = len(text)
    out = []
    for p in marks:
        ch = text[p]
        before = text[p - 1] if p else "\n"
        if ch == '"':
            style, w, g = 1, 1, 0
        elif ch == "'" or ch == "`":
            style, w, g = 3, 2, (1 if ch == "`" else 0)
        else:
            style, w, g = 2, 1, lean(ch, low)
        after = text[p + w] if p + w < n else "\n"
        inner_after, inner_before = after, before
        if ch in _GUILLEMETS:
            inner_before, inner_after = _inside_french_space(text, p, n)
        opening = (
            (before not in _BEFORE_OPEN) + (inner_after in _NOT_AFTER_OPEN) + (0.5 if g < 0 else 0.0)
        )
        closing = (
            (inner_before in _NOT_BEFORE_CLOSE) + (after not in _AFTER_CLOSE) + (0.5 if g > 0 else 0.0)
        )
        out.append((opening, closing, style))
    return out


def _inside_french_space(text: str, p: int, n: int) -> tuple[str, str]:
    """The characters before and after a guillemet, past one space (French: « attendons »)."""
    before = text[p - 1] if p else "\n"
    after = text[p + 1] if p + 1 < n else "\n"
    if after in SPACES and p + 2 < n:
        after = text[p + 2]
    if before in SPACES and p > 1:
        before = text[p - 2]
    return before, after


def _width(text: str, p: int) -> int:
    """2 for a double mark typed as two characters ('' or ``), else 1."""
    return 2 if text[p : p + 2] in ("''", "``") else 1


def _pair_doubles(
    text: str, marks: list[int], low: bool, unclosed: float
) -> tuple[list[tuple[int, int | None]], dict[int, int]]:
    """Best (open, close) pairs of one paragraph's marks; close None = open to the end, or
    to the next quote's mark when that one reopens after a sentence end (the dict: open ->
    that mark). Paragraphs run together keep one opening mark per sentence and close only
    the last: "The way ... back. "We couldn't ... tries. "Had they ... chances."

    States: 0 outside a quote, 1-3 inside one opened by a mark of that style.
    """
    feats = _features(text, marks, low)
    k = len(marks)
    if k % 2 == 0 and all(
        feats[i][0] == 0.0 and feats[i + 1][1] == 0.0 and feats[i][2] == feats[i + 1][2]
        for i in range(0, k, 2)
    ):
        return [(marks[i], marks[i + 1]) for i in range(0, k, 2)], {}  # clean alternation
    cost = [0.0, _INF, _INF, _INF]
    back: list[tuple[int, bool, bool]] = []  # per mark: (state closed from or 0, opened, reopened)
    for (c_open, c_close, s), mark in zip(feats, marks):
        best_out, came_from = cost[0] + _SKIP, 0
        for t in (1, 2, 3):
            c = cost[t] + c_close + (0.0 if t == s else _MIXED)
            if c <= best_out:
                best_out, came_from = c, t
        by_open = cost[0] + c_open
        opened = by_open <= cost[s] + _SKIP
        inside = by_open if opened else cost[s] + _SKIP
        reopened = False
        if c_open == 0.0 and cost[s] + _REOPEN < inside and _ends_sentence_before(text, mark):
            inside, opened, reopened = cost[s] + _REOPEN, True, True
        new = [best_out, cost[1] + _SKIP, cost[2] + _SKIP, cost[3] + _SKIP]
        new[s] = inside
        back.append((came_from, opened, reopened))
        cost = new
    state = 0
    best = cost[0]
    for t in (1, 2, 3):
        if cost[t] + unclosed < best:
            state, best = t, cost[t] + unclosed
    pairs: list[tuple[int, int | None]] = []
    cut: dict[int, int] = {}
    close: int | None = None
    reopening: int | None = None  # the mark that reopened after the quote being walked back
    for i in range(k - 1, -1, -1):
        came_from, opened, reopened = back[i]
        if state:
            if opened and feats[i][2] == state:
                pairs.append((marks[i], close))
                if reopening is not None:
                    cut[marks[i]] = _before_attribution(text, marks[i], reopening)
                close, reopening = None, (marks[i] if reopened else None)
                if not reopened:
                    state = 0
        elif came_from:
            close = marks[i]
            state = came_from
    pairs.reverse()
    return pairs, cut


def _single_typed_for_double(text: str, open_: int, singles: list[int], para_end: int) -> int | None:
    """A single mark closing a double quote left open: “Let’s go. We can do it.’ Schumer was ...

    The first single mark after ``open_`` that ends a sentence (.’ then a space and a
    capital), unless a single quote was opened inside the quote before it.
    """
    for q in singles:
        if q <= open_:
            continue
        before = text[q - 1]
        after = text[q + 1 : q + 3]
        if before in _BEFORE_OPEN and after[:1] not in _NOT_AFTER_OPEN:
            return None  # a nested single quote opens: its closer is not ours
        if before in ".!?" and (q + 1 >= para_end or after[:1] in SPACES and after[1:2].isupper()):
            return q
    return None


def _missing_closes(
    text: str, marks: list[int], pairs: list[tuple[int, int | None]], low: bool
) -> tuple[list[tuple[int, int | None]], dict[int, int]]:
    """The pairs with the quotes whose closing mark is missing, and where each of those ends.

    An opening mark the pairing left out, followed by a quote opened after a sentence end:
    its quote ends there (her “and said ... shell-shocked. “And she said, ...,” Lee said;
    paragraphs run together: said: "We will. "It is ...).
    """
    left = _left_out(marks, pairs)
    if not left:
        return pairs, {}
    opened = dict(pairs)
    cut: dict[int, int] = {}
    for u, nxt in zip(marks, marks[1:]):
        if u in left and nxt in opened and _ends_sentence_before(text, nxt) and _opens(text, u, low):
            opened[u] = None
            cut[u] = _before_attribution(text, u, nxt)
    if not cut:
        return pairs, cut
    return sorted(opened.items()), cut


def _outer_of_nested(
    text: str, marks: list[int], pairs: list[tuple[int, int | None]], low: bool
) -> list[tuple[int, int | None]]:
    """The pairs with a quote nested in one of the same marks made whole again.

    The pairing leaves out the outer opening mark and the inner closing one:
    “People wearing “Settle For Hillary” shirts at her event.” pairs the inner “ with
    the last ”; the outer “ opens the quote instead, the inner one stays inside it.
    """
    left = _left_out(marks, pairs)
    if len(left) < 2:
        return pairs
    opened = dict(pairs)
    found = False
    for u, a, c in zip(marks, marks[1:], marks[2:]):
        b = opened.get(a)
        if (
            u in left and c in left and b is not None and c < b
            and _opens(text, u, low) and _features(text, [c], low)[0][1] == 0.0
        ):
            opened[u] = opened.pop(a)
            found = True
    return sorted(opened.items()) if found else pairs


def _left_out(marks: list[int], pairs: list[tuple[int, int | None]]) -> set[int]:
    """The marks no pair uses."""
    return set(marks).difference(p for pair in pairs for p in pair if p is not None)


def _opens(text: str, p: int, low: bool) -> bool:
    """Does everything about the mark at ``p`` say it opens a quote?"""
    return _features(text, [p], low)[0][0] == 0.0


def _before_attribution(text: str, start: int, end: int) -> int:
    """Where a quote left open between ``start`` and ``end`` ends: before the reporter's
    attribution if one follows it (", said Lee, whose group ..."), else at ``end``."""
    tail = _ATTRIBUTION_TAIL.search(text, start, end)
    return tail.start() if tail else end


def _ends_sentence_before(text: str, q: int) -> bool:
    """Does a sentence end before the mark at ``q`` (spaces between): ``left. “``, ``left.’ “``?"""
    p = q
    while p > 0 and text[p - 1] in SPACES:
        p -= 1
    if p == q:
        return False
    if text[p - 1 : p] in ("\u2019", "'"):
        p -= 1
    return text[p - 1 : p] in (".", "!", "?", "\u2026")


def _next_paragraph(text: str, end: int) -> int:
    """Where the next non-blank paragraph after ``end`` starts."""
    p = end
    while p < len(text) and text[p] in SPACES:
        p += 1
    return p


def _opens_next_paragraph(text: str, end: int) -> bool:
    """Does the next non-blank paragraph after ``end`` start with an opening double mark?"""
    n = len(text)
    p = _next_paragraph(text, end)
    if p + 2 < n and text[p : p + 2] in ("''", "``"):
        p += 1
    elif p < n and text[p] not in _DOUBLES:
        return False
    return p + 1 < n and text[p + 1] not in _NOT_AFTER_OPEN


def _next_speaker_label(text: str, end: int) -> bool:
    """Does the next paragraph open with a transcript's speaker label ('"PENCE: ...')? Then the
    quote open at ``end`` does not run on into it: another speaker starts there."""
    p = _next_paragraph(text, end)
    return label_at(text, p + _width(text, p), min(len(text), p + 80)) is not None


def _pair_singles(
    text: str, marks: list[int], para_end: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(open, close) pairs of single marks in the gaps between the double quotes ``taken``.

    A pair never straddles a double quote: marks pair only within one gap.
    """
    free, gap = _outside(marks, taken)
    k = len(free)
    # Index of the first mark at or after each one, in the same gap, that can close a quote.
    next_close = [k] * (k + 1)
    for j in range(k - 1, -1, -1):
        q = free[j]
        if text[q] in _GUILLEMETS:
            inner = _inside_french_space(text, q, para_end)[0]
        else:
            inner = text[q - 1] if q else "\n"
        can_close = inner not in _NOT_BEFORE_CLOSE and (
            q + 1 >= para_end or text[q + 1] in _AFTER_CLOSE
        )
        later = next_close[j + 1] if j + 1 < k and gap[j + 1] == gap[j] else k
        next_close[j] = j if can_close else later
    pairs: list[tuple[int, int]] = []
    i = 0
    while i < k:
        p = free[i]
        before = text[p - 1] if p else "\n"
        after = text[p + 1] if p + 1 < para_end else "\n"
        if text[p] in _GUILLEMETS:
            after = _inside_french_space(text, p, para_end)[1]
        j = next_close[i + 1] if i + 1 < k and gap[i + 1] == gap[i] else k
        sentence_end = -1  # where the sentence the mark opens in ends, found when needed
        while j < k and _plural_possessive(text, free[j]):
            later = next_close[j + 1] if j + 1 < k and gap[j + 1] == gap[j] else k
            if later == k:
                break
            if sentence_end < 0:
                found = _SENTENCE_END.search(text, p, para_end)
                sentence_end = found.start() if found else para_end
            if free[j] < sentence_end <= free[later]:
                break  # the newly formed 'All Golds' rugby league side. ... the All Blacks' 2-3-2 scrum
            j = later  # 'The players' union is strong,' he said: close at the later mark
        if (
            j == k
            or before not in _BEFORE_OPEN
            or after in _NOT_AFTER_OPEN
            or text[p] in "'\u2018\u2019" and _ELISION.match(text, p + 1)
        ):
            i += 1
            continue
        pairs.append((p, free[j]))
        i = j + 1
    return pairs


def _plural_possessive(text: str, q: int) -> bool:
    """Does the mark at ``q`` look like the apostrophe of a plural possessive (players' union)?"""
    return text[q - 1 : q] in ("s", "S") and text[q + 1 : q + 2] == " " and text[q + 2 : q + 3].islower()


def _outside(marks: list[int], taken: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The marks not inside the sorted, disjoint ranges ``taken``, and which gap each is in."""
    out: list[int] = []
    gaps: list[int] = []
    t, n = 0, len(taken)
    for p in marks:
        while t < n and taken[t][1] < p:
            t += 1
        if t == n or p < taken[t][0]:
            out.append(p)
            gaps.append(t)
    return out, gaps


def _span(text: str, open_: int, close: int | None, para_end: int) -> Span | None:
    start = open_ + _width(text, open_)
    end = close if close is not None else para_end
    while start < end and text[start] in SPACES:
        start += 1
    label = label_at(text, start, end)  # "PENCE: Well, ...": the speaker's label is not speech
    if label:
        start = label.end()
    while end > start and text[end - 1] in SPACES:
        end -= 1
    if start >= end:
        return None
    if close is None:
        return Span(start, end, open_, end, closed=False)
    return Span(start, end, open_, close + _width(text, close))


def _paragraph(
    text: str,
    para_start: int,
    para_end: int,
    doubles: list[int],
    singles: list[int],
    low: bool,
    markup: set[int],
    out: list[Span],
) -> None:
    doubles = [
        p for p in doubles
        if p not in markup and not (text[p - 1 : p].isdigit() and _is_measure(text, p))
    ]
    if markup:
        singles = [p for p in singles if p not in markup]
    runs_on = bool(doubles) and _opens_next_paragraph(text, para_end)
    pairs, reopened = _pair_doubles(text, doubles, low, 0.0 if runs_on else _UNCLOSED) if doubles else ([], {})
    quote_end = para_end  # where a quote left open ends
    if pairs and pairs[-1][1] is None and not runs_on and pairs[-1][0] not in reopened:
        close = _single_typed_for_double(text, pairs[-1][0], singles, para_end) if singles else None
        if close is not None:
            pairs[-1] = (pairs[-1][0], close)
        else:
            quote_end = _before_attribution(text, pairs[-1][0], para_end)
    pairs, cut = _missing_closes(text, doubles, _outer_of_nested(text, doubles, pairs, low), low)
    cut.update(reopened)
    for k, (a, b) in enumerate(pairs):
        if b is None:  # the reporter's narrative may resume before the quote's end
            end = cut.get(a, quote_end)
            # the quotes just before, where a verb of saying is no reporter's
            before = [(s.open, s.close) for s in out[-20:]] + [
                (x, cut.get(x, quote_end) if y is None else y) for x, y in pairs[max(0, k - 20) : k]
            ]
            resumes = narrative_resumes(text, a, end, before)
            if resumes < end:
                cut[a] = resumes
    taken = [(a, cut.get(a, quote_end) if b is None else b) for a, b in pairs]
    found: list[Span] = []
    for i, (a, b) in enumerate(pairs):
        end = cut.get(a, quote_end)
        if b is None and i + 1 < len(pairs) and pairs[i + 1][0] < end:
            end = pairs[i + 1][0]  # left open before the next quote's mark: it ends there ('“ ``he said')
        span = _span(text, a, b, end)
        if span is not None:
            span.continued = b is None and runs_on and a not in cut and not _next_speaker_label(text, para_end)
            found.append(span)
    if singles:
        for a, b in _pair_singles(text, singles, para_end, taken):
            span = _span(text, a, b, para_end)
            if span is not None:
                found.append(span)
        found.sort(key=lambda s: s.open)
    out.extend(found)

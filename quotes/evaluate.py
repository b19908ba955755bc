"""Score the extractor against annotated news (PolNeAR-style JSON lines).

Quoted speech: gold is every ``quoted_spans`` entry of direct and mixed
attributions, prediction every quote of kind direct or partial. Both are
trimmed to their words (marks, spaces and trailing punctuation stripped) and
matched exactly (identical ranges) and by overlap (intersection over union
>= 0.5, one to one). Speaker accuracy counts, among overlap-matched quotes
whose gold names a speaker, those whose predicted mention overlaps the gold
speaker span or whose canonical speaker's last name appears in it. Indirect
speech is scored the same way against the content pieces of indirect
attributions.

A gold line may leave its article out (``"text"`` absent) and name it by
``doc_id`` and ``sha256`` in a corpus of ``{"doc_id", "text"}`` lines instead
(``load_gold(path, texts=CORPUS)``), for articles whose text may not be copied.

The gold types an attribution from double quotation marks only (" “ ” „ « »):
a quote set in '' (as some newspapers type it) or in single marks is, in the
gold, reported speech with no marks ("indirect"). By default the extractor's
quotes in those marks are typed the same way: left out of the quoted-speech
scores (counted in ``Report.unmarked``) and scored with indirect speech,
unless they lie inside an indirect prediction (a partial quote woven into a
reported clause is part of that clause's content). Likewise a reported clause
holding a quote in double marks is, in the gold's typing, a "mixed"
attribution, whose quoted stretches are scored as quoted speech and whose
clause is in no gold list: it is left out of the indirect scores (counted in
``Report.mixed``). ``Report.reported`` scores the extractor's kind "indirect"
alone, every clause included. ``all_marks=True`` scores every quote as quoted
speech and every clause as indirect instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .model import Quote
from .quote_marks import ALL_MARKS, DOUBLE_MARKS
from .safe_text import terminal_safe

__all__ = [
    "GoldQuote",
    "GoldDocument",
    "Scores",
    "SpeakerScore",
    "Miss",
    "Report",
    "trim",
    "load_gold",
    "evaluate",
    "format_report",
    "format_misses",
]

_LEADING = ALL_MARKS + "` \t\r\n\u00a0"
_TRAILING = _LEADING + ".,;:!?\u2026-\u2013\u2014"
_CONTEXT = 60


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` narrowed to the words: no marks, spaces or trailing punctuation."""
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc_id: str
    text: str
    quoted: tuple[GoldQuote, ...]
    indirect: tuple[GoldQuote, ...]
    quoting: tuple[tuple[int, int], ...] = ()
    """(start, end) of the direct and mixed attributions: where the gold says words are quoted."""


def _gold_doc(obj: dict) -> GoldDocument:
    text = obj["text"]
    quoted: list[GoldQuote] = []
    indirect: list[GoldQuote] = []
    quoting: list[tuple[int, int]] = []
    for a in obj.get("quotes", ()):
        who = (a.get("speaker"), a.get("speaker_start"), a.get("speaker_end"))
        if a.get("speaker_start") is None or a.get("speaker_end") is None:
            who = (a.get("speaker"), None, None)
        elif who[0] is None:
            who = (text[int(who[1]) : int(who[2])], who[1], who[2])
        if a.get("quote_type") in ("direct", "mixed"):
            pieces, into = a.get("quoted_spans") or (), quoted
            quoting.append((int(a["start"]), int(a["end"])))
        elif a.get("quote_type") == "indirect":
            pieces, into = a.get("spans") or [[a["start"], a["end"]]], indirect
        else:
            continue
        into.extend(GoldQuote(int(s), int(e), *who) for s, e in pieces)
    return GoldDocument(str(obj.get("doc_id", "")), text, tuple(quoted), tuple(indirect), tuple(quoting))


def _corpus_index(path: str | Path) -> dict[str, int]:
    """``doc_id`` -> byte offset of its line in a corpus JSON-lines file (texts not kept)."""
    index: dict[str, int] = {}
    with open(path, "rb") as fh:
        offset = 0
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    index.setdefault(str(json.loads(line)["doc_id"]), offset)
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{path}:{number}: not a corpus article ({exc})") from None
            offset += len(line)
    return index


def _with_text(obj: dict, corpus: Path, index: dict[str, int], fh: BinaryIO) -> dict:
    """``obj`` given its article's text from the corpus, checked against its ``sha256``."""
    doc_id = str(obj.get("doc_id", ""))
    if doc_id not in index:
        raise ValueError(f"doc_id {doc_id!r} is not in {corpus}")
    fh.seek(index[doc_id])
    text = json.loads(fh.readline())["text"]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if obj.get("sha256") != digest:
        raise ValueError(f"the text of {doc_id!r} in {corpus} has sha256 {digest}, "
                         f"the gold expects {obj.get('sha256')}")
    return {**obj, "text": text}


def load_gold(path: str | Path, texts: str | Path | None = None) -> Iterator[GoldDocument]:
    """The documents of a gold JSON-lines file, one at a time.

    A line without ``"text"`` takes it from the corpus ``texts`` by ``doc_id``; the
    corpus text must have the line's ``sha256``.
    """
    index = _corpus_index(texts) if texts is not None else {}
    with open(path, encoding="utf-8") as fh, \
            (open(texts, "rb") if texts is not None else nullcontext()) as corpus:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if "text" not in obj and texts is not None and corpus is not None:
                    obj = _with_text(obj, Path(texts), index, corpus)
                elif "text" not in obj:
                    raise ValueError("no \"text\", and no corpus to take it from was given")
                yield _gold_doc(obj)
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a gold document ({exc})") from None


@dataclass(slots=True)
class Scores:
    """Counts of one matching; precision, recall and F1 derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class SpeakerScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True, slots=True)
class Miss:
    """A quote to study, in ``area`` "quoted" or "indirect".

    ``what``: "fp" (predicted, not in gold), "fn" (gold, not found), "boundary"
    (overlap-matched but not exact) or "speaker" (matched, wrong speaker).
    """

    what: str
    area: str
    doc_id: str
    start: int
    end: int
    context: str
    detail: str = ""


@dataclass(slots=True)
class Report:
    documents: int = 0
    exact: Scores = field(default_factory=Scores)
    overlap: Scores = field(default_factory=Scores)
    speaker: SpeakerScore = field(default_factory=SpeakerScore)
    indirect: Scores = field(default_factory=Scores)
    indirect_speaker: SpeakerScore = field(default_factory=SpeakerScore)
    reported: Scores = field(default_factory=Scores)
    """Indirect speech against the extractor's kind "indirect" alone (no quotes in '' marks)."""
    unmarked: int = 0
    """Quotes in single or '' marks, scored with indirect speech as the gold types them."""
    mixed: int = 0
    """Reported clauses holding a quote in double marks, left out of the indirect scores."""
    unmatched_marks: int = 0
    """Exact-match false positives inside a direct or mixed gold attribution: words the gold
    says are quoted while its ``quoted_spans`` (derived from the marks) do not match them."""
    misses: list[Miss] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "quoted": {"exact": self.exact.to_dict(), "overlap": self.overlap.to_dict(),
                       "speaker": self.speaker.to_dict(), "unmarked": self.unmarked,
                       "unmatched_marks": self.unmatched_marks},
            "indirect": {"overlap": self.indirect.to_dict(), "mixed": self.mixed,
                         "speaker": self.indirect_speaker.to_dict(),
                         "reported_only": self.reported.to_dict()},
        }


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _overlap_pairs(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs with IoU >= 0.5, best pairs first."""
    order = sorted(range(len(gold)), key=lambda j: gold[j])
    candidates = []
    for i, p in enumerate(pred):
        for j in order:
            g = gold[j]
            if g[0] >= p[1]:
                break
            iou = _iou(p, g)
            if iou >= 0.5:
                candidates.append((-iou, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _speaker_right(text: str, q: Quote, g: GoldQuote) -> bool:
    assert g.speaker_start is not None and g.speaker_end is not None
    if q.mention_start is not None and q.mention_end is not None:
        if q.mention_start < g.speaker_end and g.speaker_start < q.mention_end:
            return True
    if q.speaker:
        last = q.speaker.split()[-1] if q.speaker.split() else ""
        if last and re.search(rf"\b{re.escape(last)}\b", text[g.speaker_start : g.speaker_end]):
            return True
    return False


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    body = text[start:end]
    if len(body) > 4 * _CONTEXT:
        body = body[: 2 * _CONTEXT] + " \u2026 " + body[-2 * _CONTEXT :]
    return " ".join(f"{left}[[{body}]]{right}".split())


def _score(
    area: str,
    doc: GoldDocument,
    predicted: list[Quote],
    gold: tuple[GoldQuote, ...],
    exact: Scores | None,
    overlap: Scores,
    speaker: SpeakerScore,
    misses: list[Miss],
) -> None:
    text = doc.text
    pred_r = [trim(text, q.start, q.end) for q in predicted]
    gold_r = [trim(text, g.start, g.end) for g in gold]
    pred_keep = [i for i, r in enumerate(pred_r) if r[0] < r[1]]
    gold_keep = [j for j, r in enumerate(gold_r) if r[0] < r[1]]
    if exact is not None:
        common = Counter(pred_r[i] for i in pred_keep) & Counter(gold_r[j] for j in gold_keep)
        hits = sum(common.values())
        exact.tp += hits
        exact.fp += len(pred_keep) - hits
        exact.fn += len(gold_keep) - hits
    pairs = _overlap_pairs([pred_r[i] for i in pred_keep], [gold_r[j] for j in gold_keep])
    pairs = [(pred_keep[i], gold_keep[j]) for i, j in pairs]
    overlap.tp += len(pairs)
    overlap.fp += len(pred_keep) - len(pairs)
    overlap.fn += len(gold_keep) - len(pairs)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i in pred_keep:
        if i not in matched_p:
            s, e = pred_r[i]
            misses.append(Miss("fp", area, doc.doc_id, s, e, _context(text, s, e),
                               predicted[i].kind))
    for j in gold_keep:
        if j not in matched_g:
            s, e = gold_r[j]
            misses.append(Miss("fn", area, doc.doc_id, s, e, _context(text, s, e),
                               f"speaker: {gold[j].speaker}"))
    for i, j in sorted(pairs):
        g, q = gold[j], predicted[i]
        if exact is not None and pred_r[i] != gold_r[j]:
            s, e = pred_r[i]
            gs, ge = gold_r[j]
            misses.append(Miss("boundary", area, doc.doc_id, s, e, _context(text, s, e),
                               f"gold: {_context(text, gs, ge)}"))
        if g.speaker_start is None:
            continue
        speaker.total += 1
        if _speaker_right(text, q, g):
            speaker.correct += 1
        else:
            s, e = pred_r[i]
            misses.append(Miss("speaker", area, doc.doc_id, s, e, _context(text, s, e),
                               f"gold: {g.speaker!r}; predicted: {q.mention!r} -> {q.speaker!r}"))


def _in_double_marks(text: str, q: Quote) -> bool:
    """Does the mark before ``q`` (spaces skipped) draw a double quotation mark?"""
    p = q.start
    while p > 0 and text[p - 1].isspace():
        p -= 1
    return p > 0 and text[p - 1] in DOUBLE_MARKS


def _inside(q: Quote, clauses: list[Quote]) -> bool:
    return any(c.start <= q.start and q.end <= c.end for c in clauses)


def _holds(clause: Quote, quotes: list[Quote]) -> bool:
    return any(clause.start <= q.start and q.end <= clause.end for q in quotes)


def _inside_quoting(doc: GoldDocument, quoted: list[Quote]) -> int:
    """How many quoted predictions matching no gold quote exactly lie inside a gold attribution
    typed direct or mixed (a quote opened with a closing mark gives such an attribution no
    ``quoted_spans``, or the spans cut it elsewhere)."""
    gold = {trim(doc.text, g.start, g.end) for g in doc.quoted}
    n = 0
    for q in quoted:
        s, e = trim(doc.text, q.start, q.end)
        if s < e and (s, e) not in gold and any(a <= s and e <= b for a, b in doc.quoting):
            n += 1
    return n


def evaluate(
    documents: Iterable[GoldDocument],
    extract: Callable[[str], list[Quote]] | None = None,
    all_marks: bool = False,
) -> Report:
    """Run ``extract`` (the project's by default) on every document and score it."""
    if extract is None:
        from .parse import extract as parse

        extract = parse
    report = Report()
    for doc in documents:
        report.documents += 1
        quotes = extract(doc.text)
        quoted = [q for q in quotes if q.kind in ("direct", "partial")]
        reported = [q for q in quotes if q.kind == "indirect"]
        indirect = reported
        if not all_marks:
            kept = [q for q in quoted if _in_double_marks(doc.text, q)]
            unmarked = [q for q in quoted if not _in_double_marks(doc.text, q)]
            report.unmarked += len(unmarked)
            quoted = kept
            clauses = [c for c in reported if not _holds(c, kept)]
            report.mixed += len(reported) - len(clauses)
            indirect = sorted(clauses + [q for q in unmarked if not _inside(q, reported)],
                              key=lambda q: (q.start, q.end))
        _score("quoted", doc, quoted, doc.quoted, report.exact, report.overlap,
               report.speaker, report.misses)
        report.unmatched_marks += _inside_quoting(doc, quoted)
        _score("indirect", doc, indirect, doc.indirect, None, report.indirect,
               report.indirect_speaker, report.misses)
        _score("reported", doc, reported, doc.indirect, None, report.reported,
               SpeakerScore(), [])
    return report


def format_report(report: Report) -> str:
    """The figures as an aligned plain-text table."""

    def row(name: str, s: Scores) -> str:
        return (f"{name:<26}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                f"{s.tp:>7}{s.fp:>7}{s.fn:>7}")

    def acc(name: str, s: SpeakerScore) -> str:
        return f"{name:<26}{s.accuracy:>7.3f}  ({s.correct}/{s.total})"

    return "\n".join([
        f"documents: {report.documents}",
        f"{'':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}",
        row("quoted speech, exact", report.exact),
        row("quoted speech, overlap", report.overlap),
        row("indirect speech, overlap", report.indirect),
        row("  kind=indirect alone", report.reported),
        acc("speaker, quoted", report.speaker),
        acc("speaker, indirect", report.indirect_speaker),
        f"quotes in single or '' marks (indirect in the gold's typing): {report.unmarked}",
        f"reported clauses holding a quote in double marks (mixed, not scored): {report.mixed}",
        f"quoted false positives inside a gold quoting attribution its quoted_spans miss: {report.unmatched_marks}",
    ])


def format_misses(misses: Iterable[Miss]) -> Iterator[str]:
    """One line per miss: kind, area, document, offsets, context (the span in [[ ]]), detail.

    Article text is made terminal-safe: the file is meant to be read with ``less`` or ``grep``.
    """
    for m in misses:
        line = f"{m.what}\t{m.area}\t{m.doc_id}\t{m.start}:{m.end}\t{m.context}\t{m.detail}"
        yield terminal_safe(line)

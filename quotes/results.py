"""Plain result objects returned by ``QuoteDB``: safe to keep after the session closes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .model import Kind

__all__ = [
    "QuoteRecord",
    "who_said",
    "SpeakerCount",
    "SpeakerLink",
    "DiffOp",
    "Variant",
    "reach",
    "kinds_note",
    "Publication",
    "DocumentVersion",
    "Facets",
    "Context",
    "IngestFailure",
    "IngestReport",
]


@dataclass(frozen=True, slots=True)
class Publication:
    """One place a stored text was published (a wire story carried by several outlets is one
    document with several publications; the first is the document's own metadata)."""

    outlet: str | None
    url: str | None
    path: str | None
    title: str | None
    published: date | None
    dated_by: str | None = None
    """Where ``published`` came from: ``metadata``, ``dateline`` or ``text`` (:mod:`quotes.provenance`)."""
    titled_by: str | None = None
    """Where ``title`` came from: ``metadata`` or ``text``."""


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    """One stored version of an article: a text stored from the same file path or URL as the others
    (``QuoteDB.versions``). The one ingested last is current; the others are kept as history."""

    document_id: int
    path: str | None
    url: str | None
    title: str | None
    published: date | None
    ingested: datetime | None
    quotes: int
    superseded_by: int | None
    """The later version that replaced it; None for the current version."""

    @property
    def current(self) -> bool:
        return self.superseded_by is None


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One stored quote occurrence with its source."""

    id: int
    text: str
    kind: Kind
    speaker: str | None
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    via: str | None
    method: str | None
    confidence: float
    utterance: int
    statement_id: int | None
    start: int
    """Where the quote begins in its document's stored text (``QuoteDB.document_text``), in characters;
    ``end`` is one past its last character; ``mention_start``/``mention_end`` locate the mention likewise."""
    end: int
    document_id: int
    outlet: str | None
    title: str | None
    published: date | None
    path: str | None
    url: str | None
    sources: int = 1
    """How many distinct documents report the same statement."""
    rank: float | None = None
    """Search relevance (higher is better) when the result came from a text query."""
    parser_version: str | None = None
    """The version of the parser that found the quote (``quotes reparse`` brings it up to date)."""
    sha256: str | None = None
    """The SHA-256 of the document's text, as stored: it identifies the exact text quoted."""
    other_publications: tuple[Publication, ...] = ()
    """The same text published again elsewhere (a wire story in other outlets), each with its own
    date; ``outlet``, ``published``, ``url`` are the document's first publication's."""
    dated_by: str | None = None
    """Where ``published`` came from: ``metadata`` (the source gave it; ``quotes reparse`` keeps it),
    ``dateline`` (a date line at the top of the text) or ``text`` (guessed by an older quotes from a
    date in the body; ``quotes reparse`` derives it again): see :mod:`quotes.provenance`."""
    titled_by: str | None = None
    """Where ``title`` came from: ``metadata`` or ``text`` (the text's first meaningful line)."""
    superseded_by: int | None = None
    """For a quote of an old version of its article (``QuoteDB.get`` finds it; no search does): the
    document of the later version that replaced it (see ``QuoteDB.versions``); None for a current quote."""


def who_said(q: QuoteRecord, nobody: str = "unattributed") -> str:
    """The speaker; else the mention, marked as not resolved ("He" is no speaker); else ``nobody``."""
    return q.speaker or (f"{q.mention} (speaker not identified)" if q.mention else nobody)


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    name: str
    kind: str  # "person" | "organisation" | "place" | "group" | "unknown"
    quotes: int
    documents: int


@dataclass(frozen=True, slots=True)
class SpeakerLink:
    """An inferred alias: a speaker known by a surname alone ("Parry") is probably the one full name
    of the database with that surname ("Rick Parry"). Two speakers still; the speaker filter takes
    either for both and says so (see ``quotes.store.surnames``)."""

    surname: str
    full_name: str
    evidence: str
    """Why: "quoted in the same article", or the people quoted with both."""
    surname_id: int
    full_name_id: int

    def seen_from(self, name: str) -> str:
        """The link as said beside one of its speakers: "probably Rick Parry (inferred: ...)" beside
        "Parry", "also quoted as 'Parry', a surname alone (inferred: ...)" beside "Rick Parry"."""
        if name == self.surname:
            return f"probably {self.full_name} (inferred: {self.evidence})"
        return f"also quoted as {self.surname!r}, a surname alone (inferred: {self.evidence})"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of a word-level diff: op is "equal", "insert", "delete" or "replace"."""

    op: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Variant:
    quote: QuoteRecord
    diff: tuple[DiffOp, ...]
    """Word-level differences against the first occurrence (empty for the first itself)."""
    copies: tuple[Publication, ...] = ()
    """The other publications of the quote's document (the same text in other outlets): each one a source."""


def reach(variants: Sequence[Variant]) -> str:
    """How far a statement went: "3 occurrences in 2 documents", and the sources when copies of a
    text count too ("..., 4 sources (the same text published again)"). The CLI and the TUI say it alike."""
    from .plural import counted

    copies = {v.quote.document_id: len(v.copies) for v in variants}
    docs, sources = len(copies), len(copies) + sum(copies.values())
    return (f"{counted(len(variants), 'occurrence')} in {counted(docs, 'document')}"
            + (f", {sources} sources (the same text published again)" if sources > docs else ""))


def kinds_note(variants: Sequence[Variant]) -> str:
    """When the sources report a statement as different kinds (one quotes the speaker, another
    paraphrases): "the reports differ in kind: 2 indirect, 2 partial"; else "". CLI and TUI alike."""
    kinds = Counter(v.quote.kind for v in variants)
    if len(kinds) < 2:
        return ""
    return "the reports differ in kind: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts per value for the current query and filters, largest first."""

    speakers: tuple[tuple[str, int], ...] = ()
    outlets: tuple[tuple[str, int], ...] = ()
    kinds: tuple[tuple[str, int], ...] = ()
    years: tuple[tuple[int, int], ...] = ()
    undated: int = 0
    """Matches with no date, nor a dated copy: in no year, and left out by any ``since``/``until``."""


@dataclass(frozen=True, slots=True)
class Context:
    """The paragraph around a quote; ``quote_start``/``quote_end`` index into ``paragraph``."""

    paragraph: str
    quote_start: int
    quote_end: int


@dataclass(frozen=True, slots=True)
class IngestFailure:
    path: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    documents: int = 0
    """Documents newly stored."""
    skipped: int = 0
    """Documents already present (same text) or holding nothing to store."""
    copies: int = 0
    """Of the skipped, copies of a stored text from another outlet or URL, recorded as publications."""
    quotes: int = 0
    speakers: int = 0
    failed: list[IngestFailure] = field(default_factory=list)
    started: datetime | None = None
    finished: datetime | None = None
    removed: int = 0
    """On reparse: stored quotes the parser no longer finds (deleted)."""
    redated: int = 0
    """On reparse: documents whose date, not given by metadata, the current rules changed (or removed)."""
    retitled: int = 0
    """On reparse: documents whose title, not given by metadata, the current rules changed."""
    warnings: list[IngestFailure] = field(default_factory=list)
    """Metadata that was wrong and left out (a date that is no date), by document: it was still stored."""

    @property
    def ok(self) -> bool:
        return not self.failed

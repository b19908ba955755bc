"""Ingest: parse articles (optionally in worker processes) and store them in batches.

Parsing is the CPU cost. It runs in ``jobs`` worker processes, which also
derive what the store needs from each quote (statement key and hash,
near-duplicate blocks, indexed text) and send plain tuples back, so that the
single writer in the main process mostly runs SQL. The writer stores a batch
of documents with a few bulk statements (one lookup of the stored texts, one
insert each of documents, speakers, statements, blocks and quotes), inside a
savepoint; if a batch fails, its documents are stored one by one, so one bad
document fails alone. Each batch is one transaction, begun once its documents
are parsed (so another writer gets its turn between batches) and committed
with its full-text rows written by one statement. A document whose text is
already stored (same sha256) is skipped, unparsed (from another outlet or URL, it
is recorded as another publication of the text: see ``publications.py``); a file that cannot be read
or parsed is reported and the ingest goes on; an ingest that another writer
keeps waiting for over ``WRITE_WAIT`` seconds stops and reports every
document it did not store.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, UTC
from typing import TYPE_CHECKING

from quotes.model import Quote
from quotes.results import IngestFailure, IngestReport

from .engine import Backend, locked, storage_failure
from .migrations import index_quotes_after, last_quote_id
from .publications import insert_publications, record_copy
from .sources import SUFFIXES, SourceDocument, Unit, iter_units, load_unit
from .statements import LINK_ALONE_WORDS, Wording, best_near_match, scoped_hash
from .stats import Tally
from .versions import Revisit, supersede_earlier

if TYPE_CHECKING:
    from quotes.registry import Speaker

__all__ = [
    "ParsedDocument", "Writer", "parse_unit", "prepare_quote", "run_ingest", "parser_version", "Progress",
    "QUOTE_COLUMNS",
]

BATCH_DOCUMENTS = 500
"""Documents stored together (one savepoint, a few bulk statements). Fewer, larger commits write
fewer index pages: on a million quotes, 500 rather than 200 saves a tenth of the store's time."""
BATCH_BYTES = 2 << 20
"""... or fewer when their texts add up to this. A batch is one transaction: readers see it at once."""
IDLE_BATCH_DOCUMENTS = 50
"""With parse workers, once every unit is handed out, the writer also stores what it holds (this
many documents at least) whenever the next parsed unit is not ready yet, instead of waiting idle
for a full batch: the last batch, stored after every worker has finished, stays small. (Before
that it waits: each batch has a fixed cost, 50-document batches cost the store ~25% more CPU than
500-document ones, and the workers need every core meanwhile.)"""
INGEST_LOCK = 7275370
"""PostgreSQL advisory lock key held by an ingest batch: concurrent ingests take turns per batch
instead of racing (deadlocks, duplicate speakers) on the speakers and statements they insert."""
Progress = Callable[[int, int, str], None]
"""progress(bytes_done, bytes_total, current_path)."""


def parser_version() -> str:
    """The version recorded with every quote: the parser's own if it declares one."""
    import quotes
    from quotes import parse

    return str(getattr(parse, "PARSER_VERSION", None) or quotes.__version__)


# A quote as the writer stores it, in this order: its QUOTE_COLUMNS values from "text" to
# "utterance", then the indexed "search_text" (= the statement key) and "search_speaker", then
# the speaker's name, the key's hash and its near-duplicate blocks.
_TEXT, _KIND, _UTTERANCE_END, _KEY, _SEARCH_SPEAKER, _SPEAKER, _HASH, _BLOCKS = 0, 3, 12, 12, 13, 14, 15, 16


def prepare_quote(q: Quote) -> tuple:
    """A quote as a plain tuple with what the store derives from it (see the layout above)."""
    w = Wording.of(q)
    return (
        q.text, q.start, q.end, q.kind, q.mention, q.mention_start, q.mention_end, q.cue, q.via, q.method,
        float(q.confidence), q.utterance, w.key, w.search_speaker, q.speaker, w.key_hash, w.blocks,
    )


@dataclass(slots=True)
class ParsedDocument:
    """An article on its way to the store: plain values, cheap to send from a worker process."""

    source: SourceDocument
    sha256: str
    quotes: list[tuple] | None = None
    """``prepare_quote`` tuples; None while not parsed (the writer parses only texts it has not stored)."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _where(doc: ParsedDocument) -> str:
    return doc.source.path or doc.source.url or "?"


def _parse(doc: ParsedDocument) -> IngestFailure | None:
    """Extract and prepare the document's quotes; a failure instead of an exception."""
    from quotes.parse import extract

    try:
        doc.quotes = [prepare_quote(q) for q in extract(doc.source.text)]
    except Exception as exc:  # noqa: BLE001 - one article must never stop an ingest
        return IngestFailure(_where(doc), f"parser error: {type(exc).__name__}: {exc}")
    return None


def parse_unit(unit: Unit, parse: bool = True) -> list[ParsedDocument | IngestFailure]:
    """Read one task's documents and (when ``parse``) extract their quotes. Runs in workers."""
    out: list[ParsedDocument | IngestFailure] = []
    for item in load_unit(unit):
        if isinstance(item, IngestFailure):
            out.append(item)
            continue
        doc = ParsedDocument(item, sha256_text(item.text))
        out.append((_parse(doc) or doc) if parse else doc)
    return out


def _unit_size(unit: Unit) -> int:
    if unit.lines is not None:
        return sum(len(line) for line in unit.lines)
    try:
        return os.path.getsize(unit.path)
    except OSError:
        return 0


def _total_size(paths: Sequence[str | os.PathLike[str]]) -> int:
    """Bytes of the article files under ``paths`` (for the progress bar)."""
    from quotes.discover import iter_files

    total = 0
    for f in iter_files(paths, SUFFIXES):
        try:
            total += 0 if isinstance(f, IngestFailure) else f.stat().st_size
        except OSError:
            pass
    return total


def _unit_failure(unit: Unit, reason: str) -> list[IngestFailure]:
    where = f"{unit.path}:{unit.first_line}" if unit.lines is not None else unit.path
    return [IngestFailure(where, reason)]


class _Workers:
    """A process pool that replaces itself when a worker dies (killed, out of memory, crashed).

    Every unit that was in flight on a broken pool is parsed once more on a
    fresh one; a unit that breaks that one too is reported as failed. The
    ingest goes on either way.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(max_workers=jobs)

    def submit(self, unit: Unit) -> Future:
        try:
            return self.pool.submit(parse_unit, unit)
        except BrokenProcessPool:
            self.renew()
            return self.pool.submit(parse_unit, unit)

    def renew(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = ProcessPoolExecutor(max_workers=self.jobs)

    def result(self, unit: Unit, future: Future) -> list:
        for attempt in (1, 2):
            try:
                return future.result()
            except BrokenProcessPool:
                if attempt == 2:
                    return _unit_failure(unit, "the parse worker died on it (killed or out of memory)")
                future = self.submit(unit)
            except Exception as exc:  # noqa: BLE001 - reported as this unit's failure
                return _unit_failure(unit, f"parse worker failed: {type(exc).__name__}: {exc}")
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _parsed(
    units: Iterable[Unit | IngestFailure], jobs: int
) -> Iterator[tuple[Unit | None, list | None]]:
    """(unit, its parsed documents) in input order; ``jobs`` > 1 parses in worker processes, and
    once every unit is submitted, ``(None, None)`` then says the next unit is still being parsed."""
    if jobs <= 1:
        for unit in units:
            yield (None, [unit]) if isinstance(unit, IngestFailure) else (unit, parse_unit(unit, parse=False))
        return
    window: deque[tuple[Unit, Future] | tuple[None, list]] = deque()
    workers = _Workers(jobs)
    try:
        for unit in units:
            if isinstance(unit, IngestFailure):
                window.append((None, [unit]))
            else:
                window.append((unit, workers.submit(unit)))
            while len(window) > jobs * 8:
                yield from _taken(window.popleft(), workers, idle=False)
        while window:
            yield from _taken(window.popleft(), workers, idle=True)
    finally:
        workers.close()


def _taken(
    entry: tuple[Unit, Future] | tuple[None, list], workers: _Workers, idle: bool
) -> Iterator[tuple[Unit | None, list | None]]:
    """``_parsed``'s answers for one entry of its window: a failure as it is, a unit when parsed
    (``idle``: first ``(None, None)`` when it is not parsed yet)."""
    if isinstance(entry[1], list):
        yield entry
        return
    unit, future = entry
    if idle and not future.done():
        yield None, None  # the writer would wait: a good moment to store what it holds
    yield unit, workers.result(unit, future)


def run_ingest(
    backend: Backend,
    writer: Writer,
    paths: Sequence[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> IngestReport:
    report = IngestReport(started=datetime.now(UTC))
    speakers_before = writer.speakers_inserted
    total = _total_size(paths) if progress else 0
    done = 0
    pending: list[ParsedDocument] = []
    pending_units: list[Unit] = []
    pending_bytes = 0

    def store_pending() -> None:
        nonlocal done, pending_bytes
        if pending:
            report.failed += writer.parse_new(pending)  # outside the write transaction: others may write meanwhile
            with _write_batch(backend, writer) as batch:
                outcomes = writer.store_documents(pending)
                skipped = [d for d, o in zip(pending, outcomes) if o is None]
                report.copies += writer.record_copies(skipped)
                batch.revisited = [(d.sha256, d.source.path, d.source.url, _where(d)) for d in skipped]
            report.warnings += batch.notes
            for outcome in outcomes:
                if isinstance(outcome, IngestFailure):
                    report.failed.append(outcome)
                elif outcome is None:
                    report.skipped += 1
                else:
                    report.documents += 1
                    report.quotes += outcome
            pending.clear()
            pending_bytes = 0
        for unit in pending_units:
            done += _unit_size(unit)
            if progress:
                progress(min(done, total), total, unit.path)
        pending_units.clear()

    try:
        for unit, items in _parsed(iter_units(paths), jobs):
            if items is None:
                if len(pending) >= IDLE_BATCH_DOCUMENTS:
                    store_pending()
                continue
            for item in items:
                if isinstance(item, IngestFailure):
                    report.failed.append(item)
                else:
                    pending.append(item)
                    pending_bytes += len(item.source.text)
                    report.warnings += [IngestFailure(_where(item), note) for note in item.source.notes]
                    if (when := item.source.published) and when > date.today() + _TIME_ZONES:
                        report.warnings.append(IngestFailure(_where(item), f"dated {when}, in the future: stored as"
                                                                           " given (check the source's date)"))
            if unit is not None:
                pending_units.append(unit)
            if len(pending) >= BATCH_DOCUMENTS or pending_bytes >= BATCH_BYTES:
                store_pending()
        store_pending()
    except DatabaseBusy as exc:
        reason = f"not stored: {exc}; nothing was lost: run the same command again to store it"
        report.failed += [IngestFailure(where, reason) for where in _runs(writer.not_stored(paths))]
    report.speakers = writer.speakers_inserted - speakers_before
    report.finished = datetime.now(UTC)
    return report


class DatabaseBusy(RuntimeError):
    """Another process kept the database's write lock for longer than ``WRITE_WAIT`` seconds."""


WRITE_WAIT = 300.0
"""Seconds an ingest waits for another writer (another ingest's batches, a reparse) before it stops."""
_BUSY = "another process is writing to the database and kept it locked for over {:g} s"


@dataclass
class _Batch:
    """What a batch's transaction does at its end besides the totals and the index: versions."""

    last_document: int
    revisited: list[Revisit] = field(default_factory=list)
    """The texts stored already that the batch met again, which may make an older version current."""
    notes: list[IngestFailure] = field(default_factory=list)
    """What changed among versions (``versions.supersede_earlier``), for the report."""


@contextmanager
def _write_batch(b: Backend, writer: Writer) -> Iterator[_Batch]:
    """One write transaction for a batch of documents: its running totals and (SQLite) full-text
    rows are written at its end, with one statement each; then a new text from the place of an
    older document supersedes it (``versions.py``).

    Waits up to ``WRITE_WAIT`` seconds for another writer to let go, then raises ``DatabaseBusy``.
    On PostgreSQL ingest batches take turns on an advisory lock (concurrent ones would deadlock or
    insert the same speakers); readers are never blocked.
    """
    deadline = time.monotonic() + WRITE_WAIT
    writer.tally.clear()
    with ExitStack() as stack:
        while True:
            try:
                stack.enter_context(b.transaction())  # SQLite: BEGIN IMMEDIATE, waits BUSY_TIMEOUT at most
                if b.name == "postgres":  # waiters queue in turn, up to WRITE_WAIT
                    b.execute(f"SET LOCAL lock_timeout = {max(1, int(WRITE_WAIT * 1000))}")
                    b.execute(f"SELECT pg_advisory_xact_lock({INGEST_LOCK})")
                    b.execute("SET LOCAL lock_timeout = 0")
                break
            except Exception as exc:
                if not locked(exc):
                    raise
                if b.name == "postgres" or time.monotonic() >= deadline:
                    raise DatabaseBusy(_BUSY.format(WRITE_WAIT)) from exc
        last_id = last_quote_id(b)
        batch = _Batch(int(b.scalar("SELECT COALESCE(MAX(id), 0) FROM documents")))
        writer._inserted_now = 0
        try:
            yield batch
            writer.tally.flush(b)
            index_quotes_after(b, last_id)
            batch.notes = supersede_earlier(b, batch.last_document, batch.revisited)
        except BaseException:
            writer.forget()  # the speakers inserted are rolled back too
            writer.tally.clear()
            raise
    writer.speakers_inserted += writer._inserted_now  # committed


def _runs(wheres: Iterable[str]) -> list[str]:
    """Places in input order, consecutive lines of one file joined: "a.jsonl:3", "a.jsonl:5-9", "b.txt"."""
    out: list[list] = []
    for w in wheres:
        path, _, line = w.rpartition(":")
        if line.isdigit() and path and out and out[-1][0] == path and out[-1][2] == int(line) - 1:
            out[-1][2] = int(line)
        elif line.isdigit() and path:
            out.append([path, int(line), int(line)])
        else:
            out.append([w, None, None])
    return [p if a is None else f"{p}:{a}" if a == z else f"{p}:{a}-{z}" for p, a, z in out]


_TIME_ZONES = timedelta(days=1)
"""A date up to a day ahead of this machine's is today somewhere (Auckland is 13-14 hours ahead of UTC)."""


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


_Linked = tuple  # (statement id, speaker id, key) of a statement a wording may link to


_NEW = 1 << 62
"""Provisional statement ids start here."""
_NO_CANDIDATES: dict[int, tuple[int | None, str, str]] = {}
_DOCUMENT_COLUMNS = (
    "sha256", "path", "url", "outlet", "title", "published", "ingested", "parser_version", "text", "dated_by", "titled_by",
)


@dataclass
class Writer:
    """Stores parsed documents: speakers, statements (linked), quotes. Main process only."""

    backend: Backend
    version: str = field(default_factory=parser_version)
    tally: Tally = field(default_factory=Tally)
    """Counts of stored quotes for the running totals; the caller flushes it in its transaction."""
    speakers_inserted: int = 0
    """Speakers this writer inserted in committed ingest batches (another writer's do not count)."""
    _speakers: dict[str, int] = field(default_factory=dict)
    _inserted_now: int = 0
    """... and in the batch being written."""

    def forget(self) -> None:
        """Drop cached ids: the transaction that inserted them may be rolled back."""
        self._speakers.clear()

    # --- documents -------------------------------------------------------
    def parse_new(self, docs: list[ParsedDocument]) -> list[IngestFailure]:
        """Parse the documents whose text is not stored yet (parsed ones are left as they are).

        A document the parser fails on is removed from ``docs`` and returned as a failure.
        """
        if all(d.quotes is not None for d in docs):
            return []
        failures = []
        keep = []
        todo = set(self._unstored(docs))
        for i, d in enumerate(docs):
            failure = _parse(d) if i in todo and d.quotes is None else None
            if failure is None:
                keep.append(d)
            else:
                failures.append(failure)
        if failures:
            docs[:] = keep
        return failures

    def store_documents(self, docs: Sequence[ParsedDocument]) -> list[int | None | IngestFailure]:
        """Store parsed documents; per document: quotes stored, None when the text is stored already
        (or not parsed), or why it failed.

        All in one savepoint with bulk statements; if that fails, each document
        in its own, so that only the documents at fault fail.
        """
        out: list[int | None | IngestFailure] = [None] * len(docs)
        todo = [i for i in self._unstored(docs) if docs[i].quotes is not None]
        try:
            counts: list = self._store_atomically([docs[i] for i in todo])
        except Exception as exc:  # noqa: BLE001 - retried one by one, so that only the documents at fault fail
            if storage_failure(exc):
                raise  # disk full, read-only...: every later document would fail the same way
            counts = [self._store_one(docs[i]) for i in todo]
        for i, n in zip(todo, counts):
            out[i] = n
        return out

    def not_stored(self, paths: Sequence[str | os.PathLike[str]]) -> Iterator[str]:
        """Where each document under ``paths`` whose text is not stored is (files are read again)."""
        for unit in iter_units(paths):
            if not isinstance(unit, IngestFailure):
                docs = [d for d in parse_unit(unit, parse=False) if isinstance(d, ParsedDocument)]
                yield from (_where(docs[i]) for i in self._unstored(docs))

    def _unstored(self, docs: Sequence[ParsedDocument]) -> list[int]:
        """Indexes of the documents whose text is not stored yet (the first of equal texts)."""
        shas = sorted({d.sha256 for d in docs})
        seen = {sha for (sha,) in _select_in(self.backend, "SELECT sha256 FROM documents WHERE sha256 IN", shas)}
        out = []
        for i, d in enumerate(docs):
            if d.sha256 not in seen:
                seen.add(d.sha256)
                out.append(i)
        return out

    def _store_one(self, doc: ParsedDocument) -> int | None | IngestFailure:
        try:
            return self._store_atomically([doc])[0]
        except Exception as exc:  # noqa: BLE001 - report and go on with the next document
            if storage_failure(exc):
                raise
            return IngestFailure(_where(doc), f"{type(exc).__name__}: {exc}")

    def _store_atomically(self, docs: Sequence[ParsedDocument]) -> list[int | None]:
        if not docs:
            return []
        inserted = self._inserted_now
        try:
            with self.backend.transaction():
                return self._store(docs)
        except BaseException:
            self.forget()
            self._inserted_now = inserted
            raise

    def _store(self, docs: Sequence[ParsedDocument]) -> list[int | None]:
        b = self.backend
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        ids = dict(
            _insert_returning(
                b, "documents", _DOCUMENT_COLUMNS,
                [
                    (d.sha256, d.source.path, d.source.url, d.source.outlet, d.source.title,
                     _iso(d.source.published), now, self.version, d.source.text, d.source.dated_by, d.source.titled_by)
                    for d in docs
                ],
                "sha256, id", " ON CONFLICT (sha256) DO NOTHING",
            )
        )  # a text stored meanwhile by another ingest returns no row: skipped
        stored = [d for d in docs if d.sha256 in ids]
        speaker_ids, statement_ids, created = self._ids(
            [q for d in stored for q in d.quotes or ()], [ids[d.sha256] for d in stored for _ in d.quotes or ()]
        )
        rows: list[tuple] = []
        for d in stored:
            rows += _rows(ids[d.sha256], d.source, d.quotes or (), speaker_ids, statement_ids, len(rows), self.version)
        self.insert_quotes(rows)
        first = 0
        for d in stored:
            last = first + len(d.quotes or ())
            self.tally.add_document(
                speaker_ids[first:last], statement_ids[first:last], [q[_KIND] for q in d.quotes or ()],
                d.source.outlet, _iso(d.source.published), counted=created,
            )
            first = last
        insert_publications(b, [
            (ids[d.sha256], d.source.outlet, d.source.url, d.source.path, d.source.title, _iso(d.source.published),
             d.source.dated_by, d.source.titled_by)
            for d in stored
        ])
        return [len(d.quotes or ()) if d.sha256 in ids else None for d in docs]

    def record_copies(self, docs: Sequence[ParsedDocument]) -> int:
        """Record the publications of texts stored already (documents skipped): how many were new."""
        return sum(record_copy(self.backend, d.sha256, d.source) for d in docs)

    # --- speakers --------------------------------------------------------
    def resolve_speakers(self, names: Iterable[str | None]) -> None:
        """Make sure every name has a speaker id (in ``_speakers``), inserting new speakers in bulk."""
        from quotes.attribution import speaker_kind
        from quotes.names import fold

        missing = sorted({n for n in names if n and n not in self._speakers})
        if not missing:
            return
        b = self.backend
        for sid, name in _select_in(b, "SELECT id, name FROM speakers WHERE name IN", missing):
            self._speakers[name] = sid
        # A name stored in another case or with other accents ("WorldCom", "Worldcom") is the same
        # speaker: one row, so that lists, facets, filters and timelines count them together.
        folded = {n: fold(n) or n for n in missing if n not in self._speakers}  # a name of no letters: itself
        by_folded = dict(_select_in(b, "SELECT folded, id FROM speakers WHERE folded IN", sorted(set(folded.values()))))
        firsts: dict[str, str] = {}
        for n, f in folded.items():
            if f in by_folded:
                self._speakers[n] = by_folded[f]
            else:
                firsts.setdefault(f, n)  # the first spelling (in sorted order) is stored; the others follow it
        entries = {n: _registry_entry(n) for n in firsts.values()}
        if not entries:
            return
        inserted = dict(
            _insert_returning(
                b, "speakers", ("name", "kind", "folded"),
                [(n, e.kind if e else speaker_kind(n), fold(n)) for n, e in entries.items()],
                "name, id", " ON CONFLICT (name) DO NOTHING",
            )
        )
        self._speakers.update(inserted)
        self._inserted_now += len(inserted)
        aliases = [
            (sid, a, f)
            for name, sid in inserted.items()
            if (e := entries[name])
            for f, a in {fold(a): a for a in e.aliases if fold(a) != fold(name)}.items()
        ]
        if aliases:
            b.executemany_rows("INSERT INTO aliases (speaker_id, alias, folded) VALUES (?, ?, ?)", aliases)
        late = sorted(set(entries) - set(inserted))  # stored meanwhile by another writer
        for sid, name in _select_in(b, "SELECT id, name FROM speakers WHERE name IN", late):
            self._speakers[name] = sid
        for n, f in folded.items():  # the other spellings of a name stored just now
            if n not in self._speakers and firsts.get(f) in self._speakers:
                self._speakers[n] = self._speakers[firsts[f]]

    # --- statements ------------------------------------------------------
    def link(self, items: Sequence[tuple[str, int, Sequence[int], int | None, str, int]]) -> tuple[list[int], set[int]]:
        """Statement ids for (key, key hash, blocks, speaker id, text, document id) items, creating
        statements as needed (see :func:`~quotes.store.statements.scoped_hash` for the rule); and the
        ids of the statements created, stored with their sources counted (the documents of ``items``
        that report each), which the caller's tally must not count again.

        Two lookups (exact keys, near-duplicate blocks) and two bulk inserts per
        call, whatever the number of items: new statements get provisional ids
        (above every stored id, in order, so ties break as if they were stored)
        until they are inserted together at the end.
        """
        b = self.backend
        quoted: dict[int, set[int]] = {}  # document id -> the speakers it quotes
        for _, _, _, spk, _, doc in items:
            if spk is not None:
                quoted.setdefault(doc, set()).add(spk)
        hashed = [(h, scoped_hash(key, spk, doc)) for key, h, _, spk, _, doc in items]
        exact: dict[int, list[_Linked]] = {}  # key hash -> statements
        lookup = sorted({x for h, scoped in hashed for x in (h, scoped) if x is not None})
        for sid, spk, key, kh in _select_in(b, "SELECT id, speaker_id, key, key_hash FROM statements WHERE key_hash IN", lookup):
            exact.setdefault(kh, []).append((sid, spk, key))
        # block -> {statement id: (speaker id, key, text)}: the wording last filed under it for each
        # statement (one entry per statement, however many wordings of it a batch links).
        near: dict[int, dict[int, tuple[int | None, str, str]]] = {}
        wanted = sorted({blk for _, _, blocks, _, _, _ in items for blk in blocks})
        for blk, sid, spk, key, said in _select_in(
            b,
            "SELECT sb.block, s.id, s.speaker_id, s.key, s.text FROM statement_blocks sb"
            " JOIN statements s ON s.id = sb.statement_id WHERE sb.block IN",
            wanted,
        ):
            near.setdefault(blk, {})[sid] = (spk, key, said)
        out: list[int] = []
        new: list[tuple] = []
        new_blocks: list[tuple[int, int]] = []
        for (key, h, blocks, spk, text, doc), (_, scoped) in zip(items, hashed):
            here = quoted.get(doc, ())
            found = _exact(exact.get(h, ()), key, spk, here) if scoped is None else (
                _exact(exact.get(scoped, ()), key, spk, here, alone=True) or _exact(exact.get(h, ()), key, spk, here)
            )
            if found is None:
                if blocks:  # only wordings long enough for near matching have blocks
                    cands = {sid: (sid, c[1], c[2]) for blk in blocks for sid, c in near.get(blk, _NO_CANDIDATES).items() if c[0] == spk}
                    found = best_near_match(key, cands.values(), text) if cands else None
                if found is None:
                    stored_hash = h if scoped is None else scoped
                    found = _NEW + len(new)
                    new.append((spk, key, stored_hash, text))
                    exact.setdefault(stored_hash, []).append((found, spk, key))
                linked = (spk, key, text)
                for blk in blocks:
                    new_blocks.append((blk, found))
                    near.setdefault(blk, {})[found] = linked
            out.append(found)
        created: set[int] = set()
        if new:
            sources = Counter(sid - _NEW for sid, _ in {(sid, item[5]) for sid, item in zip(out, items) if sid >= _NEW})
            ids = self._insert_statements([(*row, sources[i]) for i, row in enumerate(new)])
            out = [ids[i - _NEW] if i >= _NEW else i for i in out]
            new_blocks = [(blk, ids[i - _NEW] if i >= _NEW else i) for blk, i in new_blocks]
            created = set(ids)
        if new_blocks:
            b.executemany_rows(
                "INSERT INTO statement_blocks (block, statement_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                sorted(set(new_blocks)),
            )
        return out, created

    def _insert_statements(self, rows: Sequence[tuple]) -> Sequence[int]:
        """Insert (speaker id, key, key hash, text, sources) rows; their ids, in order.

        SQLite gives a new row the largest id plus one: inside the write transaction the ids are
        known beforehand, and one prepared INSERT is cheaper than multi-row ``INSERT ... RETURNING``.
        """
        b = self.backend
        columns = ("speaker_id", "key", "key_hash", "text", "sources")
        if b.name == "sqlite":
            first = int(b.scalar("SELECT COALESCE(MAX(id), 0) FROM statements")) + 1
            b.executemany_rows(
                f"INSERT INTO statements (id, {', '.join(columns)}) VALUES (?, ?, ?, ?, ?, ?)",
                [(sid, *row) for sid, row in enumerate(rows, first)],
            )
            return range(first, first + len(rows))
        got = {
            (spk, h): sid for spk, h, sid in _insert_returning(b, "statements", columns, rows, "speaker_id, key_hash, id")
        }  # (speaker, key hash) is unique among one call's new statements
        return [got[r[0], r[2]] for r in rows]

    # --- quotes ----------------------------------------------------------
    def quote_rows(
        self, document_id: int, src: SourceDocument, quotes: Sequence[tuple], keep: dict[int, int | None] | None = None
    ) -> list[tuple]:
        """``QUOTE_COLUMNS`` rows for one document's ``prepare_quote`` tuples; ``keep[i]`` fixes quote i's statement."""
        speaker_ids, statement_ids, _ = self._ids(quotes, [document_id] * len(quotes), keep)
        return _rows(document_id, src, quotes, speaker_ids, statement_ids, 0, self.version)

    def _ids(
        self, quotes: Sequence[tuple], documents: Sequence[int], keep: dict[int, int | None] | None = None
    ) -> tuple[list[int | None], Sequence[int | None], set[int]]:
        """Speaker and statement ids of ``prepare_quote`` tuples of the ``documents`` (ids, one per quote;
        speakers inserted and statements linked as needed), and the statements created with their
        sources counted (see ``link``); ``keep[i]`` fixes quote i's statement."""
        self.resolve_speakers(q[_SPEAKER] for q in quotes)
        speaker_ids = [self._speakers[q[_SPEAKER]] if q[_SPEAKER] else None for q in quotes]
        linked, created = self.link(
            [
                (q[_KEY], q[_HASH], q[_BLOCKS], spk, q[_TEXT], doc)
                for i, (q, spk, doc) in enumerate(zip(quotes, speaker_ids, documents))
                if not keep or i not in keep
            ]
        )
        if not keep:
            return speaker_ids, linked, created
        rest = iter(linked)
        return speaker_ids, [keep[i] if i in keep else next(rest) for i in range(len(quotes))], created

    def insert_quotes(self, rows: Sequence[tuple]) -> None:
        b = self.backend
        if not rows:
            return
        if b.name != "sqlite":
            b.executemany_rows(_INSERT_QUOTE, rows)
            return
        # SQLite would give a new row the largest id in ``quotes`` plus one: one an old version's quote
        # may have (a text ingested again made current over a later one), so ids are given here.
        first = 1 + int(b.scalar(
            "SELECT MAX(m) FROM (SELECT COALESCE(MAX(id), 0) AS m FROM quotes"
            " UNION ALL SELECT COALESCE(MAX(id), 0) FROM superseded_quotes) AS ids"
        ))
        b.executemany_rows(_INSERT_QUOTE_WITH_ID, [(i, *r) for i, r in enumerate(rows, first)])


QUOTE_COLUMNS = (
    "document_id", "statement_id", "speaker_id", "text", "start_char", "end_char", "kind", "mention",
    "mention_start", "mention_end", "cue", "via", "method", "confidence", "utterance", "parser_version",
    "published", "outlet", "search_text", "search_speaker",
)
_INSERT_QUOTE = f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) VALUES ({', '.join('?' for _ in QUOTE_COLUMNS)})"
_INSERT_QUOTE_WITH_ID = f"INSERT INTO quotes (id, {', '.join(QUOTE_COLUMNS)}) VALUES (?, {', '.join('?' for _ in QUOTE_COLUMNS)})"


def _rows(
    document_id: int,
    src: SourceDocument,
    quotes: Iterable[tuple],
    speaker_ids: Sequence[int | None],
    statement_ids: Sequence[int | None],
    offset: int,
    version: str,
) -> list[tuple]:
    """``QUOTE_COLUMNS`` rows; the quotes' speaker and statement ids start at ``offset`` in the id lists."""
    published = _iso(src.published)
    return [
        (document_id, statement_ids[j], speaker_ids[j], *q[_TEXT:_UTTERANCE_END], version, published, src.outlet,
         q[_KEY], q[_SEARCH_SPEAKER])
        for j, q in enumerate(quotes, offset)
    ]


def _insert_returning(
    b: Backend, table: str, columns: Sequence[str], rows: Sequence[tuple], returning: str, conflict: str = ""
) -> list[tuple]:
    """Insert ``rows`` with multi-row INSERTs; the ``returning`` columns of the rows inserted."""
    out: list[tuple] = []
    per = max(1, 900 // len(columns))  # within SQLite's oldest limit of 999 parameters
    one = "(" + ", ".join("?" for _ in columns) + ")"
    for i in range(0, len(rows), per):
        chunk = rows[i : i + per]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))}{conflict} RETURNING {returning}"
        out += b.rows_of(sql, [v for r in chunk for v in r])
    return out


def _exact(
    cands: Sequence[_Linked], key: str, speaker_id: int | None, quoted_here: Collection[int], alone: bool = False
) -> int | None:
    """The statement of ``cands`` with the wording ``key`` that a wording of ``speaker_id`` links to, if any.

    The same speaker's first; for a wording that identifies a statement ``alone``
    (``LINK_ALONE_WORDS`` words or more) one whose speaker is unknown, else another
    speaker's (one report misattributed it); for a shorter one of an unknown speaker,
    a speaker quoted in its own document (``quoted_here``), if it has two words or more.
    """
    if not cands:  # the usual case: a wording no statement has yet
        return None
    alone = alone or len(key.split()) >= LINK_ALONE_WORDS
    unknown = other = None
    for sid, spk, ckey in cands:
        if ckey != key:
            continue
        if spk == speaker_id and (alone or spk is not None):
            return sid
        if alone:
            if spk is None or speaker_id is None:
                unknown = unknown or sid
            else:
                other = other or sid
        elif speaker_id is None and spk in quoted_here and " " in key:
            other = other or sid
    return unknown or other


def _select_in(b: Backend, sql: str, values: Sequence, chunk: int = 500) -> Iterator[tuple]:
    for i in range(0, len(values), chunk):
        part = values[i : i + chunk]
        yield from b.rows_of(f"{sql} ({', '.join('?' * len(part))})", part)


def _registry_entry(name: str) -> Speaker | None:
    """The registry's entry for a speaker name, if the registry knows it."""
    try:
        from quotes.registry import RegistryError, default_registry
    except ImportError:  # pragma: no cover - registry not installed
        return None
    try:
        return default_registry().lookup(name)
    except RegistryError:
        return None

"""Ingest: parse articles (optionally in worker processes) and store them.

Parsing is the CPU cost and runs in ``jobs`` worker processes; the main
process writes with bulk inserts, each document atomically (a savepoint),
committed in batches of up to a second so the full-text index is flushed
once per batch rather than once per article. A document whose text is
already stored (same sha256) is skipped; a file that cannot be read or
parsed is reported and the ingest goes on.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from quotes.model import Quote
from quotes.results import IngestFailure, IngestReport

from .engine import Backend, storage_failure
from .sources import SUFFIXES, SourceDocument, Unit, iter_units, load_unit
from .statements import MIN_NEAR_WORDS, Wording, best_near_match
from .stats import Tally

__all__ = ["ParsedDocument", "Writer", "parse_unit", "run_ingest", "parser_version", "Progress", "QUOTE_COLUMNS"]

BATCH_DOCUMENTS = 500
BATCH_SECONDS = 1.0
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


@dataclass(slots=True)
class ParsedDocument:
    source: SourceDocument
    sha256: str
    quotes: list[Quote] | None = None
    """None when parsing was left to the writer (the text may already be stored)."""
    wordings: list[Wording] | None = None
    """One per quote, derived with the parse (so in the workers with ``jobs`` > 1)."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _extract(doc: ParsedDocument) -> ParsedDocument | IngestFailure:
    from quotes.parse import extract

    try:
        doc.quotes = extract(doc.source.text)
    except Exception as exc:  # noqa: BLE001 - one article must never stop an ingest
        return IngestFailure(doc.source.path or doc.source.url or "?", f"parser error: {type(exc).__name__}: {exc}")
    doc.wordings = [Wording.of(q) for q in doc.quotes]
    return doc


def parse_unit(unit: Unit, parse: bool = True) -> list[ParsedDocument | IngestFailure]:
    """Read one task's documents and (when ``parse``) extract their quotes. Runs in workers."""
    out: list[ParsedDocument | IngestFailure] = []
    for item in load_unit(unit):
        if isinstance(item, IngestFailure):
            out.append(item)
            continue
        doc = ParsedDocument(item, sha256_text(item.text))
        out.append(_extract(doc) if parse else doc)
    return out


def _unit_size(unit: Unit) -> int:
    if unit.lines is not None:
        return sum(len(line) for line in unit.lines)
    try:
        return os.path.getsize(unit.path)
    except OSError:
        return 0


def _total_size(paths: Sequence[str | Path]) -> int:
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


def _parsed(units: Iterable[Unit | IngestFailure], jobs: int) -> Iterator[tuple[Unit | None, list]]:
    """(unit, its parsed documents) in input order; ``jobs`` > 1 parses in worker processes."""
    if jobs <= 1:
        for unit in units:
            yield (None, [unit]) if isinstance(unit, IngestFailure) else (unit, parse_unit(unit, parse=False))
        return
    window: deque[tuple[Unit | None, Future | list]] = deque()
    workers = _Workers(jobs)
    try:
        for unit in units:
            if isinstance(unit, IngestFailure):
                window.append((None, [unit]))
            else:
                window.append((unit, workers.submit(unit)))
            while len(window) > jobs * 3:
                u, f = window.popleft()
                yield u, f if isinstance(f, list) else workers.result(u, f)
        while window:
            u, f = window.popleft()
            yield u, f if isinstance(f, list) else workers.result(u, f)
    finally:
        workers.close()


def run_ingest(
    backend: Backend,
    writer: Writer,
    paths: Sequence[str | Path],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> IngestReport:
    report = IngestReport(started=datetime.now(timezone.utc))
    speakers_before = backend.scalar("SELECT COUNT(*) FROM speakers")
    total = _total_size(paths) if progress else 0
    done = 0
    batch = _Batch(backend, writer)
    try:
        for unit, items in _parsed(iter_units(paths), jobs):
            for item in items:
                if isinstance(item, IngestFailure):
                    report.failed.append(item)
                    continue
                batch.open()
                try:
                    stored = writer.store(item)
                except Exception as exc:  # noqa: BLE001 - report and go on with the next document
                    if storage_failure(exc):
                        raise  # disk full, read-only...: every later document would fail the same way
                    report.failed.append(IngestFailure(item.source.path or "?", f"{type(exc).__name__}: {exc}"))
                    continue
                if isinstance(stored, IngestFailure):
                    report.failed.append(stored)
                elif stored is None:
                    report.skipped += 1
                else:
                    report.documents += 1
                    report.quotes += stored
                batch.maybe_commit()
            if progress and unit is not None:
                done += _unit_size(unit)
                progress(min(done, total), total, unit.path)
    except BaseException:
        writer._speakers.clear()  # the batch may be rolled back with the speakers it inserted
        with suppress(Exception):  # the error to report is the first one
            batch.commit()  # documents stored before an interruption are kept
        raise
    batch.commit()
    report.speakers = backend.scalar("SELECT COUNT(*) FROM speakers") - speakers_before
    report.finished = datetime.now(timezone.utc)
    return report


class _Batch:
    """Commits every ``BATCH_SECONDS`` or ``BATCH_DOCUMENTS``; each document is a savepoint inside.

    A document is still all-or-nothing (its savepoint rolls back on failure),
    but the commit and the full-text indexing are shared by a batch: on
    SQLite the batch's new quotes are indexed with one statement at commit
    (see the insert trigger in ``migrations.py``).
    """

    def __init__(self, backend: Backend, writer: Writer) -> None:
        self.backend = backend
        self.writer = writer
        self.stack: ExitStack | None = None
        self.started = 0.0
        self.documents = 0
        self.first_id = 0

    def open(self) -> None:
        if self.stack is not None:
            return
        b = self.backend
        self.writer.tally.clear()
        self.stack = ExitStack()
        self.stack.enter_context(b.transaction())
        if b.name == "postgres":  # one ingest batch at a time, as on SQLite; readers are not blocked
            b.execute(f"SELECT pg_advisory_xact_lock({INGEST_LOCK})")
        self.started = time.monotonic()
        self.documents = 0
        if b.name == "sqlite":
            self.first_id = b.scalar("SELECT COALESCE(MAX(id), 0) FROM quotes")
            b.execute("INSERT INTO meta (key, value) VALUES ('fts_deferred', '1')")

    def maybe_commit(self) -> None:
        self.documents += 1
        if self.documents >= BATCH_DOCUMENTS or time.monotonic() - self.started >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self.stack is None:
            return
        stack, self.stack = self.stack, None
        with stack:
            b = self.backend
            self.writer.tally.flush(b)
            if b.name == "sqlite":
                b.execute(
                    "INSERT INTO quotes_fts (rowid, search_text, search_speaker)"
                    " SELECT id, search_text, search_speaker FROM quotes WHERE id > :first",
                    {"first": self.first_id},
                )
                b.execute("DELETE FROM meta WHERE key = 'fts_deferred'")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass(slots=True)
class _Linked:
    id: int
    speaker_id: int | None
    key: str


@dataclass
class Writer:
    """Stores parsed documents: speakers, statements (linked), quotes. Main process only."""

    backend: Backend
    version: str = field(default_factory=parser_version)
    tally: Tally = field(default_factory=Tally)
    """Counts of stored quotes for the running totals; the caller flushes it in its transaction."""
    _speakers: dict[str, int] = field(default_factory=dict)

    # --- speakers --------------------------------------------------------
    def speaker_id(self, name: str) -> int:
        sid = self._speakers.get(name)
        if sid is not None:
            return sid
        b = self.backend
        sid = b.scalar("SELECT id FROM speakers WHERE name = :n", {"n": name})
        if sid is None:
            from quotes.names import fold

            entry = _registry_entry(name)
            kind = entry.kind if entry else "unknown"
            row = b.execute(
                "INSERT INTO speakers (name, kind, folded) VALUES (:n, :k, :f) ON CONFLICT (name) DO NOTHING"
                " RETURNING id",
                {"n": name, "k": kind, "f": fold(name)},
            ).fetchone()
            if row is None:  # another writer stored the name meanwhile
                sid = b.scalar("SELECT id FROM speakers WHERE name = :n", {"n": name})
                self._speakers[name] = sid
                return sid
            sid = row[0]
            forms = {fold(a): a for a in (entry.aliases if entry else ()) if fold(a) != fold(name)}
            if forms:
                b.executemany(
                    "INSERT INTO aliases (speaker_id, alias, folded) VALUES (:s, :a, :f)",
                    [{"s": sid, "a": a, "f": f} for f, a in forms.items()],
                )
        self._speakers[name] = sid
        return sid

    # --- statements ------------------------------------------------------
    def link(self, items: Sequence[tuple[Wording, int | None, str]]) -> list[int]:
        """Statement ids for (wording, speaker id, text) items, creating statements as needed.

        Two lookups (exact keys, near-duplicate blocks) and two bulk inserts per
        call, whatever the number of items: new statements get provisional
        negative ids until they are inserted together at the end.
        """
        b = self.backend
        exact: dict[str, list[_Linked]] = {}
        hashes = sorted({w.key_hash for w, _, _ in items})
        for sid, spk, key in _select_in(b, "SELECT id, speaker_id, key FROM statements WHERE key_hash IN", hashes):
            exact.setdefault(key, []).append(_Linked(sid, spk, key))
        near: dict[int, list[_Linked]] = {}
        wanted = sorted({blk for w, _, _ in items for blk in w.blocks})
        for blk, sid, spk, key in _select_in(
            b,
            "SELECT sb.block, s.id, s.speaker_id, s.key FROM statement_blocks sb"
            " JOIN statements s ON s.id = sb.statement_id WHERE sb.block IN",
            wanted,
        ):
            near.setdefault(blk, []).append(_Linked(sid, spk, key))
        out: list[int] = []
        new: list[dict] = []
        new_blocks: set[tuple[int, int]] = set()
        for w, spk, text in items:
            found = _exact(exact.get(w.key, ()), spk)
            if found is None:
                cands = {c.id: c.key for blk in w.blocks for c in near.get(blk, ()) if c.speaker_id == spk}
                found = best_near_match(w.key, cands.items())
                if found is None:
                    found = -1 - len(new)
                    new.append({"s": spk, "k": w.key, "h": w.key_hash, "t": text})
                    exact.setdefault(w.key, []).append(_Linked(found, spk, w.key))
                for blk in w.blocks:
                    new_blocks.add((blk, found))
                    near.setdefault(blk, []).append(_Linked(found, spk, w.key))
            out.append(found)
        if new:
            ids = self._insert_statements(new)
            out = [ids[-1 - i] if i < 0 else i for i in out]
            new_blocks = {(blk, ids[-1 - i] if i < 0 else i) for blk, i in new_blocks}
        if new_blocks:
            b.executemany(
                "INSERT INTO statement_blocks (block, statement_id) VALUES (:b, :s) ON CONFLICT DO NOTHING",
                [{"b": blk, "s": sid} for blk, sid in new_blocks],
            )
        return out

    def _insert_statements(self, rows: list[dict]) -> list[int]:
        """Insert statements with one multi-row INSERT per chunk; their ids, in order.

        Rows are told apart by (speaker, key), unique among one call's new
        statements, so the ids do not depend on the order RETURNING gives them in.
        """
        ids: dict[tuple[int | None, str], int] = {}
        for i in range(0, len(rows), 200):
            chunk = rows[i : i + 200]
            params = {f"{k}{j}": v for j, r in enumerate(chunk) for k, v in r.items()}
            values = ", ".join(f"(:s{j}, :k{j}, :h{j}, :t{j})" for j in range(len(chunk)))
            for sid, spk, key in self.backend.rows(
                f"INSERT INTO statements (speaker_id, key, key_hash, text) VALUES {values}"
                " RETURNING id, speaker_id, key",
                params,
            ):
                ids[spk, key] = sid
        return [ids[r["s"], r["k"]] for r in rows]

    # --- quotes ----------------------------------------------------------
    def quote_rows(
        self,
        document_id: int,
        src: SourceDocument,
        quotes: Sequence[Quote],
        keep: dict[int, int | None] | None = None,
        wordings: Sequence[Wording] | None = None,
    ) -> list[dict]:
        """Insertable rows for a document's quotes; ``keep[i]`` fixes the statement of quote i."""
        keep = keep or {}
        speaker_ids = [self.speaker_id(q.speaker) if q.speaker else None for q in quotes]
        if wordings is None:
            wordings = [Wording.of(q) for q in quotes]
        todo = [i for i in range(len(quotes)) if i not in keep]
        linked = dict(zip(todo, self.link([(wordings[i], speaker_ids[i], quotes[i].text) for i in todo])))
        statement_ids = [keep[i] if i in keep else linked[i] for i in range(len(quotes))]
        published = _iso(src.published)
        return [
            {
                "document_id": document_id,
                "statement_id": st,
                "speaker_id": spk,
                "text": q.text,
                "start_char": q.start,
                "end_char": q.end,
                "kind": q.kind,
                "mention": q.mention,
                "mention_start": q.mention_start,
                "mention_end": q.mention_end,
                "cue": q.cue,
                "via": q.via,
                "method": q.method,
                "confidence": float(q.confidence),
                "utterance": q.utterance,
                "parser_version": self.version,
                "published": published,
                "outlet": src.outlet,
                "search_text": w.key,
                "search_speaker": w.search_speaker,
            }
            for q, w, spk, st in zip(quotes, wordings, speaker_ids, statement_ids)
        ]

    def insert_quotes(self, rows: Sequence[dict]) -> None:
        if rows:
            self.backend.executemany(_INSERT_QUOTE, rows)

    def store(self, doc: ParsedDocument) -> int | None | IngestFailure:
        """Store one document atomically (its own transaction, or a savepoint inside the caller's).

        Returns the number of quotes stored, or None when the text is already stored.
        """
        b = self.backend
        if doc.quotes is None:
            if b.scalar("SELECT 1 FROM documents WHERE sha256 = :h", {"h": doc.sha256}):
                return None
            parsed = _extract(doc)
            if isinstance(parsed, IngestFailure):
                return parsed
        src = doc.source
        try:
            with b.transaction():
                row = b.execute(
                    "INSERT INTO documents (sha256, path, url, outlet, title, published, ingested, parser_version, text)"
                    " VALUES (:sha, :path, :url, :outlet, :title, :published, :ingested, :version, :text)"
                    " ON CONFLICT (sha256) DO NOTHING RETURNING id",
                    {
                        "sha": doc.sha256,
                        "path": src.path,
                        "url": src.url,
                        "outlet": src.outlet,
                        "title": src.title,
                        "published": _iso(src.published),
                        "ingested": datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" "),
                        "version": self.version,
                        "text": src.text,
                    },
                ).fetchone()
                if row is None:
                    return None
                rows = self.quote_rows(row[0], src, doc.quotes or [], wordings=doc.wordings)
                self.insert_quotes(rows)
        except BaseException:
            self._speakers.clear()  # ids inserted in the rolled-back transaction are gone
            raise
        self.tally.add_document(rows)
        return len(rows)


QUOTE_COLUMNS = (
    "document_id", "statement_id", "speaker_id", "text", "start_char", "end_char", "kind", "mention",
    "mention_start", "mention_end", "cue", "via", "method", "confidence", "utterance", "parser_version",
    "published", "outlet", "search_text", "search_speaker",
)
_INSERT_QUOTE = (
    f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) VALUES ({', '.join(':' + c for c in QUOTE_COLUMNS)})"
)


def _exact(cands: Iterable[_Linked], speaker_id: int | None) -> int | None:
    """The statement with the same key: the same speaker's first, else one whose speaker is unknown.

    A wording of ``MIN_NEAR_WORDS`` or more words links even across different
    speakers (one report misattributed it); shorter ones ("thank you") do not.
    """
    unknown = other = None
    for c in cands:
        if c.speaker_id == speaker_id:
            return c.id
        if c.speaker_id is None or speaker_id is None:
            unknown = unknown or c.id
        elif len(c.key.split()) >= MIN_NEAR_WORDS:
            other = other or c.id
    return unknown or other


def _select_in(b: Backend, sql: str, values: Sequence[int], chunk: int = 500) -> Iterator[tuple]:
    for i in range(0, len(values), chunk):
        part = values[i : i + chunk]
        params = {f"v{j}": v for j, v in enumerate(part)}
        yield from b.rows(f"{sql} ({', '.join(':' + k for k in params)})", params)


def _registry_entry(name: str):
    """The registry's entry for a speaker name, if the registry knows it."""
    try:
        from quotes.registry import RegistryError, default_registry
    except ImportError:  # pragma: no cover - registry not installed
        return None
    try:
        return default_registry().lookup(name)
    except RegistryError:
        return None

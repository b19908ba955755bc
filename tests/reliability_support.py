"""Shared pieces of the reliability tests: the CLI in a subprocess, made-up articles, whole-document checks."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from quotes import QuoteDB

REPO = Path(__file__).resolve().parent.parent
# The BBC corpus, read where the project's shared material lives and never copied into the repo;
# the tests over it skip when it is absent.
BBC_CORPUS = Path(os.environ.get("QUOTES_BBC_CORPUS") or REPO.parent / "shared" / "corpus" / "bbc.jsonl")
NEEDS_BBC_CORPUS = [
    pytest.mark.corpus,
    pytest.mark.skipif(not BBC_CORPUS.is_file(), reason=f"BBC corpus not found at {BBC_CORPUS} (set QUOTES_BBC_CORPUS)"),
]

SPEAKERS = ("Hulusi Akar", "Mike Pompeo", "Mevlüt Çavuşoğlu", "Jens Stoltenberg", "Maria Zakharova")
TOPICS = ("the air defence purchase", "the sanctions bill", "the pipeline talks", "the border crossing", "the grain deal")


def article(i: int) -> str:
    """A distinct small news article with direct, split and reported quotes (made up for the tests)."""
    who = SPEAKERS[i % len(SPEAKERS)]
    other = SPEAKERS[(i + 2) % len(SPEAKERS)]
    topic = TOPICS[i % len(TOPICS)]
    return (
        f"Officials meet over {topic}, report number {i}\n\n"
        f"{who} said on Monday: “We will not step back from {topic}, whatever happens in round {i}.”\n\n"
        f"“The talks were useful,” {other} told reporters in Ankara, “but nothing is settled on item {i}.”\n\n"
        f"{who} added that the government would publish its position on {topic} within {i % 9 + 2} weeks.\n"
    )


def make_corpus(root: Path, first: int, last: int, txt: int = 200) -> Path:
    """Articles ``first``..``last - 1`` under ``root``: the last ``txt`` as .txt files, the rest in one .jsonl."""
    (root / "txt").mkdir(parents=True)
    split = max(first, last - txt)
    with (root / "wire.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(first, split):
            fh.write(json.dumps({"text": article(i), "outlet": "Wire", "url": f"https://example.org/{i}"}) + "\n")
    for i in range(split, last):
        (root / "txt" / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
    return root


def cli(*args: str, cwd: Path | None = None, timeout: float = 120, wrap: list[str] | None = None,
        **kw) -> subprocess.CompletedProcess[str]:
    """Run ``quotes ARGS`` in a fresh interpreter, output captured as text (not a terminal)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    env.pop("QUOTES_DB", None)
    return subprocess.run(
        [*(wrap or []), sys.executable, "-m", "quotes", *args],
        cwd=cwd or REPO, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=timeout, **kw,
    )


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr[-3000:]


def documents(db: QuoteDB) -> dict[str, str]:
    """Stored documents: path (or url) -> text."""
    return {p: t for p, t in db._b.rows("SELECT COALESCE(path, url), text FROM documents")}


def assert_whole_documents(db: QuoteDB) -> None:
    """Every stored document holds exactly the quotes a fresh parse of its stored text finds."""
    from quotes.parse import extract

    rows = db._b.rows("SELECT id, text FROM documents")
    stored: dict[int, list[tuple[int, int, str]]] = {i: [] for i, _ in rows}
    for doc, start, end, text in db._b.rows("SELECT document_id, start_char, end_char, text FROM quotes"):
        stored[doc].append((start, end, text))
    for doc_id, text in rows:
        expected = sorted((q.start, q.end, q.text) for q in extract(text))
        assert sorted(stored[doc_id]) == expected, f"document {doc_id} is not whole"


def check_extract(text: str) -> list:
    """Offsets valid; quotes never cross: marked quotes do not overlap each other, reported clauses
    do not overlap each other, and a reported clause holds a marked quote whole or not at all
    (by design "He said the deal was “a clear signal” to Moscow" is a clause holding a partial quote)."""
    from quotes.parse import extract

    found = extract(text)
    assert [q.start for q in found] == sorted(q.start for q in found), "not in text order"
    ends = {"marked": -1, "indirect": -1}
    clauses = [(q.start, q.end) for q in found if q.kind == "indirect"]
    for q in found:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text
        group = "indirect" if q.kind == "indirect" else "marked"
        assert q.start >= ends[group], f"overlapping {group} quotes"
        ends[group] = q.end
        if group == "marked":
            for a, b in clauses:
                assert b <= q.start or q.end <= a or a <= q.start <= q.end <= b, "a quote crosses a reported clause"
        assert q.kind in ("direct", "partial", "indirect")
        assert 0.0 <= q.confidence <= 1.0
        assert q.utterance >= 0
        if q.mention_start is not None:
            assert 0 <= q.mention_start <= q.mention_end <= len(text)
            assert text[q.mention_start : q.mention_end] == q.mention
        for name in ("speaker", "mention", "cue", "via", "method"):
            value = getattr(q, name)
            assert value is None or isinstance(value, str)
    return found


@contextmanager
def tmpfs(point: Path, size: str, why: str) -> Iterator[Path]:
    """A real small filesystem mounted at ``point`` (made), unmounted after; a skip saying ``why`` it is
    needed when it cannot be mounted (not root, no mount)."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or mount is None:
        pytest.skip(f"{why} needs root to mount a tmpfs")
    point.mkdir()
    made = subprocess.run([mount, "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True, text=True)
    if made.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def stored_documents(url: str) -> int:
    """Documents committed in the database at ``url`` (0 before its schema exists), read from outside."""
    if url.startswith("postgresql"):
        import psycopg

        from quotes.store.engine import PostgresBackend

        with psycopg.connect(PostgresBackend.conninfo(url), connect_timeout=5) as conn:
            try:
                return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except psycopg.errors.UndefinedTable:
                return 0
    if not Path(url).exists():
        return 0
    conn = sqlite3.connect(f"file:{url}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # schema not made yet
        return 0
    finally:
        conn.close()

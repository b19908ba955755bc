"""The base corpus (BBC news when present) and the replicated scale corpus.

The scale corpus repeats the base corpus until it holds the requested number of
quotes (counted once with ``quotes.extract``). Each copy of an article gets a
distinct id, a publication date and a one-line dateline, so that its text (and
sha256) differs from every other copy. It is streamed to a JSONL file under the
work directory and reused while the base corpus and the quote count agree.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .generated import generated_documents

__all__ = ["BaseCorpus", "ScaleCorpus", "load_base", "build_scale", "iter_jsonl", "bbc_path"]

_FIRST_DAY = date(2000, 1, 1)
_SPAN_DAYS = (date(2024, 12, 31) - _FIRST_DAY).days


def bbc_path(repo: Path) -> Path:
    env = os.environ.get("QUOTES_BBC_CORPUS")
    return Path(env) if env else repo / ".." / "shared" / "corpus" / "bbc.jsonl"


@dataclass
class BaseCorpus:
    name: str
    path: Path
    """A JSONL file of the documents (the source itself or a generated copy)."""
    documents: list[dict[str, str]]
    megabytes: float
    """Article text in UTF-8, in millions of bytes."""

    @property
    def texts(self) -> list[str]:
        return [d["text"] for d in self.documents]


@dataclass
class ScaleCorpus:
    path: Path
    documents: int
    replicas: int
    quotes: int
    megabytes: float


def iter_jsonl(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _write_jsonl(path: Path, docs) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    tmp.replace(path)


def load_base(repo: Path, workdir: Path, limit: int | None = None) -> BaseCorpus:
    """The BBC corpus (first ``limit`` articles), or a generated one when it is absent."""
    source = bbc_path(repo)
    if source.is_file():
        name = f"BBC news ({source.name})"
        docs = []
        for d in iter_jsonl(source):
            docs.append({k: d[k] for k in ("doc_id", "category", "title", "text") if k in d})
            if limit and len(docs) >= limit:
                break
    else:
        name = "generated (bbc.jsonl absent)"
        docs = list(generated_documents(limit or 2000))
    if limit or not source.is_file():
        path = workdir / f"base-{'bbc' if source.is_file() else 'gen'}-{len(docs)}.jsonl"
        if not path.exists():
            _write_jsonl(path, docs)
    else:
        path = source
    mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    return BaseCorpus(f"{name}, {len(docs):,} articles, {mb:.1f} MB", path, docs, mb)


def replica(doc: dict[str, str], copy: int, index: int, total: int) -> dict[str, str]:
    """Copy ``copy`` of the ``index``-th base document: own id, date and dateline."""
    day = _FIRST_DAY + timedelta(days=((copy * total + index) * 7919) % _SPAN_DAYS)
    dateline = f"London, {day.day} {day:%B %Y} (edition {copy})"
    return {
        "doc_id": f"{doc['doc_id']}-{copy:04d}",
        "title": doc.get("title", ""),
        "category": doc.get("category", ""),
        "outlet": "BBC News",
        "published": day.isoformat(),
        "text": f"{dateline}\n\n{doc['text']}",
    }


def build_scale(base: BaseCorpus, quotes_per_pass: int, target_quotes: int, workdir: Path) -> ScaleCorpus:
    """Stream enough replicas of ``base`` to hold ``target_quotes`` quotes."""
    replicas = max(1, math.ceil(target_quotes / max(1, quotes_per_pass)))
    stem = base.path.stem
    path = workdir / f"scale-{stem}-{len(base.documents)}x{replicas}.jsonl"
    meta_path = path.with_suffix(".meta.json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        return ScaleCorpus(path, meta["documents"], replicas, quotes_per_pass * replicas, meta["megabytes"])
    for stale in workdir.glob(f"scale-{stem}-{len(base.documents)}x*"):
        stale.unlink()  # an older size (the parser's quote count changed): 0.5 GB each
    n = len(base.documents)
    size = 0
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for copy in range(replicas):
            for i, doc in enumerate(base.documents):
                d = replica(doc, copy, i, n)
                size += len(d["text"].encode("utf-8"))
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    tmp.replace(path)
    meta = {"documents": n * replicas, "megabytes": size / 1e6}
    meta_path.write_text(json.dumps(meta))
    return ScaleCorpus(path, n * replicas, replicas, quotes_per_pass * replicas, size / 1e6)

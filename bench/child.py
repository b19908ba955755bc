"""Work run in a fresh interpreter so that its peak RSS is its own.

``python -m bench.child TASK ARGS...`` does one task and prints one JSON line:
the task's counters plus ``seconds`` and ``peak_rss_mb`` (ru_maxrss of this
process) and ``children_rss_mb`` (the largest finished child, for worker pools).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

__all__ = ["peak_rss_mb", "run_task"]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(who).ru_maxrss / 1024


def _extract_stream(path: str) -> dict[str, float]:
    from quotes.parse import extract

    from .corpus import iter_jsonl

    docs = quotes = size = 0
    for d in iter_jsonl(Path(path)):
        quotes += len(extract(d["text"]))
        size += len(d["text"].encode("utf-8"))
        docs += 1
    return {"documents": docs, "quotes": quotes, "megabytes": size / 1e6}


def _ingest(path: str, db: str, jobs: str) -> dict[str, float]:
    from .store_adapter import ingest_jsonl

    return ingest_jsonl(Path(path), Path(db), int(jobs))


def _export(db: str, out: str) -> dict[str, float]:
    from .store_adapter import export_csv

    return export_csv(Path(db), Path(out))


def _idle() -> dict[str, float]:
    import quotes  # noqa: F401

    return {}


TASKS = {"extract-stream": _extract_stream, "ingest": _ingest, "export": _export, "idle": _idle}


def run_task(name: str, args: list[str]) -> dict[str, float]:
    t0 = time.perf_counter()
    result = dict(TASKS[name](*args))
    result["seconds"] = time.perf_counter() - t0
    result["peak_rss_mb"] = peak_rss_mb()
    result["children_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return result


if __name__ == "__main__":
    print(json.dumps(run_task(sys.argv[1], sys.argv[2:])))

"""Work run in a fresh interpreter so that its peak RSS is its own.

``python -m bench.child TASK ARGS...`` does one task and prints one JSON line:
the task's counters plus ``seconds`` (wall), ``cpu_seconds`` (this process),
``children_cpu_seconds`` (its worker processes) and ``peak_rss_mb``.

Peak RSS is ``VmHWM`` from /proc/self/status where there is one. ``ru_maxrss``
is no good here: on Linux a child started by fork/vfork + exec inherits the
parent's high-water mark (a 300 MB parent makes every child report >= 300 MB),
so the suite's own memory would leak into every figure.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

__all__ = ["peak_rss_mb", "run_task"]


def peak_rss_mb() -> float:
    """This process's own peak resident set size in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _extract_stream(path: str) -> dict[str, float]:
    from quotes import extract

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


def _export(db: str, out: str, until: str = "") -> dict[str, float]:
    from .store_adapter import export_csv

    return export_csv(Path(db), Path(out), until or None)


def _idle() -> dict[str, float]:
    import quotes  # noqa: F401

    return {}


TASKS = {"extract-stream": _extract_stream, "ingest": _ingest, "export": _export, "idle": _idle}


def run_task(name: str, args: list[str]) -> dict[str, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    result = dict(TASKS[name](*args))
    result["seconds"] = time.perf_counter() - t0
    result["cpu_seconds"] = time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["children_cpu_seconds"] = children.ru_utime + children.ru_stime
    result["peak_rss_mb"] = peak_rss_mb()
    return result


if __name__ == "__main__":
    print(json.dumps(run_task(sys.argv[1], sys.argv[2:])))

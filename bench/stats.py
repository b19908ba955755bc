"""Medians, percentiles and timing helpers shared by the benchmark families."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

__all__ = ["median", "percentile", "timed_runs", "run_child"]


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def timed_runs(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``fn``."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def run_child(task: str, *args: object, timeout: float = 3600) -> dict[str, float]:
    """Run ``bench.child`` TASK in a fresh interpreter; its JSON result.

    Raises RuntimeError with the child's last error line when it fails.
    """
    import json
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", "bench.child", task, *map(str, args)],
        capture_output=True, text=True, timeout=timeout, cwd=repo,
    )
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
        raise RuntimeError(lines[-1] if lines else f"exit status {proc.returncode}")
    return json.loads(proc.stdout.strip().splitlines()[-1])

"""Cold start of the command line, timed as a user sees it: a new process each run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .context import Context
from .report import Row, unavailable
from .stats import median

__all__ = ["run"]

FAMILY = "startup"
HELP_S = 0.3
SEARCH_S = 0.6


def quotes_command() -> list[str]:
    """The installed ``quotes`` script beside this interpreter, else ``python -m quotes``."""
    script = Path(sys.executable).with_name("quotes")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("quotes")
    return [found] if found else [sys.executable, "-m", "quotes"]


def _time_command(args: list[str], runs: int, env: dict[str, str], cwd: Path) -> float:
    cmd = quotes_command() + args
    subprocess.run(cmd, capture_output=True, env=env, timeout=60, cwd=cwd)  # warm the OS file cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env, timeout=60, cwd=cwd)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            err = proc.stderr.decode(errors="replace").strip().splitlines()
            raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {err[-1] if err else ''}")
    return median(times)


def _python_floor(runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True, timeout=60)
        times.append(time.perf_counter() - t0)
    return median(times)


def run(ctx: Context, search_db: Path | None = None, search_args: list[str] | None = None) -> list[Row]:
    runs = max(5, ctx.settings.runs * 2)
    env = dict(os.environ)
    floor = _python_floor(runs)
    rows = []
    try:
        t = _time_command(["--help"], runs, env, ctx.repo)
        rows.append(Row(FAMILY, "cold start: quotes --help", f"{t * 1000:.0f} ms", f"<= {HELP_S * 1000:.0f} ms",
                        t <= HELP_S, f"{t / floor:.1f}x a bare `python -c pass` ({floor * 1000:.0f} ms)"))
    except Exception as exc:
        rows.append(unavailable(FAMILY, "cold start: quotes --help", f"<= {HELP_S * 1000:.0f} ms", str(exc)))
    what, target = "cold start: quotes search", f"<= {SEARCH_S * 1000:.0f} ms"
    if search_db is None or search_args is None:
        rows.append(unavailable(FAMILY, what, target, "no database to search (store missing or ingest failed)"))
        return rows
    try:
        t = _time_command(search_args, runs, env, ctx.repo)
        rows.append(Row(FAMILY, what, f"{t * 1000:.0f} ms", target, t <= SEARCH_S,
                        f"{t / floor:.1f}x a bare `python -c pass`",
                        f"`quotes {' '.join(search_args)}` with the database of {ctx.db_size}"))
    except Exception as exc:
        rows.append(unavailable(FAMILY, what, target, str(exc)))
    return rows

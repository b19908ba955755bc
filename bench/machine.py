"""What the figures were measured on."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

__all__ = ["describe_machine", "git_commit"]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def git_commit(repo: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def describe_machine(repo: Path) -> dict[str, str]:
    return {
        "CPU": _cpu_model(),
        "cores available": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "Python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "SQLite": _sqlite_version(),
        "OS": f"{platform.system()} {platform.release()}",
        "commit": git_commit(repo),
        "load average at start (1/5/15 min)": _load(),
    }


def _load() -> str:
    """Other work on the machine inflates every timing: say how busy it was."""
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"

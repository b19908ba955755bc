"""Where the five seed articles live: beside the package in a checkout, or under the current directory."""

from __future__ import annotations

from pathlib import Path

__all__ = ["find_seeds"]


def find_seeds() -> Path | None:
    """The repository's ``seeds/`` folder, or ``None`` when neither place has one."""
    for candidate in (Path(__file__).resolve().parent.parent / "seeds", Path.cwd() / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None

"""Call-stack profiles (pyinstrument) attached to rows that miss their target."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["profile_text"]


def profile_text(fn: Callable[[], object], max_lines: int = 45) -> str:
    """pyinstrument's text report of one call of ``fn``, or why there is none."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "(pyinstrument not installed: pip install -e '.[test]')"
    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    # Drop pyinstrument's banner (logo, recording time); keep "Duration" and the tree.
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith((" _", " /_", "/   _"))]
    if len(lines) > max_lines:
        lines = lines[:max_lines] + [f"... ({len(lines) - max_lines} more lines)"]
    return "\n".join(lines)

"""The TUI on the scale database: keystroke to new results on screen, driven by Pilot."""

from __future__ import annotations

from .context import Context
from .report import Row, unavailable

__all__ = ["run"]

FAMILY = "tui"
P95_MS = 150.0


def run(ctx: Context) -> list[Row]:
    try:
        import tui.app  # noqa: F401
    except Exception as exc:
        return [unavailable(FAMILY, "TUI: keystroke to new results (Pilot)", f"p95 <= {P95_MS:g} ms",
                            f"tui.app not importable: {type(exc).__name__}: {exc}")]
    return [unavailable(FAMILY, "TUI: keystroke to new results (Pilot)", f"p95 <= {P95_MS:g} ms", "not written yet")]

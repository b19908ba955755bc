"""Python's full garbage collections moved out of the way of typing.

A full collection walks every tracked object: with the app up that took 45 ms on an idle
machine and up to 200 ms on a busy one, and Python started one every few keystrokes, right
in the middle of repainting the results. While the app runs, what startup built (modules,
styles, widgets) is frozen out of those walks, automatic full passes are ten times rarer, and
a full pass runs instead once the user has been idle for a second.
"""

from __future__ import annotations

import gc
import time

__all__ = ["IdleCollector"]

FULL_PASS_EVERY = 100
"""Young-generation passes between two automatic full passes (Python's default is 10)."""
IDLE_SECONDS = 1.0
TICK_SECONDS = 0.5


class IdleCollector:
    """Start it once the first screen is up, tell it about input, tick it, stop it at exit."""

    def __init__(self) -> None:
        self._last_input = time.monotonic()
        self._threshold: tuple[int, int, int] | None = None

    def start(self) -> None:
        if self._threshold is None:
            self._threshold = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(self._threshold[0], self._threshold[1], FULL_PASS_EVERY)

    def stop(self) -> None:
        """Python's own settings back; the frozen objects become collectable again."""
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)
            gc.unfreeze()
            self._threshold = None

    def input_seen(self) -> None:
        self._last_input = time.monotonic()

    def tick(self) -> None:
        """A full pass if anything was allocated since the last one and the user is idle."""
        idle = time.monotonic() - self._last_input >= IDLE_SECONDS
        if self._threshold is not None and idle and gc.get_count()[2]:
            gc.collect()

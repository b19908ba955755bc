"""The TUI on the scale database: keystroke to new results on screen, driven by Pilot.

Words are typed one key at a time into the search box, each key once the app
is idle again (a person typing, not a paste). A sample runs from posting the
key event to the moment the search screen shows the results for the new text,
plus the screen's pending messages (the repaint). ``Pilot.press`` itself is
not used for the timed part: after sending a key it waits until the process
has been idle for a 20 ms window (``textual._wait.wait_for_idle``), which would
add the harness's own settling time to every sample. The reference is the same
queries made straight on ``QuoteDB`` (search, count and facets, as the screen does).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .context import Context
from .ingest import scale_database
from .report import Row, unavailable
from .stats import percentile

__all__ = ["run"]

FAMILY = "tui"
P95_MS = 150.0
WHAT = "TUI: keystroke to new results on screen (Pilot)"
WORDS = ("government", "Blair", "oil prices", "music", "world cup", "economy")
TIMEOUT_S = 30.0


async def _until(condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the search screen showed no results in time")
        await asyncio.sleep(0.0005)


async def _type_words(db: Any, words: tuple[str, ...]) -> tuple[list[float], float]:
    """Milliseconds from each key press to its results on screen; the first screen's time."""
    from textual import events
    from textual.widgets import Input

    from tui.app import QuotesApp

    app = QuotesApp(db)
    samples: list[float] = []
    t_start = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen

        def showing(text: str) -> Callable[[], bool]:
            return lambda: screen.shown_state is not None and screen.shown_state.query == text

        await _until(showing(""))
        await pilot.pause()
        first_screen = (time.perf_counter() - t_start) * 1000
        box = screen.query_one("#query", Input)
        for word in words:
            box.value = ""
            await _until(showing(""))
            for i, key in enumerate(word):
                await pilot.pause()  # idle before the next key, outside the timing
                t0 = time.perf_counter()
                app.post_message(events.Key("space" if key == " " else key, key))
                await _until(showing(word[: i + 1]))
                await pilot.pause(0)
                samples.append((time.perf_counter() - t0) * 1000)
    return samples, first_screen


def _core_calls(db: Any, words: tuple[str, ...]) -> list[float]:
    """What each keystroke costs the core alone: search, count and facets, in milliseconds."""
    out = []
    for word in words:
        for i in range(1, len(word) + 1):
            prefix = word[:i]
            t0 = time.perf_counter()
            db.search(prefix, limit=50)
            db.count(prefix)
            db.facets(prefix)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def run(ctx: Context) -> list[Row]:
    target = f"p95 <= {P95_MS:g} ms"
    try:
        import tui.app  # noqa: F401
        from tui.screens.search import SearchScreen

        from .store_adapter import close, open_db

        db_path: Path | None = scale_database(ctx)
        db = open_db(db_path)
    except Exception as exc:
        return [unavailable(FAMILY, WHAT, target, f"{type(exc).__name__}: {exc}")]
    words = WORDS[:1] if ctx.settings.quick else WORDS
    try:
        samples, first = asyncio.run(_type_words(db, words))
        core = _core_calls(db, words)
    except Exception as exc:
        return [unavailable(FAMILY, WHAT, target, f"{type(exc).__name__}: {exc}")]
    finally:
        close(db)
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    debounce = getattr(SearchScreen, "DEBOUNCE", 0.0) * 1000
    row = Row(FAMILY, f"{WHAT}, {ctx.db_size}", f"p50 {p50:.0f} ms, p95 {p95:.0f} ms", target,
              p95 <= P95_MS,
              f"core calls alone p50 {percentile(core, 50):.0f} ms, p95 {percentile(core, 95):.0f} ms",
              f"{len(samples)} keystrokes typing {', '.join(repr(w) for w in words)}; "
              f"each key typed once the app is idle (the screen debounces only keys {debounce:.0f} ms apart); "
              f"first screen after {first:.0f} ms")
    if row.passed is False and ctx.settings.profile:
        from .profiling import profile_text

        db = open_db(db_path)
        try:
            row.profile = ("The screen's work runs in a thread worker, out of the profiler's sight; "
                           "this is the core's share, the same calls made directly:\n"
                           + profile_text(lambda: _core_calls(db, words)))
        finally:
            close(db)
    return [row]

"""The TUI on the scale database: keystroke to new results on screen, driven by Pilot.

Words are typed one key at a time into the search box, each key once the app
is idle again (a person typing, not a paste). A sample runs from posting the
key event to the moment the search screen shows the results for the new text,
plus the screen's pending messages (the repaint). ``Pilot.press`` itself is
not used for the timed part: after sending a key it waits until the process
has been idle for a 20 ms window (``textual._wait.wait_for_idle``), which would
add the harness's own settling time to every sample. Each sample also records the
app's own CPU time in the main thread (steadier than wall time on a busy machine).
The screen fetches the facets once a keystroke's rows are painted and typing has
paused; after the last key of each word the time until its facets show is recorded.
The reference is the same queries made straight on ``QuoteDB``: search and count,
which a keystroke waits for, then facets.
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


async def _type_words(db: Any, words: tuple[str, ...]) -> dict[str, Any]:
    """Milliseconds from each key press to its results on screen, and what goes with them.

    Keys: ``samples`` (wall), ``cpu`` (the main thread's CPU per sample), ``facets`` (last
    key of a word to its facets on screen), ``first`` (the first screen).
    """
    from textual import events
    from textual.widgets import Input

    from tui.app import QuotesApp

    app = QuotesApp(db)
    out: dict[str, Any] = {"samples": [], "cpu": [], "facets": []}
    t_start = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen

        def showing(text: str) -> Callable[[], bool]:
            return lambda: screen.shown_state is not None and screen.shown_state.query == text

        def faceted(text: str) -> Callable[[], bool]:
            return lambda: getattr(screen, "faceted", None) is not None and screen.faceted[0].query == text

        await _until(showing(""))
        await pilot.pause()
        out["first"] = (time.perf_counter() - t_start) * 1000
        box = screen.query_one("#query", Input)
        for word in words:
            box.value = ""
            await _until(showing(""))
            for i, key in enumerate(word):
                await pilot.pause()  # idle before the next key, outside the timing
                t0, c0 = time.perf_counter(), time.thread_time()
                app.post_message(events.Key("space" if key == " " else key, key))
                await _until(showing(word[: i + 1]))
                await pilot.pause(0)
                out["samples"].append((time.perf_counter() - t0) * 1000)
                out["cpu"].append((time.thread_time() - c0) * 1000)
            if hasattr(screen, "faceted"):
                await _until(faceted(word))
                out["facets"].append((time.perf_counter() - t0) * 1000)
    return out


def _core_calls(db: Any, words: tuple[str, ...]) -> tuple[list[float], list[float]]:
    """What each keystroke costs the core alone, in milliseconds: search and count; facets."""
    keystroke, facets = [], []
    for word in words:
        for i in range(1, len(word) + 1):
            prefix = word[:i]
            t0 = time.perf_counter()
            db.search(prefix, limit=50, prefix=True)
            db.count(prefix, prefix=True)
            t1 = time.perf_counter()
            db.facets(prefix, prefix=True)
            keystroke.append((t1 - t0) * 1000)
            facets.append((time.perf_counter() - t1) * 1000)
    return keystroke, facets


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
        typed = asyncio.run(_type_words(db, words))
        core, core_facets = _core_calls(db, words)
    except Exception as exc:
        return [unavailable(FAMILY, WHAT, target, f"{type(exc).__name__}: {exc}")]
    finally:
        close(db)
    samples, cpu, facets = typed["samples"], typed["cpu"], typed["facets"]
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    screen = SearchScreen
    debounce = getattr(screen, "DEBOUNCE", 0.0) * 1000
    facets_note = (
        f"; facets on screen {percentile(facets, 50):.0f} ms (median) after a word's last key "
        f"(fetched once its rows are painted and typing paused {getattr(screen, 'FACETS_DELAY', 0) * 1000:.0f} ms)"
        if facets else ""
    )
    row = Row(FAMILY, f"{WHAT}, {ctx.db_size}", f"p50 {p50:.0f} ms, p95 {p95:.0f} ms", target,
              p95 <= P95_MS,
              f"core search+count alone p50 {percentile(core, 50):.0f} ms, p95 {percentile(core, 95):.0f} ms "
              f"(facets p50 {percentile(core_facets, 50):.0f} ms, p95 {percentile(core_facets, 95):.0f} ms)",
              f"{len(samples)} keystrokes typing {', '.join(repr(w) for w in words)}; "
              f"each key typed once the app is idle (the screen debounces only keys {debounce:.0f} ms apart); "
              f"app main-thread CPU per keystroke p50 {percentile(cpu, 50):.0f} ms, p95 {percentile(cpu, 95):.0f} ms"
              f"{facets_note}; first screen after {typed['first']:.0f} ms")
    if row.passed is False and ctx.settings.profile:
        from .profiling import profile_text

        db = open_db(db_path)
        try:
            row.profile = ("The screen's queries run in thread workers, out of the profiler's sight; "
                           "this is the core's share, the same calls made directly:\n"
                           + profile_text(lambda: _core_calls(db, words)))
        finally:
            close(db)
    return [row]

"""Full garbage collections wait for the user to pause; the app leaves Python's collector as it found it."""

from __future__ import annotations

import gc
import time

from tui_support import empty_db, run, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.collector import FULL_PASS_EVERY, IDLE_SECONDS, IdleCollector


def _full_passes(action) -> int:
    """How many full (oldest-generation) collections ``action`` ran."""
    seen = []

    def note(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            seen.append(info)

    gc.callbacks.append(note)
    try:
        action()
    finally:
        gc.callbacks.remove(note)
    return len(seen)


def test_a_full_pass_runs_only_once_the_user_is_idle():
    collector = IdleCollector()
    collector.start()
    try:
        gc.collect(1)  # something was allocated since the last full pass
        collector.input_seen()
        assert _full_passes(collector.tick) == 0  # typing: no full pass
        collector._last_input = time.monotonic() - IDLE_SECONDS
        assert _full_passes(collector.tick) == 1
        assert _full_passes(collector.tick) == 0  # nothing new since: nothing to do
    finally:
        collector.stop()


def test_the_app_freezes_startup_objects_and_restores_the_collector_at_exit(empty_db: QuoteDB):
    before = gc.get_threshold()

    async def scenario() -> None:
        app = QuotesApp(empty_db)
        async with app.run_test() as pilot:
            await settle(pilot)
            assert gc.get_freeze_count() > 0
            assert gc.get_threshold() == (*before[:2], FULL_PASS_EVERY)
            app._collector._last_input = 0.0
            await pilot.press("x")  # input is seen: the next ticks wait for a pause
            assert app._collector._last_input > 0.0

    run(scenario)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before

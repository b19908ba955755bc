"""SVG snapshots of the main screens at a fixed size, on a real SQLite db ingested from the seeds.

The baselines live in tests/__snapshots__/test_tui_snapshots/. When a deliberate change (a new
screen layout, a parser that finds more quotes in the seeds) alters a screen, look at the report
pytest writes and regenerate with:

    .venv/bin/pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from tui_support import SIZE, empty_db, settle, workdir  # noqa: F401 (fixtures)
from tui_support import seeded_db as seeds_db  # noqa: F401 (fixture)

from textual.widgets import Input

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.detail import DetailScreen
from tui.screens.variants import VariantsScreen
from tui.widgets.facets import FacetList
from tui.widgets.results import ResultsTable


FINGERPRINT = Path(__file__).parent / "tui_snapshots_seeds.sha256"


def _fingerprint(db: QuoteDB) -> str:
    """A digest of every stored quote: it changes whenever the parser reads the seeds differently."""
    rows = [dataclasses.astuple(q) for q in db.iter_quotes()]
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


@pytest.fixture
def seeded_db(seeds_db: QuoteDB, request: pytest.FixtureRequest) -> QuoteDB:
    """The seeds db, refusing with a clear reason when the parser changed since the baselines."""
    digest = _fingerprint(seeds_db)
    if request.config.getoption("--snapshot-update"):
        FINGERPRINT.write_text(digest + "\n", encoding="utf-8")
    elif FINGERPRINT.read_text(encoding="utf-8").strip() != digest:
        pytest.fail(
            "the quotes parsed from seeds/ changed since these screenshots were made; check the new"
            " pictures, then: .venv/bin/pytest tests/test_tui_snapshots.py --snapshot-update"
        )
    return seeds_db


def steady(run_before):
    """Run ``run_before``, then stop cursors blinking so the picture does not depend on timing."""

    async def wrapped(pilot) -> None:
        await run_before(pilot)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return wrapped


def snap(snap_compare, app: QuotesApp, run_before) -> bool:
    return snap_compare(app, terminal_size=SIZE, run_before=steady(run_before))


def _typing(text: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(*("space" if ch == " " else ch for ch in text))
        await settle(pilot)

    return run_before


def _then(first, *keys: str):
    async def run_before(pilot) -> None:
        await first(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def _pushing(screen_factory):
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.push_screen(screen_factory())
        await settle(pilot)

    return run_before


def test_search_screen(snap_compare, seeded_db: QuoteDB):
    assert snap(snap_compare, QuotesApp(seeded_db), _typing("sanctions"))


def test_search_filtered_by_a_speaker_sorted_by_date(snap_compare, seeded_db: QuoteDB):
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.screen.post_message(FacetList.Selected("speaker", "Mike Pompeo"))
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        pilot.app.screen.query_one(ResultsTable).focus()
        await settle(pilot)

    assert snap(snap_compare, QuotesApp(seeded_db), run_before)


def test_detail_screen(snap_compare, seeded_db: QuoteDB):
    (quote,) = [q for q in seeded_db.search("regiment") if "[regiment]" in q.text]
    app = QuotesApp(seeded_db)
    assert snap(snap_compare, app, _pushing(lambda: DetailScreen(quote.id, "regiment")))


def test_variants_screen(snap_compare, seeded_db: QuoteDB):
    (quote,) = seeded_db.search("taking many measures")
    app = QuotesApp(seeded_db)
    assert snap(snap_compare, app, _pushing(lambda: VariantsScreen(quote.id)))


def test_compare_speakers_screen(snap_compare, seeded_db: QuoteDB):
    run_before = _then(_typing("sanctions"), "ctrl+o")
    assert snap(snap_compare, QuotesApp(seeded_db), run_before)


def test_timeline_screen(snap_compare, seeded_db: QuoteDB):
    async def run_before(pilot) -> None:
        await _typing('"clear signal"')(pilot)
        await pilot.press("down", "ctrl+t")  # to the results: ctrl+t charts the speaker of the quote moved to
        await settle(pilot)

    assert snap(snap_compare, QuotesApp(seeded_db), run_before)


def test_export_dialog(snap_compare, seeded_db: QuoteDB):
    run_before = _then(_typing("erdogan"), "ctrl+s")
    assert snap(snap_compare, QuotesApp(seeded_db), run_before)


def test_dates_dialog(snap_compare, seeded_db: QuoteDB):
    run_before = _then(_typing("sanctions"), "ctrl+f", "2", "0", "2", "0", "-", "1", "2", "enter")
    assert snap(snap_compare, QuotesApp(seeded_db), run_before)


def test_help_screen(snap_compare, seeded_db: QuoteDB):
    run_before = _then(_typing(""), "f1")
    assert snap(snap_compare, QuotesApp(seeded_db), run_before)


def test_empty_database_offer(snap_compare, empty_db: QuoteDB):
    assert snap(snap_compare, QuotesApp(empty_db), _typing(""))

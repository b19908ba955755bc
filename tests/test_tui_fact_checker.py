"""Session 9 review: a fact-checker tracing one quote through the terminal UI (keyboard only)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from rich.console import Console
from tui_support import empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.compare import CompareScreen
from tui.widgets.facets import FacetList

DANGER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters that must never reach the terminal (tab and newline are fine)."""

# One statement, two outlets: the second wording adds a comma; each URL carries what a hostile page might.
WIRE = (
    ("AP", "2020-12-17", "https://ap.example/\x1b[2J\x1b]52;c;ZXZpbA==\x07story",
     'Ankara\n\n"We will never give up our S-400 systems whatever happens," Erdogan said on Tuesday.\n'),
    ("Daily", "2020-12-16", "https://daily.example/[link=https://evil.example]story[/link]",
     'Istanbul\n\n"We will never give up our S-400 systems, whatever happens," Erdogan told reporters.\n'),
)


def _screen(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def _wire(db: QuoteDB, folder: Path) -> None:
    feed = folder / "wire.jsonl"
    feed.write_text(
        "".join(json.dumps({"outlet": o, "published": d, "url": u, "text": t, "title": o + " story"}) + "\n" for o, d, u, t in WIRE),
        encoding="utf-8",
    )
    assert db.ingest([str(feed)]).ok


def test_no_screen_lets_an_escape_from_a_url_reach_the_terminal(empty_db: QuoteDB, workdir: Path):
    """The variants cards named their source by its raw URL: an ESC sequence in it was drawn as is."""
    _wire(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            seen = {}
            for keys, screen in (((), "SearchScreen"), (("down", "v"), "VariantsScreen"), (("escape", "enter"), "DetailScreen")):
                for key in keys:
                    await pilot.press(key)
                    await settle(pilot)
                assert type(app.screen).__name__ == screen
                seen[screen] = _screen(app)
            leaks = {name: sorted(set(DANGER.findall(text))) for name, text in seen.items() if DANGER.search(text)}
            assert not leaks
            assert "https://daily.example/[link=https://evil.example]story[/link]" in seen["VariantsScreen"]
            assert "https://ap.example/\ufffd[2J\ufffd]52;c;ZXZpbA==\ufffdstory" in seen["VariantsScreen"]

    run(scenario)


def _text(widget) -> str:
    console = Console(width=400, file=io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(widget.content)
    return capture.get()


def test_compare_keeps_the_filters_of_the_search_it_is_opened_from(seeded_db: QuoteDB):
    """Only the speakers' own words (kind: direct) selected, then ctrl+o: compare dropped the filter and
    set the speakers' paraphrases (indirect) side by side."""

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            facets = app.screen.query_one(FacetList)
            facets.focus()
            facets.highlighted = facets.get_option_index("kind=direct")
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen.state.kind == "direct"
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            direct = seeded_db.facets("sanctions", prefix=True, kind="direct").speakers
            assert 0 < len(direct) < len(seeded_db.facets("sanctions", prefix=True).speakers)
            titles = [_text(t).split("\n")[0].strip() for t in app.screen.query(".column-title")]
            assert titles == [name for name, _ in direct[:4]]
            cards = [_text(c) for c in app.screen.query(".quote-card")]
            assert cards and all(" · direct" in c and " · indirect" not in c for c in cards)
            assert "kind: direct" in _text(app.screen.query_one("#compare-filters"))
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.state.kind == "direct"  # back to the search as it was

    run(scenario)

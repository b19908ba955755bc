"""The quotes terminal UI: a thin layer over ``quotes.QuoteDB``; every query runs in a thread worker."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.screen import Screen

from quotes.results import IngestReport, QuoteRecord

from .bindings import APP, Command, bindings
from .rendering import citation, plain
from .screens.search import SearchScreen
from .seeds import find_seeds

if TYPE_CHECKING:  # pragma: no cover
    from quotes.store.api import QuoteDB

__all__ = ["QuotesApp"]

STYLES = Path(__file__).parent / "styles"


class QuotesApp(App[None]):
    """Search, read in context, compare speakers and variants, export and ingest."""

    TITLE = "quotes"
    SUB_TITLE = "who said what, and where"
    CSS_PATH = sorted(STYLES.glob("*.tcss"))
    BINDINGS = bindings(APP)

    def __init__(self, db: QuoteDB, *, seeds: Path | None = None) -> None:
        super().__init__()
        self.db = db
        self.seeds = seeds if seeds is not None else find_seeds()

    def get_default_screen(self) -> Screen:
        return SearchScreen()

    # --- command palette: every action of the current screen, with its key ---------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        commands: tuple[Command, ...] = getattr(screen, "COMMANDS_SHOWN", ())
        for command in commands + APP:
            if command.id == "app.quit":
                continue  # Textual's own "Quit" command is already listed
            action = command.action
            if action.startswith("screen."):
                action = action.removeprefix("screen.")
            namespace = self if command in APP else screen
            yield SystemCommand(
                command.label,
                f"{command.help} ({command.key_display})",
                partial(self.run_action, action, namespace),
            )

    # --- app-wide actions -----------------------------------------------------------------

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_ingest(self, path: str | None = None, start: bool = False) -> None:
        from .screens.ingest import IngestScreen

        self.push_screen(IngestScreen(path, start=start), self._ingested)

    def action_load_seeds(self) -> None:
        if self.seeds is None:
            self.notify("No seeds/ folder found beside the package or here.", severity="error")
            return
        self.action_ingest(str(self.seeds), start=True)

    def _ingested(self, report: IngestReport | None) -> None:
        if report is None:
            return
        for screen in self.screen_stack:
            if isinstance(screen, SearchScreen):
                screen.reload()

    def copy_citation(self, quote: QuoteRecord) -> None:
        text = citation(quote)
        self.copy_to_clipboard(text)
        self.notify(plain(text), title="Copied to the clipboard", markup=False)

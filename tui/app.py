"""The quotes terminal UI: a thin layer over ``quotes.QuoteDB``; every query runs in a thread worker."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen

from quotes.results import QuoteRecord

from .bindings import APP, Command, bindings
from .collector import TICK_SECONDS, IdleCollector
from .ingest_job import IngestFinished, IngestProgress, run_ingest
from .rendering import citation, plain
from .screens.ingest import IngestScreen, summary
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
        self._collector = IdleCollector()

    def get_default_screen(self) -> Screen:
        return SearchScreen()

    # --- the garbage collector's full passes wait for a pause in the typing ----------------

    def on_ready(self) -> None:
        self._collector.start()
        self.set_interval(TICK_SECONDS, self._collector.tick, name="idle collector")

    def on_unmount(self) -> None:
        self._collector.stop()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._collector.input_seen()
        await super().on_event(event)

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
        self.push_screen(IngestScreen(path, start=start))

    def action_load_seeds(self) -> None:
        if self.seeds is None:
            self.notify("No seeds/ folder found beside the package or here.", severity="error")
            return
        self.action_ingest(str(self.seeds), start=True)

    # --- ingest in the background: the dialog may close, the work goes on -----------------

    def start_ingest(self, path: Path) -> bool:
        """Start ingesting ``path`` in a thread worker; False when another ingest is running."""
        if any(w.group == "ingest" and not w.is_finished for w in self.workers):
            return False
        self.run_worker(
            partial(run_ingest, self, path), thread=True, group="ingest", name=f"ingest {path}"
        )
        return True

    def on_ingest_progress(self, message: IngestProgress) -> None:
        self.sub_title = f"ingesting… {message.percent}%"
        for screen in self._ingest_screens():
            screen.show_progress(message)

    def on_ingest_finished(self, message: IngestFinished) -> None:
        self.sub_title = self.SUB_TITLE
        if message.report is not None:
            report = message.report
            self.notify(
                summary(report).plain,
                title="Ingest finished" if report.ok else "Ingest finished with failures",
                severity="information" if report.ok else "warning",
                markup=False,
            )
            for screen in self.screen_stack:
                if isinstance(screen, SearchScreen):
                    screen.reload()
        for screen in self._ingest_screens():
            screen.show_finished(message)

    def _ingest_screens(self) -> list[IngestScreen]:
        return [s for s in self.screen_stack if isinstance(s, IngestScreen)]

    def copy_citation(self, quote: QuoteRecord) -> None:
        text = citation(quote)
        self.copy_to_clipboard(text)
        self.notify(plain(text), title="Copied to the clipboard", markup=False)

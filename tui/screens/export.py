"""Export the current result set to CSV: the filters shown, a path asked, the core does the writing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from quotes.plural import counted

from ..rendering import plain
from ..search_state import SearchState
from .detail import fields_table

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["ExportScreen", "DEFAULT_NAME"]

DEFAULT_NAME = "quotes-export.csv"


class ExportScreen(ModalScreen[int | None]):
    """Dismissed with the number of rows written, or ``None`` when cancelled."""

    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#export-path"

    @dataclass
    class Finished(Message):
        rows: int | None
        error: str | None
        path: str

    def __init__(self, state: SearchState, total: int | None = None, undated: int | None = None) -> None:
        super().__init__()
        self.state = state
        self.total = total
        """How many quotes the export will write, when the search screen has counted them."""
        self.undated = undated
        """With dates: how many matches they leave out for want of a date (said beside the count)."""
        self._replace: str | None = None
        """The existing file the user was told about: exporting to it again replaces it."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label("Export the current results to CSV", classes="dialog-title")
            writes = [] if self.total is None else [("Writes", counted(self.total, "quote"))]
            if self.undated:  # an undated quote is in no date range: not in this file
                writes.append(("Left out", f"{counted(self.undated, 'undated quote')}: no date, so in no date range"))
            yield Static(fields_table([*self.state.describe(), *writes]), id="export-filters")
            yield Label("File")
            yield Input(DEFAULT_NAME, id="export-path", select_on_focus=False)
            yield Checkbox("For Excel: mark the file as UTF-8 (else it shows £ as Â£)", id="export-bom")
            yield Static(self._command(DEFAULT_NAME), id="export-command")
            yield Static(id="export-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", id="export-run", variant="primary")
                yield Button("Cancel", id="export-cancel")

    def _command(self, path: str, bom: bool = False) -> Text:
        """The same export from the command line, for the notes of whoever checks the work."""
        text = Text("Same as: ", style="dim")
        text.append(plain(self.state.export_command(path.strip() or "FILE", bom)))
        return text

    @on(Input.Changed, "#export-path")
    @on(Checkbox.Changed, "#export-bom")
    def _options_changed(self) -> None:
        path, bom = self.query_one("#export-path", Input).value, self.query_one("#export-bom", Checkbox).value
        self.query_one("#export-command", Static).update(self._command(path, bom))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-run")
    def _run(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self._message(Text("Give a file name.", style="bold red"))
            return
        if path != self._replace and _is_file(path):  # an earlier export is not lost unasked
            self._replace = path
            self._message(Text(f"{plain(path)} exists: Export again to replace it.", style="bold yellow"))
            return
        self.query_one("#export-run", Button).disabled = True
        self._message(Text("Exporting…", style="dim"))
        self._export(path, self.query_one("#export-bom", Checkbox).value)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: str, bom: bool) -> None:
        target = Path(path).expanduser()
        try:
            rows = self.app.db.export_csv(
                target, query=self.state.query, sort=self.state.sort, bom=bom, **self.state.filters()
            )
        except (OSError, ValueError) as exc:  # no such folder, no permission, a NUL byte
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.post_message(self.Finished(None, reason, path))
            return
        self.post_message(self.Finished(rows, None, str(target.resolve())))  # where it went, in full

    def on_export_screen_finished(self, message: Finished) -> None:
        if message.error is not None:
            self.query_one("#export-run", Button).disabled = False
            self._message(Text(f"Cannot write {plain(message.path)}: {plain(message.error)}", style="bold red"))
            return
        self.app.notify(
            f"Wrote {counted(message.rows or 0, 'quote')} to {plain(message.path)}", title="Export", markup=False
        )
        self.dismiss(message.rows)

    def _message(self, text: Text) -> None:
        self.query_one("#export-message", Static).update(text)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def _is_file(path: str) -> bool:
    try:
        return Path(path).expanduser().is_file()
    except (OSError, ValueError):  # a name the OS refuses: the export says why
        return False

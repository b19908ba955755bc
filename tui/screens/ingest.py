"""Ingest a file or a folder from the TUI, with progress; the search refreshes when it is done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Label, ProgressBar, Static

from quotes.plural import counted
from quotes.results import IngestReport

from ..ingest_job import IngestFinished, IngestProgress
from ..rendering import plain

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["IngestScreen", "summary"]


def summary(report: IngestReport) -> Text:
    text = Text(
        f"{counted(report.documents, 'new document')}, {counted(report.quotes, 'quote')}, {counted(report.speakers, 'speaker')}"
        f", {report.skipped} skipped"
        + (f" ({counted(report.copies, 'copy', 'copies')} of stored texts recorded)" if report.copies else "")
    )
    if report.failed:
        text.append(f", {len(report.failed)} failed", style="bold red")
        for failure in report.failed:
            text.append(f"\n  {plain(failure.path)}: {plain(failure.reason)}", style="red")
    if report.warnings:
        n = len(report.warnings)
        text.append(f", {counted(n, 'warning')}", style="bold yellow")
        for warning in report.warnings:
            text.append(f"\n  {plain(warning.path)}: {plain(warning.reason)}", style="yellow")
    return text


class IngestScreen(ModalScreen[IngestReport | None]):
    """Dismissed with the ``IngestReport`` (``None`` when closed without ingesting)."""

    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = [Binding("escape", "close", "Close")]
    AUTO_FOCUS = "#ingest-path"

    def __init__(self, path: str | None = None, *, start: bool = False) -> None:
        super().__init__()
        self.initial_path = path or ""
        self.start = start
        self.report: IngestReport | None = None
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-dialog", classes="dialog"):
            yield Label("Ingest articles (.txt, .jsonl, .html) from a file or a folder", classes="dialog-title")
            yield Input(self.initial_path, placeholder="Path to a file or a folder", id="ingest-path")
            yield DirectoryTree(Path.cwd(), id="ingest-tree")
            yield ProgressBar(id="ingest-progress", show_eta=False)
            with VerticalScroll(id="ingest-outcome"):
                yield Static(id="ingest-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Ingest", id="ingest-run", variant="primary")
                yield Button("Close", id="ingest-close")

    def on_mount(self) -> None:
        self.query_one(ProgressBar).display = False
        if self.start:
            self._run()

    @on(DirectoryTree.FileSelected)
    @on(DirectoryTree.DirectorySelected)
    def _picked(self, event: DirectoryTree.FileSelected | DirectoryTree.DirectorySelected) -> None:
        self.query_one("#ingest-path", Input).value = str(event.path)

    @on(Input.Submitted, "#ingest-path")
    @on(Button.Pressed, "#ingest-run")
    def _run(self) -> None:
        if self.running:
            return
        raw = self.query_one("#ingest-path", Input).value.strip()
        if not raw:
            self._message(Text("Pick a file or a folder first.", style="bold red"))
            return
        path = Path(raw).expanduser()
        try:
            found = path.exists()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte
            self._message(Text(f"Cannot use that path: {plain(exc)}", style="bold red"))
            return
        if not found:
            self._message(Text(f"No such file or folder: {plain(raw)}", style="bold red"))
            return
        if not self.app.start_ingest(path):
            self._message(Text("Another ingest is still running.", style="bold red"))
            return
        self.running = True
        self.query_one(DirectoryTree).display = False  # its room goes to the progress and the outcome
        self.query_one("#ingest-run", Button).disabled = True
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self._message(Text(f"Ingesting {plain(raw)}…", style="dim"))

    def show_progress(self, message: IngestProgress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)
        name = plain(Path(message.path).name)
        self._message(Text(f"{message.percent}%  {name}", style="dim"))

    def show_finished(self, message: IngestFinished) -> None:
        """Close on success (the app has notified and refreshed); stay open to show failures and warnings."""
        self.running = False
        self.query_one("#ingest-run", Button).disabled = False
        if message.report is None:
            self.query_one(ProgressBar).display = False  # nothing is under way: no bar left running
            self._message(Text(f"Ingest failed: {plain(message.error)}", style="bold red"))
            return
        self.report = message.report
        bar = self.query_one(ProgressBar)
        bar.update(total=bar.total or 1, progress=bar.total or 1)
        if message.report.ok and not message.report.warnings:
            self.dismiss(message.report)
        else:  # done: the bar's room goes to the failures, so that on 24 lines the buttons stay in view
            bar.display = False
            self._message(summary(message.report))

    def _message(self, text: Text) -> None:
        message = self.query_one("#ingest-message", Static)
        message.update(text)
        self.call_after_refresh(message.scroll_visible, animate=False)

    @on(Button.Pressed, "#ingest-close")
    def action_close(self) -> None:
        if self.running:
            self.app.notify("The ingest goes on; the results refresh when it is done.", title="Ingest")
        self.dismiss(self.report)

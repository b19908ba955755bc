"""Ingest a file or a folder from the TUI, with progress; the search refreshes when it is done."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Label, ProgressBar, Static

from quotes.results import IngestReport

from ..rendering import plain

__all__ = ["IngestScreen", "summary"]


def summary(report: IngestReport) -> Text:
    text = Text(
        f"{report.documents} new documents, {report.quotes} quotes, {report.speakers} speakers"
        f", {report.skipped} skipped"
    )
    if report.failed:
        text.append(f", {len(report.failed)} failed", style="bold red")
        for failure in report.failed:
            text.append(f"\n  {plain(failure.path)}: {plain(failure.reason)}", style="red")
    return text


class IngestScreen(ModalScreen[IngestReport | None]):
    """Dismissed with the ``IngestReport`` (``None`` when closed without ingesting)."""

    BINDINGS = [Binding("escape", "close", "Close")]
    AUTO_FOCUS = "#ingest-path"

    @dataclass
    class Progress(Message):
        done: int
        """Work done so far, in the store's unit (bytes read), out of ``total``."""
        total: int
        path: str

    @dataclass
    class Finished(Message):
        report: IngestReport | None
        error: str | None = None

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
        if not path.exists():
            self._message(Text(f"No such file or folder: {plain(raw)}", style="bold red"))
            return
        self.running = True
        self.query_one("#ingest-run", Button).disabled = True
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self._message(Text(f"Ingesting {plain(raw)}…", style="dim"))
        self._ingest(path)

    @work(thread=True, exclusive=True, group="ingest")
    def _ingest(self, path: Path) -> None:
        def progress(done: int, total: int, current: object) -> None:
            self.post_message(self.Progress(done, total, str(current)))

        try:
            report = self.app.db.ingest([path], progress=progress)
        except OSError as exc:
            self.post_message(self.Finished(None, exc.strerror or str(exc)))
            return
        self.post_message(self.Finished(report))

    def on_ingest_screen_progress(self, message: Progress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)
        percent = message.done * 100 // message.total if message.total else 100
        self._message(Text(f"{percent}%  {plain(Path(message.path).name)}", style="dim"))

    def on_ingest_screen_finished(self, message: Finished) -> None:
        self.running = False
        self.query_one("#ingest-run", Button).disabled = False
        if message.report is None:
            self._message(Text(f"Ingest failed: {plain(message.error)}", style="bold red"))
            return
        self.report = message.report
        bar = self.query_one(ProgressBar)
        bar.update(total=bar.total or 1, progress=bar.total or 1)
        text = summary(message.report)
        if message.report.ok:
            self.app.notify(text.plain, title="Ingest finished", markup=False)
            self.dismiss(message.report)
        else:
            self._message(text)

    def _message(self, text: Text) -> None:
        self.query_one("#ingest-message", Static).update(text)

    @on(Button.Pressed, "#ingest-close")
    def action_close(self) -> None:
        self.dismiss(self.report)

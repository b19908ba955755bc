"""An ingest run in a thread worker owned by the app, so it goes on after its dialog is closed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from quotes.results import IngestReport

if TYPE_CHECKING:  # pragma: no cover
    from .app import QuotesApp

__all__ = ["IngestProgress", "IngestFinished", "run_ingest"]


@dataclass
class IngestProgress(Message):
    done: int
    """Work done so far, in the store's unit (bytes read), out of ``total``."""
    total: int
    path: str

    @property
    def percent(self) -> int:
        return self.done * 100 // self.total if self.total else 100


@dataclass
class IngestFinished(Message):
    path: str
    report: IngestReport | None
    error: str | None = None


def run_ingest(app: QuotesApp, path: Path) -> None:
    """The worker's body: every outcome is posted to the app as a message."""

    def progress(done: int, total: int, current: object) -> None:
        app.post_message(IngestProgress(done, total, str(current)))

    try:
        report = app.db.ingest([path], progress=progress)
    except Exception as exc:  # a disk full, a read-only or vanished database: said, not a crash
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        app.post_message(IngestFinished(str(path), None, f"{type(exc).__name__}: {reason}"))
        return
    app.post_message(IngestFinished(str(path), report))

"""A screen's loading worker that fails says so in a notification; the app keeps running."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from textual.screen import Screen as _Host
else:
    _Host = object  # a mixin: the screen it is mixed into is the Screen

__all__ = ["WorkerErrors"]


class WorkerErrors(_Host):
    """Mixin for screens whose ``@work(..., exit_on_error=False)`` workers read the database."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            reason = " ".join(f"{type(error).__name__}: {error}".split())
            self.notify(reason, title="Could not load", severity="error", markup=False)
            self.load_failed(reason)

    def load_failed(self, reason: str) -> None:
        """Replace what says "Loading…" (the notification goes away; the screen should not wait on)."""

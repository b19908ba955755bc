"""A screen's loading worker that fails says so in a notification; the app keeps running."""

from __future__ import annotations

from textual.worker import Worker, WorkerState

__all__ = ["WorkerErrors"]


class WorkerErrors:
    """Mixin for screens whose ``@work(..., exit_on_error=False)`` workers read the database."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.notify(  # type: ignore[attr-defined]
                f"{type(error).__name__}: {error}",
                title="Could not load",
                severity="error",
                markup=False,
            )

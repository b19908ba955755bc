"""The dates a search is narrowed to: since and until, each a year, a month or a day as typed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from quotes.periods import FORMS, Period

from ..rendering import plain

__all__ = ["DatesScreen"]


class DatesScreen(ModalScreen[Period | None]):
    """Dismissed with the period typed (an open one: any date), or ``None`` when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#dates-since"

    def __init__(self, dates: Period | None = None) -> None:
        super().__init__()
        self.dates = dates or Period()

    def compose(self) -> ComposeResult:
        with Vertical(id="dates-dialog", classes="dialog"):
            yield Label("Only quotes published between two dates", classes="dialog-title")
            yield Static(
                Text(f"Each a year, a month or a day ({FORMS}): since its first day, until its last;"
                     " an empty box leaves that end open.", style="dim"),
                id="dates-help",
            )
            with Horizontal(id="dates-boxes"):
                yield Label("Since", classes="dates-label")
                yield Input(self.dates.since_text, placeholder="e.g. 2019-07", id="dates-since", select_on_focus=False)
                yield Label("Until", classes="dates-label")
                yield Input(self.dates.until_text, placeholder="e.g. 2020", id="dates-until", select_on_focus=False)
            yield Static(id="dates-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply", id="dates-apply", variant="primary")
                yield Button("Any date", id="dates-clear")
                yield Button("Cancel", id="dates-cancel")

    def _typed(self) -> Period | None:
        """The period in the boxes, or None (and the reason shown) when a box holds no date."""
        since, until = (self.query_one(f"#dates-{end}", Input).value for end in ("since", "until"))
        try:
            return Period.typed(since, until)
        except ValueError as exc:
            self.query_one("#dates-message", Static).update(Text(plain(str(exc)), style="bold red"))
            return None

    @on(Input.Submitted, "#dates-since")
    def _since_submitted(self) -> None:
        """enter after "since" goes on to "until" (a second enter applies)."""
        if self._typed() is not None:
            self.query_one("#dates-until", Input).focus()

    @on(Input.Submitted, "#dates-until")
    @on(Button.Pressed, "#dates-apply")
    def _apply(self) -> None:
        if (period := self._typed()) is not None:
            self.dismiss(period)

    @on(Button.Pressed, "#dates-clear")
    def _clear(self) -> None:
        self.dismiss(Period())

    @on(Button.Pressed, "#dates-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

"""Every key binding, grouped by where it works; built from ``tui.bindings``."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from ..bindings import SECTIONS

__all__ = ["HelpScreen", "bindings_table"]


def bindings_table() -> Table:
    table = Table(box=None, padding=(0, 2), show_header=False, expand=True)
    table.add_column("keys", style="bold", no_wrap=True)
    table.add_column("what")
    for title, commands in SECTIONS:
        table.add_row(Text(title, style="bold underline"), "")
        for command in commands:
            keys = " / ".join(k.replace("question_mark", "?").replace("slash", "/") for k in command.keys.split(","))
            table.add_row(keys, Text(f"{command.label}: {command.help}"))
        table.add_row("", "")
    table.add_row(Text("ctrl+p", style="bold"), "Command palette: every action of the current screen")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q,question_mark", "app.pop_screen", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Label("Keys", classes="dialog-title")
            yield Static(bindings_table())

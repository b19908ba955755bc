"""Every key binding, grouped by where it works; built from ``tui.bindings``."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from ..bindings import SECTIONS, Command

__all__ = ["HelpScreen", "bindings_table"]


def _keys(command: Command) -> str:
    return " / ".join(k.replace("question_mark", "?").replace("slash", "/") for k in command.keys.split(","))


def bindings_table() -> Group:
    """Keys and what they do, a table per section under its title: a long title ("A quote card
    (compare, variants)") does not widen the keys column and squeeze the sentences on a narrow terminal."""
    width = max(len(_keys(c)) for _, commands in SECTIONS for c in commands)
    parts: list[RenderableType] = []
    for title, commands in [*SECTIONS, ("", ())]:
        table = Table(box=None, padding=(0, 2), show_header=False, expand=True)
        table.add_column("keys", style="bold", no_wrap=True, width=width)
        table.add_column("what", ratio=1)
        for command in commands:
            table.add_row(_keys(command), Text(f"{command.label}: {command.help}"))
        if title:
            parts += [Padding(Text(title, style="bold underline"), (0, 2)), table, Text("")]
        else:
            table.add_row(Text("ctrl+p", style="bold"), "Command palette: every action of the current screen")
            parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q,question_mark", "app.pop_screen", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Label("Keys", classes="dialog-title")
            yield Static(bindings_table())

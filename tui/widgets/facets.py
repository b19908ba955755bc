"""Facet counts beside the results; selecting a value filters by it, selecting it again drops it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quotes.results import Facets

from ..bindings import FACETS, bindings
from ..rendering import plain
from ..search_state import SearchState

__all__ = ["FacetList"]

_TITLES = (("speaker", "Speakers"), ("outlet", "Outlets"), ("kind", "Kinds"), ("year", "Years"))
_NAME_WIDTH = 22


class FacetList(OptionList):
    """Grouped facet values with counts; the selected ones are marked with ●."""

    BINDINGS = bindings(FACETS)

    @dataclass
    class Selected(Message):
        field: str
        value: str | int

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._values: dict[str, tuple[str, str | int]] = {}
        self._shown: tuple[Facets, dict] | None = None

    def show(self, facets: Facets, state: SearchState) -> None:
        """Replace the options with ``facets``, keeping the highlight on the same value."""
        if (facets, state.filters()) == self._shown:
            return  # nothing changed (a page turned, the sort flipped): keep the list as it is
        self._shown = (facets, state.filters())
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option | None] = []
        self._values = {}
        groups = {
            "speaker": facets.speakers,
            "outlet": facets.outlets,
            "kind": facets.kinds,
            "year": facets.years,
        }
        for field, title in _TITLES:
            if options:
                options.append(None)
            options.append(Option(Text(title, style="bold"), id=f"title-{field}", disabled=True))
            values = groups[field]
            if not values:
                options.append(Option(Text("  none", style="dim"), disabled=True))
            for value, count in values:
                option_id = f"{field}={value}"
                self._values[option_id] = (field, value)
                options.append(Option(self._prompt(value, count, getattr(state, field) == value), id=option_id))
        self.set_options(options)
        if keep in self._values:
            self.highlighted = self.get_option_index(keep)

    @staticmethod
    def _prompt(value: str | int, count: int, active: bool) -> Text:
        name = plain(value)
        if len(name) > _NAME_WIDTH:
            name = name[: _NAME_WIDTH - 1] + "…"
        text = Text("● " if active else "  ", style="bold" if active else "")
        text.append(name.ljust(_NAME_WIDTH), style="bold" if active else "")
        text.append(f"{count:>5}", style="dim")
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id in self._values:
            field, value = self._values[event.option_id]
            self.post_message(self.Selected(field, value))

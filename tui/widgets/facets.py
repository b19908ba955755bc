"""Facet counts beside the results; selecting a value filters by it, selecting it again drops it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    """Grouped facet values with counts; the selected ones are marked with ●. Under the years, greyed,
    how many quotes have no date (``Facets.undated``): those any dates leave out."""

    BINDINGS = bindings(FACETS)

    @dataclass
    class Selected(Message):
        field: str
        value: str | int

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, **kwargs)
        self._values: dict[str, tuple[str, str | int]] = {}
        self._shown: tuple[Facets, dict] | None = None
        self._last: tuple[Facets, SearchState] | None = None
        self._name_width = _NAME_WIDTH

    def show(self, facets: Facets, state: SearchState) -> None:
        """Replace the options with ``facets``, keeping the highlight on the same value."""
        if (facets, state.filters()) == self._shown:
            return  # nothing changed (a page turned, the sort flipped): keep the list as it is
        self._shown = (facets, state.filters())
        self._last = (facets, state)
        self._name_width = self._fitting_name_width()
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option | None] = []
        self._values = {}
        groups: dict[str, tuple[tuple[str | int, int], ...]] = {
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
            undated = facets.undated if field == "year" else 0
            if not values and not undated:
                options.append(Option(Text("  none", style="dim"), disabled=True))
            for value, count in values:
                option_id = f"{field}={value}"
                self._values[option_id] = (field, value)
                active = state.selects(field, value)
                options.append(Option(self._prompt(value, count, active, self._name_width), id=option_id))
            if undated:  # in no year: a date filter leaves them out (no filter selects them)
                label = "undated (left out)" if state.dates else "undated"
                prompt = self._prompt(label, undated, False, self._name_width)
                options.append(Option(Text(prompt.plain, style="dim"), id="year-undated", disabled=True))
        self.set_options(options)
        if keep in self._values:
            self.highlighted = self.get_option_index(keep)
        self.call_after_refresh(self._fit)

    def _fitting_name_width(self) -> int:
        """The name width that keeps each value on one line beside its count (and the scroll bar, if any)."""
        return max(6, min(_NAME_WIDTH, self.scrollable_content_region.width - 7))  # "● " + name + 5 digits

    def on_resize(self) -> None:
        """Lay the values out again for the new width: a narrow panel shortens the names."""
        self._relayout()

    def _fit(self) -> None:
        """Once laid out: a scroll bar that appeared takes its width from the names."""
        if self._fitting_name_width() < self._name_width:
            self._relayout()

    def _relayout(self) -> None:
        if self._last is not None:
            self._shown = None
            self.show(*self._last)

    @staticmethod
    def _prompt(value: str | int, count: int, active: bool, width: int = _NAME_WIDTH) -> Text:
        name = Text(plain(value), style="bold" if active else "")
        name.truncate(width, overflow="ellipsis", pad=True)  # in cells: 新华社 takes two per letter
        text = Text("● " if active else "  ", style="bold" if active else "")
        text.append_text(name)
        text.append(f"{count:>5}", style="dim")
        return text

    def action_select(self) -> None:
        """Enter (or space) with nothing highlighted yet, as when tab has just landed here, takes the first value."""
        if self.highlighted is None and self._values:
            self.highlighted = self.get_option_index(next(iter(self._values)))
        super().action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id in self._values:
            field, value = self._values[event.option_id]
            self.post_message(self.Selected(field, value))

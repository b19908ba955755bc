"""What the search screen is showing: the query, the facet filters, the dates and the sort order."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from quotes.names import fold
from quotes.periods import Period

__all__ = ["SearchState", "FACET_FIELDS", "PAGE_SIZE"]

PAGE_SIZE = 50
FACET_FIELDS = ("speaker", "outlet", "kind", "year")

Sort = Literal["relevance", "date", "oldest"]
SORTS: tuple[Sort, ...] = get_args(Sort)
SORT_LABELS = {"relevance": "relevance", "date": "date, newest first", "oldest": "date, oldest first"}


@dataclass(frozen=True, slots=True)
class SearchState:
    query: str = ""
    speaker: str | None = None
    outlet: str | None = None
    kind: str | None = None
    dates: Period | None = None
    """The days quotes were published in: typed (ctrl+f), or a year facet selected (the year within them)."""
    sort: Sort = "relevance"
    offset: int = 0

    def filters(self) -> dict[str, Any]:
        """Keyword filters for ``QuoteDB.search``/``count``/``facets``/``export_csv``.

        ``prefix`` is always on: the last word typed matches longer words ("sanc" finds sanctions).
        """
        out: dict[str, Any] = {"prefix": True}
        if self.speaker:
            out["speaker"] = self.speaker
        if self.outlet:
            out["outlet"] = self.outlet
        if self.kind:
            out["kind"] = self.kind
        if self.dates:
            out.update({k: v for k, v in (("since", self.dates.since), ("until", self.dates.until)) if v})
        return out

    @property
    def has_filters(self) -> bool:
        return bool(self.speaker or self.outlet or self.kind or self.dates)

    def toggled(self, field: str, value: str | int) -> SearchState:
        """Select a facet value, or drop it when it is already selected; back to the first page.

        A year narrows the dates to the days of that year they hold (its count is of those); selected
        again, it drops the dates."""
        if field not in FACET_FIELDS:
            raise ValueError(f"unknown facet {field!r}")
        if field == "year":
            year = Period.year(int(value))
            dates = None if self.selects(field, value) else (self.dates and self.dates.overlap(year)) or year
            return replace(self, dates=dates, offset=0)
        change: dict[str, Any] = {field: None if self.selects(field, value) else value}  # one of FACET_FIELDS
        return replace(self, offset=0, **change)

    def selects(self, field: str, value: str | int) -> bool:
        """Whether facet ``value`` is the one selected: an outlet in any of the spellings its
        filter takes as one (the facets show the commonest, which a filter may change); a year
        when the dates lie within it."""
        if field == "year":
            return self.dates is not None and self.dates.within(Period.year(int(value)))
        current = getattr(self, field)
        if field == "outlet" and isinstance(current, str) and isinstance(value, str):
            return fold(current) == fold(value)
        return current == value

    def with_query(self, query: str) -> SearchState:
        return replace(self, query=query, offset=0)

    def with_dates(self, dates: Period | None) -> SearchState:
        """Only quotes published in ``dates`` (None or an open period: any date)."""
        return replace(self, dates=dates or None, offset=0)

    def cleared(self) -> SearchState:
        """Drop the facet filters; when there are none, drop the query."""
        if self.has_filters:
            return replace(self, speaker=None, outlet=None, kind=None, dates=None, offset=0)
        return replace(self, query="", offset=0)

    def sorted_by_next(self) -> SearchState:
        """Relevance, then newest first, then oldest first (who said it first), then relevance again."""
        return replace(self, sort=SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)], offset=0)

    @property
    def sort_label(self) -> str:
        return SORT_LABELS[self.sort]

    def paged(self, offset: int) -> SearchState:
        return replace(self, offset=max(0, offset))

    def export_command(self, csv: str, bom: bool = False) -> str:
        """The ``quotes export`` command line that writes the same rows, in the same order, to ``csv``
        (from the database ``$QUOTES_DB`` or ``--db`` names: it is not written out, a URL may hold a password);
        ``bom``: with a byte-order mark, for Excel."""
        args = ["quotes", "export", "--csv", os.path.expanduser(csv)]  # '~/x.csv' in quotes is no shell's home
        if self.query.strip():
            args += [f"--query={self.query}", "--prefix"]  # the search box's last word is a prefix
        args += [f"--{name}={getattr(self, name)}" for name in ("speaker", "outlet", "kind") if getattr(self, name)]
        if self.dates:  # whole days: the same with a CLI that reads YYYY-MM-DD only
            args += [f"--{k}={v.isoformat()}" for k, v in (("since", self.dates.since), ("until", self.dates.until)) if v]
        return shlex.join([*args, f"--sort={self.sort}", *(["--bom"] if bom else [])])

    def describe(self) -> list[tuple[str, str]]:
        """(label, value) pairs of what narrows the result set, for people to read."""
        rows = [("Query", self.query or "(everything)")]
        for name in ("speaker", "outlet", "kind"):
            value = getattr(self, name)
            if value is not None:
                rows.append((name.capitalize(), str(value)))
        if self.dates:
            rows.append(("Dates", self.dates.label))
        rows.append(("Sorted by", self.sort_label))
        return rows

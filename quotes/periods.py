"""Dates as a fact-checker types them for a filter: a year (2019), a month (2019-07) or a day
(2019-07-12), read as the first day of that period for "since" and its last day for "until"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Period", "period_start", "period_end", "FORMS"]

_FORM = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
FORMS = "2019, 2019-07 or 2019-07-12"


def _bounds(text: str | date) -> tuple[date, date]:
    """The first and the last day of the year, month or day ``text`` names."""
    if isinstance(text, date):
        return text, text
    if not isinstance(text, str):
        raise TypeError(f"a date must be a datetime.date or a string ({FORMS}), not {text!r}")
    m = _FORM.fullmatch(text.strip())
    try:
        if m is None:
            raise ValueError
        year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        if not month:
            return date(year, 1, 1), date(year, 12, 31)
        if not day:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:  # no such form, or no such month or day (2019-13, 2019-02-30)
        raise ValueError(f"not a date ({FORMS}): {text!r}") from None


def period_start(text: str | date) -> date:
    """The first day ``text`` names: 2019 is 2019-01-01, 2019-07 is 2019-07-01."""
    return _bounds(text)[0]


def period_end(text: str | date) -> date:
    """The last day ``text`` names: 2019 is 2019-12-31, 2019-02 is 2019-02-28."""
    return _bounds(text)[1]


@dataclass(frozen=True, slots=True)
class Period:
    """Days from ``since`` to ``until``, both included; either may be open (None). False when both are."""

    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:  # a typo, not an empty period
            raise ValueError(f"since {self.since} is after until {self.until}")

    def __bool__(self) -> bool:
        return bool(self.since or self.until)

    @classmethod
    def typed(cls, since: str = "", until: str = "") -> Period:
        """The period two boxes give ("2019-07", "2020"): an empty box leaves that end open."""
        return cls(period_start(since) if since.strip() else None, period_end(until) if until.strip() else None)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def overlap(self, other: Period) -> Period | None:
        """The days both periods hold; None when they share none."""
        since = max((d for d in (self.since, other.since) if d), default=None)
        until = min((d for d in (self.until, other.until) if d), default=None)
        if since and until and since > until:
            return None
        return Period(since, until)

    def within(self, other: Period) -> bool:
        """Whether every day of this period is in ``other``."""
        return (other.since is None or (self.since is not None and self.since >= other.since)) and (
            other.until is None or (self.until is not None and self.until <= other.until)
        )

    @property
    def since_text(self) -> str:
        """``since`` as short as typing it would give it back: 2019-07-01 is "2019-07"."""
        return _short(self.since, first=True) if self.since else ""

    @property
    def until_text(self) -> str:
        """``until`` likewise: 2020-12-31 is "2020"."""
        return _short(self.until, first=False) if self.until else ""

    @property
    def label(self) -> str:
        """For people to read: "2019", "2019-07", "2019-07-12", "2019-07 – 2020", "since 2019", "until 2020-06"."""
        if not self.until:
            return f"since {self.since_text}" if self.since else "any date"
        if not self.since:
            return f"until {self.until_text}"
        for short in (self.since.isoformat()[:4], self.since.isoformat()[:7], self.since.isoformat()):
            if _bounds(short) == (self.since, self.until):
                return short  # one year, one month or one day
        # the end as precise as the start: "2019-07 – 2019-12", not "2019-07 – 2019"
        return f"{self.since_text} – {_short(self.until, first=False, at_least=len(self.since_text))}"


def _short(day: date, *, first: bool, at_least: int = 4) -> str:
    """The shortest of 2019, 2019-07, 2019-07-12 whose first (or last) day is ``day``, of ``at_least`` letters."""
    for short in (day.isoformat()[:4], day.isoformat()[:7]):
        if len(short) >= at_least and _bounds(short)[0 if first else 1] == day:
            return short
    return day.isoformat()

"""The medium a statement was made through: "in an interview with NTV", "told CBS News",
"according to the Izvestia newspaper", "on Twitter"."""

from __future__ import annotations

import re

from .lexicon import GROUP_NOUNS, MEDIA_NOUNS
from .mentions import NAME_RE

__all__ = ["VIA_HINT", "find_via"]

# An outlet's name may open with a number: "24 TV", "60 Minutes".
_OUTLET = rf"(?:\d+[ \t\u00a0]+)?(?:{NAME_RE.pattern})"
# A medium's noun after its name or adjective: "a Russian newspaper", "the Anadolu news agency".
_MEDIUM = rf"(?:news[ \t\u00a0]+)?(?:{'|'.join(sorted(MEDIA_NOUNS))})\b"
# "according to Turkey’s Western allies": people, not a medium.
_GROUPS = "|".join(sorted(GROUP_NOUNS))
_VIA = re.compile(
    r"\b(?:in|during)[ \t\u00a0]+(?P<interview>(?:an?|the|his|her)[ \t\u00a0]+(?:[\w'’\-]+[ \t\u00a0]+){0,3}?interview"
    rf"(?:[ \t\u00a0]+(?:with|on|to)[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+){{0,2}}{_OUTLET})?)"
    rf"|\b(?:told|tells|telling|tell)[ \t\u00a0]+(?P<told>{NAME_RE.pattern})"
    rf"|\b(?:published|reported|broadcast|aired|quoted)[ \t\u00a0]+(?:by|in|on)[ \t\u00a0]+(?P<pub>{_OUTLET})"
    rf"|\b(?:on|to|in)[ \t\u00a0]+(?P<on>Twitter|Facebook|Instagram|X|Telegram|{_OUTLET}[ \t\u00a0](?:News|TV|Radio))\b"
    rf"|\baccording[ \t\u00a0]+to[ \t\u00a0]+(?P<acc>(?:the[ \t\u00a0]+|an?[ \t\u00a0]+)?(?:[a-z]+[ \t\u00a0]+)?(?>{NAME_RE.pattern})(?![ \t\u00a0]+(?:{_GROUPS})\b)(?:[ \t\u00a0]+(?:(?:pool[ \t\u00a0]+)?(?:report|account|transcript|statement|interview)|{_MEDIUM}))?)"
)


# Cheap test for any word _VIA needs, so the full pattern runs only where it can match ("X" for
# " X": a branch opening with a space would be tried at every space, 1.3x slower).
VIA_HINT = re.compile(r"according|interview|tell|told|published|reported|broadcast|aired|quoted|Twitter|Facebook|Instagram|Telegram|X|News|TV|Radio")


def find_via(text: str, start: int, end: int) -> str | None:
    """The medium a statement was made through, stated in text[start:end]
    ("an interview with NTV", "CBS News", "Izvestia"), or None."""
    if not VIA_HINT.search(text, start, end):
        return None
    m = _VIA.search(text, start, end)
    if not m:
        return None
    return m.group(m.lastgroup).strip() if m.lastgroup else None



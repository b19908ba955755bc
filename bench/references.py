"""The two yardsticks every extraction figure is compared with, in the same run.

``bare_scan`` only pairs double quotation marks: the floor cost of touching the
text. ``naive_extract`` is the thirty-line regex extractor a newsroom script
would start with: quoted stretches plus "X said" / "said X" next to them, and
"he"/"she" resolved to the last name seen.
"""

from __future__ import annotations

import re

__all__ = ["bare_scan", "naive_extract"]

_PAIR = re.compile(r'["\u201c][^"\u201c\u201d]*["\u201d]')


def bare_scan(text: str) -> int:
    """How many pairs of double quotation marks ``text`` holds."""
    return len(_PAIR.findall(text))


_QUOTED = re.compile(r'["\u201c]([^"\u201c\u201d]{1,3000})["\u201d]')
_NAME = r"(?:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}|he|she|they)"
_CUE = r"(?:said|says|added|told|warned|argued|explained)"
_AFTER = re.compile(rf"\s*,?\s*(?:{_CUE}\s+(?P<a>{_NAME})|(?P<b>{_NAME})\s+{_CUE})")
_BEFORE = re.compile(rf"(?P<c>{_NAME})\s+{_CUE}(?:\s+\w+)?\s*[:,]?\s*$")
_PRONOUNS = {"he", "she", "they"}


def naive_extract(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker) of each double-quoted stretch, speaker by cue proximity."""
    out: list[tuple[int, int, str | None]] = []
    last_name: str | None = None
    for m in _QUOTED.finditer(text):
        speaker = None
        after = _AFTER.match(text, m.end(), m.end() + 60)
        if after:
            speaker = after.group("a") or after.group("b")
        else:
            before = _BEFORE.search(text, max(0, m.start() - 60), m.start())
            if before:
                speaker = before.group("c")
        if speaker and speaker.lower() in _PRONOUNS:
            speaker = last_name
        elif speaker:
            last_name = speaker
        out.append((m.start(1), m.end(1), speaker))
    return out

"""Speaker labels of a transcript quoted piece by piece.

News sites print interview transcripts as quoted paragraphs, each opening with
its speaker in capitals: ``"PENCE: Well, look, ..."``. The label is not part
of the words spoken: the mark scanner leaves it out of the quote and
attribution reads the speaker from it.
"""

from __future__ import annotations

import re

__all__ = ["label_at", "label_before"]

_LABEL = r"(?P<label>[A-Z][A-Z'’.\-]+(?:[ \t\u00a0]+[A-Z][A-Z'’.\-]+){0,2})[ \t\u00a0]*:"
_AT = re.compile(_LABEL + r"[ \t\u00a0]+(?=\S)")
_BEFORE = re.compile(r"[^A-Za-z]{0,3}" + _LABEL + r"[ \t\u00a0]*\Z")  # after a mark of 1 or 2 characters
# Capitals and a colon that introduce no speaker.
_NOT_SPEAKERS = frozenset(
    "NOTE UPDATE UPDATED BREAKING WATCH READ CORRECTION CLARIFICATION VIDEO PHOTO PHOTOS LISTEN MORE RELATED "
    "SOURCE SOURCES WARNING ALERT QUESTION ANSWER EDITOR'S EDITOR’S TRANSCRIPT EXCLUSIVE OPINION ANALYSIS "
    "LIVE PS P.S. FACT".split()
)


def _speaker_label(m: re.Match[str] | None) -> re.Match[str] | None:
    if m is None or m.group("label").split()[0] in _NOT_SPEAKERS:
        return None
    return m


def label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """A speaker label opening ``text[start:end]`` (with the space after it), or None."""
    return _speaker_label(_AT.match(text, start, end))


def label_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """A speaker label filling ``text[start:end]`` (an opening mark, then the label, then the words), or None."""
    return _speaker_label(_BEFORE.match(text, start, end))

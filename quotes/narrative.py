"""Where the reporter's narrative resumes inside a quote whose closing mark is missing.

Copy that lost its paragraph breaks runs a quote never closed into the reporter's
sentences: 'Moya confirmed afterwards: "I'm donating my prize money ... to their lives.
His contribution follows pledges by four other players ...'. A later sentence of the
open quote ends it when a reader would take it for the reporter's:

- a third-person report of someone saying something, with no first- or second-person
  word: "Mr Hopkins said that ...", "All companies said they were ...", "Robinson also
  revealed that ...";
- the same with the report in a participle: "Mr Yushchenko was careful not to ..., saying it was";
- a sentence naming in the third person the speaker named with a verb of saying before the
  quote ('Morientes had said: "... But Benitez could yet turn ... should Morientes be reluctant');
- "His/Her ..." after first-person words that name nobody else the pronoun could stand
  for (then it stands for the speaker, named before the quote).

A speaker's own sentences about others ("He said to me, 'go'", "Somebody told me this
was ...") keep their first-person words and stay in the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.cues import cue_lemma

__all__ = ["narrative_resumes"]

# A sentence end inside the quote, then the next sentence's first letter.
_SENTENCE_END = re.compile("[.!?][\"'\u2019\u201d)]*[ \u00a0\t\r\n]+(?=[A-Z])")
_SUBJECT = (
    r"(?:He|She|They|It"
    r"|(?:The|All|Both|Many|Most|Some|Other)\s+[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,3}?"
    r"|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness)\s+[A-Z][\w\u2019'-]+"
    r"|[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2})"
)
# Subject, an adverb or auxiliary, a verb of saying, then "that" or the reported clause's subject.
_REPORT = re.compile(
    _SUBJECT + r"\s+(?:(?:also|later|then|previously|has|have|had)\s+)?(?P<verb>[a-z]+(?:ed|s)|said|told)"
    r"(?:\s+(?:the\s+)?[A-Za-z]+)?\s+(?:that|he|she|it|they|there)\b"
)
# The subject's words reported by a participle later in the sentence: "Mr Yushchenko was careful
# not to turn his back on Russia, ..., saying it was important to ...".
_PARTICIPLE_REPORT = re.compile(r",\s+(?:saying|adding|insisting|warning|arguing|claiming)\s+(?:that|he|she|it|they|there)\b")
_SUBJECT_AT_START = re.compile(_SUBJECT + r"\s+[a-z]")
# Who spoke just before the quote: the name beside the latest verb of saying outside quotes,
# through pronouns ("Morientes had said:", '..., said McClaren. "..." And he said: "...').
_CUE = re.compile(r"\b(?:said|says|added|adds|confirmed|admitted|explained|insisted|told)\b")
_NAME_BEFORE_CUE = re.compile(r"(?:\b([Hh]e|[Ss]he)|\b([A-Z][a-z][\w\u2019'-]*))\s+(?:(?:had|has|also|then|later)\s+)?\Z")
_NAME_AFTER_CUE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\s+)?(?:[A-Z][\w\u2019'-]*\s+)?([A-Z][a-z][\w\u2019'-]*)\b(?=[,.])")
_INTRO_WINDOW = 1500
_NOT_REPORTING = frozenset({"call", "ask", "question", "answer", "thank", "blame", "offer", "quote", "read"})
_HIS_HER = re.compile(r"(?:His|Her)\s+[a-z]")
_FIRST_OR_SECOND = re.compile(
    r"\b(?:I|I'[a-z]+|I\u2019[a-z]+|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e'[a-z]+|[Ww]e\u2019[a-z]+|[Uu]s|[Oo]urs?"
    r"|[Yy]ou|[Yy]ou'[a-z]+|[Yy]ou\u2019[a-z]+|[Yy]ours?)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'[a-z]+|I\u2019[a-z]+|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# Someone the quote's own "his"/"her" could stand for: a third-person pronoun or a capitalised
# word inside a sentence (a name).
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b|[a-z,;:]\s+[A-HJ-Z]")


def narrative_resumes(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]] = ()) -> int:
    """Where the quote open from ``start`` ends: before the first later sentence that reads
    as the reporter's (see the module's docstring), else ``end``. ``quoted``: the (open, close)
    extents of the quotes before ``start``, in text order, where no verb of saying is the reporter's."""
    speaker: re.Pattern[str] | None = None  # the name of who spoke before, read when first needed
    looked = False
    his: tuple[int, int] | None = None  # where "His/Her" stands for the speaker, read when first needed
    for m in _SENTENCE_END.finditer(text, start, end):
        s = m.end()
        nxt = _SENTENCE_END.search(text, s, end)
        e = nxt.start() + 1 if nxt else end
        if _FIRST_OR_SECOND.search(text, s, e):
            continue
        if _HIS_HER.match(text, s):
            his = his or _his_her_span(text, start, end)
            if his[0] <= s <= his[1]:
                return m.start() + len(m.group().rstrip())
        if _reports(text, s, e):
            return m.start() + len(m.group().rstrip())
        if not looked:
            speaker, looked = _speaker_before(text, start, quoted), True
        if speaker is not None and speaker.search(text, s, e):
            return m.start() + len(m.group().rstrip())
    return end


def _his_her_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a sentence opening with "His/Her" means the speaker: after the quote's first
    first-person word, up to its first third-person word or capitalised name."""
    first = _FIRST_PERSON.search(text, start, end)
    if first is None:
        return end, end - 1
    third = _THIRD_PERSON.search(text, start, end)
    return first.end(), third.start() if third else end


def _speaker_before(text: str, start: int, quoted: Sequence[tuple[int, int]]) -> re.Pattern[str] | None:
    """The family name of who spoke before ``start``, as a pattern (the speaker's own words do not
    name them in the third person): the name beside the latest verb of saying outside ``quoted``,
    past "he"/"she"; None when that verb's speaker is no name ("An executive spokesman said:")."""
    floor = max(0, start - _INTRO_WINDOW)
    inside = [(a, b) for a, b in quoted if b > floor]
    cues = [m for m in _CUE.finditer(text, floor, start) if not any(a < m.start() < b for a, b in inside)]
    for cue in reversed(cues):
        before = _NAME_BEFORE_CUE.search(text, max(0, cue.start() - 40), cue.start())
        if before and before.group(1):
            continue  # "he said": the name before
        name = before.group(2) if before else None
        if name is None:
            after = _NAME_AFTER_CUE.match(text, cue.end(), min(len(text), cue.end() + 60))
            name = after.group(1) if after else None
        if name is None or name in ("The", "This", "That", "It", "They", "There"):
            return None
        return re.compile(rf"\b{re.escape(name)}\b")
    return None


def _reports(text: str, s: int, e: int) -> bool:
    m = _REPORT.match(text, s, e)
    if not m:
        return bool(_SUBJECT_AT_START.match(text, s, e) and _PARTICIPLE_REPORT.search(text, s, e))
    lemma = cue_lemma(m.group("verb"))
    return lemma is not None and lemma not in _NOT_REPORTING

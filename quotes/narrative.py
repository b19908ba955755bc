"""Where the reporter's narrative resumes inside a quote whose closing mark is missing.

Copy that lost its paragraph breaks runs a quote never closed into the reporter's
sentences: 'Moya confirmed afterwards: "I'm donating my prize money ... to their lives.
His contribution follows pledges by four other players ...'. A later sentence of the
open quote ends it when a reader would take it for the reporter's:

- a third-person report of someone saying something, with no first- or second-person
  word: "Mr Hopkins said that ...", "All companies said they were ...", "Robinson also
  revealed that ...";
- the same with the report in a participle: "Mr Yushchenko was careful not to ..., saying it was";
- "His/Her ..." after first-person words that name nobody else the pronoun could stand
  for (then it stands for the speaker, named before the quote).

A speaker's own sentences about others ("He said to me, 'go'", "Somebody told me this
was ...") keep their first-person words and stay in the quote.
"""

from __future__ import annotations

import re

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


def narrative_resumes(text: str, start: int, end: int) -> int:
    """Where the quote open from ``start`` ends: before the first later sentence that reads
    as the reporter's (see the module's docstring), else ``end``."""
    for m in _SENTENCE_END.finditer(text, start, end):
        s = m.end()
        nxt = _SENTENCE_END.search(text, s, end)
        e = nxt.start() + 1 if nxt else end
        if not _FIRST_OR_SECOND.search(text, s, e) and (
            _reports(text, s, e) or _his_her_is_the_speaker(text, start, s)
        ):
            return m.start() + len(m.group().rstrip())
    return end


def _reports(text: str, s: int, e: int) -> bool:
    m = _REPORT.match(text, s, e)
    if not m:
        return bool(_SUBJECT_AT_START.match(text, s, e) and _PARTICIPLE_REPORT.search(text, s, e))
    lemma = cue_lemma(m.group("verb"))
    return lemma is not None and lemma not in _NOT_REPORTING


def _his_her_is_the_speaker(text: str, start: int, s: int) -> bool:
    return bool(
        _HIS_HER.match(text, s)
        and _FIRST_PERSON.search(text, start, s)
        and not _THIRD_PERSON.search(text, start, s)
    )

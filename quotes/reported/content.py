"""Where a reported clause starts and ends, and how it sits with the quoted spans.

A clause after its cue ("said in October that CLAUSE") starts after the
adjuncts, a told-object and "that", and runs to the sentence end unless a
cut comes first (", adding", ", according to", a colon, a glued headline).
A clause before its cue ("CLAUSE, the source added") runs from the sentence
start to the comma.

Quoted spans inside a clause: a partial quote (Cavusoglu called the sanctions
a "unilateral move") stays its own quote and the clause covers it whole; a
direct quote ends the clause before its mark. A clause that is all quote is
not reported speech: the quote is already reported, with its speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..attribution.mentions import NAME_RE
from ..model import QuoteRow
from .patterns import ADJUNCT, AUXILIARIES, CONTENT_CUT, GLUED_HEADLINE, NOT_A_CLAUSE, OBJECT_END, OBJECT_SETTING

__all__ = ["OBJECT_THEN_TO", "QuotedIndex", "clause_start", "clause_end", "object_end", "told_object_end", "trim"]

_SPACES = " \t\u00a0"
_LEAD = _SPACES + ",;:\u2014\u2013-"
_TAIL = _SPACES + ",;:.!?\u2026\u2014\u2013-\"“«„"  # an opening mark: the clause stops at a direct quote
_THAT = re.compile(r"[ \t\u00a0]+that\b(?!['’])")  # not "I think that's what ..."
# "told" + its object: a name ("CBS News"), a pronoun or a short noun phrase ("reporters").
_OBJECT = re.compile(
    r"[ \t\u00a0]+(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|the[ \t\u00a0]+\w+|"
    r"(?:a|an|his|her|their|its)[ \t\u00a0]+\w+(?:[ \t\u00a0]+\w+)?)\b"
)
# What may follow that object and still name the addressee: a programme, a medium or a gathering
# ("told the BBC's Breakfast with Frost show", "told Radio 4's Today programme", "told the Reuters news agency",
# "told Labour's spring conference"), then the name of a medium the object did not name ("told the
# newspaper Clarin", "told television channel BFM TV", "told the website www.arsenal.com").
_ADDRESSEE = (
    r"(?:news[ \t\u00a0]+(?:agency|service|channel|programme|program|website|network)|newspaper|paper|magazine"
    r"|programme|program|radio|television|channel|station|website|network|agency|conference|rally|audience"
    r"|summit|convention|congress|hearing|inquiry|forum|committee|show)\b"
)
_OBJECT_TAIL = re.compile(
    rf"(?:[ \t\u00a0]+\d+(?=['’]s\b))?"
    rf"(?:['’]s(?:[ \t\u00a0]+(?:(?:with|of|and|on|the)[ \t\u00a0]+)?[A-Z][\w'’\-]*)*(?:(?:[ \t\u00a0]+[a-z]+){{1,2}}?(?=[ \t\u00a0]+{_ADDRESSEE}))?)?"
    rf"(?:[ \t\u00a0]+{_ADDRESSEE})*"
)
_ENDS_WITH_ADDRESSEE = re.compile(rf"{_ADDRESSEE}\Z")
_MEDIUM_NAME = re.compile(r"[ \t\u00a0]+(?:www\.[^\s,;:]*[^\s,;:.]|[A-Z][\w'’\-]*(?:[ \t\u00a0]+[A-Z][\w'’\-]*)*)")
_THAT_WINDOW = 80
# A noun alone after "that", then a preposition, a comma or the end: "that" is its determiner ("echoed
# that promise on Monday", "decried that math, saying ...").
_THAT_NOUN = re.compile(
    r"[ \t\u00a0]*(?!(?:he|she|it|they|we|i|you|there|this|everyone|everybody|anyone|someone|nobody|all|some|many|most|"
    # a particle ("backed that up") or a time ("support that year") is no noun of what was said
    r"up|down|off|away|back|aside|year|day|week|month|time|night|morning|evening|season|moment)\b)"
    r"[a-z][\w'’\-]*(?<!ly)(?=[,.;:]|[ \t\u00a0]*\Z|[ \t\u00a0]+(?:in|on|at|during|after|before|with|for|from)\b)"
    # and no verb of its own after it: "I see that opinion on his remarks is divided" is a clause
    r"(?![^,.;:]*\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b)"
)
_LATE_WINDOW = 150
# With ``gap`` (the cue's subject follows a relative pronoun: "a bill which critics said was unfair"),
# a clause may open with its verb, the relative pronoun being its subject.
_VERB_AFTER_GAP = frozenset(AUXILIARIES)
_PUNCT = re.compile(r"[,.;:\"“”«»]")
_STOP = re.compile(r"[.;:\"“”«»]")
_PUNCT_OR_DASH = re.compile(r"[,.;:\"“”«»()\u2014\u2013]|[ \t\u00a0]-+[ \t\u00a0]")
# A verb between "told X" and a "that", which then belongs to another clause ("told reporters he believed that").
_VERB_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says|"
    r"thinks?|thought|believes?|knows?|knew|feels?|felt|[a-z]+ed)\b"
)
_LATE_THAT = re.compile(r"[,\u2014\u2013][ \t\u00a0]+that\b[ \t\u00a0]*")
_PREPOSITIONS = "in|on|at|during|to|via|from|with|after|before|over|through"
_ASIDE = re.compile(rf"[ \t\u00a0]*(?:[,\u2014\u2013]|(?:{_PREPOSITIONS})\b)")
_PARTICLE = re.compile(r"[ \t\u00a0]+(?:for|on)\b")
# Words that make a "that" a subordinator, not the opener of what was said: "agreed to allow him to perform on
# condition that requests ... were not too regular", "so that", "given that".
_SUBORDINATING = re.compile(r"\b(?:condition|so|provided|providing|given|now|except|such|order)\Z")
# What may stand between a cue and a late "that": a prepositional phrase, not a clause
# ("said in an interview with NTV that", but not "said he realized that").
_PREPOSITION = re.compile(rf"[ \t\u00a0]*(?:{_PREPOSITIONS})\b")
# What follows a name at the end of a content clause and is the writer's, not the source's: an
# apposition or a relative clause about the name ("..., the presumed Putin favorite", "..., which ...").
_CLOSING_ASIDE = re.compile(r", (?:(?:the|a|an) [a-z]|which\b)")
_LATE_SUBJECT = re.compile(
    r"(?:after|before|during|in|on|at)[ \t\u00a0]+(?:(?!(?:whether|that|if|what|how|why|when|where|who)\b)[\w'’\-]+[ \t\u00a0]+){1,4}?()"
    r"(?=(?:he|she|they|we|I|it|there)[ \t\u00a0]+[a-z])"
)
_LAST_DAY = re.compile(
    r" on[ \t\u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \t\u00a0]+(?:night|morning|afternoon|evening))?(?=[ \t\u00a0]+(?:at|in|during)[ \t\u00a0]+(?:a|an|the|his|her|their)\b[^,;]*\Z)"
)
_LAST_DAY_WINDOW = 90
_WORD = re.compile(r"[^\s\"'“”‘’«»„‚‹›`.,;:!?()\[\]{}\-–—…/]+")
# A clause that only leads into the quote right after it ("things such as, \"We're not all meant to be equal\"",
# "questions, including: \"...\""): its words say nothing until the quote does.
_LEADS_INTO_QUOTE = re.compile(r"\b(?:such[ \t\u00a0]+as|including|like|because|as)\Z")
_LEADING_WORDS = ("as", "including", "like", "because")  # how every one of those ends
_BEFORE_QUOTE = re.compile(r"[ \t\u00a0,:]*[\"“”'‘`]*")


def _words(text: str, start: int, end: int) -> int:
    """How many words text[start:end] holds, up to 2 (all ``fit`` asks); marks and punctuation
    are no words."""
    first = _WORD.search(text, start, end)
    if first is None:
        return 0
    return 1 if _WORD.search(text, first.end(), end) is None else 2


def clause_start(
    text: str, cue_end: int, end: int, told: bool, call: bool = False, gap: bool = False, clausal: bool = False
) -> int | None:
    """Where the clause reported by the cue ending at ``cue_end`` starts, or None when the cue
    opens a quotation instead ("said:", "said, “..."), or what follows is an adjunct or a gap
    rather than a clause ("said in remarks published by Izvestia", "analysts said was sure").
    ``clausal``: the cue may report a bare clause, so one may follow a short adjunct ("said after
    the convention he would ...")."""
    pos = cue_end
    particle = _PARTICLE.match(text, pos, end) if call else None
    if particle is not None:  # "called for the ratification", "called on Congress to"
        pos = particle.end()
    if told and not _THAT.match(text, pos, end):
        pos = told_object_end(text, pos, end)
        at = text.find(" that ", pos, min(end, pos + _THAT_WINDOW))
        if (
            at >= 0
            and not _PUNCT_OR_DASH.search(text, pos, at)
            and not _VERB_WORD.search(text, pos, at)
            and not _VERB_WORD.match(text, at + 6, end)  # "told a crowd at Hamburger Mary's that spilled out": a relative
        ):
            # "told The Post and Courier newspaper of Charleston on Saturday that ...": the addressee runs on
            return at + 6
    adjunct = ADJUNCT.match(text, pos, end)
    pos = adjunct.end() if adjunct else pos
    that = _THAT.match(text, pos, end)
    if that is not None and not clausal and _THAT_NOUN.match(text, that.end(), end):
        that = None  # "echoed that promise on Monday": a determiner, the object starts with it
    if that is None:
        if _ASIDE.match(text, pos, end):
            # "said in an interview with NTV that ...": a "that" shortly after, no punctuation between.
            at = text.find(" that ", pos, min(end, pos + _THAT_WINDOW))
            if at >= 0 and _PREPOSITION.match(text, pos, end) and not _PUNCT.search(text, pos, at) and not _SUBORDINATING.search(text, pos, at):
                return at + 6
            # "said on CNN, where he is now a contributor, that ...", "said — on Twitter — that ...":
            # an aside set off by commas or dashes before the "that".
            late = _LATE_THAT.search(text, pos, min(end, pos + _LATE_WINDOW))
            if late is not None and not _STOP.search(text, pos, late.start()):
                return late.end()
    else:
        return that.end()
    rest = text[pos : pos + 3].lstrip(_SPACES)
    if rest[:1] in (":", ",", "\u2014", "\u2013") or not rest:
        return None
    while pos < end and text[pos] in _SPACES:
        pos += 1
    m = NOT_A_CLAUSE.match(text, pos, end)
    if m is not None and not (gap and m.group() in _VERB_AFTER_GAP):
        # "Trump said after the convention he would not accept ...": a short adjunct, then a subject pronoun
        late = _LATE_SUBJECT.match(text, pos, end) if clausal else None
        return late.end(1) if late is not None else None
    return pos


def told_object_end(text: str, pos: int, end: int) -> int:
    """Past the object of "told" at ``pos``: a name ("CBS News"), a pronoun or a short noun phrase."""
    name = NAME_RE.match(text, pos + 1, end) if text[pos : pos + 1] == " " else None
    obj = name or _OBJECT.match(text, pos, end)
    at = pos if obj is None else obj.end()
    if text[at - 2 : at] in ("'s", "’s"):  # the name took its possessive: "Labour's spring conference"
        at -= 2
    tail = _OBJECT_TAIL.match(text, at, end)
    if tail is None:
        return at
    at = tail.end()
    if _ENDS_WITH_ADDRESSEE.search(text, pos, at) and not any(c.isupper() for c in text[pos:at]):
        medium = _MEDIUM_NAME.match(text, at, end)  # "the newspaper Clarin"
        if medium is not None:
            return medium.end()
    return at


# A short list item before ", and": "in Ohio, Florida, and Nevada" (no new clause starts there).
_LIST_ITEM = re.compile(
    r",[ \t\u00a0]+(?!(?:and|or|but|however|though|too|also|instead|then|now|indeed)\b)"
    r"(?![^,]*\b(?:is|are|was|were|has|have|had|did|does)\b)(?:[\w'’.\-]+[ \t\u00a0]+){0,3}[\w'’.\-]+\Z"
)
# The next attribution's subject and cue, closing the sentence or opening a direct quote: "..., and when
# pressed on why, the 34-year-old mother of three replied, "It's ...", "... ― Trump boasted." (not a
# relative: "a claim that Gowdy's office disputes", "in which Adelson said").
_NEXT_CUE_OPENING = re.compile(r",?[ \t\u00a0]+(?:and|but)[ \t\u00a0]+(?:when|as|after|once|asked)\b")
_NEXT_CUE_OPENING_CHARS = 100
_NEXT_CUE = re.compile(
    r"(?:,|[ \t\u00a0][―—–-]+)[ \t\u00a0]+(?!(?:but|and|though|although|as|when|while|after|because|in|which|who|where)\b)"
    r"(?:(?!(?:that|which|who)\b)[\w.'’\-]+[ \t\u00a0]+){0,6}?"
    r"(?:said|says|replied|replies|responded|boasted|noted|added|argued|insisted|told|wrote|explained|"
    r"acknowledged|admitted|conceded|recalled|warned|claimed|contended)(?=[ \t\u00a0.!?:,]*(?:\Z|[\"“]))"
)


def clause_end(text: str, start: int, end: int) -> int | None:
    """The end of a clause running from ``start`` to the sentence end ``end``, cut early at
    ", adding", ", according to", a colon or semicolon; None when a headline is glued into the
    sentence ("Erdogan tells Biden turkeys' position on S-400 remains unchanged In October 2020"):
    headlines are not reported speech."""
    cut = CONTENT_CUT.search(text, start, end)
    while cut is not None and cut.group("conj") == "and" and _LIST_ITEM.search(text, max(start, cut.start() - 40), cut.start()):
        cut = CONTENT_CUT.search(text, cut.end(), end)
    if cut is not None:
        end = cut.start()
    if GLUED_HEADLINE.search(text, start, end):
        return None
    cue = _NEXT_CUE.search(text, start, end)
    if cue is not None:
        end = cue.start()
        # "..., and when pressed on why, she replied": the adjunct opening that attribution goes too
        for opening in _NEXT_CUE_OPENING.finditer(text, max(start, end - _NEXT_CUE_OPENING_CHARS), end):
            end = opening.start()
            break
    on = text.rfind(" on ", max(start, end - _LAST_DAY_WINDOW), end)  # the regex only where it may match
    day = _LAST_DAY.match(text, on, end) if on > start else None
    if day is not None:
        end = on
    # "said he did not support Mr. Trump, the presumed Putin favorite.": a name's closing aside
    comma = text.rfind(", ", start, end)
    if comma > start and _CLOSING_ASIDE.match(text, comma) and text[comma - 1 : comma].isalpha():
        word = text[text.rfind(" ", start, comma) + 1 : comma]
        if word[:1].isupper() and text.find("including", start, comma) < 0:  # not a list: "including X, the Y"
            return comma
    return end


# A comma the object runs on after: inside a list of short items (", unemployment and", ", lawmakers,
# and"), before "including" ("attacked the board, including its chair"), after a state's abbreviation
# ("criticized Tulsa, Okla., police"), before a coordinated infinitive ("does not want to stall growth,
# only to prevent overheating").
_LIST_GOES_ON = re.compile(
    r",[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){0,3}?[\w'’-]+,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+"
    r"|,[ \t\u00a0]+including\b|,[ \t\u00a0]+[A-Z][a-z]{1,4}\.,"
    r"|,[ \t\u00a0]+(?:(?:and|or|but|only|not)[ \t\u00a0]+)+to[ \t\u00a0]"
    # a hedge set off by commas: "to repeat, if not improve on, its 2002 performance"
    r"|,[ \t\u00a0]+(?:if|or|and|but)[ \t\u00a0]+(?:not|even|perhaps)\b[^,;:]{1,40},"
    r"(?![ \t\u00a0]+(?:he|she|they|we|I|it|there|the|a|an)\b)"  # not a new clause: ", and even then, they ..."
    # a name set off by commas: "assailed a federal judge, Gonzalo P. Curiel, for his heritage"
    r"|,[ \t\u00a0]+(?:[A-Z][\w.'’\-]*[ \t\u00a0]+){1,3}[A-Z][\w'’\-]*,(?=[ \t\u00a0]+[a-z\"“'‘])"
    r"|,[ \t\u00a0]+(?:who|whose|which|the|an?)\b[^,;:\"“”]{1,60},(?=[ \t\u00a0]+(?:for|as|of|to)[ \t\u00a0])"
)


# A clause in an object whose subject is set off by an aside before its verb: "asked whether the
# defence minister, Ursula von der Leyen, could reach that level", "the claim that the report, leaked
# on Monday, was false": the object runs past the aside.
_OPEN_SUBJECT = re.compile(r"\b(?:that|whether|if|whom)(?:[ \t\u00a0]+[^\s,;:]+){1,4}\Z")
_ASIDE_BEFORE_VERB = re.compile(
    r",[ \t\u00a0]+[^,;:\"“”]{1,60},(?=[ \t\u00a0]+(?:could|would|will|can|may|might|should|must|is|are|was|were|has|have|had)[ \t\u00a0])"
)


# An aside between two dashes inside an object, which goes on after it: "called for all candidates to lay
# out specifics — including the cost — of their plans", "called on others who received money from the
# same donors -- including President Obama -- to return that money".
_DASHED_ASIDE = re.compile(
    r"[ \t\u00a0][-–—]+[ \t\u00a0][^-–—,;:.\"“”]{1,60}[ \t\u00a0][-–—]+[ \t\u00a0]+(?=(?:of|to)\b)"
)


# An object and its infinitive: "Clinton to win Monday's debate", "the German deficit to fall to 2.9% of GDP"
# (no subject pronoun, auxiliary or "that" before the "to": "China plans to ..." is a clause).
OBJECT_THEN_TO = re.compile(
    r"(?:(?!(?:that|is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|did|does|do|not|it|he|she|"
    r"they|we|I|there)\b)[\w.'’\-]+[ \t\u00a0]+){1,5}?to[ \t\u00a0]+[a-z]"
)


# An object with a verb of its own: an infinitive or a gerund ("to make her pitch", "grabbing the
# mike"), or "of" and a gerund ("Jones of grabbing her").
_VERB_OBJECT = re.compile(r"(?:to[ \t\u00a0]|\w+ing\b)")
# An object ending in a relative clause's past verb, the setting after it that verb's: "the strategy Obama
# trumpeted during Sunday's address", "claims Clinton made during the hearing".
# (not a predicate: "described the budget as balanced when she met reporters")
_RELATIVE_VERB_LAST = re.compile(
    r"\S[ \t\u00a0]+(?!(?:as|very|so|too|more|most|less|fully)[ \t\u00a0])\S+[ \t\u00a0]+"
    r"(?:[a-z]+ed|made|said|did|had|took|gave|held|saw|was|were)\Z"
)
_OF_GERUND = re.compile(r"[ \t\u00a0]of[ \t\u00a0]+\w+ing\b")


def object_end(text: str, start: int, end: int) -> int:
    """Where an object complement starting at ``start`` ends: "her opponent as a fraud" in
    "described her opponent as a fraud during the first debate, with jabs ...". A time or setting
    after an object with a verb of its own belongs to that verb: "plans to make her pitch at a
    town hall", "accused him of grabbing her at a rally"."""
    cut = OBJECT_END.search(text, start, end)
    while cut is not None:
        if text[cut.start()] != "," and (aside := _DASHED_ASIDE.match(text, cut.start(), end)) is not None:
            cut = OBJECT_END.search(text, aside.end(), end)  # "to lay out specifics — including the cost — of"
        elif text[cut.start()] == ",":
            if text.count("(", start, cut.start()) > text.count(")", start, cut.start()):
                return text.rfind("(", start, cut.start())  # "300bn yen ($2.9bn, £1.5bn)": no half of a bracket
            more = _LIST_GOES_ON.match(text, cut.start(), end)  # "low growth, unemployment and debt"
            if more is None and _OPEN_SUBJECT.search(text, max(start, cut.start() - 60), cut.start()):
                more = _ASIDE_BEFORE_VERB.match(text, cut.start(), end)  # "whether the minister, X, could"
            if more is None:
                break
            cut = OBJECT_END.search(text, more.end(), end)
        elif OBJECT_SETTING.match(text, cut.start()) and (
            _VERB_OBJECT.match(text, start)
            or _OF_GERUND.search(text, start, cut.start())
            or _RELATIVE_VERB_LAST.search(text, max(start, cut.start() - 60), cut.start())
        ):
            cut = OBJECT_END.search(text, cut.end(), end)
        else:
            break
    return cut.start() if cut else end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` without surrounding spaces and punctuation."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    return start, end


_CLOSING = re.compile(r"[.,;:!?\u2026]{0,2}[\"”»]")


def _close_quotation(text: str, start: int, end: int) -> int:
    """``end``, or after the closing mark of a quotation the clause text[start:end] opens and ends inside of:
    'offered a "hard right agenda".' lost its closing mark to trimming, 'targets Turkey's "sovereign
    rights."' ended at a partial quote's words. The mark is taken when it follows the words (after at most
    two stops: 'rights."', 'water,"'); a quotation that does not close there is left open."""
    if text.count('"', start, end) % 2 == 0 and text.count("“", start, end) <= text.count("”", start, end) and (
        text.count("«", start, end) <= text.count("»", start, end)
    ):
        return end
    mark = _CLOSING.match(text, end)
    return mark.end() if mark else end


class QuotedIndex:
    """The quoted spans of an article, for placing reported clauses around them."""

    def __init__(self, quoted: Sequence[QuoteRow]) -> None:
        spans = sorted((q.start, q.end, q.kind) for q in quoted if q.kind != "indirect")
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def end_of_quote_at(self, pos: int) -> int | None:
        """The end of the quote holding ``pos`` (its words or marks), or None."""
        i = bisect.bisect_right(self.starts, pos + 1) - 1
        return self.spans[i][1] if i >= 0 and pos <= self.spans[i][1] else None

    def partial_at(self, pos: int) -> bool:
        """Is ``pos`` within a partial quote's words or on its marks?"""
        i = bisect.bisect_right(self.starts, pos + 1) - 1
        return i >= 0 and pos <= self.spans[i][1] and self.spans[i][2] == "partial"

    def inside(self, pos: int) -> bool:
        """Is ``pos`` within a quote's words or on its marks?"""
        i = bisect.bisect_right(self.starts, pos + 1) - 1
        return i >= 0 and pos <= self.spans[i][1]

    def leads_into_quote(self, text: str, end: int) -> bool:
        """Does the clause ending at ``end`` only lead into the quote that opens right after it?"""
        if not text.endswith(_LEADING_WORDS, 0, end) or _LEADS_INTO_QUOTE.search(text, max(0, end - 10), end) is None:
            return False  # (the plain test first: few clauses end in one of those words)
        i = bisect.bisect_left(self.starts, end)
        return i < len(self.starts) and _BEFORE_QUOTE.fullmatch(text, end, self.starts[i]) is not None

    def fit(self, text: str, start: int, end: int, least: int = 2, with_partial: int = 2) -> tuple[int, int] | None:
        """The clause text[start:end] fitted around the quotes: partial quotes inside it are
        covered whole, a direct quote ends it; None when fewer than ``least`` words (1 or 2) stay
        unquoted, or ``with_partial`` when it holds a partial quote ("that torture ''works''")."""
        i = bisect.bisect_left(self.starts, start)
        if (i == len(self.starts) or self.starts[i] >= end) and (i == 0 or self.spans[i - 1][1] <= start):
            # no quote in or across the clause (the common case)
            if _words(text, start, end) < least:
                return None
            start, end = trim(text, start, end)
            return (start, _close_quotation(text, start, end)) if start < end else None
        while i > 0 and self.spans[i - 1][1] > start:  # a quote crossing the start
            i -= 1
            start = self.spans[i][0]
        words = 0
        pos = start
        covered: list[tuple[int, int]] = []
        spans = self.spans
        for j in range(i, len(spans)):  # by index: a slice of the rest would make long articles quadratic
            s, e, kind = spans[j]
            if s >= end:
                break
            if kind == "direct" and s > start:
                end = s
                break
            words += _words(text, pos, s)
            covered.append((s, e))
            pos = max(pos, e)
            end = max(end, e)
        words += _words(text, pos, end) if pos < end else 0
        start, end = trim(text, start, end)
        # Trimming never cuts into a covered quote's words ("sovereign rights." keeps its stop).
        for s, e in covered:
            start, end = min(start, s), max(end, e)
        if words < (min(least, with_partial) if covered else least) or start >= end:
            return None
        return start, _close_quotation(text, start, end)

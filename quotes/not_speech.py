"""Quotation marks around things nobody is reported to have said.

Titles of shows, books and ads (CNN's "New Day", "Daily Show" host), a
nickname inside a name (Robert C. "Bobby" Scott), a label (plan ‘B’, the
GSV "Russia - Islamic World" line under an article), a scare-quoted
word used as a modifier (the “own” Turkish system) or as a noun the
sentence goes on to describe (a "philanthropub" that was ...), a job title
before its holder's name (its "national enterprise reporter" Stephanie
McCrummen), a nickname given (the nickname "Lyin' Ted."), a term named with "so-called"
(the so-called "Blair Babes"), a pronoun used
as a word (because "she" is a "he"), a term the reporter defines (a "targeted
employment area," which is defined as ...) and a run of short labels joined
by "or" ("too loud" or "too shrill" or "too this") are marked but are not
speech. Each rule is one small function with its own bounded look-around,
tried in the order of ``RULES``; ``not_speech`` names the first that fires.
A headline followed by its byline ("...," by Times' Ben Cole) is a title
however long; every other rule wants a short quote.
``speech_only`` adds what needs the article around a quote: a title named
again, and the next title of a list.

The PolNeAR gold annotates many scare-quoted terms ("printing money",
"confidential") as speech, so a short fragment with no cue near is kept:
every variant of dropping it lost more annotated speech on train than it
removed noise.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attribution.cues import CUE_RE
from .quote_kind import quote_kind
from .quote_marks import ALL_MARKS
from .spans import Span

__all__ = ["RULES", "cue_near", "not_speech", "speech_only"]

_WINDOW = 80  # characters of context a rule may look at on either side
_SENTENCE = 400  # the reach of a rule that wants no verb of saying anywhere in the sentence
_MOST_WORDS = 12  # no rule applies to a longer quote

# Broadcasters and outlets whose possessive names a show: CNN's "New Day".
_MEDIA = frozenset(
    name.lower()
    for name in (
        "ABC|NBC|CBS|CNN|MSNBC|CNBC|HLN|Fox|PBS|NPR|HBO|Netflix|Hulu|Showtime|C-SPAN|Bravo|TLC|AMC|"
        "ESPN|BBC|ITV|Sky|CBC|YouTube|Univision|Telemundo|RT|NTV|CNN Türk|Fox News|Fox Business|"
        "Fox News Channel|Sky News|Channel 4|Comedy Central|SiriusXM|Sirius XM|Al Jazeera|"
        "ABC News|NBC News|CBS News|BBC News|BBC One|BBC Two|BBC Radio 4|Radio 4"
    ).split("|")
)
# Nouns naming a work just before its title: the podcast "Here's the Thing".
_WORK_NOUNS = frozenset(
    """show program programme series sitcom drama comedy film movie documentary book novel memoir
    album song anthem single play musical podcast column op-ed editorial essay headline magazine
    newspaper episode segment broadcast newscast poem painting exhibit exhibition opera ballet ad
    advert advertisement commercial spot video website blog newsletter hashtag commentary""".split()
)
_NICKNAMING = frozenset(("nickname", "nicknamed"))
_TITLED = frozenset(("titled", "entitled", "headlined"))
# A show on a given day: on Wednesday's "Sean Hannity Show".
_DAYS = frozenset(
    day + s for day in "monday tuesday wednesday thursday friday saturday sunday".split()
    for s in ("'s", "’s")
)
# The last word of a name of a show or an event: the "Commander-in-Chief Forum".
_EVENT_HEADS = frozenset("show forum summit festival awards tour conference day".split())
# A title's tell just after it: "Daily Show" host, "Avatar" star, his "Keepin' It Real" radio
# program, the "Still Sanders" rally, a "Make America Great Again" hat.
_TITLE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:host|hosts|co-host|anchor|star|stars|actor|actress|creator|producer|"
    r"author|writer|director|fame|theme song|theme|cast|episode|segment|trailer|podcast|"
    r"broadcast|ad|spot|series|"
    r"(?:(?:radio|television|TV|talk)\s+)?(?:show|program|programme)|movie|film|documentary|"
    r"book|album|song|pageant|rally|tour|award|initiative|hat|hats|T-shirts?|shirts?|tote)\b"
)
# A show opening the sentence (On "Face the Nation," Sen. Bernie Sanders said), a show named
# where someone appears or speaks (told "Fox and Friends", in an interview with "Fox News
# Sunday"), a work named by who made or played in it (starred in "Parks and Recreation", the
# co-author of "Going Viral", proceeded to perform "Bridge Over Troubled Water").
_TITLE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)On\s$|\b(?:interviews? (?:with|on)|told|telling|speaking (?:to|with)|said on|"
    r"says on|appear(?:ed|ing|ance|ances)? on|aired on|airing on|guest on|hosts? of|"
    r"star(?:s|red|ring)? (?:in|on)|roles? (?:in|on)|acting in|cast (?:in|of)|(?:co-)?authors? of|"
    r"perform(?:s|ed|ing)?|screening of|premiere of|edits|(?:hits|songs|films|movies|books) including)\s$",
)
# A name dated by its year: his 1994 "Contract with America", the 2010 "Expulsion Initiative".
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s$")
# A byline: by the Herald's Ann Lee, by Times' Ben Sisario, by Boston Globe's Jo Kahn.
_BYLINE_AFTER = re.compile(
    r",?\s*by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s|s['’])\s+[A-Z][\w.-]*\s+[A-Z]"
)
# A credit line caught in a quote's marks: "Follow Pam Key on Twitter @pamkey."
_CREDIT = re.compile(r"Follow (?:[A-Z][\w.'’-]*\s+){1,3}on (?:Twitter|Facebook|Instagram)\b")
_SMALL_WORDS = frozenset(
    "a an the of and or in on at to for with by from as vs vs. & de la le el y is are be it its"
    " nor but up out off over into is".split()
)
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_PRONOUNS = frozenset("i me my you your he him his she her hers it its we us our they them their".split())
# Three or more short quoted labels joined by "or"; each at most 40 characters, starting and
# ending on a word (so the gap " or " between two straight-quoted labels is no label).
_OR_LABEL = r"[\"“](?=\S)[^\"“”\n]{1,40}(?<=\S)[\"”]"
_OR_RUN = re.compile(rf"(?:{_OR_LABEL},?\s+or\s+){{2,}}{_OR_LABEL}")
_OR_REACH = 2 * 50  # two labels and their "or"s on either side
_LIST_GAP = re.compile(r",?\s*(?:(?:and|or)\s+)?")  # between two titles of a list
_TITLE_END = ".,;:!? \u00a0"
# A definition right after a term: , which is defined as; refers to; meaning.
_DEFINED_AFTER = re.compile(
    r"[,.]?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:defined as|refers to|means|meaning)\b"
)
_NICK_BEFORE = re.compile(r"\b(?:[A-Z]\.|[A-Z]\w*[^\W\d_])\s$")  # Robert C. "Bobby", Robert "Bobby"
_NICK_AFTER = re.compile(r"\s([A-Z][a-z]+)")
_CLICK_BEFORE = re.compile(r"\b(?:click|clicking|tap|tapping)\s$", re.IGNORECASE)  # click "sign up"
_SO_CALLED = re.compile(r"\b[Ss]o[- ]called\s$")
# Attributions that are no verbs of saying: "according to X" (for the rules that look at the
# whole sentence), and before a quote "refer to", naming what someone called it (PolNeAR
# attributes the words after it: she often referred to her by a nickname, "Gert."; after it, the
# term is only named: the phrase "anchor baby," which backers use to refer to ...).
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_REFERRED = re.compile(r"\brefer(?:s|red|ring)? to\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s$", re.IGNORECASE)
# The noun a scare-quoted modifier leans on: the “own” Turkish system, the "Remain" campaign.
_NOUN_AFTER = re.compile(r"\s([a-zA-Z][a-z-]+)\b")
# What the reporter's own sentence goes on to say of a scare-quoted term: a clause (a
# "philanthropub" that was ..., the Turkish "offensive," which went ...) after a determiner, or a
# participle with its agent (Tea Party "super PACs" supported by the Kochs).
_RELATIVE_AFTER = re.compile(r",?\s+(?:that|which)\b")
_AGENT_AFTER = re.compile(r"\s+[a-z]+ed\s+by\b")
_DETERMINER_NEAR = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
# A job title set before the name it belongs to: its "national enterprise reporter" Stephanie
# McCrummen.
_HOLDER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|[A-Z]\w*['’]s?)\s$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
_NOT_A_NOUN = frozenset(
    """and or but of to in on at for with by from as than that which who whom whose when while if
    is are was were be been being has have had do does did will would can could may might must
    should shall said says say told tells added asks asked according remark remarks comment
    comments line lines claim claims quote quotes statement statements rhetoric language words
    phrase label term warning message speech tweet tweets
    the a an it he she they we you i no not even about also still just now then there here""".split()
)


def _title_case(words: list[str]) -> bool:
    return bool(words) and (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


def _sentence(text: str, span: Span, window: int) -> tuple[str, str]:
    """The sentence around the quote: the text before and after it, each cut at the sentence's
    end and at ``window`` characters."""
    left = text[max(0, span.open - window) : span.open]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    if cut >= 0:
        left = left[cut + 1 :]
    right = text[span.close : span.close + window]
    if text[span.end - 1 : span.end] == "." and right[:1].isspace() and right.lstrip()[:1].isupper():
        right = ""  # the quote ends its sentence: the nickname "Lyin' Ted." Trump called ...
    for stop in (". ", "\n", "? ", "! "):
        k = right.find(stop)
        if k >= 0:
            right = right[:k]
    return left, right


def cue_near(text: str, span: Span) -> bool:
    """A verb of saying in the sentence around the quote (bounded window), or "refer to" before it."""
    left, right = _sentence(text, span, _WINDOW)
    return bool(CUE_RE.search(left) or _REFERRED.search(left) or CUE_RE.search(right))


def _attributed(text: str, span: Span) -> bool:
    """Anywhere in the sentence, a verb of saying or "according to", making a term someone's
    words (BBC: Milburn said ... self-employed people had been affected by a "world downturn"
    which hit their profits; seeds/000: According to ... Pompeo, the restrictions send a "clear
    signal" that ...)."""
    left, right = _sentence(text, span, _SENTENCE)
    return any(cue.search(side) for cue in (CUE_RE, _ACCORDING) for side in (left, right)) or bool(
        _REFERRED.search(left)
    )


def title(text: str, span: Span, words: list[str]) -> bool:
    """A show, book, ad or article named, not quoted: CNN's "New Day", "Daily Show" host,
    an ad titled "Unafraid", the documentary "13th", her commentary, "Tell your story," is ...;
    a nickname given: the nickname "Lyin' Ted." """
    tail = text[max(0, span.open - 40) : span.open].split()
    last = tail[-1].rstrip(",:").lower() if tail else ""
    if last in _TITLED:
        return True
    if last in _NICKNAMING:  # the nickname "Lyin' Ted."; in reported speech, the speaker's word
        return _title_case(words) and not cue_near(text, span)
    if _apposed_to_work(text, span, tail):
        return True
    if not _title_case(words):
        return False
    if last in _WORK_NOUNS or last in _DAYS or words[-1].lower() in _EVENT_HEADS:
        return True
    if _TITLE_BEFORE.search(text, max(0, span.open - 30), span.open) or _YEAR_BEFORE.search(
        text, max(0, span.open - 8), span.open
    ):
        return True
    if last == "of" and len(tail) > 1 and tail[-2].lower() in _WORK_NOUNS:
        return True  # an episode of "Meet the Press"
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    for n in (1, 2, 3):  # CNN's, Fox News', Fox News Channel's
        if " ".join(tail[-n:-1] + [last]).lower() in _MEDIA:
            return True
    return bool(_TITLE_AFTER.match(text, span.close, span.close + _WINDOW))


def _apposed_to_work(text: str, span: Span, tail: list[str]) -> bool:
    """A title of any case set off by commas after the work it names:
    Ouisa Davis' commentary, "Melania, tell your immigrant story," is very thoughtful."""
    return (
        bool(tail)
        and tail[-1].endswith(",")
        and tail[-1][:-1].lower() in _WORK_NOUNS
        and text[span.end - 1 : span.end] == ","
        and not cue_near(text, span)
    )


def headline(text: str, span: Span) -> bool:
    """An article's headline, however long, followed by its byline: "Budget talks stall,"
    by the Herald's Ann Lee."""
    return bool(_BYLINE_AFTER.match(text, span.close, span.close + _WINDOW))


def nickname(text: str, span: Span, words: list[str]) -> bool:
    """A nickname inside a name: Robert C. "Bobby" Scott, Gov. C.L. "Butch" Otter."""
    return (
        len(words) <= 2
        and text[span.end - 1] not in ",.!?"
        and _title_case(words)
        and bool(_NICK_BEFORE.search(text, max(0, span.open - 30), span.open))
        and (m := _NICK_AFTER.match(text, span.close, span.close + 40)) is not None
        and m.group(1).lower() not in _SMALL_WORDS
    )


def so_called(text: str, span: Span, words: list[str]) -> bool:
    """A term named with "so-called", whoever coined it: one of the so-called "Blair Babes", a
    so-called "denial of service" attack."""
    return len(words) <= 4 and bool(_SO_CALLED.search(text, max(0, span.open - 12), span.open))


def label(text: str, span: Span, words: list[str]) -> bool:
    """A tag, a caption, a button or a credit, not a sentence: plan ‘B’, a GSV "Russia -
    Islamic World" line, click "sign up", "Follow Pam Key on Twitter @pamkey"."""
    if _CREDIT.match(text, span.start, span.end):
        return True
    if span.end - span.start <= 2:
        return not cue_near(text, span)
    if _CLICK_BEFORE.search(text, max(0, span.open - 12), span.open):
        return True
    if len(words) > 8 or not _title_case(words):
        return False
    lo, hi = max(0, span.open - _WINDOW), min(len(text), span.close + _WINDOW)
    a = text.rfind("\n", lo, span.open)
    b = text.find("\n", span.close, hi)
    if a < 0 < lo or b < 0 and hi < len(text):
        return False  # not on a short line of its own
    line = text[a + 1 : b if b >= 0 else hi]
    bare = line.rstrip(ALL_MARKS + " \t\r")
    return not bare.endswith((".", "!", "?")) and not CUE_RE.search(line)


def modifier(text: str, span: Span, words: list[str]) -> bool:
    """A scare-quoted word used as a modifier: the “own” Turkish system, the "Remain" campaign."""
    if len(words) > 2 or text[span.end - 1 : span.end] in ",.!?;:":
        return False
    if not _DETERMINER_BEFORE.search(text, max(0, span.open - 12), span.open):
        return False
    m = _NOUN_AFTER.match(text, span.close, span.close + 30)
    if m is None or m.group(1).lower() in _NOT_A_NOUN or m.group(1).lower().endswith("ly"):
        return False
    return not cue_near(text, span)


def described(text: str, span: Span, words: list[str]) -> bool:
    """A lower-case scare-quoted term that the sentence goes on to describe as its own noun:
    a "philanthropub" that was supposed to ..., The only "medical records" that Trump released,
    Tea Party "super PACs" supported by the Koch brothers."""
    if len(words) > 2 or not words[0][0].islower() or text[span.end - 1] in ".!?;:":
        return False
    by_agent = text[span.end - 1] != "," and _AGENT_AFTER.match(text, span.close, span.close + 30)
    clause = _RELATIVE_AFTER.match(text, span.close, span.close + 10) and _DETERMINER_NEAR.search(
        text, max(0, span.open - 30), span.open
    )
    return bool(by_agent or clause) and not _attributed(text, span)


def job_title(text: str, span: Span, words: list[str]) -> bool:
    """A scare-quoted job title before its holder's name: The Post sent its "national
    enterprise reporter" Stephanie McCrummen."""
    return (
        len(words) <= 4
        and all(w[0].islower() for w in words)
        and text[span.end - 1] not in ",.!?;:"
        and bool(_HOLDER_BEFORE.search(text, max(0, span.open - 20), span.open))
        and bool(_NAME_AFTER.match(text, span.close, span.close + 40))
        and not _attributed(text, span)
    )


def word_as_word(text: str, span: Span, words: list[str]) -> bool:
    """A pronoun quoted as a word, woven into the sentence: because "she" is a "he"."""
    return (
        len(words) == 1
        and words[0].rstrip(".").lower() in _PRONOUNS
        and quote_kind(text, span) == "partial"
        and not cue_near(text, span)
    )


def defined_term(text: str, span: Span, words: list[str]) -> bool:
    """A term the reporter goes on to define: a "targeted employment area," which is defined as ..."""
    return len(words) <= 4 and bool(_DEFINED_AFTER.match(text, span.close, span.close + 40)) and not (
        cue_near(text, span)
    )


def or_run(text: str, span: Span, words: list[str]) -> bool:
    """One of three or more short labels joined by "or":
    It comes across as "too loud" or "too shrill" or "too this" or "too that."."""
    if len(words) > 4 or text.find(" or ", max(0, span.open - 10), span.close + 10) < 0:
        return False
    lo, hi = max(0, span.open - _OR_REACH), span.close + _OR_REACH
    return any(m.start() <= span.open < m.end() for m in _OR_RUN.finditer(text, lo, hi))


RULES: tuple[Callable[[str, Span, list[str]], bool], ...] = (
    title, nickname, so_called, label, modifier, described, job_title, word_as_word, defined_term, or_run
)


def not_speech(text: str, span: Span) -> str | None:
    """The name of the first rule saying the quoted stretch is not speech, or None."""
    if headline(text, span):
        return "title"
    if text.count(" ", span.start, min(span.end, span.start + 200)) >= _MOST_WORDS:
        return None  # a sentence, not a name or a label: every rule wants a few words
    words = _WORD.findall(text, span.start, span.end)
    if not words:
        return "empty"
    for rule in RULES:
        if rule(text, span, words):
            return rule.__name__
    return None


def speech_only(text: str, spans: list[Span]) -> list[Span]:
    """The spans that may be speech, in order: those ``not_speech`` lets through, less the
    titles it can only tell from the article around them: a title named again (the
    documentary "13th" ... DuVernay's "13th" documents) and the next title in a list
    (starred in "Parks and Recreation" and "Guardians of the Galaxy")."""
    kept: list[Span] = []
    titles: set[str] = set()
    last_title: Span | None = None
    for span in spans:
        why = not_speech(text, span)
        if why is None and last_title is not None and _listed_after(text, last_title, span):
            why = "title"
        last_title = span if why == "title" else None
        if why == "title":
            titles.add(_title_key(text, span))
        elif why is None:
            kept.append(span)
    if titles:
        kept = [s for s in kept if _title_key(text, s) not in titles or cue_near(text, s)]
    return kept


def _title_key(text: str, span: Span) -> str:
    return text[span.start : span.end].rstrip(_TITLE_END).casefold()


def _listed_after(text: str, title_span: Span, span: Span) -> bool:
    """Does ``span`` follow the title ``title_span`` in a list ("A," "B" and "C")?"""
    return bool(_LIST_GAP.fullmatch(text, title_span.close, span.open)) and _title_case(
        _WORD.findall(text, span.start, span.end)
    )

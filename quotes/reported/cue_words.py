"""The cue scan of the reported-speech finder and the checks on one cue's words: every cue of an article
in text order (``find_cues``), and whether a verb form is a verb here, what its object may be, and which
form it has (past, third person, bare)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .patterns import (
    ACCORDING_SCAN,
    ADVERBS,
    ASKED_SCAN,
    AUXILIARIES,
    CUE_SCAN,
    DETERMINERS,
    IN_SOURCE_SCAN,
    NOUN_CUES,
    NOUN_LIKE,
    PASSIVE_AUX,
    POLL_AFTER_SCAN,
    REPORTING,
    cue_scan_nbsp,
)
from .phrases import (
    SPACES,
    ends_possessive,
    head,
    word_before,
)

__all__ = ["A_VIEW_SEEN", "A_WORD", "CLAUSE_OPENERS", "Cue", "NEGATIONS", "NOUN_FORMS", "NO_ONE_CHARS", "STATEMENT_ONLY", "VERB_NEXT", "a_noun", "a_plan", "a_statement", "after_that", "an_event", "armed", "as_follows", "bare", "describes_a_noun", "find_cues", "fits_the_verb", "inflected", "owned_noun", "past", "sees_a_view"]

# Verbs whose "to" names an addressee ("said to reporters"; "responded to the charges" reports what it
# answers), and those that report only with "to".
_TO_ADDRESSEE = frozenset(
    """say explain complain mention write report announce declare admit describe tweet
    post remark reveal confess""".split()
)
NEGATIONS = frozenset("not never n't didn't don't doesn't won't wouldn't didn’t don’t doesn’t won’t wouldn’t".split())
_TO_ONLY = frozenset("decline refuse intend decide".split())
# Verbs that report only with "as" after their object: "cast her rival as ...", "painted the party as ...".
_AS_ONLY = frozenset("cast paint frame depict".split())
_AS_CHARS = 50
# Acts that report only a statement or a clause: "issued a statement saying ...", "signed a letter calling
# for ...", "offered his congratulations", "offered to mediate", "shared with the crowd that ..."; not "Turkey
# signed a contract", "issued replacements", "shared the award", "offers 10,000 hours of shows", "presented
# the best actress award" (BBC: journalists do not call these reported speech).
STATEMENT_ONLY = frozenset("sign issue share offer present".split())
_STATEMENT_NOUNS = frozenset(
    """statement statements letter letters petition motion communique communiqué declaration pledge warning
    warnings apology call cry plea appeal denial ultimatum threat threats complaint message note memo
    condolences congratulations thoughts view views viewpoint opinion opinions advice assessment assessments
    analysis evaluation explanation assurance assurances praise criticism rebuke response reply retort defence
    defense proof evidence details specifics idea ideas insight insights preview promise promises vow verdict
    ruling report reports findings proposal proposals concern concerns belief beliefs news story stories
    guidance rhetoric slogan reviews paper glimpse description descriptions confirmation confirmations plan plans
    address remarks comments answer answers""".split()
)
# A participle after the object that gives its content: "signed a letter of intent stating ...".
_STATEMENT_VERBS = frozenset("saying stating calling urging demanding declaring expressing condemning".split())
_STATEMENT_CHARS = 60
_STATEMENT_WORDS = 6
_STATEMENT_END = re.compile(r"[,;:()\u2014\u2013.!?]")
_SEEING_A_SIGHT = frozenset(("saw", "sees"))
# A modal before "see", past "not" and an adverb: "will not see", "won't see", "may see", "will likely see".
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|may|might|can|could|shall|should|must|'ll|’ll|won't|wouldn't|can't|couldn't|won’t|wouldn’t|can’t|"
    r"couldn’t|cannot)(?:[ \t\u00a0]+(?:not|never|also|just|only|likely|probably|soon|then|still))*[ \t\u00a0]+\Z"
)
A_VIEW_SEEN = re.compile(r"(?:how|what|who|whom|whose|why|where|when|whether|if|which|no|little|any)\b")
# What "sees" an event rather than a view: "The agreement will see some debt converted", "a pact which
# could see India invest", "2005 will also see more competition" (a year, a relative pronoun or such a head noun).
_EVENT_HEADS = frozenset(
    """which it that deal deals agreement pact change changes plan plans proposal proposals move event festival
    awards meeting session film show network year season match game tie reform reforms scheme policy mistake
    budget bill law rules merger takeover investment project programme contract development
    death moments penalty apiece success tie rankings games conference day month week weekend night half period
    result results draw win defeat victory final tournament race round release launch""".split()
)
# Attacks with arms, not words: "terrorist attacks on", "denial-of-service attacks on".
_ARMED = frozenset("terror terrorist suicide service military air missile rocket bomb militant insurgent cyber".split())
# A bare cue form as a noun: after a determiner and up to three words that are no auxiliary, the last no
# plural ("The Kok report", "A National Audit Office report", "The Fox show", "The very first question"; not
# "The firm will report", "The unions support"); "reports" before a verb of its own ("The Envisional
# reports said ...").
_A_NOUN = re.compile(
    r"(?<!of )(?<!in )(?<!on )(?<!to )(?<!by )(?<!for )(?<!with )(?<!from )(?<!about )"  # "Supporters of the law hope"
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]his)[ \t\u00a0]+"
    r"(?:(?!(?:will|would|could|can|may|might|should|must|did|does|do|to|not|also|and|or|that|who|which|where|"
    r"they|we|I|you|he|she|it)\b)[\w'’\-]+[ \t\u00a0]+){0,3}\Z"
)
# Words a bare cue form after them is a noun of (not "more": "more call themselves conservative" is a verb's subject).
_NOUN_MODIFIERS = frozenset(
    "much less little strong broad widespread local grassroots popular public overall greatest great growing bipartisan "
    "enough such whose".split()
)
# The bare cue forms that are as often nouns (not "say", "want", "think": "Critics of the government say";
# nor "plan" and "promise", whose content PolNeAR annotates: "his oft-stated promise to build a wall").
NOUN_FORMS = frozenset("report call support question show tweet protest note estimate charge doubt comment worry hope".split())
# The words before such a participle that make it a verb: a subject pronoun, an auxiliary, a conjunction.
_BEFORE_A_VERB = (
    ADVERBS | PASSIVE_AUX | NEGATIONS
    | frozenset("i you he she we they who whom which that and but or has have had will would could can may might must should".split())
)
# What opens the content of a noun of speech after its owner: "Trump's claim to understand the middle class",
# "the IMF's estimate of global growth", "Trump's hopes for a win".
_OWNED_CONTENT = re.compile(r"(?:to|of|about|for|on|over|against|that|whether|not[ \t\u00a0]+to)\b")
# Words that open a clause rather than a noun's modifier: a company's verb takes them ("Foster's said a ...").
CLAUSE_OPENERS = DETERMINERS | frozenset("it he she they we i there".split())
A_WORD = re.compile(r"\w+")
_WISHES = frozenset("like love hate want wants wanted wanna wish hope hopes expect prefer".split())
NO_ONE_CHARS = 30
VERB_NEXT = re.compile(rf"[ \t\u00a0]+(?:{'|'.join(AUXILIARIES)})\b")
_IRREGULAR_PAST = frozenset("said told wrote thought felt knew found saw sought spoke made took gave sent put held kept".split())
# The word before a lower-case "asked" that leaves it no subject: "when asked", "was asked".
_ASKED_AFTER = frozenset("When when was were been".split())
# ("found it difficult" is no finding, "found it was part of a long-standing problem" is)
# ("found fame", "found success in Japan", "found space in the area", "found out about": no finding either)
_FOUND_NO_FINDING = re.compile(
    r"(?:himself|herself|itself|themselves|ourselves|myself|a[ \t\u00a0]+way|ways|time|fame|success|space|room|out|"
    r"it(?![ \t\u00a0]+(?:was|is|had|has|would|will|could|can|did|does|may|might|should|must)\b))\b"
)
# A plea in court, no words reported: "three US insurance executives have pleaded guilty to fraud charges".
_PLEA = re.compile(r"(?:guilty|not[ \t\u00a0]+guilty|innocent|no[ \t\u00a0]+contest)\b")
# A prize won, not a claim made: "to claim the British indoor high jump title", "help the US claim a 5-0 win
# over Mexico" (up to five words before the prize's noun, none a verb: "claimed the deal was a victory" is a
# claim; and "claiming victory in the governor's bracket" is one too: PolNeAR annotates it).
_PRIZE = re.compile(
    r"(?:(?!(?:is|was|were|are|be|been|has|had|have|would|will|could|can|that)\b)[\w'’.\-]+[ \t\u00a0]+){0,5}?"
    r"(?:titles?|crowns?|medals?|gold|silver|bronze|trophy|cup|double|treble|\d+-\d+[ \t\u00a0]+(?:win|victory)|"
    # a win over someone ("their first win over the men in black"), not "claiming victory in the governor's bracket"
    r"(?:win|victory)[ \t\u00a0]+(?:over|against)\b)\b"
)
# A price charged, not a charge laid ("charged nine food suppliers with helping Ahold inflate earnings by $800m" is
# one: the words after "with" are not read).
_PRICE = re.compile(r"[£$€%]|\b(?:fees?|prices?|rent|amount|per)\b")
_PRICE_CHARS = 60
# A person believed, not a belief: "I can believe them all", "believe me, you will never see" (not "believed him to be").
_TRUSTED = re.compile(r"(?:him|them|me|us)\b(?![ \t\u00a0]+to\b)")
# What is felt, not thought: "Interest-sensitive industries will feel pain immediately", "feel the pinch".
_SENSATION = re.compile(r"(?:pain|the[ \t\u00a0]+(?:pinch|pain|heat|squeeze|brunt|strain|effects?|impact))\b")
# A product promoted, not a position: "joined her on-stage to promote her own range of HP digital cameras",
# "are currently promoting the album's second single" (up to five words before its noun, none a verb).
_PRODUCT = re.compile(
    r"(?:(?!(?:is|was|were|are|has|had|have|would|will|that|as)\b)[\w'’.\-]+[ \t\u00a0]+){0,5}?"
    r"(?:album|single|singles|film|films|movie|book|novel|range|cameras?|products?|tour|theatre|theater|dvd|game)\b"
)
# Words given by others that someone ignores: "after the Russian government ignored a US court order", "ignored
# orders to stop construction", and a pass on the pitch: the ignoring reports none of them as its subject's words.
_IGNORED_WORDS = re.compile(
    r"(?:an?[ \t\u00a0]+|the[ \t\u00a0]+)?(?:[\w'’.\-]+[ \t\u00a0]+){0,2}?(?:orders?|rulings?|court|advice|warnings?|requests?|pass)\b"
)


class Cue(NamedTuple):
    start: int
    end: int
    form: str
    lemma: str
    ing: bool = False
    """An "-ing" form ("adding", "referring to")."""


def fits_the_verb(text: str, start: int, end: int, lemma: str) -> bool:
    """Does the content at ``start`` suit the cue's verb? "said to reporters" names an addressee,
    "declined slightly" is no refusal, "showed up" is no showing, and "told the RT America
    audience." tells nothing."""
    first = text[start : start + 3]
    if lemma in _TO_ADDRESSEE and first == "to ":
        return False
    if lemma in _TO_ONLY and first != "to ":
        return False
    if lemma == "pledge" and text.startswith("delegate", start):
        return False  # "Clinton leads Sanders by roughly 270 pledged delegates": an adjective
    if lemma == "add" and (first == "to " or first == "up "):
        return False  # "won the primary, adding to her delegate lead", "the explanations added up to ...": a sum
    if lemma == "show" and first in ("up ", "off"):
        return False  # "showed up", "showed off a new phone"
    if lemma == "find" and _FOUND_NO_FINDING.match(text, start):
        return False  # "found himself in the awkward position", "found a way", "found fame": no finding
    if lemma == "plead" and _PLEA.match(text, start):
        return False  # "have pleaded guilty to fraud charges": a plea, not what was said
    if lemma == "claim" and _PRIZE.match(text, start):
        return False  # "to claim the AAAs long jump title", "help the US claim a 5-0 win over Mexico": won, not claimed
    if lemma == "feel" and _SENSATION.match(text, start):
        return False  # "Interest-sensitive industries will feel pain immediately": felt, not thought
    if lemma == "promote" and _PRODUCT.match(text, start):
        return False  # "to promote her own range of HP digital cameras": marketing, no position
    if lemma == "ignore" and _IGNORED_WORDS.match(text, start):
        return False  # "the Russian government ignored a US court order": another's words, ignored
    if lemma == "believe" and _TRUSTED.match(text, start):
        return False  # "Sounds like there are some sad stories here - and I can believe them all": trust, no belief
    if lemma == "charge" and (first == "to " or _PRICE.search(text[start : min(end, start + _PRICE_CHARS)].split(" with ", 1)[0])):
        return False  # "Sky also charges a £10 subscription fee", "charged to the net": a price or a run, no charge laid
    if lemma == "defend" and text.startswith("champion", start):
        return False  # "defending champion Ireland's Paul Brizzel took third": a title
    if lemma in _AS_ONLY:
        return as_follows(text, start, end)  # "cast her rival as ...", not "cast ballots"
    if lemma in STATEMENT_ONLY:
        # "offered to mediate", "shared with the crowd that ...", "presented the nominee as ..."
        return (
            lemma == "offer" and first == "to "
            or after_that(text, start)
            or lemma == "present" and as_follows(text, start, end)
            or a_statement(text, start, end)
        )
    return lemma != "tell" or text.count(" ", start, end) >= 2 or text.startswith("that", start - 5)


def a_statement(text: str, start: int, end: int) -> bool:
    """Is the object at ``start`` a statement ("issued a defiant statement", "offered Chelsea boss
    some advice") or followed by its content ("signed a letter of intent stating ...")?"""
    window = text[start : min(end, start + _STATEMENT_CHARS)]
    cut = _STATEMENT_END.search(window)
    words = (window if cut is None else window[: cut.start()]).lower().split()[:_STATEMENT_WORDS]
    return any(w.strip("'\"‘’“”") in _STATEMENT_NOUNS or w in _STATEMENT_VERBS for w in words)


def as_follows(text: str, start: int, end: int) -> bool:
    """Does an "as" follow the object at ``start`` ("cast her rival as ...", "saw the deal as ...")?"""
    as_ = text.find(" as ", start - 1, min(end, start + _AS_CHARS))
    return as_ >= start - 1 and text.find(",", start, as_) < 0


def after_that(text: str, start: int) -> bool:
    """Does the clause at ``start`` follow "that" ("saw that ...", "a report that ...")?"""
    return text[max(0, start - 6) : start].rstrip().endswith("that")


def sees_a_view(text: str, s0: int, cue: Cue, start: int, end: int) -> bool:
    """Does "see" report a view ("analysts see growth slowing", "saw the deal as a rescue", "would
    like to see"), not a sight or an event ("That film saw Jason battle Freddy Krueger", "waiting to
    see what will happen")?"""
    if cue.form in _SEEING_A_SIGHT:
        # "who saw the incident": a person's perception, which news attributes (PolNeAR annotates it)
        return as_follows(text, start, end) or after_that(text, start) or word_before(text, s0, cue.start) == "who"
    if word_before(text, s0, cue.start) == "to":
        return word_before(text, s0, text.rindex("to", s0, cue.start)) in _WISHES
    if _MODAL_BEFORE.search(text, max(s0, cue.start - NO_ONE_CHARS), cue.start):
        # "Customers will not see their connections double", "A typical voter will see the ad at least 10 times": what
        # will be seen, not a view ("will see it as", "would not see that", "won't see how", "can see no problem with it",
        # "can see this guy is a fraud" are views)
        return (
            as_follows(text, start, end)
            or after_that(text, start)
            or A_VIEW_SEEN.match(text, start) is not None
            or VERB_NEXT.search(text, start, min(end, start + _AS_CHARS)) is not None
        )
    return True


def describes_a_noun(text: str, s0: int, cue: Cue) -> bool:
    """Does the participle ``cue`` follow a noun or a comma ("people suspected", "a film accused", "on
    trial, accused"), not a subject pronoun, an auxiliary or an adverb ("he accused", "is not thought")?"""
    before = text[s0 : cue.start].rstrip(SPACES)
    if not before:
        return False
    if before[-1] == ",":
        return True
    word = word_before(text, s0, cue.start)
    return word[:1].isalpha() and word.lower() not in _BEFORE_A_VERB and not word.endswith("ly")


def an_event(subject: str) -> bool:
    """Is the subject of "see" an event, a plan or a time ("The deal", "which", "2005")?"""
    last = subject.rsplit(None, 1)[-1].lower()
    return last in _EVENT_HEADS or last.isdigit() or head(subject) in _EVENT_HEADS


def _past_or_third(cue: Cue) -> bool:
    """Is the cue's verb a past or third-person form ("said", "refused", "says")?"""
    verb = cue.form.split(" ", 1)[0]
    return verb in _IRREGULAR_PAST or verb.endswith(("ed", "s"))


def a_noun(text: str, s0: int, cue: Cue) -> bool:
    """Is the bare cue form a noun after its determiner ("The 10-year plan", "a rallying call") or after a word that
    only a noun follows ("twice as much support", "some much-needed local support", "those whose support he needs",
    "His 32% support gives him")?"""
    if cue.form not in NOUN_FORMS:
        return False
    before = word_before(text, s0, cue.start)
    if before.lower() in _NOUN_MODIFIERS or text[s0 : cue.start].rstrip(SPACES).endswith("%"):
        return True
    return not before.endswith(("s", "'", "’")) and _A_NOUN.search(text, s0, cue.start) is not None


def armed(text: str, s0: int, cue: Cue) -> bool:
    """Are the attacks armed ("terrorist attacks", "denial-of-service attacks"), not words?"""
    return word_before(text, s0, cue.start).lower().rsplit("-", 1)[-1] in _ARMED


def owned_noun(text: str, s0: int, cue: Cue, start: int) -> bool:
    """Is the cue form a noun or an adjective after a possessive ("Clinton's support fell", "Trump's tweet came
    as ...", "Trump's reported net worth"), with no "that", "to", "of" ... opening its content ("Trump's claim
    that ...", "the IMF's estimate of global growth" report)? ("Let's say ..." is no possessive.)"""
    if " " in cue.form:
        return False  # "Trump's comments about Clinton's energy": the topic is the content
    word = word_before(text, s0, cue.start)
    if not ends_possessive(word) or word[:4].lower() in ("let'", "let’") or after_that(text, start):
        return False
    if _OWNED_CONTENT.match(text, start) or text.find("ccording to", max(s0, cue.start - 60), cue.start) >= 0:
        return False  # "According to the Pensions Commission's report 12 million people are not saving"
    # "McDonald's announced it was to scrap ...", "Foster's said a combination ...": a company's verb
    first = A_WORD.match(text, start)
    return first is None or first.group().lower() not in CLAUSE_OPENERS


def a_plan(text: str, s0: int, cue: Cue) -> bool:
    """Is "plan"/"plans" a noun after a word of its phrase ("a government plan", "the candidates' plans",
    "many plans"), not a verb after its subject, a modal or "to" ("They also plan", "will plan", "Trump plans")?"""
    word = word_before(text, s0, cue.start)
    return ends_possessive(word) or (
        word.isalpha() and word.islower() and word not in _BEFORE_A_VERB and word != "to" and not word.endswith("ly")
    )


def past(cue: Cue) -> bool:
    """Is the cue's verb a past form ("accused", "thought"), never a noun ("the story", "hopes")?"""
    verb = cue.form.split(" ", 1)[0]
    return verb in _IRREGULAR_PAST or verb.endswith("ed")


def inflected(cue: Cue) -> bool:
    """Is the cue a past or third-person verb form, not a participle?"""
    return not cue.ing and _past_or_third(cue)


def bare(cue: Cue) -> bool:
    """Is the cue a bare verb form ("show", "talk about")?"""
    return not cue.ing and cue.lemma != "noun" and not _past_or_third(cue)


# Scanned form -> (lemma, is an "-ing" form, the verb form a determiner may not precede or None):
# "calls for" -> ("noun", False, "calls"), "criticism of" -> ("noun", False, None).
_SCANNED: dict[str, tuple[str, bool, str | None]] = {
    form: (lemma, form.split(" ", 1)[0].endswith("ing"), form) for form, lemma in REPORTING.items()
} | {form: ("noun", False, v if (v := form.split(" ", 1)[0]) in REPORTING else None) for form in NOUN_CUES}
# The word before a cue that makes a verb form a noun, as written.
_AFTER_DETERMINER = frozenset(w for d in DETERMINERS for w in (d, d.capitalize(), d.upper()))
# "Some" is a subject before a verb form that is no plural noun: "some argue", but "some reports".
_SOME = frozenset(("some", "Some", "SOME"))
# Words (at most six letters, as ``find_cues`` reads them) that make "show" a noun: "TV show", "chat show".
_KINDS_OF_SHOW = frozenset(
    "tv talk chat game quiz radio road stage comedy sketch motor trade air music awards award panel magic hit live dance art horse dog flower boat car talent cookery".split()
)


def find_cues(text: str) -> list[Cue]:
    """Every cue of ``text`` in text order, but the verb forms used as nouns after a determiner or
    "of" ("acts of protest", "his claims": a word of at most five letters before the space). A noun
    of speech that is also a verb form ("calls for") is both cues, the verb first."""
    found: list[Cue] = []
    add = found.append
    new = tuple.__new__  # a NamedTuple's own constructor is a Python call: ~3x slower
    for m in (cue_scan_nbsp() if "\u00a0" in text else CUE_SCAN).finditer(text):
        at, end = m.span()  # from the space before the cue
        form = text[at + 1 : end]
        lemma, ing, verb = _SCANNED[form]
        space = text.rfind(" ", at - 7 if at > 7 else 0, at)  # the word before: at most six letters matter
        before = text[space + 1 if space >= 0 else (at - 6 if at > 6 else 0) : at]
        if verb is None or before in _AFTER_DETERMINER and (before not in _SOME or form in NOUN_LIKE):
            pass  # "his claims", "acts of protest": no verb, and no noun before "of" either
        elif lemma == "show" and (before.lower() in _KINDS_OF_SHOW or ends_possessive(before)):
            pass  # "cult TV show Twin Peaks", "the children's show": a programme, not a finding
        elif lemma == "noun":
            add(new(Cue, (at + 1, at + 1 + len(verb), verb, REPORTING[verb], False)))
        else:
            add(new(Cue, (at + 1, end, form, lemma, ing)))
        if lemma == "noun":
            add(new(Cue, (at + 1, end, form, "noun", False)))
    according = [
        Cue(m.start() - 1, m.end(), "according to", "according to")
        for m in ACCORDING_SCAN.finditer(text)
        if m.start() > 0 and text[m.start() - 1] in "Aa"
    ]
    polls = [Cue(m.start(), m.end(), "in", "in poll") for m in IN_SOURCE_SCAN.finditer(text)] if "In " in text else []
    if "poll" in text or "survey" in text:
        polls += [Cue(m.start() + 1, m.end(), "in", "in poll") for m in POLL_AFTER_SCAN.finditer(text)]
    asked = [
        Cue(asked_at, m.end(), "asked", "asked question")
        for m in ASKED_SCAN.finditer(text)
        if (asked_at := _asked_at(text, m.start())) is not None
    ]
    if according or polls or asked:
        found = sorted(found + according + polls + asked, key=lambda c: c.start)
    return found


def _asked_at(text: str, sked: int) -> int | None:
    """Where a question cue whose "sked" is at ``sked`` starts: at "Asked", or at the "when" or
    "was" before a lower-case "asked"; None when "asked" has a subject ("she asked whether")."""
    if text[sked - 1 : sked] == "A":
        return sked - 1
    word = word_before(text, max(0, sked - 8), sked - 1) if text[sked - 2 : sked] == " a" else ""
    return sked - 2 - len(word) if word in _ASKED_AFTER else None

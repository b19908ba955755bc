"""Pronouns ("he stressed", "it said"): the nearest earlier compatible person in a bounded
window, else the latest earlier speaker of a compatible sex."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..names import fold
from ..registry import Registry
from .lexicon import (
    HONORIFIC_GENDER,
    DESCRIBED_PERSONS,
    GROUP_NOUNS,
    LEADING_STOPWORDS,
    NOT_NAMES,
    PRONOUN_GENDER,
    TITLE_WORDS,
    is_given_name,
)
from .cues import is_cue
from .mentions import (
    GIVEN_NAME_TITLES,
    HONORIFICS,
    RANKS,
    NAME,
    NAME_RE,
    POSSESSIVE_ENDS,
    Document,
    classify,
    strip_name,
    with_numeral,
    without_possessive,
)
from .canonical import canonical_name, person_canonical, speaker_kind
from .bodies import described_company, spokesman_before
from .gender import OPENS_SENTENCE, gender_of, known_gender, may_be

__all__ = [
    "PREPOSITION_BEFORE", "Antecedent", "person_in", "resolve_pronoun"]


# How far back a pronoun looks for a name in the text (characters).
PRONOUN_WINDOW = 400
# ... and, when no one is in that window, how far back the only one who spoke may be (characters).
SPEAKER_WINDOW = 1000

Antecedent = tuple[int, str]
"""(offset, canonical speaker) of an earlier attribution, for pronouns."""


def _resolve_it(doc: Document, before: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """"it" as a speaker: the nearest organisation or body the story is about (``described_company``)
    quoted or named before ("The Security Council ... what it called"; "Wimpey said the market had
    proved "challenging". "...," it added" with B&B named before Wimpey spoke), else that body."""
    floor = max(0, before - PRONOUN_WINDOW)
    found = topic = None
    read = False  # the body the story is about is read only when needed (a scan of the lead)
    for pos, speaker in history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]:
        if speaker_kind(speaker, registry) != "organisation":
            if not read:
                topic, read = described_company(doc, before), True
            if speaker != topic:
                continue
        floor, found = pos, speaker
    for m in NAME_RE.finditer(doc.text, floor, before):
        _, name = strip_name(m.group())
        if name and classify(name) == "organisation":
            found = canonical_name(doc, name, registry)
    return found or (topic if read else described_company(doc, before))


# Cues that put their subject after them: '..., said Shailendra Jain, head of ...', '..., observes Ms
# Alexander.'; after other cues a name is whom they tell or judge ("told BBC Radio 4", "denied Mr Yeo").
_INVERTING = frozenset(
    """said says added adds asked asks wrote writes explained explains noted notes continued continues
    recalled recalls insisted insists argued argues warned warns observed observes remarked remarks
    admitted admits conceded concedes replied replies responded responds""".split()
)


def _reported_object(text: str, name: re.Match[str]) -> bool:
    """Is ``name`` what a verb of saying reports on or tells ("he said Mr Blair had lost ...",
    "told BBC Radio 4"), rather than its subject after it ("..., said Shailendra Jain, head of")?"""
    end = name.start()
    for _ in range(2):
        while end > 0 and text[end - 1] in " \t\u00a0":
            end -= 1
        word_start = end
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:end]
        if word != "that":
            if not (word.islower() and is_cue(word)):
                return False
            if word not in _INVERTING:
                return True  # "told BBC Radio 4", "accused Cruz, the senator, of"
            after = text[name.end() : name.end() + 2]
            return after[:1] == " " and (after[1:].islower() or after[1:] in "\"“")
        end = word_start
    return False


# Where a name is an object, not whom a later pronoun means: after a preposition ("foul on Ashley
# Cole"), an infinitive ("wants to sign Ashley Cole") or an opening bracket ("given (Cole) a serious injury");
# not after "according to", which names a source ("according to John Houlihan, editor of ...").
PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|(?<!according )to|from|with|against|for|at|about|of|into|over|in)[ \u00a0]+(?:the[ \u00a0]+)?\(?|\bto[ \u00a0]+[a-z]+[ \u00a0]+|\()$"
)

# ... in a list after "such as" or "including" ("youngsters such as centres Matthew Tait", "including
# captain Jason Robinson").
_LISTED_BEFORE = re.compile(r"\b(?:such[ \u00a0]+as|including)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?\Z")
# ... or joined to such a name: "the likes of Jonny Wilkinson and Brian O'Driscoll".
_JOINED_BEFORE = re.compile(rf"({NAME})[ \u00a0]*,?[ \u00a0]+(?:and|or)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?\Z")


def _object_named(text: str, start: int) -> bool:
    """Is the name at ``start`` an object (``PREPOSITION_BEFORE``, ``_LISTED_BEFORE``), or joined by
    "and" or "or" to a name that is?"""
    if PREPOSITION_BEFORE.search(text, max(0, start - 20), start) or _LISTED_BEFORE.search(text, max(0, start - 40), start):
        return True
    joined = _JOINED_BEFORE.search(text, max(0, start - 80), start)
    return joined is not None and _object_named(text, joined.start(1))


def resolve_pronoun(
    doc: Document, word: str, before: int, history: Sequence[Antecedent], registry: Registry
) -> str | None:
    want = PRONOUN_GENDER.get(word.lower())
    if want == "n":
        return _resolve_it(doc, before, history, registry)
    if want not in ("m", "f"):
        return None  # "they", "we", "I": no one person to look for
    # no person named near: the spokesman of a body ("A Labour Party spokesman told ... "...," he said")
    found = (
        _person_before(doc, want, before, history, registry)
        or spokesman_before(doc, before, registry, PRONOUN_WINDOW)
        or _body_of_spokesman(doc, want, before, history, registry)
    )
    if found is None and before > PRONOUN_WINDOW:
        found = _only_speaker(doc, want, before, history, registry)
    return found


_SPOKESPERSON = re.compile(r"\bspokes(man|woman|person)\b")


def _body_of_spokesman(doc: Document, want: str, before: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """The organisation whose spokesperson spoke last in the window, when "he" or "she" follows ("But a
    spokesman said its powers were limited [Ofcom] ... "...," he said."), else None."""
    floor = max(0, before - PRONOUN_WINDOW)
    earlier = history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]
    if not earlier:
        return None
    pos, speaker = earlier[-1]
    if speaker_kind(speaker, registry) != "organisation":
        return None
    said = _SPOKESPERSON.search(doc.text, pos, min(before, pos + 40))
    if said is None or said.group(1) == ("woman" if want == "m" else "man"):
        return None
    return speaker


def _only_speaker(doc: Document, want: str, before: int, history: Sequence[Antecedent], registry: Registry) -> str | None:
    """The one person of sex ``want`` who spoke in the ``SPEAKER_WINDOW`` before ``before`` when no
    other known to be of that sex spoke or is named there outside quotes ('"...," she told BBC News. [two
    sentences] "...," she said.'); None when there are two ("Mr Brown said ... Mr Letwin said ... He said")."""
    floor = max(0, before - SPEAKER_WINDOW)
    found, last = set(), floor
    for pos, speaker in history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))]:
        if classify(speaker) == "person" and may_be(gender_of(speaker, registry), want):
            found.add(speaker)
            last = pos
    if len(found) != 1 or known_gender(doc, next(iter(found)), registry) != want:
        return None  # (of known sex: not "Hewlett Packard", "Scotland Yard")
    for m in NAME_RE.finditer(doc.text, floor, before):
        if doc.in_quote(m.start()):
            continue
        person, gender = person_in(doc, m.group(), registry)
        if person is not None and person not in found and gender == want:
            return None  # (a name of unknown sex, "Hitler's Germany", does not count)
    for m in _UNNAMED_VOICE.finditer(doc.text, last, before):
        if not doc.in_quote(m.start()):
            return None  # "the chancellor pledged", "said one London-based broker": someone else spoke since
    for m in NAME_RE.finditer(doc.text, last + 1, before):
        if doc.in_quote(m.start()) or not OPENS_SENTENCE.search(doc.text, max(0, m.start() - 16), m.start()):
            continue
        name = without_possessive(strip_name(m.group())[1])
        if not name or classify(name) != "person":
            continue
        other = person_in(doc, name, registry)[0]
        if other is not None and other not in found or other is None and " " not in name and m.group().endswith(POSSESSIVE_ENDS):
            return None  # a sentence since opens with another person ("Ban's term ... He said")
    return found.pop()


# Someone described, not named, speaking: "the chancellor pledged", "said one London-based broker".
_CUE_WORDS = "said|says|told|tells|added|adds|argued|insisted|wrote|writes|pledged|promised|vowed|stressed|warned|claimed|believes|thinks|called|urged|declared|explained|announced"
_UNNAMED_VOICE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){{0,3}}?(?:also[ \u00a0]+)?(?:{_CUE_WORDS})\b"
    rf"|\b(?:{_CUE_WORDS})[ \u00a0]+(?:[Tt]he|[Aa]n?|[Oo]ne)[ \u00a0]"
)

# A possessive determiner right before a name: "his Christmas Midnight Mass", "her Golden Globe";
# or the work it names ("programme Go Digital").
_OWNED = re.compile(r"\b(?:his|her|their|its|programme|program|show|magazine|newspaper|film|album|series)[ \u00a0]\Z")
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]\Z")
# ... or the work after it: "told the BBC's Go Digital programme".
_WORK_AFTER = re.compile(r"[ \u00a0]+(?:programme|program|show|magazine|newspaper|film|album|series)\b")


def _person_before(
    doc: Document, want: str, before: int, history: Sequence[Antecedent], registry: Registry, window: int = PRONOUN_WINDOW
) -> str | None:
    """The person a pronoun or a definite description ("the singer") means: the nearest earlier
    person of sex ``want`` ("m", "f"; "" for either) named in the ``window`` or quoted before."""
    floor = max(0, before - window)
    # history is in text order: bisect instead of filtering all of it (long articles).
    earlier = list(history[bisect.bisect_left(history, (floor,)) : bisect.bisect_left(history, (before,))])
    # Names are read only back to the latest earlier speaker at first: usually enough.
    near = earlier[-1][0] if earlier else floor
    names = list(NAME_RE.finditer(doc.text, near, before))
    if earlier and (classify(earlier[-1][1]) != "person" or not may_be(gender_of(earlier[-1][1], registry), want)):
        names[:0] = NAME_RE.finditer(doc.text, floor, near)
    possessor = deferred = None
    while names or earlier:
        # The nearer of the latest name in the window and the latest earlier speaker.
        if names and (not earlier or names[-1].start() > earlier[-1][0]):
            name = names.pop()
            if doc.in_quote(name.start()):
                continue  # '"... in Lord Woolf's words," she said': named by the speaker, not the speaker
            if name.start() and doc.text[name.start() - 1].isalnum():
                continue  # "the 50K Walk. ... he talks of": no "K Walk" inside a word
            if _OWNED.search(doc.text, max(0, name.start() - 10), name.start()) or _WORK_AFTER.match(doc.text, name.end()):
                continue  # "in his Christmas Midnight Mass. ... He added": what someone owns is no one
            if _THE_BEFORE.search(doc.text, max(0, name.start() - 4), name.start()) and _thing_after_the(name.group()):
                continue  # "the Pied Piper of podcasting. He was", "the Texas Parks and Wildlife Department"
            phrase = with_numeral(doc.text, name.start(), name.group())  # "50 Cent", not "Cent"
            if phrase.endswith(POSSESSIVE_ENDS):
                # "the way Tony Blair's government operates. He ...": a possessor only when no one
                # else is near ("This year marks Conti's 17th turn ... he says")
                possessor = possessor or phrase
                continue
            candidate, gender = person_in(doc, phrase, registry)  # (remembered per article: first)
            if candidate is None or _reported_object(doc.text, name):
                continue  # "But he said Mr Blair had lost the trust ... "...," he said.": what is reported
            if (
                may_be(gender, want)
                and fold(phrase.split()[0]) not in NOT_NAMES  # "on Wednesday Mr Straw said": a subject
                and _object_named(doc.text, name.start())
            ):
                # "... Van Nistelrooy's foul on Ashley Cole for which he got a three-game ban. "...," he
                # said.": a name after a preposition is rarely whom the pronoun means; the subject before
                if not _place_like(doc.text, name):
                    deferred = deferred or candidate
                continue
        else:
            candidate = earlier.pop()[1]
            if classify(candidate) != "person":
                continue  # "he" and "she" are people: not the ministry quoted before
            gender = gender_of(candidate, registry)
        if may_be(gender, want):
            return candidate
    if deferred is not None:
        return deferred
    if possessor is not None:
        candidate, gender = person_in(doc, without_possessive(possessor), registry)
        if candidate is not None and may_be(gender, want):
            return candidate
    return None


_AT_A_PLACE = re.compile(r"\b(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _place_like(text: str, name: re.Match[str]) -> bool:
    """Is a name after "in" or "at" a place, never whom a pronoun means: no title and no given name
    ("a meeting of the Commission for Africa in Cape Town. ... he said"; not "in Mr Blair")?"""
    if _AT_A_PLACE.search(text, max(0, name.start() - 10), name.start()) is None:
        return False
    title, bare = strip_name(name.group())
    return not title and not is_given_name(fold(bare.split()[0] if bare else ""))


def _thing_after_the(phrase: str) -> bool:
    """Is a capitalised phrase after "the" a thing's name ("the Second Amendment", "the Pied Piper"),
    not a titled person ("the Treasury Paul Boateng") nor a name used as an adjective ("the Clinton
    campaign", who may be whom the pronoun means)?"""
    title, name = strip_name(phrase)
    return " " in name and not title and not any(is_given_name(fold(w)) for w in name.split()[:-1])


def _family_name_as_word(doc: Document, name: str) -> bool:
    """Is ``name`` one word that reads as no person ("White", a title word) but is the family name of a
    person the article names with a known given name ("Julian White")?"""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    full = doc.fullest(name)
    return full is not None and is_given_name(fold(full.split()[0]))


def person_in(doc: Document, phrase: str, registry: Registry) -> tuple[str | None, str | None]:
    """The person a capitalised phrase near a pronoun names, and their gender ((None, None) when
    it names no known person); remembered per article."""
    key = ("person in", phrase)
    if key in doc._cache:
        return doc._cache[key]
    found: tuple[str | None, str | None] = (None, None)
    title, name = strip_name(phrase)
    honorific = fold(title.split()[-1]) if title else ""
    # "Ms King": a family name; "White is now ..." after "Julian White": a family name that is a word too
    person = classify(name) == "person" or honorific in HONORIFICS or _family_name_as_word(doc, name)
    if name and person and fold(name) not in LEADING_STOPWORDS:
        given = doc.by_given_name(name) if not title and " " not in name and is_given_name(fold(name)) and not doc.fullest(name) else None
        if given is not None and " " in given:
            name = given  # "Jamie's back" after "Jamie Costin"
        if " " in name or _family_name_after(honorific, name) or doc.fullest(name) is not None or registry.lookup(name) is not None or len(
            registry.by_surname(name)
        ) == 1:
            candidate = (classify(name) == "other" and doc.fullest_other(name)) or person_canonical(doc, name, registry)
            said = HONORIFIC_GENDER.get(honorific)
            # "Ms Alexander" is a woman (a lone family name says nothing); "Mrs. Clinton" is not Bill Clinton
            gender = gender_of(candidate, registry) if " " in candidate or not said else said
            known = registry.lookup(candidate)
            if known is not None and known.kind != "person":
                pass  # "chief of technology giant Hewlett Packard. ... she said": a body the registry knows
            elif not (gender and said and gender != said):
                found = (candidate, gender or said)
        elif not title and classify(name) == "person":
            said = _says_of_self(doc, name)  # "Safin said he was trying ...": a man the article names so only
            if said is not None:
                found = (person_canonical(doc, name, registry), said)
    doc._cache[key] = found
    return found


# A lone name, a verb of saying and the pronoun of its clause's subject: "Safin said he was",
# "Sturrock insisted that he had".
_SAYS_OF_SELF = re.compile(r"[ \u00a0]+(?:(?:also|has|had|later|then)[ \u00a0]+)?([a-z]+)[ \u00a0]+(?:that[ \u00a0]+)?(he|she)\b")


def _says_of_self(doc: Document, name: str) -> str | None:
    """The sex ("m", "f") a lone name's speaker takes where the article writes the name, a verb of
    saying and "he"/"she" ("Safin said he was trying ..."), if always the same, and the name inside a
    sentence too (a name, not "Allies say that he" nor "the Scot admitted he"); else None."""
    key = ("says of self", name)
    if key not in doc._cache:
        text, found, inside, at = doc.text, set(), False, doc.text.find(name)
        while at >= 0 and fold(name) not in DESCRIBED_PERSONS and fold(name) not in GROUP_NOUNS:
            end = at + len(name)
            before = text[max(0, at - 4) : at]
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum() and not _ARTICLE_BEFORE.search(before):
                inside = inside or before.rstrip(" \u00a0")[-1:] not in _SENTENCE_OPENERS
                m = _SAYS_OF_SELF.match(text, end)
                if m is not None and is_cue(m.group(1)):
                    found.add("m" if m.group(2) == "he" else "f")
            at = text.find(name, end)
        doc._cache[key] = found.pop() if len(found) == 1 and inside else None
    return doc._cache[key]


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]\Z")
_SENTENCE_OPENERS = frozenset(("", ".", "!", "?", "\n", '"', "“", "”", ":"))


def _family_name_after(honorific: str, name: str) -> bool:
    """Is ``name`` a family name after ``honorific``: "Ms King", "Lord Harris", "Dr Day" (not the
    given names after "Sir" and "Dame", nor the title in "Lord Chancellor")?"""
    if honorific in ("mr", "mr.", "mrs", "mrs.", "ms", "ms."):
        return True
    if honorific in GIVEN_NAME_TITLES or fold(name) in TITLE_WORDS:
        return False
    return honorific in HONORIFICS or honorific in RANKS

"""The subject of a cue verb, read backwards from the verb ("Ismail Demir, head of ...,
confirmed"; "Beck, who has in the past described"), past auxiliaries, adverbs, a time and a
parenthesis; plain string steps, as this runs for every cue of quoted and reported speech."""

from __future__ import annotations

import re

import regex

from .mentions import PERSON_HEADS, Document, Mention, body_name, classify, mention_at_end, strip_name

__all__ = ["AUX_WORDS", "INLINE_SPACE", "lower_word_before", "skip_spaces_back", "subject_before", "subject_in", "whole_body"]

AUX_WORDS = frozenset(
    "also still has have had been is was were are will would later then once again further recently previously earlier "
    "finally simply just did does never often".split()
)
# ... and, between a subject and its verb only, adverbs that after a quote open a new statement
# ('"..." Lib Dem spokesman Ed Davey meanwhile said instead'): "Mr Hockney meanwhile told the BBC:".
_BETWEEN_WORDS = AUX_WORDS | {"meanwhile", "however", "too"}
INLINE_SPACE = " \t\u00a0"
_PREPOSITIONS = frozenset(
    """in on at for with from to by of about during into over under through across around near behind
    between among against outside inside within toward towards past beyond""".split()
)
# A form of address after a capitalised word starts a second name: "In a speech to the Foreign
# Policy Centre Mr Straw said" (no comma after the body) is Mr Straw speaking; "a campaign Mr. Khan
# has called" is what he called it.
_ADDRESSED_INSIDE = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]+((?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+[A-Z])")


def lower_word_before(text: str, end: int, floor: int) -> int:
    """Start of the run of a-z letters ending at ``end`` (``end`` itself when there is none)."""
    start = end
    while start > floor and "a" <= text[start - 1] <= "z":
        start -= 1
    return start


def skip_spaces_back(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1] in INLINE_SPACE:
        end -= 1
    return end


def _strip_auxiliaries(text: str, end: int, floor: int) -> int:
    """Drop trailing auxiliaries and adverbs: "Demir also has" -> "Demir" (plain string steps:
    this runs for every cue, so no regex)."""
    end = skip_spaces_back(text, end, floor)
    while True:
        start = lower_word_before(text, end, floor)
        word = text[start:end]
        if not word or start == floor or text[start - 1] not in INLINE_SPACE:
            return end
        if word not in _BETWEEN_WORDS and not (len(word) >= 5 and word.endswith("ly")):
            return end
        end = skip_spaces_back(text, start, floor)


_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A time between a subject and its cue: "Trump on Monday said", "who in 2010 said", "The senator
# last week said"; never without its preposition or "last"/"this" ("Theresa May said",
# "a November 2006 press release").
# (``regex`` for its backwards search; the other patterns are ``re``'s, whose calls cost about half as much)
_TIME_BACK = regex.compile(
    r"(?r)\b(?:(?:on|in|at|during|since|by)[ \t\u00a0]+(?:(?:a|an|the|this|last|next|past|early|late)[ \t\u00a0]+)?"
    r"|(?:(?:earlier|later)[ \t\u00a0]+)?(?:this|last|next|past)[ \t\u00a0]+|(?:earlier|later)[ \t\u00a0]+)"
    rf"(?:\d{{4}}|{_DAYS}|(?:{_MONTHS})(?:[ \t\u00a0]+\d{{1,2}})?|week|month|year|morning|afternoon|evening|night|weekend)"
    r"[ \t\u00a0]*\Z"
)


_TIME_WORDS = frozenset(f"{_DAYS}|{_MONTHS}|week|month|year|morning|afternoon|evening|night|weekend".split("|"))
_TIME_LAST_LETTERS = frozenset(word[-1] for word in _TIME_WORDS)


def _strip_time(text: str, end: int, floor: int) -> int:
    """Drop a trailing time and the auxiliaries before it: "Trump on Monday also" -> "Trump"."""
    if end <= floor or not (text[end - 1] in _TIME_LAST_LETTERS or text[end - 1].isdigit()):
        return end  # no time word ends here ("Parsons"): the commonest case, without reading the word
    start = end
    while start > floor and text[start - 1].isalnum():
        start -= 1
    word = text[start:end]
    if word not in _TIME_WORDS and not (word.isdigit() and len(word) in (1, 2, 4)):
        return end  # the plain test first: this runs for every cue
    m = _TIME_BACK.search(text, max(floor, end - 40), end)
    if m is None or m.start() == end:
        return end
    return _strip_auxiliaries(text, m.start(), floor)


def _strip_parenthetical(text: str, end: int, floor: int) -> int:
    """Drop a trailing "(R-Wis.)": "Sen. Ron Johnson (R-Wis.)" -> "Sen. Ron Johnson"."""
    close = skip_spaces_back(text, end, floor)
    if close <= floor or text[close - 1] != ")":
        return end
    open_ = text.rfind("(", max(floor, end - 45), close - 1)
    inner = text[open_ + 1 : close - 1]
    if open_ < 0 or not 1 <= len(inner) <= 40 or "(" in inner or ")" in inner or "\n" in inner:
        return end
    return skip_spaces_back(text, open_, max(floor, end - 45))


def whole_body(text: str, men: Mention, floor: int) -> Mention:
    """``men`` or, when it ends a body's name that runs on past "of", "for" or "and", the whole
    name: "Adoption" in "the National Council for Adoption" (``_body_named_by``)."""
    gap = skip_spaces_back(text, men.start, floor)
    start = lower_word_before(text, gap, max(floor, men.start - 12))
    return _body_named_by(text, men, start, gap, floor) or men


def _body_named_by(text: str, men: Mention, start: int, gap: int, floor: int) -> Mention | None:
    """The whole name of a body whose name runs on past "of", "for" or "and" after its head
    word: "the Office for National Statistics", "the Court of Appeals for the District of
    Columbia", "the Department of Trade and Industry" (``men`` is the name after the joining
    word text[start:gap]); None when the words before it name no body ("Ross Eisenbrey of ...")."""
    word = text[start:gap]
    if men.form not in ("name", "role") or word not in ("of", "for", "and") or start == gap:
        return None
    head = mention_at_end(text, skip_spaces_back(text, start, floor), floor)
    if head is None or head.form not in ("name", "role"):
        return None
    if word == "and":  # "the Department for Education and Skills": the head runs on past "for" too
        if " " in men.text:
            return None  # "Clinton and Trump"; only a body's "of ... and ..." runs on: "Trade and Industry"
        gap = skip_spaces_back(text, head.start, floor)
        head = _body_named_by(text, head, lower_word_before(text, gap, max(floor, head.start - 12)), gap, floor) or head
    whole = text[head.start : men.end]
    return Mention(head.start, men.end, whole, "name") if body_name(whole) is not None else None


# An apposition ending in a place and its county or state: "Mr Johnson, MP for Henley-on-Thames,
# Oxfordshire, said" (the comma before the county is not the apposition's).
_PLACE_OF = re.compile(r"[ \u00a0]*(?:[\w-]+[ \u00a0]+){1,3}(?:for|of|in|at)[ \u00a0]+[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)?")


def _before_place(text: str, comma: int, end: int, floor: int) -> int:
    """``comma``, or the comma before it when text[comma:end] is only a county or state after an
    apposition's place (``_PLACE_OF``)."""
    county = text[comma + 1 : end - 1].strip(" \u00a0")
    if not county[:1].isupper() or " " in county:
        return comma
    earlier = text.rfind(",", max(floor, comma - 80), comma)
    if earlier < 0 or _PLACE_OF.fullmatch(text, earlier + 1, comma) is None:
        return comma
    return earlier


# A relative clause about the body of a person's apposed role: "Dan Gillmor, founder of Grassroots
# Media, which supports citizen-based media, said" is Dan Gillmor.
_RELATIVE_START = re.compile(r",[ \u00a0]*(?:which|who)[ \u00a0]")
_APPOSED_ROLE = re.compile(r"[ \u00a0]*[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]+(?:of|for|at)[ \u00a0]+[^,;:.\"“”()\n]{2,80}")


def _before_role(text: str, comma: int, floor: int) -> int:
    """``comma``, or the comma before an apposed role (``_APPOSED_ROLE``) after a name when a
    relative clause opens at ``comma`` (``_RELATIVE_START``)."""
    if _RELATIVE_START.match(text, comma) is None:
        return comma
    earlier = text.rfind(",", max(floor, comma - 90), comma)
    if earlier <= floor or _APPOSED_ROLE.fullmatch(text, earlier + 1, comma) is None:
        return comma
    name = mention_at_end(text, earlier, floor)
    return earlier if name is not None and name.form == "name" else comma


# A role set off by one comma only, after a name opening the sentence: "Howard Archer, economist at
# Global Insight said", "However, Matt Williams, a fund manager at Perpetual Trustees said" (the
# second comma left out); the role's head is a person's ("economist", "a board member of ...").
_ROLE_AFTER_COMMA = re.compile(
    r",[ \u00a0]+(?:an?[ \u00a0]+|[A-Z][\w&.-]*['’]s[ \u00a0]+)?([a-z][\w-]*(?:[ \u00a0]+[\w'’&.-]+){0,8})[ \u00a0]*"
)  # (a body's possessive before the role: "Mr Prettejohn, Lloyd's chief executive said")
_ROLE_COMPLEMENT = re.compile(r"[ \u00a0]+(?:of|at|for|in|with)[ \u00a0]")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?:\"”][ \u00a0]+|\n[ \u00a0]*|(?:But|And|However|Meanwhile),?[ \u00a0]+)\Z")
_APPOSED_HEADS = PERSON_HEADS | {"member", "trader", "partner"}


def _person_before_role(text: str, end: int, cue_start: int, floor: int) -> Mention | None:
    """The name before a role apposed with one comma only (``_ROLE_AFTER_COMMA``), the subject
    phrase text[...:end] ending in that role; None for anything else, and before a parenthetical
    cue ("Clinton, a top aide said, is ..." is about Clinton)."""
    comma = text.rfind(",", max(floor, end - 100), end)
    if comma < 0:
        return None
    role = _ROLE_AFTER_COMMA.fullmatch(text, comma, end)
    if role is None:
        return None
    head = _ROLE_COMPLEMENT.split(role.group(1), 1)[0].rsplit(None, 1)[-1]
    if head not in _APPOSED_HEADS:
        return None
    cue_end = cue_start
    while cue_end < len(text) and text[cue_end].isalpha():
        cue_end += 1
    if text[cue_end : cue_end + 1] == ",":
        return None
    name = mention_at_end(text, comma, floor)
    # the name opens the stretch read (a sentence, or what follows a quote: '," Mr Prettejohn, ...') or a sentence
    opens = not text[floor : name.start].strip(INLINE_SPACE) if name is not None else False
    if name is None or name.form != "name" or not opens and not _SENTENCE_OPENS.search(text[max(floor, name.start - 12) : name.start]):
        return None
    title, person = strip_name(name.text)
    if " " not in person and not title and person.endswith("ly"):
        return None  # an adverb: "Firstly, the prime minister insisted", "Significantly, the judge said"
    return name if classify(person) == "person" else None


_POSSESSIVE_WORD = re.compile(r"[\w-]+['’]s?[ \u00a0]")


def _owner_with_preposition(text: str, men: Mention, start: int, floor: int) -> Mention | None:
    """A name whose possessor holds a preposition: "War on Want's John Hilary said" (``men`` is
    "Want's John Hilary", text[start:] the preposition), else None."""
    if men.form != "name" or _POSSESSIVE_WORD.match(men.text) is None or " " not in men.text:
        return None
    head = mention_at_end(text, skip_spaces_back(text, start, floor), floor)
    if head is None or head.form != "name":
        return None  # ("the talks in Want's ..." is no owner's name)
    return Mention(head.start, men.end, text[head.start : men.end], "name")


def subject_before(text: str, cue_start: int, floor: int) -> Mention | None:
    """The subject of the cue verb starting at ``cue_start``, looking back no further than
    ``floor``: "Ismail Demir, head of ..., confirmed", "Beck, who has in the past described",
    "Sen. Ron Johnson (R-Wis.) kept asking". Auxiliaries and adverbs are skipped."""
    end = cue_start
    for _ in range(3):
        end = _strip_parenthetical(text, _strip_time(text, _strip_auxiliaries(text, end, floor), floor), floor)
        if end > floor and text[end - 1] == ",":
            comma = text.rfind(",", max(floor, end - 150), end - 1)
            if comma < 0:
                return None
            # a relative clause with commas of its own: "The Oscar-nominated actor, whose films include
            # Schindler's List, Michael Collins and Star Wars, said" is the actor, not the last film
            whose = text.rfind(", whose ", max(floor, end - 200), comma)
            end = whose if whose >= 0 and "." not in text[whose:comma] else _before_place(text, comma, end, floor)
            end = _before_role(text, end, floor)
        apposed = _person_before_role(text, end, cue_start, floor)
        if apposed is not None:
            return apposed
        start = end  # "who" and "which" end in "o" and "h": other words need not be read back
        if end > floor and text[end - 1] in "oh":
            start = lower_word_before(text, end, max(floor, end - 12))
        if text[start:end] in ("who", "which") and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")):
            # "Beck, who has ... described": "who" is the mention, "Beck" its antecedent
            return Mention(start, end, text[start:end], "relative")
        men = mention_at_end(text, end, floor)
        if men is None:
            return None
        gap = skip_spaces_back(text, men.start, floor)
        start = lower_word_before(text, gap, max(floor, men.start - 12))
        body = _body_named_by(text, men, start, gap, floor)
        if body is not None:  # it may stand in a phrase itself: "a lecturer at the Centre for Vision"
            men = body
            gap = skip_spaces_back(text, men.start, floor)
            start = lower_word_before(text, gap, max(floor, men.start - 12))
        if gap == men.start or text[start:gap] not in _PREPOSITIONS or (
            start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
        ):
            return men
        owner = _owner_with_preposition(text, men, start, floor)
        if owner is not None:
            return owner
        # (a name only: not "the wake of Ms Hughes' resignation")
        addressed = _ADDRESSED_INSIDE.search(men.text) if men.form == "name" else None
        if addressed is not None:
            cut = men.start + addressed.start(1)
            return Mention(cut, men.end, text[cut : men.end], "name")
        end = start  # "in the past described": the phrase is not the subject
    return None




_UNASKED = object()


def subject_in(doc: Document, cue_start: int, floor: int) -> Mention | None:
    """``subject_before`` in ``doc``'s text, worked out once per article for each (cue, floor):
    the sieves of one sentence's quotes, and reported speech after them, ask about the same cues."""
    key = ("subject", (cue_start, floor))
    found = doc._cache.get(key, _UNASKED)
    if found is _UNASKED:
        found = doc._cache[key] = subject_before(doc.text, cue_start, floor)
    return found

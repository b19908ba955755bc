"""From a mention to a canonical speaker.

``resolve_mention(doc, mention)`` is the one entry point, reused by every
sieve and by reported speech without marks. It dispatches on the mention's form:

- names: :mod:`.canonical` (the registry, else the article's fullest form of the
  same family name, else a unique registry family name, else the name as written);
  a bare family name two people share is the one named last;
- organisations: the registry, else the article's longest form ("The Foreign
  Ministry" -> "Turkish Foreign Ministry");
- role phrases ("the defense chief"): a person's name set off right after the
  phrase ("the mayor of Leeds, Alice Moreno, said") first, then :mod:`.roles`;
  spokespeople and "the company": :mod:`.bodies`;
- pronouns: :mod:`.pronouns`, with :mod:`.gender`;
- definite descriptions ("the singer", "The Russian") when the text names no
  one: :mod:`.descriptions`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..names import fold, name_tokens
from ..registry import Registry, default_registry
from .lexicon import (
    HONORIFIC_GENDER,
    NATIONAL_TITLES,
    ORG_HEADS,
    is_given_name,
    DESCRIBED_PERSONS,
    ROLE_HEADS,
    LEADING_STOPWORDS,
    MEDIA_NOUNS,
    NOT_NAMES,
    POST_NOMINALS,
    TITLE_WORDS,
)
from .subjects import whole_body
from .mentions import (
    COMMON_ORG_WORDS,
    NAME,
    NAME_RE,
    Document,
    Mention,
    classify,
    mention_at_end,
    name_in,
    strip_name,
    without_possessive,
)
from .canonical import canonical_name, person_canonical
from .roles import resolve_role
from .bodies import body_of_sentence_before, spoken_for, spokesman_before
from .gender import gender_of, known_gender
from .pronouns import PREPOSITION_BEFORE, Antecedent, resolve_pronoun
from .descriptions import described_person

__all__ = ["joined_subject", "resolve_mention"]


_POSSESSOR = re.compile(r"['’]s\s+")
_HEAD_OF = re.compile(r"(?i)(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}\w+\s+of\b")

# A role phrase's own name, set off by commas after it and its "of/for ..." complement: "the mayor
# of Leeds, Alice Moreno, said" (not a list: "..., Alice Moreno, and the governor").
_APPOSED_NAME = re.compile(r"(?:[ \u00a0]+(?:of|for|at|with|in|to)[ \u00a0]+[^,;:\"“”()\n]{1,60}?)?[ \u00a0]*,[ \u00a0]*")
_APPOSED_NAME_END = re.compile(r"[ \u00a0]*(?:,(?![ \u00a0]*(?:and|or|but)\b)|[.;]|\Z)")
_NAME_BEFORE_APPOSITION = re.compile(rf"(?:^|(?<=[.!?\n\"“”] )|(?<=\n))({NAME})[ \u00a0]*,[ \u00a0]*\Z")

_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def _apposed_name(doc: Document, mention: Mention, registry: Registry) -> str | None:
    """The person named in an apposition right after a role phrase ("Her lawyer, John Smith,"),
    or named just before an indefinite one ("Michael Lamberty, a Lufthansa spokesman told")."""
    text = doc.text
    if mention.text[:2].lower() == "a " or mention.text[:3].lower() == "an ":
        before = _NAME_BEFORE_APPOSITION.search(text, max(0, mention.start - 60), mention.start)
        # A full name opening the sentence: "Clinton, a top aide said, ..." is about Clinton.
        if before is not None and fold(before.group(1).split()[0]) not in LEADING_STOPWORDS:
            _, found = strip_name(before.group(1))
            if len(name_tokens(found)) > 1 and classify(found) == "person":
                return person_canonical(doc, found, registry)
    gap = _APPOSED_NAME.match(text, mention.end, min(len(text), mention.end + 80))
    if gap is None:
        return None
    name = NAME_RE.match(text, gap.end(), min(len(text), gap.end() + 60))
    if name is None or not _APPOSED_NAME_END.match(text, name.end(), min(len(text), name.end() + 10)):
        return None
    _, found = strip_name(name.group())
    if not found or classify(found) != "person" or fold(found) in LEADING_STOPWORDS:
        return None
    complement = gap.group().rstrip(" ,\u00a0").split()
    if " " not in found and complement and complement[-1][:1].isupper():
        return None  # "a pastor at the church of Elizabeth, Colorado," / "states of Indiana, Michigan,"
    return person_canonical(doc, found, registry)


# A spokesperson or a document that speaks for whoever owns it: "Chelsea's statement", "Mr Kok's
# report", "Prime Minister Tony Blair's official spokesman" (not "his lawyer": a lawyer speaks for themself).
_OWNED_VOICE = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?(.+?)['’]s?[ \u00a0]+(?:official[ \u00a0]+|own[ \u00a0]+)?"
    r"(?:spokes(?:man|woman|person)|statement|report|letter|memo)"
)
_VOICE_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "statement", "report", "letter", "memo")


def _possessor_speaks(doc: Document, phrase: str, registry: Registry) -> str | None:
    """The named owner of a spokesperson or a statement (``_OWNED_VOICE``), or None."""
    m = _OWNED_VOICE.fullmatch(phrase) if phrase.endswith(_VOICE_NOUNS) else None  # (a plain test first)
    if m is None or not m.group(1)[:1].isupper():
        return None
    return canonical_name(doc, name_in(m.group(1)), registry)


# An owner described or a pronoun before a spokesperson's or a document's noun: "The rapper's
# spokesperson", "The prime minister's official spokesman", "his spokesman".
_DESCRIBED_OWNER = re.compile(
    r"(?:((?:[Tt]he)[ \u00a0]+[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*){0,2})['’]s|([Hh]is|[Hh]er))[ \u00a0]+(?:official[ \u00a0]+|own[ \u00a0]+)?"
    r"(?:spokes(?:man|woman|person)|statement|letter|memo)\Z"
)


def _described_owner(mention: Mention) -> Mention | None:
    """The owner of "The rapper's spokesperson" or "his spokesman" as a mention of its own, or None."""
    m = _DESCRIBED_OWNER.match(mention.text) if mention.text.endswith(_VOICE_NOUNS) else None
    if m is None:
        return None
    if m.group(2):
        return Mention(mention.start, mention.start + m.end(2), m.group(2).lower().replace("his", "he").replace("her", "she"), "pronoun")
    owner = m.group(1)
    form = "role" if fold(owner.split()[-1]) in ROLE_HEADS else "phrase"
    return Mention(mention.start, mention.start + len(owner), owner, form)


def _outlet(phrase: str, registry: Registry) -> str | None:
    """The organisation a phrase ending in a medium's noun names: "Russia’s Interfax news agency"
    -> "Interfax"; "a Russian newspaper" names none (an adjective, not a name)."""
    words = phrase.split()
    if len(words) < 2 or fold(words[-1]) not in MEDIA_NOUNS:
        return None
    words.pop()
    if words and fold(words[-1]) == "news":
        words.pop()
    rest = _POSSESSOR.split(" ".join(words))[-1]
    name = without_possessive(strip_name(name_in(rest))[1]) if rest[-1:].isalnum() else ""  # "The Washington Post"
    if not name[:1].isupper() or fold(name) in TITLE_WORDS or fold(name) in NOT_NAMES:
        return None
    sp = registry.lookup(name)
    return sp.name if sp is not None else name


def resolve_mention(
    doc: Document,
    mention: Mention,
    history: Sequence[Antecedent] = (),
    registry: Registry | None = None,
    before: int | None = None,
) -> str | None:
    """The canonical speaker ``mention`` refers to, or None.

    ``history`` lists earlier attributions as (offset, speaker), sorted by offset;
    ``before`` bounds where a pronoun's antecedent may stand (defaults to the
    mention's start; pass a quote's opening offset for "he said" after it).
    """
    if registry is None:
        registry = default_registry()
    if mention.form != "pronoun" and mention.text.endswith(_REFLEXIVES):
        # "Mr Blunkett himself described", "The WTO itself has warned": the mention without its reflexive,
        # of the sex it says ("Clinton herself" is not Bill Clinton)
        cut, reflexive = mention.text.rsplit(None, 1)
        plain = mention_at_end(doc.text, mention.start + len(cut), mention.start)
        if plain is None or plain.start != mention.start:
            return None
        found = resolve_mention(doc, plain, history, registry, before)
        want = {"himself": "m", "herself": "f"}.get(reflexive)
        return None if found is not None and want and known_gender(doc, found, registry) not in (want, None) else found
    found = _resolve_written(doc, mention, history, registry, before)
    if mention.form != "pronoun" and (
        found is None
        or fold(found) == fold(mention.text).removeprefix("the ")
        or fold(found) in DESCRIBED_PERSONS and fold(mention.text).startswith("the ")
    ):
        # ("the New Zealander" is no one named "New Zealander"; "The Romanian", "the 27-year-old
        # Austrian" no one named "Romanian", "Austrian")
        described = described_person(doc, mention, history, registry, before)
        if described is None and found is not None and fold(found) in DESCRIBED_PERSONS:
            return None
        found = described or found
    return found


_REFLEXIVES = (" himself", " herself", " itself", " themselves")


def _resolve_written(
    doc: Document, mention: Mention, history: Sequence[Antecedent], registry: Registry, before: int | None
) -> str | None:
    if mention.form == "pronoun":
        return resolve_pronoun(doc, mention.text, mention.start if before is None else before, history, registry)
    if mention.form == "relative":
        # "Beck, who has ... described": the antecedent right before ", who".
        end = mention.start
        while end > 0 and doc.text[end - 1] in " ,\t\u00a0":
            end -= 1
        ante = mention_at_end(doc.text, end, max(0, mention.start - 160))
        if ante is None or ante.form == "relative":
            return None
        ante = whole_body(doc.text, ante, max(0, mention.start - 160))  # "the National Council for Adoption, which"
        return resolve_mention(doc, ante, history, registry, before)
    if mention.form in ("role", "phrase"):
        named = _outlet(mention.text, registry) or _apposed_name(doc, mention, registry) or _possessor_speaks(doc, mention.text, registry)
        if named is not None:
            return named
        owner = _described_owner(mention)
        if owner is not None:  # "The rapper's spokesperson", "his spokesman": whom the owner means
            return resolve_mention(doc, owner, history, registry, before)
    if mention.form == "role":
        words = mention.text.split()
        last = words[-1]
        if _HEAD_OF.match(mention.text) and fold(last) not in _SPOKESPEOPLE:
            # "the head of Turkey's Defense Industry Directorate": its head (not "a Department of Homeland
            # Security spokeswoman", who speaks for the department)
            return resolve_role(doc, mention, registry)
        if last[:1].isupper() and fold(last) not in POST_NOMINALS:  # "The Foreign Ministry": a name after all
            found = canonical_name(doc, name_in(mention.text), registry)
            if found is not None and classify(found) != "other":
                return found
        if fold(words[0]) in ("a", "an"):
            # "a Defra spokesman", "a White House official": the body they speak for; no one person
            found = spoken_for(doc, words, registry, mention.end)
            if found is None and len(words) == 2 and fold(words[1]) in _SPOKESPEOPLE:
                found = body_of_sentence_before(doc, mention, registry)  # "But the Home Office defended ... A spokesman said"
            return found
        if len(words) == 2 and fold(words[0]) == "the" and fold(words[1]) in _SPOKESPEOPLE:
            return spokesman_before(doc, mention.start, registry)  # "the spokesman added" after "A UKIP spokesman"
        if fold(words[0]) == "the" and fold(last) in _SPOKESPEOPLE:
            body = spoken_for(doc, words, registry, mention.end)  # "The Vodafone spokesman"
            if body is not None:
                return body
        return resolve_role(doc, mention, registry)
    if mention.form == "name":
        if joined_subject(doc.text, mention):
            return None  # "Earthlink and Webroot found", "The Conservatives and Lib Dems say": both, no one speaker
        phrase = _named_past_and(doc.text, mention) or name_in(mention.text)
        return _namesake_before(doc, phrase, canonical_name(doc, phrase, registry), mention.start, registry)
    if mention.form == "phrase" and mention.text[:1].isupper():
        sp = registry.lookup(mention.text)  # a name the registry holds, whatever its shape: "Number 10"
        return sp.name if sp is not None else None
    return None


# Names and "and" before a name: "Earthlink and " of "Earthlink and Webroot", "The Conservatives and ".
_JOINED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Bb]oth)[ \u00a0]+)?((?:[A-Z][\w'’&-]*[ \u00a0]+)+)and[ \u00a0]+\Z")
# A verb in the singular after the name: a clause of its own ("leaders Barcelona and Owen is confident").
_SINGULAR_NEXT = re.compile(r"[ \u00a0]+(?:(?:has|is|was)\b|[a-z]+[^s\W]s\b)")


def joined_subject(text: str, name: Mention) -> bool:
    """Is ``name`` ("Webroot") the second of two names that are one subject ("Earthlink and Webroot", "The
    Conservatives and Lib Dems")? Not after an object and "and" that end a clause ("... training in Holland
    and Ferguson said", "... leaders Barcelona and Owen is confident"), nor in a title or a body's name that
    runs on past "and" ("Trade and Industry Secretary Patricia Hewitt", "The Food and Agriculture Organisation":
    ``_named_past_and``)."""
    if not text.endswith(" and ", max(0, name.start - 5), name.start):
        return False  # (a plain test first: most names follow no "and")
    joined = _JOINED_BEFORE.search(text, max(0, name.start - 60), name.start)
    if joined is None or PREPOSITION_BEFORE.search(text, max(0, joined.start() - 20), joined.start()):
        return False  # an object after a preposition ends a clause: "training in Holland and Ferguson said"
    if ". " in name.text or _SINGULAR_NEXT.match(text, name.end) or strip_name(name.text)[0]:
        return False  # (not "... Malcolm X. Attallah Shabazz, the daughter of ...": a sentence ends inside)
    if fold(joined.group(1).split()[-1]) in TITLE_WORDS:
        return False  # "Fox News Vice President and Washington Managing Editor Bill Sammon": one person's titles
    return _named_past_and(text, name) is None


def _named_past_and(text: str, name: Mention) -> str | None:
    """The whole name of a body that runs on past "and" before ``name`` ("Exchange Commission"): "US
    Securities and Exchange Commission", "Qualifications and Curriculum Authority"; None when the words
    before "and" name a body, place or person of their own ("the IMF and World Bank")."""
    if not text.endswith(" and ", max(0, name.start - 5), name.start) or fold(name.text.split(" of ")[0].split()[-1]) not in ORG_HEADS:
        return None  # (a plain test first: most names follow no "and")
    if name.text.startswith(("the ", "The ")):
        return None  # "the American Federation of Teachers and the National Education Association": two
    joined = _JOINED_BEFORE.search(text, max(0, name.start - 60), name.start)
    if joined is None:
        return None
    words = joined.group(1).split()
    own = words[1:] if len(words) > 1 and fold(words[0]) in NATIONAL_TITLES else words  # ("US Securities")
    if any(w.isupper() or is_given_name(fold(w)) or fold(w) in COMMON_ORG_WORDS or classify(w) in ("place", "organisation") for w in own):
        return None
    return f"{' '.join(words)} and {name.text}"


def _namesake_before(doc: Document, phrase: str, found: str | None, at: int, registry: Registry) -> str | None:
    """Two people of one family name in an article ("Writer Tony Cowell" after "the brother of Simon
    Cowell"): a bare family name is the one named last before ``at`` (of the sex an honorific says),
    or no one named yet: the name as written. ``found`` is the answer for the article as a whole."""
    if found is None or " " not in found:
        return found  # (no full name in the article for it)
    title, name = strip_name(phrase)
    name = without_possessive(name)
    if len(name_tokens(name)) != 1 or registry.lookup(name) is not None:
        return found
    forms = doc.full_names(name)
    if len({name_tokens(full)[0] for _, full in forms}) < 2:
        return found
    said = HONORIFIC_GENDER.get(fold(title.split()[-1])) if title else None
    for _, full in reversed(forms[: bisect.bisect_left(forms, (at,))]):
        canonical = person_canonical(doc, full, registry)
        if said is None or gender_of(canonical, registry) in (said, None):
            return canonical
    return name

"""The cue lexicon: verbs of saying in all their inflections, and the nouns that introduce speech.

``CUES`` maps every written form ("says", "has said" is "said" after an
auxiliary, "pointed out") to its lemma; ``CUE_RE`` finds them as whole words.
Reused by reported speech without marks: ``is_cue("stressed")``,
``cue_lemma("told") == "tell"``.
"""

from __future__ import annotations

import re

__all__ = ["CUES", "CUE_RE", "NOUN_LIKE_CUES", "POSSESSIVE_SPEECH_RE", "SPEECH_NOUN_RE", "cue_lemma", "is_cue", "is_participle"]

# Regular verbs of saying (and of writing, posting, asking, judging aloud).
_REGULAR = """
accuse acknowledge add admit advise affirm agree allege announce answer argue ask assert assure
blast boast brag caution charge chant cite claim comment complain concede conclude confirm
contend continue counter cry declare demand deny describe emphasise emphasize estimate exclaim
explain grumble highlight indicate inform insist interject joke lament laugh maintain mention
mock mutter muse note observe post predict proclaim promise protest question quip rage recall
recount reiterate remark repeat reply report respond retort reveal scoff scream shout slam
snap state stress suggest testify thunder tweet underline underscore urge vow warn wonder yell
pledge rip label characterize characterise riff echo relate reject criticize criticise hail praise
dismiss condemn denounce decry deride attack brand dub term tout boast lash insist quote question
argue recommend acknowledge interrupt plead concur chide scold
talk discuss remember react exhort surmise fume gush muse sigh marvel counsel apologize apologise
blame thank ponder demand offer liken press beam bark growl snarl
""".split()

# Irregular forms (and particle verbs), by lemma.
_IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "read": ("read", "reads", "reading"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "sing": ("sings", "sang", "sung", "singing"),
    "go on": ("goes on", "went on", "going on"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "chime in": ("chimes in", "chimed in", "chiming in"),
    "shoot back": ("shoots back", "shot back", "shooting back"),
    "fire back": ("fires back", "fired back", "firing back"),
    "put it": ("puts it", "put it"),
    "call": ("call", "calls", "called", "calling"),
}

_DOUBLING = {"admit", "quip", "slam", "snap", "rip"}


def _inflect(verb: str) -> tuple[str, ...]:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past, ing = verb + "d", (verb if verb.endswith("ee") else verb[:-1]) + "ing"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif verb in _DOUBLING:
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    if verb[-1] == "l" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        # British spelling doubles the l: "labelled", "counselling", "marvelled"
        return (verb, third, past, ing, verb + "led", verb + "ling")
    return (verb, third, past, ing)


def _build() -> dict[str, str]:
    forms: dict[str, str] = {}
    for verb in _REGULAR:
        for form in _inflect(verb):
            forms[form] = verb
    for lemma, written in _IRREGULAR.items():
        for form in written:
            forms[form] = lemma
    return forms


CUES: dict[str, str] = _build()

# Bare base forms that are far more often nouns or other words in news text;
# they count as cues only in their inflected forms.
for _noun_like in ("post", "state", "cry", "rage", "mock", "offer", "demand", "talk", "echo", "term", "label", "brand", "attack"):
    CUES.pop(_noun_like, None)



def _trie_pattern(words: list[str]) -> str:
    """One regex alternation factored by common prefixes: far faster than a flat list of 400 words."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if ends else body

    return emit(trie)


# Whole-word cue forms, lower case only: a capitalised "States" or "Post" is a name; nor the end of a
# compound ("casino-related").
CUE_RE = re.compile(r"(?<![\w-])(?:" + _trie_pattern(sorted(CUES)) + r")\b")

# Cue forms that are as often nouns ("a direct question", "initial reports"): after a plain
# noun phrase they are not taken as its verb.
NOUN_LIKE_CUES = frozenset(
    f
    for base in """question claim report comment note call tweet remark charge answer reply promise pledge post
    demand offer attack label term echo quote warning press""".split()
    for f in (base, base + "s", base + "es")
    if f in CUES
)

# Nouns that report speech when followed by its source: "a warning from X", "remarks by X".
SPEECH_NOUN_RE = re.compile(
    r"\b(?:warning|statement|remarks?|comments?|words|message|announcement|claims?|pledge|promise"
    r"|assurances?|threats?|tweets?|post|letter|response|reply|testimony|speech|interview)"
    r"\s+(?:from|by)\s+",
    re.IGNORECASE,
)


def cue_lemma(word: str) -> str | None:
    """The lemma of a cue form ("stressed" -> "stress"), or None if it is not a cue."""
    return CUES.get(" ".join(word.lower().split()))


def is_cue(word: str) -> bool:
    return cue_lemma(word) is not None


def is_participle(word: str) -> bool:
    """A subjectless "-ing" cue ("adding", "saying") continues the clause's subject."""
    return word.lower().endswith("ing") and is_cue(word)

# A speech noun owned by its speaker: "Donald Trump’s claim that", "his repeated warnings that".
# (The look-ahead for the owner's first letter lets the scanner skip to capitals and "h": 2x faster.)
POSSESSIVE_SPEECH_RE = re.compile(
    r"(?=[A-Zh])(?P<owner>(?:[A-Z][\w\-]*[ \u00a0]){0,3}[A-Z][\w\-]*(?=['’])|\b[Hh](?:is|er)\b)(?:['’]s?)?"
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<noun>claims?|statements?|remarks?|comments?|words|assertions?|arguments?"
    r"|tweets?|messages?|responses?|answers?|promises?|pledges?|warnings?|predictions?|accusations?|insistence"
    r"|suggestions?|description|characterization|call|vow|boast|quip|slogan|mispronunciations?|mangling)\b"
)

"""The attribution sieves, from the most specific rule to the loosest.

Each sieve looks at one quote in bounded windows (its sentence, a few hundred
characters around its marks) and either attributes it or passes. ``SIEVES``
is the order they run in; the first that decides names itself in
``Attribution.method``:

1. ``trailing_cue``: mention and cue right after the quote, either order ('," he stressed').
2. ``split_quote``: the second half of '"A," he said, "B."' inherits the first's attribution.
3. ``according_to``: 'According to X, ... "..."' or '"...", according to X'.
4. ``leading_cue``: a cue and its subject earlier in the sentence ('X also stressed that "..."');
   ``colon_intro`` when the cue ends with a colon ('told CBS News: "..."').
5. ``same_sentence``: a later quote of an attributed sentence ('," adding: "...').
6. ``colon_name``: 'Republican pollster Daron Shaw: "..."'.
7. ``speech_noun``: 'a warning from X that "..."', 'X's claim that "..."'.
8. ``later_in_sentence``: the main clause follows the quote ('... "..." climate change, Axelrod said.').
9. ``previous_sentence``: a quote opening a sentence continues the attributed sentence before it.
10. ``sentence_subject``: a person or organisation subject with no verb of saying.
11. ``continuation``: a paragraph opening with a quote continues the paragraph before it.
12. ``previous_subject``: a whole-sentence quote after a sentence whose subject is a person.
13. ``same_paragraph``: the latest attributed quote of the paragraph, nearby.

Mentions are resolved to speakers by :mod:`quotes.attribution.resolve`; the frame the sieves
share is :mod:`quotes.attribution.context`, the subject of a cue :mod:`quotes.attribution.subjects`,
the medium :mod:`quotes.attribution.via`.
"""

from __future__ import annotations

import re

import regex

from ..matching import last_match
from ..transcript import label_before
from .context import AHEAD, BACK, ENDS_SENTENCE, SENTENCE_END, Attribution, Context, Sieve, last_break
from .cues import CUE_RE, CUES, NOUN_LIKE_CUES, POSSESSIVE_SPEECH_RE, SPEECH_NOUN_RE, is_participle
from .mentions import NAME, NAME_RE, Document, Mention, classify, mention_at_end, mention_at_start, name_in
from .resolve import resolve_mention
from .subjects import AUX_WORDS, INLINE_SPACE, lower_word_before, skip_spaces_back, subject_in
from .via import VIA_HINT, find_via

__all__ = ["SIEVES"]

_GAP = re.compile(r"[ \t\u00a0,;:\-–—]*")
_DASH = re.compile(r"[ \t\u00a0]*[―—–]+[ \t\u00a0]*")
# ... or a line of its own after the quote's paragraph that is only a dash and a name: '\n\n- Clinton.'
# The name a trailing role is set off from by a comma: '," said EEF chief economist, Steve Radley.'
_NAME_AFTER_ROLE = re.compile(rf",[ \t\u00a0]+((?:{NAME_RE.pattern}))(?=[ \t\u00a0]*(?:[.,;\n]|\Z))")
_SIGNATURE_LINE = re.compile(rf"[ \t\u00a0]*\n\s*[-―—–]+[ \t\u00a0]*(?=(?:{NAME_RE.pattern})\.?[ \t\u00a0]*(?:\n|\Z))")
# Auxiliaries and adverbs between a subject and its cue: "Trump also said", "he said today".
_ADVERBS = re.compile(
    r"(?:(?:" + "|".join(sorted(AUX_WORDS | {"today", "yesterday"})) + r"|[a-z]{3,}ly)[ \t\u00a0]+){1,3}"
)
_COLON_TAIL = regex.compile(r"(?r)[ \t\u00a0]*:[ \t\u00a0]*\Z")
_SENTENCE_LEAD = re.compile(
    r"(?:(?:On|In)[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \t\u00a0]+"  # "On July 6, 2015, "
    r"|(?:And|But|So|Then|Yet|Still|Meanwhile|However|Later|Now|Instead|Also|Indeed|Earlier|Last \w+|(?:On|In) (?:\d+|[A-Z]\w*)"
    r"|[A-Z][a-z]+ly|Likewise|Moreover|Furthermore|Nonetheless|Nevertheless|Otherwise|Perhaps|First|Second|Third)"
    r",?[ \t\u00a0]+"
    r"|(?:In|On|At|After|Before|During|Following|With|For|From|Despite|Asked|Speaking|Writing|When|While|As"
    r"|Alongside|Amid|Like|Unlike|[A-Z][a-z]+ing)\b"  # "Continuing to explain his view, Carson ..."
    r"[^,.;:\"“”\n]{1,120},[ \t\u00a0]+|\d{4},[ \t\u00a0]+"
    r"|(?:Hours|Days|Weeks|Months|Years|Minutes|Moments)[ \t\u00a0]+(?:later|earlier|before|after),[ \t\u00a0]+)+"
)
_NOUN_BEFORE = regex.compile(
    r"(?r)(?:\b(?:a|an|the|one|his|her|their|its|this|that|another|every|each|my|our|your|whose)|['’]s)[ \t\u00a0]+\Z"
)
_ADJECTIVE_BEFORE = regex.compile(
    r"(?r)\b(?:a|an|the|his|her|their|its|this|that)[ \t\u00a0]+(?:following|same|latest|first|last|previous|recent|new"
    r"|brief|short|written|joint|public|official|formal|final|earlier|later|direct)[ \t\u00a0]+\Z"
)
_TO_BEFORE = regex.compile(r"(?r)\bto[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?\Z")
_PRONOUN_CUE = re.compile(rf"(he|she|they|it|we|I)[ \t\u00a0]+(?:also[ \t\u00a0]+)?({CUE_RE.pattern})")
_PARENTHETICAL = re.compile(r"[ \t\u00a0]*\([^()\n]{1,40}\)")
_OPENS_NEXT = re.compile(r"[ \t\u00a0]*(?::|,?[ \t\u00a0]*[\"“])")
# A quote ending in a full stop (not a question or exclamation, which news style lets run on
# into its attribution: '?” Alvarez asked council members.').
_ENDS_STATEMENT = re.compile(r"[.…][ \t\u00a0]*\Z")
_CLAUSE_NEXT = re.compile(
    r"[ \t\u00a0]+(?:that|he|she|they|it|I|we|the|a|an|his|her|their|there|this|these|those"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]\w*)\b"
)
# An apposition between a name and its cue, which may hold commas of its own:
# "Anne Richards, assistant secretary of state for population, refugees, and migration, said".
_APPOSITIVE = re.compile(r",(?:[^,\"“”\n]{1,160},){1,4}[ \t\u00a0]*")
# ... or without its closing comma, when the cue follows: '," John Houlihan, editor of Gamesite.com told'.
_UNCLOSED_APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?!(?:as|and|but|or|which|who|whom|whose|that|he|she|it|they|we|while|when|because|so)\b)"
    rf"[a-z][\w'’.\-]*[ \t\u00a0]+[^,;:\"“”\n]{{0,80}}?[ \t\u00a0]*(?<=[ \t\u00a0])(?=(?:{CUE_RE.pattern})\b)"
)
_ACCORDING = re.compile(r"\b[Aa]ccording[ \t\u00a0]+to[ \t\u00a0]+")
_TRAILING_ACCORDING = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*according[ \t\u00a0]+to[ \t\u00a0]+")
_NOUN_PHRASE_END = re.compile(r"[,.;:\"“”(]|\b(?:in|on|at|that|who|last|this|during|after|before|when)\b")
# The last word before a quote's mark, after at most a comma or colon: a candidate cue.
_PARTICLES = frozenset(("out", "on", "in", "back"))  # "pointed out:"
_INTRO_TAIL = regex.compile(
    rf"(?r)\b[a-z]+(?:[ \t\u00a0]+(?:{'|'.join(sorted(_PARTICLES))}))?[ \t\u00a0]*[,:]?[ \t\u00a0]*\Z"
)
# Verbs of thinking that quote the thought when the mark follows them directly.
_THOUGHTS = frozenset("believe believes believed think thinks thought feel feels felt hope hopes hoped fear fears feared".split())
_THOUGHT_RE = re.compile(r"(?:" + "|".join(sorted(_THOUGHTS, key=len, reverse=True)) + r")\b")
# Adverbs between a sentence's opening conjunction and its subject: "And then Trump went".
_LEAD_ADVERBS = re.compile(r"(?:(?:then|later|now|also|again|finally|eventually|soon)[ \t\u00a0]+)*")
_COORDINATED = regex.compile(r"(?r)(?:\band|\bbut|;)[ \t\u00a0]+\Z")
_SUBJECT_DETS = frozenset("the a an one another".split())


_CONTRACTED = frozenset("it he she that what there who here where".split())
_PAST_FORMS = frozenset("said told wrote spoke sang read".split())


def _noun_use(text: str, cue: re.Match[str], floor: int) -> bool:
    """"In one tweet", "his claim": the cue word is a noun after a determiner. After "one" or
    "another" a past form is still a verb: "Another said", "one added"."""
    det = _NOUN_BEFORE.search(text, max(floor, cue.start() - 12), cue.start())
    if det is None:
        # "made the following comment:": a noun after a determiner and an adjective.
        return cue.group() in NOUN_LIKE_CUES and bool(_ADJECTIVE_BEFORE.search(text, max(floor, cue.start() - 30), cue.start()))
    form = cue.group()
    if det.group().split()[0].lower() in ("one", "another") and (form.endswith("ed") or form in _PAST_FORMS):
        return False
    if det.group()[0] in "'’":  # "It’s denouncing": "is", not a possessive
        before = text[max(floor, det.start() - 6) : det.start()].lower()  # lower the word only
        return before[lower_word_before(before, len(before), 0) :] not in _CONTRACTED
    return True


def _make(ctx: Context, i: int, mention: Mention, cue: str | None, cue_end: int, sieve: str) -> Attribution:
    span = ctx.spans[i]
    quoted = _QUOTED_AS_SAYING.match(ctx.text, cue_end) if cue in _QUOTING else None
    if quoted is not None:
        # '"...," Arab News quoted Prince Saud as saying': the one quoted speaks, through the medium
        medium = mention.text
        mention = Mention(quoted.start(1), quoted.end(1), quoted.group(1), "name")
    before = min(mention.start, span.open)
    speaker = resolve_mention(ctx.doc, mention, ctx.history, ctx.registry, before=before)
    sent, end = ctx.sentence_start(i), ctx.sentence_end(i)
    via = None
    if quoted is not None:
        via = medium
    elif VIA_HINT.search(ctx.text, sent, end):  # one cheap test for the whole sentence first
        via = find_via(ctx.text, min(cue_end, span.close), end) or find_via(ctx.text, sent, span.open)
    return Attribution(speaker, mention.text, mention.start, mention.end, cue, via, sieve)


_QUOTING = frozenset("quoted quotes cited cites".split())
# Whom a medium quotes: "quoted Prince Saud as saying", "cited Mr Vaile as telling".
_QUOTED_AS_SAYING = re.compile(rf"[ \t\u00a0]+({NAME})[ \t\u00a0]+as[ \t\u00a0]+(?:saying|telling|writing|stating)\b")


def _inherit(ctx: Context, j: int, sieve: str) -> Attribution | None:
    prev = ctx.found[j]
    if prev.mention is None and prev.speaker is None:
        return None
    return Attribution(
        prev.speaker, prev.mention, prev.mention_start, prev.mention_end, prev.cue, prev.via, sieve
    )


# --- the sieves -----------------------------------------------------------------------------


def _introducing_cue(ctx: Context, i: int) -> tuple[Mention, re.Match[str]] | None:
    """A cue with its subject right before the quote's mark, only a comma or colon between:
    'a man yelled "Stay there!"', 'Clinton said, "..."' (computed once per quote)."""
    if i not in ctx._intro:
        ctx._intro[i] = _find_introducing_cue(ctx, i)
    return ctx._intro[i]


def _find_introducing_cue(ctx: Context, i: int) -> tuple[Mention, re.Match[str]] | None:
    text, span = ctx.text, ctx.spans[i]
    # _INTRO_TAIL needs a lower-case letter before the mark, after spaces and one comma or colon:
    # most quotes fail this plain test, which spares the reverse search.
    at = skip_spaces_back(text, span.open, 0)
    if at and text[at - 1] in ",:":
        at = skip_spaces_back(text, at - 1, 0)
    if not at or not "a" <= text[at - 1] <= "z":
        return None
    word_start = lower_word_before(text, at, 0)
    word = text[word_start:at]
    if word in _THOUGHTS and at == skip_spaces_back(text, span.open, 0):
        # A verb of thinking right before the mark quotes the thought: 'who believes "if we ..."'.
        cue = _THOUGHT_RE.match(text, word_start)
    else:
        if word not in CUES and word not in _PARTICLES:
            return None  # the word before the mark is no cue ("the", "that")
        intro = _INTRO_TAIL.search(text, max(ctx.sentence_start(i), span.open - 40), span.open)
        if intro is None:
            return None
        cue = CUE_RE.match(text, intro.start())
        if cue is not None and cue.end() != intro.start() + len(cue.group()):
            return None
    if cue is None or _noun_use(text, cue, ctx.sentence_start(i)):
        return None
    men = subject_in(ctx.doc, cue.start(), ctx.sentence_start(i))
    if men is not None and word in _THOUGHTS and (
        men.form == "relative" and text[skip_spaces_back(text, men.start, 0) - 1 : men.start].strip() != ","
        or men.form == "pronoun" and CUE_RE.search(text, ctx.sentence_start(i), men.start)
    ):
        # 'people who feel "taken for granted"': the feeling of people the sentence is about;
        # 'Benjamin said he believes "..."': the verb of saying before it attributes the quote.
        return None
    if men is None or men.form == "phrase" and (
        not _subject_phrase(men) or is_participle(cue.group())
    ):
        return None  # 'the mother of three replied, "' speaks; "..., saying," leaves it to the sentence
    return men, cue


_TO_MARK = re.compile(r"[ \t\u00a0]*[,:]?[ \t\u00a0]*")


_POSSESSOR_WORD = re.compile(r"\b[A-Z][\w\-]*['’]s?[ \t\u00a0]")


def _subject_phrase(men: Mention) -> bool:
    """Can a plain noun phrase be a subject? With an article ("the crowd") or a named owner
    ("Gary Johnson’s doctor"), unlike a bare "Tuesday night" or "Watch"."""
    return men.text.split()[0].lower() in _SUBJECT_DETS or bool(_POSSESSOR_WORD.search(men.text))


def _introduces_next(ctx: Context, i: int, at: int) -> bool:
    """After a quote that ends its sentence, a cue running into the next quote's mark introduces
    that quote: '... he’s going to change.” She adds, “What kind of genius ...', '... task in
    hand." Mr Houston was quoted in the Herald newspaper saying: "I feel ...'."""
    span = ctx.spans[i]
    if i + 1 == len(ctx.spans) or not ENDS_SENTENCE.search(ctx.text, max(span.start, span.end - 3), span.end):
        return False
    nxt = ctx.spans[i + 1].open
    return _TO_MARK.fullmatch(ctx.text, at, nxt) is not None or _RUNS_TO_COLON.fullmatch(ctx.text, at, nxt) is not None


# The rest of a cue's clause up to a colon before the next quote ("in the Herald newspaper saying: ").
_RUNS_TO_COLON = re.compile(r"[^.!?\"“”\n]{0,80}:[ \t\u00a0]*")


def trailing_cue(ctx: Context, i: int) -> Attribution | None:
    """A mention and a cue right after the quote, either order:
    '"...continues," he stressed', '," declared Demir today', '," the defense chief said'."""
    text, span = ctx.text, ctx.spans[i]
    limit = min(len(text), span.close + AHEAD)
    if i + 1 < len(ctx.spans):
        limit = min(limit, ctx.spans[i + 1].open)
    intro = _introducing_cue(ctx, i)
    if intro is not None and intro[1].group() not in _THOUGHTS:
        return None  # 'someone shouted, "Cruz," Beck joked, "...': the cue before the quote is its own
    men: Mention | None
    dash = _DASH.match(text, span.close, limit) or _SIGNATURE_LINE.match(text, span.close, limit)
    if dash and dash.end() > span.close:
        m = NAME_RE.match(text, dash.end(), limit)
        if m:
            men = Mention(m.start(), m.end(), m.group(), "name")
            return _make(ctx, i, men, text[span.close : dash.end()].strip(), dash.end(), "trailing_cue")
    gap = _GAP.match(text, span.close, limit)
    assert gap is not None  # the pattern matches the empty string
    pos = gap.end()
    fast = _PRONOUN_CUE.match(text, pos, limit)
    if fast and not _OPENS_NEXT.match(text, fast.end(), limit) and not _introduces_next(ctx, i, fast.end()):
        # The commonest case, '," he said.', without the general phrase reader.
        men = Mention(fast.start(1), fast.end(1), fast.group(1), "pronoun")
        return _make(ctx, i, men, fast.group(2), fast.end(), "trailing_cue")
    cue = CUE_RE.match(text, pos, limit)
    if cue:
        men = mention_at_start(text, cue.end(), limit)
        if men is not None and men.form == "phrase":
            named = _NAME_AFTER_ROLE.match(text, men.end, limit)
            if named is not None:  # '," said EEF chief economist, Steve Radley.'
                return _make(ctx, i, Mention(named.start(1), named.end(1), named.group(1), "name"), cue.group(), cue.end(), "trailing_cue")
        if men is None or (men.form == "phrase" and not _subject_phrase(men)):
            return None  # '," denounced her record': an object, not an inverted subject
        return _make(ctx, i, men, cue.group(), cue.end(), "trailing_cue")
    men = mention_at_start(text, pos, limit)
    if men is None or text[pos : men.start].strip():
        return None  # '" As he added, ...' opens a new clause
    at = men.end
    for skip in (_PARENTHETICAL, _APPOSITIVE):
        m = skip.match(text, at, limit)
        if m:
            at = m.end()
    if men.form == "name" and at == men.end:
        m = _UNCLOSED_APPOSITIVE.match(text, at, limit)
        at = m.end() if m else at
    at += len(text[at:limit]) - len(text[at:limit].lstrip(" \t\u00a0"))
    adv = _ADVERBS.match(text, at, limit)
    if adv:
        at = adv.end()
    cue = CUE_RE.match(text, at, limit)
    if cue is None and men.form != "pronoun":
        # '," a notice on the door reads': a short prepositional phrase before the cue.
        prep = _PREP_PHRASE.match(text, at, limit)
        cue = CUE_RE.match(text, prep.end(), limit) if prep else None
    if cue is None or _noun_after_singular(men, cue.group()):
        return None
    # '"...." Reid said that ...' or 'He added: "..."' opens the next statement instead.
    if _OPENS_NEXT.match(text, cue.end(), limit) or _introduces_next(ctx, i, cue.end()) or (
        _ENDS_STATEMENT.search(text, max(span.start, span.end - 3), span.end) and _CLAUSE_NEXT.match(text, cue.end(), limit)
    ):
        return None
    return _make(ctx, i, men, cue.group(), cue.end(), "trailing_cue")


# A passive auxiliary right before a cue ("was hailed", "has been criticised", "were widely praised").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|gets)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?\Z")
# ... except where the subject still speaks: "was quoted as saying", "is alleged to have said".
_AS_SAYING = re.compile(r"[ \t\u00a0]+(?:as[ \t\u00a0]+(?:saying|telling|writing|calling|describing)|to)\b")
_BY = re.compile(r"[^.;:\"“”\n]{0,40}?\bby[ \t\u00a0]+")


def _passive(text: str, cue: re.Match[str], floor: int) -> bool:
    """Is ``cue`` a passive whose subject is not the speaker ("was hailed", not "is describing",
    "was quoted as saying" or "is alleged to have said")?"""
    return (
        not cue.group().endswith("ing")
        and _PASSIVE_BEFORE.search(text, max(floor, cue.start() - 20), cue.start()) is not None
        and not _AS_SAYING.match(text, cue.end())
    )
_PREP_PHRASE = re.compile(
    r"(?:on|at|in|from|of|for|with)[ \t\u00a0]+(?:(?:the|a|an|his|her|its|their)[ \t\u00a0]+)?"
    r"[\w’'\-]+(?:[ \t\u00a0]+[\w’'\-]+)?[ \t\u00a0]+"
)
_SINGULAR_DETS = frozenset("a an another one each every".split())


def _noun_after_singular(men: Mention, form: str) -> bool:
    """'as “unhinged” a Donald Trump tweet': a bare form after a singular noun phrase is a noun
    (the verb would be "tweets")."""
    return form in NOUN_LIKE_CUES and not form.endswith("s") and men.text.split()[0].lower() in _SINGULAR_DETS


def split_quote(ctx: Context, i: int) -> Attribution | None:
    """The second half of '"A," he said, "B."' inherits the first half's speaker and utterance."""
    if i == 0:
        return None
    prev, span, prev_span = ctx.found[i - 1], ctx.spans[i], ctx.spans[i - 1]
    if prev.method != "trailing_cue" or prev.mention_start is None:
        return None
    gap = ctx.text[prev_span.close : span.open]
    if len(gap) > 120 or "\n" in gap or not prev_span.close <= prev.mention_start < span.open:
        return None
    if not gap.rstrip().endswith((",", ":", "—", "–", "-")) and not ctx.text[span.start : span.start + 1].islower():
        return None
    if SENTENCE_END.search(gap.rstrip()) or len(CUE_RE.findall(gap)) > 1:
        return None  # '," McCain said. The longtime senator said he ... "except ..."'
    out = _inherit(ctx, i - 1, "split_quote")
    if out is not None:
        out.utterance = prev.utterance
    return out


def according_to(ctx: Context, i: int) -> Attribution | None:
    """'According to Secretary of State Michael Pompeo, the restrictions send a "clear signal"',
    or '"...", according to X.'"""
    text, span = ctx.text, ctx.spans[i]
    sent = ctx.sentence_start(i)
    last = None
    if text.find("ccording", sent, span.open) >= 0:  # plain test first: the regex rarely matches
        last = last_match(_ACCORDING, text, sent, span.open)
    if last is not None:
        men = _according_source(text, last.end(), span.open)
        if men is not None:
            return _make(ctx, i, men, "according to", last.end(), "according_to")
    after = text.find("according", span.close, span.close + 40) >= 0 and _TRAILING_ACCORDING.match(
        text, span.close, min(len(text), span.close + 40)
    )
    if after:
        men = _according_source(text, after.end(), min(len(text), after.end() + 160))
        if men is not None:
            return _make(ctx, i, men, "according to", after.end(), "according_to")
    return None


# A document and who made it after "according to": "a report published by research firm Analysys".
_DOCUMENT_BY = re.compile(
    r"(?:an?|the|its|their|his|her)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,2}?(?:report|study|survey|statement|analysis|"
    r"poll|memo|letter|review|paper|assessment|estimate|filing)s?(?:[ \t\u00a0]+(?:published|released|issued|"
    r"commissioned|conducted|written|prepared))?[ \t\u00a0]+(?:by|from)[ \t\u00a0]+"
)


_MAKER = re.compile(rf"[^,.;:\"“”()\n]{{0,60}}?\b((?:{NAME_RE.pattern}))(?=[ \t\u00a0]*(?:[,.;:)\n]|\Z))")


def _according_source(text: str, at: int, limit: int) -> Mention | None:
    """Who the words are according to: the mention right after "according to", or the maker of
    the document named there ("according to a report published by Analysys")."""
    doc = _DOCUMENT_BY.match(text, at, limit)
    if doc is not None:
        # the maker is the name that ends the phrase: "UK-based research consultancy Analysys"
        maker = _MAKER.match(text, doc.end(), limit)
        if maker is not None:
            return Mention(maker.start(1), maker.end(1), maker.group(1), "name")
    return mention_at_start(text, at, limit)


# "It’s denouncing what it calls “...”": a name given in a free relative, inside the main clause.
_WHAT_CALLED = regex.compile(r"(?r)\b(?:what|which|whom)[ \t\u00a0]+(?:he|she|it|they|we|I)[ \t\u00a0]+call(?:s|ed)?\Z")


def _after_previous_cue(ctx: Context, i: int) -> int:
    """Where quote ``i``'s own clause may start after the quote before it in its sentence: past
    that quote's trailing mention and cue ('“You winning?” she said, but ... as Trump went on
    about “...”': "she said" is the first quote's)."""
    text, floor, prev = ctx.text, ctx.spans[i - 1].close, ctx.found[i - 1]
    if prev.method != "trailing_cue" or prev.mention_start is None or prev.mention_end is None:
        return floor
    open_ = ctx.spans[i].open
    if not floor <= prev.mention_start < open_:
        return floor
    at = _skip_spaces(text, prev.mention_end, open_)
    adv = _ADVERBS.match(text, at, open_)
    cue = CUE_RE.match(text, adv.end() if adv else at, open_)
    return max(floor, cue.end() if cue else prev.mention_end)


def _skip_spaces(text: str, at: int, limit: int) -> int:
    while at < limit and text[at] in INLINE_SPACE:
        at += 1
    return at


def leading_cue(ctx: Context, i: int) -> Attribution | None:
    """A cue earlier in the quote's sentence, with its subject: 'The Foreign Ministry also stressed
    that Ankara "will not refrain..."', 'the Turkish president told CBS News:'. The first cue of
    the sentence wins (the main clause), unless a later one opens a coordinated clause with its
    own subject: 'a woman asked for a photo and Clinton said, "..."'."""
    text, span = ctx.text, ctx.spans[i]
    sent = ctx.sentence_start(i)
    floor = _after_previous_cue(ctx, i) if ctx.same_sentence_as_previous(i) else sent
    chosen = None
    # Cues inside the sentence's lead phrase belong to it: "Continuing to explain his view, Carson ...",
    # unless the quote follows it: 'As Michael Dell said last week in Tel Aviv, "..."'.
    lead = _SENTENCE_LEAD.match(text, sent, span.open) if floor == sent else None
    if lead is not None and lead.end() == span.open:
        lead = None
    for cue in list(CUE_RE.finditer(text, lead.end() if lead else floor, span.open)):
        if SPEECH_NOUN_RE.match(text, cue.start()) or _noun_use(text, cue, floor):
            continue  # "a warning from", "In one tweet", "his claim": nouns, not verbs of saying
        if _passive(text, cue, floor):
            # "Im was hailed for his "remarkable visual beauty"": others said it, not the subject
            agent = _BY.match(text, cue.end(), span.open)
            men = mention_at_start(text, agent.end(), span.open) if agent else None
            if men is not None and men.form != "phrase" and chosen is None:
                chosen = (men, cue)
            continue
        men = subject_in(ctx.doc, cue.start(), floor)
        if men is not None and men.form == "phrase" and cue.group() in NOUN_LIKE_CUES:
            men = None  # "In response to a direct question": not a subject and its verb
        if (men is None or men.form == "phrase") and is_participle(cue.group()):
            # "footage of Trump saying": a name right before the "-ing" form is its subject.
            direct = mention_at_end(text, cue.start(), floor)
            if direct is not None and direct.form == "name":
                name = name_in(direct.text)
                men = Mention(direct.end - len(name), direct.end, name, "name")
        infinitive = _TO_BEFORE.search(text, max(floor, cue.start() - 30), cue.start())
        # 'he paused and said, "': a verb coordinated with the main one, right before the
        # quote, shares its subject.
        shared = (
            men is None
            and _TO_MARK.fullmatch(text, cue.end(), span.open) is not None
            and _COORDINATED.search(text, max(floor, cue.start() - 6), cue.start())
        )
        if (infinitive or shared or is_participle(cue.group())) and (men is None or men.form == "phrase") and floor == sent:
            # "Trump quickly took to Twitter, writing:": the sentence's subject speaks.
            lead = _SENTENCE_LEAD.match(text, sent, cue.start())
            adverbs = _LEAD_ADVERBS.match(text, lead.end() if lead else sent)  # "And then Trump went"
            assert adverbs is not None  # the pattern matches the empty string
            start = adverbs.end()
            men = mention_at_start(text, start, cue.start())
            if men is not None and men.form == "phrase" and " " in men.text and text[men.end : cue.start()].strip() == "by":
                # "the judge began by saying": the phrase ends in the main verb
                men = mention_at_start(text, start, men.start + men.text.rfind(" "))
            if men is not None and men.form == "phrase" and not _subject_phrase(men):
                men = None
        if men is None:
            # "said Trump: "...""; the mention must run up to the quote with only a colon or comma.
            inv = mention_at_start(text, cue.end(), span.open)
            gap = text[inv.end : span.open] if inv is not None else ""
            if inv is not None and inv.form != "phrase" and (
                (":" in gap or "," in gap) and not gap.strip(" \t\u00a0,:")
                # set off by commas: 'The paradox of Nancy, says Carl Anthony, historian ..., is that "..."'
                or gap[:1] == "," and text[skip_spaces_back(text, cue.start(), floor) - 1 : cue.start()].strip() == ","
            ):
                men = inv
        if men is not None:
            if chosen is None:
                chosen = (men, cue)
            elif men.form in ("name", "pronoun") and (
                chosen[0].form in ("phrase", "relative") or _COORDINATED.search(text, max(floor, men.start - 6), men.start)
            ):
                # 'In a Facebook message posted Friday, Cruz said': a person beats a phrase
                chosen = (men, cue)
                break
            continue
        if is_participle(cue.group()) and ctx.same_sentence_as_previous(i) and chosen is None:
            return None  # "adding:" continues the previous quote's speaker (same_sentence)
    intro = _introducing_cue(ctx, i)
    if intro is not None and intro[1].start() >= floor and (chosen is None or intro[1].start() > chosen[1].start()):
        if not _WHAT_CALLED.search(text, floor, intro[1].end()):
            chosen = intro
        elif chosen is None:
            return None  # the main clause's subject speaks (sentence_subject)
    if chosen is None:
        return None
    men, cue = chosen
    method = "colon_intro" if text[sent : span.open].rstrip().endswith(":") else "leading_cue"
    return _make(ctx, i, men, cue.group(), cue.end(), method)


def same_sentence(ctx: Context, i: int) -> Attribution | None:
    """A later quote of a sentence whose earlier quote is attributed: '"...,” adding: “..."'."""
    if not ctx.same_sentence_as_previous(i):
        return None
    return _inherit(ctx, i - 1, "same_sentence")


_FROM_BY = re.compile(r"(?i)\s(?:from|by)\s")


def speech_noun(ctx: Context, i: int) -> Attribution | None:
    """'a warning from then Defense Ministry spokesman Jonathan Hoffman in 2019 that "..."'."""
    text, span = ctx.text, ctx.spans[i]
    sent = ctx.sentence_start(i)
    last = None
    men: Mention | None
    if _FROM_BY.search(text, sent, span.open):  # what SPEECH_NOUN_RE needs, found 2x faster
        last = last_match(SPEECH_NOUN_RE, text, sent, span.open)
    if last is None:
        owner = last_match(POSSESSIVE_SPEECH_RE, text, sent, span.open)
        if owner is None:
            return None
        # "Donald Trump’s claim that ...", "his repeated warnings that ...": the owner speaks.
        word = owner.group("owner")
        form = "pronoun" if word.lower() in ("his", "her") else "name"
        men = Mention(owner.start("owner"), owner.end("owner"), word, form)
        return _make(ctx, i, men, owner.group("noun"), owner.end(), "speech_noun")
    stop = _NOUN_PHRASE_END.search(text, last.end(), span.open)
    phrase_end = stop.start() if stop else span.open
    name = last_match(NAME_RE, text, last.end(), phrase_end)
    if name is not None:
        men = Mention(name.start(), name.end(), name.group(), "name")
    else:
        men = mention_at_start(text, last.end(), phrase_end)
        if men is None:
            return None
    return _make(ctx, i, men, text[last.start() : last.end()].strip(), last.end(), "speech_noun")


def colon_name(ctx: Context, i: int) -> Attribution | None:
    """A name and a colon right before the quote: 'Republican pollster Daron Shaw: "..."', 'RAMOS: "..."'."""
    text, span = ctx.text, ctx.spans[i]
    colon = _COLON_TAIL.search(text, max(0, span.open - 10), span.open)
    if colon is None:
        return None
    men = mention_at_end(text, colon.start(), max(ctx.sentence_start(i), colon.start() - 120))
    if men is None or men.form in ("phrase", "pronoun"):
        return None
    return _make(ctx, i, men, ":", colon.end(), "colon_name")


def transcript_label(ctx: Context, i: int) -> Attribution | None:
    """A transcript's speaker label inside the opening mark: '"PENCE: Well, look, ..."' (the mark
    scanner leaves the label out of the quote)."""
    text, span = ctx.text, ctx.spans[i]
    if span.start - span.open < 3:  # no room for a label ("X:") after the mark: most quotes
        return None
    label = label_before(text, span.open, span.start)
    if label is None:
        return None
    written = label.group("label")
    # Resolved as written in running text ("Pence"), so that the article's "Mike Pence" names it.
    men = Mention(label.start("label"), label.end("label"), written.title(), "name")
    speaker = resolve_mention(ctx.doc, men, ctx.history, ctx.registry, before=span.open)
    return Attribution(speaker, written, men.start, men.end, ":", None, "transcript_label")


# A pull quote signed on its last line, inside the marks: '..., that could create new problems
# for her here.\nS.C. Rep. Jim Clyburn."' (the signature: a name, maybe ", role", and a full stop).
_SIGNATURE = re.compile(r"\n[ \t\u00a0]*(?P<name>[A-Z][^\n\"“”,]{0,80}?)(?:,[^\n\"“”]{1,80}?)?\.?[\"”][ \t\u00a0]*(?:\n|\Z)")


def signed_pull_quote(ctx: Context, i: int) -> Attribution | None:
    """The signature line of a pull quote left open at a line break: the name on it speaks."""
    text, span = ctx.text, ctx.spans[i]
    if span.closed:
        return None
    sign = _SIGNATURE.match(text, span.close, min(len(text), span.close + 160))
    if sign is None or len(sign.group("name").split()) > 8:
        return None
    men = mention_at_end(text, sign.end("name"), sign.start("name"))
    if men is None or men.form != "name":
        return None
    return _make(ctx, i, men, None, sign.end(), "signed_pull_quote")


def later_in_sentence(ctx: Context, i: int) -> Attribution | None:
    """The sentence's main clause comes after the quote: 'Obama "felt a moral obligation to do
    something about" climate change, Axelrod said.'"""
    text, span = ctx.text, ctx.spans[i]
    end = ctx.sentence_end(i)
    for cue in CUE_RE.finditer(text, span.close, end):
        men = subject_in(ctx.doc, cue.start(), span.close)
        if men is not None and (men.form != "phrase" or _closing_attribution(text, men, cue, end)):
            return _make(ctx, i, men, cue.group(), cue.end(), "later_in_sentence")
        if text[span.close : cue.start()].rstrip().endswith(","):
            men = mention_at_start(text, cue.end(), end)
            if men is not None and men.form != "phrase":
                return _make(ctx, i, men, cue.group(), cue.end(), "later_in_sentence")
    return None


_SENTENCE_CLOSE = re.compile(r"[ \t\u00a0]*[.!?]")


def _closing_attribution(text: str, men: Mention, cue: re.Match[str], end: int) -> bool:
    """', the rights group said.': a noun phrase with an article, after a comma, whose cue
    ends the sentence, is the speaker of what the sentence holds."""
    before = skip_spaces_back(text, men.start, 0)
    return (
        _subject_phrase(men)
        and before > 0
        and text[before - 1] == ","
        and bool(_SENTENCE_CLOSE.match(text, cue.end(), end + 1))
    )


def _previous_sentence_start(ctx: Context, i: int) -> int | None:
    """Where the sentence before quote ``i`` starts (within ``BACK`` characters), when the quote
    opens its sentence and that sentence is not the first of its paragraph; else None."""
    text, span = ctx.text, ctx.spans[i]
    sent = ctx.sentence_start(i)
    if text[sent : span.open].strip() or sent == 0 or text[sent - 1] == "\n":
        return None
    floor = max(text.rfind("\n", max(0, sent - BACK), sent) + 1, sent - BACK)
    before = last_break(text, floor, max(floor, sent - 2))
    return before.end() if before else floor


def previous_sentence(ctx: Context, i: int) -> Attribution | None:
    """A quote that opens a sentence continues the attributed sentence before it in the same
    paragraph: 'McCaskill said Trump spent the debate on himself. "Mitt Romney was prepared."'."""
    start = _previous_sentence_start(ctx, i)
    if start is None:
        return None
    text, sent = ctx.text, ctx.sentence_start(i)
    if i and ctx.spans[i - 1].close > start and ctx.found[i - 1].mention:
        return _inherit(ctx, i - 1, "previous_sentence")  # '"A," he said. "B."'
    start = max(start, ctx.spans[i - 1].close if i else 0)
    for cue in CUE_RE.finditer(text, start, sent):
        if _noun_use(text, cue, start):
            continue
        men = subject_in(ctx.doc, cue.start(), start)
        if men is not None:
            return _make(ctx, i, men, cue.group(), cue.end(), "previous_sentence")
    return None


def previous_subject(ctx: Context, i: int) -> Attribution | None:
    """A whole-sentence quote after a sentence about a person, with no verb of saying:
    'He sees Cruz as a uniter. "Not only can Ted Cruz win ..."' (the subject before speaks)."""
    if ctx.spans[i].kind != "direct":
        return None
    start = _previous_sentence_start(ctx, i)
    if start is None:
        return None
    text, sent = ctx.text, ctx.sentence_start(i)
    start = max(start, ctx.spans[i - 1].close if i else 0)
    lead = _SENTENCE_LEAD.match(text, start, sent)
    men = mention_at_start(text, lead.end() if lead else start, sent)
    if men is None or men.form not in ("name", "pronoun") or men.text.lower() in ("it", "they", "we", "i"):
        return None
    found = _make(ctx, i, men, None, men.end, "previous_subject")
    if found.speaker is None or classify(found.speaker) != "person":
        return None
    return found


def sentence_subject(ctx: Context, i: int) -> Attribution | None:
    """A partial quote in a sentence whose subject is a person, with no verb of saying:
    'Cavusoglu also called the sanctions a "unilateral move"' (when "called" is not a cue),
    'He talks about "spoiling the party"'. Places and unknown single words are not enough."""
    text, span = ctx.text, ctx.spans[i]
    sent = ctx.sentence_start(i)
    lead = _SENTENCE_LEAD.match(text, sent, span.open)
    men = mention_at_start(text, lead.end() if lead else sent, span.open)
    if men is None or men.end >= span.open or men.form in ("phrase", "group"):
        return None
    if men.form == "pronoun" and men.text.lower() == "it":
        return None
    for cue in CUE_RE.finditer(text, men.end, span.open):
        if _passive(text, cue, men.end):
            return None  # 'TV channel Five has been criticised for sending "offensive" material': not its words
    found = _make(ctx, i, men, None, men.end, "sentence_subject")
    if found.speaker is None and men.form not in ("role", "pronoun"):
        return None
    name = name_in(men.text)
    if men.form == "name" and " " not in name and found.speaker == name and not _written_twice(ctx.doc, name):
        return None  # a lone unknown word written once: "Time will show ..."
    if men.form == "name" and classify(found.speaker or "") not in ("person", "organisation"):
        return None
    return found


def _written_twice(doc: Document, word: str) -> bool:
    """Does the article hold ``word`` at least twice (asked once per word and article)?"""
    key = ("twice", word)
    try:
        return doc._cache[key]
    except KeyError:
        first = doc.text.find(word)
        found = doc._cache[key] = first >= 0 and doc.text.find(word, first + len(word)) >= 0
        return found


def _opens_line(text: str, at: int) -> bool:
    """Is there only white space between the start of ``at``'s line and ``at``? (Reads back no
    further than the first non-space character.)"""
    stop = at
    while stop > 0 and text[stop - 1] != "\n":
        if not text[stop - 1].isspace():
            return False
        stop -= 1
    return True


def _cue_outside_quotes(ctx: Context, i: int, line_end: int) -> bool:
    """A cue in the rest of quote ``i``'s paragraph, outside the quotes (the words of a quote
    are not the reporter's: '"... the character we showed ..."' holds no attribution)."""
    text, at = ctx.text, ctx.spans[i].close
    for j in range(i + 1, len(ctx.spans) + 1):
        end = min(ctx.spans[j].open, line_end) if j < len(ctx.spans) else line_end
        if at < end and CUE_RE.search(text, at, end) and text[at:end].strip(" \t\u00a0.,;:!?\"”’'"):
            return True
        if j == len(ctx.spans) or ctx.spans[j].open >= line_end:
            return False
        at = ctx.spans[j].close
    return False


def continuation(ctx: Context, i: int) -> Attribution | None:
    """A paragraph that opens with a quote continues the paragraph before it: the speaker it
    introduces with a colon ("Blackwell wrote:"), or the speaker of the quote it ends with."""
    text, span = ctx.text, ctx.spans[i]
    if not _opens_line(text, span.open):
        return None
    line_start = text.rfind("\n", 0, span.open) + 1
    line_end = text.find("\n", span.close)
    # A cue in the quote's own sentence may attribute it; one in a later sentence is that sentence's:
    # '"... but only a little bit." Sella, however, insisted the pressure had eased.'
    sentence_end = ctx.sentence_end(i)
    if _cue_outside_quotes(ctx, i, min(line_end if line_end >= 0 else len(text), sentence_end)):
        return None
    prev_end = line_start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0:
        return None
    # The paragraph before, or its last 600 characters when it is longer.
    prev_start = max(text.rfind("\n", max(0, prev_end - 600), prev_end) + 1, prev_end - 600)
    if text[prev_end - 1] == ":":
        sent = last_break(text, max(prev_start, prev_end - BACK), prev_end)
        start = sent.end() if sent else max(prev_start, prev_end - BACK)
        for cue in CUE_RE.finditer(text, start, prev_end):
            if _noun_use(text, cue, start):
                continue
            men = subject_in(ctx.doc, cue.start(), start)
            if men is not None:
                return _make(ctx, i, men, cue.group(), cue.end(), "continuation")
        lead = _SENTENCE_LEAD.match(text, start, prev_end)
        men = mention_at_start(text, lead.end() if lead else start, prev_end)
        if men is not None and men.form != "phrase":
            return _make(ctx, i, men, None, men.end, "continuation")
    prev_close = ctx.spans[i - 1].close if i else -1
    # The paragraph before ends with a quote, or with the sentence attributing its last quote:
    # '"It was a great game," Bennett told BBC Radio.' then a paragraph of Bennett's words.
    if prev_start < prev_close and (prev_close <= prev_end + 2 or last_break(text, prev_close, prev_end) is None):
        return _inherit(ctx, i - 1, "continuation")
    # ... or with a sentence that reports someone's words without marks: 'Smith said the plan
    # would fail.' or '..., according to Q magazine editor Paul Rees.' then '"It is doomed."'
    sent = last_break(text, max(prev_start, prev_end - BACK), prev_end)
    start = sent.end() if sent else max(prev_start, prev_end - BACK)
    if prev_close >= start:
        return None  # a quote in that sentence, not continued (above): no reported words
    for cue in CUE_RE.finditer(text, start, prev_end):
        word = cue.group()
        if word.endswith("ing") or _noun_use(text, cue, start) or SPEECH_NOUN_RE.match(text, cue.start()):
            continue  # "the Super PAC backing Jeb Bush": no one's words
        if word in ("asked", "asks"):
            # 'She asked Richards what impact she has seen.' then the answer: the one asked
            men = mention_at_start(text, cue.end(), prev_end)
            if men is not None and men.form == "name":
                return _make(ctx, i, men, None, men.end, "continuation")
        men = subject_in(ctx.doc, cue.start(), start)
        if men is not None and men.form in ("name", "pronoun", "role"):
            return _make(ctx, i, men, word, cue.end(), "continuation")
    according = _ACCORDING.search(text, start, prev_end)
    men = mention_at_start(text, according.end(), prev_end) if according else None
    if men is not None and men.form in ("name", "role"):
        return _make(ctx, i, men, "according to", men.end, "continuation")
    return None


def same_paragraph(ctx: Context, i: int) -> Attribution | None:
    """Loosest: the latest attributed quote of the same paragraph, nearby."""
    text, span = ctx.text, ctx.spans[i]
    for j in range(i - 1, max(-1, i - 4), -1):
        gap = text[ctx.spans[j].close : span.open]
        if "\n" in gap or len(gap) > 400:
            return None
        if ctx.found[j].speaker is not None:
            return _inherit(ctx, j, "same_paragraph")
    return None


# Confidence is each sieve's measured precision on PolNeAR train (share of its decisions whose
# mention or speaker matches the annotation), rounded to 0.05.
SIEVES: tuple[Sieve, ...] = (
    Sieve("transcript_label", 0.95, transcript_label),
    Sieve("trailing_cue", 0.95, trailing_cue),
    Sieve("split_quote", 0.9, split_quote),
    Sieve("according_to", 0.9, according_to),
    Sieve("leading_cue", 0.9, leading_cue),
    Sieve("same_sentence", 0.85, same_sentence),
    Sieve("colon_name", 0.85, colon_name),
    Sieve("signed_pull_quote", 0.85, signed_pull_quote),
    Sieve("speech_noun", 0.5, speech_noun),
    Sieve("later_in_sentence", 0.85, later_in_sentence),
    Sieve("previous_sentence", 0.95, previous_sentence),
    Sieve("sentence_subject", 0.8, sentence_subject),
    Sieve("continuation", 0.9, continuation),
    Sieve("previous_subject", 0.6, previous_subject),
    Sieve("same_paragraph", 0.6, same_paragraph),
)

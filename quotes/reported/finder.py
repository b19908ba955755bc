"""The indirect-speech finder: reported clauses, their cue and who reports them.

One scan per article finds the cues (``cue_words.find_cues``: ``CUE_SCAN`` for verbs and nouns, and the
literal scans ``ACCORDING_SCAN``, ``ASKED_SCAN``, ``IN_SOURCE_SCAN``); each
sentence holding cues is then read once, in text order, with the rules below,
and each rule names itself in ``method``. Clauses never overlap: a cue inside
a reported clause reports nested speech, which stays part of the outer clause,
unless it is a verb of saying with a subject of its own after a conjunction
("they were worried, and more than 4 in 10 said ..."): that opens a new clause.

- ``trailing_cue``: "CLAUSE, the source added." / "CLAUSE, said Demir." /
  "CLAUSE, according to Reuters." (the clause runs from the sentence start to
  the comma);
- ``parenthetical``: "As he added, CLAUSE." / "According to Demir, CLAUSE." /
  "All of this, he acknowledges, could be undone" (two pieces, one utterance);
- ``cue_clause``: "X said (that) CLAUSE", "X told Y (that) CLAUSE", "X stressed
  that CLAUSE", "X called the sanctions a 'unilateral move'", and verbs of
  position ("X wants to ...", "a survey found ..."); the clause runs from
  after the cue to the sentence end, or the next coordinated cue ("He also
  rejected threats of sanctions and suggested that ..."), whose subject it
  shares; a passive cue with its agent reports its subject ("The plan was
  backed by most of the council");
- ``said_this``: "Cavusoglu said this in an interview" reports the sentence
  before it;
- ``noun_cue``: "his criticism of the deal", "calls for a recount", "the claim
  that ...", reported by the possessive or the name opening the sentence;
- ``name_colon``: "Name: CLAUSE" in running text whose partial quote the name says
  ("Clinton, in Ohio: Trump's view of the world is 'dangerously wrong'."); never an
  article's opening sentence, its headline (headlines are no reported speech).

Questions ("Asked whether he would run, ...", "when asked about the deal") are
``parenthetical`` with no mention: the asker is seldom named.

A trailing "according to" yields only to an earlier "said" or "told" with a
subject ("Demir has said CLAUSE, according to a Russian newspaper").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import astuple, dataclass

from ..attribution import Document, Mention, confidence_of, find_via, mention_at_end
from ..attribution.lexicon import NATIONALITIES, NOT_REPORTERS
from ..attribution.canonical import speaker_kind
from ..attribution.resolve import joined_subject
from ..attribution.subjects import subject_in
from ..matching import last_match
from ..model import Quote, QuoteRow
from ..names import fold
from ..quote_marks import ALL_MARKS
from ..registry import Registry, default_registry
from .content import (
    OBJECT_THEN_TO,
    QuotedIndex,
    clause_end,
    clause_start,
    object_end,
    told_object_end,
)
from .cue_words import (
    A_VIEW_SEEN,
    A_WORD,
    CLAUSE_OPENERS,
    NEGATIONS,
    NO_ONE_CHARS,
    NOUN_FORMS,
    STATEMENT_ONLY,
    VERB_NEXT,
    Cue,
    a_noun,
    a_plan,
    a_statement,
    after_that,
    an_event,
    armed,
    as_follows,
    bare,
    describes_a_noun,
    find_cues,
    fits_the_verb,
    inflected,
    owned_noun,
    past,
    sees_a_view,
)
from .patterns import (
    ADJUNCT,
    ADVERBS,
    ASKED_SCAN,
    AUXILIARIES,
    CLAUSAL,
    DETERMINERS,
    GERUND_PREPOSITIONS,
    IN_SOURCE_SCAN,
    NOT_A_CLAUSE,
    NOUN_LIKE,
    PASSIVE_AUX,
    POLL_AFTER_SCAN,
    POSSESSIVE_PRONOUNS,
    PROGRESSIVE_AUX,
    STATES,
)
from .phrases import (
    FUNCTION_WORDS,
    NOT_A_HEAD,
    NOT_A_SUBJECT_START,
    PERSONAL,
    SPACES,
    ends_possessive,
    head,
    head_before_relative,
    phrase_after_comma,
    phrase_after_subordinator,
    short_phrase,
    source_phrase,
    word_before,
)
from .sentences import Paragraphs
from .speakers import antecedent, document_author, mention_after, speaker_of

__all__ = ["find_reported", "reported_rows", "RULE_CONFIDENCE"]

RULE_CONFIDENCE = {
    "trailing_cue": 0.8, "parenthetical": 0.8, "cue_clause": 0.75, "said_this": 0.6, "noun_cue": 0.5, "name_colon": 0.6
}
_TAIL_START = frozenset(
    """on in at to during last this earlier late early later yesterday today tonight recently in via after
    before while when from with about over monday tuesday wednesday thursday friday saturday sunday""".split()
)
_TAIL_WORDS = 8
# A phrase of a preposition and up to three words, no clause: "But in July 2012", "Like President Obama".
_ADVERBIAL_ONLY = re.compile(
    r"(?:(?:But|And|Yet|So)[ \t\u00a0]+)?(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ll]ike|[Uu]nlike|[Ff]or|[Ss]ince|"
    r"[Ww]ith|[Ww]ithout|[Aa]mong|[Aa]mid|[Dd]espite)(?:[ \t\u00a0]+[^ \t\u00a0,;:]+){1,3}"
)
# "by" and the agent after a passive cue, past a few words: "was first reported Monday by Politico"; not
# past an infinitive ("Tarantino is said to be intrigued by the prospect", "Spending is forecast to rise by
# 3.5%": another verb's "by"), but past an addressee ("Scenes from the film were described to him by a reporter").
_BY_AGENT = re.compile(
    r"(?:[ \t\u00a0]+(?!to[ \t\u00a0]+(?!(?:him|her|them|me|us|you|the|a|an|his|their|its|our|my)\b))[\w'’.\-]+){0,3}?"
    r"[ \t\u00a0]+by[ \t\u00a0]+"
)
_PASSIVE_SUBJECT_WORDS = 12
_BY_CHARS = 40
# A sentence opening with a subordinate clause, and the comma before its main clause's subject.
_OPENING_SUBORDINATE = re.compile(
    r"[\"“'‘(]?(?:(?:But|And|Yet|However,|Still,)[ \t\u00a0]+(?:while|when|after|although|though|because|if|as|since|before|"
    r"even[ \t\u00a0]+(?:though|as|if|after)|ever[ \t\u00a0]+since|until|once)|"
    r"While|When|After|Although|Though|Because|If|As|Since|Before|Even[ \t\u00a0]+(?:though|as|if|after)|Ever[ \t\u00a0]+since|"
    r"Until|Once|"
    # a measure of time before "after|before|since": "One month after ...", "Shortly before ..."
    r"(?:(?:One|Two|Three|Four|Five|Six|A|An|Several|A[ \t\u00a0]+few|Just|Only)[ \t\u00a0]+(?:minute|hour|day|week|month|year)s?|"
    r"Minutes|Hours|Days|Weeks|Months|Years|Moments|Shortly|Soon|Just|Long|Not[ \t\u00a0]+long|Right)"
    r"[ \t\u00a0]+(?:after|before|since))\b"
)
_MAIN_CLAUSE = re.compile(
    r",[ \t\u00a0]+(?=(?:the|a|an|(?:he|she|it|they|we|I|there)(?:['’](?:s|re|ve|d|ll))?|his|her|their|its|this|these|one|some|"
    r"many|most|multiple|several|few|no|other|others|those|all|both|"
    r"even|\d[\d,.%]*|[A-Z][\w'’.\-]*|[a-z]+[ \t\u00a0]+[A-Z][\w'’.\-]*)[ \t\u00a0])"
)
# The first word of a subject phrase after "As": "As another study noted", "As a reporter noted".
_PHRASE_OPENERS = frozenset("a an another the one some many most several his her their its".split())
# "As X noted, CLAUSE" opening a sentence, after a conjunction too: "But as Clyburn noted, ...".
_AS_OPENING = re.compile(r"(?:(?:But|And|Yet|Still)[ \t\u00a0]+)?[Aa]s[ \t\u00a0]+")
# A name alone up to punctuation: "a firm called Gavekal Dragonomics.", "The tool, called Picasa,", "Test
# versions of the new program, called IE 7, are due", "a musical, called Thou Shalt Not."
_NAME_ONLY = re.compile(
    r"[A-Z][\w'’\-]*\.?(?:[ \t\u00a0]+[A-Z0-9][\w'’\-]*\.?){0,6}?[ \t\u00a0]*"
    r"(?:[,;:)\u2014\u2013]|-[ \t\u00a0]|[\"”’']*[ \t\u00a0]*\Z)"  # not "called Mr. Obama's remarks"
)
# A name between dashes, up to four words before the closing dash: "The painkillers - called COX-2 inhibitors - are".
_DASHED_NAME = re.compile(r"(?:[^ \t\u00a0,;:\u2013\u2014]+[ \t\u00a0]+){1,4}?(?:-|\u2013|\u2014)[ \t\u00a0]")
# What opens no clause after "say": a topic ("said of the plan") or a time ("said as she left"), but
# "said as much" and "said as many as 40 ..." do.
_NO_CLAUSE_AFTER_SAYING = re.compile(r"(?:of|as(?![ \t\u00a0]+(?:much|many|few|well|long|far|soon|a|an|the|of)\b))\b")
# What follows a cue's comma as the writer's gloss, not the clause's second piece: a participle ("he said,
# wiping his face", "adding that ...", "citing the figures"), "on condition of anonymity", a comparison ("an
# average tax cut of $275,000, the group said, compared with $2,700 for ...").
_GLOSS = re.compile(
    r"[ \t\u00a0]*(?:adding|saying|noting|citing|speaking|on[ \t\u00a0]+condition|compared[ \t\u00a0]+(?:with|to))\b"
)
# "as" opening a trailing cue's clause: "..., as some have speculated."
_AS_AFTER_COMMA = re.compile(r"[ \t\u00a0]*as[ \t\u00a0]+")
# A conjunction alone before a parenthetical cue ("But, he said, ...") is no piece of the clause.
_CONNECTIVES = frozenset("And But Yet So Or If Still Though Then".split())
# Verbs whose passive's subject is the one moved, not what is said: "Mr Mulligan was not entirely convinced by
# these explanations".
_MOVED = frozenset("convince persuade worry reassure impress surprise".split())
# A passive's subject that reports nothing: "It was reported by X that ...", "and was backed by".
_NOT_A_SUBJECT = re.compile(r"(?:and|but|or|it|there)\b")
# An apposition after a source: "according to Jane Roe, an analyst at ...", "..., the firm's founder".
_APPOSITION = re.compile(r"[ \t\u00a0]*(?:an?[ \t\u00a0]|[\w.\-]+['’]s[ \t\u00a0])")
# The writer's gloss or a source's role after "according to X,": "including one from Monmouth", "compared with its
# 25 percent rate", "director of the Survey Center", "the policy-making arm of the federal court system".
_SOURCE_GLOSS = re.compile(
    r"[ \t\u00a0]*(?:(?:including|compared|during|citing)\b|(?:the[ \t\u00a0]+)?(?:[\w\-]+[ \t\u00a0]+)?"
    r"(?:director|head|chief|chairman|chairwoman|president|professor|founder|author|spokesman|spokeswoman|editor|arm)"
    r"[ \t\u00a0]+(?:of|at|for)\b)"
)
_ASIDE_ADVERBS = frozenset("meanwhile however too also though therefore instead".split())
_NAME_PARTICLES = frozenset("de da di del van von der al bin le la du".split())
# A copula before a predicative adjective of position: "are confident that", "remain wary of".
_COPULAS = frozenset("is are was were be been am remain remains remained seem seems seemed 're ’re".split())
# Verbs with an addressee before their clause: "told reporters (that) ...", "reminded voters that ...".
_TELLING = frozenset(("tell", "remind"))
_ANSWERING = frozenset(("respond", "reply"))
# Clausal cues that also take an object and an infinitive, which ends like any object: "expect Clinton to win
# Monday's debate, the first of ...", "warned state elections officials to boost their election security after
# hackers targeted ...".
_OBJECT_AND_INFINITIVE = frozenset(("expect", "warn"))
# The words before a bare "found" that make it the verb "to found" ("helped found the group in 2014").
_FOUNDING = frozenset("help helps helped helping to".split())
# What an asking's content holds: a question, an infinitive, a topic ("asked whether", "asked him to", "asked about").
_A_QUESTION = re.compile(r"\b(?:to|for|about|on|over|whether|if|what|why|how|when|where|which|who|that)\b")
# What a "told" clause that is the rest of its addressee or setting opens with: a name's word, a number, a bracket, a
# mark, "of" or "the" and a name ("told the Associated Press (AP), "...", "told CBS' Face the Nation on Sunday", "told
# a plenary session of the Hungarian Parliament"): with no verb in it, nothing is told.
_ADDRESSEE_REST = re.compile(r"[A-Z0-9(\"“]|of[ \t\u00a0]|the[ \t\u00a0]+[A-Z]")
_A_VERB = re.compile(
    rf"\b(?:{'|'.join(AUXILIARIES)}|be|been|did|does|do|that|to|if|whether|what|how|why|who|when|where|which|[a-z]+ed|"
    r"[a-z]+n['’]t|[a-z]+s|came|went|took|made|gave|got|saw|said|told|thought|knew|found|left|put|kept|held|brought|began|"
    r"became|ran|won|lost|set|met|paid|sold|built|meant|felt)\b|['’](?:d|s|ll|re|ve)\b"
)
# The addressee of "ask" before the question ("asked Pence whether ...", "asked the U.S. attorney in D.C.
# whether ..."): up to five words, no infinitive or preposition of a request ("asked her to call ...",
# "asked for a series of questions about ..."), nor a relative's head ("asked anyone who spots him to ...").
_ASKED_WHOM = re.compile(
    r"(?:(?!(?:to|for|about|on|of|and|or|a)\b)[\w.'’\-]+[ \t\u00a0]+){1,5}?"
    r"(?=(?:whether|if|what|why|how|when|where|which)\b|who[ \t\u00a0]+(?:he|she|they|we|I|you|it|the|his|her|their)\b)"
)
# Acts that make a document: the document alone as their object ("issued a statement", "signed the letter",
# "wrote a children's book", "then she added a caveat:") reports nothing; its words, if any, come after.
_DOCUMENT_MAKERS = frozenset("issue sign write add".split())
_DOCUMENT_ONLY = re.compile(
    r"(?:an?|the|his|her|its|their|this|that|our|my)(?:[ \t\u00a0]+[\w'’\-]+){0,2}?[ \t\u00a0]+"
    r"(?:statements?|reports?|letters?|books?|op-eds?|caveat|comments?|responses?|tweets?|notes?|messages?|columns?|essays?)\Z",
    re.IGNORECASE,
)
# "saw" and "sees" report a view only as "saw the deal as a rescue" ("That film saw Jason battle Freddy
# Krueger", "The deal sees Rosneft receive ..." are events); "to see" only after a wish ("would like to
# see"): "lined up to see him", "waiting to see what will happen" report nothing.
# Cues only people (and bodies) use, said of a thing by "which" ("a hip injury which ruled him out", "the
# torrential rain which has lashed Los Angeles"): no speech.
_THINGS_CANNOT = frozenset("rule ruled rules lash lashed lashes".split())
# What follows a programme's "show": its host, or a title ("Surf show Baywatch has won ...").
_PROGRAMME_WORD = re.compile(r"(?:host|hosts|presenter|presenters)\b")
_SHOW_CLAUSE_WORDS = 5
_SHOW_SUBJECT_WORDS = 6
# A finite verb form among a clause's first words: an auxiliary, a past or a third-person form.
_FINITE = re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|[a-z]+ed|[a-z]+[^s']s)")
# The relative or pronoun heads of such a subject, which may stand for people ("the business community, which saw
# the tycoon as the country's best hope"): with an "as" after the object, a view.
_PRONOUN_HEADS = frozenset(("which", "it", "that"))
# A particle after a verb that takes an object: "signed up for", "called off a demonstration", "written off
# by the pundits" report nothing; after "out" the object is what is reported ("ruled out raising the
# state pension age", "called out his rival"), but "ruled out of the opening matches" is an injury.
_VERB_PARTICLE = re.compile(r"(?:(up|off|down|away|back|out[ \t\u00a0]+of)|out)\b[ \t\u00a0]*")
# "what Liz Wahl said when she resigned", "which Clinton conceded when polls closed": the cue's object is
# the relative pronoun before its subject, so a time clause after the cue is its adjunct, nothing reported.
_OBJECT_GAP = re.compile(r"\b(?:which|what)[ \t\u00a0]+(?:[\w'’.\-]+[ \t\u00a0]+){1,4}\Z")
_TIME_CLAUSE = re.compile(r"(?:when|whenever|while|until|once)\b")  # not "as": "what he sees as the problem"
# Nouns of acts, not words, that are reported speech only with someone's name or possessive on them
# ("Trump's attacks on the press"): on PolNeAR train, with no owner, "attacks on" was right 3 times in 17,
# "opposition to" 1 in 7, "endorsement of" 3 in 9.
_OWNED_NOUNS = frozenset(("attacks on", "opposition to", "endorsement of"))
# "as" and a subject pronoun with its verb after the cue: the time of saying ("told his advisers as he labored").
_AS_IT_HAPPENS = re.compile(r"as[ \t\u00a0]+(?:he|she|they|we|I|it)[ \t\u00a0]+[a-z]")
_VERB_AFTER_A_REPORT = re.compile(r"(?:said|says|suggests|suggested|found|finds|shows|showed|warned|warns|tries|issued)\b")
# Participles that, with "of" or "to" right after them, describe a noun before them, no one's words: "people
# suspected of sharing copyrighted music", "two men believed to be among the world's top five spammers",
# "Its Mangala field, thought to contain ..." (but "who he believed to be", "is not thought to be").
# ("accused of" stays: PolNeAR annotates "an American contractor accused of spying".)
_PARTICIPLES_OF_HEARSAY = frozenset("suspected alleged thought believed rumoured rumored estimated known".split())
# Cue forms that are more often plural nouns, and what follows them then: a name in apposition ("Masters Cup
# champions Mike and Bob Bryan thrashed ..."), their verb ("the Spanish champions extended", "Its other brands
# include") or a preposition ("allowing the different brands to share parts"); the verb takes an object ("Ivanka
# Trump champions working moms", "The Tory leader brands such criticisms as ...").
_PLURAL_NOUNS = frozenset(("champions", "brands"))
# "highlights" as a plural noun before its own verb: "Other educational highlights include a documentary ...".
_HIGHLIGHTS_VERB = re.compile(r"[ \t\u00a0]+(?:include|included|including|are|were|will|of)\b")
# The forms of "plan" that are as often its noun: a plan reports only "to" and an infinitive ("Clinton's plan to
# deport", "she plans to run"); other words after the noun are its own verb or modifier ("The Tory tax plan
# follows complaints", "plans unveiled by the Conservatives"): PolNeAR train 17 such clauses, 3 right.
_PLAN_NOUNS = frozenset(("plan", "plans"))
_AFTER_A_PLURAL_NOUN = re.compile(
    r"[ \t\u00a0]+(?:[A-Z]|(?:include|including|are|were|have|had|will|would|can|could|fell|rose|swept|won|lost|"
    r"to|since|in|at|on|for|from|of|and|or)\b|[a-z]+ed\b)"
)
# A perfect's auxiliary between a subject phrase and its cue: "Both sides have acknowledged".
_PERFECT = frozenset("has have had hasn't haven't hadn't hasn’t haven’t hadn’t".split())
_LONG_SUBJECT = frozenset(("say", "tell"))
# "say"/"tell" said by no one: "it's safe to say", "It is too soon to say", "Only time will tell", "It goes
# without saying that" (PolNeAR: 7 such clauses, none annotated).
_NO_ONE_SAYS = re.compile(
    r"\b(?:(?:(?:too|so)[ \t\u00a0]+(?:soon|early|late)|safe|fair|hard|difficult|impossible|needless|easy)[ \t\u00a0]+to|"
    r"[Tt]ime[ \t\u00a0]+will|goes[ \t\u00a0]+without|goes[ \t\u00a0]+to)[ \t\u00a0]+\Z"
)
# "points to" after a number of points: a rise to a level, not a source pointing to something.
_NUMBER_BEFORE = re.compile(r"(?:\d|percentage|basis)[ \t\u00a0]+\Z")
# Idioms with a cue that report nothing, by lemma: "as we know it", "what I call a tough game".
_IDIOM_BEFORE = {
    "know": re.compile(r"\bas[ \t\u00a0]+(?:we|you)[ \t\u00a0]+\Z"),
    "call": re.compile(r"\b[Ww]hat[ \t\u00a0]+(?:I|we|you)[ \t\u00a0]+\Z"),
}
# "suspect"/"suspects" as a verb reports a clause ("Many experts suspect those losses were ..."); else a noun.
_SUSPECTS = frozenset(("suspect", "suspects"))
_IT_ALONE = re.compile(r"it\b(?![ \t\u00a0]+(?:is|was|will|would|has|had|can|could)\b)")
_LONG_SUBJECT_WORDS = 18
_ASIDE_SUBJECT_WORDS = 30
_ASIDE_OPENERS = frozenset(",(\u2014\u2013-")
_MODALS = frozenset("will would could can may might should must did does do".split())
# The subject after a modal that opens a question ("Would it be too much to ask for ...?"), not "Will urged".
_INVERTED_SUBJECTS = frozenset("it there i you he she we they".split())
_THINGS = frozenset(("it", "this", "that"))
# Cues a change may be the subject of, as a cause: "The change highlights China's growing importance", "This
# growing habit of losing gadgets explains the rise of firms ...", "The issue has highlighted concerns ...".
_CAUSES = frozenset(("highlight", "explain", "show"))
_CAUSE_HEADS = frozenset("change changes habit issue rise fall growth decline increase trend move".split())
# Cue forms that are nouns too ("British hope Kate Winslet", "numerous British shows"): after a nationality alone.
_NOUN_OR_VERB = NOUN_FORMS | NOUN_LIKE | frozenset("hopes shows fears plans".split())
# Words before a bare "show" that make it a verb: "to", a modal, an auxiliary, a negation, a pronoun, a relative.
_SHOW_A_VERB_AFTER = _MODALS | NEGATIONS | PERSONAL | frozenset("to which who that there and or but also still often".split())
# Words between a passive's subject and its auxiliary: "will", "has", "may not", "is expected to", "also".
_BEFORE_PASSIVE = (
    _MODALS | _PERFECT | ADVERBS | PASSIVE_AUX
    | frozenset("to likely unlikely expected set due going believed thought said reported".split())
)
_CONNECTIVE_OPENER = re.compile(r"(?:But|And|Yet|So|Still)[ \t\u00a0]+")
# Words before a parenthetical cue and a quote that are a clause of three words or more, not the saying's setting:
# "The streets were deserted, he added, ''but ...''", not "In a statement Thursday, he said, “...”", "As for Trump,
# she said", "Holding open a book, Beck said", "Asked what ..., Adelson said" (nor "Of course, Clinton said").
_A_CLAUSE_OPENING = re.compile(
    r"[\"“'‘]?(?!(?:In|On|At|As|For|With|From|By|After|Before|During|When|While|If|Though|Although|Asked|Of|Since|"
    r"Until|Because|Whether|Unless|Despite|Among|Under|Over|Through|Amid|Like|Unlike|To|So|And|But|Yet|Or|Once|"
    r"Whatever|Whenever|Wherever|Now|Then|Still|Also|However|Later|Earlier|Sooner|Less|More|Shortly|No[ \t\u00a0]+wonder)\b)"
    r"(?![A-Z][a-z]+(?:ing|ed)\b)"
    r"[\w'’\-]+[ \t\u00a0]+[\w'’\-]+[ \t\u00a0]+[\w'’\-]"
)
# One lower-case word before a name, its role ("journalist Martha Raddatz"): no verb, adverb or conjunction.
_ROLE_UNIT = (
    r"(?!(?:and|but|or|nor|as|because|while|when|if|though|although|so|since|after|before|then|than|until|"
    r"once|unless|where|which|who|whom|whose|that|what|said|says|told|also|even|only|not|the|a|an|is|are|was|were|be|"
    r"been|has|have|had|do|does|did|will|would|could|can|may|might|should|must)\b)"
    r"(?![a-z]+(?:ed|ing|ly)[ \t\u00a0])[a-z][a-z\-]+"
)
_ROLE_WORD = re.compile(
    r"[ \t\u00a0]*(?:(?:the|a|an)[ \t\u00a0]+)?(?:(?:[A-Z][\w\-.]*|\d[\d,]*|" + _ROLE_UNIT + r")[ \t\u00a0]+){1,3}"
)
_EXPRESSED_NOUN_CHARS = 20  # how far into the object of "expressed" a noun of speech may start ("deep concern about")
# Verbs that stand inverted inside the clause they report ("The idea, says BT, is to ...").
_INVERTING = frozenset("say add note argue explain insist believe suggest agree claim warn write predict reckon think".split())
# The rest of a clause that an inverted cue and its source interrupt: a comma, then its verb's auxiliary ("...,
# said Doyle and others, would be clear", "..., said Sunshine, who remains friendly with her, doesn't forgive").
_INVERTED_REST = re.compile(
    r",[ \t\u00a0]+(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|did|"
    r"(?:does|do|did|is|was|are|were|has|have|had|wo|would|could|ca|should)n['’]t)\b)"
)
# A setting between an "As" cue and its comma: "As Clinton noted in her speech, ...", "As he told reporters on Monday, ...".
_SETTING_BEFORE_COMMA = re.compile(
    r"[ \t\u00a0]+(?:(?:in|on|at|during|to|via|from|with|after|before|earlier|recently|repeatedly|often|just|"
    r"reporters|journalists|me|us|him|her|them)\b|(?P<name>(?:[A-Z][\w'’.\-]*[ \t\u00a0]*)+\Z))"  # "As Clinton told the New York Daily News,"
)
# The rest of a source phrase after "according to" up to its comma, when it holds no verb or clause ("a person close
# [to the secretive process],").
_SOURCE_TAIL_CHARS = 60
_SOURCE_TAIL_STOP = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says|that|which|who)\b|[;:.!?\"“”()]"
)
_CLAUSE_BEFORE_SOURCE_WORDS = 4
# What "according to" names when it is no source: a manner ("according to plan", "according to rules devised by the
# programmers", "rewarded according to how much business they brought").
_NOT_A_SOURCE = re.compile(
    r"(?:plan|schedule|rules|how|what|whether|need|the[ \t\u00a0]+(?:rules|law|plan|schedule|constitution))\b"
)
_DASH_ASIDE = re.compile(r"[ \t\u00a0]+(?:--|[\u2014\u2013])[ \t\u00a0]")
_WHO_AFTER = re.compile(r"[ \t\u00a0]+(?:who|whose)[ \t\u00a0]")
_PAST_VERB = re.compile(r"[a-z]+ed\b")
# Words that make a poll an election ("significant players in the poll", "in the local council polls").
_ELECTION_WORDS = frozenset("council local general election elections by-election coming next forthcoming upcoming mayoral".split())
# A time or a concession opening a sentence before a poll's finding ("In March, Cruz had 38 percent support in a
# Fox poll.", "While Clinton leads in Iowa, she trails the Vermont senator in the RealClearPolitics average ...").
_OPENING_TIME = re.compile(
    r"[\"“]?(?:(?:In|On|At|By|Since|As[ \t\u00a0]+of|After|Before|During|Last|This|Earlier|Later)\b[^,;:\n]{1,40}|"
    r"(?:While|Though|Although|Even[ \t\u00a0]+though|Despite)\b[^,;:\n]{1,80}),[ \t\u00a0]+"
)
_RELATIVE_CLAUSE = re.compile(r"(?:,|\bin)[ \t\u00a0]+(?:who|which|where|when|whose)\b")
# A contrast before a poll's finding: "Cruz came second in January polls, although Rubio moved ... in a survey".
_CONTRAST = re.compile(r",[ \t\u00a0]+(?:although|though|but|while|whereas)[ \t\u00a0]+")
# An adverb and its comma opening a sentence before a long subject: "Indeed, proponents of more controls on hate
# speech here say ...".
_ADVERB_OPENER = re.compile(
    r"(?:(?:But|And|Yet|So|Still)[ \t\u00a0]+)?(?:[A-Z][a-z]+ly|Indeed|However|Still|Meanwhile|Instead|Now|Yet|Moreover|"
    r"Nonetheless|Nevertheless|Separately|Also|Too|Likewise|Similarly|Overall|Today|Yesterday|In[ \t\u00a0]+fact|Of[ \t\u00a0]+course),[ \t\u00a0]+"
)
# Words of a subject before its head that a trailing cue's subject finder leaves out: "..., former officials said",
# "..., two senior Republican aides said": capitalised words, numbers and these modifiers (an open class would
# take a verb: "..., applauded Clinton's remarks", "..., said Wednesday he agrees").
_SUBJECT_MODIFIERS = """former senior top some many other several few most local federal state party campaign administration
    current military intelligence security government industry city county police health election company
    white house western foreign two three four five six seven eight nine ten dozen""".split()
_MODIFIERS = re.compile(
    r"[ \t\u00a0]*(?:(?:[A-Z][\w\-.]*|\d[\d,]*|" + "|".join(_SUBJECT_MODIFIERS) + r")[ \t\u00a0]+){1,3}"
)
_NAME_COLON_CHARS = 40  # "Sen. Marco Rubio: CLAUSE": how long a name before a colon may be
_NEAR_QUOTE = 30  # how far after a quote its cue may stand ('," the company\'s spokesman said')
_HISTORY = 32  # earlier speakers a pronoun may go back to
# What may come before a "they" that opens its sentence: "But they say", "Now they say", "Inevitably they insist".
_THEY_OPENS = re.compile(r"[\"“]?(?:(?:But|And|Yet|So|Now|Still|However,?|Instead,?|[A-Z][a-z]+ly,?)[ \t\u00a0]+)?")
_BEFORE_ACCORDING = frozenset(("say", "tell", "according to"))
_NO_VERB = frozenset(("according to", "in poll", "asked question", "noun"))  # cues that are no verb: no subject, no clause after
_END_PUNCT = " \t\u00a0.!?\u2026\"”’')"
_TAIL_CHARS = 80
# A relative pronoun and the cue's subject right before the cue: "which critics said was unfair".
_GAP = re.compile(r"\b(?:which|that|what|who)[ \t\u00a0]+(?:[\w'’.\-]+[ \t\u00a0]+){1,4}\Z")
_RELATIVE = re.compile(r"[ \t\u00a0]*(?:where|which|who|whose|whom|when|as|with)\b")
# A conjunction that may open a new clause with its own subject: ", and", " but", ", while".
_NEW_CLAUSE = re.compile(
    r"(?:,?[ \t\u00a0]+(?:and|but|while|whereas)|,[ \t\u00a0]+(?:though|although|even[ \t\u00a0]+(?:as|though|if)|after|as|which|who))[ \t\u00a0]+"
)
_NEW_SUBJECT_CHARS = 60
_MAIN_VERB = re.compile(
    r"[ \t\u00a0]+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|"
    r"comes|came|remains|remained)[ \t\u00a0]"
)
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whom|whose|where|when|how|whether|what|why|if)\b")
_VERB_FIRST = re.compile(rf"(?:{'|'.join(AUXILIARIES)}|do|does|did|to|not)\b")
# Cues that open such a clause: the verbs of saying and "accuse" ("Republicans said ... and Democrats
# accused the GOP of ..."); states of mind and findings ("worries", "knows", "shows" inside a clause)
# are seldom a new attribution.
_OPENS_A_CLAUSE = CLAUSAL - {"worry", "know", "feel", "hope", "fear", "expect", "doubt", "learn", "find", "show"} | {"accuse"}
_NOT_BEFORE_A_NOUN = frozenset("to he she they we i it who which that".split())
# A one-word answer or pro-form as a whole clause: "said yes", "said so in the earlier poll".
_ANSWER = re.compile(r"(?:yes|no|so|as[ \t\u00a0]+much)\b(?![ \t\u00a0]+(?:much|many|far|that|long|to|as)\b)")
# What may follow a one-word answer that ends the clause: punctuation, or a time, place or medium.
_AFTER_ANSWER = re.compile(r"[ \t\u00a0]*(?:[,.;:!?)\u2014\u2013]|\Z|(?:in|on|at|during|when|after|before|last|this|to)\b)")
# A quantifier standing alone as the subject: "Others say", "Many believe", "Some argued".
_QUANTIFIER = re.compile(
    r"(?:(?:But|And|Yet|Still)[ \t\u00a0]+(?:others|many|some|most|few|several|both)|Others|Many|Some|Most|Few|Several|Both)"
    r"[ \t\u00a0]*"
)
_ANY_DASH = re.compile(r"[ \t\u00a0](?:--?|[\u2014\u2013])[ \t\u00a0]")
# A preposition opening the sentence, whose phrase a comma closes: "Despite warnings that ..., the minister went ahead".
_OPENING_PREPOSITION = re.compile(
    r"[\"“]?(?:(?:But|And|Yet)[ \t\u00a0]+)?(?:Despite|In|Amid|Amidst|After|Following|With|Given|Over|Against|Before|Since|Because[ \t\u00a0]+of)\b"
)
# A noun of speech opening the sentence as its subject, with its owner: "Parry's insistence that", "But their shared belief
# that" (up to four words, none an auxiliary, no comma).
_SUBJECT_NOUN = re.compile(
    rf"[\"“]?(?:(?:But|And|Yet)[ \t\u00a0]+)?(?:(?!(?:{'|'.join(AUXILIARIES)})\b)[\w'’.\-]+[ \t\u00a0]+){{0,3}}[\w'’.\-]+[ \t\u00a0]*"
)
_CLAUSE_LINK = re.compile(r",|\b(?:and|but|or|that|which|who|whom|whose|because|if|when|while|as|since|though|although|unless|until)\b")
_OPENING_NOUN_WORDS = 5  # "In a rare acknowledgment that": the noun within the opening phrase's first words
# What may open a sentence before a participle that reports for the main clause's subject: "Noting
# that ...,", "In defending the plan,", "After thanking the crowd,".
_OPENING_PARTICIPLE = re.compile(r"[\"“]?(?:(?:In|By|After|While|Before|Without|Upon|When)[ \t\u00a0]+)?")
# "with" and a subject phrase right before an "-ing" cue: "with half of the voters saying ...".
_ABSOLUTE = re.compile(r"\bwith[ \t\u00a0]+([^,;:()\"“”\u2014\u2013]{1,60}?)[ \t\u00a0]*\Z")
_ABSOLUTE_CHARS = 70
# A document (and up to three words after it) right before an "-ing" cue, which reports for it:
# "issued a statement Tuesday saying", "a report detailing", "stories alleging" (gold-cue rate .51 on train).
_DOCUMENT_NOUNS = (
    "poll survey study studies report ad advertisement statement letter tweet video email e-mail memo post petition "
    "resolution op-ed article editorial column story stories item message speech book analysis document filing "
    "lawsuit suit complaint note release commercial spot interview comments remarks data numbers results figures "
    "research findings records"
).split()
# What a document does after a clause: "..., said the report", "..., a new study suggests" (not "..., denied the report").
_DOCUMENT_VERBS = frozenset("say add note find show suggest indicate conclude state warn estimate predict reveal".split())
_DOCUMENT_OPENERS = frozenset("a an the its their his her this these new".split())
# The words that may end a document phrase, plurals too: a plain set lookup before the pattern runs.
_DOCUMENT_WORDS = frozenset(_DOCUMENT_NOUNS + [f"{w}s" for w in _DOCUMENT_NOUNS])
_DOCUMENT = re.compile(
    r"\b((?:(?:an?|the|his|her|their|its|this|these|those)[ \t\u00a0]+(?:[\w'’\-]+[ \t\u00a0]+){0,2}?)?"
    rf"(?:{'|'.join(_DOCUMENT_NOUNS)})s?)(?:[ \t\u00a0]+[\w'’.\-]+){{0,3}}?[ \t\u00a0]*\Z"
)
# A verb whose subject is that of the "to" cue after it: "polls continue to show", "he began to argue".
_CATENATIVE = re.compile(
    r"\b(?:continues?|continued|begins?|began|starts?|started|tends?|tended|seems?|seemed|appears?|appeared|"
    r"try|tries|tried|used|needs?|needed|has|have|had|going|able|willing)[ \t\u00a0]+to[ \t\u00a0]*\Z"
)
_CATENATIVE_CHARS = 24
_OPENING_ADJUNCT_WORDS = 8  # "In his speech on Monday, Obama ...": the words before the subject's comma
# The words before a sentence's first verb (a past tense or an auxiliary): "The campaign launched",
# without the conjunction that opens the sentence ("But the government refused").
_FIRST_VERB = re.compile(
    r"[ \t\u00a0]*(?:(?:But|And|Yet|So|Or)[ \t\u00a0]+)?((?:[\w'’.\-]+[ \t\u00a0]+){0,5}?[\w'’.\-]+)[ \t\u00a0]+(?:[a-z]+ed|has|have|had|is|are|was|were|will|"
    r"would|could|can|may|might|must|should)\b"
)
# A participle chain that an event heads: "X and Y signed a deal, sparking a crisis and prompting
# Washington to cancel the sale, also urging ...": the participles' subject is the signing, no one.
_EVENT_PARTICIPLE = re.compile(r",[ \t\u00a0]+(?:sparking|triggering|prompting|causing|provoking|fueling|fuelling)\b")
# The agent of a passive main clause, which a participle after it is said of: "The statement was preceded by
# Alexander Mikheev, head of Rosoboronexport, declaring that ...".
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|is|are|been|being)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?[a-z]+(?:ed|en|wn)[ \t\u00a0]+by[ \t\u00a0]+"
)
# What may stand between that agent and the participle: its apposition ("..., head of X,").
_AGENT_TO_PARTICIPLE = re.compile(r"(?:,[^,;:\"“”()]{1,100})?,[ \t\u00a0]*")
_NOT_A_SUBJECT_OPENER = frozenset("in on at after before when while as if on during for by with to from".split())
_PRONOUN_OBJECT = re.compile(r"(?:him|her|them|us|me)\b")
# "said this in an interview" reports the sentence before; "said this is" and "said this week" do not.
_THIS = re.compile(
    r"[ \t\u00a0]+this(?=[ \t\u00a0]*(?:[,.;:!?\u2014\u2013]|$)|[ \t\u00a0]+(?:in|on|at|to|during|after|before|when|"
    r"while|about|last|earlier|yesterday|because|as|and|but|with|from|after|again|too|himself|herself|themselves)\b)"
)


def _opens_a_clause(text: str, start: int) -> bool:
    """Does the content at ``start`` open like a clause: "that", a determiner or a subject pronoun, a capital or
    a number ("suspect those losses were generated", not "suspects without trial")?"""
    first = A_WORD.match(text, start)
    if first is None:
        return False
    word = first.group()
    return word[0].isupper() or word[0].isdigit() or word == "that" or word.lower() in CLAUSE_OPENERS


def _a_programme(text: str, s0: int, cue: Cue, start: int, end: int) -> bool:
    """Is a bare "show" after a singular word a programme ("mainstream BBC One show My Family", "the Radio 1 Thursday
    night show Bethan and Huw in Wales", "Ex-chat show host Robert Kilroy-Silk")? As a verb it follows a plural, a
    modal or "to" ("Budget documents show", "will show", "to show"), or reports a clause with its own verb
    ("Polls in New Hampshire show the top two candidates are ...")."""
    before = text[s0 : cue.start].split()
    word = before[-1] if before else ""
    if not word[-1:].isalnum() or word.lower() in _SHOW_A_VERB_AFTER or word.endswith(("s", "ly")):
        return False  # "Alexander Fang - show how ...", "Budget documents show", "will show", "to show"
    if any(w.lower() in _DOCUMENT_WORDS for w in before[-_SHOW_SUBJECT_WORDS:]):
        return False  # "Recent polls in Essex show Labour's lead eroding": the polls show, the place before is no title
    if _PROGRAMME_WORD.match(text, start):
        return True  # "Talk show host Jerry Springer", "Surf show Baywatch has won ..."
    opening = A_WORD.match(text, start)
    if opening is None or A_VIEW_SEEN.match(text, start) or after_that(text, start):
        return False
    first = opening.group()
    if first.lower() in CLAUSE_OPENERS and first.lower() not in DETERMINERS:
        return False  # "he backed both Sen. John McCain"
    comma = text.find(",", start, end)
    words = text[start : comma if comma > 0 else end].split()[:_SHOW_CLAUSE_WORDS]
    # a clause has its own verb after its first word ("Trump is trailing"); a title or a verb alone ("goes on air") does not
    return not any(_FINITE.fullmatch(w) for w in words[1:]) or _FINITE.fullmatch(words[0]) is not None


def _before_perfect(text: str, s0: int, at: int) -> int:
    """Where the perfect's auxiliary before a cue at ``at`` starts, if one does ("more recent studies have suggested")."""
    word = word_before(text, s0, at)
    return text.rindex(word, s0, at) if word in _PERFECT else at


def _a_finding(text: str, s0: int, cue: Cue, found: _Found) -> bool:
    """Does a clause found for "shown" report a finding: is "shown" a perfect whose subject is a poll, a study or
    figures ("Studies have shown the plant curbs appetite", "..., official Bank of England figures have shown")?
    Other subjects show a quality or an example ("Zambia have shown their determination", "as Google has shown,
    there is money in ..."), and a bare "shown" is a participle or a passive ("the poster shown to Labour members",
    "will be shown in the UK by Sky Movies"). Every other cue's clause passes."""
    if cue.form != "shown":
        return True
    subject = found.mention.text if found.mention is not None else ""
    words = subject.lower().split()
    if not words or head(subject) not in _DOCUMENT_WORDS and words[-1] not in _DOCUMENT_WORDS:
        return False  # (its head or its last word: "Surveys of economists", "official Bank of England figures")
    at = cue.start
    while (word := word_before(text, s0, at)) in ADVERBS or word.endswith("ly"):
        at = text.rindex(word, s0, at)
    return word in _PERFECT


def _word_after(text: str, at: int, end: int) -> str:
    """The word right after ``at`` (spaces skipped), or ""."""
    m = A_WORD.search(text, at, min(end, at + NO_ONE_CHARS))
    return m.group() if m is not None and not text[at : m.start()].strip(SPACES) else ""


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    mention: Mention | None
    """None for a question put by someone unnamed ("Asked whether he would run, ...")."""
    cue: str
    rule: str
    more: tuple[int, int] | None = None
    """The clause's second piece, after a parenthetical cue ("All of this, he acknowledges, could ...")."""

    @property
    def last(self) -> int:
        return self.more[1] if self.more else self.end


class _Finder:
    def __init__(self, text: str, quoted: Sequence[QuoteRow], doc: Document, registry: Registry) -> None:
        self.text = text
        self.quotes = QuotedIndex(quoted)
        self.doc = doc
        self.registry = registry
        self.paragraphs = Paragraphs(text)
        self.names: dict[str, str | None] = {}
        self.utterance = -1
        self.group: list[Cue] = []
        self.coordinators: dict[int, int | None] = {}
        self.breaks: dict[int, int | None] = {}
        self.known = {q.mention_start: q.speaker for q in quoted if q.mention_start is not None}
        # every attribution's mention so far, in text order, with its speaker or None ("Analysts said")
        self.said = dict(self.known)
        self.mentions = sorted(self.said)
        self.history = sorted(
            (q.mention_start, q.speaker) for q in quoted if q.speaker is not None and q.mention_start is not None
        )

    def run(self, cues: list[Cue]) -> list[QuoteRow]:
        out: list[QuoteRow] = []
        done = 0
        i = 0
        n = len(cues)
        inside, paragraphs = self.quotes.inside, self.paragraphs
        while i < n:
            cue = cues[i]
            if cue.start < done or inside(cue.start) or not paragraphs.is_running_text(cue.start):
                i += 1
                continue
            s0, s1 = paragraphs.sentence(cue.start)
            j = i + 1
            while j < n and cues[j].start < s1:
                j += 1
            group = [cue] + [c for c in cues[i + 1 : j] if not inside(c.start)] if j > i + 1 else [cue]
            if group and not self._attributes_a_quote(s0, s1, group):
                for found in self._sentence(s0, s1, group):
                    # "said this" reports the whole sentence before, whose own clause ("Turkey does
                    # not intend to retreat") may already be out: the sentence replaces it.
                    if found.rule == "said_this":
                        while out and out[-1].end > found.start:
                            out.pop()
                    for q in self._quote(found, s0, s1):
                        if not out or q.start >= out[-1].end:
                            out.append(q)
            done = s1
            i = j
        return out

    def colon_clauses(self, out: list[QuoteRow], quoted: Sequence[QuoteRow]) -> list[QuoteRow]:
        """``out`` with the clause of each 'Name: CLAUSE' sentence of running text whose partial quote
        after the colon the quoted speech already gives to the words before it, up to a semicolon
        ("Clinton, in Ohio: Trump's view of the world is 'dangerously wrong'."). Never the article's
        opening sentence: that is its headline, and headlines are no reported speech."""
        text = self.text
        # the colon after a partial quote's mention, before the quote
        partial = {
            text.find(": ", q.mention_end, min(q.start, q.mention_end + _NAME_COLON_CHARS)): q
            for q in quoted
            if q.kind == "partial" and q.mention_end is not None
        }
        partial.pop(-1, None)
        found: list[QuoteRow] = []
        for at, q in sorted(partial.items()):
            if self.quotes.inside(at) or found and at < found[-1].end:
                continue
            s0, s1 = self.paragraphs.sentence(at)
            if s0 == 0 or at - s0 > _NAME_COLON_CHARS or not self.paragraphs.is_running_text(at):
                continue
            if q.mention_start is None or q.mention_start < s0 or not q.mention:
                continue
            # the quote's mention, and through it the quote's speaker
            men = Mention(q.mention_start, q.mention_end or at, q.mention, "phrase")
            semi = text.find(";", q.end, s1)
            fit = self.quotes.fit(text, at + 1, s1 if semi < 0 else semi)
            if fit is not None:
                found += self._quote(_Found(fit[0], fit[1], men, ":", "name_colon"), s0, s1)
        for r in found:  # the clauses inside one are the name's words
            kept = [q for q in out if not r.start <= q.start < r.end]
            if all(q.end <= r.start or q.start >= r.end for q in kept):
                out = sorted(kept + [r], key=lambda q: q.start)
        return out

    # --- one sentence ---------------------------------------------------------------------

    def _sentence(self, s0: int, s1: int, group: list[Cue]) -> list[_Found]:
        self.group = group
        trailing = self._trailing(s0, s1, group[-1])
        if trailing is not None and not _a_finding(self.text, s0, group[-1], trailing):
            trailing = None  # "..., as he has shown."
        if trailing is None and group[-1].lemma != "according to":
            # "..., according to a source on the call.": a later noun ("call") is no cue.
            according = [c for c in group if c.lemma == "according to"]
            if according:
                trailing = self._trailing(s0, s1, according[-1])
        if trailing is None and len(group) > 1:
            # "..., say some Democrats, who cringe as they recall ...": an inverted cue before a later one
            for c in group[:-1]:
                before = self.text[s0 : c.start].rstrip(SPACES)
                if c.lemma in CLAUSAL and not c.ing and (
                    before.endswith(",") or len(before) > 1 and self._comma_in_partial(s0, s0 + len(before) - 1) is not None
                ):
                    trailing = self._trailing(s0, s1, c)
                    if trailing is not None and _a_finding(self.text, s0, c, trailing):
                        break
                    trailing = None
        if trailing is not None and trailing.cue != "according to":
            return [trailing]
        found: list[_Found] = []
        pos = s0
        for k, cue in enumerate(group):
            if cue.start < pos or trailing is not None and cue.lemma not in _BEFORE_ACCORDING:
                continue  # "X said CLAUSE, according to Y" keeps X; other cues yield to "according to"
            # A later cue coordinated with this one ("rejected ... and suggested that") ends its clause.
            # So does a later cue with a subject of its own ("..., and more than 4 in 10 said ...").
            stop = s1
            for j in range(k + 1, len(group)):
                b = self._clause_break(s0, group[j])
                if b is not None and not (inflected(cue) and bare(group[j]) and b == self._coordinator(s0, group[j])):
                    # "said he still has time to step up and show ...": a bare verb joins the clause's
                    # infinitive or modal, not the inflected cue
                    stop = b
                    break
            one = (
                self._parenthetical(s0, s1, cue)
                or self._after(s0, stop, cue)
                or self._inside(s0, s1, cue)
                or self._passive(s0, s1, cue)
            )
            if one is not None and _a_finding(self.text, s0, cue, one):
                found.append(one)
                pos = one.last
        return found or ([trailing] if trailing is not None else [])

    def _attributes_a_quote(self, s0: int, s1: int, group: list[Cue]) -> bool:
        """Is the sentence a quote and its one cue ('"...," he said in a statement.', '"...,"
        said Paul Reynolds, chief executive of BT')? Quoted speech has it: no clause to read."""
        if len(group) != 1:
            return False
        end = self.quotes.end_of_quote_at(s0)
        cue = group[0]
        return end is not None and 0 <= cue.start - end <= _NEAR_QUOTE and self.text.find(" that ", cue.end, s1) < 0

    def _progressive(self, s0: int, cue: Cue) -> bool:
        """Is an "-ing" cue a progressive ("is saying", "is once again questioning")?"""
        words = self.text[max(s0, cue.start - 40) : cue.start].split()
        while words and (words[-1] in ADVERBS or words[-1].endswith("ly")) and words[-1] not in PROGRESSIVE_AUX:
            words.pop()
        return bool(words) and words[-1] in PROGRESSIVE_AUX

    def _gerund(self, s0: int, cue: Cue) -> bool:
        """Is an "-ing" cue a gerund after a preposition ("pitched himself by telling them that")?"""
        return cue.ing and word_before(self.text, s0, cue.start).lower() in GERUND_PREPOSITIONS

    def _clause_break(self, s0: int, cue: Cue) -> int | None:
        """Where the clause before ``cue`` ends: at the coordinator of a cue sharing its subject
        ("rejected ... and suggested that"), or before the conjunction and subject of a cue that
        has its own ("they were worried, and more than 4 in 10 said ...")."""
        joined = self._coordinator(s0, cue)
        if joined is not None or cue.ing or cue.lemma not in _OPENS_A_CLAUSE:
            return joined
        if cue.start not in self.breaks:  # asked once per earlier cue of the sentence
            m = last_match(_NEW_CLAUSE, self.text, max(s0, cue.start - _NEW_SUBJECT_CHARS), cue.start)
            found = None
            if m is not None:
                # a subject phrase ("and will fix the letter in its final report" is a verb phrase), else
                # the cue's subject right after the conjunction (asked last: it costs the most)
                # (after a comma, a perfect's auxiliary may stand between: ", but more recent studies have suggested")
                end = _before_perfect(self.text, s0, cue.start) if self.text.startswith(",", m.start()) else cue.start
                if short_phrase(self.text, m.end(), end, 8) and not _VERB_FIRST.match(self.text, m.end()):
                    found = m.start()
                else:
                    men = self._subject_at(cue.start, s0)
                    found = m.start() if men is not None and men.start == m.end() else None
            self.breaks[cue.start] = found
        return self.breaks[cue.start]

    def _coordinated(self, s0: int, cue: Cue) -> bool:
        return self._coordinator(s0, cue) is not None

    def _coordinator(self, s0: int, cue: Cue) -> int | None:
        """Where "and", "but", "then" or a comma joining ``cue`` to the clause before it starts."""
        if cue.start not in self.coordinators:
            text, at = self.text, cue.start
            while at > s0 and text[at - 1] in SPACES:
                at -= 1
            marks = at
            while marks > s0 and text[marks - 1] in ALL_MARKS:
                marks -= 1
            if cue.ing and marks < at and text[marks - 1] == "," and self.quotes.partial_at(marks - 1):
                at = marks  # "called China ''provocative,'' accusing it of ...": the comma inside the marks
            # ", eventually saying ...", "but also contended": an adverb after the coordinator;
            # "and has called for", "but has also said": a perfect's auxiliary
            word = word_before(text, s0, at)
            if word in _PERFECT and cue.lemma in CLAUSAL:
                at -= len(word)
                while at > s0 and text[at - 1] in SPACES:
                    at -= 1
                word = word_before(text, s0, at)
            if len(word) > 4 and word.endswith("ly") and word.islower() or word in ("still", "also", "even"):
                at -= len(word)
                while at > s0 and text[at - 1] in SPACES:
                    at -= 1
                word = word_before(text, s0, at)
            if at > s0 and (text[at - 1] == "," or cue.ing and text[at - 1] in "\u2014\u2013\u2015"):
                found: int | None = at - 1  # ", adding", "– saying he was ..."
            else:
                found = at - len(word) if word in ("and", "but", "then") else None  # (``word`` ends at ``at``)
            self.coordinators[cue.start] = found
        return self.coordinators[cue.start]

    def _trailing(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'CLAUSE, X said [adjuncts].', 'CLAUSE, said X.', 'CLAUSE, according to X.'"""
        if cue.lemma not in CLAUSAL and cue.lemma != "according to":
            return None  # "..., the group called", "..., he has promised": not a verb that reports a clause
        if cue.lemma == "according to" and _NOT_A_SOURCE.match(self.text, cue.end):
            return None  # "draws the creatures according to rules devised by the programmers": a manner
        text = self.text
        # "To win, candidates need 40 percent of the vote, analysts say; in 2012, ...": a semicolon
        # bounds the clause and its cue.
        semi = text.find(";", cue.end, s1)
        if semi >= 0:
            s1 = semi
        semi = text.rfind(";", s0, cue.start)
        if semi >= 0:
            s0 = semi + 1
        last_comma = text.rfind(",", s0, cue.start)
        if last_comma <= s0:
            return None
        after = self._past_adjuncts(cue, s1)
        if text.startswith(",", after) and text.count(" ", after, s1) > 1:
            return self._split(s0, s1, last_comma, after + 1, cue)
        if cue.lemma == "according to" and text[last_comma + 1 : cue.start].strip(SPACES) == "":
            split = self._according_inside(s0, s1, last_comma, cue)
            if split is not None:
                return split
        inverted = cue.lemma == "according to" or not cue.ing and (
            not (between := text[last_comma + 1 : cue.start].strip(SPACES))
            or not between.strip(ALL_MARKS) and self.quotes.partial_at(last_comma)
        )  # "..., ''ten times the harm,'' said Smith."
        if s1 - cue.end > _TAIL_CHARS and not inverted:  # an inverted cue's mention may have a long apposition
            return None
        if self.quotes.fit(text, s0, last_comma) is None:
            return None  # no clause before the cue, or only a quote ('"...," he said')
        if inverted:
            comma = last_comma
            men = mention_after(text, cue.end, s1)
            # "..., said a handful of Democrats who point to ...": the source and a relative clause about it, to the
            # sentence end ("X's manager, Corey Lewandowski, said the staff member who ..., Paul Manafort, should" is a clause)
            described = men is not None and _WHO_AFTER.match(text, men.end, s1) and text.find(",", men.end, s1) < 0
            if men is None and cue.lemma == "according to":
                men = source_phrase(text, cue.end, s1)  # "according to poll", "to a source on the call"
            elif men is None:
                # "..., said the report, the highest total to date"
                men = self._document_after(cue.end, s1) if cue.lemma in _DOCUMENT_VERBS else None
            elif cue.lemma != "according to" and men.form == "phrase" and men.text.count(" ") > 2 and not described:
                return None  # "Fields, along with a reporter, say Trump's campaign manager yanked her": no inversion
            if men is None:
                return None
            if men.form == "phrase" and cue.lemma != "according to" and self._apposed_subject(s0, last_comma):
                return None  # "But Alan Terry, head of the academy, said the changes ... were made": no inversion
            rest = self._inverted_rest(s0, men, cue, s1)
            if rest is not None:
                return rest
            tail = text[men.end : s1].rstrip(_END_PUNCT)
            if tail.lstrip(SPACES).startswith((",", "(")) or cue.lemma == "according to" or described:
                # "..., said Brian Baker, a spokesman for the group.": an apposition; "..., according
                # to three intelligence sources who spoke on condition of anonymity.": the source's words
                tail = ""
            elif tail and (first := tail.split()[0]).lower() not in _TAIL_START and not first[:1].isupper():
                # "Brianne Stone, 29, of Ohio, says her biggest concern is jobs": the words after the
                # cue are its clause, with their own verb, not an inverted source
                return None
        else:
            tail = text[cue.end : s1].rstrip(_END_PUNCT)
            dash = _DASH_ASIDE.search(tail)
            if dash is not None:  # "..., Clinton allies believe — backers she will need come November": the writer's aside
                tail = tail[: dash.start()]
            # "..., officials told him he had never been a citizen": past the addressee, the words
            # after "told" are its clause, not an adjunct
            words = (text[told_object_end(text, cue.end, s1) : s1].rstrip(_END_PUNCT) if cue.lemma == "tell" else tail).split()
            if words:
                first = words[0].lower().strip(",")
                if first not in _TAIL_START and not (words[0][:1].isupper() and (cue.lemma == "tell" or len(words) == 1)):
                    return None
                if VERB_NEXT.search(text, cue.end, s1):
                    return None  # "..., Ferre said Trump has the potential": the cue reports what follows
            men = self._subject_at(cue.start, s0) or short_phrase(text, last_comma + 1, cue.start)
            if men is not None and men.form == "phrase" and _PAST_VERB.match(men.text):
                return None  # "The outreach, they said, raised new worries about ...": a verb, no subject
            as_ = _AS_AFTER_COMMA.match(text, last_comma + 1, cue.start)
            if men is None and as_ is not None:
                # "..., as some have speculated.": the phrase after "as", without the auxiliary
                at = cue.start
                while (word := word_before(text, as_.end(), at)) and (word in ADVERBS or word in _PERFECT):
                    at = text.rindex(word, as_.end(), at)
                men = short_phrase(text, as_.end(), at, 6, 1)
            if men is not None and text[last_comma + 1 : men.start].strip(SPACES).endswith(" and"):
                # "..., teachers and union officials told POLITICO.": a coordinated subject
                men = short_phrase(text, last_comma + 1, cue.start, 6) or men
            if men is None or men.form == "phrase" and any(c.start == men.start for c in self.group):
                return None  # "..., said he hadn't thought about it": "said" is no subject of "thought"
            if as_ is not None and words and words[0].lower() not in _TAIL_START:
                return None  # "..., as many Democrats believe Obama did in 2008": the cue reports what follows
            comma = as_.start() if as_ is not None and men.start >= as_.end() else men.start - 1
            while comma > s0 and text[comma] in SPACES:
                comma -= 1
            if text[comma] != ",":
                inner = self._comma_in_partial(s0, comma)
                if inner is None and last_comma < men.start and (
                    _MODIFIERS.fullmatch(text, last_comma + 1, men.start)
                    or men.form not in ("phrase", "pronoun", "relative") and _ROLE_WORD.fullmatch(text, last_comma + 1, men.start)
                ):
                    # "..., former officials said.", "..., journalist Martha Raddatz said": the subject's modifiers
                    # or role before its head
                    inner = last_comma
                if inner is None:
                    return None
                comma = inner
        if len(tail.split()) > _TAIL_WORDS or " that " in f" {tail} " or comma <= s0:
            return None
        if cue.lemma == "according to":
            # "...: London was the financial capital of the world, according to one index": what follows the colon
            colon = text.rfind(": ", s0, comma)
            if colon > s0 and not self.quotes.inside(colon):
                s0 = colon + 1
            if (
                text.count(" ", comma + 1, cue.start) >= _CLAUSE_BEFORE_SOURCE_WORDS
                and not _NOT_A_SOURCE.match(text, cue.end)
                and not _DASH_ASIDE.search(text, s0, cue.start)  # "... crime — including murder, rape and robbery —"
            ):
                # "Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates according to a
                # count by The Associated Press": the clause between the comma and the cue
                s0, comma = comma + 1, cue.start
        fit = self.quotes.fit(text, s0, comma)
        if fit is None or fit[1] - fit[0] < 12:
            return None
        if cue.lemma == "according to" and fit[0] in self.known:
            mark = text[max(0, fit[0] - 3) : fit[0]].rstrip(SPACES)[-1:]
            if mark and mark in ALL_MARKS:
                # '"Is this a priority?" Jones said at a press conference, according to the Post': right after the
                # quote, its mention and cue are no clause
                return None
        if _ADVERBIAL_ONLY.fullmatch(text, fit[0], fit[1]):
            # "But in July 2012, Patriot failed as predicted": an adverbial, no clause; "For instance, said Mr
            # Makower, credit cards are rare in China": after an inverted source, the clause follows it
            return self._after_source(men, s1, cue) if inverted and cue.lemma != "according to" else None
        return _Found(fit[0], fit[1], men, cue.form, "trailing_cue")

    def _after_source(self, men: Mention, s1: int, cue: Cue) -> _Found | None:
        """The clause after an inverted source and its comma ("For instance, said Mr Makower, credit cards are
        rare"), not an apposition ("..., said Brian Baker, a spokesman for the group")."""
        text = self.text
        comma = men.end
        while comma < s1 and text[comma] in SPACES:
            comma += 1
        if not text.startswith(",", comma) or _APPOSITION.match(text, comma + 1, s1):
            return None
        end = clause_end(text, comma + 1, s1)
        fit = None if end is None else self.quotes.fit(text, comma + 1, end)
        return None if fit is None else _Found(fit[0], fit[1], men, cue.form, "parenthetical")

    def _apposed_subject(self, s0: int, comma: int) -> bool:
        """Does the sentence open with a name and an apposition set off by commas, up to ``comma`` ("But Alan Terry,
        head of the academy,")? Then a cue right after ``comma`` has that subject."""
        text = self.text
        first = text.find(",", s0, comma)
        if first < 0:
            return False
        opener = _CONNECTIVE_OPENER.match(text, s0, first)
        men = mention_after(text, opener.end() if opener else s0, first)
        return men is not None and men.form == "name" and not text[men.end : first].strip(SPACES)

    def _inverted_rest(self, s0: int, men: Mention, cue: Cue, s1: int) -> _Found | None:
        """'Any reading of his actions, said Michael Kofman, an expert on Russia, would read this as ...': an
        inverted cue inside the clause, whose second piece starts at the auxiliary after the source and its
        apposition ("The contrast with Trump, said Doyle and others, would be clear ...")."""
        text = self.text
        if cue.lemma not in _INVERTING or cue.ing or men.form == "pronoun":
            return None  # "His wife, Joan, suggested he had nothing to lose and, ..., should write": no inversion
        rest = _INVERTED_REST.search(text, men.end, s1)
        if rest is None or text.count(" ", men.end, rest.start()) > _ASIDE_SUBJECT_WORDS:
            return None
        last_comma = text.rfind(",", s0, cue.start)
        if text.find(",", s0, last_comma) >= 0:
            return None  # "But Alain Terzian, president of X, said the changes, which ..., were made": a subject's apposition
        first = self.quotes.fit(text, s0, last_comma, 1)
        end = clause_end(text, rest.end(), s1)
        second = None if end is None else self.quotes.fit(text, rest.end(), end)
        if first is None or second is None:
            return None
        return _Found(first[0], first[1], men, cue.form, "parenthetical", second)

    def _document_after(self, start: int, s1: int) -> Mention | None:
        """A document after an inverted cue, up to a comma or the sentence end: "..., said the report, the
        highest total sold to date" (its noun is a cue, so no mention starts there)."""
        text = self.text
        comma = text.find(",", start, s1)
        end = comma if comma >= 0 else len(text[:s1].rstrip(_END_PUNCT))
        men = short_phrase(text, start, end, 8, 2)
        if men is None:
            return None
        words = men.text.lower().split()  # "the report", "a new study by Gartner"
        return men if words[0] in _DOCUMENT_OPENERS and any(w in _DOCUMENT_WORDS for w in words[1:4]) else None

    def _comma_in_partial(self, s0: int, at: int) -> int | None:
        """'But the gain is ''ten times the harm,'' he said.': the comma before the closing marks
        of a partial quote, which ends the clause before a trailing cue; None if ``at`` is none."""
        text = self.text
        while at > s0 and text[at] in ALL_MARKS:
            at -= 1
        return at if text[at] == "," and self.quotes.partial_at(at) else None

    def _past_adjuncts(self, cue: Cue, s1: int) -> int:
        """Where the words after a cue end: its adjuncts, and the object of "told" ("he told me on Friday")."""
        pos = told_object_end(self.text, cue.end, s1) if cue.lemma == "tell" else cue.end
        adjunct = ADJUNCT.match(self.text, pos, s1)
        return adjunct.end() if adjunct else pos

    def _passive(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'The plan was backed by most of the council': the subject before the auxiliary is what
        is reported, the agent after "by" reports it."""
        text = self.text
        if cue.ing or cue.lemma in _NO_VERB or cue.lemma in _MOVED or text.find(" by ", cue.end, min(s1, cue.end + _BY_CHARS)) < 0:
            return None
        at = cue.start
        word = word_before(text, s0, at)
        while word and (word in ADVERBS or len(word) > 4 and word.endswith("ly") and word.islower()):
            at = text.rindex(word, s0, at)
            word = word_before(text, s0, at)
        if word not in PASSIVE_AUX:
            return None
        by = _BY_AGENT.match(text, cue.end, s1)
        if by is None:
            return None
        men = mention_after(text, by.end(), s1) or source_phrase(text, by.end(), s1)
        if men is None:
            return None
        aux = text.rindex(word, s0, at)
        end = aux
        # "The service will be supported by ...", "Hobbes has been roundly condemned", "is expected to be
        # opposed by": the auxiliaries before the passive's are no part of its subject
        while (before := word_before(text, s0, end)) and (
            before in _BEFORE_PASSIVE or len(before) > 4 and before.endswith("ly") and before.islower()
        ):
            end = text.rindex(before, s0, end)
        if before.lower() in GERUND_PREPOSITIONS:
            return None  # "Mr Betts-Green resigned after being questioned by police": no subject
        start = max(s0, *(text.rfind(c, s0, end) + 1 for c in ",;:(\u2014\u2013"))
        if start > s0 and not text[start:end].strip(SPACES) and text[start - 1] == ",":
            # "Donald Trump, meanwhile, is supported by ...", "The bill, proposed in 1993, has finally been
            # approved by ...": the subject is before an adverb or a participle set off by commas
            aside = max(s0, text.rfind(",", s0, start - 1))
            first = (text[aside + 1 : start - 1].split(None, 1) or [""])[0]
            if aside > s0 and (first in _ASIDE_ADVERBS or first.endswith("ed")):
                end = aside
                start = max(s0, *(text.rfind(c, s0, end) + 1 for c in ",;:(\u2014\u2013"))
        if text.count(" ", start, end) > _PASSIVE_SUBJECT_WORDS:
            return None
        fit = self.quotes.fit(text, start, end, 1)
        if fit is None or _NOT_A_SUBJECT.match(text, fit[0]):
            return None
        if cue.lemma in STATEMENT_ONLY and not a_statement(text, fit[0], fit[1]):
            return None  # "The treaty was signed by all 25", "The ceremony was presented by Jonathan Ross"
        if cue.lemma in _DOCUMENT_MAKERS and _DOCUMENT_ONLY.match(text, fit[0], fit[1]):
            return None  # "The statement was signed by the chairwoman": the document, not what it says
        return _Found(fit[0], fit[1], men, cue.form, "cue_clause")

    def _inside(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'Acts of protest, Mr. Obama said, are acts of patriotism': a cue between commas that is
        not the sentence's last (the trailing rule reads only that one)."""
        text = self.text
        last_comma = text.rfind(",", s0, cue.start)
        if last_comma <= s0 or cue.lemma in _NO_VERB:
            return None
        after = self._past_adjuncts(cue, s1)
        if not text.startswith(",", after) or text.count(" ", after, s1) <= 1:
            return None
        return self._split(s0, s1, last_comma, after + 1, cue)

    def _according_inside(self, s0: int, s1: int, comma: int, cue: Cue) -> _Found | None:
        """'Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 ...': two
        pieces; 'CLAUSE, according to the average of polls, where ...' ends at the source."""
        text = self.text
        phrase = source_phrase(text, cue.end, s1)
        men = mention_after(text, cue.end, s1) or phrase
        if men is None:
            return None
        resume = max(men.end, phrase.end if phrase else 0)  # "the RealClearPolitics average of polls"
        while resume < s1 and text[resume] in SPACES:
            resume += 1
        if not text.startswith(",", resume):
            # "according to a person close to the secretive process, is to turn ...": the source runs on to its comma,
            # and the clause's verb follows it
            on = text.find(",", resume, min(s1, resume + _SOURCE_TAIL_CHARS))
            if on > 0 and not _SOURCE_TAIL_STOP.search(text, resume, on) and _INVERTED_REST.match(text, on):
                resume = on
        if not text.startswith(",", resume) or text.count(" ", resume, s1) < 3:
            return None
        # "Fundraising, according to the campaign, has surged": one word is a piece before the source
        first = self.quotes.fit(text, s0, comma, 1 if text[s0:comma].strip(SPACES) not in _CONNECTIVES else 2)
        if _RELATIVE.match(text, resume + 1, s1):  # a relative clause about the source
            second = None
        elif first is not None and (_APPOSITION.match(text, resume + 1, s1) or _SOURCE_GLOSS.match(text, resume + 1, s1)):
            # "..., according to Jane Roe, an analyst at the bank.", "..., according to Andy Smith, director of the
            # Survey Center", "..., according to three recent polls, including one from ...": the source's apposition
            # or the writer's gloss
            second = None
        else:
            end = clause_end(text, resume + 1, s1)
            second = None if end is None else self.quotes.fit(text, resume + 1, end)
        if first is not None and second is not None and any(c.end == first[1] - 5 and text.endswith(" that", 0, first[1]) for c in self.group):
            # "The AP reported that, according to an analysis of her calendar, 85 of ...": the first piece is a cue and its
            # "that", the clause follows the source
            first = None
        if first is None:
            return None if second is None else _Found(second[0], second[1], men, cue.form, "parenthetical")
        return _Found(first[0], first[1], men, cue.form, "trailing_cue" if second is None else "parenthetical", second)

    def _split(self, s0: int, s1: int, comma: int, resume: int, cue: Cue) -> _Found | None:
        """'All of this, he acknowledges, could be undone at the ballot box.': two pieces."""
        text = self.text
        # "Many days, former employees said, she would stay": a plain phrase as the subject too
        men = self._subject_at(cue.start, s0)
        if men is not None and text[comma + 1 : men.start].strip(SPACES) not in ("", "as"):
            # "In the long run, many economists say, this effect could ...": the phrase holding the mention
            men = short_phrase(text, comma + 1, cue.start, 4) or men
        men = men or short_phrase(text, comma + 1, cue.start)
        if men is None or men.start <= comma or text[comma + 1 : men.start].strip(SPACES) not in ("", "as"):
            return None  # "Hawaii, as one of his advisers pointed out, rarely gets two hurricanes": "as" may open it
        if men.form == "phrase" and text.count(" ", resume, s1) < 3:
            return None  # "A quarter of that, per the McKinley plan, is $40,000": a two-word rest needs a reporter
        end = clause_end(text, resume, s1)
        # "Now, she said, the Christians and Muslims ...": an adverb alone is a piece, a conjunction is not
        first = self.quotes.fit(text, s0, comma, 1 if text[s0:comma].strip(SPACES) not in _CONNECTIVES else 2)
        if _GLOSS.match(text, resume, s1):
            # "Sales were great, he said, wiping his face": the writer's gloss, no second piece
            first = self.quotes.fit(text, s0, comma)
            return None if first is None else _Found(first[0], first[1], men, cue.form, "trailing_cue")
        second = None if end is None else self.quotes.fit(text, resume, end)
        if second is None:
            if (
                first is not None
                and not cue.ing
                and men.form != "relative"
                and self._quote_opens(resume, s1)
                and _A_CLAUSE_OPENING.match(text, first[0], first[1]) is not None
                and not any(s0 <= c.start < comma for c in self.group)  # "He said ..., and when asked ..., he said, ''...''"
            ):
                # "The streets were deserted, he added, ''but people need to connect somehow.''": the words
                # before the cue are the source's too, the quote after it is quoted speech's
                return _Found(first[0], first[1], men, cue.form, "trailing_cue")
            return None
        if first is None:
            return _Found(second[0], second[1], men, cue.form, "parenthetical")
        return _Found(first[0], first[1], men, cue.form, "parenthetical", second)

    def _quote_opens(self, at: int, s1: int) -> bool:
        """Does a quote start at ``at`` (spaces skipped)?"""
        text = self.text
        while at < s1 and text[at] in SPACES:
            at += 1
        return self.quotes.inside(at) or self.quotes.inside(at + 1)

    def _parenthetical(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'According to Demir, CLAUSE.', 'As he added, CLAUSE.', 'In exit polls, CLAUSE.'"""
        text = self.text
        men: Mention | None
        if cue.lemma == "asked question":
            return self._question(s0, s1, cue)
        if cue.lemma == "noun":
            return self._noun(s0, s1, cue)
        if cue.lemma == "in poll":
            if text[cue.start] == "i":
                return self._poll_after(s0, cue)
            if cue.start != s0:
                return None
            m = IN_SOURCE_SCAN.match(text, cue.start)
            if m is None:  # the cue came from this scan: it matches there
                return None
            words = m.group(1)
            men = Mention(m.start(1), m.start(1) + len(words), words, "phrase")
            end = clause_end(text, cue.end, s1)
            fit = None if end is None else self.quotes.fit(text, cue.end, end)
            return None if fit is None else _Found(fit[0], fit[1], men, "in", "parenthetical")
        if cue.lemma == "according to":
            # "...: According to recent polls, CLAUSE", "(According to the police, CLAUSE)"
            lead_in = text[max(s0, text.rfind(":", s0, cue.start) + 1) : cue.start]
            if lead_in.strip(SPACES + ",(") not in ("", "But", "And", "Yet", "Still", "Also"):
                return None
            # "According to recent polling, ...": a source that names no one is a plain phrase
            men = mention_after(text, cue.end, s1) or source_phrase(text, cue.end, s1)
        else:
            opening = _AS_OPENING.match(text, s0, cue.start)  # "As", "But as"
            if opening is None:
                return None
            at = opening.end()
            if not text[at : cue.start].strip(SPACES) or text[at : cue.start].strip(SPACES) == "first":
                # "As reported by Western Journalism, CLAUSE": the agent reports it
                by = _BY_AGENT.match(text, cue.end, s1)
                men = None if by is None else mention_after(text, by.end(), s1) or source_phrase(text, by.end(), s1)
            else:
                men = self._subject_at(cue.start, s0)
                if men is None or men.start != at:
                    # "As another Pew study from 2011 noted, CLAUSE": a plain subject phrase, for a verb
                    # of saying right before the comma ("As he ponders his next moves, ..." reports nothing)
                    men = None
                    if cue.lemma in CLAUSAL and not cue.ing and cue.form not in NOUN_LIKE:
                        if text.startswith(",", self._past_adjuncts(cue, s1)):
                            men = short_phrase(text, at, cue.start, 6)
                            if men is not None and not (men.text[0].isupper() or men.text.split()[0] in _PHRASE_OPENERS):
                                men = None  # "As part of contracts announced last year, ...": no subject
                elif not self._comma_after_cue(cue, s1):
                    # "But as Trump denounced Iran's missile tests, ...", "As Trump attacked Clinton, the attendees
                    # chanted": the cue has its own object, a time, not a source of what follows
                    men = None
                if men is None:
                    return None
        if men is None:
            return None
        comma = text.find(",", men.end, s1)
        if comma < 0 or comma - men.end > 150:
            return None
        if "(" in text[s0 : cue.start]:  # "(According to the police, CLAUSE.)": the parenthesis ends it
            close = text.find(")", comma, s1)
            s1 = close if close > 0 else s1
        end = clause_end(text, comma + 1, s1)
        fit = None if end is None else self.quotes.fit(text, comma + 1, end)
        if fit is None:
            return None
        return _Found(fit[0], fit[1], men, cue.form, "parenthetical")

    def _poll_after(self, s0: int, cue: Cue) -> _Found | None:
        """'Trump leads Cruz by 9 points in the RealClearPolitics average of polls.': the clause before "in",
        from the sentence start (past an opening time, "In March, ") or a contrasting conjunction (", although
        Rubio moved to second in a survey ..."); not an election ("in the poll", "in the local council polls")."""
        text = self.text
        m = POLL_AFTER_SCAN.match(text, cue.start - 1)
        if m is None:
            return None
        words = []  # the words up to the poll's noun ("a survey from the local university" is no local election)
        for word in m.group(1).lower().split():
            words.append(word)
            if word.startswith(("poll", "survey")):
                break
        if words in (["the", "poll"], ["the", "polls"], ["polls"]) or any(w in _ELECTION_WORDS for w in words):
            return None  # "has sagged in the polls", "head to the polls": a standing or a vote, no poll's finding
        start = s0
        opening = _OPENING_TIME.match(text, s0, cue.start)
        if opening is not None:
            start = opening.end()
        contrast = last_match(_CONTRAST, text, start, cue.start)
        if contrast is not None:
            start = contrast.end()
        fit = self.quotes.fit(text, start, cue.start)
        if fit is None or text.count(" ", fit[0], fit[1]) < 2 or _RELATIVE_CLAUSE.search(text, fit[0], fit[1]):
            return None  # "Ron Johnson, who is struggling in the polls": the relative clause's verb, no finding
        men = Mention(m.start(1), m.start(1) + len(m.group(1)), m.group(1), "phrase")
        return _Found(fit[0], fit[1], men, cue.form, "trailing_cue")

    def _comma_after_cue(self, cue: Cue, s1: int) -> bool:
        """Does a comma follow the cue, past its adjuncts and a short setting ("As he noted, ...", "As Clinton
        noted in her speech, ...")? Else the cue has an object and an "As" before it opens a time clause."""
        text = self.text
        at = self._past_adjuncts(cue, s1)
        if text.startswith(",", at):
            return True
        comma = text.find(",", at, s1)
        setting = _SETTING_BEFORE_COMMA.match(text, at, comma) if comma > 0 else None
        # a name is a verb of saying's addressee or medium ("As he told CNN,"), another verb's object ("As Trump
        # attacked Clinton, the attendees chanted": a time)
        return (
            setting is not None
            and (setting.group("name") is None or cue.lemma in CLAUSAL)
            and text.count(" ", at, comma) <= 8
        )

    def _question(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'Asked whether he would run, the mayor said no.', '... when asked about the deal.': the
        question, to the comma; its asker is unnamed but in "Asked by NBC whether"."""
        if self.text[cue.start] == "A" and self.text[s0 : cue.start].strip(SPACES) not in ("", "But", "And", "Yet"):
            return None
        comma = self.text.find(",", cue.end, s1)
        end = s1 if comma < 0 else comma
        if self.text.endswith("about ", 0, cue.end):  # a topic: "asked about the budget at a forum"
            end = object_end(self.text, cue.end, end)
        fit = self.quotes.fit(self.text, cue.end, end)
        if fit is None:
            return None
        by = ASKED_SCAN.match(self.text, self.text.index("sked", cue.start))
        men = mention_after(self.text, by.start(1), by.end(1)) if by is not None and by.group(1) else None
        return _Found(fit[0], fit[1], men, "asked", "parenthetical")

    def _noun(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'his criticism of the deal', 'calls for a recount', 'the claim that ...': the content after
        the noun's preposition, reported by the possessive before the noun, else by the name or
        pronoun opening the sentence ("He avoided direct criticism of ...")."""
        text = self.text
        if word_before(text, s0, cue.start).lower() in _NOT_BEFORE_A_NOUN:
            return None  # a verb: "pledged to ... and vow to expand", "Sanders hopes that"
        end = clause_end(text, cue.end, s1)
        if end is not None and not cue.form.endswith("that"):
            end = object_end(text, cue.end, end)
            # "His attacks on super PACs have elevated money in politics": the noun phrase is the subject
            # of the sentence's verb, which ends its content (unless a relative clause holds the verb)
            verb = _MAIN_VERB.search(text, cue.end, end)
            if verb is not None and _RELATIVE_PRONOUN.search(text, cue.end, verb.start()) is None:
                end = verb.start()
        if (
            end is not None
            and cue.form.endswith("that")
            and _OPENING_PREPOSITION.match(text, s0, cue.start)
            and text.find(",", s0, cue.start) < 0
            and text.count(" ", s0, cue.start) <= _OPENING_NOUN_WORDS
        ):
            # "Despite his claim that the scheme had failed, the minister met the farmers": the comma closing the
            # opening phrase ends its noun's content, the sentence's own clause follows; not a comma after an adjunct
            # opening the content ("the belief that with hard work, their children would ..."), inside a quote or
            # inside a dash aside ("complaints that the schools - and by extension the council, which runs them - had")
            comma = text.find(",", cue.end, end)
            if comma > 0 and NOT_A_CLAUSE.match(text[cue.end : comma].lstrip(SPACES)):
                comma = text.find(",", comma + 1, end)
            while comma > 0 and (self.quotes.inside(comma) or len(_ANY_DASH.findall(text, cue.end, comma)) % 2):
                comma = text.find(",", comma + 1, end)
            if comma > 0:
                end = comma
        elif end is not None and cue.form.endswith("that") and _SUBJECT_NOUN.fullmatch(text, s0, cue.start):
            # "But his argument that the award should help sell books is not shared by everyone": the noun phrase is the
            # sentence's subject, and the second verb after "that" its own, unless a conjunction or a relative joins it
            # to the first ("his claim that the deal was signed and would be honoured")
            verbs = _MAIN_VERB.finditer(text, cue.end, end)
            first, second = next(verbs, None), next(verbs, None)
            if first is not None and second is not None and _CLAUSE_LINK.search(text, first.end(), second.start()) is None:
                end = second.start()
        fit = None if end is None else self.quotes.fit(text, cue.end, end, 1)
        if fit is None:
            return None
        men = self._possessive(s0, cue.start) or mention_after(text, s0, cue.start)
        if men is not None and men.form == "phrase":
            men = None
        if cue.form == "attacks on" and armed(text, s0, cue):
            return None  # "denial-of-service attacks on 99 targets", "the suicide attacks on the Pentagon"
        if men is None and cue.form in _OWNED_NOUNS:
            return None  # "the 11 September terrorist attacks on the US", "widespread opposition to the Iraq war"
        return _Found(fit[0], fit[1], men, cue.form, "noun_cue")

    def _possessive(self, s0: int, at: int) -> Mention | None:
        """The possessive a few words before ``at``: "his" in "his sharp criticism",
        "Obama" in "Obama's call"."""
        text = self.text
        for _ in range(3):
            word = word_before(text, s0, at)
            if not word:
                return None
            start = text.rindex(word, s0, at)
            if word.lower() in POSSESSIVE_PRONOUNS:
                return Mention(start, start + len(word), word, "pronoun")
            if word.endswith(("'s", "’s")):
                return mention_at_end(text, start + len(word) - 2, max(s0, at - 60))
            at = start
        return None

    def _after(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'X said (that) CLAUSE', 'X told Y (that) CLAUSE', 'X called the sanctions a "..."'."""
        if cue.lemma in _NO_VERB or s1 - cue.end < 4:  # no room for a clause of two words
            return None
        text = self.text
        ing = cue.ing
        before = text[max(s0, cue.start - 30) : cue.start].split()[-2:]
        if cue.lemma in STATES:
            if not before or not (before[-1] in _COPULAS or before[-1].endswith("ly") and before[0] in _COPULAS):
                return None  # "an eager crowd": no position reported
        elif not ing and before and (
            before[-1] in PASSIVE_AUX or before[-1].endswith("ly") and before[0] in PASSIVE_AUX
        ):
            return None  # "was told", "is said to", "was also denied"
        if cue.lemma in _ANSWERING and before and before[-1] in NEGATIONS:
            return None  # "did not respond to my messages": no answer given
        if cue.form == "found" and before and before[-1] in _FOUNDING:
            return None  # "Ever since Roger Ailes helped found Fox News in 1996": established, not a finding
        if ing and _OPENING_PARTICIPLE.fullmatch(text, s0, cue.start):
            return self._opening_participle(s0, s1, cue)
        absolute = document = None
        if ing and not self._coordinated(s0, cue) and not self._progressive(s0, cue) and not self._gerund(s0, cue):
            # "with 40 percent saying they ...": the phrase after "with" reports the clause
            # "a statement saying ...", "newspaper articles alleging that ...": a document reports it
            window = max(s0, cue.start - _ABSOLUTE_CHARS)
            absolute = _ABSOLUTE.search(text, window, cue.start)
            if absolute is None and text.find("mid ", window, cue.start) < 0:  # "amid recent reports suggesting"
                words = text[window : cue.start].split()[-4:]
                if any(w in _DOCUMENT_WORDS for w in words):
                    document = _DOCUMENT.search(text, window, cue.start)
            if absolute is None and document is None:
                return None  # "recent reports suggesting": a participle modifying a noun
        if (cue.lemma in _LONG_SUBJECT or cue.lemma == "show") and _NO_ONE_SAYS.search(
            text, max(s0, cue.start - NO_ONE_CHARS), cue.start
        ):
            return None  # "It is too soon to say whether ...", "Only time will tell if ...", "It just goes to show": no one says it
        if cue.lemma == "point to" and _NUMBER_BEFORE.search(text, max(s0, cue.start - NO_ONE_CHARS), cue.start):
            return None  # "closed up 23 points to 6661.89", "raised rates by 0.27 percentage points to 5.8%": a sum
        if cue.lemma == "say" and _THIS.match(text, cue.end, s1) is not None:
            men = self._subject(s0, cue)
            return None if men is None else self._said_this(s0, men, cue)
        gap = (
            cue.lemma in CLAUSAL
            and VERB_NEXT.match(text, cue.end, s1) is not None
            and _GAP.search(text, max(s0, cue.start - 50), cue.start) is not None
        )
        start = clause_start(text, cue.end, s1, cue.lemma in _TELLING, cue.lemma == "call", gap, cue.lemma in CLAUSAL)
        if start is None or not fits_the_verb(text, start, s1, cue.lemma):
            return None
        if cue.form in NOUN_LIKE and word_before(text, s0, cue.start) == "to":
            return None  # "pleaded guilty to charges that ...": after "to" a plural noun, never a verb
        if cue.form == "charged" and word_before(text, s0, cue.start).endswith("ly") and not _opens_a_clause(text, start):
            return None  # "Britain's emotionally charged uprising against the European Union": an adjective
        if cue.form in _SUSPECTS and not after_that(text, start) and not _opens_a_clause(text, start):
            return None  # "terror suspects under house arrest", "suspects currently detained are ...": a noun
        idiom = _IDIOM_BEFORE.get(cue.lemma)
        if idiom is not None and idiom.search(text, max(s0, cue.start - NO_ONE_CHARS), cue.start) and (
            cue.lemma != "know" or _IT_ALONE.match(text, start)
        ):
            return None  # "regulation as we know it", "That's what I call a tough game": no content reported
        if cue.lemma == "see" and not sees_a_view(text, s0, cue, start, s1):
            return None
        if not after_that(text, start) and (
            cue.form in ("report", "reports") and _VERB_AFTER_A_REPORT.match(text, start) or a_noun(text, s0, cue)
        ):
            # "The Kok report tries to do away with ...", "A Financial Times report said", "The Fox show proved a
            # ratings flop": a noun, whose own verb reports if any (but "a New York Times report that ..." reports
            # its clause)
            return None
        if (
            text.startswith("of ", start)
            and cue.lemma not in STATES
            and not past(cue)
            and not ends_possessive(word_before(text, s0, cue.start))
        ):
            # "which tells the story of a young boy's journey", "amidst hopes of a recovery": a noun's "of", which
            # reports only with an owner ("the IMF's estimate of global growth")
            return None
        if cue.form == "attacks" and not text.startswith("to ", start) and armed(text, s0, cue):
            return None  # "The recent terror attacks changed the Republican campaign": arms, not words
        if owned_noun(text, s0, cue, start):
            return None  # "Clinton's support fell by that same margin", "Trump's repeated accusations"
        if cue.form in _PLAN_NOUNS and not text.startswith("to ", start) and a_plan(text, s0, cue):
            return None  # "others could purchase a government plan similar to Medicare", "Premiums for many plans rose"
        if cue.form == "references" and text.startswith("to ", start):
            return None  # "making references to their candidacies": a plural noun ("The ad then references FBI criticism")
        if cue.lemma == "express" and any(c.lemma == "noun" and c.start < start + _EXPRESSED_NOUN_CHARS for c in self.group if c.start > cue.end):
            return None  # "expressed deep concern about the policy": the noun of speech reports its content
        if cue.form in _PLURAL_NOUNS and _AFTER_A_PLURAL_NOUN.match(text, cue.end) or (
            cue.form == "highlights" and _HIGHLIGHTS_VERB.match(text, cue.end)
        ):
            return None  # "European champions Wasps fought back", "Its top brands include Newcastle Brown Ale"
        if cue.form in _PARTICIPLES_OF_HEARSAY and text.startswith(("of ", "to "), start) and describes_a_noun(text, s0, cue):
            return None  # "people suspected of sharing copyrighted music": no one's words
        if _AS_IT_HAPPENS.match(text, start) and not after_that(text, start):
            return None  # "Michael Howard pledged as he unveiled the manifesto": a time, not what was pledged
        if _TIME_CLAUSE.match(text, start) and _OBJECT_GAP.search(text, max(s0, cue.start - 50), cue.start):
            return None  # "That was what Liz Wahl said when she resigned from the network"
        if cue.lemma == "ask" and (whom := _ASKED_WHOM.match(text, start, s1)) is not None:
            start = whom.end()  # "asked Pence whether that would take place": the question, not its addressee
        form = cue.form
        particle = _VERB_PARTICLE.match(text, start, s1) if cue.lemma not in CLAUSAL and cue.lemma != "back" else None
        if particle is not None:
            if particle.group(1):
                return None  # "Some 600 schools have already signed up for the mock elections"
            start = particle.end()  # "The government has ruled out raising the state pension age"
            form = f"{cue.form} out"
        if cue.form == "called" and _NAME_ONLY.match(text, start, s1):
            word = word_before(text, s0, cue.start)
            if word.islower() and word not in NOT_A_HEAD and word not in NOT_A_SUBJECT_START:
                return None  # "a consulting firm called Gavekal Dragonomics": a name given, nothing said
            if text[s0 : cue.start].rstrip(SPACES)[-1:] in (",", "-", "\u2013", "\u2014"):
                return None  # "The tool, called Picasa, automatically detects ...": a name given
        if cue.form == "called" and text[s0 : cue.start].rstrip(SPACES)[-1:] in ("-", "\u2013", "\u2014"):
            if _DASHED_NAME.match(text, start, s1):
                return None  # "The painkillers - called COX-2 inhibitors - are sold ...": a name given
        if cue.lemma == "say" and _NO_CLAUSE_AFTER_SAYING.match(text, start) and not after_that(text, start):
            return None  # "Burman said of Mrs. Clinton's plan", "she said as she left": a topic or a time
        end = clause_end(text, start, s1)
        least = 2
        answer = _ANSWER.match(text, start, s1)
        if answer is not None:  # "said no", "after half said so in May", "said as much in an email"
            least = 1
            if end is not None and _AFTER_ANSWER.match(text, answer.end(), s1):
                end = answer.end()  # the pro-form is all it reports
        if (
            end is not None
            and (cue.lemma not in CLAUSAL or cue.lemma in _OBJECT_AND_INFINITIVE and OBJECT_THEN_TO.match(text, start, end))
            and not text[max(0, start - 6) : start].rstrip().endswith("that")
        ):
            end = object_end(text, start, end)  # "described her opponent as a fraud during the debate"
            # a name or a pronoun as the whole object: "attacked Romney", "had endorsed him"
            least = 1 if text[start].isupper() or _PRONOUN_OBJECT.match(text, start) else 2
        opening = _OPENING_SUBORDINATE.match(text, s0) if end is not None else None
        if opening is not None and end is not None and text.find(",", opening.end(), cue.start) < 0:
            # "While a judge found that action unconstitutional, his decision was overturned": the
            # cue's clause ends where the main clause starts
            main = _MAIN_CLAUSE.search(text, start, end)
            if main is not None:
                end = main.start()
            elif _AS_OPENING.match(text, s0) and (comma := text.find(",", start, end)) > start:
                end = comma  # "As Mr Brown announced the Budget date in a statement, accountancy firm Ernst & Young urged"
        # "declared that torture ''works''": after "that", one word and a partial quote make a clause
        fit = None if end is None else self.quotes.fit(text, start, end, least, 1 if text.endswith("that", 0, start) else 2)
        if fit is None:
            return None
        if cue.lemma in _DOCUMENT_MAKERS and _DOCUMENT_ONLY.match(text, fit[0], fit[1]):
            return None  # "Tracy Martin issued a statement Thursday, saying ...": the document, not what it says
        if cue.lemma == "ask" and _A_QUESTION.search(text, fit[0], fit[1]) is None:
            return None  # '"Did you know?" Todd asked the real estate mogul.', "Boyle asked him a question": whom, not what
        if (
            cue.lemma == "tell"
            and _ADDRESSEE_REST.match(text, fit[0], fit[1])
            and _A_VERB.search(text, fit[0], fit[1]) is None
            and not text[max(0, fit[0] - 6) : fit[0]].rstrip().endswith("that")
        ):
            return None  # "told the Washington Post in a written statement, "...": the rest of whom, and where
        if absolute is not None:
            # "with leader Charles Kennedy saying": a name or a role the phrase is, else the plain phrase
            men = mention_after(text, absolute.start(1), absolute.end(1))
            if men is None or men.end != absolute.end(1) or men.form == "phrase":
                men = short_phrase(text, absolute.start(1), absolute.end(1), 8)
        elif document is not None:
            men = self._author(s0, document)
        else:
            men = self._subject(s0, cue, text[max(0, start - 6) : start].rstrip().endswith("that"))
            if men is None and not ing and (
                cue.lemma in _LONG_SUBJECT
                or cue.lemma in CLAUSAL and text.endswith("that", 0, start)
                or cue.lemma in _DOCUMENT_VERBS and self._opens_with_a_document(s0, cue.start)
            ):
                men = self._long_subject(s0, cue)
        if men is None or men.text.lower() in _MODALS and _word_after(text, men.end, s1).lower() in _INVERTED_SUBJECTS:
            return None  # "Would it be too much to ask for an electronics recycling box too?": a question, no one
        if men.text.lower() in NATIONALITIES and cue.form in _NOUN_OR_VERB:
            return None  # "British hope Imelda Staunton is one of the favourites", "British shows nominated for": nouns
        if cue.lemma == "feel" and men.text.lower() in _THINGS and text.startswith("like ", start):
            return None  # "when the Bond magic shines through, it feels like a lucky accident": it seems, no one thinks
        if cue.lemma == "see" and self._an_event_sees(men, start, s1):
            return None
        if cue.form == "show" and _a_programme(text, s0, cue, start, s1):
            return None  # "BBC One show My Family", "Ex-chat show host Robert Kilroy-Silk": a programme, no finding
        if cue.lemma in _CAUSES and head(men.text) in _CAUSE_HEADS and not after_that(text, start):
            return None  # "The change highlights China's growing importance", "This growing habit ... explains the rise"  # "The agreement will see some 12 trillion won of debt converted into equity"
        if cue.form in NOUN_LIKE and (men.form == "phrase" or self._coordinated(s0, cue)):
            return None  # "His remarks came amid recent reports", "and calls to this effect"
        if men.form == "phrase" and men.text.split()[-1] in FUNCTION_WORDS:
            return None  # "But his plans ran", "There's no way to tell", "interrupted with protests"
        if gap and (pronoun := _GAP.search(text, max(s0, cue.start - 50), cue.start)) is not None:
            if text[max(s0, pronoun.start() - 3) : pronoun.start()].rstrip(SPACES).endswith((",", "(", "\u2014", "\u2013")):
                # a relative clause set off by commas ends at the next one: "the vote, which she has
                # said was a mistake, was ..."
                close = min((i for i in (text.find(c, fit[0], fit[1]) for c in ",)\u2014\u2013") if i >= 0), default=-1)
                if close > fit[0]:
                    fit = self.quotes.fit(text, fit[0], close, 1) or fit
        return _Found(fit[0], fit[1], men, form, "cue_clause")

    def _an_event_sees(self, men: Mention, start: int, s1: int) -> bool:
        """Is the subject of "see" an event ("The change will see the end of ...", "The death of Martin Luther King saw it
        postponed", "the Olympic Games, which saw Chile dominate")? A relative or a pronoun, which may stand for people
        ("the business community, which saw the tycoon as the country's best hope"), only with no "as" after its object."""
        subject = men.text
        if men.form == "relative" and (ante := antecedent(self.text, men)) is not None and an_event(ante.text):
            subject = ante.text
        if not an_event(subject):
            return False
        return subject.rsplit(None, 1)[-1].lower() not in _PRONOUN_HEADS or not as_follows(self.text, start, s1)

    def _long_subject(self, s0: int, cue: Cue) -> Mention | None:
        """The sentence's opening phrase before "say" or "tell" and their auxiliaries, up to
        ``_LONG_SUBJECT_WORDS``: "But current and former officials in the FBI and at the Justice
        Department have said ..." (a verb of saying with a clause after it has a subject)."""
        text = self.text
        at = cue.start
        while (word := word_before(text, s0, at)) and (word in ADVERBS or word in _PERFECT or word in _MODALS):
            at = text.rindex(word, s0, at)
        start = s0
        opener = _CONNECTIVE_OPENER.match(text, s0, at) or _ADVERB_OPENER.match(text, s0, at)
        if opener is not None:
            start = opener.end()
        men = short_phrase(text, start, at, _LONG_SUBJECT_WORDS, 2)
        if men is None and text.count(" ", start, at) <= _ASIDE_SUBJECT_WORDS:
            # "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said", "Ms. Toretti, Mrs. Rao and
            # other bundlers said": the name opening the sentence, before an aside or a list
            men = mention_after(text, start, at)
            if men is None or men.form not in ("name", "role") or text[men.end : men.end + 2].strip(SPACES)[:1] not in _ASIDE_OPENERS:
                return None
        return men

    def _opens_with_a_document(self, s0: int, at: int) -> bool:
        """Does the sentence open with a document ("An analysis by Politifact of presidential elections going back to
        1972 showed ...", "The Real Clear Politics average of polls taken over the past two weeks shows ...")?"""
        words = self.text[s0:at].lower().split()[:4]
        return any(w.strip(",") in _DOCUMENT_WORDS for w in words)

    def _author(self, s0: int, document: re.Match[str]) -> Mention | None:
        """Who reports through a document: the possessive before it ("her stump speech"), else the
        sentence's subject ("The party published a report detailing ..."), else the document."""
        text, at = self.text, document.start(1)
        men = self._possessive(s0, document.end(1))
        if men is None:
            men = mention_after(text, s0, at)
            if men is None or men.form == "phrase" or men.end > at:
                first = _FIRST_VERB.match(text, s0, at)
                men = None if first is None else short_phrase(text, first.start(1), first.end(1), 6, 1)
                if men is not None and men.text.split()[0].lower() in _NOT_A_SUBJECT_OPENER:
                    men = None
        return men or short_phrase(text, at, document.end(1), 8, 1)

    def _opening_participle(self, s0: int, s1: int, cue: Cue) -> _Found | None:
        """'Noting that turnout was low, Jones said ...', 'In defending the plan, the mayor cited ...':
        a participle opening the sentence reports up to the comma before the main clause, whose
        subject (a name, a pronoun or a role, not a plain phrase) is the reporter."""
        text = self.text
        start = clause_start(text, cue.end, s1, cue.lemma in _TELLING, cue.lemma == "call", False, cue.lemma in CLAUSAL)
        if start is None or not fits_the_verb(text, start, s1, cue.lemma):
            return None
        comma = text.find(",", start, s1)
        while comma >= 0:
            men = mention_after(text, comma + 1, s1)
            if men is not None and men.form != "phrase":
                break
            comma = text.find(",", comma + 1, s1)
        else:
            return None
        fit = self.quotes.fit(text, start, comma, 1)
        return None if fit is None else _Found(fit[0], fit[1], men, cue.form, "cue_clause")

    def _subject(self, s0: int, cue: Cue, that: bool = False) -> Mention | None:
        """The reporter of ``cue``; ``that``: the clause opens with "that", so a longer subject
        phrase is safe ("A 2014 study that appeared in the journal found that ...")."""
        text = self.text
        if self._gerund(s0, cue) or self._coordinated(s0, cue) and (
            cue.ing or not text[max(s0, cue.start - 3) : cue.start].rstrip().endswith(",")
        ):
            # "He also rejected threats ... and suggested that", "..., adding that": the sentence's
            # subject when it names someone, else the noun phrase before the participle.
            # "The levy will pass, he said, adding that ...": the participle right after a cue is its subject's
            if cue.ing and _EVENT_PARTICIPLE.search(text, s0, cue.start) is not None:
                return None
            prev = self._cue_before_comma(s0, cue)
            if prev is not None:
                men = self._subject_at(prev.start, s0) or mention_after(text, prev.end, cue.start)
                if men is not None and men.form != "phrase":
                    return men
            agent = _PASSIVE_AGENT.search(text, s0, cue.start) if cue.ing else None
            if agent is not None and (men := mention_after(text, agent.end(), cue.start)) is not None:
                if men.form != "phrase" and _AGENT_TO_PARTICIPLE.fullmatch(text, men.end, cue.start):
                    return men
            men = mention_after(text, s0, cue.start)
            if men is not None and men.form != "phrase":
                return men
            # "In his speech, Obama praised her and said ...": the name after an opening adjunct's comma
            comma = text.find(",", s0, cue.start)
            if comma > s0 and text.count(" ", s0, comma) < _OPENING_ADJUNCT_WORDS:
                men = mention_after(text, comma + 1, cue.start)
                if men is not None and men.form != "phrase" and men.end < cue.start:
                    return men
            # "The campaign launched an ad and announced it would ...": the phrase before the first verb
            first = _FIRST_VERB.match(text, s0, cue.start)
            men = None if first is None else short_phrase(text, first.start(1), first.end(1), 6, 1)
            if men is not None and men.text.split()[0].lower() not in _NOT_A_SUBJECT_OPENER:
                return men
            # '"...," she said in the Oval Office, emphasizing it was time': the earlier cue's subject.
            # "Graham urged Republicans to ..., and criticized the party": the earlier cue's too.
            earlier = [c for c in self.group if c.end <= cue.start and c.lemma not in _NO_VERB]
            if earlier:
                prev = earlier[-1]
                men = self._subject_at(prev.start, s0) or mention_after(text, prev.end, cue.start)
                if men is not None:
                    return men
        # "Clinton now says": adverbs the sieve's rule keeps.
        at = cue.start
        while True:
            word = word_before(text, s0, at)
            if not word or not (word in ADVERBS or len(word) > 4 and word.endswith("ly") and word.islower()):
                break
            at = text.rindex(word, s0, at)
        if word == "to":
            catenative = _CATENATIVE.search(text, max(s0, at - _CATENATIVE_CHARS), at)
            if catenative is not None:  # "Polls continue to show that": the subject of "continue"
                at = catenative.start()
            else:  # "Leaders met on Friday to discuss the crisis": the sentence's subject
                men = mention_after(text, s0, at)
                if men is not None and men.form != "phrase" and men.end < at:
                    return men
        end = at
        while end > s0 and text[end - 1] in SPACES:
            end -= 1
        aside = end > s0 and text[end - 1] in ",—–-"
        men = self._subject_at(at, s0)
        if aside and (men is None or text.startswith(" of ", men.end)):
            # "One of the authors of the report, Ann Price, said": the name set off by commas
            men = self._apposed_name(s0, end - 1) or men
        if men is None and aside:
            # "Kall -- co-editor of a book on debates -- said", "Schiff, 56, who has served ..., told":
            # the name opening the sentence, past its apposition; else the opening phrase.
            men = mention_after(text, s0, end)
            if men is None or men.form == "phrase":
                men = self._opening_phrase(s0, end - 1)
        if men is None:
            word = word_before(text, s0, at)
            if (
                word in _PERFECT and cue.lemma in CLAUSAL
                or cue.ing and word in PROGRESSIVE_AUX
                or cue.lemma in STATES and word in _COPULAS
            ):
                # "Both sides have also acknowledged", "Many were seeking", "But loyalists were adamant":
                # the phrase before the auxiliary
                at = text.rindex(word, s0, at)
        if men is None and _QUANTIFIER.fullmatch(text, s0, at) is not None:
            # "Both think ...", "But many believe ...": the quantifier alone ("both" is also an adverb)
            word = text[s0:at].split()[-1]
            start = text.rindex(word, s0, at)
            return Mention(start, start + len(word), word, "phrase")
        if men is None:
            # "Many of his supporters believe ...": a short subject phrase opening the sentence;
            # "While ..., many said Monday that", "though 32 percent said they": one after a comma.
            men = (
                short_phrase(text, s0, at, 12 if that else 10, 1 if _QUANTIFIER.fullmatch(text, s0, at) else 2)
                or phrase_after_comma(text, s0, at)
                or phrase_after_subordinator(text, s0, at)
                or head_before_relative(text, s0, at)
            )
        return men

    def _cue_before_comma(self, s0: int, cue: Cue) -> Cue | None:
        """The cue of the group ending right before the comma that joins ``cue`` ("he said, adding")."""
        at = self._coordinator(s0, cue)
        if at is None or self.text[at] != ",":
            return None
        for c in self.group:
            if c.end <= at and not self.text[c.end : at].strip(SPACES) and c.lemma not in _NO_VERB:
                return c
        return None

    def _apposed_name(self, s0: int, comma: int) -> Mention | None:
        """A full name set off by commas before the comma at ``comma``: "One of the report's authors,
        Ari Fleck, said" (a name of two words or more: "Dover, Del., says" names no one)."""
        text = self.text
        if text[comma] != ",":
            return None
        prev = text.rfind(",", s0, comma)
        if prev <= s0:
            return None
        name = mention_at_end(text, comma, prev + 1)
        if name is None or name.form != "name" or text[prev + 1 : name.start].strip(SPACES):
            return None
        words = name.text.split()
        if len(words) < 2 or not all(w[0].isupper() or w in _NAME_PARTICLES for w in words):
            return None  # "head of Turkey's Defense Directorate": a title, no name
        return name

    def _opening_phrase(self, s0: int, end: int) -> Mention | None:
        """The sentence's opening phrase up to its first comma or dash, as the subject of a cue
        after an aside: "Many speakers at the service — including ... — said"."""
        text = self.text
        first = min((i for i in (text.find(c, s0, end + 1) for c in ",—–") if i >= 0), default=-1)
        return short_phrase(text, s0, first, 8, 1) if first > s0 else None

    def _subject_at(self, at: int, s0: int) -> Mention | None:
        """The subject of the cue at ``at``, asked once per article position (quoted speech's rules,
        the trailing and the clause rules share it)."""
        return subject_in(self.doc, at, s0)

    def _said_this(self, s0: int, men: Mention, cue: Cue) -> _Found | None:
        """'Turkey does not intend to retreat ... The republic's Foreign Minister Mevlut Cavusoglu
        said this in an interview': the sentence before, in the same paragraph."""
        text = self.text
        if s0 < 2 or text[s0 - 1] == "\n" or "\n" in text[s0 - 2 : s0]:
            return None
        p0, _ = self.paragraphs.sentence(s0 - 2)
        fit = self.quotes.fit(text, p0, s0)
        if fit is None or self.quotes.inside(p0):
            return None
        return _Found(fit[0], fit[1], men, cue.form, "said_this")

    def _body_before(self, at: int, s0: int) -> str | None:
        """The body "they" opening its sentence (``s0``) means: the speaker of the attribution right before,
        in this sentence or the one before, when it is an organisation ("The Conservatives say they would
        abolish fees ... They say the Lib Dem policy ..."); None when that one names no body ("Analysts
        said ... They also pointed out") and for a "they" inside a clause ("if they want to")."""
        if not _THEY_OPENS.fullmatch(self.text, s0, at):
            return None
        k = bisect.bisect_left(self.mentions, at)
        if k == 0 or s0 < 2 or self.mentions[k - 1] < self.paragraphs.sentence(s0 - 2)[0]:
            return None
        speaker = self.said[self.mentions[k - 1]]
        return speaker if speaker is not None and speaker_kind(speaker, self.registry) == "organisation" else None

    # --- the quote --------------------------------------------------------------------------

    def _quote(self, f: _Found, s0: int, s1: int) -> list[QuoteRow]:
        men = f.mention
        if men is not None and men.form == "name" and fold(men.text) in NOT_REPORTERS:
            return []  # "Liked it? Take a second to support ...", "Having said that, ...": no one reports
        span = None
        if men is not None and men.form == "relative" and (ante := antecedent(self.text, men)) is not None:
            # "President George W Bush himself, who told ...": the antecedent is who reports, resolved like any
            # mention; the mention runs on to the pronoun (PolNeAR marks either as the source)
            if men.text == "which" and ante.form == "phrase" and ante.text.islower() and fold(f.cue).split()[0] in _THINGS_CANNOT:
                return []  # "a hip injury which ruled him out": a thing does not rule, nothing is reported
            span = (ante.start, men.end)
            men = ante
        if men is None:
            speaker = None
        elif men.start in self.known:  # the mention of a quote too: '"...," she said, adding that'
            speaker = self.known[men.start]
        elif men.form == "name" and not joined_subject(self.text, men):  # a name means the same speaker all through an article
            key = men.text
            speaker = self.names[key] if key in self.names else self.names.setdefault(
                key, speaker_of(self.doc, men, self.history, self.registry)
            )
        else:
            # The latest speakers before the mention only: resolving a pronoun reads its whole
            # history, so an unbounded one would make long articles quadratic.
            at = bisect.bisect_left(self.history, (men.start, ""))
            recent = self.history[max(0, at - _HISTORY) : at]
            speaker = speaker_of(self.doc, men, recent, self.registry, before=f.start)
        if speaker is None and men is not None:
            if men.text in ("They", "they"):
                speaker = self._body_before(men.start, s0)
            elif men.form not in ("pronoun", "relative"):
                speaker = document_author(self.doc, men, self.registry, _DOCUMENT_WORDS)  # "a Toshiba study"
        if men is not None:
            if speaker is not None:
                bisect.insort(self.history, (men.start, speaker))
            if men.start not in self.said:
                self.said[men.start] = speaker
                bisect.insort(self.mentions, men.start)
        via = find_via(self.text, s0, f.start) or find_via(self.text, f.last, s1)
        confidence = confidence_of(RULE_CONFIDENCE[f.rule], bool(speaker))
        self.utterance += 1
        pieces = [(start, end) for start, end in [(f.start, f.end)] + ([f.more] if f.more else [])
                  if not self.quotes.leads_into_quote(self.text, end)]  # "things such as, \"...\"": the quote says it
        mention, m0, m1 = (None, None, None) if men is None else (men.text, men.start, men.end)
        if span is not None:
            mention, m0, m1 = self.text[span[0] : span[1]], span[0], span[1]
        text, utterance = self.text, self.utterance
        new = tuple.__new__  # a NamedTuple's own constructor is a Python call
        return [
            new(QuoteRow, (text[start:end], start, end, "indirect", speaker, mention, m0, m1, f.cue, via, f.rule, confidence, utterance))
            for start, end in pieces
        ]


def find_reported(
    text: str,
    quoted: Sequence[Quote] = (),
    *,
    year: int | None = None,
    registry: Registry | None = None,
    doc: Document | None = None,
) -> list[Quote]:
    """Reported speech in ``text`` as ``kind="indirect"`` quotes, in text order.

    ``quoted`` are the article's quotes in quotation marks (``extract``'s): reported
    clauses never cut them, and their speakers are antecedents for pronouns. ``doc`` is the
    article's ``Document`` when the caller already built one (its name index is then shared).
    """
    rows = [QuoteRow(*astuple(q)) for q in quoted]
    return [Quote(*row) for row in reported_rows(text, rows, year=year, registry=registry, doc=doc)]


def reported_rows(
    text: str,
    quoted: Sequence[QuoteRow] = (),
    *,
    year: int | None = None,
    registry: Registry | None = None,
    doc: Document | None = None,
) -> list[QuoteRow]:
    """``find_reported`` on rows (``extract`` makes each Quote once, with its final number)."""
    cues = find_cues(text)
    if not cues and not any(q.kind == "partial" for q in quoted):
        return []  # no cue, and no partial quote for a "Name: CLAUSE"
    if doc is None:
        doc = Document(text, year)
    finder = _Finder(text, quoted, doc, registry or default_registry())
    return finder.colon_clauses(finder.run(cues), quoted)

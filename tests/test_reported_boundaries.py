"""Reported-speech clause boundaries and subjects (issue 7), one named rule each.

Every sentence here was written for its construction; none is copied from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from reported_support import fields, indirect

import quotes

# (rule, sentence, one dict of expected fields per reported piece, in text order)
CLAUSES = [
    ("a parenthetical cue whose subject is a phrase holding the mention: 'many economists say'",
     "In the long run, many economists say, the new levy could push rents up across the county.",
     [{"mention": "many economists", "cue": "say", "text": "In the long run"},
      {"mention": "many economists", "text": "the new levy could push rents up across the county"}]),
    ("a one-word adverb before a parenthetical cue is the clause's first piece",
     "Today, the farmer said, the river floods twice a year.",
     [{"mention": "the farmer", "text": "Today"}, {"mention": "the farmer", "text": "the river floods twice a year"}]),
    ("an apposition after a trailing source is the source's, no second piece",
     "Farm incomes fell by a third last year, according to Jane Roe, an analyst at the county bank.",
     [{"mention": "Jane Roe", "cue": "according to", "text": "Farm incomes fell by a third last year"}]),
    ("'adding that' after a trailing cue is its own clause, reported by the cue's subject",
     "The levy will pass easily, the mayor said, adding that the vote was set for May.",
     [{"mention": "the mayor", "cue": "said", "text": "The levy will pass easily"},
      {"mention": "the mayor", "cue": "adding", "text": "the vote was set for May"}]),
    ("'on condition of anonymity' after a trailing cue is no piece of the clause",
     "Nobody on the board wanted the job, one member said, on condition of anonymity.",
     [{"mention": "one member", "text": "Nobody on the board wanted the job"}]),
    ("a trailing 'according to' reports what follows a colon in its clause",
     "The levy has not hurt trade: the port handled more cargo than ever last year, according to the county.",
     [{"mention": "the county", "text": "the port handled more cargo than ever last year"}]),
    ("a reported relative clause set off by commas ends at the comma closing it",
     "The new fee, which officials said will take effect in May, was approved on Tuesday.",
     [{"mention": "officials", "text": "will take effect in May"}]),
    ("a parenthetical cue before a two-word rest of the clause",
     "This harvest, the mayor says, was different.",
     [{"mention": "the mayor", "text": "This harvest"}, {"mention": "the mayor", "text": "was different"}]),
    ("a content clause ends before a closing apposition of a name",
     "The mayor said she would not back Mr. Jones, the longtime chair of the county board.",
     [{"mention": "The mayor", "text": "she would not back Mr. Jones"}]),
    ("a content clause ends before a closing relative clause about a name",
     "The mayor said the plan would hurt Harbor Lane, which lost half its shops last year.",
     [{"mention": "The mayor", "text": "the plan would hurt Harbor Lane"}]),
    ("a list of appositions after 'including' stays in the clause",
     "The mayor said she admired many people, including the singer Ann Lee, the poet Jo Park and others.",
     [{"mention": "The mayor", "text": "she admired many people, including the singer Ann Lee, the poet Jo Park and others"}]),
    ("an opening subordinate clause after 'But' ends where the main clause starts",
     "But even as the mayor claimed on Tuesday that the dam was safe, one of the engineers said the cracks were spreading.",
     [{"mention": "the mayor", "text": "the dam was safe"}, {"cue": "said", "text": "the cracks were spreading"}]),
    ("'told him CLAUSE' after an opening clause reports what follows the addressee",
     "While he was waiting in the county jail, officials told him he had never been a citizen.",
     [{"mention": "officials", "cue": "told", "text": "he had never been a citizen"}]),
    ("'told' with an addressee and no clause after it is a trailing cue",
     "The plan is dead, the mayor told reporters on Friday.",
     [{"mention": "the mayor", "cue": "told", "text": "The plan is dead"}]),
    ("'reported at least' opens a clause with a quantity",
     "On Friday, the radio station reported at least six planes circled the stadium.",
     [{"cue": "reported", "text": "at least six planes circled the stadium"}]),
    ("'According to X,' after a colon opens a parenthetical clause",
     "The shift has been noticed: According to recent polls, the mayor holds only 14 percent of the vote.",
     [{"mention": "recent polls", "text": "the mayor holds only 14 percent of the vote"}]),
    ("'According to X,' inside parentheses: the parenthesis ends the clause",
     "The park closes early. (According to the county, it does not count the visitors.) Few complain.",
     [{"cue": "according to", "text": "it does not count the visitors"}]),
    ("'As reported by X, CLAUSE': the agent reports the clause",
     "As first reported by the Gazette, the county will sell the old mill next year.",
     [{"mention": "the Gazette", "cue": "reported", "text": "the county will sell the old mill next year"}]),
    ("'But as X noted, CLAUSE' is a parenthetical cue",
     "But as Jones noted, the voters will give the mayor a second look if she wins.",
     [{"mention": "Jones", "cue": "noted", "text": "the voters will give the mayor a second look if she wins"}]),
    ("'As another study noted, CLAUSE': a subject phrase after 'As'",
     "As another county study noted, the average age of the farmers was 58.",
     [{"mention": "another county study", "text": "the average age of the farmers was 58"}]),
    ("a short adjunct after 'said' and then a pronoun subject: the clause starts at the pronoun",
     "The mayor said after the vote she would not run again.",
     [{"mention": "The mayor", "text": "she would not run again"}]),
    ("a cue after a no-break space",
     "On Friday, the Gazette\u00a0reported that the county would sell the old mill.",
     [{"mention": "the Gazette", "cue": "reported", "text": "the county would sell the old mill"}]),
    ("an inverted cue before a later cue in a relative clause is the trailing cue",
     "A quieter mayor may not be a bad thing, say some councillors, who cringe as they recall her last term.",
     [{"mention": "some councillors", "cue": "say", "text": "A quieter mayor may not be a bad thing"}]),
    ("'While X say ..., others say ...': the main clause opens with 'others'",
     "While some friends say the mayor looks tired, others say she has never been healthier.",
     [{"mention": "some friends", "text": "the mayor looks tired"}, {"mention": "others", "text": "she has never been healthier"}]),
    ("'However, while X says ...,': the opening clause ends where the main clause starts",
     "However, while the party says it is on its way to its goal, it is not receiving help from the firms.",
     [{"mention": "the party", "text": "it is on its way to its goal"}]),
    ("'joked that' reports a clause",
     "The mayor joked that the bridge would outlive them all.",
     [{"mention": "The mayor", "cue": "joked", "text": "the bridge would outlive them all"}]),
    ("a noun of speech: 'complaints that'",
     "His complaints that the survey was rigged went unanswered for months.",
     [{"mention": "His", "cue": "complaints that", "method": "noun_cue"}]),
    ("a coordinated subject of a trailing cue",
     "Support for the levy is strongest among older voters, farmers and county officials told the Gazette.",
     [{"mention": "farmers and county officials", "text": "Support for the levy is strongest among older voters"}]),
    ("a quantifier alone as the subject: 'Both think', 'But many believe'",
     "Both think the mayor advanced the agenda. But many believe the plan will fail.",
     [{"mention": "Both", "text": "the mayor advanced the agenda"}, {"mention": "many", "text": "the plan will fail"}]),
    ("a conjunction alone before a parenthetical cue is no piece",
     "But, the farmer said, the river floods twice a year.",
     [{"mention": "the farmer", "text": "the river floods twice a year"}]),
    # session 6 (bounds): PolNeAR gives each word to one attribution, so an inner attribution with a
    # subject of its own ends the outer clause and is a clause of its own
    ("', but' and a name with its own cue opens a new clause",
     "The mayor said the budget was balanced, but Councillor Jones disputed the figures.",
     [{"mention": "The mayor", "text": "the budget was balanced"},
      {"mention": "Councillor Jones", "cue": "disputed", "text": "the figures"}]),
    ("', though' and a subject with a verb of saying opens a new clause",
     "The mayor said the levy was fair, though she acknowledged it was unlikely to pass.",
     [{"mention": "The mayor", "text": "the levy was fair"},
      {"mention": "she", "cue": "acknowledged", "text": "it was unlikely to pass"}]),
    ("'though she noted': any verb of saying opens the inner clause",
     "The mayor said the plan was sound, though she noted the costs were rising.",
     [{"mention": "The mayor", "text": "the plan was sound"}, {"mention": "she", "text": "the costs were rising"}]),
    ("'and X accused': the accusation is a clause of its own",
     "Republicans said the inquiry was mishandled and Democrats accused the board of stalling.",
     [{"mention": "Republicans", "text": "the inquiry was mishandled"},
      {"mention": "Democrats", "cue": "accused", "text": "the board of stalling"}]),
    ("', which she said' opens a new clause in the gap construction",
     "The mayor said the county would hire new guards, which she said were badly needed.",
     [{"mention": "The mayor", "text": "the county would hire new guards"},
      {"mention": "she", "text": "were badly needed"}]),
    ("the main clause after an opening subordinate clause may open with a number",
     "While only 7 percent said they were undecided, 27 percent of the farmers said they could change their minds.",
     [{"text": "they were undecided"},
      {"mention": "27 percent of the farmers", "text": "they could change their minds"}]),
    ("'and will ...' is a second predicate of the clause, not a new subject",
     "Staff for the county board said the panel has the letter and will fix the letter in its final report.",
     [{"mention": "Staff", "text": "the panel has the letter and will fix the letter in its final report"}]),
    ("a clause-final 'on <weekday> at a ...' is the setting of the saying",
     "The mayor said the levy would pass on Monday at a rally in the harbour district.",
     [{"mention": "The mayor", "text": "the levy would pass"}]),
    ("the main clause after an opening subordinate clause may open with a contracted pronoun",
     "Ever since the mayor announced her plan last year, she's said the same thing at every stop.",
     [{"mention": "the mayor", "text": "her plan last year"}, {"mention": "she", "text": "the same thing at every stop"}]),
    ("the main clause after an opening subordinate clause may open with 'multiple'",
     "But while farmers are happily supporting the delay, multiple sources close to the talks say the board will reject it.",
     [{"text": "the delay"}, {"mention": "multiple sources close to the talks", "text": "the board will reject it"}]),
    ("a measure of time before 'after' opens a subordinate clause",
     "Two days before the mayor announced her resignation, the board said it had lost confidence in her.",
     [{"mention": "the mayor", "text": "her resignation"},
      {"mention": "the board", "text": "it had lost confidence in her"}]),
    ("'as' and a subject pronoun after an object is a time, not the object",
     "The mayor thanked the volunteers as she left the hall.",
     [{"mention": "The mayor", "cue": "thanked", "text": "the volunteers"}]),
    ("', following ...' after a content clause is a time the writer adds",
     "The mayor stressed the need for calm, following the protests at the harbour.",
     [{"mention": "The mayor", "text": "the need for calm"}]),
    ("' - with ...' after a content clause is the writer's elaboration",
     "Unadjusted, the figures showed unemployment rose 2,000 to 46,000 - with many farms laying off workers amid bad weather.",
     [{"mention": "the figures", "text": "unemployment rose 2,000 to 46,000"}]),
    ("a bare cue form after 'and' joins the clause's own verb, not the inflected cue",
     "The mayor said the county still has time to step up and show it can run the port.",
     [{"mention": "The mayor", "text": "the county still has time to step up and show it can run the port"}]),
    ("', using ...' after a content clause is the writer's note on the method",
     "The county survey shows the mayor ahead by four points, using an average of five recent polls.",
     [{"mention": "The county survey", "text": "the mayor ahead by four points"}]),
    ("', making ...' after a content clause is the writer's note on the result",
     "The mayor has acknowledged the cost of the flood wall, making her an outlier in her party.",
     [{"mention": "The mayor", "text": "the cost of the flood wall"}]),
    ("a name set off by commas continues the object",
     "In June, the mayor assailed a county judge, Ann P. Lee, for her ruling on the mill.",
     [{"mention": "the mayor", "text": "a county judge, Ann P. Lee, for her ruling on the mill"}]),
    ("... and so does a relative clause set off by commas before 'for|as|of|to'",
     "The board lauded Ann Lee, whose term ends in June, for saving the old mill.",
     [{"mention": "The board", "text": "Ann Lee, whose term ends in June, for saving the old mill"}]),
    ("... and an apposition set off by commas before 'for|as|of|to'",
     "The mayor accused Ann Lee, the county clerk, of hiding the files.",
     [{"mention": "The mayor", "text": "Ann Lee, the county clerk, of hiding the files"}]),
    ("after 'that', one unquoted word and a partial quote make a clause",
     "The senator declared that torture ''works.'' Others disagreed.",
     [{"mention": "The senator", "text": "torture ''works."}]),
    ("'showing' after a document reports for the document's author",
     "The county released a report on Monday showing that rents rose by a third.",
     [{"mention": "The county", "cue": "showing", "text": "rents rose by a third"}]),
    ("a coordinated infinitive after a comma continues the object",
     "The board does not want to raise the levy, only to delay it.",
     [{"mention": "The board", "text": "to raise the levy, only to delay it"}]),
    ("a noun of speech as the sentence's subject: its content ends at the sentence's verb",
     "His attacks on the county board have made the budget the centre of the race.",
     [{"mention": "His", "cue": "attacks on", "text": "the county board"}]),
    ("a trailing cue after a partial quote ending the clause: the clause runs to the comma in its marks",
     "But the gain from open trade is ''ten times the size of the harm,'' he said.",
     [{"mention": "he", "cue": "said", "method": "trailing_cue",
       "text": "But the gain from open trade is ''ten times the size of the harm,"}]),
    ("... and before an inverted trailing cue",
     "The new levy is 'a tax on the young,' said Ann Lee.",
     [{"mention": "Ann Lee", "text": "The new levy is 'a tax on the young,"}]),
    ("... also before a later cue, with the source's aside in parentheses",
     "Still, taxing the mills ''is a misguided approach,'' said Ann Lee (a view echoed by the board).",
     [{"mention": "Ann Lee", "method": "trailing_cue", "text": "Still, taxing the mills ''is a misguided approach,"}]),
    ("'Name: CLAUSE' holding a partial quote the name says: the words after the colon are reported",
     "Mayor Lee: The New Levy Is a 'Tax on the Young' in Disguise. The mayor spoke on Monday.",
     [{"mention": "Mayor Lee", "method": "named_headline", "text": "The New Levy Is a 'Tax on the Young' in Disguise"}]),
    ("... up to a semicolon",
     "Mayor Lee: levy is 'a tax on the young'; county board to vote in May.",
     [{"mention": "Mayor Lee", "text": "levy is 'a tax on the young'"}]),
    ("... past a semicolon before the partial quote; the name may open a longer phrase before the colon",
     "Mayor Lee on the Levy: Farmers Worried About Costs; It's 'a Tax on the Young'. The mayor spoke.",
     [{"mention": "Mayor Lee", "text": "Farmers Worried About Costs; It's 'a Tax on the Young'"}]),
    ("an article opening with 'Name: CLAUSE': the name reports the clause",
     "Gingrich: Mayor Must Decide If She Wants a Second Term. The former speaker spoke on Monday.",
     [{"mention": "Gingrich", "method": "named_headline", "text": "Mayor Must Decide If She Wants a Second Term"}]),
    ("... not a later sentence: a list or an interview label ('Q: ...', 'Iowa: Jane Roe, Jo Park')",
     "The panel met. Iowa: Jane Roe, Jo Park and Ann Lee were on it.",
     []),
    ("... nor a headline line without a stop (headlines are no reported speech)",
     "Gingrich: Mayor Must Decide If She Wants a Second Term\n\nThe former speaker spoke on Monday.",
     []),
    ("... nor an editor's label",
     "The Latest: County Board Votes to Close the Old Mill. The board met on Monday.",
     []),
    ("an opening headline in title case: its capitalised verb of saying is a cue",
     "Mayor Jane Roe Says County Will Close the Old Mill. The mayor spoke on Monday.",
     [{"mention": "Mayor Jane Roe", "method": "cue_clause", "text": "County Will Close the Old Mill"}]),
    ("... only in the opening sentence: a later title-case line is no headline",
     "The board met. Ann Lee Says Nothing About Mills Here. Then it rained.",
     []),
    ("a long subject phrase before 'have said' and a clause",
     "But current and former officials in the county and at the city hall have said the mill will close.",
     [{"mention": "current and former officials in the county and at the city hall", "text": "the mill will close"}]),
    ("a participle after a partial quote closing with a comma is coordinated with the sentence",
     "The admiral has called the plan ''reckless,'' accusing the board of wasting the county's money.",
     [{"mention": "The admiral", "cue": "called", "text": "the plan ''reckless,"},
      {"mention": "The admiral", "cue": "accusing", "text": "the board of wasting the county's money"}]),
    ("a name with an aside before 'said' and a clause: the name reports it, a later cue's phrase subject is no 'said ...'",
     "And Ann Lee (D-Ohio), another county official, said she hadn't thought about it.",
     [{"mention": "Ann Lee", "cue": "said", "text": "she hadn't thought about it"}]),
    ("... also for any verb of saying with 'that'",
     "Senators Ann Lee (D-Ore.), Jo Park (D-Ohio) and Tim Roe (D-N.J.) all suggested that the fees could be cut.",
     [{"mention": "Senators Ann Lee", "cue": "suggested", "text": "the fees could be cut"}]),
    ("'said' and a short adjunct before 'it' or 'there': the clause starts at the pronoun",
     "The governor said in politics it takes time to build trust.",
     [{"mention": "The governor", "text": "it takes time to build trust"}]),
]


@pytest.mark.parametrize("sentence, expected", [c[1:] for c in CLAUSES], ids=[c[0] for c in CLAUSES])
def test_reported_clauses(sentence, expected):
    found = indirect(sentence)
    assert [fields(q, e) for q, e in zip(found, expected)] == expected
    assert len(found) == len(expected)


def test_the_pieces_around_a_parenthetical_cue_are_one_utterance():
    first, second = indirect("Today, the farmer said, the river floods twice a year.")
    assert first.utterance == second.utterance


@pytest.mark.parametrize(
    "sentence",
    [
        # "said of X" after a quote names its topic; "said as she left" its time: no clause reported
        "\u201cIt is a mess,\u201d the economist said of the new budget plan for the county.",
        # "As part of X announced ...": no subject phrase after "As"
        "As part of the contracts announced last year, the county will spend $1m on roads.",
        # the adjunct skip stops at a question word: no clause "she would run again" without its "whether"
        "The mayor would not say on the radio whether she would run again.",
        # "support among" is the noun: nothing is reported
        "The mayor still enjoys the strongest support among older voters in the county.",
        # a name given: "a firm called X" reports nothing
        "The county paid $30,000 to a consulting firm called Harbor Lane.",
        "\u201cWe will hold,\u201d the mayor of the northern county of Essex said as she left the hall.",
    ],
)
def test_no_clause_reported(sentence):
    assert indirect(sentence) == []


def test_said_as_much_is_still_a_clause():
    (q,) = indirect("The mayor said as much in an interview on Friday.")
    assert q.text == "as much"


def test_a_name_called_by_a_speaker_is_still_reported():
    (q,) = indirect("On Friday, Senator Jones called Harbor Lane.")
    assert (q.mention, q.text) == ("Senator Jones", "Harbor Lane")


def test_but_as_with_an_object_is_a_time_not_a_source():
    # "But as X denounced Y, CLAUSE": X denounced Y is reported; the main clause is not X's
    (q,) = indirect("But as the mayor denounced the budget cuts, the crowd grew restless.")
    assert (q.mention, q.text, q.method) == ("the mayor", "the budget cuts", "cue_clause")


def test_a_long_line_broken_off_mid_sentence_is_running_text():
    # a paragraph the source broke mid-sentence (no final stop) still holds reported speech; a short
    # line without a stop is a headline
    text = (
        "The race had looked settled for weeks, and the party was calm about it. The mayor suggested "
        "that a loss in either county would knock her out of the race. The campaign poured more than "
        "$15 million into both contests, determined to bring the race to a\nclose by March."
    )
    (q,) = [q for q in quotes.extract(text) if q.kind == "indirect"]
    assert (q.mention, q.text) == ("The mayor", "a loss in either county would knock her out of the race")
    assert indirect("Mayor suggests a loss would knock her out of the race") == []

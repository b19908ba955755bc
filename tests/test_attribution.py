"""Each attribution sieve on the sentence that motivated it.

Sentences from the seeds are quoted as written; the others are written in
the style of the news text the rule was tuned on. Spans are built from the
double marks here, independently of the finder.
"""

import re

import pytest

from quotes import extract
from quotes.attribution import SIEVES, Document, attribute, cue_lemma, is_cue
from quotes.spans import Span

_QUOTED = re.compile(r'["“]([^"“”]*)["”]')


def spans(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), m.start(), m.end()) for m in _QUOTED.finditer(text)]


def attributed(text: str):
    """(quote text, attribution) pairs."""
    found = spans(text)
    return [(text[s.start : s.end], a) for s, a in zip(found, attribute(text, found))]


def only(text: str):
    ((_, a),) = attributed(text)
    return a


def test_sieves_run_from_most_specific_to_loosest():
    names = [s.name for s in SIEVES]
    assert names[:2] == ["transcript_label", "trailing_cue"] and names[-1] == "same_paragraph"
    assert len(set(names)) == len(names)
    assert all(0 < s.confidence <= 1 for s in SIEVES)
    assert SIEVES[0].confidence == max(s.confidence for s in SIEVES)


def test_confidence_is_lower_when_the_mention_is_not_resolved():
    (_, known), (_, unknown) = attributed('"Yes," Trump said. "No," said a man in the crowd.')
    assert known.speaker == "Donald Trump" and unknown.speaker is None
    assert known.method == unknown.method == "trailing_cue"
    assert unknown.confidence < known.confidence


# --- trailing_cue -------------------------------------------------------------------------------


def test_trailing_pronoun_resolves_to_the_named_person_before():
    text = (
        "Ismail Demir, head of Turkey's Defense Industry Directorate, confirmed on Wednesday that Ankara "
        "continues to consider purchasing the second regiment.\n"
        '"Our work on the second [regiment] of S-400 systems continues," he stressed in an interview with NTV.'
    )
    a = only(text)
    assert (a.speaker, a.mention, a.cue, a.method) == ("Ismail Demir", "he", "stressed", "trailing_cue")
    assert a.via == "an interview with NTV"
    assert text[a.mention_start : a.mention_end] == "he"


def test_trailing_role_noun_resolves_through_the_articles_apposition():
    text = (
        "Ismail Demir, head of Turkey's Defense Industry Directorate, confirmed on Wednesday that Ankara "
        "continues to consider purchasing the second regiment.\n"
        'Demir also called the US position on the topic wrong. "If they think this will dissuade us from making '
        'any of our national decisions, they think wrong," the defense chief said.'
    )
    a = only(text)
    assert (a.speaker, a.mention) == ("Ismail Demir", "the defense chief")


def test_trailing_inverted_cue_and_lone_surname_from_the_registry():
    text = '"It would be like if we followed the quick and easy path," declared Demir today.'
    a = only(text)
    assert (a.speaker, a.mention, a.cue) == ("Ismail Demir", "Demir", "declared")


def test_trailing_title_and_name_after_said():
    text = '"It is a big test for the party," said South Carolina Democratic Party Chairman Jaime Harrison.'
    a = only(text)
    assert a.speaker == "Jaime Harrison"
    assert a.mention == "South Carolina Democratic Party Chairman Jaime Harrison"


def test_trailing_cue_that_opens_the_next_statement_is_not_taken():
    text = '"We will wait." He added: "The work continues."'
    first, second = attributed(text)
    assert first[1].method != "trailing_cue"
    assert second[1].method == "colon_intro" and second[1].mention == "He"


def test_a_question_runs_on_into_its_attribution_with_an_object():
    # After "?" or "!" the cue and its object belong to the quote; after "." they would open
    # the next statement ('"We will wait." Demir told Reuters that ...').
    text = 'The mayor took the stage. “Why should we wait any longer?” Alvarez asked Council members. “We cannot.”'
    first = attributed(text)[0][1]
    assert (first.mention, first.cue, first.method) == ("Alvarez", "asked", "trailing_cue")
    text = 'The mayor took the stage. “We will wait.” Alvarez told Reuters the council would vote.'
    assert only(text).method != "trailing_cue"


def test_dash_attribution_in_a_list_of_reader_comments():
    a = only("“He does not speak for me.” ― Maria Lopez")
    assert (a.speaker, a.cue) == ("Maria Lopez", "―")


# --- split_quote --------------------------------------------------------------------------------


def test_second_half_of_a_split_quote_inherits_speaker_and_utterance():
    text = (
        "“There would be a second S-400 regiment in Turkey today. It would be like if we followed the quick and "
        "easy path, but we strive for the maximum,” declared Demir today, “With the information, we learn from "
        "the S-400 experience, we plan to achieve a similar level.” As he added, these systems are to be ready."
    )
    (_, first), (_, second) = attributed(text)
    assert second.method == "split_quote"
    assert second.speaker == first.speaker == "Ismail Demir"
    assert second.utterance == first.utterance


def test_a_new_sentence_between_quotes_is_not_a_split():
    text = '"We will see," McCain said. The longtime senator said he rarely campaigns, "except for friends."'
    (_, first), (_, second) = attributed(text)
    assert second.method != "split_quote"
    assert second.utterance != first.utterance
    assert second.mention == "The longtime senator"


# --- according_to, leading_cue, colon_intro, same_sentence --------------------------------------


def test_according_to_with_a_titled_name_and_registry_alias():
    text = (
        "According to Secretary of State Michael Pompeo, the restrictions send a \"clear signal\" that the US "
        'will "fully enforce CAATSA".'
    )
    (_, first), (_, second) = attributed(text)
    assert (first.speaker, first.method, first.cue) == ("Mike Pompeo", "according_to", "according to")
    assert first.mention == "Secretary of State Michael Pompeo"
    assert (second.speaker, second.method) == ("Mike Pompeo", "same_sentence")


def test_leading_cue_with_an_organisation_named_in_full_earlier():
    text = (
        "The Turkish Foreign Ministry condemned the US sanctions and promised to retaliate. The Foreign Ministry "
        'also stressed that Ankara "will not refrain from taking measures it considers necessary".'
    )
    a = only(text)
    assert (a.speaker, a.mention, a.cue, a.method) == (
        "Turkish Foreign Ministry", "The Foreign Ministry", "stressed", "leading_cue"
    )


def test_leading_cue_skips_a_parenthetical_aside():
    text = 'Erdogan, for his part, said in the CBS News interview that "no one is going to interfere."'
    a = only(text)
    assert (a.speaker, a.mention, a.via) == ("Recep Tayyip Erdogan", "Erdogan", "the CBS News interview")


def test_leading_cue_role_noun_and_participle_colon():
    text = (
        "Turkish President Recep Tayyip Erdogan has confirmed Ankara's willingness to buy more. The remarks came "
        'after the Turkish president told reporters in late August that Ankara had "no doubts about purchasing a '
        'second batch," adding: "Turkey and Russia are taking many steps."'
    )
    (_, first), (_, second) = attributed(text)
    assert (first.speaker, first.mention, first.cue) == ("Recep Tayyip Erdogan", "the Turkish president", "told")
    assert (second.speaker, second.method) == ("Recep Tayyip Erdogan", "same_sentence")


def test_a_quote_run_into_the_next_takes_its_attribution():
    # BBC: paragraphs run together; the first quote had no speaker
    text = (
        "The images were taken from a digital camera she had inherited from her mother. \"We often take pictures "
        "on flight or on layovers. I just though why not include them on my blog for fun.\" \"I never meant it as "
        'something to harm my company," Ms Simonetti said.'
    )
    (_, first), (_, second) = attributed(text)
    assert (first.mention, first.method) == ("Ms Simonetti", "next_quote")
    assert second.method == "trailing_cue"
    # a quote set off by narrative (or a paragraph break) from the next one takes nothing from it
    for gap in (" It was a holiday. ", "\n\n"):
        apart = text.replace('fun." "I never', 'fun."' + gap + '"I never')
        (_, first), _ = attributed(apart)
        assert first.method != "next_quote"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC: no speaker at all (the role phrase stopped at its comma)
        ('"So far the evidence suggests that last year\'s rate increases have helped," said EEF chief '
         "economist, Steve Radley.", "Steve Radley"),
        # BBC: was "BA" through "it says" in the sentence before
        ('"The decision to suspend flights is a difficult one to make," said BA director of commercial '
         "planning, Robert Boyle.", "Robert Boyle"),
        ('"He had a wonderful life," said his wife, Sheila.', "Sheila"),
    ],
)
def test_a_trailing_role_set_off_from_the_name_by_a_comma(text, speaker):
    a = only(text)
    assert (a.speaker, a.mention, a.method) == (speaker, speaker, "trailing_cue")


def test_colon_intro_names_the_medium():
    a = only('The Turkish president told CBS News: "We are the only ones to make such decisions."')
    assert (a.method, a.via, a.mention) == ("colon_intro", "CBS News", "The Turkish president")


def test_a_cue_word_used_as_a_noun_is_not_a_cue():
    text = 'In one tweet on Friday, Trump said: "Did she help her become a citizen?"'
    a = only(text)
    assert (a.mention, a.cue) == ("Trump", "said")


def test_participle_cue_takes_the_sentence_subject():
    a = only('Republican candidate Donald Trump quickly took to Twitter, writing: "Another horrific attack."')
    assert (a.speaker, a.cue) == ("Donald Trump", "writing")


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker():
    a = only('Glenn Beck, who has in the past described Trump as "a narcissist," spoke on Monday.')
    assert (a.mention, a.speaker) == ("who", "Glenn Beck")


def test_possessive_speech_noun():
    a = only('Politifact did a fact-check on Donald Trump’s claim that there were "thousands of shootings".')
    assert (a.method, a.mention, a.speaker) == ("speech_noun", "Donald Trump", "Donald Trump")


# --- speech_noun, colon_name, later_in_sentence, sentence_subject --------------------------------


def test_speech_noun_warning_from_a_titled_spokesman():
    text = (
        "This followed a warning from then Defense Ministry spokesman Jonathan Hoffman in 2019 that \"Turkey "
        'will not receive a Patriot battery unless he returns the S-400".'
    )
    a = only(text)
    assert (a.speaker, a.mention, a.method, a.cue) == ("Jonathan Hoffman", "Jonathan Hoffman", "speech_noun", "warning from")


def test_colon_after_a_name_introduces_the_quote():
    a = only('The surge does not surprise Republican pollster Daron Shaw: "Lesser-known candidates often gain."')
    assert (a.method, a.speaker) == ("colon_name", "Daron Shaw")


def test_main_clause_after_a_partial_quote():
    a = only('The governor "felt a moral obligation to act" on climate change, Axelrod said.')
    assert (a.method, a.mention) == ("later_in_sentence", "Axelrod")


def test_sentence_subject_when_no_verb_of_saying_is_used():
    text = 'Hillary Clinton spoke in Iowa. She talks about "breaking down barriers" at every stop.'
    a = only(text.replace("talks about", "dwells on"))
    assert (a.method, a.mention, a.speaker) == ("sentence_subject", "She", "Hillary Clinton")


def test_no_speaker_is_invented_for_scare_quotes():
    for text in (
        'Washington still hopes to persuade its ally to "walk away" from the Russian system.',
        'Time will show the extent to which the "own" Turkish system will result from their thought.',
        'GSV "Russia - Islamic World"',
    ):
        a = only(text)
        assert (a.speaker, a.mention, a.method) == (None, None, None), text


# --- continuation, same_paragraph ---------------------------------------------------------------


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker():
    text = '"I thought he was very effective," Matthews said.\n\n"He looked like a grown-up."'
    (_, first), (_, second) = attributed(text)
    assert (second.method, second.mention, second.mention_start) == ("continuation", "Matthews", first.mention_start)


def test_a_quote_paragraph_after_a_long_attributed_paragraph_continues_its_speaker():
    # BBC style: the paragraph before is long and ends with the sentence attributing its quote;
    # the words of a later quote in the new paragraph ("we showed") are no attribution.
    text = (
        "Evans, who coached the side for a decade and saw it through two relegations and a long run of "
        "defeats in the cup, " * 6
        + 'said the team had turned a corner. "It was a fine win," Evans told the local radio station.\n\n'
        '"We started slowly. "But the spirit we showed after the break was special."'
    )
    found = [q for q in extract(text) if q.kind == "direct"]
    assert [q.speaker for q in found] == ["Evans"] * 3
    assert found[1].method == "continuation"


def test_a_paragraph_ending_in_a_colon_introduces_the_next_quote():
    text = 'Morton Blackwell wrote:\n\n"In the piece I wrote last November, I discussed several factors."'
    a = only(text)
    assert (a.method, a.mention, a.cue) == ("continuation", "Morton Blackwell", "wrote")


def test_continued_pieces_of_one_quote_share_the_attribution_found_at_the_end():
    text = '"We will build it.\n\n"And they will pay for it," Trump said.'
    pieces = [Span(1, 18, 0, 18, continued=True), Span(21, 43, 20, 44)]
    assert text[pieces[0].start : pieces[0].end] == "We will build it."
    found = attribute(text, pieces)
    assert found[1].speaker == found[0].speaker == "Donald Trump"
    assert found[0].utterance == found[1].utterance


# --- resolution -------------------------------------------------------------------------------


def test_fullest_form_in_the_article_names_later_short_forms():
    doc = Document("Defense Ministry spokesman Jonathan Hoffman spoke. Later Hoffman said more.")
    assert doc.fullest("Hoffman") == "Jonathan Hoffman"
    assert doc.fullest("Jonathan Hoffman") is None


def test_pronoun_skips_a_person_of_the_wrong_gender():
    text = (
        'Hillary Clinton met Bernie Sanders on Monday. "We agree on a lot," she said.'
    )
    assert only(text).speaker == "Hillary Clinton"


def test_role_resolved_from_the_registry_by_year():
    text = '"The restrictions send a clear signal," the Secretary of State said.'
    found = spans(text)
    assert attribute(text, found, year=2020)[0].speaker == "Mike Pompeo"
    assert attribute(text, found, year=2014)[0].speaker == "John Kerry"


@pytest.mark.parametrize("form", ["said", "says", "told", "tells", "stressed", "tweeted", "insisted", "pointed out", "adding"])
def test_cue_lexicon_covers_inflections(form):
    assert is_cue(form)


def test_cue_lemmas():
    assert cue_lemma("told") == "tell" and cue_lemma("argues") == "argue" and cue_lemma("the") is None


def test_the_source_of_a_report_is_the_medium_not_the_speaker():
    text = '"This case is about the public’s right to know," the judge said, according to the Post.'
    a = only(text)
    assert (a.mention, a.via) == ("the judge", "the Post")


def test_a_sentence_opening_quote_continues_the_attributed_sentence_before_it():
    text = (
        'Sen. Claire McCaskill said Trump spent the debate talking about himself. "Mitt Romney was prepared. '
        'Mitt Romney was qualified."'
    )
    a = only(text)
    assert (a.method, a.speaker) == ("previous_sentence", "Claire McCaskill")


def test_the_head_of_an_organisation_is_a_person():
    text = (
        "Ismail Demir, head of Turkey's Defense Industry Directorate, spoke on Wednesday. "
        'On January 11, the head of Turkey\'s Defense Industry Directorate said the S-400s were "ready".'
    )
    a = only(text)
    assert (a.mention, a.speaker) == ("the head of Turkey's Defense Industry Directorate", "Ismail Demir")


def test_it_stands_for_the_organisation_named_before():
    text = (
        "The United Nations Security Council met on Friday and pledged to impose sanctions "
        'as a deterrence to what it called "a clear threat to international peace."'
    )
    a = only(text)
    assert (a.mention, a.speaker) == ("it", "United Nations Security Council")
    # With a verb of saying in the main clause, its subject speaks ('what it called' names a thing).
    text = text.replace("met on Friday and pledged", "on Friday condemned the test and pledged")
    a = only(text)
    assert (a.mention, a.speaker) == ("The United Nations Security Council", "United Nations Security Council")


def test_a_person_subject_beats_a_noun_phrase_before_it():
    a = only('In a Facebook message posted Friday, Cruz said he had "areas of significant disagreement".')
    assert (a.mention, a.speaker) == ("Cruz", "Ted Cruz")


def test_a_sentence_opening_with_in_the_skips_the_whole_phrase_to_its_subject():
    # "In the" is no time or place lead by itself: the phrase runs to its comma.
    text = "In the depths of the budget crisis, Maria Alvarez worried that the city hall was becoming “a ghost town.”"
    a = only(text)
    assert (a.mention, a.speaker, a.method) == ("Maria Alvarez", "Maria Alvarez", "sentence_subject")


def test_trailing_phrase_subject_with_a_prepositional_phrase_before_its_cue():
    text = "The clinic closed on Friday. “Closed until further notice!” a sign on the door reads."
    a = only(text)
    assert (a.mention, a.cue, a.method) == ("a sign", "reads", "trailing_cue")


def test_a_cue_coordinated_with_the_main_verb_shares_its_subject():
    text = "After the vote, Maria Alvarez paused and said, “We will rebuild the bridge.”"
    a = only(text)
    assert (a.mention, a.cue, a.method) == ("Maria Alvarez", "said", "leading_cue")


def test_a_noun_phrase_closing_the_sentence_after_a_comma_speaks():
    text = "Julia Moss has been “unfairly detained” by the authorities since March, the rights group said."
    a = only(text)
    assert (a.mention, a.cue, a.method) == ("the rights group", "said", "later_in_sentence")


def test_a_time_with_later_between_subject_and_cue_is_skipped():
    a = only("Maria Alvarez later Thursday told local radio: “The bridge will reopen.”")
    assert (a.mention, a.cue) == ("Maria Alvarez", "told")


def test_a_long_opening_phrase_before_the_subject_is_skipped():
    text = (
        "In a bid to shore up support for the new harbour among young voters in the southern districts, "
        "Maria Alvarez is rolling out a new message: “Build it now.”"
    )
    a = only(text)
    assert a.mention == "Maria Alvarez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will build it," said the mayor of Leeds, Alice Moreno.', "Alice Moreno"),
        ('"We will build it," the mayor of Leeds, Alice Moreno, said.', "Alice Moreno"),
        ('Her lawyer, John Smith, said: "She is innocent."', "John Smith"),
        ('A spokesman for the ministry, Omer Celik, told reporters the talks were "going well".', "Omer Celik"),
        # the name first, the indefinite role after it, the closing comma forgotten
        ('"We are checking," Anna Weber, a Lufthansa spokeswoman told the BBC.', "Anna Weber"),
    ],
)
def test_a_role_phrase_names_the_person_set_off_after_it(text, speaker):
    a = only(text)
    assert a.speaker == speaker
    assert a.mention is not None and a.mention[0].lower() in "tah"  # the role phrase is the evidence


@pytest.mark.parametrize(
    "text",
    [
        # a place after a place ("City, State") and a list are no apposition
        'A pastor at the church of Elizabeth, Colorado, said the law was "shameful".',
        'Her lawyer, John Smith, and the judge said the law was "shameful".',
        # a name inside the sentence, or a lone family name opening it, is what the sentence is about
        'After meeting John Smith, a spokesman said the law was "shameful".',
        'Smith, a spokesman said, "is shameful".',
    ],
)
def test_a_place_or_a_list_after_a_role_phrase_names_no_one(text):
    assert only(text).speaker not in ("Colorado", "John Smith", "Smith")


def test_he_or_she_passes_over_an_organisation_quoted_before_to_the_person_named():
    text = 'Ismail Demir spoke on Monday. The Foreign Ministry said the talks were "going well". "We are ready," he said.'
    q = [q for q in extract(text) if q.kind == "direct"][-1]
    assert (q.mention, q.speaker) == ("he", "Ismail Demir")


def test_a_quote_after_the_pieces_of_a_quote_over_paragraphs_continues_their_speaker():
    # The paragraph before runs on (its last quote reopens below); the new paragraph's second
    # quote is read again once the pieces share the speaker found for them.
    text = (
        "Greene crossed the line behind Gatlin. But Greene believes he lost the race in the semi-finals. "
        '"In my semi-final race, I was conserving energy. "That is when Obikwelu came up and I took third. '
        '"I believe that put me in lane seven in the final and, while I was there, I could not feel the race.\n\n'
        '"I just felt like I was running all alone. "I believe I could have reacted to the others." '
        "Greene was also denied a relay gold."
    )
    direct = [q for q in extract(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Greene"] * 5


def test_a_verb_of_thinking_right_before_the_mark_quotes_the_thought():
    text = 'It is a view shared by Rooney, who believes "if we get past Milan, we have a chance".'
    a = next(q for q in extract(text) if q.kind == "partial")
    assert (a.mention, a.speaker, a.cue) == ("who", "Rooney", "believes")


def test_the_feeling_of_people_the_sentence_is_about_stays_with_its_speaker():
    # a restrictive "who" is the people the sentence is about; a trailing cue still wins
    text = 'Howard urged people who feel "taken for granted" by Labour to vote Conservative.'
    assert next(q for q in extract(text) if q.kind == "partial").speaker == "Howard"
    text = 'Candidates who think "the region no longer matters are dangerously wrong," Clinton said.'
    assert next(q for q in extract(text) if q.kind != "indirect").speaker == "Clinton"


def test_an_apposition_without_its_closing_comma_before_the_cue():
    text = '"Sales are up," John Houlihan, editor of Gamesite.com told BBC News. "It is a contest."'
    first, second = [q for q in extract(text) if q.kind == "direct"]
    assert (first.mention, first.method, second.speaker) == ("John Houlihan", "trailing_cue", "John Houlihan")
    # not a pronoun's clause: '"patching up" the system, he added' is his
    text = 'The government could not go on "patching up" the system, he added.'
    assert next(q for q in extract(text) if q.kind == "partial").mention == "he"


def test_a_participle_cue_after_and_then_takes_the_sentence_subject():
    text = 'And then Trump went fully on the attack, saying, "Will the mayor finally name the problem?"'
    a = only(text)
    assert (a.mention, a.cue, a.method) == ("Trump", "saying", "leading_cue")


def test_a_cue_set_off_by_commas_with_its_speaker_after_it_attributes_the_quote_later():
    text = 'The paradox of the mayor, says Carl Anthony, a historian at the city library, is that she was "the most powerful of them all."'
    a = only(text)
    assert (a.mention, a.cue) == ("Carl Anthony", "says")


def test_a_line_of_a_dash_and_a_name_after_the_quote_signs_it():
    # fact-check style: the quote's paragraph, then a line "- Name." naming who said it
    text = 'Other outlets asked for copies.\n\n"I went to the bank before the crash."\n\n- Clinton.\n\nShe tends to overstate it.'
    a = only(text)
    assert (a.mention, a.method) == ("Clinton", "trailing_cue")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a participial or a time lead phrase opens the sentence; its words are no subject
        ('Continuing to explain his view, Carson rejected the idea, saying he would "fix what is rotten."', "Carson"),
        ('Hours later, she issued a statement calling on the city "to redouble our efforts."', "she"),
        # a cue inside the lead phrase belongs to it
        ('After the mayor said the plan was dead, Trump replied: "It is alive."', "Trump"),
    ],
)
def test_the_lead_phrase_of_a_sentence_holds_neither_its_subject_nor_its_cue(text, mention):
    assert only(text).mention == mention


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        # PolNeAR: the "As ..." clause runs up to the quote, so its cue and subject attribute it
        ('As Michael Dell said last week in Tel Aviv, "Israel is the center of the digital future."', "Michael Dell", "said"),
        ("As RealClearPolitics’ David Byler pointed out in December, “The delegates can change it.”", "RealClearPolitics’ David Byler", "pointed out"),
        ('As the prosecutor Marc Trevidic put it, "there was not much to complain about."', "the prosecutor Marc Trevidic", "put it"),
    ],
)
def test_a_lead_phrase_that_runs_up_to_the_quote_attributes_it(text, mention, cue):
    a = only(text)
    assert (a.mention, a.cue, a.method) == (mention, cue, "leading_cue")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The network will be vital," according to a report published by research consultancy Analysys.', "Analysys"),
        ('According to a study by the Pew Research Center, the share is "unprecedented".', "Pew Research Center"),
    ],
)
def test_according_to_a_document_is_according_to_its_maker(text, speaker):
    a = only(text)
    assert (a.speaker, a.cue, a.method) == (speaker, "according to", "according_to")


def test_a_title_inside_the_sentence_does_not_end_it():
    # PolNeAR (NYT): the sentence runs on past "Mr." to its cue
    text = 'It helps the economy. "I have admiration for the mechanics" of the plan, Mr. Holtz-Eakin said.'
    a = only(text)
    assert (a.method, a.mention) == ("later_in_sentence", "Mr. Holtz-Eakin")


def test_the_new_york_times_two_apostrophes_open_a_sentence():
    text = "The state cannot plan the economy, Mr. Lou said. ''So it is very hard to estimate.''"
    clause, quote = extract(text)
    assert (clause.kind, clause.mention, quote.method) == ("indirect", "Mr. Lou", "previous_sentence")


def test_a_long_apposition_between_the_quote_and_its_cue():
    text = (
        "''It is fiscally responsible,'' Leonard Burman, director of the centrist Urban-Brookings Tax Policy "
        "Center and a professor at the Maxwell School of Syracuse University, said of the plan."
    )
    a = next(q for q in extract(text) if q.kind == "direct")
    assert (a.method, a.speaker) == ("trailing_cue", "Leonard Burman")


def test_a_verb_and_by_before_the_participle_cue_leave_its_subject():
    # PolNeAR: "When he returned he began by saying, ..." was attributed to "he began"
    text = 'When he returned, the judge began by saying, "I do not think it is necessary."'
    assert only(text).mention == "the judge"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC: the subject of a passive cue is not who said it
        ('Im, who has made more than 100 films, was hailed for his "remarkable visual beauty".', None),
        # the agent after "by" is
        ('The mayor was criticised by Jane Smith for her "reckless spending".', "Jane Smith"),
        # "quoted as saying" is the subject's words; "is describing" is active
        ('Jane Smith was quoted as saying "we will win".', "Jane Smith"),
        ('Jane Smith is describing as "unhinged" a tweet by the mayor.', "Jane Smith"),
    ],
)
def test_a_passive_cue_speaks_for_its_agent_not_its_subject(text, speaker):
    a = next(q for q in extract(text) if q.kind != "indirect")
    assert a.speaker == speaker


def test_a_subject_passively_criticised_is_not_the_speaker_but_one_alleged_to_have_said_is():
    assert only('TV channel Five has been criticised for sending "offensive" material.').speaker is None
    a = only('Mr Houston is alleged to have said that organs should be "made available to members".')
    assert a.mention == "Mr Houston"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC: the paragraph before reports its speaker's words without marks
        ('Smith said the plan would fail.\n\n"It is doomed from the start."', "Smith"),
        ("The band will go on, according to Q magazine editor Paul Rees.\n\n\"This makes them determined.\"", "Paul Rees"),
        # the one asked answers
        ('Ann Lee spoke first. She asked Richards what impact she has seen.\n\n"I was in Fort Worth last week."', "Richards"),
    ],
)
def test_a_quote_paragraph_continues_the_reported_speaker_before_it(text, speaker):
    q = next(q for q in extract(text) if q.kind == "direct")
    assert (q.speaker, q.method) == (speaker, "continuation")


def test_a_cue_whose_clause_runs_to_a_colon_introduces_the_next_quote():
    # BBC politics_125: the spokesman's closing quote went to Mr Houston, whose clause introduces his own
    text = (
        'Mark Croucher told BBC News: "We have suspended him as a member." "It is a distraction from the task '
        'in hand." Mr Houston was quoted in the Herald newspaper saying: "I feel the party has lost its way."'
    )
    assert [(q.text[:12], q.speaker) for q in extract(text) if q.kind != "indirect"] == [
        ("We have susp", "Mark Croucher"),
        ("It is a dist", "Mark Croucher"),
        ("I feel the p", "Houston"),
    ]


def test_a_medium_quoting_someone_as_saying_gives_the_quote_to_them_through_it():
    # BBC business_043: '"...," Arab News quoted Prince Saud as saying.' was Arab News'
    text = '"Our reforms have created a new generation," Arab News quoted Prince Saud Faisal as saying.'
    ((_, a),) = attributed(text)
    assert (a.speaker, a.mention, a.via, a.cue) == ("Saud Faisal", "Prince Saud Faisal", "Arab News", "quoted")


def test_a_cue_word_ending_a_compound_is_no_cue():
    # BBC politics_133: "casino-related" made "related" the cue and "Stephen Pound labelled casino-" the
    # mention; "labelled" (British spelling) is the cue.
    text = ('Meanwhile Labour backbencher Stephen Pound labelled casino-related regeneration schemes '
            '"a pile of pants".')
    partial = next(q for q in extract(text) if q.text == "a pile of pants")
    assert (partial.speaker, partial.mention, partial.cue) == ("Stephen Pound", "Stephen Pound", "labelled")


@pytest.mark.parametrize("form", ["labelled", "labelling", "counselled", "marvelled"])
def test_british_spellings_that_double_the_l_are_cues(form):
    assert is_cue(form)

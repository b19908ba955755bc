"""extract(): what counts as speech, direct or partial, and utterances over paragraphs."""

from pathlib import Path

import pytest

from quotes import extract
from quotes.marks import find_quoted
from quotes.not_speech import not_speech, speech_only
from quotes.quote_kind import quote_kind

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def texts(text: str) -> list[str]:
    """The quoted speech found (reported speech without marks left out)."""
    return [q.text for q in extract(text) if q.kind != "indirect"]


def why_not(text: str, piece: str) -> str | None:
    span = next(s for s in find_quoted(text) if text[s.start : s.end] == piece)
    return not_speech(text, span)


def kind_of(text: str, piece: str) -> str:
    span = next(s for s in find_quoted(text) if text[s.start : s.end] == piece)
    return quote_kind(text, span)


# --- not speech -------------------------------------------------------------------------


def test_a_label_line_under_the_article_is_not_speech():
    # seeds/000 and 001 end with a GSV "Russia - Islamic World" caption line.
    for name in ("000", "001"):
        assert "Russia - Islamic World" not in texts(seed(name))
    text = 'Deliveries begin this year.\nGSV "Russia - Islamic World"\nPhoto: TASS'
    assert why_not(text, "Russia - Islamic World") == "label"


def test_a_one_letter_label_is_not_speech():
    # seeds/004: "Turkey also has a plan ‘B’"
    text = "Turkey also has a plan \u2018B\u2019\n\nAccording to the 2017 agreement, Turkey bought 4 batteries."
    assert why_not(text, "B") == "label"
    assert texts(text) == []


def test_a_button_label_is_not_speech():
    # PolNeAR train (huff-post newsletter footer)
    text = "Enter your email address, and click \u201csign up.\u201d That\u2019s all there is to it."
    assert why_not(text, "sign up.") == "label"


def test_a_credit_line_caught_in_a_transcript_s_marks_is_not_speech():
    # PolNeAR dev (a transcript quoted paragraph by paragraph runs into the footer)
    text = '"SMITH: And that is why we will win.\n\n"Follow Ann Lee on Twitter @annlee."'
    assert why_not(text, "Follow Ann Lee on Twitter @annlee.") == "label"
    assert texts(text) == ["And that is why we will win."]  # the label names the speaker


def test_a_long_headline_before_its_byline_is_not_speech():
    # PolNeAR train (a newsletter's reading list): headlines of any length, bylines of
    # outlets of several words or in a plural possessive.
    for text, piece in (
        ('READS\u2014"Three museums in the city will offer free entry to every visitor next month,"'
         " by Metro Daily's Jo Park: http://example.com.", "Three museums in the city will offer"
         " free entry to every visitor next month,"),
        ('\u2014"Gallery moves uptown," by Times\' Ben Cole: "The gallery said on Monday."',
         "Gallery moves uptown,"),
        ('\u2014"Books sell," by Boston Globe\'s Joseph P. Kahn: http://example.com.', "Books sell,"),
    ):
        assert why_not(text, piece) == "title"


def test_a_possessive_after_by_that_is_no_byline_keeps_the_speech():
    text = '"We are winning the delegate race everywhere we go," by Trump\'s own count, is true.'
    assert why_not(text, "We are winning the delegate race everywhere we go,") is None


def test_a_short_answer_with_a_cue_is_speech():
    text = '"No," he said.'
    assert why_not(text, "No,") is None
    assert texts(text) == ["No,"]


def test_a_scare_quoted_modifier_is_not_speech():
    # seeds/004
    text = (
        "Time will show the extent to which the \u201cown\u201d Turkish system will result from "
        "their independent technical thought."
    )
    assert why_not(text, "own") == "modifier"
    assert texts(text) == []


def test_a_quoted_phrase_before_a_function_word_is_no_modifier():
    # PolNeAR train (huff-post): "the ... no longer" - the quote is a noun phrase, not a modifier.
    text = 'Republicans learned that the "Solid South" no longer gave them a lock on the map.'
    assert why_not(text, "Solid South") is None


def test_a_called_phrase_woven_into_speech_is_kept():
    # seeds/001
    text = 'Cavusoglu also called the sanctions a "unilateral move" by the US.'
    assert why_not(text, "unilateral move") is None
    assert texts(text) == ["unilateral move"]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ('She spoke to reporters on CNN\'s "New Day" on Friday.', "New Day"),
        ("He appeared on Fox News Channel\u2019s \u201cThe Evening Edit\u201d to defend the plan.", "The Evening Edit"),
        ('Her book, "Voices of Hope," came out in May.', "Voices of Hope,"),
        ('The campaign released an ad titled "Unafraid" on Tuesday.', "Unafraid"),
        ('"Morning Report" host Dan Ellis asked about the vote.', "Morning Report"),
        ('"Budget talks stall again," by the Herald\'s Ann Lee, reported the delay.', "Budget talks stall again,"),
        ('He made the claim on Wednesday\'s "Evening Round-Up" with a caller.', "Evening Round-Up"),
        ("On Tuesday\u2019s episode of \u201cThe Morning Hour,\u201d the senator spoke of jobs.", "The Morning Hour,"),
        ('She spoke at a "Veterans Forum" sponsored by a network.', "Veterans Forum"),
    ],
)
def test_titles_of_shows_books_ads_and_articles_are_not_speech(text, piece):
    assert why_not(text, piece) == "title"


def test_a_nickname_inside_a_name_is_not_speech():
    text = 'Rep. Robert C. "Bobby" Scott opened his back yard to the party.'
    assert why_not(text, "Bobby") == "nickname"


def test_a_one_word_quote_after_a_sentence_end_is_no_nickname():
    # "Monday. " is a sentence's end, not an initial: the quote is Clinton's.
    text = 'The ad ran Monday. "Unafraid," Clinton said, is how she feels.'
    assert why_not(text, "Unafraid,") is None
    text = 'Gov. C.L. "Butch" Otter signed the bill.'
    assert why_not(text, "Butch") == "nickname"


def test_a_titled_phrase_after_a_cue_stays_speech():
    text = 'He told the crowd "Make It Count" was his message.'
    assert why_not(text, "Make It Count") is None


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # PolNeAR dev (huff-post): a title starting with a digit after "documentary".
        ("The director makes this clear in her new documentary \u201c13th.\u201d The film debuts Friday.",
         "13th."),
        # PolNeAR dev (nyt): a name followed by the medium it names.
        ("Sharpton took calls from listeners to his \"Keepin' It Real\" radio program who had doubts.",
         "Keepin' It Real"),
        ('She showed off the "Make America Great Again" hat his campaign gave her.', "Make America Great Again"),
        # PolNeAR dev (nyt): a named day is an event.
        ('They are also taking part in "Barack Obama Election Day," a day of voter drives.',
         "Barack Obama Election Day,"),
        # PolNeAR dev (wash-post): a show opening the sentence.
        ('On "Face the Nation," Sen. Bernie Sanders said the police must be held to account.',
         "Face the Nation,"),
        # PolNeAR train (politico): a show named where someone speaks or appears.
        ('"He is fair game," Fiorina told "Fox and Friends," reminding the hosts of it.', "Fox and Friends,"),
        ('Clinton said in an interview with "Fox News Sunday." The claim was disputed.', "Fox News Sunday."),
        # PolNeAR train (huff-post, wash-post): a work named by who played in or wrote it.
        ('Serafinowicz, who has starred in "Parks and Recreation" and other shows, posted it.',
         "Parks and Recreation"),
        ('Hemsley, the co-author of "Going Viral," said the days of gatekeepers are over.', "Going Viral,"),
        # PolNeAR dev (huff-post): a name dated by its year.
        ("Gingrich put it in his 1994 \u201cContract with America.\u201d In 1998 the Senate voted.",
         "Contract with America."),
        # PolNeAR dev (usa-today): a sentence-case title set off by commas after the work it names.
        ("Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful.",
         "Melania, tell your immigrant story,"),
    ],
)
def test_more_titles_are_not_speech(text, piece):
    assert why_not(text, piece) == "title"


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # A digit-first fragment that is not title case, with its speaker.
        ('The mayor said the city ranks "13th in the nation" for new jobs.', "13th in the nation"),
        # A title-case slogan after "said ... that" is quoted speech.
        ('Clinton said on Monday that "Love Trumps Hate" is her answer.', "Love Trumps Hate"),
        # "on" inside the sentence does not name a show.
        ('He vowed to act on "Day One," Trump said.', "Day One,"),
        # A quote after a work noun and a comma, with its cue.
        ('In her column, "We must act now," she wrote.', "We must act now,"),
        # Real partial quotes with their speakers (PolNeAR train, seeds/001).
        ('Christie called Obama a "petulant child" who acts like a king.', "petulant child"),
        ('Pompeo said the sanctions send a "clear signal" to Ankara.', "clear signal"),
        ('Cavusoglu also called the sanctions a "unilateral move" by the US.', "unilateral move"),
        ('Cruz has railed against what he calls the "Washington Cartel" for years.', "Washington Cartel"),
        # Two alternatives joined by "or" are quoted speech (PolNeAR train).
        ('He posted that refugees should "burn alive" or "drown" in the sea.', "burn alive"),
        ('PolitiFact rated 32% of claims as "false" or "pants on fire," the study found.', "false"),
        # A lone pronoun standing as its own answer.
        ('"Me," she said when asked who would lead.', "Me,"),
        # A quote followed by "meaning" whose speaker is named.
        ('Clinton called it "a big win," meaning the vote went her way.', "a big win,"),
    ],
)
def test_partial_quotes_with_a_speaker_stay_speech(text, piece):
    assert why_not(text, piece) is None


def speech(text: str) -> list[str]:
    return [text[s.start : s.end] for s in speech_only(text, find_quoted(text))]


def test_a_title_named_again_is_still_a_title():
    # PolNeAR dev (huff-post): the documentary "13th" ... DuVernay's "13th" documents ...
    text = 'Her new documentary "13th" opens Friday. DuVernay\'s "13th" documents the prison system.'
    assert why_not(text, "13th") == "title"  # the first, after "documentary"
    assert speech(text) == []
    # Said by someone, the title's words are quoted speech.
    text = 'The ad titled "Unafraid" ran Monday. "Unafraid," Clinton said, is how she feels.'
    assert speech(text) == ["Unafraid,"]


def test_the_next_title_in_a_list_is_a_title():
    # PolNeAR train (huff-post, west-journal): roles in "A," "B" and "C".
    text = 'He has starred in "Parks and Recreation" and "Guardians of the Galaxy," and posted a clip.'
    assert speech(text) == []
    text = 'She had roles in "How the Grinch Stole Christmas," "Apollo 13," and "Austin Powers."'
    assert speech(text) == []
    # A fragment after a title that is no title stays speech.
    text = 'She starred in "Scandal" and "loved every minute," she said.'
    assert speech(text) == ["loved every minute,"]


def test_a_pronoun_quoted_as_a_word_is_not_speech():
    # PolNeAR dev (usa-today letter)
    text = 'Why vote for Trump, unless simply because "she" is a "he"? A loud-mouthed, white "he."'
    assert why_not(text, "she") == "word_as_word"
    assert why_not(text, "he.") == "word_as_word"
    assert texts(text) == []


def test_a_term_the_reporter_defines_is_not_speech():
    # PolNeAR dev (nyt)
    text = (
        'EB-5 requires an investment in a rural area or a "targeted employment area," which is '
        "defined as an urban area with high unemployment."
    )
    assert why_not(text, "targeted employment area,") == "defined_term"


def test_a_run_of_short_labels_joined_by_or_is_not_speech():
    # PolNeAR dev (huff-post, a tweet): labels a woman is given, not words anyone is said to say.
    text = "I can\u2019t yell too much. It comes across as \u201ctoo loud\u201d or \u201ctoo shrill\u201d or " \
        "\u201ctoo this\u201d or \u201ctoo that.\u201d"
    for piece in ("too loud", "too shrill", "too this", "too that."):
        assert why_not(text, piece) == "or_run"
    straight = 'It was "too loud" or "too shrill" or "too much," they wrote.'
    assert [why_not(straight, p) for p in ("too loud", "too shrill", "too much,")] == ["or_run"] * 3


# --- direct or partial ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "kind"),
    [
        # seeds/000: standing as its own sentence, attribution after.
        ('Ankara continues.\n"Our work on the second [regiment] of S-400 systems continues," he stressed.',
         "Our work on the second [regiment] of S-400 systems continues,", "direct"),
        # Introduced by a colon.
        ('Erdogan added: "Turkey and Russia are taking many measures."',
         "Turkey and Russia are taking many measures.", "direct"),
        # Introduced by a comma cue.
        ('Graham said, "How many of you believe we lose elections?"',
         "How many of you believe we lose elections?", "direct"),
        # A cue right before the mark, no comma.
        ('Trump tweeted "We will win big" on Monday.', "We will win big", "direct"),
        # seeds/004: the second half of a split quote starts after "declared Demir today,".
        ("\u201cWe strive for the maximum,\u201d declared Demir today, \u201cwith the information we learn.\u201d",
         "with the information we learn.", "direct"),
        # seeds/001: woven into the reporter's sentence.
        ('Cavusoglu also called the sanctions a "unilateral move" by the US.', "unilateral move", "partial"),
        ('the restrictions send a "clear signal" that the US will "fully enforce CAATSA"',
         "clear signal", "partial"),
        ('the restrictions send a "clear signal" that the US will "fully enforce CAATSA"',
         "fully enforce CAATSA", "partial"),
        # A lowercase fragment after a comma with no quote before it is woven in.
        ("He listed the cuts, \u201ceven the small ones,\u201d as a loss.", "even the small ones,", "partial"),
    ],
)
def test_direct_or_partial(text, piece, kind):
    assert kind_of(text, piece) == kind


def test_extract_reports_the_kind():
    text = seed("001")
    kinds = {q.text: q.kind for q in extract(text) if q.kind != "indirect"}
    assert kinds["unilateral move"] == "partial"
    assert kinds["sovereign rights."] == "partial"
    assert next(v for k, v in kinds.items() if k.startswith("We will continue")) == "direct"


# --- utterances -------------------------------------------------------------------------


def test_paragraph_pieces_of_one_quote_share_an_utterance():
    text = (
        '"The first thing we did was call the families.\n\n'
        '"Then we went back to work," the mayor said.\n\n'
        '"We are proud of them," she added.'
    )
    quotes = [q for q in extract(text) if q.kind != "indirect"]
    assert [q.text for q in quotes] == [
        "The first thing we did was call the families.",
        "Then we went back to work,",
        "We are proud of them,",
    ]
    assert quotes[0].utterance == quotes[1].utterance != quotes[2].utterance


def test_a_quote_running_over_paragraphs_later_in_an_article_keeps_its_own_utterance():
    # The pieces after the first took utterance 0, the article's first quote's number.
    text = (
        '"Hello there," said Bob Smith. "Fine," said Ann Lee.\n\n'
        '"We will go on for long," Smith added. "And on.\n\n'
        '"And this goes on further."'
    )
    quotes = [q for q in extract(text) if q.kind != "indirect"]
    assert [q.utterance for q in quotes] == [0, 1, 2, 3, 3]


def test_seed_quotes_are_found_in_text_order_with_exact_offsets():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        quotes = extract(text)
        assert quotes, path.name
        assert all(text[q.start : q.end] == q.text for q in quotes)
        assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_quotes_extract_is_the_function_after_the_parser_module_is_imported():
    import quotes
    import quotes.parse  # the module's name must not shadow the package's extract()

    [q] = [q for q in quotes.extract('"We will wait," he said.') if q.kind != "indirect"]
    assert q.text == "We will wait,"


def test_a_partial_quote_in_a_reported_clause_takes_the_clause_speaker():
    # "referred to ... as" is no cue of the quoted-speech sieves; the reported clause has it.
    text = "After the vote, Mayor Alice Moreno referred to the plan as a “cynical giveaway” to developers."
    clause, partial = extract(text)
    assert (clause.kind, clause.speaker, clause.cue) == ("indirect", "Alice Moreno", "referred to")
    assert partial.text == "cynical giveaway"
    assert (partial.speaker, partial.mention, partial.cue, partial.method) == (
        "Alice Moreno", clause.mention, "referred to", "reported_clause"
    )
    assert (partial.mention_start, partial.mention_end) == (clause.mention_start, clause.mention_end)


def test_a_quote_attributed_by_its_own_cue_keeps_it_inside_a_reported_clause():
    text = "Moreno described the bill as a “cynical giveaway” and left."
    partial = next(q for q in extract(text) if q.kind == "partial")
    assert partial.method == "leading_cue"

"""extract(): what counts as speech, direct or partial, and utterances over paragraphs."""

from pathlib import Path

import pytest

from quotes import extract
from quotes.marks import find_quoted
from quotes.not_speech import not_speech
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


def test_a_titled_phrase_after_a_cue_stays_speech():
    text = 'He told the crowd "Make It Count" was his message.'
    assert why_not(text, "Make It Count") is None


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

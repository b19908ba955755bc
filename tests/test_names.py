"""Name folding: the seeds spell the same people with and without Turkish letters."""

import pytest

from quotes.names import fold, name_tokens, surname


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("İsmail Demir", "Ismail Demir"),  # seeds/002 vs seeds/000
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),
        ("Kılıçdaroğlu", "Kilicdaroglu"),  # dotless ı: NFKD alone leaves it
        ("Enrique Peña Nieto", "Enrique Pena Nieto"),
        ("Lech Wałęsa", "Lech Walesa"),
        ("Søren  Kierkegaard", "Soren Kierkegaard"),
    ],
)
def test_fold_makes_spellings_equal(written, plain):
    assert fold(written) == fold(plain)


def test_fold_is_case_and_space_insensitive_and_keeps_names_apart():
    assert fold("ISMAIL  demir") == "ismail demir"
    assert fold("Demir") != fold("Demirel")


def test_apostrophes_fold_to_one_form():
    assert fold("Turkey’s") == fold("Turkey's")


def test_name_tokens_drop_possessives_and_commas():
    assert name_tokens("Turkey’s Defense Industry,") == ("turkey", "defense", "industry")


def test_surname_skips_generational_suffixes():
    assert surname("Donald Trump Jr.") == "trump"
    assert surname("Mevlüt Çavuşoğlu") == "cavusoglu"
    assert surname("") == ""

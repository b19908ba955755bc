"""Reading article files: titles, dates, sidecars, .jsonl lines, .html, failures."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from quotes.results import IngestFailure
from quotes.store.sources import SourceDocument, Unit, find_date, guess_title, iter_units, load_unit, parse_date


def test_the_title_skips_weather_place_and_must_read_lines(seeds):
    text = (seeds / "002_52611cdd7a59c15e.txt").read_text(encoding="utf-8")
    assert text.startswith("20.4 C\nFrankfurt am Main\n")
    assert guess_title(text) == "Turkey has no intention of abandoning Russian S-400 missile system: official"


def test_the_title_is_the_first_line_even_before_a_date_line(seeds):
    text = (seeds / "001_ec6f0c93b7b5045c.txt").read_text(encoding="utf-8")
    assert guess_title(text) == "Turkey says it does not intend to retreat on S-400 despite US sanctions"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BBC: 24 of 2,225 articles open with a headline of three words; the first body line was taken
        ("Labour chooses Manchester\n\nThe Labour Party will hold its 2006 autumn conference in Manchester.",
         "Labour chooses Manchester"),
        ("\ufeffTurkey defiant\r\n\r\n17 December 2020\r\n\r\n\"We will never back down,\" the minister said.\r\n",
         "Turkey defiant"),
        ("By John Smith\n\nThe Labour Party will hold its 2006 autumn conference.",  # a byline
         "The Labour Party will hold its 2006 autumn conference."),
        ("Frankfurt am Main\nThe Labour Party will hold its conference.", "The Labour Party will hold its conference."),
    ],
)
def test_a_short_headline_alone_at_the_top_is_the_title(text, expected):
    assert guess_title(text.replace("\r\n", "\n").lstrip("\ufeff")) == expected


def test_a_paragraph_used_as_title_is_shortened_at_a_word():
    title = guess_title("\n\n" + "Turkish President Recep Tayyip Erdogan has confirmed " * 10)
    assert title.endswith("…") and len(title) <= 160 and title.startswith("Turkish President")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey says\n\n17 December 2020\n\nMore text", date(2020, 12, 17)),
        ("Turkey says\nDec. 17, 2020\nMore text", date(2020, 12, 17)),
        ("Published\n2021-03-04\nby us", date(2021, 3, 4)),
        # a date in the body is an event's, not the article's (BBC: birthdays, 11 September 2001)
        ("On December 14, 2020, US authorities announced", None),
        ("Erdogan said on Jan. 5th, 2021 that", None),
        ("Sir Alex, born on 31 December 1941, said", None),
        ("In October 2020, Turkish Defense Minister", None),  # a month is not a date
        ("yesterday, Friday, January 15, BulgarianMilitary.com", None),  # no year
        ("On 31 February 2021 nothing happened", None),  # not a real day
        # BBC fixture lists: the kick-off time under the day was read as its year (2000-02-25, 1945-03-01)
        ("Worcester v Sale (Fri)\n\nSixways\n\nFriday, 25 February\n\n2000 GMT\n\nThey", None),
        ("Brentford v Southampton\n\nGriffin Park\n\nTuesday, 1 March 1945 GMT\n\nBarr", None),
        ("The match on 1 March\n2005 was", None),
    ],
)
def test_dates_in_the_text(text, expected):
    assert find_date(text) == expected


def test_the_seed_dates(seeds):
    dates = {p.name[:3]: find_date(p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))}
    assert dates["001"] == date(2020, 12, 17)  # its dateline, not the December 14 in the text
    assert dates["000"] is None  # "On December 14, 2020" in its body is the sanctions' date
    assert dates["003"] is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-12-17", date(2020, 12, 17)),
        ("2020-12-17T09:30:00Z", date(2020, 12, 17)),
        ("17 December 2020", date(2020, 12, 17)),
        ("December 17, 2020", date(2020, 12, 17)),
        ("", None),
        ("soon", None),
        (None, None),
        (20201217, None),
        # an RSS feed's pubDate (RFC 2822): was None, and the first date written in the text was stored
        ("Thu, 17 Dec 2020 09:30:00 GMT", date(2020, 12, 17)),
        ("Thu, 17 Dec 2020 23:30:00 -0500", date(2020, 12, 17)),  # the day the outlet dated it
        ("2020/12/17", date(2020, 12, 17)),
        ("2020.12.17", date(2020, 12, 17)),
        ("12/11/2020", None),  # December 11 or November 12: not guessed
        ("2020/02/30", None),
        ("Thu, 99 Dec 2020 09:30:00 GMT", None),
    ],
)
def test_metadata_dates(value, expected):
    assert parse_date(value) == expected


def test_a_sidecar_gives_url_outlet_title_and_date(tmp_path):
    (tmp_path / "a.txt").write_text("Some headline about the talks\n\nBody on 1 March 2019.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"url": "https://x.org/a", "outlet": "X", "published": "2020-12-17"}))
    [doc] = load_unit(Unit(str(tmp_path / "a.txt")))
    assert doc == SourceDocument(
        "Some headline about the talks\n\nBody on 1 March 2019.\n", str(tmp_path / "a.txt"),
        "https://x.org/a", "X", "Some headline about the talks", date(2020, 12, 17),
        dated_by="metadata", titled_by="text",
    )


def test_text_in_a_legacy_encoding_is_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes('Çavuşoğlu said "we will not back down" today.\n'.encode("cp1254"))
    [doc] = load_unit(Unit(str(tmp_path / "a.txt")))
    assert "we will not back down" in doc.text


def test_jsonl_lines_become_documents_and_bad_lines_failures(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "One \\"two\\" three.", "title": "T", "outlet": "O", "url": "u", "published": "2020-01-02"}\n'
        "\n"
        "{oops\n"
        '["a list"]\n'
        '{"text": ""}\n',
        encoding="utf-8",
    )
    units = list(iter_units([path]))
    items = [i for u in units for i in load_unit(u)]
    assert items[0] == SourceDocument(
        'One "two" three.', f"{path}:1", "u", "O", "T", date(2020, 1, 2), dated_by="metadata", titled_by="metadata"
    )
    failures = [(f.path.rsplit(":", 1)[1], f.reason) for f in items[1:]]
    assert [n for n, _ in failures] == ["3", "4", "5"]
    assert all(isinstance(f, IngestFailure) for f in items[1:])


def test_folders_are_walked_in_order_and_what_is_left_out_is_reported(tmp_path):
    for name in ("b.txt", "a.txt", "a.json", ".hidden.txt", "notes.md", "sub/c.html"):
        p = tmp_path / name
        p.parent.mkdir(exist_ok=True)
        p.write_text("x")
    units = list(iter_units([tmp_path]))
    assert [u.path.rsplit("/", 1)[1] for u in units] == ["a.txt", "b.txt", "notes.md", "c.html"]
    assert [type(u).__name__ for u in units] == ["Unit", "Unit", "IngestFailure", "Unit"]


def test_an_explicit_file_of_an_unknown_type_is_a_failure(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    [failure] = list(iter_units([tmp_path / "x.pdf"]))
    assert isinstance(failure, IngestFailure) and "unsupported file type .pdf" in failure.reason


HTML = (
    '<html><head><title>Talks resume in Ankara</title><meta property="og:site_name" content="Example News">'
    '<meta name="date" content="2021-03-04"></head><body><nav>Home | World | Sport</nav><article>'
    "<h1>Talks resume</h1><p>\u201cWe will continue the talks,\u201d the minister said on Friday in Ankara,"
    " adding that both sides wanted progress.</p></article><footer>Subscribe now</footer></body></html>"
)


def test_html_main_text_and_metadata_are_read(tmp_path):
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    page = tmp_path / "p.html"
    page.write_text(HTML, encoding="utf-8")
    [doc] = load_unit(Unit(str(page)))
    assert "\u201cWe will continue the talks,\u201d the minister said" in doc.text
    assert "Subscribe" not in doc.text and "Home |" not in doc.text
    assert (doc.outlet, doc.published) == ("Example News", date(2021, 3, 4))


def test_html_without_the_html_extra_is_a_clear_failure(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    page = tmp_path / "p.html"
    page.write_text(HTML, encoding="utf-8")
    [item] = load_unit(Unit(str(page)))
    assert isinstance(item, IngestFailure) and "pip install 'quotes[html]'" in item.reason

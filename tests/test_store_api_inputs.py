"""``QuoteDB`` takes what its signatures promise and says clearly what it cannot take."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from quotes import QuoteDB

HUGE = 10**20
"""An id or a count beyond the 64-bit integers databases store."""


def test_ids_beyond_any_row_are_simply_missing(seeded: QuoteDB):
    assert seeded.get(HUGE) is None and seeded.get(-HUGE) is None
    assert seeded.variants(HUGE) == []
    with pytest.raises(KeyError, match="no quote with id"):
        seeded.context(HUGE)


def test_limits_and_offsets_of_any_size(seeded: QuoteDB):
    everything = seeded.count()
    assert len(seeded.search(limit=HUGE)) == everything
    assert len(seeded.search("S-400", limit=HUGE)) == seeded.count("S-400")
    assert len(seeded.search("S-400", limit=HUGE, sort="date")) == seeded.count("S-400")
    assert seeded.search("S-400", offset=HUGE) == [] and seeded.search(offset=HUGE) == []
    assert seeded.export_csv(Path("/dev/null"), limit=HUGE) == everything


def test_compare_takes_one_name_as_a_string(seeded: QuoteDB):
    one = seeded.compare("Erdogan", limit=5)
    assert list(one) == ["Erdogan"] and len(one["Erdogan"]) == 5  # was: one entry per letter
    assert one == seeded.compare(["Erdogan"], limit=5)


def test_a_datetime_filter_means_its_day(seeded: QuoteDB):
    day = seeded.search(since=date(2020, 12, 15), limit=1000)
    assert day and seeded.search(since=datetime(2020, 12, 15, 10, 30), limit=1000) == day
    assert seeded.count(until=datetime(2020, 12, 15, 23, 0)) == seeded.count(until="2020-12-15")
    with pytest.raises(TypeError, match="a date must be"):
        seeded.search(since=2020)


def test_a_closed_database_says_so(db_url: str):
    db = QuoteDB(db_url)
    db.close()
    with pytest.raises(RuntimeError, match="the QuoteDB is closed"):
        db.search("x")


@pytest.mark.parametrize("url", ["mysql://me@host/db", "https://example.com/db", "foo://bar"])
def test_an_unsupported_url_is_a_value_error_and_creates_nothing(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="unsupported database URL"):
        QuoteDB(url)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url", ["quotes.sqlite", "sqlite:///quotes.sqlite", "sub/quotes.sqlite"])
def test_paths_and_sqlite_urls_still_open(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with QuoteDB(url) as db:
        assert db.backend == "sqlite" and db.stats()["quotes"] == 0


def test_the_context_of_a_quote_in_a_one_line_article_is_a_window(db: QuoteDB, tmp_path: Path):
    sentence = 'Officials said: "We will respond," on Friday. '
    article = tmp_path / "one-line.txt"
    line = sentence * 3_000  # 141 KB, one paragraph
    article.write_text("Headline\n\n" + line, encoding="utf-8")
    assert db.ingest(article).ok
    middle = db.search("respond", sort="id", limit=1, offset=1_500)[0]
    ctx = db.context(middle.id)
    assert ctx.paragraph[ctx.quote_start : ctx.quote_end] == "We will respond,"
    assert len(ctx.paragraph) < 2_100  # was the whole line, printed by quotes show, rendered by the TUI
    assert ctx.paragraph.startswith("… ") and ctx.paragraph.endswith(" …")
    inner = ctx.paragraph[2:-2]
    assert inner in line and not inner.startswith(" ") and not inner.endswith(" ")  # cut at spaces
    assert db.context(middle.id, around=None).paragraph.strip() == line.strip()
    first = db.context(db.search("respond", sort="id", limit=1)[0].id)
    assert not first.paragraph.startswith("…") and first.paragraph.endswith(" …")


def test_speaker_names_says_whom_a_speaker_filter_selects(seeded: QuoteDB):
    assert seeded.speaker_names("ERDOĞAN") == ["Recep Tayyip Erdogan"] == seeded.speaker_names("Tayyip")
    assert seeded.speaker_names("Mevlüt Çavuşoğlu") == ["Mevlut Cavusoglu"]
    assert seeded.speaker_names("Erdo") == [] == seeded.speaker_names("") == seeded.speaker_names("\x00")
    for name in ("Pompeo", "Erdo"):
        assert bool(seeded.speaker_names(name)) == bool(seeded.count(speaker=name))


def test_the_outlet_filter_is_case_accent_and_space_blind(db: QuoteDB, tmp_path: Path):
    import json

    feed = tmp_path / "feed.jsonl"
    rows = [
        {"text": 'The minister said: "We will not back down," on Monday.', "outlet": "Hürriyet Daily News"},
        {"text": 'The spokesman said: "No decision has been made," on Tuesday.', "outlet": "Reuters"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert db.ingest(feed).ok
    assert db.count(outlet="Reuters") == 1
    for typed in ("reuters", " REUTERS ", "Reuters"):
        assert [q.outlet for q in db.search(outlet=typed)] == ["Reuters"], typed  # was: nothing unless exact
    assert db.count(outlet="hurriyet daily news") == db.count(outlet="HÜRRİYET Daily  News") == 1
    assert db.count(outlet="Reuter") == 0 and db.facets(outlet="reuters").outlets == (("Reuters", 1),)


def test_a_period_that_ends_before_it_starts_is_an_error_not_an_empty_result(seeded: QuoteDB):
    with pytest.raises(ValueError, match="since 2020-12-20 is after until 2020-12-01"):
        seeded.search(since="2020-12-20", until="2020-12-01")  # was: 0 quotes, as if none were said
    with pytest.raises(ValueError):
        seeded.count("S-400", since=date(2021, 1, 1), until=date(2020, 1, 1))
    one_day = seeded.count(since="2020-12-17", until="2020-12-17")
    assert one_day == len(seeded.search(since="2020-12-17", until="2020-12-17", limit=1000)) > 0


def test_an_outlet_facet_counts_what_selecting_it_finds(db: QuoteDB, tmp_path: Path):
    import json

    feed = tmp_path / "feed.jsonl"
    outlets = ["BBC News", "BBC News", "bbc news", "Reuters"]
    rows = [{"text": f'The minister said: "We will not back down on plan {i}," on Monday.', "outlet": o}
            for i, o in enumerate(outlets)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert db.ingest(feed).documents == 4
    # was (("BBC News", 2), ("Reuters", 1), ("bbc news", 1)): selecting "BBC News" found 3, not 2
    for facets in (db.facets(), db.facets("plan"), db.facets(kind="direct")):
        assert facets.outlets == (("BBC News", 3), ("Reuters", 1))
    for name, n in db.facets().outlets:
        assert db.count(outlet=name) == n


def test_a_speaker_named_in_another_case_is_one_speaker(db: QuoteDB, tmp_path: Path):
    import json

    def feed(name: str, texts: list[str]) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        return path

    # the parser gives the spelling it read: 'WorldCom', 'Worldcom' (both in the BBC corpus)
    db.ingest(feed("a.jsonl", ['WorldCom said: "We will appeal the ruling."', 'Worldcom said: "We will appeal again."']))
    db.ingest(feed("b.jsonl", ['"We will appeal once more," said WORLDCOM.']))  # a later ingest
    (speaker,) = db.speakers()  # was three speakers of 1 quote each, and a filter on any of them found 3
    assert speaker.quotes == 3 and speaker.name == "WorldCom"
    assert db.count(speaker=speaker.name) == 3 and db.facets().speakers == ((speaker.name, 3),)
    assert {q.speaker for q in db.search(limit=None)} == {"WorldCom"}
    assert db.stats()["speakers"] == 1


def test_an_rss_date_is_the_articles_date_not_one_found_in_its_text(db: QuoteDB, tmp_path: Path):
    import json

    feed = tmp_path / "feed.jsonl"
    item = {
        "text": 'Talks resumed.\n\nThe deal signed on 1 March 2019 stands, the minister said: "We will not back down."',
        "published": "Thu, 17 Dec 2020 09:30:00 GMT",  # an RSS <pubDate>
    }
    feed.write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert db.ingest(feed).documents == 1
    (quote,) = db.search("back down")
    assert quote.published == date(2020, 12, 17)  # was 2019-03-01, the first date in the text


def test_metadata_that_is_wrong_is_a_warning_and_the_article_is_stored(db: QuoteDB, tmp_path: Path):
    import json

    feed = tmp_path / "feed.jsonl"
    text = 'Talks resumed on 3 May 2021.\n\nThe minister said: "We will not back down."'
    items = [
        {"text": text, "published": "yesterday", "title": ["Talks", "resume"]},  # a scraper's slip
        {"text": text.replace("back down", "give in"), "published": 20210503},
        {"text": text.replace("back down", "give up"), "published": "2021-05-03"},  # nothing wrong
    ]
    feed.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    report = db.ingest(feed)
    assert report.ok and report.documents == 3
    # was: nothing said; "['Talks', 'resume']" stored as the title, the date taken from the text unannounced
    assert [(w.path, w.reason) for w in report.warnings] == [
        (f"{feed}:1", "'title' is not text but a JSON array: left out"),
        # (the date in the body is an event's: no dateline, so no date)
        (f"{feed}:1", "'published' is not a date quotes can read ('yesterday'; give YYYY-MM-DD): stored undated"),
        (f"{feed}:2", "'published' is not a date quotes can read (20210503; give YYYY-MM-DD): stored undated"),
    ]
    assert {q.title for q in db.search(limit=None)} == {"Talks resumed on 3 May 2021."}


def test_the_cli_prints_the_warnings_and_succeeds(tmp_path: Path, capsys):
    import json

    from quotes.cli import main

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": 'The minister said: "We will not back down."', "published": "soon"}) + "\n")
    status = main(["ingest", str(feed), "--db", str(tmp_path / "q.sqlite")])
    err = capsys.readouterr().err
    assert status == 0
    assert f"warning: {feed}:1: 'published' is not a date quotes can read ('soon'; give YYYY-MM-DD): stored undated" in err


def test_a_text_that_is_not_text_is_named_as_such(db: QuoteDB, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": 42}\n{"title": "no text at all"}\n', encoding="utf-8")
    report = db.ingest(feed)
    # was "no 'text' field" for both
    assert [(f.path, f.reason) for f in report.failed] == [
        (f"{feed}:1", "'text' is not text but a JSON number"), (f"{feed}:2", "no 'text' field")
    ]

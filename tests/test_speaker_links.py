"""A speaker known by a surname alone is linked, as an inferred alias, to the one full name of the
database with that surname when the two are quoted with the same people (BBC: "Parry", 47 quotes in
articles that never give his first name, stood apart from "Rick Parry", 11; a filter on
"Rick Parry" missed most of his words). Two speakers still, never merged; the filter says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes import QuoteDB

FULL = ('"We share an interest in a winning Liverpool," Liverpool chief executive Rick Parry said.'
        ' "I will never leave," Steven Gerrard said. "The bid is serious," Steve Morgan said.')
SURNAME = ('"The door is not closed on anything," Parry said. "I want to win trophies," Steven Gerrard said.'
           ' "My offer stands," Steve Morgan said.')
ONE_IN_COMMON = '"We will talk again," Parry said. "Nothing is agreed," Steve Morgan said.'
OTHER_PARRY = '"Rates will rise," economist Anne Parry said.'


def _articles(path: Path, *texts: str) -> Path:
    path.write_text("".join(json.dumps({"text": t, "url": f"https://example.com/{path.stem}/{i}"}) + "\n"
                            for i, t in enumerate(texts)))
    return path


def _links(db: QuoteDB, name: str) -> list[tuple[str, str, str]]:
    return [(link.surname, link.full_name, link.evidence) for link in db.speaker_links(name)]


@pytest.mark.parametrize("order", ["full name first", "surname first"])
def test_a_surname_alone_is_linked_to_its_one_full_name_in_either_order(db_url: str, tmp_path: Path, order: str):
    texts = (FULL, SURNAME) if order == "full name first" else (SURNAME, FULL)
    with QuoteDB(db_url) as db:
        for i, text in enumerate(texts):  # one ingest each: the order of ingest must not matter
            assert db.ingest([_articles(tmp_path / f"a{i}.jsonl", text)]).documents == 1
        expected = [("Parry", "Rick Parry", "quoted with the same people: Steve Morgan, Steven Gerrard")]
        assert _links(db, "Rick Parry") == _links(db, "parry") == expected
        both = {q.speaker for q in db.search(speaker="Rick Parry")}
        assert both == {"Rick Parry", "Parry"}  # each quote keeps its own speaker: shown, not merged
        assert db.count(speaker="Rick Parry") == db.count(speaker="Parry") == 2
        assert db.speaker_names("Rick Parry") == ["Rick Parry"]  # the names it gives; the link is said apart
        assert {s.name for s in db.speakers()} >= {"Parry", "Rick Parry"}
        assert db.timeline("Rick Parry") == db.timeline("Parry")
        assert not _links(db, "Steven Gerrard")
        assert db.speaker_links() == db.speaker_links("Rick Parry")  # every link of the database: the same rule


def test_no_link_without_evidence_or_with_two_full_names(db_url: str, tmp_path: Path):
    with QuoteDB(db_url) as db:
        db.ingest([_articles(tmp_path / "a.jsonl", FULL, ONE_IN_COMMON)])
        assert _links(db, "Rick Parry") == []  # one person in common (Steve Morgan) is not enough
        assert db.count(speaker="Rick Parry") == 1
        db.ingest([_articles(tmp_path / "b.jsonl", SURNAME)])
        assert [link.full_name for link in db.speaker_links("Parry")] == ["Rick Parry"]
        db.ingest([_articles(tmp_path / "c.jsonl", OTHER_PARRY)])
        assert _links(db, "Parry") == [] and _links(db, "Rick Parry") == []  # which Parry? none is inferred
        assert db.speaker_links() == []
        assert db.count(speaker="Rick Parry") == 1


def test_quoted_in_the_same_article_is_evidence(db_url: str, tmp_path: Path):
    """BBC: one article quotes "Cara Diemont", then "Ms Diemont" filed apart as "Diemont". The parser
    mostly resolves a surname within its article; the store is made to hold that case directly."""
    from quotes.store.engine import open_backend

    with QuoteDB(db_url) as db:
        db.ingest([_articles(tmp_path / "a.jsonl", FULL, '"We will talk again," Parry said.')])
        assert _links(db, "Rick Parry") == []
    b = open_backend(db_url)
    try:
        with b.transaction():  # Steve Morgan's words in Rick Parry's article, filed under "Parry"
            b.execute("UPDATE quotes SET speaker_id = (SELECT id FROM speakers WHERE name = 'Parry')"
                      " WHERE text = 'The bid is serious,'")
    finally:
        b.close()
    with QuoteDB(db_url) as db:
        assert _links(db, "Rick Parry") == [("Parry", "Rick Parry", "quoted in the same article")]


def test_the_cli_says_what_the_speaker_filter_also_selects(cli, tmp_path: Path):
    assert cli("ingest", str(_articles(tmp_path / "a.jsonl", FULL, SURNAME)))[0] == 0
    status, out, err = cli("search", "--speaker", "Rick Parry")
    assert status == 0 and err.startswith("2 quotes match")
    assert ("--speaker 'Rick Parry' also selects 'Parry': 'Parry', a surname alone, is inferred to be Rick Parry"
            " (quoted with the same people: Steve Morgan, Steven Gerrard)") in err
    rows = out.splitlines()[1:]
    assert sorted(row.split()[1] for row in rows) == ["Parry", "Rick"]  # each under its own name
    status, out, err = cli("speakers")
    assert status == 0 and err == ("'Parry' is probably Rick Parry (inferred: quoted with the same people: Steve Morgan,"
                                   " Steven Gerrard); --speaker takes either for both\n")
    assert cli("speakers", "-n", "1")[2] == ""  # (Steven Gerrard alone: no link to tell)
    status, out, err = cli("export", "--csv", "-", "--speaker", "Parry")
    assert status == 0 and "--speaker 'Parry' also selects 'Rick Parry'" in err and len(out.splitlines()) == 3
    status, out, _ = cli("search", "--speaker", "Parry", "--format", "json")
    surname_id = next(json.loads(line)["id"] for line in out.splitlines() if json.loads(line)["speaker"] == "Parry")
    status, out, _ = cli("show", str(surname_id))
    assert ("inferred:   probably Rick Parry (inferred: quoted with the same people: Steve Morgan, Steven Gerrard)"
            in out)


def test_a_surname_is_linked_to_the_full_name_that_holds_nearly_all_its_quotes(db_url: str, tmp_path: Path):
    """BBC: "Mr Howard said it would be "far better ..."" in articles that never name Michael Howard
    (358 quotes) stood apart as "Howard", unlinked because John, Tim, Andrew and Dominic Howard are
    quoted too (6 quotes together)."""
    leader = " ".join(f'"We will cut taxes by {n}bn," Tory leader Michael Howard said.' for n in range(1, 11))
    full = leader + ' "The bill is flawed," Charles Kennedy said. "It is needed," Tony Blair said.'
    surname = ('In the Commons, Mr Howard said it would be "far better if the whole of the legislation was subject'
               ' to a sunset clause". "The bill is flawed," Charles Kennedy said. "It is needed," Tony Blair said.')
    other = '"I saved the penalty," goalkeeper Tim Howard said.'
    with QuoteDB(db_url) as db:
        db.ingest([_articles(tmp_path / "a.jsonl", full, surname, other)])
        assert db.count(speaker="Michael Howard") == 12 and db.count(speaker="Tim Howard") == 1  # 10 + Howard's 2
        expected = [("Howard", "Michael Howard", "quoted with the same people: Charles Kennedy, Tony Blair")]
        assert _links(db, "Michael Howard") == _links(db, "Howard") == expected
        assert [(link.surname, link.full_name) for link in db.speaker_links()] == [("Howard", "Michael Howard")]
        assert _links(db, "Tim Howard") == []
        db.ingest([_articles(tmp_path / "b.jsonl", other.replace("penalty", "shot"))])  # 10 against 2: no longer
        assert _links(db, "Howard") == [] and db.speaker_links() == []
        assert db.count(speaker="Michael Howard") == 10

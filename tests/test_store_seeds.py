"""The quote database on the five seed articles, through the public API, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import threading
from datetime import date

import pytest

from quotes import QuoteDB
from quotes.store import QuerySyntaxError


def _expected_quotes(seeds) -> int:
    from quotes.parse import extract
    from quotes.textio import read_text_file

    return sum(len(extract(read_text_file(p))) for p in sorted(seeds.glob("*.txt")))


def _one(db: QuoteDB, text: str):
    hits = [r for r in db.search(f'"{text}"', limit=100) if r.text.strip(' ,."') == text]
    assert hits, f"{text!r} not found"
    return hits


def test_ingest_stores_every_article_and_every_parsed_quote(seeded, seeds):
    stats = seeded.stats()
    assert stats["documents"] == 5
    assert stats["quotes"] == _expected_quotes(seeds)
    assert seeded.count() == stats["quotes"]
    assert len(seeded.search(limit=1000)) == stats["quotes"]


def test_ingesting_the_same_texts_again_stores_nothing(seeded, seeds):
    before = seeded.stats()
    report = seeded.ingest([seeds])
    assert (report.documents, report.skipped, report.quotes, report.ok) == (0, 5, 0, True)
    assert seeded.stats() == before


def test_the_same_text_under_another_name_is_stored_once(db, seeds, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes((seeds / "001_ec6f0c93b7b5045c.txt").read_bytes())
    report = db.ingest([seeds / "001_ec6f0c93b7b5045c.txt", copy])
    assert (report.documents, report.skipped) == (1, 1)


@pytest.mark.parametrize(
    "wording",
    ["clear signal", "will not refrain from taking measures it considers necessary for ensuring its national security"],
)
def test_a_statement_reported_by_two_outlets_is_one_statement_with_two_sources(seeded, wording):
    hits = _one(seeded, wording)
    assert len({h.document_id for h in hits}) == 2
    assert len({h.statement_id for h in hits}) == 1
    assert all(h.sources == 2 for h in hits)
    variants = seeded.variants(hits[0].id)
    # Every occurrence: these two, and any report of the same words (e.g. as indirect speech).
    assert {h.id for h in hits} <= {v.quote.id for v in variants}
    assert {v.quote.document_id for v in variants} == {h.document_id for h in hits}
    assert variants[0].diff == ()
    second = next(v for v in variants[1:] if v.quote.id in {h.id for h in hits})
    assert variants[0].quote.text != second.quote.text or all(op.op == "equal" for op in second.diff)


def test_near_duplicate_wordings_of_one_speaker_are_one_statement_with_a_word_diff(seeded):
    steps = [r for r in seeded.search("taking many steps") if "is taking" in r.text]
    measures = [r for r in seeded.search("taking many measures") if "are taking" in r.text]
    assert steps and measures
    assert steps[0].statement_id == measures[0].statement_id
    variants = seeded.variants(measures[0].id)
    changes = {(op.old.strip(",."), op.new.strip(",.")) for v in variants for op in v.diff if op.op == "replace"}
    assert changes == {("is", "are"), ("steps", "measures")}


def test_two_outlets_reordering_one_reported_clause_report_one_statement(seeded):
    # seeds/000 "despite pressure from Washington", seeds/001 "despite Washington's pressure".
    [a] = [r for r in seeded.search('"despite pressure from Washington"') if r.kind == "indirect"]
    [b] = [r for r in seeded.search('"despite Washington s pressure"') if r.kind == "indirect"]
    assert a.document_id != b.document_id and a.speaker == b.speaker == "Recep Tayyip Erdogan"
    assert a.statement_id == b.statement_id and a.sources == b.sources == 2


def test_different_statements_stay_apart(seeded):
    statements = {r.statement_id for r in seeded.search(limit=1000)}
    texts = {r.text for r in seeded.search(limit=1000)}
    assert len(statements) > len(texts) / 2  # linking is not collapsing everything


def test_speaker_filter_accepts_the_canonical_name_and_any_alias(seeded):
    by_name = {r.id for r in seeded.search(speaker="Recep Tayyip Erdogan", limit=100)}
    assert by_name
    for alias in ("Recep Tayyip Erdoğan", "Tayyip Erdogan", "erdogan", "ERDOĞAN"):
        assert {r.id for r in seeded.search(speaker=alias, limit=100)} == by_name, alias
    assert seeded.search(speaker="Nobody Atall") == []
    assert seeded.count(speaker="Tayyip Erdogan") == len(by_name)


def test_a_folded_query_finds_accented_text(db, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Erdoğan visits Ankara\n\n"Türkiye will decide alone," Erdoğan said on Friday.\n', encoding="utf-8")
    db.ingest([article])
    assert [r.text for r in db.search("turkiye")] == ["Türkiye will decide alone,"]
    assert [r.text for r in db.search("TÜRKİYE decide")] == ["Türkiye will decide alone,"]


@pytest.mark.parametrize(
    "query",
    ['"', 'clear "signal', "*", "signal*", "NEAR(", "a OR", "AND", "(", ")", "\x00", "'", "-", "^x", "col:x", "\\"],
)
def test_user_queries_never_raise(seeded, query):
    assert isinstance(seeded.search(query), list)
    assert seeded.count(query) >= 0
    seeded.facets(query)


def test_a_raw_query_uses_fts_syntax_and_reports_errors_clearly(seeded):
    either = {r.id for r in seeded.search("signal OR refrain", raw=True, limit=100)}
    assert {r.id for r in seeded.search("signal", limit=100)} | {r.id for r in seeded.search("refrain", limit=100)} == either
    with pytest.raises(QuerySyntaxError):
        seeded.search('"unbalanced', raw=True)


def test_phrase_search_needs_the_words_in_order(seeded):
    assert seeded.search('"signal clear"') == []
    assert seeded.search('"clear signal"')


def test_count_and_facets_agree_with_search(seeded):
    total = seeded.count("S-400")
    found = seeded.search("S-400", limit=1000)
    assert total == len(found) > 0
    facets = seeded.facets("S-400")
    assert sum(n for _, n in facets.kinds) == total
    speakers = {}
    for r in found:
        if r.speaker:
            speakers[r.speaker] = speakers.get(r.speaker, 0) + 1
    assert dict(facets.speakers) == speakers
    assert [n for _, n in facets.speakers] == sorted((n for _, n in facets.speakers), reverse=True)


def test_filters_by_date_outlet_and_kind(seeded):
    dated = [r for r in seeded.search(limit=1000) if r.published]
    assert dated
    day = dated[0].published
    assert all(r.published >= day for r in seeded.search(since=day, limit=1000))
    assert all(r.published <= day for r in seeded.search(until=day.isoformat(), limit=1000))
    assert seeded.count(since=date(2099, 1, 1)) == 0
    for kind, n in seeded.facets().kinds:
        assert seeded.count(kind=kind) == n
    assert seeded.count(outlet="No Such Outlet") == 0
    with pytest.raises(ValueError):
        seeded.search(since="17/12/2020")


def test_date_sort_is_newest_first_with_undated_last(seeded):
    rows = seeded.search(sort="date", limit=1000)
    dates = [r.published for r in rows]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)
    assert dates == known + [None] * (len(dates) - len(known))


def test_paging_walks_every_result_once(seeded):
    total = seeded.count()
    pages = [seeded.search(sort="date", limit=7, offset=o) for o in range(0, total, 7)]
    ids = [r.id for p in pages for r in p]
    assert len(ids) == len(set(ids)) == total


def test_get_and_context_mark_the_quote_in_its_paragraph(seeded):
    hit = _one(seeded, "clear signal")[0]
    rec = seeded.get(hit.id)
    assert rec == dataclasses.replace(hit, rank=None)
    ctx = seeded.context(hit.id)
    assert ctx.paragraph[ctx.quote_start : ctx.quote_end] == rec.text
    assert "\n" not in ctx.paragraph and "Pompeo" in ctx.paragraph
    assert seeded.get(10**9) is None


def test_speakers_timeline_and_compare(seeded):
    speakers = seeded.speakers()
    assert speakers and speakers == sorted(speakers, key=lambda s: (-s.quotes, s.name))
    assert sum(s.quotes for s in speakers) == sum(n for _, n in seeded.facets().speakers)
    pompeo = next(s for s in speakers if "Pompeo" in s.name)
    assert pompeo.documents == 2
    timeline = seeded.timeline("Pompeo")
    assert sum(n for _, n in timeline) == len([r for r in seeded.search(speaker="Pompeo", limit=100) if r.published])
    assert all(d.day == 1 for d, _ in timeline)
    both = seeded.compare(["Pompeo", "Erdogan"], query="S-400")
    assert set(both) == {"Pompeo", "Erdogan"}
    assert all(r.speaker and "Erdogan" in r.speaker for r in both["Erdogan"])


def test_a_speaker_outside_the_registry_has_the_kind_its_name_reads_as(seeded):
    kinds = {s.name: s.kind for s in seeded.speakers()}
    # registry entries keep their kind; others read as an organisation, a place or a person
    assert (kinds["Turkish Foreign Ministry"], kinds["Reuters"], kinds["Washington"]) == (
        "organisation", "organisation", "place"
    )
    assert kinds["Jonathan Hoffman"] == "person"
    from quotes.attribution import speaker_kind

    # a group speaks as one; a lone unknown word may be anything
    assert (speaker_kind("Analysts"), speaker_kind("Yukos")) == ("group", "unknown")


def test_csv_export_round_trips_every_quote_with_its_provenance(seeded, tmp_path):
    path = tmp_path / "out.csv"
    assert seeded.export_csv(path) == seeded.count()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == seeded.count()
    by_id = {int(r["id"]): r for r in rows}
    for rec in seeded.search(limit=1000):
        row = by_id[rec.id]
        assert row["text"].lstrip("'") == rec.text
        assert row["path"] == (rec.path or "") and row["speaker"] == (rec.speaker or "")
        assert row["published"] == (rec.published.isoformat() if rec.published else "")
        assert int(row["statement_id"]) == rec.statement_id and int(row["sources"]) == rec.sources
        assert len(row["sha256"]) == 64


def test_csv_export_takes_the_search_filters(seeded):
    buf = io.StringIO()
    n = seeded.export_csv(buf, query="signal", speaker="Pompeo", sort="date")
    assert n == seeded.count("signal", speaker="Pompeo") == len(list(csv.reader(io.StringIO(buf.getvalue())))) - 1


def test_formula_cells_are_neutralised_in_csv(db, tmp_path):
    article = tmp_path / "f.txt"
    article.write_text('A test article about spreadsheets\n\n"=HYPERLINK(1)" and "@cmd" and "+1", he said.\n', encoding="utf-8")
    db.ingest([article])
    buf = io.StringIO()
    db.export_csv(buf)
    texts = [r["text"] for r in csv.DictReader(io.StringIO(buf.getvalue()))]
    assert texts and all(t[0] not in "=+-@" for t in texts)
    assert "'=HYPERLINK(1)" in texts


def test_reparse_keeps_quote_and_statement_ids(seeded):
    before = {r.id: (r.statement_id, r.text) for r in seeded.search(limit=1000)}
    statements = seeded.stats()["statements"]
    report = seeded.reparse()
    assert report.ok and report.documents == 5 and report.removed == 0
    assert {r.id: (r.statement_id, r.text) for r in seeded.search(limit=1000)} == before
    assert seeded.stats()["statements"] == statements


def test_reparse_links_new_quotes_to_existing_statements_and_drops_vanished_ones(seeded, monkeypatch):
    hits = _one(seeded, "clear signal")
    statement = hits[0].statement_id
    import quotes.parse as extract_module

    real = extract_module.extract

    def shifted(text):
        # A "better parser": every quote of "clear signal" now includes the marks' neighbour space.
        out = []
        for q in real(text):
            if q.text == "clear signal":
                q = q.__class__(**{**q.to_dict(), "start": q.start - 1, "text": text[q.start - 1 : q.end]})
            out.append(q)
        return out

    monkeypatch.setattr(extract_module, "extract", shifted)
    report = seeded.reparse()
    assert report.removed == len(hits)
    new = [r for r in seeded.search('"clear signal"', limit=100) if r.text.strip(' "') == "clear signal"]
    assert len(new) == 2 and {r.statement_id for r in new} == {statement}
    assert not {r.id for r in new} & {h.id for h in hits}


def test_a_broken_file_never_stops_an_ingest(db, seeds, tmp_path):
    tmp_path = tmp_path / "articles"  # not the folder holding the SQLite file
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text('Good article title here\n\n"It works," she said.\n', encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "fine \\"quoted words\\" here"}\nnot json\n{"no": "text"}\n')
    (tmp_path / "sidecar.txt").write_text("Some article with a broken sidecar\n", encoding="utf-8")
    (tmp_path / "sidecar.json").write_text("{broken")
    report = db.ingest([tmp_path, tmp_path / "missing.txt"])
    reasons = {f.path.split("/")[-1]: f.reason for f in report.failed}
    assert report.documents == 2 and not report.ok
    assert "not valid JSON" in reasons["bad.jsonl:2"] and "text" in reasons["bad.jsonl:3"]
    assert "sidecar" in reasons["sidecar.txt"] and "no such file" in reasons["missing.txt"]


def test_jsonl_metadata_and_sidecars_are_stored(db, tmp_path):
    tmp_path = tmp_path / "articles"  # not the folder holding the SQLite file
    tmp_path.mkdir()
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "\\"We are ready,\\" the minister said.", "url": "https://example.org/a", '
        '"outlet": "Example News", "title": "Ready", "published": "2021-03-04T10:00:00Z"}\n',
        encoding="utf-8",
    )
    (tmp_path / "story.txt").write_text('Story about the talks\n\n"Talks went well," he said.\n', encoding="utf-8")
    (tmp_path / "story.json").write_text('{"url": "https://example.org/s", "outlet": "Daily", "published": "2020-12-17"}')
    report = db.ingest([tmp_path])
    assert report.ok and report.documents == 2
    a = db.search("ready")[0]
    assert (a.url, a.outlet, a.title, a.published) == ("https://example.org/a", "Example News", "Ready", date(2021, 3, 4))
    s = db.search("talks")[0]
    assert (s.url, s.outlet, s.title, s.published) == ("https://example.org/s", "Daily", "Story about the talks", date(2020, 12, 17))
    assert dict(db.facets().outlets) == {"Example News": 1, "Daily": 1}
    assert db.search(outlet="Daily")[0].id == s.id


def test_parallel_ingest_stores_the_same_as_serial(db_url, seeds, tmp_path):
    with QuoteDB(db_url) as db:
        report = db.ingest([seeds], jobs=2)
        assert report.ok and report.documents == 5
        parallel = sorted((r.path, r.start, r.text, r.speaker) for r in db.search(limit=1000))
    with QuoteDB(str(tmp_path / "serial.sqlite")) as serial:
        serial.ingest([seeds])
        assert parallel == sorted((r.path, r.start, r.text, r.speaker) for r in serial.search(limit=1000))


def test_parallel_ingest_of_many_tasks_stores_in_input_order_like_serial(tmp_path):
    """With workers, the writer stores what it holds whenever the next task is still being
    parsed (small batches at any moment): ids still follow the input order, as serially."""
    lines = [json.dumps({"text": f'Item {i}\n\n"We will build bridge number {i}," '
                                 f"Mayor Ana Ruiz said on day {i}.", "title": f"Item {i}"})
             for i in range(420)]
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = []
    for jobs in (1, 2):
        with QuoteDB(str(tmp_path / f"j{jobs}.sqlite")) as db:
            report = db.ingest([corpus], jobs=jobs)
            assert report.ok and (report.documents, report.quotes) == (420, 420)
            runs.append([(r.id, r.text, r.speaker) for r in db.search(sort="id", limit=1000)])
    assert runs[0] == runs[1]
    assert [t for _, t, _ in runs[1]][:2] == ["We will build bridge number 0,", "We will build bridge number 1,"]


def test_progress_reports_bytes_up_to_the_total(db, seeds):
    calls = []
    db.ingest([seeds], progress=lambda done, total, path: calls.append((done, total, path)))
    assert calls and calls[-1][0] == calls[-1][1] == sum(p.stat().st_size for p in seeds.iterdir())
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_results_stay_usable_after_close_and_other_threads_get_their_own_connection(db_url, seeds):
    db = QuoteDB(db_url)
    db.ingest([seeds])
    found = {}
    t = threading.Thread(target=lambda: found.update(n=db.count("signal"), rows=db.search("signal")))
    t.start()
    t.join()
    assert found["n"] == db.count("signal") == len(found["rows"]) > 0
    rows = db.search("signal")
    db.close()
    assert rows[0].text and rows[0].title and any(r.published for r in rows)


def test_reopening_finds_the_data_again(db_url, seeds):
    with QuoteDB(db_url) as db:
        db.ingest([seeds])
        n = db.count()
    with QuoteDB(db_url) as db:
        assert db.count() == n and db.backend in ("sqlite", "postgres")


def _tallies(db: QuoteDB):
    from collections import Counter

    rows = db.search(limit=10_000)
    speakers, docs = Counter(r.speaker for r in rows if r.speaker), {}
    for r in rows:
        if r.speaker:
            docs.setdefault(r.speaker, set()).add(r.document_id)
    return (
        dict(speakers),
        {k: len(v) for k, v in docs.items()},
        dict(Counter(r.outlet for r in rows if r.outlet)),
        dict(Counter(r.kind for r in rows)),
        dict(Counter(r.published.year for r in rows if r.published)),
        len(rows),
    )


def _totals(db: QuoteDB):
    facets = db.facets()
    return (
        {s.name: s.quotes for s in db.speakers()},
        {s.name: s.documents for s in db.speakers()},
        dict(facets.outlets),
        dict(facets.kinds),
        dict(facets.years),
        db.count(),
    )


def test_the_running_totals_behind_unfiltered_facets_match_the_quotes(db, seeds, tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "\\"We are ready,\\" Mike Pompeo said.", "outlet": "Example News", "published": "2019-01-02"}\n',
        encoding="utf-8",
    )
    db.ingest([seeds, tmp_path])
    assert _totals(db) == _tallies(db)
    db.ingest([seeds])
    assert _totals(db) == _tallies(db)
    db.reparse()
    assert _totals(db) == _tallies(db)


def test_sql_with_a_percent_sign_runs_with_and_without_parameters(db):
    assert db._b.scalar("SELECT 7 % 4") == 3
    assert db._b.scalar("SELECT CAST(:n AS INTEGER) % 4", {"n": 7}) == 3
    assert db._b.scalar("SELECT 'a%b' || :x", {"x": "c"}) == "a%bc"


def test_prefix_search_lets_the_last_word_be_still_typed(seeded):
    sanctions = {r.id for r in seeded.search("sanctions", limit=100)}
    assert sanctions
    assert seeded.search("sanc") == []
    assert {r.id for r in seeded.search("sanc", prefix=True, limit=100)} >= sanctions
    assert seeded.count("sanc", prefix=True) == len(seeded.search("sanc", prefix=True, limit=1000))
    assert seeded.facets("sanc", prefix=True).kinds
    assert seeded.search("sanc ", prefix=True) == []  # a space after it: the word is complete
    assert seeded.search("sa", prefix=True) == []  # too short to stand for every word starting so
    assert {r.id for r in seeded.search('"US sanc', prefix=True, limit=100)} <= {
        r.id for r in seeded.search("US sanc", prefix=True, limit=100)
    }


def test_connections_of_ended_threads_are_closed(db_url):
    db = QuoteDB(db_url)
    for _ in range(6):
        t = threading.Thread(target=db.count)
        t.start()
        t.join()
    assert len(db._backends) <= 2  # this thread's and the last worker's
    db.close()


from quotes.store.ingest import parse_unit as _REAL_PARSE  # noqa: E402 (kept beside its one use)


def _parse_or_die(unit, parse=True):
    """A parse worker that dies on seed 002, as if killed by the kernel for using too much memory."""
    import os

    if unit.path.endswith("002_52611cdd7a59c15e.txt"):
        os._exit(9)
    return _REAL_PARSE(unit, parse)


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="the test patches the parser in forked workers"
)
def test_a_parse_worker_that_dies_fails_its_own_file_only(db, seeds, monkeypatch):
    import quotes.store.ingest as ingest

    monkeypatch.setattr(ingest, "parse_unit", _parse_or_die)
    report = db.ingest([seeds], jobs=2)
    assert [f.path.rsplit("/", 1)[1] for f in report.failed] == ["002_52611cdd7a59c15e.txt"]
    assert "died" in report.failed[0].reason
    assert report.documents == 4


def test_iter_quotes_walks_every_match_in_id_order(seeded, monkeypatch):
    import quotes.store.api as api

    monkeypatch.setattr(api, "PAGE", 7)  # several pages
    ids = [r.id for r in seeded.iter_quotes("S-400")]
    assert ids == sorted(r.id for r in seeded.search("S-400", limit=1000))


def test_a_document_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored(db, tmp_path, monkeypatch):
    import quotes.store.ingest as ingest
    from reliability_support import article, assert_whole_documents

    real = ingest.prepare_quote

    def out_of_range(q):  # an offset no INTEGER column takes: the database itself refuses the row
        row = real(q)
        return (row[0], 2**70, *row[2:]) if "poison" in q.text else row

    monkeypatch.setattr(ingest, "prepare_quote", out_of_range)
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(article(i), encoding="utf-8")
    (folder / "2.txt").write_text(article(2) + "\n“The poison pill stays,” Mike Pompeo said.\n", encoding="utf-8")
    report = db.ingest([folder])
    assert report.documents == 4 and [f.path for f in report.failed] == [str(folder / "2.txt")]
    assert db.stats()["documents"] == 4 and db.search("poison") == []
    assert db.count() == len(db.search(limit=1000)) == sum(n for _, n in db.facets().kinds)
    attributed = db._b.scalar("SELECT COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL")
    assert sum(s.quotes for s in db.speakers()) == attributed > 0  # the running totals left out the refused one
    assert_whole_documents(db)

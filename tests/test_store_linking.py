"""Which reports the store links as one statement: the same words said by the same source, not every
use of a common phrase (over the BBC corpus "to comment on the reports" linked a named company and
an unnamed spokesman, and one reader's letter's scare-quoted "urban" linked every other's), on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from quotes import QuoteDB


def _ingest(db: QuoteDB, tmp_path: Path, *texts: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": t, "outlet": f"Outlet {i}"}) + "\n" for i, t in enumerate(texts)))
    report = db.ingest([feed])
    assert report.ok and report.documents == len(texts), report.failed


def _statements(db: QuoteDB, wording: str) -> dict[int | None, list[tuple[int, str | None]]]:
    """statement id -> (document id, speaker) of each quote whose text is ``wording``."""
    out: dict[int | None, list[tuple[int, str | None]]] = {}
    for r in db.search(limit=1000):
        if r.text.strip(' ,."') == wording:
            out.setdefault(r.statement_id, []).append((r.document_id, r.speaker))
    assert out, f"{wording!r} not found"
    return {sid: sorted(reports) for sid, reports in out.items()}


def test_a_common_phrase_of_a_named_firm_and_of_an_unnamed_spokesman_is_two_statements(db: QuoteDB, tmp_path: Path):
    _ingest(
        db, tmp_path,
        "Shares in Falcon Retail rose 4% on Monday. Falcon Retail refused to comment on the reports.",
        "Shares in Orbit Foods fell 2% on Monday. A spokesman for the firm refused to comment on the reports.",
    )
    linked = _statements(db, "to comment on the reports")
    assert sorted(linked.values()) == [[(1, "Falcon Retail")], [(2, None)]]
    assert {r.sources for r in db.search('"comment on the reports"')} == {1}


def test_a_scare_quoted_word_with_no_speaker_stays_in_its_document(db: QuoteDB, tmp_path: Path):
    _ingest(
        db, tmp_path,
        'The new phones are "critical" to the firm, the report said.',
        'Holes classed as "critical" were patched, the company said.',
    )
    assert sorted(_statements(db, "critical").values()) == [[(1, None)], [(2, None)]]


def test_a_short_phrase_nobody_is_named_for_links_to_a_speaker_its_document_quotes(db: QuoteDB, tmp_path: Path):
    _ingest(
        db, tmp_path,
        'The minister, Jane Doe, promised a "new deal for farmers" on Tuesday.',
        '"We have listened," Jane Doe said on Friday.\n\nFarm prices fell again. The "new deal for farmers" starts in June.',
        'Farm prices fell again in May. Few farmers have heard of the "new deal for farmers".',  # Jane Doe is not in it
    )
    linked = sorted(_statements(db, "new deal for farmers").values())
    assert linked == [[(1, "Jane Doe"), (2, None)], [(3, None)]]


def test_a_long_wording_links_whoever_the_sources_name(db: QuoteDB, tmp_path: Path):
    words = "The committee will publish every letter it received before the vote,"
    _ingest(db, tmp_path, f'"{words}" Mark Hale said.', f'"{words}" a spokeswoman said.', f'"{words}" Anna Berg said.')
    (linked,) = _statements(db, words.rstrip(",")).values()
    assert linked == [(1, "Mark Hale"), (2, None), (3, "Anna Berg")]


def test_the_same_speakers_short_phrase_links_across_documents(db: QuoteDB, tmp_path: Path):
    _ingest(db, tmp_path, 'Jane Doe called it "a clear signal" on Monday.', 'It was "a clear signal", Jane Doe said.')
    (linked,) = _statements(db, "a clear signal").values()
    assert linked == [(1, "Jane Doe"), (2, "Jane Doe")]

"""Reported speech flows through the store: kind is stored, searched, filtered and shown."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from quotes.parse import extract
from quotes.textio import read_text_file

ERDOGAN_SAID = "Ankara did not intend to give up the S-400, despite pressure from Washington"


def _indirect_in_seeds(seeds: Path) -> int:
    return sum(
        1 for p in sorted(seeds.glob("*.txt")) for q in extract(read_text_file(p)) if q.kind == "indirect"
    )


def test_indirect_quotes_are_stored_with_their_kind(seeded, seeds):
    found = seeded.search(kind="indirect", limit=1000)
    assert len(found) == seeded.count(kind="indirect") == _indirect_in_seeds(seeds) > 0
    assert {r.kind for r in found} == {"indirect"}
    assert dict(seeded.facets().kinds)["indirect"] == len(found)


def test_kind_filters_reported_speech_in_and_out(seeded):
    hits = seeded.search("S-400", speaker="Erdogan", kind="indirect", limit=100)
    said = [r for r in hits if r.text == ERDOGAN_SAID]
    assert said and said[0].cue == "said" and said[0].method == "cue_clause"
    assert said[0].mention == "Turkish President Tayyip Erdogan"
    verbatim = seeded.search("S-400", kind="direct", limit=100) + seeded.search("S-400", kind="partial", limit=100)
    assert verbatim and all(r.kind != "indirect" for r in verbatim)
    assert ERDOGAN_SAID not in {r.text for r in verbatim}


def test_context_of_an_indirect_quote_is_its_clause(seeded):
    rec = next(r for r in seeded.search(kind="indirect", speaker="Demir", limit=100) if r.cue == "noted")
    ctx = seeded.context(rec.id)
    assert ctx.paragraph[ctx.quote_start : ctx.quote_end] == rec.text
    assert ctx.paragraph.startswith("Demir noted that ")


def test_cli_search_kind_indirect_after_ingesting_the_seeds(seeds, tmp_path):
    db = str(tmp_path / "q.sqlite")

    def quotes(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "quotes", *args, "--db", db],
                              capture_output=True, text=True, timeout=300)

    assert quotes("ingest", str(seeds), "--quiet").returncode == 0
    out = quotes("search", "--kind", "indirect", "--speaker", "Erdogan", "--format", "json", "-n", "100")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and {r["kind"] for r in rows} == {"indirect"}
    assert ERDOGAN_SAID in {r["text"] for r in rows}
    assert {r["speaker"] for r in rows} == {"Recep Tayyip Erdogan"}
    table = quotes("search", "--kind", "indirect", "--speaker", "Erdogan")
    assert table.returncode == 0 and "Recep Tayyip Erdogan" in table.stdout
    bad = quotes("search", "--kind", "reported")
    assert bad.returncode != 0


def test_csv_export_carries_the_kind(seeded):
    import csv
    import io

    out = io.StringIO()
    written = seeded.export_csv(out, kind="indirect")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert written == len(rows) == seeded.count(kind="indirect")
    assert {r["kind"] for r in rows} == {"indirect"}
    assert ERDOGAN_SAID in {r["text"] for r in rows}

"""The benchmark suite still runs: ``python -m bench --quick`` end to end, no timing asserted."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _rows(markdown: str) -> dict[str, list[str]]:
    """Benchmark name -> its cells, from the results table of BENCHMARKS.md."""
    rows = {}
    for line in markdown.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) == 7 and cells[0] not in ("benchmark", "---"):
            rows[cells[0]] = cells
    return rows


@pytest.fixture(scope="module")
def quick_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, list[str]]]:
    work = tmp_path_factory.mktemp("bench")
    out = work / "BENCHMARKS.md"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--no-profile", "--runs", "1",
         "--workdir", str(work), "--output", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout, _rows(out.read_text(encoding="utf-8"))


def _measured(rows: dict[str, list[str]], prefix: str) -> list[str]:
    hits = [cells for name, cells in rows.items() if name.startswith(prefix)]
    assert hits, f"no row starting with {prefix!r} in {sorted(rows)}"
    return [cells[1] for cells in hits]


def test_every_family_reports_a_row(quick_report):
    stdout, rows = quick_report
    for prefix in ("quotes.extract", "extraction peak RSS", "ingest into SQLite", "ingest peak RSS",
                   "search:", "speaker filter", "facet counts", "date range", "CSV export",
                   "TUI:", "cold start: quotes --help", "cold start: quotes search"):
        _measured(rows, prefix)
        assert prefix in stdout


def test_the_parser_rows_are_measured_against_their_references(quick_report):
    _, rows = quick_report
    for prefix in ("reference: bare", "reference: naive", "quotes.extract", "extraction peak RSS",
                   "cold start: quotes --help"):
        assert "n/a" not in _measured(rows, prefix), rows
    assert "slower than bare scan" in rows["quotes.extract, one core"][4]


@pytest.mark.skipif(not _importable("quotes.store.api"), reason="the store is not there yet")
def test_the_store_rows_are_measured(quick_report):
    _, rows = quick_report
    for prefix in ("ingest into SQLite, one core", "ingest peak RSS", "search:", "speaker filter",
                   "facet counts", "date range", "CSV export", "cold start: quotes search"):
        assert "n/a" not in _measured(rows, prefix), {k: v for k, v in rows.items() if k.startswith(prefix)}


@pytest.mark.skipif(not (_importable("tui.app") and _importable("quotes.store.api")),
                    reason="the TUI or the store is not there yet")
def test_the_tui_row_is_measured(quick_report):
    _, rows = quick_report
    assert "n/a" not in _measured(rows, "TUI:")

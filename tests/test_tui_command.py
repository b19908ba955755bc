"""``quotes tui``: registered from the UI package, Textual loaded only when it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quotes.cli import main
from tui.seeds import find_seeds

REPO = Path(__file__).resolve().parent.parent


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        main(["tui", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--seeds" in out and "--db" in out and "quotes tui --seeds" in out


def test_the_cli_help_loads_no_textual():
    code = "import sys; from quotes.cli import build_parser; build_parser(); print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_seeds_are_found_beside_the_package():
    assert find_seeds() == REPO / "seeds"


def test_a_database_that_cannot_be_opened_is_a_clear_error(tmp_path: Path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["tui", "--db", str(blocker / "quotes.sqlite")]) == 1
    assert "quotes tui: cannot open the database" in capsys.readouterr().err

"""quotes/ and tui/ type-check under the [tool.mypy] settings of pyproject.toml: an error fails here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_the_code_base_type_checks(tmp_path: Path):
    pytest.importorskip("mypy")
    done = subprocess.run(
        # no paths: the config's `files` says what to check
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", str(tmp_path / "cache")],
        capture_output=True, text=True, cwd=REPO,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    checked = re.search(r"Success: no issues found in (\d+) source files", done.stdout)
    assert checked, done.stdout
    # every module of both packages, none left out of the config
    assert int(checked.group(1)) == sum(1 for package in ("quotes", "tui") for _ in (REPO / package).rglob("*.py"))

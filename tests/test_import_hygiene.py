"""The core never depends on the UI: quotes/ must not import textual or tui."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "quotes"
FORBIDDEN = ("textual", "tui")


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_sources_do_not_import_the_ui():
    offenders = {
        str(p.relative_to(CORE.parent)): sorted(_imported_roots(p) & set(FORBIDDEN))
        for p in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_core_loads_no_ui_module():
    code = (
        "import sys, quotes, quotes.parse, quotes.cli; "
        "quotes.extract('\"Hi,\" she said.'); "
        "print([m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""The README's examples are true: its console session and its Python example run on the seeds and
print what the README shows ("..." and "…" stand for text left out)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from quotes.cli import main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
FIX = (
    "README.md's example is no longer true: run it and put what it prints in the README (a parser"
    " change moves the seeds' counts and ids: like the TUI snapshots, the lead refreshes them)"
)


def _block(lang: str) -> str:
    (block,) = re.findall(rf"^```{lang}\n(.*?)^```$", README, flags=re.M | re.S)
    return block


def _session() -> list[tuple[str, list[str]]]:
    """(command, the lines the README shows it printing) for each ``$`` line of the console block."""
    steps: list[tuple[str, list[str]]] = []
    for line in _block("console").splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif line.strip():
            steps[-1][1].append(line)
    return steps


def _pattern(shown: str) -> re.Pattern[str]:
    """A README output line as a pattern: '...' and '…' stand for anything, spacing is free, and
    a time in seconds is any time."""
    parts = re.split(r"(\.\.\.|…|\s+|\(\d+\.\d s\))", shown.strip())
    out = []
    for part in parts:
        if part in ("...", "…"):
            out.append(".*")
        elif part and part.isspace():
            out.append(r"\s+")
        elif part and re.fullmatch(r"\(\d+\.\d s\)", part):
            out.append(r"\(\d+\.\d s\)")
        elif part:
            out.append(re.escape(part))
    return re.compile("".join(out))


def _follows(shown: list[str], printed: list[str]) -> str | None:
    """The first README line that the printed lines do not show, in order; None when all do."""
    at = 0
    for line in shown:
        if line.strip() == "...":
            continue
        pattern = _pattern(line)
        while at < len(printed) and not pattern.fullmatch(printed[at].strip()):
            at += 1
        if at == len(printed):
            return line
        at += 1
    return None


@pytest.fixture
def seeds_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh current directory where ``seeds/`` is the repository's seeds, as in a clone."""
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTES_DB", raising=False)
    return tmp_path


def test_the_console_session_prints_what_the_readme_shows(seeds_here: Path, monkeypatch, capsys):
    steps = _session()
    assert len(steps) >= 10
    for command, shown in steps:
        words = shlex.split(command, comments=True)
        if words[0] == "export":
            name, value = words[1].split("=", 1)
            monkeypatch.setenv(name, value)
            continue
        assert words[0] == "quotes", command
        if "|" in words:  # what is piped on (jq, head) is not ours to run
            words = words[: words.index("|")]
        status = main(words[1:])
        out, err = capsys.readouterr()
        assert status == 0, f"{command}: {err}"
        assert out or err, command
        missing = _follows(shown, (out + err).splitlines())
        assert missing is None, f"{FIX}: `{command}` does not print {missing!r}; it prints:\n{out}{err}"


def test_the_python_example_runs(seeds_here: Path, capsys):
    code = _block("python")
    assert "QuoteDB" in code
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own example
    assert (seeds_here / "work.sqlite").is_file() and (seeds_here / "quotes.csv").is_file()


def test_the_matcher_reads_readme_elisions():
    assert _pattern('10  x  the "clear signal" and …').fullmatch('10   x the "clear signal" and "will not…')
    assert _pattern("5 stored, 0 failed (0.0 s)").fullmatch("5 stored, 0 failed (1.3 s)")
    assert not _pattern("89 quotes").fullmatch("90 quotes")
    assert _follows(["a", "...", "c"], ["a", "b", "c"]) is None
    assert _follows(["c", "a"], ["a", "b", "c"]) == "a"

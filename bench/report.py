"""Result rows, the stdout table and BENCHMARKS.md."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Row", "unavailable", "format_table", "format_markdown"]


@dataclass
class Row:
    """One measured figure against its target.

    ``passed`` is None when the row has no target or could not be measured;
    ``figure`` is the human-readable measurement ("n/a" with ``note`` as the reason).
    """

    family: str
    what: str
    figure: str
    target: str = ""
    passed: bool | None = None
    reference: str = ""
    note: str = ""
    profile: str = field(default="", repr=False)

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "MISS", None: "-"}[self.passed]


def unavailable(family: str, what: str, target: str, reason: str) -> Row:
    return Row(family, what, "n/a", target, None, "", reason)


def _cells(row: Row) -> list[str]:
    return [row.what, row.figure, row.target, row.verdict, row.reference]


_HEAD = ["benchmark", "figure", "target", "result", "vs reference"]


def format_table(rows: list[Row]) -> str:
    """A fixed-width table for the terminal; notes follow the row they explain."""
    cells = [_HEAD] + [_cells(r) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(_HEAD))]
    lines = []
    for n, c in enumerate(cells):
        lines.append("  ".join(v.ljust(w) for v, w in zip(c, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
        elif rows[n - 1].note:
            lines.append("    " + rows[n - 1].note)
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_markdown(rows: list[Row], machine: dict[str, str], corpus: list[str],
                    commands: dict[str, str], preamble: str = "", appendix: str = "") -> str:
    """BENCHMARKS.md; ``appendix`` (the hand-written analysis of the misses) goes before the profiles."""
    out = ["# Benchmarks", ""]
    if preamble:
        out += [preamble, ""]
    out += ["## Machine", ""]
    out += [f"- {k}: {v}" for k, v in machine.items()]
    out += ["", "## Corpus", ""]
    out += [f"- {line}" for line in corpus]
    out += ["", "## Results", "",
            "| benchmark | figure | target | result | vs reference | reproduce | notes |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        cmd = commands.get(r.family, "")
        out.append("| " + " | ".join(_md(v) for v in (
            r.what, r.figure, r.target, r.verdict, r.reference, f"`{cmd}`" if cmd else "", r.note
        )) + " |")
    if appendix:
        out += ["", appendix.strip()]
    profiled = [r for r in rows if r.profile]
    if profiled:
        out += ["", "## Profiles of missed targets", ""]
        for r in profiled:
            out += [f"### {r.what}", "", "```", r.profile.rstrip(), "```", ""]
    return "\n".join(out).rstrip() + "\n"

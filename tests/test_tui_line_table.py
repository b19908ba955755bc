"""LineTable paints exactly what DataTable paints, for every kind of cell the TUI puts in a table."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import DataTable, Input
from tui_support import run

from tui.rendering import MATCH_STYLE, snippet
from tui.widgets.line_table import LineTable

WIDTHS = (12, 8, 30, 3)
BIDEN = "Erdogan said he “explained everything to [US] President [Joe] Biden"


def _rows() -> list[tuple[object, ...]]:
    highlighted = Text("sanctions and more")
    highlighted.stylize(MATCH_STYLE, 0, 9)
    return [
        (Text("Mike Pompeo"), Text("direct", style="bold"), highlighted, Text("12", justify="right")),
        (Text("unknown", style="dim"), Text("indirect", style="italic dim"), Text(BIDEN), Text("3", justify="right")),
        (Text(""), Text(""), snippet(BIDEN, "biden", WIDTHS[2]), Text("", justify="right")),
        (Text("[b]no[/b]"), Text("partial"), Text("a" * WIDTHS[2]), Text("100", justify="right")),
        (Text("Erdoğan"), Text("left", justify="left"), Text("土耳其" * 20), Text("1", justify="center")),
        (Text("two\nlines"), Text("tab\there"), "[i]a str cell[/i]", 7),
        (Text("x" * 40), Text("partial", style="on red"), Text("ends  "), Text("4 ", justify="right")),
    ]


class Tables(App[None]):
    def __init__(self, widths: tuple[int | None, ...] = WIDTHS) -> None:
        super().__init__()
        self.widths = widths

    def compose(self) -> ComposeResult:
        yield Input(id="elsewhere")
        for table in (LineTable(id="fast"), DataTable(id="reference")):
            table.cursor_type = "row"
            table.zebra_stripes = True
            table.styles.height = 6
            table.styles.width = 70
            yield table

    def on_mount(self) -> None:
        for table in self.query(DataTable):
            for i, width in enumerate(self.widths):
                table.add_column(f"c{i}", width=width, key=f"c{i}")
            for i, row in enumerate(_rows()):
                table.add_row(*row, key=str(i))


def _paint(table: DataTable) -> list[list[tuple]]:
    table._clear_caches()
    strips = table.render_lines(Region(0, 0, table.size.width, table.size.height))
    return [[(seg.text, seg.style) for seg in strip] for strip in strips]


def test_line_table_paints_what_data_table_paints():
    async def scenario() -> None:
        app = Tables()
        async with app.run_test(size=(80, 30)) as pilot:
            fast, reference = app.query_one("#fast", LineTable), app.query_one("#reference", DataTable)
            await pilot.pause()
            checked = 0
            for cursor, hover in ((0, None), (1, 1), (2, 4), (6, 3)):
                for focus_table in (False, True):
                    painted = []
                    for table in (fast, reference):
                        table.move_cursor(row=cursor, animate=False)
                        (table if focus_table else app.query_one("#elsewhere")).focus()
                        if hover is None:
                            await pilot.hover("#elsewhere")
                        else:  # the mouse over a row (line 0 is the header)
                            await pilot.hover(table, offset=(5, 1 + hover))
                        await pilot.pause()
                        painted.append(_paint(table))
                    assert painted[0] == painted[1], (cursor, hover, focus_table)
                    checked += len(painted[0])
            assert checked == 4 * 2 * 6

            app.query_one("#elsewhere").focus()
            await pilot.hover("#elsewhere")
            fast.scroll_to(y=2, animate=False)
            reference.scroll_to(y=2, animate=False)
            await pilot.pause()
            assert fast.scroll_offset.y == 2
            assert _paint(fast) == _paint(reference)
            assert fast.virtual_size == reference.virtual_size

    run(scenario)


def test_auto_width_columns_are_measured_as_data_table_does():
    async def scenario() -> None:
        app = Tables(widths=(None, 8, None, None))
        async with app.run_test(size=(120, 30)) as pilot:
            fast, reference = app.query_one("#fast", LineTable), app.query_one("#reference", DataTable)
            await pilot.pause()
            assert [c.get_render_width(fast) for c in fast.ordered_columns] == [
                c.get_render_width(reference) for c in reference.ordered_columns
            ]
            assert fast.ordered_columns[0].get_render_width(fast) == len("x" * 40) + 2
            assert fast.virtual_size == reference.virtual_size
            assert _paint(fast) == _paint(reference)

    run(scenario)


def test_line_table_keeps_article_text_literal():
    async def scenario() -> None:
        app = Tables()
        async with app.run_test(size=(80, 30)) as pilot:
            await pilot.pause()
            lines = _paint(app.query_one("#fast", LineTable))
            painted = ["".join(text for text, _ in line) for line in lines]
            assert any(" [b]no[/b] " in line for line in painted)
            assert any(snippet(BIDEN, "biden", WIDTHS[2]).plain in line for line in painted)
            assert "[Joe] Biden" in snippet(BIDEN, "biden", WIDTHS[2]).plain

    run(scenario)


def test_line_table_overrides_methods_data_table_still_calls():
    """A Textual upgrade that renames them would silently drop the fast path: fail instead."""
    import inspect

    source = inspect.getsource(DataTable)
    for name in ("_render_cell", "_render_line_in_row", "_get_row_style", "_update_dimensions"):
        assert name in vars(LineTable) and name in vars(DataTable)
        assert f"self.{name}" in source, name

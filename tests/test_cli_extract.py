"""``quotes extract``: standard input is read as a file is."""

from __future__ import annotations

import io
import sys

import pytest

from quotes.cli import main


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_standard_input_in_windows_1252_is_read_like_a_file(monkeypatch, capsys, tmp_path):
    article = 'The chef said: "Le caf\xe9 est ouvert," on Monday.\n'.encode("cp1252")
    (tmp_path / "a.txt").write_bytes(article)
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    from_file = capsys.readouterr().out
    _stdin(monkeypatch, article)
    assert main(["extract", "-"]) == 0
    out = capsys.readouterr().out
    assert out == from_file and "Le café est ouvert," in out  # was 'Le caf\ufffd est ouvert,'


def test_binary_standard_input_is_refused_like_a_binary_file(monkeypatch, capsys):
    _stdin(monkeypatch, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert main(["extract", "-"]) == 1  # was: 'quotes' of replacement characters, status 0
    out, err = capsys.readouterr()
    assert not out and err == "quotes extract: cannot read standard input: not a text file: PNG image\n"


def test_an_html_page_is_read_for_its_main_text_not_its_markup(capsys, tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><script>var s = "not a quote, he said";</script></head><body><article><h1>Talks</h1>'
        "<p>The minister spoke to reporters on Monday about the long negotiations and the plan ahead.</p>"
        '<p>She said: "We will win this fight, whatever it takes."</p></article></body></html>',
        encoding="utf-8",
    )
    assert main(["extract", str(page)]) == 0
    out = capsys.readouterr().out
    # was also '[partial] The minister: not a quote, he said' (a string in the page's script)
    assert out == "[direct] She: We will win this fight, whatever it takes.\n"


def test_a_jsonl_file_is_sent_to_ingest_not_read_as_prose(capsys, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"doc_id": "a1", "text": "She said: \\"We will win.\\""}\n', encoding="utf-8")
    assert main(["extract", str(feed)]) == 1  # was: JSON keys and values printed as quotes ('doc_id')
    err = capsys.readouterr().err
    assert f"holds one article per line: 'quotes ingest {feed}' stores them all" in err

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

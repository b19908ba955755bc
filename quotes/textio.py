"""Reading article files: bytes in, correctly decoded text out."""

from __future__ import annotations

from pathlib import Path

__all__ = ["decode_bytes", "read_text_file"]


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: BOMs honoured, UTF-8 first, then a detected legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def read_text_file(path: str | Path) -> str:
    return decode_bytes(Path(path).read_bytes())

"""Reading article files: bytes in, correctly decoded text out, or a clear reason why not.

Order of evidence: a byte-order mark; valid UTF-8; then the legacy single-byte
encodings news archives actually hold. Windows-1252 (a superset of Latin-1 for
text: bytes 0x80-0x9F are its curly quotes and dashes, never C1 controls) is
taken when it decodes to mostly-ASCII Latin text, switched to Windows-1254
when Turkish letters show (``Erdoðan`` is ``Erdoğan`` in 1254); other scripts
(Cyrillic, Greek, ...) are left to charset-normalizer. Short texts defeat
statistical detection, which is why the Latin case is decided first.

Text is evidence: :func:`decode_article` refuses rather than guesses. A file
that is UTF-8 with some bytes broken would decode to mojibake or lose
characters silently, so it is reported, as are binary files and files that
fit no encoding.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

__all__ = ["NotTextError", "decode_bytes", "decode_article", "read_text_file", "binary_kind", "storable"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Leading bytes of common binary formats someone may drop into an article folder.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document (.doc/.xls)"),
)
_SNIFF = 8192
_NEWLINE = re.compile("\r\n?")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_TURKISH_IN_1252 = frozenset("ÐðÝýÞþ")  # the six places where Windows-1254 differs in letters
_LEGACY_NON_ASCII_LETTERS = 0.3
"""Latin-script text has at most this share of non-ASCII letters; Cyrillic read as 1252 has nearly all."""


class NotTextError(OSError):
    """The file cannot be read as article text; the message says why.

    An ``OSError`` so that every caller that reports unreadable files reports
    this too, without a second except clause.
    """


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (a file's first bytes) is, or None if it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head[:_SNIFF]:
        return "binary data (NUL bytes)"
    return None


def _bom_decode(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    return None


def _looks_latin(text: str) -> bool:
    letters = non_ascii = 0
    for ch in text[:_SNIFF * 8]:
        if ch.isalpha():
            letters += 1
            non_ascii += ch > "\x7f"
    return letters > 0 and non_ascii <= letters * _LEGACY_NON_ASCII_LETTERS


def _legacy(data: bytes) -> str | None:
    """Windows-1252/1254 text when it plausibly is that, else the detector's confident guess."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_latin(text):
        if _TURKISH_IN_1252.intersection(text):
            try:
                return data.decode("cp1254")
            except UnicodeDecodeError:
                pass
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        return str(best)
    return None


def _utf8_error(data: bytes) -> UnicodeDecodeError | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    return None


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether ``data`` holds valid multi-byte UTF-8 (then invalid bytes mean damage, not another encoding)."""
    return not data.decode("utf-8", errors="ignore").isascii()


def decode_article(data: bytes) -> str:
    """Decode a whole article file, or raise :class:`NotTextError` saying why it is not text.

    Line ends are normalised to ``\\n`` (Windows ``\\r\\n`` and old Mac ``\\r``), as Python's text mode does.
    """
    return _NEWLINE.sub("\n", _decode(data))


def _decode(data: bytes) -> str:
    if (kind := binary_kind(data[:_SNIFF])) is not None:
        raise NotTextError(f"not a text file: {kind}")
    if (text := _bom_decode(data)) is not None:
        return text
    error = _utf8_error(data)
    if error is None:
        return data.decode("utf-8")
    if _has_utf8_sequences(data):
        raise NotTextError(
            f"invalid UTF-8 at byte {error.start} (the rest is UTF-8: the file is damaged or mixes encodings)"
        )
    text = _legacy(data)
    if text is None:
        raise NotTextError(f"not UTF-8 (byte {error.start}) and no known encoding fits")
    return text


def decode_bytes(data: bytes) -> str:
    """Decode text leniently (never raises): as :func:`decode_article`, with U+FFFD for what cannot be read.

    For pieces of a file such as one line of a .jsonl, where the caller
    reports a bad piece by itself.
    """
    try:
        return decode_article(data)
    except NotTextError:
        return data.decode("utf-8", errors="replace")


def read_text_file(path: str | Path) -> str:
    """The text of an article file; :class:`NotTextError` (an ``OSError``) if it is not text."""
    return decode_article(Path(path).read_bytes())


def storable(text: str) -> str:
    """``text`` with what no database can store as text replaced by U+FFFD.

    NUL (PostgreSQL refuses it; a JSON escape or a UTF-16 file can hold one)
    and lone surrogates (a JSON ``"\\ud800"``: not encodable as UTF-8).
    """
    if "\x00" not in text:  # the usual case, told without the pattern's scan (~20x slower)
        if text.isascii():
            return text
        try:
            text.encode("utf-8")  # fails on a lone surrogate, on nothing else
            return text
        except UnicodeEncodeError:
            pass
    return _UNSTORABLE.sub("\ufffd", text)

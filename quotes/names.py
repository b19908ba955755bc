"""Name folding: compare names accent-, case- and script-variant-insensitively.

``fold("İsmail Demir") == fold("Ismail Demir")`` and
``fold("Mevlüt Çavuşoğlu") == fold("Mevlut Cavusoglu")``. Unicode NFKD strips
most accents, but some letters are not decomposable (Turkish dotless ``ı``,
``ø``, ``ł``, ``đ``, ...): they are mapped explicitly first.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_tokens", "surname"]

# Letters NFKD leaves alone, mapped to their plain Latin reading.
_UNDECOMPOSABLE = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "\u00a0": " ",
    }
)

# Generational suffixes that are not the family name.
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A comparison key: lower case, no accents, Turkish letters folded, spaces collapsed."""
    if name.isascii():
        return " ".join(name.lower().split())
    name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSABLE))
    plain = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


@lru_cache(maxsize=1 << 15)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name, without trailing commas or a possessive 's."""
    out = []
    for tok in fold(name).split():
        tok = tok.strip(",;:")
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok:
            out.append(tok)
    return tuple(out)


def surname(name: str) -> str:
    """The folded family name: the last word that is not a suffix like "Jr."."""
    toks = list(name_tokens(name))
    while len(toks) > 1 and toks[-1] in _SUFFIXES:
        toks.pop()
    return toks[-1] if toks else ""

"""Text helpers shared by the glossary, the classifier and the tables: folding and words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Small words of three letters or more that say nothing by themselves (folded).
STOP_WORDS = frozenset(
    ["des", "les", "aux", "pour", "sur", "par", "dans", "avec", "une", "sous", "entre", "vers", "chez"]
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_HAS_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# What UTF-8 accents look like once read as Windows-1252 ("Ã©" for é, "Ã‰" for É, "â€™" for ’):
# the first byte of a French letter's or punctuation's sequence, then a continuation byte.
_CONTINUATION = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
                        for byte in range(0x80, 0xC0))
_GARBLED = re.compile(f"[ÂÃÅâ][{re.escape(_CONTINUATION)}]")


@lru_cache(maxsize=100_000)  # called for every word of every label; words repeat a lot
def fold(text: str) -> str:
    """Lower-case without accents: 'Rénovation ÉCOLE' -> 'renovation ecole'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def clean_spaces(text: str) -> str:
    """Runs of whitespace (any Unicode space, as ``\\s``) made one space, ends stripped."""
    return " ".join(str(text).split())


def looks_garbled(text: str) -> bool:
    """True when the text seems to hold accents garbled by a wrong encoding ("RÃ‰NOVATION")."""
    return bool(_GARBLED.search(text))


def repair_encoding(text: str) -> str:
    """The text with accents garbled by an export's wrong encoding repaired ("RÃ‰NOVATION
    Ã‰NERGÃ‰TIQUE" -> "RÉNOVATION ÉNERGÉTIQUE", by ftfy); any other text as it is."""
    if not looks_garbled(text):
        return text  # ftfy (and its ~8 MB) is only imported for a table that needs it
    import ftfy

    return ftfy.fix_encoding(text)


def has_letters(text: str) -> bool:
    """False for empty, numeric-only or punctuation-only labels."""
    return bool(_HAS_LETTER.search(text or ""))


def is_mostly_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def line_key(*parts: str) -> str:
    """Normalised identity of a budget line, used for exact-match memory and caches."""
    return " | ".join(clean_spaces(fold(part)) for part in parts)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text)


_CODE = re.compile(r"^\s*([0-9]{1,7})")


def read_code(value: object) -> str:
    """The leading digits of a code cell, or '' ("212 - Ecoles" -> "212", "6574.0" -> "6574")."""
    if value is None:
        return ""
    text = str(value).strip()
    if re.fullmatch(r"[0-9]+\.0", text):
        text = text[:-2]
    match = _CODE.match(text)
    return match.group(1) if match else ""

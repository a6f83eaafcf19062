"""Ordinary French words, so that "GARE" or "CIEL" are not reported as unknown acronyms.

The list comes from wordfreq (words seen at least about once per million words). wordfreq's
whole French table costs ~50 MB of memory, so the list is extracted once, lower-cased and
without accents (exports in capitals drop them: "LYCEE", "EDIFICES CULTUELS"), into a small
text file beside the built model and read from there afterwards.
"""

from __future__ import annotations

import os
from importlib import metadata
from pathlib import Path

from verdir.engine.text import fold

COMMON_WORD_ZIPF = 3.0  # wordfreq's Zipf scale: 3 = about once per million words


class CommonWords:
    """``words("gare")`` is True for a common French word, whatever its case and accents."""

    def __init__(self, folded_words: frozenset[str]) -> None:
        self.words = folded_words

    def __call__(self, word: str) -> bool:
        word = fold(word.replace("’", "'"))
        return word in self.words or word.rpartition("'")[2] in self.words

    @classmethod
    def load(cls, folder: Path) -> CommonWords:
        """From the list file in ``folder``, extracting it from wordfreq the first time."""
        version = metadata.version("wordfreq")
        path = Path(folder) / f"common-words-fr-{version}-zipf{COMMON_WORD_ZIPF:g}-folded.txt"
        if path.is_file():
            return cls(frozenset(path.read_text(encoding="utf-8").split()))
        words = extract_from_wordfreq()
        staging = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        staging.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        staging.replace(path)
        for stale in Path(folder).glob("common-words-fr-*.txt"):  # other versions or formats
            if stale != path:
                stale.unlink(missing_ok=True)
        return cls(words)


def extract_from_wordfreq(zipf: float = COMMON_WORD_ZIPF) -> frozenset[str]:
    from wordfreq import get_frequency_dict

    threshold = 10 ** (zipf - 9)  # Zipf = log10(frequency per billion words)
    return frozenset(fold(word) for word, frequency in get_frequency_dict("fr").items()
                     if frequency >= threshold and not any(ch.isspace() for ch in word))

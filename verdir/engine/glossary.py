"""Abbreviations: expand them before embedding, report the ones nobody knows.

The built-in glossary (``verdir/data/glossaire.csv``) covers French public-finance and municipal
abbreviations; an authority's own entries override it. Expansion is word by word: acronyms ("GS",
"EHPAD") are expanded where they are written in capitals, abbreviated words ("TRX", "amgt") in any
case unless they are ordinary French words. Entries marked ``ambigu`` ("CC": communauté de
communes, crèche collective, centre commercial...) are expanded only when the line itself says
which reading it is (``verdir/data/sigles_ambigus.csv``: each reading with the words of the label,
service or mission that point at it, e.g. "petite enfance" for "crèche collective"; in lower case
too, "Enseignement sup."); otherwise they are left as written: a wrong expansion misleads the
model more than the bare acronym. In a service or direction field, acronyms name departments:
there a built-in acronym is expanded only if its entry says it can name a department or unit
(column ``service``: "CCAS", "PM" police municipale, "EHPAD", "EV" espaces verts), never if it
names a thing ("DPE" diagnostic de performance énergétique, a Paris direction code): such a code,
like one the glossary lacks, is reported for the user to name; the titles heading a pole ("DGA
SOLIDARITES", "DGST - BATIMENTS") stay as written, and an ambiguous acronym is read when the
field's own words say which reading it is ("PETITE ENFANCE - CC"). Shortened words ("SCE ESP
VERTS", "DEV ECO") are expanded there too, except alone between separators, where they are codes
("DEV - ESPACES VERTS", "ST"). The user's entries, and what a batch's own lines say a direction
code means, are used whatever their wording. Slash groups ("EP/EU") are read part by part, and
entries written with signs or in several words ("AD'AP", "N°", "P+R", "PARC AUTO") are found
whole: "PARC AUTO" is the vehicle fleet, while "AUTO" alone is left as written
("AUTO-ENTREPRENEURS", "AUTO-ECOLE").
"""

from __future__ import annotations

import copy
import csv
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from verdir.engine.text import fold, is_mostly_upper

_WORD_TOKEN = r"[^\W_]+(?:/[^\W_]+)*"
_TOKEN = re.compile(_WORD_TOKEN, re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_VOWELS = set("aeiouy")
_SEGMENT_BREAK = re.compile(r"[-–/:;,()]")  # between a direction code and its name


@dataclass(frozen=True)
class GlossaryEntry:
    abbreviation: str
    meaning: str
    kind: str = "sigle"  # "sigle", "abrev" or "ambigu"
    source: str = "verdir"  # "verdir", "utilisateur", "lignes" (read from the batch's own lines)
    # or "coupure" (a last word cut off by the export, read whole: verdir.engine.prepare)
    in_service: str = ""  # what a built-in acronym is in a service field (glossaire.csv's
    # ``service`` column): "oui", it names a department or unit ("CCAS", "PM", "EHPAD"); "non", a
    # thing ("DPE", "SSI", "PLU"); "titre", the title of a manager heading a pole ("DGA
    # SOLIDARITES"), known but left as written: "directeur général" would read as administration

    @property
    def names_unit(self) -> bool:
        return self.in_service == "oui"

    @property
    def is_code_in_service(self) -> bool:
        """In a service field, a built-in entry that cannot be what the code there means: a
        thing's acronym ("DPE") or a shortened word standing alone ("DEV")."""
        return self.source == "verdir" and (
            self.kind == "abrev" or (self.kind == "sigle" and self.in_service == "non"))


@dataclass(frozen=True)
class Expansion:
    text: str
    used: tuple[GlossaryEntry, ...] = field(default_factory=tuple)
    unknown: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Reading:
    """One meaning of an ambiguous acronym and the clues in a line that point at it."""

    meaning: str
    clues: re.Pattern[str]

    def score(self, folded_hints: str) -> int:
        return len(self.clues.findall(folded_hints))


@lru_cache(maxsize=1)
def load_readings() -> dict[str, tuple[Reading, ...]]:
    """Ambiguous acronyms (folded) -> their readings, from ``sigles_ambigus.csv``."""
    text = resources.files("verdir.data").joinpath("sigles_ambigus.csv").read_text(encoding="utf-8")
    readings: dict[str, list[Reading]] = {}
    for row in csv.DictReader(text.splitlines()):
        clues = [re.escape(fold(clue.strip())) for clue in row["indices"].split("|") if clue.strip()]
        pattern = re.compile(r"\b(?:" + "|".join(clues) + ")")
        readings.setdefault(fold(row["sigle"].strip()), []).append(
            Reading(row["signification"].strip(), pattern))
    return {key: tuple(value) for key, value in readings.items()}


def load_builtin_entries() -> list[GlossaryEntry]:
    text = resources.files("verdir.data").joinpath("glossaire.csv").read_text(encoding="utf-8")
    return [
        GlossaryEntry(row["sigle"].strip(), row["signification"].strip(),
                      (row.get("type") or "sigle").strip(),
                      in_service=(row.get("service") or "").strip())
        for row in csv.DictReader(text.splitlines())
        if row.get("sigle", "").strip() and row.get("signification", "").strip()
    ]


class Glossary:
    """Built-in entries merged with the user's (the user's win)."""

    def __init__(
        self,
        builtin: Iterable[GlossaryEntry],
        user: Mapping[str, str] | None = None,
        known_words: Iterable[str] = (),
        is_common_word: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.entries: dict[str, GlossaryEntry] = {}
        for entry in builtin:
            self.entries[fold(entry.abbreviation)] = entry
        for abbreviation, meaning in (user or {}).items():
            if abbreviation.strip() and meaning.strip():
                self.entries[fold(abbreviation.strip())] = GlossaryEntry(
                    abbreviation.strip(), meaning.strip(), "sigle", "utilisateur")
        self.known_words = {fold(word) for word in known_words}
        self.is_common_word = is_common_word
        self._token_pattern = _token_pattern(self.entries.values())
        # What a batch's lines say a code means where the glossary knows it only as a thing
        # ("DPE"): used in service fields only, the labels keep the glossary's meaning.
        self._service_readings: dict[str, GlossaryEntry] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def with_user_entries(self, user: Mapping[str, str]) -> Glossary:
        builtin = [e for e in self.entries.values() if e.source == "verdir"]
        return Glossary(builtin, user, self.known_words, self.is_common_word)

    def with_line_readings(self, readings: Mapping[str, str]) -> Glossary:
        """This glossary plus what a batch's own lines say its unknown codes mean
        (``verdir.engine.directions``); such codes are still reported as unknown, for the user
        to confirm in their glossary."""
        glossary = copy.copy(self)
        read = {fold(code): GlossaryEntry(code, meaning, "sigle", "lignes")
                for code, meaning in readings.items()}
        glossary.entries = {**read, **self.entries}  # what the glossaries say comes first
        glossary._service_readings = {key: entry for key, entry in read.items()
                                      if key in self.entries and self.entries[key].is_code_in_service}
        return glossary

    def read_in_service_only(self, code: str) -> bool:
        """Whether the batch's lines read this code in service fields only ("DPE", which labels
        keep as the glossary says)."""
        return fold(code) in self._service_readings

    def line_reading(self, code: str) -> GlossaryEntry | None:
        """What the batch's own lines say this direction code means, if they say it."""
        entry = self._service_readings.get(fold(code)) or self.lookup(code)
        return entry if entry is not None and entry.source == "lignes" else None

    def lookup(self, token: str) -> GlossaryEntry | None:
        return self.entries.get(fold(token).translate(_APOSTROPHES))

    def reading(self, token: str, folded_hints: str) -> str | None:
        """The meaning of an ambiguous acronym that the line's words point at, if one does."""
        scored = sorted(((r.score(folded_hints), r.meaning) for r in load_readings().get(fold(token), ())),
                        reverse=True)
        if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def expand(self, label: str, organisation_only: bool = False, hints: str = "",
               keep: frozenset[str] = frozenset()) -> Expansion:
        """Expand the abbreviations of a text; ``organisation_only`` for service fields.

        ``hints`` (the whole line: label, service, mission) decides ambiguous acronyms; tokens
        in ``keep`` (folded) are left as they are: the line's own direction code ("BIENS
        EQUIPEMENTS DPE" under direction DPE is not a diagnostic de performance énergétique).
        """
        upper_line = is_mostly_upper(label)
        folded_hints = fold(hints)
        used: list[GlossaryEntry] = []
        unknown: list[str] = []

        def meaning_of(token: str, alone: bool = False) -> GlossaryEntry | None:
            """The entry to expand ``token`` with here, its ambiguity resolved, if any;
            ``alone``: a word in capitals alone between separators, like a code."""
            entry = self._entry_for(token, upper_line)
            if organisation_only and token.isupper():
                entry = self._service_readings.get(fold(token), entry)
            if entry is None:
                return None
            if entry.kind == "ambigu":  # in a label or a service field ("PETITE ENFANCE - CC")
                meaning = self.reading(token, folded_hints)
                return None if meaning is None else GlossaryEntry(
                    entry.abbreviation, meaning, "ambigu", entry.source)
            if organisation_only:  # the user's own lines name their departments as they like
                usable = entry.source != "verdir" or entry.names_unit or (
                    entry.kind == "abrev" and not alone)
                return entry if usable else None
            return entry

        def note_unknown(token: str) -> None:
            if self._looks_like_unknown_acronym(token, upper_line) and token not in unknown:
                unknown.append(token)

        def note_used(entry: GlossaryEntry, token: str) -> None:
            # A reading that keeps the word ("TOUR" read "tour" beside a church) expands nothing.
            if entry not in used and fold(entry.meaning) != fold(token):
                used.append(entry)

        def replace(match: re.Match[str]) -> str:
            token = match.group(0)
            if fold(token) in keep:
                note_unknown(token)
                return token
            entry = meaning_of(token, organisation_only and token.isalpha() and token.isupper()
                               and _alone(label, match))
            if entry is None and "/" in token and not organisation_only:
                # "EP/EU", "PC/DP/CU": each part read on its own, in the line's context.
                parts = token.split("/")
                entries = [meaning_of(part) for part in parts]
                for part, part_entry in zip(parts, entries, strict=True):
                    if part_entry is None:
                        note_unknown(part)
                    else:
                        note_used(part_entry, part)
                if not any(entries):
                    return token
                return " / ".join(e.meaning if e else part for part, e in zip(parts, entries, strict=True))
            if entry is not None:
                note_used(entry, token)
                glued = match.end() < len(label) and label[match.end()].isalnum()
                return entry.meaning + " " if glued else entry.meaning  # "N°12" -> "numéro 12"
            if not organisation_only:
                for part in token.split("/"):
                    note_unknown(part)
            return token

        text = self._token_pattern.sub(replace, label)
        return Expansion(text, tuple(used), tuple(unknown))

    def unexplained_codes(self, service: str) -> tuple[str, ...]:
        """The codes of a service field made of nothing else ("DASCO", "DSTI"): the direction
        is unknown to Verdir until the user's glossary says what it is."""
        tokens = [token for token in _TOKEN.findall(service) if any(c.isalpha() for c in token)]
        codes = tuple(dict.fromkeys(token for token in tokens if self._looks_like_unknown_acronym(
            token, upper_line=False, in_service=True)))
        return codes if codes and len(codes) == len(set(tokens)) else ()

    def _entry_for(self, token: str, upper_line: bool) -> GlossaryEntry | None:
        entry = self.lookup(token)
        if entry is None:
            return None
        if not re.fullmatch(_WORD_TOKEN, token):
            return entry  # written with its signs ("Ad'AP", "n°"): no ordinary word looks like it
        if token.isupper() and (len(token) > 1 or upper_line):
            return entry
        # Lower- or mixed-case token: only abbreviated words that are not French words, and
        # ambiguous ones ("Enseignement sup.") whose reading the line's words will choose.
        if entry.kind in ("abrev", "ambigu") and fold(token) not in self.known_words and len(token) > 2:
            return entry
        return None

    def _looks_like_unknown_acronym(self, token: str, upper_line: bool,
                                    in_service: bool = False) -> bool:
        if not token.isalpha() or not token.isupper() or not 2 <= len(token) <= 6:
            return False
        folded = fold(token)
        entry = self.entries.get(folded)
        if folded in self.known_words or _ROMAN.match(token):
            return False
        if entry and entry.source != "lignes" and not (in_service and entry.is_code_in_service):
            return False
        if self.is_common_word(token.lower()):
            return False
        if upper_line:
            # In an all-capitals export every word is in capitals: only short or
            # vowel-less words are taken for acronyms.
            return len(token) <= 4 or not (_VOWELS & set(folded))
        return True


def _token_pattern(entries: Iterable[GlossaryEntry]) -> re.Pattern[str]:
    """Words and slash pairs, and first the entries written with other signs ("AD'AP", "N°",
    "P+R", "REP+", "OPAH-RU"), which would otherwise be cut into pieces."""
    signed = sorted({entry.abbreviation for entry in entries
                     if not re.fullmatch(_WORD_TOKEN, entry.abbreviation)}, key=len, reverse=True)
    if not signed:
        return _TOKEN
    alternatives = "|".join(re.escape(a).replace("'", "['’‘`]") for a in signed)
    # Not inside a word; digits may follow ("N°12").
    return re.compile(rf"(?<![^\W_])(?i:{alternatives})(?![^\W\d_])|{_WORD_TOKEN}", re.UNICODE)


def _alone(text: str, match: re.Match[str]) -> bool:
    """Whether the matched word is the only word between separators ("DEV - ESPACES VERTS")."""
    before = _SEGMENT_BREAK.split(text[:match.start()])[-1]
    after = _SEGMENT_BREAK.split(text[match.end():])[0]
    return not any(c.isalpha() for c in before + after)

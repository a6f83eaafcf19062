"""What a table's own lines say an unknown direction code means.

A budget export often writes its directions as bare codes ("DASCO", "DEVE") that no glossary
knows. The table itself usually says more: a service cell elsewhere names the code ("DEEP -
Espaces verts", "Espaces verts (DEEP)"), or most rows of that direction carry the same mission
("AFFAIRES SCOLAIRES"). The engine reads such a code from the rest of its batch, and the
add-in's Glossaire sheet proposes the same reading for the user to confirm.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from verdir.engine.text import clean_spaces, fold

_CODE_THEN_NAME = re.compile(r"^([^\W\d_]{2,8})\s*[-–:]\s*(.+)$")  # "DEEP - Espaces verts"
_NAME_THEN_CODE = re.compile(r"^(.+?)\s*\(([^\W\d_]{2,8})\)$")  # "Espaces verts (DEEP)"
SHARED_MISSION_SERVICES = 3  # a mission found under this many services is an envelope that
# several directions share ("SUBVENTIONS D'EQUIPEMENT", "BUDGET PARTICIPATIF", "ETUDES"), not
# what one of them does


def direction_readings(acronyms: Iterable[str], services: Sequence[str | None],
                       missions: Sequence[str | None]) -> dict[str, str]:
    """Each acronym's meaning as the table says it: the name written beside it in a service cell,
    else the mission of the rows whose service is only that acronym (DASCO rows under "AFFAIRES
    SCOLAIRES", on two rows or more). Only a reading held by more than half of the acronym's rows
    is given."""
    wanted = {fold(acronym): acronym for acronym in acronyms}
    named: dict[str, Counter[str]] = {key: Counter() for key in wanted}
    by_mission: dict[str, Counter[str]] = {key: Counter() for key in wanted}
    services_of_mission: dict[str, set[str]] = defaultdict(set)
    for service, mission in zip(services, missions, strict=True):
        text = clean_spaces(service or "")
        mission_text = clean_spaces(mission or "")
        if text and mission_text:
            services_of_mission[fold(mission_text)].add(fold(text))
        before = _CODE_THEN_NAME.match(text)
        after = _NAME_THEN_CODE.match(text)
        if before and fold(before.group(1)) in named:
            named[fold(before.group(1))][clean_spaces(before.group(2))] += 1
        elif after and fold(after.group(2)) in named:
            named[fold(after.group(2))][clean_spaces(after.group(1))] += 1
        elif fold(text) in by_mission:
            by_mission[fold(text)][mission_text] += 1
    readings: dict[str, str] = {}
    for key, acronym in wanted.items():
        candidates = named[key] or by_mission[key]
        reading, count = candidates.most_common(1)[0] if candidates else ("", 0)
        # A mission is a reading only for a code on several rows (one row's mission is already
        # that row's context) and only if other directions do not share it.
        weak_mission = not named[key] and (
            sum(candidates.values()) < 2
            or len(services_of_mission[fold(reading)]) >= SHARED_MISSION_SERVICES)
        if reading and 2 * count > sum(candidates.values()) and not weak_mission:
            readings[acronym] = reading
    return readings


@lru_cache(maxsize=16)
def code_pattern(codes: frozenset[str]) -> re.Pattern[str]:
    """Finds these codes as whole words, in any case."""
    alternatives = "|".join(re.escape(code) for code in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def readings_used(readings: Mapping[str, str], *texts: str | None) -> list[tuple[str, str]]:
    """The readings of the codes these texts (a line's service and label) contain."""
    if not readings:
        return []
    pattern = code_pattern(frozenset(readings))
    found = {fold(word) for text in texts for word in pattern.findall(text or "")}
    return sorted((code, meaning) for code, meaning in readings.items() if fold(code) in found)

"""ODD distributions: parsing, validation and rounding to the codebook's format.

A distribution maps goals (1-17) to whole percentages in steps of 5 that sum to exactly 100,
with at most three goals, listed largest first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

N_GOALS = 17
STEP = 5
MAX_GOALS = 3


class InvalidShares(ValueError):
    """A distribution that does not follow the codebook (message in French)."""


def parse_shares(text: str) -> dict[int, int]:
    """'4:85;11:15' -> {4: 85, 11: 15} (validated)."""
    shares: dict[int, int] = {}
    for part in str(text).replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        goal_text, _, value_text = part.partition(":")
        try:
            goal, value = int(goal_text), int(value_text)
        except ValueError as error:
            raise InvalidShares(f"« {part} » n'est pas de la forme ODD:pourcentage") from error
        shares[goal] = shares.get(goal, 0) + value
    return validate_shares(shares)


def validate_shares(shares: Mapping[object, object], step: int = 1) -> dict[int, int]:
    """Check goals 1-17, positive whole percentages summing to 100; return them sorted."""
    clean: dict[int, int] = {}
    for goal, value in shares.items():
        try:
            goal_number = int(str(goal).strip())
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError) as error:
            raise InvalidShares(f"ODD « {goal} » : valeur « {value} » non numérique") from error
        if not 1 <= goal_number <= N_GOALS:
            raise InvalidShares(f"« {goal} » n'est pas un ODD (1 à 17)")
        if number != int(number) or number < 0:
            raise InvalidShares(f"ODD {goal_number} : {value} n'est pas un pourcentage entier positif")
        if int(number) % step:
            raise InvalidShares(f"ODD {goal_number} : {value} n'est pas un multiple de {step}")
        if number:
            clean[goal_number] = clean.get(goal_number, 0) + int(number)
    total = sum(clean.values())
    if total != 100:
        raise InvalidShares(f"les pourcentages font {total} au lieu de 100")
    return dict(sorted(clean.items(), key=lambda item: (-item[1], item[0])))


def format_shares(shares: Mapping[int, int]) -> str:
    return ";".join(f"{goal}:{value}" for goal, value in shares.items())


def to_vector(shares: Mapping[int, int]) -> np.ndarray:
    vector = np.zeros(N_GOALS, dtype=np.float32)
    for goal, value in shares.items():
        vector[goal - 1] = value / 100.0
    return vector


def round_percentages(weights: np.ndarray, main: int | None = None, max_parts: int = MAX_GOALS,
                      min_share: float = 0.10) -> dict[int, int]:
    """0-based indexes -> whole percentages for any number of axes, following the codebook.

    Keeps at most ``max_parts`` indexes whose weight is at least ``min_share`` of the total (the
    main one always; default: the heaviest), rounds to steps of 5 with the largest-remainder
    method and guarantees that the main index keeps the largest share. Largest first.
    """
    # Plain Python on the few kept values: numpy's per-call overhead dominated on 17 numbers.
    values = np.clip(np.asarray(weights, dtype=np.float64).ravel(), 0.0, None)
    if main is None:
        main = int(np.argmax(values))
    total = float(values.sum())
    if total <= 0:
        return {main: 100}
    shares = (values / total).tolist()
    order = [main] + [i for i in sorted(range(len(shares)), key=lambda i: -shares[i]) if i != main]
    kept = [i for i in order[:max_parts] if i == main or shares[i] >= min_share]
    kept_total = sum(shares[i] for i in kept)
    if kept_total <= 0:  # a chosen main with no weight, and nothing else large enough
        return {main: 100}
    units = 100 // STEP
    raw = [shares[i] / kept_total * units for i in kept]
    floors = [math.floor(value) for value in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: floors[i] - raw[i])
    for index in by_remainder[: units - sum(floors)]:
        floors[index] += 1
    # The main index keeps the largest share: move units to it when rounding broke the order.
    for index in range(1, len(floors)):
        while floors[index] > floors[0]:
            floors[index] -= 1
            floors[0] += 1
    result = {kept[i]: floors[i] * STEP for i in range(len(kept)) if floors[i] > 0}
    return dict(sorted(result.items(), key=lambda item: (-item[1], item[0] != main, item[0])))


def round_shares(weights: np.ndarray, main: int | None = None, min_share: float = 0.10) -> dict[int, int]:
    """Weights over the 17 goals -> a codebook distribution {goal: percentage} (see above)."""
    vector = np.asarray(weights, dtype=np.float64).reshape(N_GOALS)
    rounded = round_percentages(vector, None if main is None else main - 1, min_share=min_share)
    return {index + 1: share for index, share in rounded.items()}

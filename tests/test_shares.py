"""Output invariants of ODD distributions (property-based)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from verdir.engine.shares import InvalidShares, format_shares, parse_shares, round_shares, validate_shares

weights_strategy = st.lists(st.floats(min_value=0, max_value=10, allow_nan=False), min_size=17,
                            max_size=17)


@settings(max_examples=400, deadline=None)
@given(weights_strategy, st.one_of(st.none(), st.integers(min_value=1, max_value=17)))
@example([1.0] * 16 + [0.0], 17)  # the chosen main has no weight and no other goal is kept
def test_rounded_shares_follow_the_codebook(weights, main):
    shares = round_shares(np.array(weights), main)
    assert 1 <= len(shares) <= 3
    assert sum(shares.values()) == 100
    assert all(value % 5 == 0 and value > 0 for value in shares.values())
    assert all(type(goal) is int and 1 <= goal <= 17 for goal in shares)
    values = list(shares.values())
    assert values == sorted(values, reverse=True)
    expected_main = main if main is not None else int(np.argmax(weights)) + 1
    if sum(weights) > 0 or main is not None:
        assert next(iter(shares)) == expected_main
        assert shares[expected_main] == max(values)


def test_rounding_keeps_typical_splits():
    weights = np.zeros(17)
    weights[3], weights[10] = 0.86, 0.14
    assert round_shares(weights) == {4: 85, 11: 15}
    weights[6] = 0.86
    weights[10] = 0.0
    assert round_shares(weights, main=4) == {4: 50, 7: 50}


def test_small_goals_are_dropped():
    weights = np.full(17, 0.01)
    weights[0] = 0.9
    assert round_shares(weights) == {1: 100}


@pytest.mark.parametrize("text, expected", [
    ("4:85;11:15", {4: 85, 11: 15}),
    ("11:15;4:85", {4: 85, 11: 15}),
    (" 16:100 ", {16: 100}),
])
def test_parse_and_format(text, expected):
    assert parse_shares(text) == expected
    assert list(parse_shares(text)) == list(expected)
    assert parse_shares(format_shares(expected)) == expected


@pytest.mark.parametrize("bad", ["4:85;11:10", "18:100", "0:100", "4:x", "4:-20;5:120", "4:50.5;5:49.5"])
def test_invalid_distributions_are_refused_in_french(bad):
    with pytest.raises(InvalidShares) as error:
        parse_shares(bad)
    assert any(word in str(error.value) for word in ("ODD", "pourcentage", "100", "forme"))


def test_validate_accepts_string_keys_from_json():
    assert validate_shares({"4": 85, "11": 15}) == {4: 85, 11: 15}

"""Reading numbers the way French budget exports write them, and writing them back in French.

Standard library only: the report, the annex table and the Excel add-in (where a button press
must stay light) all read cells with it.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY = re.compile(r"(€|eur(?:os?)?)", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def is_blank(value: object) -> bool:
    """True for None, NaN and strings holding only spaces."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(value != value)  # pandas NA / NaT and numpy NaN
    except (TypeError, ValueError):
        return False


def parse_number(value: object) -> float | None:
    """A number from a cell, or None when the cell is empty or not a number.

    Accepts numbers and text as French exports write it: "1 234,56 €", "1.234,56",
    "1,234.56", "-2 500", "(2 500,00)" and "2 500,00-" (both negative), "12,5 %".
    A single dot followed by exactly three digits ("1.234") is a thousands separator.
    """
    if is_blank(value) or isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        number = float(value)
        return None if math.isnan(number) or math.isinf(number) else number
    if hasattr(value, "__float__") and not isinstance(value, str):
        try:
            return parse_number(float(value))  # numpy scalars
        except (TypeError, ValueError):
            return None
    text = _CURRENCY.sub("", str(value)).replace("%", "").replace("\u2212", "-")
    text = _SPACES.sub("", text)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.endswith("-") and not text.startswith("-"):
        negative, text = True, text[:-1]
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif "," in text:
        text = text.replace(",", "") if text.count(",") > 1 else text.replace(",", ".")
    elif text.count(".") > 1 or _THOUSANDS_DOT.fullmatch(text.lstrip("+-")):
        text = text.replace(".", "")
    if not _NUMBER.fullmatch(text):
        return None
    number = float(text)
    return -number if negative else number


def format_number(value: float, decimals: int = 0) -> str:
    """French grouping: 1234567.8 -> '1 234 568' (narrow no-break spaces)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",").replace("-", "−")


def format_euros(value: float, decimals: int = 0) -> str:
    return f"{format_number(value, decimals)}\u00a0€"


def format_compact_euros(value: float) -> str:
    """Short amounts for chart labels: '12,3 M€', '450 k€', '980 €'."""
    size = abs(value)
    if size >= 1e6:
        return f"{format_number(value / 1e6, 1)}\u00a0M€"
    if size >= 1e4:
        return f"{format_number(value / 1e3, 0)}\u00a0k€"
    return format_euros(value)


def format_share(share: float, decimals: int = 1) -> str:
    """0.1234 -> '12,3 %'."""
    return f"{format_number(share * 100, decimals)}\u00a0%"

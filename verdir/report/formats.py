"""Excel number formats of the dashboard, shared by the openpyxl sheet and the add-in's sheet."""

from __future__ import annotations

from .figures import UNIT_EUROS
from .tables import AMOUNT, COUNT, EUROS, PERCENT, SHARE

EUROS_FORMAT = '#,##0 "€";[Red]-#,##0 "€";"–"'
EUROS_CENTS_FORMAT = '#,##0.00 "€";[Red]-#,##0.00 "€"'
LINES_FORMAT = '#,##0.0;[Red]-#,##0.0;"–"'


def number_format(kind: str, unit: str) -> str | None:
    """The cell format of a column kind (see verdir.report.tables); None for text (renderers
    that write through Excel, like the add-in, format text columns as text, "@")."""
    if kind == AMOUNT:
        return EUROS_FORMAT if unit == UNIT_EUROS else LINES_FORMAT
    return {EUROS: EUROS_CENTS_FORMAT, SHARE: "0.0%", PERCENT: "0", COUNT: "0"}.get(kind)


def axis_format(unit: str, largest: float) -> str:
    """The value axis format of a chart whose largest bar (or stack) is ``largest``."""
    if unit != UNIT_EUROS:
        return "#,##0"
    if largest >= 2e6:
        return '#,##0.0,, "M€"'
    if largest >= 2e4:
        return '#,##0, "k€"'
    return '#,##0 "€"'

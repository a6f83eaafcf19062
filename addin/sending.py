"""Rows to the local service a chunk at a time, as every button that sends rows does it.

The status bar counts the rows done, and a line the service refuses is named by its row in the
sheet, not by its place in the request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from verdir.addin import logic
from verdir.addin.client import ServiceError
from verdir.addin.workbook import Workbook

T = TypeVar("T")


def blame(error: ServiceError, sheet_rows: Sequence[int]) -> ServiceError:
    """Name the sheet row when the service blamed a line of the request."""
    line = error.request_line
    if line is not None and 1 <= line <= len(sheet_rows):
        return ServiceError(f"{error} C'est la ligne {sheet_rows[line - 1]} de la feuille.", line)
    return error


def row_of_pairs(chunk: Sequence[tuple[int, Any]]) -> list[int]:
    """The sheet rows of ``(row, payload)`` pairs."""
    return [row for row, _ in chunk]


def answered_chunks(book: Workbook, items: Sequence[T], ask: Callable[[Sequence[T]], Any],
                    rows_of: Callable[[Sequence[T]], list[int]]) -> Iterator[tuple[Sequence[T], Any]]:
    """Each chunk of ``items`` with the service's answer to ``ask(chunk)``, one after the other."""
    total, done = len(items), 0
    for chunk in logic.chunked(items):
        book.set_status(logic.progress_text(done, total))
        try:
            answer = ask(chunk)
        except ServiceError as error:
            raise blame(error, rows_of(chunk)) from error
        yield chunk, answer
        done += len(chunk)
        book.set_status(logic.progress_text(done, total))

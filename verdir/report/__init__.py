"""Verdir's ODD dashboard: figures from a classified table, as an Excel sheet or an HTML report.

``compute_figures`` is the single computation; ``write_dashboard`` / ``write_report_workbook``
/ ``add_dashboard_to_copy`` (openpyxl) and ``render_html`` / ``write_html`` draw it. The
service answers the add-in with ``serialise.dashboard_json`` (``dashboard_tables`` as JSON),
which the add-in draws with xlwings: the same sheet, without pandas in Excel.
"""

from .figures import DashboardFigures, compute_figures
from .html import render_html, write_html
from .table import DASHBOARD_SHEET, ReportInputError, load_table
from .tables import FigureTable, dashboard_tables
from .xlsx import add_dashboard_to_copy, write_dashboard, write_report_workbook

__all__ = [
    "DASHBOARD_SHEET",
    "DashboardFigures",
    "FigureTable",
    "ReportInputError",
    "add_dashboard_to_copy",
    "compute_figures",
    "dashboard_tables",
    "load_table",
    "render_html",
    "write_dashboard",
    "write_html",
    "write_report_workbook",
]

"""Earnings per day or per week as stacked bars: confirmed by statements, and the
worker's own count for work not reviewed yet (QtCharts, from PySide6-Addons)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from . import fmt
from .pay_models import period_name

BARS = {"day": 14, "week": 12}  # how many periods the chart shows, the latest ones


def main_currency(items) -> str:
    counts = Counter(i.currency for i in items if i.currency)
    return counts.most_common(1)[0][0] if counts else ""


class PayChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(QChart())
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.groups, self.by, self.currency = [], "day", ""

    def show_groups(self, groups, *, by: str, currency: str) -> None:
        """`groups`: ledger Groups by day or week, newest first."""
        self.groups, self.by, self.currency = list(groups), by, currency
        self.redraw()

    def redraw(self) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        shown = [g for g in self.groups if g.key][: BARS.get(self.by, 14)][::-1]
        confirmed = QBarSet(self.tr("Confirmed by your statements"))
        claimed = QBarSet(self.tr("Waiting for review (your own count)"))
        confirmed.setColor(QColor("#2e7d32"))
        claimed.setColor(QColor("#9e9e9e"))
        top = Decimal(0)
        for g in shown:
            a = g.confirmed.get(self.currency, Decimal(0))
            b = g.claimed.get(self.currency, Decimal(0))
            confirmed.append(float(a))  # drawing only: the figures stay Decimal elsewhere
            claimed.append(float(b))
            top = max(top, a + b)
        series = QStackedBarSeries()
        series.append(confirmed)
        series.append(claimed)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._label(g) for g in shown])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, float(top) * 1.1 if top > 0 else 1)
        values.setLabelFormat("%.0f")
        values.setTitleText(self.currency)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        if self.by == "week":
            title = self.tr("Earnings per week, in %1")
        else:
            title = self.tr("Earnings per day, in %1")
        chart.setTitle(title.replace("%1", self.currency) if self.currency else "")
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    def _label(self, group) -> str:
        if self.by == "week":
            return period_name(group.key, group.start, "week")
        return fmt.date(group.start) if group.start else group.key

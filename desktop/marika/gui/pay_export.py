"""Records the worker keeps: the pay ledger or one statement as CSV and as PDF, in the
interface language, naming the office, the worker, the period, the items and totals.

CSV: a few heading rows (office, worker, period, exported), a blank row, then one row
an item (or statement line) with amounts as plain decimals ("125.50") so a spreadsheet
or `read_csv` gets them back exactly; totals last. PDF: written by `gui/pdf.py`, the
heading and totals as QTextDocument blocks, the table painted row by row (`_Pages`).
Both are written atomically; call them off the GUI
thread (TaskManager.run_io).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from marika_sync.fsutil import atomic_write

from . import fmt, pdf
from .pay_models import (
    amounts,
    decision_name,
    item_amount,
    item_note,
    item_problem,
    item_status,
    reason_text,
    status_name,
    work_name,
)


@dataclass(frozen=True)
class Record:
    """What an export holds: a title, heading facts, column names, rows and totals."""

    title: str
    facts: list[tuple[str, str]]
    header: list[str]
    rows: list[list[str]]  # CSV cells
    pdf_header: list[str]
    pdf_rows: list[list[str]]  # formatted cells, for people
    totals: list[tuple[str, str]]


def _period(items) -> str:
    moments = [i.saved_at for i in items if i.saved_at]
    if not moments:
        return QCoreApplication.translate("PayExport", "no dated work")
    return (
        QCoreApplication.translate("PayExport", "%1 to %2")
        .replace("%1", fmt.date(min(moments), long=True))
        .replace("%2", fmt.date(max(moments), long=True))
    )


def _facts(pay, period: str, *, issued: bool = False) -> list[tuple[str, str]]:
    office = pay.office or QCoreApplication.translate("PayExport", "(no name set)")
    facts = [
        (QCoreApplication.translate("PayExport", "Office"), office),
        (QCoreApplication.translate("PayExport", "Worker"), pay.profile_name),
        (QCoreApplication.translate("PayExport", "Issued") if issued
         else QCoreApplication.translate("PayExport", "Period"), period),
        (QCoreApplication.translate("PayExport", "Exported"), fmt.date_time(
            dt.datetime.now().timestamp())),
    ]
    if pay.signer is not None:
        facts.append((QCoreApplication.translate("PayExport", "Statements signed by"),
                      f"{pay.signer.server_url} ({pay.signer.server_key})"))
    return facts


def split_totals(summary) -> list[tuple[str, str]]:
    """The summary's figures as (label, amount) pairs, one currency after another."""
    rows = []
    for s in summary.splits:
        rows += [
            (QCoreApplication.translate("PayExport", "Accepted, not yet paid (%1)").replace(
                "%1", s.currency), fmt.money(s.accepted, s.currency)),
            (QCoreApplication.translate("PayExport", "Paid (%1)").replace("%1", s.currency),
             fmt.money(s.paid, s.currency)),
            (QCoreApplication.translate(
                "PayExport", "Waiting for review, your own count (%1)").replace(
                "%1", s.currency), fmt.money(s.waiting, s.currency)),
            (QCoreApplication.translate("PayExport", "Rejected items (%1)").replace(
                "%1", s.currency), fmt.number(s.rejected_items)),
        ]
        if s.part_paid_items:
            rows.append((QCoreApplication.translate("PayExport", "Part paid items (%1)")
                         .replace("%1", s.currency), fmt.number(s.part_paid_items)))
        if s.unreadable_items:
            rows.append((QCoreApplication.translate(
                "PayExport", "Items unreadable on this PC (%1)").replace("%1", s.currency),
                fmt.number(s.unreadable_items)))
    if summary.balance:
        rows.append((QCoreApplication.translate("PayExport", "Balance on your statements"),
                     amounts(summary.balance)))
    return rows


@dataclass(frozen=True)
class _Field:
    """One column of an export: its name, its CSV cell (plain, for programs) and, where
    the PDF shows it, its place there and its PDF cell (formatted, for people)."""

    header: str
    csv: Callable[[object], str]
    pdf_at: int | None = None  # the PDF's last column takes the width the others leave
    pdf: Callable[[object], str] | None = None  # the CSV cell where None


def _table(fields: list[_Field], things) -> tuple[list[str], list[list[str]], list[str],
                                                  list[list[str]]]:
    """(header, CSV rows, PDF header, PDF rows) of `things`, one row each."""
    in_pdf = sorted((f for f in fields if f.pdf_at is not None), key=lambda f: f.pdf_at)
    cells = [f.pdf or f.csv for f in in_pdf]
    return ([f.header for f in fields], [[f.csv(x) for f in fields] for x in things],
            [f.header for f in in_pdf], [[cell(x) for cell in cells] for x in things])


def ledger_record(pay, items) -> Record:
    """The ledger (the rows shown, after the screen's filter)."""
    from marika.core import ledger

    items = list(items)
    yes = QCoreApplication.translate("PayExport", "yes")
    no = QCoreApplication.translate("PayExport", "no")
    fields = [
        _Field(QCoreApplication.translate("PayExport", "Date"),
               lambda i: dt.datetime.fromtimestamp(i.saved_at).isoformat(timespec="seconds")
               if i.saved_at else "",
               0, lambda i: fmt.date(i.saved_at) if i.saved_at else ""),
        _Field(QCoreApplication.translate("PayExport", "Package id"), lambda i: i.package_id),
        _Field(QCoreApplication.translate("PayExport", "Package"),
               lambda i: fmt.pick(i.title, i.package_id), 1),
        _Field(QCoreApplication.translate("PayExport", "Client"),
               lambda i: fmt.pick(i.client, "")),
        _Field(QCoreApplication.translate("PayExport", "Item"), lambda i: i.item_key, 2),
        _Field(QCoreApplication.translate("PayExport", "Work"), lambda i: work_name(i.work)),
        _Field(QCoreApplication.translate("PayExport", "Active seconds"),
               lambda i: str(i.active_ms // 1000)),
        _Field(QCoreApplication.translate("PayExport", "Rate"), lambda i: str(i.rate)),
        _Field(QCoreApplication.translate("PayExport", "Currency"), lambda i: i.currency),
        _Field(QCoreApplication.translate("PayExport", "Amount"), lambda i: str(i.amount),
               4, item_amount),
        _Field(QCoreApplication.translate("PayExport", "Confirmed by a statement"),
               lambda i: yes if i.confirmed else no),
        _Field(QCoreApplication.translate("PayExport", "Status"),
               lambda i: status_name(i.status), 3, item_status),
        _Field(QCoreApplication.translate("PayExport", "Reviewer's reason"),
               lambda i: i.reason, 6, item_note),
        _Field(QCoreApplication.translate("PayExport", "Statement"),
               lambda i: str(i.statement_seq or ""),
               5, lambda i: fmt.number(i.statement_seq) if i.statement_seq else ""),
        _Field(QCoreApplication.translate("PayExport", "Paid out"),
               lambda i: str(i.paid) if i.confirmed else ""),
        _Field(QCoreApplication.translate("PayExport", "Still owed"),
               lambda i: str(i.owed) if i.confirmed else ""),
        _Field(QCoreApplication.translate("PayExport", "Problem on this PC"), item_problem),
    ]
    header, rows, pdf_header, pdf_rows = _table(fields, items)
    summary = ledger.summarise(items, [])  # totals of these rows only
    totals = [(QCoreApplication.translate("PayExport", "Items"), fmt.number(len(items)))]
    totals += split_totals(summary)
    if pay.summary.balance:
        totals.append((QCoreApplication.translate("PayExport", "Balance on your statements"),
                       amounts(pay.summary.balance)))
    title = QCoreApplication.translate("PayExport", "Pay record of %1").replace(
        "%1", pay.profile_name)
    return Record(title, _facts(pay, _period(items)), header, rows, pdf_header, pdf_rows,
                  totals)


def statement_record(pay, view) -> Record:
    reversal = QCoreApplication.translate("PayExport", "Reversal")

    def decision(x) -> str:
        return reversal if x.reversal else decision_name(x.decision)

    fields = [
        _Field(QCoreApplication.translate("PayExport", "Package id"), lambda x: x.package_id,
               0),
        _Field(QCoreApplication.translate("PayExport", "Item"), lambda x: x.item_key, 1),
        _Field(QCoreApplication.translate("PayExport", "Work"), lambda x: work_name(x.work),
               2),
        _Field(QCoreApplication.translate("PayExport", "Decision"), decision, 3),
        _Field(QCoreApplication.translate("PayExport", "Reviewer's reason"),
               lambda x: x.reason, 4, lambda x: reason_text(x.reason)),
        _Field(QCoreApplication.translate("PayExport", "Rate"), lambda x: str(x.rate),
               5, lambda x: fmt.money(x.rate, x.currency)),
        # not in the PDF: the currency is in each amount there
        _Field(QCoreApplication.translate("PayExport", "Currency"), lambda x: x.currency),
        _Field(QCoreApplication.translate("PayExport", "Amount"), lambda x: str(x.amount),
               6, lambda x: fmt.money(x.amount, x.currency)),
        _Field(QCoreApplication.translate("PayExport", "Balance"), lambda x: str(x.balance),
               7, lambda x: fmt.money(x.balance, x.currency)),
    ]
    header, rows, pdf_header, pdf_rows = _table(fields, view.lines)
    title = QCoreApplication.translate("PayExport", "Pay statement no. %1").replace(
        "%1", fmt.number(view.seq))
    facts = _facts(pay, fmt.date_time(view.issued_at), issued=True)
    facts.append((QCoreApplication.translate("PayExport", "Statement id"), view.statement_id))
    totals = [
        (QCoreApplication.translate("PayExport", "Balance before"), amounts(view.opening)),
        (QCoreApplication.translate("PayExport", "Total of this statement"),
         amounts(view.totals)),
        *((QCoreApplication.translate("PayExport", "Paid out (%1)").replace(
            "%1", p.reference or fmt.date(p.paid_at)), fmt.money(p.amount, p.currency))
          for p in view.payments),
        (QCoreApplication.translate("PayExport", "Balance after"), amounts(view.closing)),
    ]
    return Record(title, facts, header, rows, pdf_header, pdf_rows, totals)


# ---------------------------------------------------------------- CSV

def write_csv(path: Path | str, record: Record) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([record.title])
    writer.writerows([list(f) for f in record.facts])
    writer.writerow([])
    writer.writerow(record.header)
    writer.writerows(record.rows)
    writer.writerow([])
    writer.writerows([list(t) for t in record.totals])
    # A byte-order mark so spreadsheet programs read Malagasy and French letters right.
    atomic_write(path, ("\ufeff" + out.getvalue()).encode("utf-8"), mode=0o644)


def read_csv(path: Path | str) -> tuple[list[list[str]], list[str], list[list[str]]]:
    """(heading rows, column names, rows) of a file written by `write_csv`."""
    text = Path(path).read_text("utf-8-sig")
    blocks, current = [], []
    for row in csv.reader(io.StringIO(text)):
        if not row:
            blocks.append(current)
            current = []
        else:
            current.append(row)
    blocks.append(current)
    heading, table = blocks[0], blocks[1] if len(blocks) > 1 else []
    return heading, (table[0] if table else []), table[1:]


# ---------------------------------------------------------------- PDF

def _facts_html(record: Record) -> str:
    esc = html.escape
    facts = "".join(f"<tr><td><b>{esc(k)}</b>&nbsp;&nbsp;</td><td>{esc(v)}</td></tr>"
                    for k, v in record.facts)
    return f"<h2>{esc(record.title)}</h2><table cellspacing='0' cellpadding='1'>{facts}</table>"


def _totals_html(record: Record) -> str:
    esc = html.escape
    rows = "".join(f"<tr><td><b>{esc(k)}</b>&nbsp;&nbsp;</td><td align='right'>{esc(v)}</td></tr>"
                   for k, v in record.totals)
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


class _Pages:
    """Paints a record on a QPdfWriter page after page: the heading and totals as small
    rich-text blocks (QTextDocument), the table row by row with QPainter, so 100,000
    rows take a time in proportion (a QTextDocument table of 10,000 rows takes minutes)."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        self.font = QFont()
        self.font.setPointSizeF(8)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font, writer)
        self.pad = max(2, self.metrics.height() // 4)
        self.width = writer.width()
        self.bottom = writer.height() - self.metrics.height() * 2  # room for the page number
        self.y, self.page = 0, 1

    def new_page(self) -> None:
        self._number()
        self.writer.newPage()
        self.y, self.page = 0, self.page + 1

    def _number(self) -> None:
        self.painter.setFont(self.font)
        self.painter.drawText(QRect(0, self.bottom, self.width, self.metrics.height() * 2),
                              Qt.AlignmentFlag.AlignCenter, str(self.page))

    def block(self, rich: str) -> None:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDefaultFont(self.font)
        document.setHtml(rich)
        document.setTextWidth(self.width)
        height = int(document.size().height())
        if self.y + height > self.bottom and self.y > 0:
            self.new_page()
        self.painter.save()
        self.painter.translate(0, self.y)
        document.drawContents(self.painter)
        self.painter.restore()
        self.y += height + self.metrics.height()

    def widths(self, header: list[str], rows: list[list[str]]) -> list[int]:
        """Each column as wide as its text (from the first rows), scaled to the page but
        never narrower than its longest word; the last column (a reason) takes what is
        left."""
        bold = QFontMetrics(self.bold, self.writer)
        sample = rows[:300]
        natural = [max([bold.horizontalAdvance(header[c])]
                       + [self.metrics.horizontalAdvance(r[c]) for r in sample])
                   + 2 * self.pad + 1 for c in range(len(header))]
        total = sum(natural)
        if total > self.width:
            def word(metrics: QFontMetrics, text: str) -> int:
                return max((metrics.horizontalAdvance(w) for w in text.split()), default=0)

            floor = [max([word(bold, header[c])] + [word(self.metrics, r[c]) for r in sample])
                     + 2 * self.pad + 1 for c in range(len(header))]
            # Short columns (dates, keys, numbers) keep their width; the long ones wrap,
            # sharing the room by their length up to 40 % of the page (one long reason
            # must not squeeze the status and amount to a word a line).
            short = [n <= self.width * 0.12 for n in natural]
            kept = sum(n for n, s in zip(natural, short, strict=True) if s)
            room = max(self.width - kept, self.width // 3)
            natural = [n if s else min(n, self.width * 2 // 5)
                       for n, s in zip(natural, short, strict=True)]
            flexible = max(1, sum(natural) - kept)
            natural = [n if s else max(self.metrics.height() * 3, f, n * room // flexible)
                       for n, f, s in zip(natural, floor, short, strict=True)]
        natural[-1] = max(self.metrics.height() * 3, natural[-1] + self.width - sum(natural))
        return natural

    def row(self, cells: list[str], widths: list[int], *, header: bool = False) -> int:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        metrics = QFontMetrics(self.bold if header else self.font, self.writer)
        height = max(metrics.boundingRect(QRect(0, 0, max(1, w - 2 * self.pad), 10**6), flags,
                                          text).height() for w, text in zip(widths, cells,
                                                                          strict=True))
        return height + 2 * self.pad

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        widths = self.widths(header, rows)
        head_height = self.row(header, widths, header=True)
        self._draw(header, widths, head_height, header=True)
        for cells in rows:
            height = self.row(cells, widths)
            if self.y + height > self.bottom:
                self.new_page()
                self._draw(header, widths, head_height, header=True)
            self._draw(cells, widths, height)
        self.y += self.metrics.height()

    def _draw(self, cells: list[str], widths: list[int], height: int, *,
              header: bool = False) -> None:
        painter = self.painter
        if header:
            painter.fillRect(QRect(0, self.y, self.width, height), QColor("#e8e8e8"))
        painter.setFont(self.bold if header else self.font)
        x = 0
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        for width, text in zip(widths, cells, strict=True):
            painter.drawText(QRect(x + self.pad, self.y + self.pad, width - 2 * self.pad,
                                   height - 2 * self.pad), flags, text)
            x += width
        painter.setPen(QColor("#b0b0b0"))
        painter.drawLine(0, self.y + height, self.width, self.y + height)
        painter.setPen(QColor("black"))
        self.y += height

    def finish(self) -> None:
        self._number()


def write_pdf(path: Path | str, record: Record) -> None:
    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            pages = _Pages(writer, painter)
            pages.block(_facts_html(record))
            pages.table(record.pdf_header, record.pdf_rows)
            pages.block(_totals_html(record))
            pages.finish()
        finally:
            painter.end()

    pdf.write(path, draw, title=record.title, margins_mm=12, resolution=150)

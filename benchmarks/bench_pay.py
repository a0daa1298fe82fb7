"""My pay at 100,000 items (issue 9): opening the pay screen, and reading the ledger.

- pay_screen_open: `PayScreen.show_ledger` with N pay items until the window is
  painted (the real screen and its `RowsModel`); floor: a bare `QTableView` over a
  minimal `QAbstractTableModel` with the same rows and columns, reset and painted, in
  the same run. Medians over alternating runs.
- pay_ledger_build: the pure ledger (`build_items`, `reconcile`, `summarise`,
  `statement_views`) for N items of which half are on 20 signed statements; floor:
  building N plain tuples of the same fields. It runs on the database thread after
  the work is decrypted, never on the GUI thread.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from decimal import Decimal

from .bench_gui import app, wait
from .common import Row, median, ms, pick

SCREEN = (1366, 740)


@dataclass
class _Statement:
    seq: int
    items: list
    issued_at: float
    statement_id: str = ""
    prev_sha256: str = ""
    sha256: str = ""
    totals: dict = field(default_factory=dict)


def ledger_inputs(n: int):
    from marika.core.ledger import PackageInfo, Work
    from marika_sync.statements import StatementLine

    rate = Decimal("25")
    t0 = time.time() - n * 30
    packages = {"p": PackageInfo("p", 1, {"en": "Film reviews"}, {"en": "Example Lab"},
                                 rate, "MGA", 1)}
    work = [Work("p", f"i{k:06d}", k % 13 != 0, t0 + k * 30, 40_000, f"b{k // 500}",
                 t0 + n * 30) for k in range(n)]
    statements, per = [], max(1, n // 40)
    for seq in range(1, 21):
        lines = []
        for k in range((seq - 1) * per, seq * per):
            rejected = k % 17 == 0
            done = k % 13 != 0
            lines.append(StatementLine(f"b{k // 500}", "p", 1, f"i{k:06d}",
                                       "done" if done else "skipped",
                                       "rejected" if rejected else "accepted",
                                       "Blurry" if rejected else "", rate, "MGA",
                                       rate if done and not rejected else Decimal(0)))
        statements.append(_Statement(seq, lines, t0 + n * 31 + seq,
                                     totals={"MGA": sum((x.amount for x in lines),
                                                        Decimal(0))}))
    return packages, work, statements


def build_ledger(packages, work, statements):
    from marika.core import ledger
    from marika.earnings import PayLedger

    items, diffs, views, summary = ledger.compute(work=work, packages=packages,
                                                  statements=statements)
    return PayLedger(tuple(items), summary, tuple(views), tuple(diffs), packages, {}, (),
                     None, "Office", "Rasoa")


def bare_view(rows: int, columns: int):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        def __init__(self):
            super().__init__()
            self.items = []

        def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return 0 if parent.isValid() else len(self.items)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                item = self.items[index.row()]
                return f"{item.item_key} {item.amount}"
            return None

        def reset(self, items):
            self.beginResetModel()
            self.items = list(items)
            self.endResetModel()

    view, model = QTableView(), Bare()
    view.setModel(model)
    view.resize(*SCREEN)
    return view, model


def pay_screen(scale: str) -> list[Row]:
    from marika.gui.pay_screen import PayScreen
    from marika.gui.taskman import TaskManager

    n = pick(scale, 2_000, 20_000, 100_000)
    runs = pick(scale, 2, 3, 5)
    qapp = app()
    packages, work, statements = ledger_inputs(n)
    gc.collect()
    gc.disable()  # a collection landing in one side only would decide the ratio
    built = []
    for _ in range(runs):
        t = time.perf_counter()
        pay = build_ledger(packages, work, statements)
        built.append(time.perf_counter() - t)
    floor_built = []
    for _ in range(runs):
        t = time.perf_counter()
        _tuples = [(w.package_id, w.item_key, w.done, w.saved_at, w.active_ms, w.batch_id)
                   for w in work]
        floor_built.append(time.perf_counter() - t)
    gc.enable()

    tasks = TaskManager()
    screen = PayScreen(tasks)
    screen.resize(*SCREEN)
    screen.show()
    view, model = bare_view(n, screen.items_model.columnCount())
    view.show()
    wait(lambda: screen.isVisible() and view.isVisible())
    qapp.processEvents()
    mine, floor = [], []
    for _ in range(runs):
        screen.clear()
        model.reset([])
        qapp.processEvents()
        t = time.perf_counter()
        screen.show_ledger(pay)
        screen.repaint()
        qapp.processEvents()
        mine.append(time.perf_counter() - t)
        t = time.perf_counter()
        model.reset(pay.items)
        view.repaint()
        qapp.processEvents()
        floor.append(time.perf_counter() - t)
    assert screen.items_model.rowCount() == len(pay.items)
    screen.close()
    view.close()
    tasks.shutdown()
    return [
        Row(f"pay_screen_open@{n}", ms(median(mine)), ms(median(floor)), "ms", 10.0,
            floor_name="a bare QTableView over the same rows, reset and painted",
            note=f"{len(pay.items)} pay items, 20 statements; other tabs fill when opened"),
        Row(f"pay_ledger_build@{n}", ms(median(built)), ms(median(floor_built)), "ms", 100.0,
            floor_name="building the same number of plain tuples",
            note="items, reconciliation, summary and statement views, on the database "
                 "thread (decrypting the work is not included)"),
    ]


GROUPS = {"pay_screen": pay_screen}

"""My pay, driven with the keyboard: a worker whose items were accepted, rejected with a
reason, reversed on a second review and not yet reviewed sees each item's status, amount
and reason, the totals, the statements with their running balance and the differences;
the ledger saved as CSV reads back the same."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from facade.pay_data import REJECT_REASON, REVERSE_REASON, pay_world, put_answer_of
from PySide6.QtCore import Qt

from gui.appdriver import log_in, press, start_app

pytestmark = pytest.mark.gui


@pytest.fixture
def world_dir(data_dir):
    from marika.profiles import Office

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language="en")
        supervisor.set_office_setting("office_name", "Bureau Analamanga")
        pay_world(office, supervisor, password=TEST_PASSWORD)
    finally:
        office.close()
    return data_dir


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def rows_by_item(model) -> dict[str, list[str]]:
    key_column = [model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(model.columnCount())].index("Item")
    return {cells(model, r)[key_column]: cells(model, r) for r in range(model.rowCount())}


def save_as(monkeypatch, *targets):
    """The save dialog (`files.save_file`) answers `targets` in turn; returns what the
    screen asked it (title, offered name, file filter)."""
    from marika.gui import files

    asked, answers = [], list(targets)
    monkeypatch.setattr(files, "save_file", lambda _parent, title, name, flt="": (
        asked.append((title, name, flt)), str(answers.pop(0)))[1])
    return asked


def open_pay(qtbot, window):
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pay)
    qtbot.waitUntil(lambda: window.pay.items_model.rowCount() == 8, timeout=10_000)
    return window.pay


def test_pay_screen_shows_status_amount_reason_and_totals(qtbot, world_dir, tmp_path,
                                                          monkeypatch):
    window = start_app(qtbot, world_dir)
    log_in(qtbot, window)
    home = window.home
    # Home: the statements' word and the worker's own count, never rate x done (Ar175).
    qtbot.waitUntil(lambda: "Confirmed by your pay statements: Ar50" in home.totals.text())
    assert "Waiting for review (your own count, not confirmed yet): Ar75" in home.totals.text()
    assert "Rejected by the reviewer: 2 items" in home.totals.text()
    assert home.table.item(0, home.EARNED_COLUMN).text() == "Ar50"
    assert home.table.item(0, home.WAITING_COLUMN).text() == "Ar75 (your own count)"
    assert "175" not in home.totals.text()

    pay = open_pay(qtbot, window)
    rows = rows_by_item(pay.items_model)
    headers = [pay.items_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(pay.items_model.columnCount())]
    col = {name: headers.index(name) for name in
           ("Amount", "Status", "Reviewer's reason", "Statement", "Package", "Client")}
    expect = {
        "t000": ("Ar25", "Accepted", "", "1"),
        "t002": ("Ar0", "Rejected", REJECT_REASON, "1"),
        "t003": ("Ar0", "Rejected", REVERSE_REASON, "2"),
        "t004": ("Ar25 (your own count)", "Delivered, waiting for review", "", ""),
        "t006": ("Ar0", "Accepted", "", "1"),
        "t007": ("Ar25 (your own count)", "Saved on this PC", "", ""),
    }
    for key, (amount, status, reason, statement) in expect.items():
        row = rows[key]
        assert (row[col["Amount"]], row[col["Status"]], row[col["Reviewer's reason"]],
                row[col["Statement"]]) == (amount, status, reason, statement), key
    assert rows["t000"][col["Package"]] == "Film reviews"
    assert rows["t000"][col["Client"]] == "Example Lab"
    summary = pay.summary.text()
    assert "Confirmed by your statements: Ar50 (accepted Ar50, paid Ar0)." in summary
    assert "Waiting for review: Ar75 for 3 items. This is your own count" in summary
    assert "Rejected: 2 items, not paid." in summary
    assert "Balance on your statements: Ar50." in summary
    assert pay.signer.text().startswith("Every statement's signature was checked")

    # Filter by status.
    pay.status_filter.setCurrentIndex(pay.status_filter.findData("rejected"))
    assert set(rows_by_item(pay.items_model)) == {"t002", "t003"}
    assert pay.shown_count.text() == "2 items shown"
    pay.status_filter.setCurrentIndex(0)
    assert pay.items_model.rowCount() == 8

    # Totals by status.
    pay.tabs.setCurrentWidget(pay.groups_tab)
    pay.grouping.setCurrentIndex(pay.grouping.findData("status"))
    groups = {cells(pay.groups_model, r)[0]: cells(pay.groups_model, r)
              for r in range(pay.groups_model.rowCount())}
    assert groups["Accepted"][1:4] == ["3", "3 minutes", "Ar50"]
    assert groups["Delivered, waiting for review"][4] == "Ar50"

    # Statements, newest first, with the reversal as a negative line and the balance.
    pay.tabs.setCurrentWidget(pay.statements_tab)
    assert pay.statements_model.rowCount() == 2
    newest = cells(pay.lines_model, 0)
    assert newest[3] == "Reversal" and newest[4] == REVERSE_REASON
    assert newest[6] == "-Ar25" and newest[7] == "Ar50"
    pay.statements_view.selectRow(1)
    balances = [cells(pay.lines_model, r)[7] for r in range(pay.lines_model.rowCount())]
    assert balances == ["Ar25", "Ar50", "Ar75", "Ar75", "Ar75"]

    # Differences: t004 and t005 were delivered before the statements and are on none.
    assert pay.tabs.tabText(3) == "Differences (2)"
    assert {cells(pay.differences_model, r)[2] for r in range(2)} == {"t004", "t005"}

    # The hourly rate beside the package's reference wage (computed when its tab opens).
    assert pay.hourly_model.rowCount() == 0
    pay.tabs.setCurrentWidget(pay.hourly_tab)
    hourly = cells(pay.hourly_model, 0)
    assert hourly[3] == "Ar375 an hour" and hourly[4] == "Ar937.50 an hour"
    assert "Ar1,000 an hour (Legal minimum wage, declared by the package)" in hourly[5]

    # The ledger as CSV reads back the same items and amounts.
    from marika.gui import pay_export

    pay.tabs.setCurrentWidget(pay.items_tab)
    target = tmp_path / "ledger.csv"
    asked = save_as(monkeypatch, target)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert asked == [("Save your pay record", "marika-pay.csv", "CSV files (*.csv)")]
    heading, header, table = pay_export.read_csv(target)
    assert heading[0] == ["Pay record of Rasoa"] and ["Office", "Bureau Analamanga"] in heading
    index = {name: header.index(name) for name in ("Package id", "Item", "Amount",
                                                    "Currency", "Status")}
    back = {(r[index["Package id"]], r[index["Item"]]): (Decimal(r[index["Amount"]]),
                                                          r[index["Currency"]],
                                                          r[index["Status"]])
            for r in table if len(r) == len(header)}
    items = window.pay.pay.items
    assert back == {(i.package_id, i.item_key): (i.amount, i.currency,
                                                 pay.items_model.columns[8].cell(i))
                    for i in items}

    # Back home with Esc; from the item screen, the same key opens the pay.
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home)
    home.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.items)
    open_pay(qtbot, window)
    # And from the send and receive screen, where the statements arrive.
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sync_screen)
    open_pay(qtbot, window)
    window.log_out()
    assert window.pay.items_model.rowCount() == 0 and window.pay.summary.text() == ""


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["en", "fr", "mg"])
def test_pdf_statement_and_ledger_render(qtbot, world_dir, tmp_path, monkeypatch, lang):
    from marika.gui import pay_export

    window = start_app(qtbot, world_dir, lang=lang)
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    window.set_language(lang)  # the profile's own language is English
    pay = open_pay(qtbot, window)
    ledger_pdf, statement_pdf = tmp_path / f"ledger-{lang}.pdf", tmp_path / f"st-{lang}.pdf"
    asked = save_as(monkeypatch, ledger_pdf, statement_pdf)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pay.tabs.setCurrentWidget(pay.statements_tab)  # the newest statement is chosen
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [name for _, name, _ in asked] == ["marika-pay.pdf", "marika-statement-2.pdf"]
    qtbot.waitUntil(lambda: ledger_pdf.exists() and statement_pdf.exists(), timeout=15_000)
    for pdf in (ledger_pdf, statement_pdf):
        assert pdf.read_bytes().startswith(b"%PDF")
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(pdf.with_suffix(""))], check=True)
        assert list(tmp_path.glob(pdf.stem + "*.png"))
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(statement_pdf), "-"],
                                       capture_output=True, text=True, check=True).stdout.split())
        assert "Bureau Analamanga" in text and "Second review" in text
        title = {"en": "Pay statement no. 2", "fr": "Relevé de paie n° 2",
                 "mg": "Tatitra momba ny karama laharana 2"}[lang]
        assert title in text
    record = pay_export.statement_record(pay.pay, pay.pay.statements[-1])
    assert record.rows[0][-2] == "-25"


@pytest.fixture
def part_paid_dir(data_dir):
    """The pay world after a payment of Ar30 (t000 paid, t001 in part), with t004's saved
    answer replaced by t005's by someone with the data folder."""
    import time

    from marika.profiles import Office

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language="en")
        world = pay_world(office, supervisor, password=TEST_PASSWORD)
        world.issuer.issue([], payments=[{"payment_id": "p-1", "currency": "MGA",
                                          "amount": "30", "paid_at": time.time(),
                                          "reference": "MVola 0345"}])
    finally:
        office.close()
    put_answer_of(data_dir, source="t005", into="t004")
    return data_dir


def test_part_paid_and_an_unreadable_row_are_shown_not_an_error(qtbot, part_paid_dir,
                                                                  tmp_path, monkeypatch):
    from marika.gui import pay_export

    window = start_app(qtbot, part_paid_dir)
    log_in(qtbot, window)
    pay = open_pay(qtbot, window)  # all 8 items: the changed row did not stop the screen
    assert not pay.banner.isVisible() or "changed" not in pay.banner.text()
    model = pay.items_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    status, reason = headers.index("Status"), headers.index("Reviewer's reason")
    rows = rows_by_item(model)
    assert rows["t000"][status] == "Paid"
    assert rows["t001"][status] == "Part paid: Ar5 paid, Ar20 still owed"
    assert rows["t004"][status] == "Unreadable on this PC"
    assert rows["t004"][headers.index("Amount")] == ""  # no claim from it
    assert rows["t005"][status] == "Delivered, waiting for review"  # the rest as before
    row = next(r for r in range(model.rowCount()) if model.row(r).item_key == "t004")
    cause = model.index(row, status).data(Qt.ItemDataRole.ToolTipRole)
    assert cause.startswith("Your record of this item on this PC cannot be read: ")
    assert "changed by someone else" in cause and cause in rows["t004"][reason]
    summary = pay.summary.text()
    assert "Part paid: 1 item." in summary
    assert "1 item could not be read on this PC" in summary
    assert "Waiting for review: Ar50 for 2 items." in summary

    target = tmp_path / "ledger.csv"
    save_as(monkeypatch, target)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=10_000)
    _heading, header, table = pay_export.read_csv(target)
    back = {r[header.index("Item")]: r for r in table if len(r) == len(header)}
    cells = [back["t001"][header.index(name)] for name in ("Status", "Paid out", "Still owed")]
    assert cells == ["Part paid", "5", "20"]
    assert back["t004"][header.index("Status")] == "Unreadable on this PC"
    assert "changed by someone else" in back["t004"][header.index("Problem on this PC")]

    # In the PDF the long cause wraps in its own column: the status keeps whole words.
    if shutil.which("pdftotext"):
        import re

        target = tmp_path / "ledger.pdf"
        save_as(monkeypatch, target)
        press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(target.exists, timeout=10_000)
        boxes = subprocess.run(["pdftotext", "-bbox", str(target), "-"], capture_output=True,
                               text=True, check=True).stdout
        words = {w: (float(x0), float(x1)) for x0, x1, w in re.findall(
            r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', boxes)}
        assert words["Unreadable"][1] < words["Amount"][0]  # not cut by the next column

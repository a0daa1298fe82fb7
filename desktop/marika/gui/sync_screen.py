"""Send and receive: connect the profile to the office's server, send now, watch and pause
the upload, carry work on a USB stick, see what came back (receipts, pay statements).

The screen only shows what the `SyncWorker` reports and asks it to act; the worker runs
everything off the GUI thread. `install(window)` builds both and wires them to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import files, fmt
from .banner import Banner
from .commands import Command
from .flow_layout import FlowLayout
from .item_parts import bold, heading, plain_label
from .sync_worker import IDLE, PAUSED, SENDING, SyncWorker

LINK_TROUBLE = ("offline", "deadline", "redirect")


def data_size(size: int) -> str:
    """A byte count for people, in the interface language's number format."""
    locale = fmt.number_locale()
    if size < 1024:
        return QCoreApplication.translate("Sync", "%1 bytes").replace(
            "%1", locale.toString(int(size)))
    if size < 1024 * 1024:
        return QCoreApplication.translate("Sync", "%1 KB").replace(
            "%1", locale.toString(size / 1024, "f", 1))
    return QCoreApplication.translate("Sync", "%1 MB").replace(
        "%1", locale.toString(size / (1024 * 1024), "f", 1))


def send_result_text(result) -> str:
    """The last run in plain words, one whole sentence per line."""
    if result.busy:
        return QCoreApplication.translate(
            "Sync", "Marika was busy saving your work. Sending will try again in a moment.")
    if not result.online:
        return QCoreApplication.translate(
            "Sync", "The server cannot be reached (no Internet, or the network shows a log-in "
                    "page). Your work is kept and will be sent when the connection returns.")
    lines = []
    if result.cancelled:
        lines.append(QCoreApplication.translate(
            "Sync", "Sending was stopped. It will go on from where it stopped."))
    if result.delivered:
        lines.append(QCoreApplication.translate(
            "Sync", "%n batch(es) delivered. The server confirmed each with a signed "
                    "receipt.", "", result.delivered))
    if result.statements:
        lines.append(QCoreApplication.translate(
            "Sync", "%n new pay statement(s) received.", "", result.statements))
    error = getattr(result, "statements_error", None)
    if error is not None:
        lines.append(QCoreApplication.translate(
            "Sync", "Your pay statements could not be fetched: %1").replace(
            "%1", fmt.error_text(error)))
    trouble = sum(1 for r in result.refused.values() if r in LINK_TROUBLE)
    busy = sum(1 for r in result.refused.values() if r.startswith("http-"))
    refused = len(result.refused) - trouble - busy
    if trouble:
        lines.append(QCoreApplication.translate(
            "Sync", "The connection broke while sending %n batch(es). Marika will try "
                    "again.", "", trouble))
    if busy:
        lines.append(QCoreApplication.translate(
            "Sync", "The server was busy and did not take %n batch(es). Marika will "
                    "try again later.", "", busy))
    if refused:
        lines.append(QCoreApplication.translate(
            "Sync", "The server refused %n batch(es). They stay on this computer; "
                    "please tell your supervisor.", "", refused))
    if not lines:
        lines.append(QCoreApplication.translate("Sync", "Nothing new to send or receive."))
    return "\n".join(lines)


def usb_result_text(kind: str, result) -> str:
    if kind == "enrol":
        return QCoreApplication.translate(
            "Sync", "The connection request is in the folder. Give the stick to your office "
                    "supervisor, who sends it from a PC with Internet. Then import the same "
                    "folder here.")
    if kind == "export":
        if not result:
            return QCoreApplication.translate(
                "Sync", "No batch is waiting; the folder was brought up to date.")
        return QCoreApplication.translate(
            "Sync", "%n batch(es) written to the folder. Give the stick to your office "
                    "supervisor, who sends it from a PC with Internet. Then import the same "
                    "folder here to get the receipts.", "", result)
    lines = []
    if result.enrolled:
        lines.append(QCoreApplication.translate(
            "Sync", "This profile is now connected to the office's server."))
    if result.delivered:
        lines.append(QCoreApplication.translate(
            "Sync", "%n batch(es) confirmed as delivered.", "", result.delivered))
    if result.statements:
        lines.append(QCoreApplication.translate(
            "Sync", "%n new pay statement(s) received.", "", result.statements))
    if result.refused:
        lines.append(QCoreApplication.translate(
            "Sync", "%n file(s) in the folder failed their checks and were ignored.", "",
            result.refused))
    if not lines:
        lines.append(QCoreApplication.translate("Sync", "Nothing new in this folder yet."))
    return "\n".join(lines)


class SyncScreen(QWidget):
    goHome = Signal()  # noqa: N815
    openPay = Signal()  # noqa: N815 - My pay: the statements' lines (gui/pay_screen.py)

    def __init__(self, tasks, worker: SyncWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.worker = tasks, worker
        self.status = None
        self.progress = None
        self._last = None  # (kind, result) of the last run, re-worded at a language change
        self._build()
        worker.statusChanged.connect(self._status_changed)
        worker.lineChanged.connect(self._line_changed)
        worker.stateChanged.connect(lambda _s: self._update())
        worker.progressed.connect(self._progressed)
        worker.sendFinished.connect(lambda r: self._show_result(("send", r)))
        worker.sendFailed.connect(self._error)
        worker.enrolled.connect(self._enrolled)
        worker.enrollFailed.connect(self._error)
        worker.usbFinished.connect(lambda kind, r: self._show_result((kind, r)))
        worker.usbFailed.connect(self._error)
        self.retranslate()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.title = heading(self)
        self.line = bold(plain_label(self))
        self.banner = Banner(self)
        c = self.commands = {
            "send": Command(self, ["Ctrl+E"], self.worker.send_now),
            "pause": Command(self, ["Ctrl+P"], self.toggle_pause),
            "export": Command(self, ["Ctrl+Shift+E"], self.export_usb),
            "import": Command(self, ["Ctrl+Shift+I"], self.import_usb),
            "home": Command(self, ["Esc"], self.goHome.emit),
            "pay": Command(self, ["Ctrl+M"], self.openPay.emit),
        }
        self.enrol_box = QGroupBox(self)
        self.server = plain_label(self.enrol_box)
        self.code_label = plain_label(self.enrol_box)
        self.code = QLineEdit(self.enrol_box)
        self.code.setMaxLength(64)
        self.code.returnPressed.connect(self._code_entered)
        self.code.textChanged.connect(lambda _t: self._update())
        self.connect_button = QPushButton(self.enrol_box)
        self.connect_button.clicked.connect(self.enroll)
        self.usb_connect_button = QPushButton(self.enrol_box)  # no Internet on this PC
        self.usb_connect_button.clicked.connect(self.enroll_by_usb)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.connect_button)
        code_row.addWidget(self.usb_connect_button)
        enrol = QVBoxLayout(self.enrol_box)
        enrol.addWidget(self.server)
        enrol.addWidget(self.code_label)
        enrol.addLayout(code_row)

        self.send_box = QGroupBox(self)
        self.pending = plain_label(self.send_box)
        self.bar = QProgressBar(self.send_box)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bytes = plain_label(self.send_box)
        self.result = plain_label(self.send_box)
        send_buttons = FlowLayout()
        for name in ("send", "pause"):
            send_buttons.addWidget(c[name].button(self.send_box))
        send = QVBoxLayout(self.send_box)
        for widget in (self.pending, self.bar, self.bytes, self.result):
            send.addWidget(widget)
        send.addLayout(send_buttons)

        self.kept_box = QGroupBox(self)
        self.statements = plain_label(self.kept_box)
        kept = QVBoxLayout(self.kept_box)
        kept.addWidget(self.statements)
        kept_row = QHBoxLayout()
        kept_row.addWidget(c["pay"].button(self.kept_box))
        kept_row.addStretch(1)
        kept.addLayout(kept_row)

        self.usb_box = QGroupBox(self)
        self.usb_help = plain_label(self.usb_box)
        usb_buttons = FlowLayout()
        for name in ("export", "import"):
            usb_buttons.addWidget(c[name].button(self.usb_box))
        usb = QVBoxLayout(self.usb_box)
        usb.addWidget(self.usb_help)
        usb.addLayout(usb_buttons)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.enrol_box, self.send_box, self.kept_box, self.usb_box):
            inner.addWidget(widget)
        inner.addStretch(1)
        scroll = QScrollArea(self)  # big text sizes on a 1366x768 screen still fit
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        bottom = QHBoxLayout()
        bottom.addWidget(c["home"].button(self))
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.line)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    # ---------------------------------------------------------------- showing
    def show_screen(self) -> None:
        self.banner.dismiss()
        self.worker.refresh()
        self._update()
        (self.code if self.enrol_box.isVisible() else self.commands["send"].button(self)
         ).setFocus()

    def _line_changed(self, text: str) -> None:
        """The worker's sentence, except the one that points to this very screen."""
        if self.status is not None and not self.status.enrolled:
            text = self.tr("Sending is not set up for this profile yet.")
        self.line.setText(text)

    def _status_changed(self, status) -> None:
        self.status = status
        self._update()

    def _progressed(self, progress) -> None:
        self.progress = progress
        self._update_progress()

    def _update_progress(self) -> None:
        p = self.progress
        self.bar.setVisible(p is not None and bool(p.total))  # no empty bar when idle
        if p is None or not p.total:
            self.bar.setValue(0)
            self.bytes.setText("")
            return
        self.bar.setValue(int(1000 * p.sent / p.total))
        self.bytes.setText(QCoreApplication.translate("Sync", "%1 sent, %2 left")
                           .replace("%1", data_size(p.sent)).replace("%2", data_size(p.left)))

    def _show_result(self, last) -> None:
        self._last = last
        self.banner.dismiss()
        self._update()

    def _error(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: fmt.error_text(exc), key="sync")
        self._update()

    def _enrolled(self, _status) -> None:
        self.code.clear()
        self.banner.show_message(lambda: self.tr("This profile is now connected to the "
                                                 "office's server."), kind="ok", key="sync")

    def _update(self) -> None:
        s, state = self.status, self.worker.state
        enrolled = bool(s and s.enrolled)
        self.enrol_box.setVisible(s is not None and not enrolled)
        if s is not None and not enrolled:
            self.server.setText(self.tr("Server: %1").replace("%1", s.server_url)
                                if s.server_url else self.tr(
                "The office has no server address yet. Ask your supervisor to set it, or "
                "carry your work on a USB stick (below)."))
            # Without a server address only the USB stick can carry the code.
            self.connect_button.setVisible(bool(s.server_url))
            self.connect_button.setEnabled(bool(s.server_url and self.code.text().strip()))
            self.usb_connect_button.setEnabled(bool(self.code.text().strip()))
            self.code_label.setText(
                self.tr("Type the one-time code your supervisor gave you, then Enter:")
                if s.server_url else self.tr(
                    "Type the one-time code your supervisor gave you, then choose "
                    "Connect by USB stick:"))
        pending = s.pending if s else 0
        if pending:
            text = self.tr("%n batch(es) waiting to be sent.", "", pending)
        elif s is not None and s.delivered:
            text = self.tr("All your submitted work is delivered.")
        else:
            text = self.tr("Nothing submitted yet. Submit finished work from the home "
                           "screen (Ctrl+Shift+S); it is then sent from here.")
        self.pending.setText(text)
        can_send = enrolled and bool(s.server_url)
        self.commands["send"].setEnabled(can_send and state not in (SENDING, PAUSED))
        self.commands["pause"].setEnabled(state in (SENDING, PAUSED))
        self.commands["pause"].set_label(self.tr("Resume") if state == PAUSED
                                         else self.tr("Pause"))
        if state == IDLE and self._last is None:
            self.progress = None
        self._update_progress()
        if self._last is not None:
            kind, result = self._last
            self.result.setText(send_result_text(result) if kind == "send"
                                else usb_result_text(kind, result))
        else:
            self.result.setText("")
        count = s.statements if s else 0
        if count and s.last_statement_at:
            when = fmt.locale().toString(
                QDateTime.fromSecsSinceEpoch(int(s.last_statement_at)).date(),
                QLocale.FormatType.LongFormat)
            self.statements.setText(self.tr(
                "%n pay statement(s) kept on this computer, readable offline. The latest is "
                "from %1.", "", count).replace("%1", when))
        else:
            self.statements.setText(self.tr(
                "No pay statement yet. Statements come back after the client reviews your "
                "work."))

    # ---------------------------------------------------------------- actions
    def enroll(self) -> None:
        self.banner.dismiss()
        self.worker.enroll(self.code.text())

    def _code_entered(self) -> None:
        """Enter in the code field: connect, or by USB stick when there is no server."""
        if self.status is not None and not self.status.server_url:
            if self.code.text().strip():
                self.enroll_by_usb()
            return
        self.enroll()

    def enroll_by_usb(self) -> None:
        code = self.code.text()
        folder = self._folder(self.tr("Connect by USB stick: choose the USB stick or a folder"))
        if folder:
            self.banner.dismiss()
            self.worker.enroll_by_usb(folder, code)

    def toggle_pause(self) -> None:
        if self.worker.state == PAUSED:
            self.worker.resume()
        else:
            self.worker.pause()

    def _folder(self, title: str) -> str:
        return files.folder(self, title)

    def export_usb(self) -> None:
        folder = self._folder(self.tr("Export for USB: choose the USB stick or a folder"))
        if folder:
            self.banner.dismiss()
            self.worker.export_usb(folder)

    def import_usb(self) -> None:
        folder = self._folder(self.tr("Import from USB: choose the folder you exported to"))
        if folder:
            self.banner.dismiss()
            self.worker.import_usb(folder)

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.title.setText(self.tr("Send and receive"))
        self.enrol_box.setTitle(self.tr("Connect to the office's server"))
        self.connect_button.setText(self.tr("Connect"))
        self.usb_connect_button.setText(self.tr("Connect by USB stick…"))
        self.send_box.setTitle(self.tr("Sending your submitted work"))
        self.kept_box.setTitle(self.tr("Pay statements"))
        self.usb_box.setTitle(self.tr("USB stick"))
        self.usb_help.setText(self.tr(
            "No connection here? Export your work to a USB stick, take it to a PC with "
            "Internet, then import the same folder here to get the receipts and pay "
            "statements back. Doing it twice changes nothing."))
        for name, text in (("send", self.tr("Send now")),
                           ("export", self.tr("Export for USB…")),
                           ("import", self.tr("Import from USB…")),
                           ("home", self.tr("Home")),
                           ("pay", self.tr("See them in My pay"))):
            self.commands[name].set_label(text)
        self.worker.emit_line()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window) -> tuple[SyncWorker, SyncScreen]:
    """Build the worker and the screen for `window` (a MainWindow) and wire them: the
    home screen's shortcut and status line, and automatic sealing after each save."""
    worker = SyncWorker(window.tasks, window)
    screen = SyncScreen(window.tasks, worker, window)
    window.stack.addWidget(screen)
    screen.goHome.connect(window.show_home)
    worker.lineChanged.connect(window.home.set_sync_line)
    window.home.refreshed.connect(worker.refresh)
    def show() -> None:
        if window.session is not None:
            window.stack.setCurrentWidget(screen)
            screen.show_screen()

    window.home.openSync.connect(show)
    window.items.openSync.connect(show)  # Ctrl+E on an item screen too
    return worker, screen


def watch_saves(worker: SyncWorker, item_screen) -> None:
    """Connect an item screen's saver (once) so finished work is sealed as configured."""
    saver = item_screen.saver
    if saver is None or getattr(saver, "_sync_watched", False):
        return
    saver._sync_watched = True

    def saved(record) -> None:
        item = item_screen.item
        worker.note_saved(record, on_screen_item_pk=item.item_pk if item else None)

    saver.recordSaved.connect(saved)

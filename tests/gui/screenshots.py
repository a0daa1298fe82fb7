"""Take the screenshots in docs/screenshots/ at the target screen size (1366x768).

    QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1366x768x24" \\
        .venv/bin/python tests/gui/screenshots.py docs/screenshots [en|fr|mg] [pay,text,...]

The window is given the room it has on such a screen under a title bar and a task bar
(1366x700), as `MainWindow.fit_screen` does with the real screen. Each shot is also
measured for WCAG AA contrast (tests/gui/contrast.py); problems are printed. Not a test:
run it by hand after changing a layout, and look at the images.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for the helpers
os.environ.setdefault("MARIKA_GUIDED_TOUR", "0")  # the tour would cover the screens

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import marika.gui  # noqa: E402, F401 - the None refcount workaround first
from gui.appdriver import when_dialog  # noqa: E402 - dialogs are watched, never timed

WIDTH, HEIGHT = 1366, 700
LANG = "en"  # the interface and profile language of the shots (main() sets it)
PASSWORD = "correct horse 42"
TEXTS = [
    "Tsara be ny entana, haingana ny fandefasana. Nahafaly ahy ny fandraisana "
    "nataon'ny mpivarotra, ary mbola hiverina aho amin'ny volana ho avy.",
    "هذا المنتج رائع جداً، وصل في الوقت المحدد. The delivery was on time, "
    "misaotra betsaka! שלום — mixed scripts in one review.",
    "Tonga ny entana.",
    "Ratsy ny kalitao, tapaka ilay izy tamin'ny andro faharoa. " * 40,
]


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    app = QApplication.instance()
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(condition, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(condition)
        pump(0.05)


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out

    def open(self, data: Path):
        from marika.gui import main as gui_main
        from marika.profiles import Office

        args = SimpleNamespace(data_dir=str(data), demo=False, lang=LANG, portable=False)
        window, _tasks = gui_main.build(
            args, office_opener=lambda p: Office.open(p, kdf_n=2**10))
        from PySide6.QtCore import QRect

        window.fit_screen(QRect(0, 0, WIDTH, HEIGHT))  # what a 1366x768 screen leaves
        window.activateWindow()
        wait_for(lambda: window.stack.currentWidget() is window.start)
        wait_for(lambda: window.home is not None)  # built just after the log-in screen
        return window

    def shot(self, window, name: str) -> None:
        from gui.contrast import problems

        pump(0.4)
        window.grab().save(str(self.out / f"{name}.png"))
        print(self.out / f"{name}.png")  # noqa: T201
        for problem in problems(window):
            print(f"  contrast: {problem}")  # noqa: T201

    def screen_shot(self, name: str) -> None:
        """The whole screen: for dialogs over the window."""
        pump(0.4)
        QApplication.primaryScreen().grabWindow(0).save(str(self.out / f"{name}.png"))
        print(self.out / f"{name}.png")  # noqa: T201

    @staticmethod
    def log_in(window, row: int) -> None:
        page = window.start.login_page
        wait_for(lambda: page.profiles.count() > row)
        page.profiles.setCurrentRow(row)
        page.password.setText(PASSWORD)
        page.button.click()
        wait_for(lambda: window.stack.currentWidget() is window.home
                 and window.home.table.rowCount() > 0)

    @staticmethod
    def first_item(window):
        window.home.open_selected()
        wait_for(lambda: window.card.manifest is not None)
        window.card.commands["ok"].trigger()
        items = window.items
        wait_for(lambda: items.item is not None and items.view is not None)
        return items

    @staticmethod
    def close(window) -> None:
        QTimer.singleShot(0, window.close)
        pump(0.5)


def text_session(shooter: Shooter) -> None:
    from gui.textpack import build_office

    data = Path(tempfile.mkdtemp()) / "data"
    build_office(data, TEXTS, warned={2}, language=LANG)
    window = shooter.open(data)
    page = window.start.login_page
    wait_for(lambda: page.profiles.count() > 1)
    page.profiles.setCurrentRow(1)
    page.password.setText(PASSWORD)
    shooter.shot(window, "01-login")
    page.button.click()
    wait_for(lambda: window.stack.currentWidget() is window.home
             and window.home.table.rowCount() > 0)
    shooter.shot(window, "02-home")
    window.home.open_selected()
    wait_for(lambda: window.card.manifest is not None)
    shooter.shot(window, "03-transparency-card")
    window.card.commands["ok"].trigger()
    items = window.items
    wait_for(lambda: items.item is not None and items.view is not None)
    items.view._toggle("pos")
    wait_for(lambda: items.saver.state == "saved" and not items.saver.pending())
    shooter.shot(window, "04-item-text")
    items.done_next()
    wait_for(lambda: items.item is not None and items.item.ordinal == 1)
    shooter.shot(window, "05-item-mixed-scripts")

    from marika.gui.dialogs import SkipDialog

    def close_dialog(dialog):
        shooter.screen_shot("06-skip-reasons")
        dialog.reject()

    shown = when_dialog(close_dialog, SkipDialog)
    items.skip()  # returns when the dialog is closed
    assert shown, "the skip dialog did not open"
    items.go_to(2)
    wait_for(lambda: items.item.ordinal == 2)
    shooter.shot(window, "07-content-warning")
    items.go_to(3)
    wait_for(lambda: items.item.ordinal == 3)
    items.panel.hide()
    window.apply_font(window.base_font_pt + 3)
    shooter.shot(window, "08-bigger-text-no-instructions")
    window.apply_font(window.base_font_pt)
    items.panel.show()
    from marika.core.errors import DiskFullError

    def full(**_kw):
        raise DiskFullError()

    window.session.save = full
    items.view._toggle("neg")
    wait_for(lambda: items.saver.state == "failed")
    shooter.shot(window, "09-save-failed-banner")
    items.go_home()
    wait_for(lambda: window.stack.currentWidget() is window.home
             and window.home.table.item(0, window.home.DONE_COLUMN) is not None
             and window.home.table.item(0, window.home.DONE_COLUMN).text() == "1")
    shooter.shot(window, "12-home-after-work")
    window.log_out()
    page = window.start.login_page
    wait_for(lambda: page.profiles.count() > 1)
    page.profiles.setCurrentRow(0)
    page.password.setText(PASSWORD)
    page.button.click()
    wait_for(lambda: window.supervisor is not None
             and window.supervisor.table.rowCount() > 0)
    shooter.shot(window, "13-supervisor")
    shooter.close(window)


def day_session(shooter: Shooter) -> None:
    """The worker's day: money in view, protection, sync with no server, trainer mode."""
    from gui.practicepack import build_office as build_practice
    from gui.practicepack import plain_pack, text_pack
    from gui.textpack import build_office

    data = Path(tempfile.mkdtemp()) / "data"
    build_office(data, TEXTS, warned={1, 2}, language=LANG,
                 protection={"warned_daily_limit": 20, "break_after_minutes": 20})
    window = shooter.open(data)
    shooter.log_in(window, 1)
    items = shooter.first_item(window)
    items.view._toggle("pos")
    items.done_next()
    wait_for(lambda: items.item is not None and items.item.ordinal == 1)
    wait_for(lambda: items.today_pay is not None and items.today_pay.done_today == 1)
    shooter.shot(window, "20-item-money-and-cover")
    items.reveal()
    now = [1000.0]
    items.clock = lambda: now[0]
    items.guard.ms_today = 21 * 60_000
    items.guard.check()
    shooter.shot(window, "21-sensitive-break")
    items.banner.dismiss()

    from marika.gui.protection import ProtectionDialog

    def close_dialog(dialog):
        shooter.screen_shot("22-protection-limits")
        dialog.reject()

    shown = when_dialog(close_dialog, ProtectionDialog)
    items.edit_protection()  # the dialog opens once the worker's settings are read
    wait_for(lambda: bool(shown) and QApplication.activeModalWidget() is None)
    items.open_sync()
    wait_for(lambda: window.stack.currentWidget() is window.sync_screen)
    shooter.shot(window, "23-sync-no-server")
    shooter.close(window)

    data = Path(tempfile.mkdtemp()) / "data"
    build_practice(data, [text_pack(pass_mark="0.6", paid=True), plain_pack()],
                   language=LANG)
    window = shooter.open(data)
    shooter.log_in(window, 1)
    home = window.home
    row = next(r for r, s in enumerate(home.summaries) if s.is_practice)
    home.table.selectRow(row)
    items = shooter.first_item(window)
    items.practice.toggle_trainer()
    shooter.shot(window, "24-trainer-mode")
    items.practice.toggle_trainer()
    shooter.shot(window, "25-trainer-mode-off")
    shooter.close(window)


def media_session(shooter: Shooter, kind: str, name: str) -> None:
    from media.mediagen import sha256, sine_wav, write_image
    from media.mediapack import build_office

    tmp = Path(tempfile.mkdtemp())
    data = tmp / "data"
    if kind == "image_tag":
        files = [write_image(tmp / f"{n}.jpg", 1600, 1200, seed=n) for n in range(3)]
        media = [(f, sha256(f), None) for f in files]
    else:
        files = [sine_wav(tmp / f"{n}.wav", seconds=6.0, freq=220 + 110 * n) for n in range(3)]
        media = [(f, sha256(f), 6000) for f in files]
    build_office(data, kind, media, language=LANG)
    window = shooter.open(data)
    shooter.log_in(window, 1)
    items = shooter.first_item(window)
    if hasattr(items.view, "is_loading"):
        wait_for(lambda: not items.view.is_loading())
    shooter.shot(window, name)
    shooter.close(window)


def setup_session(shooter: Shooter) -> None:
    data = Path(tempfile.mkdtemp()) / "data"
    window = shooter.open(data)
    page = window.start.setup_page
    wait_for(lambda: window.start.current_page() is page)
    page.username.setText("office")
    page.display_name.setText("Office Ambohijatovo")
    page.password.setText("short")
    page.repeat.setText("short")
    page.button.click()
    wait_for(lambda: bool(page.error.text()))
    shooter.shot(window, "00-first-start")
    shooter.close(window)


def pay_session(shooter: Shooter) -> None:
    """My pay: the items, a statement, the differences, the hourly rate and the chart."""
    from facade.pay_data import busy_world

    from marika.profiles import Office

    data = Path(tempfile.mkdtemp()) / "data"
    office = Office.open(data, kdf_n=2**10)
    supervisor, _ = office.setup(username="office", display_name="Office",
                                 password=PASSWORD, language=LANG)
    supervisor.set_office_setting("office_name", "Birao Analamanga")
    busy_world(office, supervisor, password=PASSWORD, language=LANG)
    office.close()
    window = shooter.open(data)
    shooter.log_in(window, 1)
    window.home.commands["pay"].trigger()
    pay = window.pay
    wait_for(lambda: pay.items_model.rowCount() > 0)
    shooter.shot(window, "14-pay-items")
    pay.tabs.setCurrentWidget(pay.statements_tab)
    shooter.shot(window, "15-pay-statement")
    pay.tabs.setCurrentWidget(pay.differences_tab)
    shooter.shot(window, "16-pay-differences")
    pay.tabs.setCurrentWidget(pay.hourly_tab)
    shooter.shot(window, "17-pay-hourly")
    pay.tabs.setCurrentWidget(pay.chart_tab)
    shooter.shot(window, "18-pay-chart")
    pay.tabs.setCurrentWidget(pay.groups_tab)
    pay.grouping.setCurrentIndex(pay.grouping.findData("week"))
    shooter.shot(window, "19-pay-totals")
    shooter.close(window)


SESSIONS = {"setup": setup_session, "text": text_session,
            "image": lambda s: media_session(s, "image_tag", "10-item-image"),
            "audio": lambda s: media_session(s, "audio_transcription", "11-item-audio"),
            "pay": pay_session, "day": day_session}


def main(out_dir: str, lang: str = "en", only: str = "") -> int:
    global LANG  # noqa: PLW0603 - one run, one language
    LANG = lang
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive for the run
    shooter = Shooter(out)
    for name, session in SESSIONS.items():
        if not only or name in only.split(","):
            session(shooter)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots",
                  sys.argv[2] if len(sys.argv) > 2 else "en",
                  sys.argv[3] if len(sys.argv) > 3 else ""))

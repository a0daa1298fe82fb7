"""Take the screenshots in docs/screenshots/ at the target screen size (1366x768).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/gui/screenshots.py docs/screenshots

The window is given the room it has on such a screen under a title bar and a task bar
(1366x700). Not a test: run it by hand after changing a layout, and look at the images.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for the helpers

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import marika.gui  # noqa: E402, F401 - the None refcount workaround first

WIDTH, HEIGHT = 1366, 700
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


def wait_for(condition, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(condition)
        pump(0.05)


def main(out_dir: str) -> int:
    from gui.textpack import build_office, use_fake_parser
    from marika.gui import main as gui_main
    from marika.profiles import Office

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    try:
        import marika.core.manifest  # noqa: F401
    except ImportError:
        use_fake_parser(SimpleNamespace(setattr=setattr))
    data = Path(tempfile.mkdtemp()) / "data"
    build_office(data, TEXTS, warned={2})
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    args = SimpleNamespace(data_dir=str(data), demo=False, lang="en", portable=False)
    window, _tasks = gui_main.build(
        args, office_opener=lambda p: Office.open(p, kdf_n=2**10))
    window.resize(WIDTH, HEIGHT)
    window.move(0, 0)
    window.show()
    window.activateWindow()

    def shot(name: str) -> None:
        pump(0.3)
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")  # noqa: T201

    wait_for(lambda: window.stack.currentWidget() is window.start
             and window.start.login_page.profiles.count() > 0)
    page = window.start.login_page
    page.profiles.setCurrentRow(1)
    page.password.setText("correct horse 42")
    shot("01-login")
    page.button.click()
    wait_for(lambda: window.stack.currentWidget() is window.home
             and window.home.table.rowCount() > 0)
    shot("02-home")
    window.home.open_selected()
    wait_for(lambda: window.card.manifest is not None)
    shot("03-transparency-card")
    window.card.commands["ok"].trigger()
    items = window.items
    wait_for(lambda: items.item is not None and items.view is not None)
    items.view._toggle("pos")
    wait_for(lambda: items.save_state.text() == "Saved")
    shot("04-item-text")
    items.done_next()
    wait_for(lambda: items.item is not None and items.item.ordinal == 1)
    shot("05-item-mixed-scripts")
    items.go_to(2)
    wait_for(lambda: items.item.ordinal == 2)
    shot("06-content-warning")
    items.go_to(3)
    wait_for(lambda: items.item.ordinal == 3)
    items.panel.hide()
    window.apply_font(window.base_font_pt + 3)
    shot("07-bigger-text-no-instructions")
    window.apply_font(window.base_font_pt)
    items.panel.show()
    QTimer.singleShot(0, window.close)
    pump(0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

"""Saved means committed; a failing disk gives one calm banner; a 10 MB text never freezes."""

import threading
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.appdriver import log_in, on_db, press, start_app
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui
K = Qt.Key


@pytest.fixture
def window(qtbot, data_dir, monkeypatch):
    package_pk = build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    on_db(qtbot, window, lambda: window.session.acknowledge_card(package_pk))
    window.home.refresh()
    qtbot.waitUntil(lambda: window.home.summaries and window.home.summaries[0].card_acknowledged)
    press(qtbot, K.Key_Return)
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and items.view is not None, timeout=10_000)
    window.package_pk = package_pk
    return window


def test_saved_appears_only_after_the_commit_returned(qtbot, window):
    items, ws = window.items, window.session
    gate = threading.Event()
    real_save = ws.save
    committed = []

    def slow_save(**kw):
        gate.wait(10)
        record = real_save(**kw)
        committed.append(record)
        return record

    ws.save = slow_save
    press(qtbot, K.Key_1)
    qtbot.wait(300)
    assert items.save_state.text() == "Saving…"
    assert committed == []
    gate.set()
    qtbot.waitUntil(lambda: items.save_state.text() == "Saved")
    assert committed and committed[-1].value == {"labels": ["pos"]}


def test_failing_saves_show_one_banner_and_recover(qtbot, window):
    from marika.core.errors import DiskFullError

    items, ws = window.items, window.session
    real_save = ws.save
    failing = [True]
    calls = []

    def flaky_save(**kw):
        calls.append(kw)
        if failing[0]:
            raise DiskFullError()
        return real_save(**kw)

    ws.save = flaky_save
    popups = []
    QTimer.singleShot(0, lambda: None)
    for key in (K.Key_1, K.Key_2, K.Key_3, K.Key_1):
        press(qtbot, key)
        qtbot.waitUntil(lambda: items.save_state.text() == "Not saved")
        popups += [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible()]
    assert popups == []
    assert items.banner.isVisible()
    assert items.banner.text() == (
        "Your last change is not saved yet: The disk is full. Free some space on it (delete "
        "or move files you no longer need), then try again. Work saved earlier is safe. "
        "Marika will try again.")
    assert items.banner.current_key() == "save"

    failing[0] = False
    items.banner.action_button.click()  # "Try again now"
    qtbot.waitUntil(lambda: items.save_state.text() == "Saved")
    assert not items.banner.isVisible()
    record = on_db(qtbot, window, lambda: ws.annotation_for(items.item.item_pk))
    assert record.value == {"labels": ["pos"]}  # the latest state, saved once it could be


def test_a_flush_the_disk_did_not_confirm_shows_not_confirmed_not_not_saved(qtbot, window):
    """An fsync error wrote the change without confirming it (after a crash it is there):
    the header says "Save not confirmed", never "Not saved", and the retry makes it sure."""
    from marika.core.errors import DiskIOError

    items, ws = window.items, window.session
    real_save = ws.save
    failing = [True]

    def unconfirmed_save(**kw):
        if failing[0]:
            raise DiskIOError(unconfirmed=True)
        return real_save(**kw)

    ws.save = unconfirmed_save
    press(qtbot, K.Key_1)
    qtbot.waitUntil(lambda: items.save_state.text() == "Save not confirmed")
    assert items.banner.text() == (
        "The disk did not confirm that your last change was saved: The disk reported a read "
        "or write error. The disk or USB stick may be failing: ask your supervisor to copy "
        "the Marika data folder to another disk soon. Work saved earlier is kept. Marika "
        "will save it again.")
    failing[0] = False
    items.banner.action_button.click()
    qtbot.waitUntil(lambda: items.save_state.text() == "Saved")
    assert not items.banner.isVisible()


def test_ten_megabyte_text_loads_without_blocking(qtbot, tmp_path):
    from gui.textpack import manifest_dict
    from marika.gui.taskman import TaskManager
    from marika.gui.text_view import TextClassificationView
    from marika_sync.package.manifest import parse_manifest

    words = "Ny teny malagasy dia tsara. مرحبا بالعالم. Bonjour le monde, hello world. "
    path = tmp_path / "big.txt"
    # one huge paragraph half the time: the worst case for Qt's text layout
    body = (words * (5_000_000 // len(words))) + "\n" + (words + "\n") * (5_000_000 // len(words))
    path.write_text(body, encoding="utf-8")
    assert path.stat().st_size >= 10_000_000

    tasks = TaskManager()
    view = TextClassificationView()
    view.tasks = tasks
    view.resize(900, 560)
    qtbot.addWidget(view)
    view.show()
    item = SimpleNamespace(item_pk=1, ordinal=0, kind="text_classification", text=None,
                           text_path=path, content_warnings=(), media_path=None)
    ticks = []
    timer = QTimer(interval=20, timeout=lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    view.show_item(item, None, parse_manifest(manifest_dict()))
    assert time.monotonic() - started < 0.2  # show_item returns at once
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=60_000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 10
    print(f"10 MB: {ticks[-1] - started:.2f} s, longest stall {max(gaps) * 1000:.0f} ms")
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.2f} s"
    document = view.text.document()
    assert document.characterCount() >= len(body)  # all of it, split into paragraphs
    view.handle_key(_key(K.Key_2, "2"))  # labelling works right away
    assert view.value() == {"labels": ["neg"]}
    tasks.shutdown()


def _key(key, text):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)


def test_done_on_the_last_item_waits_for_its_save_before_looking_for_more(qtbot, data_dir):
    """Enter on the last item while an earlier save is still on its way: "next to do" is
    asked only after the saves, so the finished item does not come back as "to do"."""
    package_pk = build_office(data_dir, TEXTS[:2])
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    ws = window.session
    on_db(qtbot, window, lambda: ws.acknowledge_card(package_pk))
    first = on_db(qtbot, window, lambda: ws.item_at(package_pk, 0))
    on_db(qtbot, window, lambda: ws.save(item_pk=first.item_pk, value={"labels": ["pos"]}))
    window.home.refresh()
    qtbot.waitUntil(lambda: window.home.summaries and window.home.summaries[0].card_acknowledged)
    press(qtbot, K.Key_Return)
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 1, timeout=10_000)
    gate, real_save = threading.Event(), ws.save

    def slow_save(**kw):
        gate.wait(10)
        return real_save(**kw)

    ws.save = slow_save
    press(qtbot, K.Key_2)  # a draft save, held on its way
    qtbot.wait(100)
    press(qtbot, K.Key_Return)  # done: its save waits behind the first one
    qtbot.wait(300)
    gate.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    record = on_db(qtbot, window, lambda: ws.annotation_for(items.item.item_pk))
    assert record.status == "done"

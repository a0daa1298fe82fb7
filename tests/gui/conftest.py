"""GUI tests start from a clean screen: a dialog or window a test left open would take
the next test's keys (dialogs found by `activeModalWidget()` run their own loop), and
in English: a test that started the app in Malagasy or French would otherwise leave its
translators installed for the tests after it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def close_leftover_windows():
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    from gui.appdriver import end_of_test

    end_of_test()

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
        elif widget.isVisible():
            widget.close()
    app.processEvents()
    from marika.gui import fmt, i18n

    if fmt.language() != "en":
        i18n.switch_language("en")
        app.processEvents()


@pytest.fixture
def app_log(data_dir):
    """The app's logging set up as `marika.gui.main.run` does; yields the log file."""
    import logging

    from marika.gui.main import LOG_NAME, _setup_logging

    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = []
    _setup_logging(data_dir)
    yield data_dir / "logs" / LOG_NAME
    for handler in root.handlers:
        handler.close()
    root.handlers, root.level = saved, level


@pytest.fixture
def tasks(qapp):
    """The one background-task helper, shut down after the test."""
    from marika.gui.taskman import TaskManager

    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def image_view(qtbot, tasks):
    """Makes an image tagging view on `tasks`, decoding to fit `box`, shown at `size`."""
    from marika.gui.image_view import ImageTagView

    def make(box, size, **kwargs):
        view = ImageTagView(box=box, **kwargs)
        view.tasks = tasks
        view.resize(*size)
        qtbot.addWidget(view)
        view.show()
        return view

    return make

"""One visual system: WCAG AA contrast on every screen in every language, the chosen
label the same unmistakable mark in every task kind, and a focus ring of 2 px or more."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from gui.appdriver import log_in, on_db, press, start_app
from gui.contrast import problems, ratio
from gui.test_controls import log_in_supervisor
from gui.textpack import TEXTS, build_office
from marika.gui import style

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

PAIRS = {  # (text, background) pairs the style module promises, with the ratio needed
    "body": (style.TEXT, style.WINDOW, 4.5), "base": (style.TEXT, style.BASE, 4.5),
    "muted": (style.MUTED, style.WINDOW, 4.5),
    "placeholder": (style.PLACEHOLDER, style.BASE, 4.5),
    "selected": (style.SELECTED_FG, style.SELECTED_BG, 4.5),
    "selected-state": (style.SELECTED_BG, style.WINDOW, 3.0),  # chosen vs not chosen
    "focus": (style.FOCUS, style.WINDOW, 3.0), "focus-base": (style.FOCUS, style.BASE, 3.0),
    "error": (style.ERROR, style.WINDOW, 4.5), "saved": (style.SAVED, style.WINDOW, 4.5),
    "warning": (style.WARNING, style.WINDOW, 4.5),
    "notice": (style.NOTICE_FG, style.NOTICE_BG, 4.5),
    "cover": (style.TEXT, style.COVER_BG, 4.5), "tour": (style.TOUR_FG, style.TOUR_BG, 4.5),
    "trainer": (style.TRAINER_FG, style.TRAINER_BG, 4.5),
    "right": (style.RIGHT_FG, style.RIGHT_BG, 4.5), "wrong": (style.WRONG_FG, style.WRONG_BG, 4.5),
    **{f"banner-{k}": (fg, bg, 4.5) for k, (fg, bg) in style.BANNER.items()},
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_palette_pairs_meet_wcag_aa(name):
    fg, bg, want = PAIRS[name]
    assert ratio(QColor(fg), QColor(bg)) >= want


def check(screen, where: str) -> list[str]:
    return [f"{where}: {p}" for p in problems(screen)]


@pytest.mark.parametrize("lang", ["mg", "fr", "en"])
def test_every_screen_meets_wcag_aa_when_rendered(qtbot, data_dir, lang):
    package_pk = build_office(data_dir, TEXTS, warned={1}, language=lang)
    window = start_app(qtbot, data_dir, lang=lang)
    window.resize(1366, 768)
    found = check(window, "start")
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    found += check(window, "home")
    press(qtbot, K.Key_Return)  # the card comes first
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: window.card.manifest is not None)
    found += check(window, "card")
    press(qtbot, K.Key_Return)
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and not items.loading)
    press(qtbot, K.Key_1)  # a chosen label
    qtbot.waitUntil(lambda: items.save_state.text() != "")
    found += check(window, "item")
    press(qtbot, K.Key_Return)  # the next item is warned: the cover
    qtbot.waitUntil(lambda: items.item.ordinal == 1 and items.covered)
    press(qtbot, K.Key_Return)  # Enter on a hidden item: an info banner
    found += check(window, "cover")
    press(qtbot, K.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sync_screen)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    found += check(window, "sync")
    window.log_out()
    screen = log_in_supervisor(qtbot, window)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    found += check(window, "supervisor")
    assert on_db(qtbot, window, lambda: package_pk)
    assert not found, "\n".join(found)


def test_chosen_label_is_marked_the_same_in_every_kind(qtbot):
    from PySide6.QtWidgets import QPushButton

    a, b = QPushButton("1 Cat"), QPushButton("2 Dog")
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    style.mark_selected(a, True)
    style.mark_selected(b, False)
    assert a.palette().color(a.backgroundRole()).name() == style.SELECTED_BG
    assert a.palette().color(a.foregroundRole()).name() == style.SELECTED_FG
    assert a.font().bold() and not b.font().bold()
    # Both task kinds with labels share the one label choice, which marks a chosen
    # label with that function (no colours of their own).
    import inspect

    from marika.gui import image_view, label_choice, text_view
    for view in (text_view.TextClassificationView, image_view.ImageTagView):
        assert issubclass(view, label_choice.LabelChoiceView)
        assert "_sync_buttons" not in vars(view)
    assert "style.mark_selected(" in inspect.getsource(label_choice)


def test_keyboard_focus_is_a_ring_of_at_least_2_px(qtbot, data_dir):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    qtbot.waitUntil(lambda: page.profiles.count() > 0)
    for widget in (page.password, page.button):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        image = widget.grab().toImage()
        y = image.height() // 2
        run = best = 0
        for x in range(0, min(8, image.width())):
            close = ratio(QColor.fromRgb(image.pixel(QPoint(x, y))), QColor(style.FOCUS)) < 1.3
            run = run + 1 if close else 0
            best = max(best, run)
        assert best >= 2, (widget, best)


@pytest.mark.parametrize("kind", ["image_tag", "audio_transcription"])
def test_media_item_screens_meet_wcag_aa_when_rendered(qtbot, data_dir, tmp_path, kind,
                                                       monkeypatch):
    from media.mediagen import sha256, sine_wav, write_image
    from media.mediapack import build_office as build_media

    from marika.gui import audio_player

    monkeypatch.setattr(audio_player, "audio_outputs", lambda: [])  # the notice shows
    if kind == "image_tag":
        files = [write_image(tmp_path / f"{n}.jpg", 800, 600, seed=n) for n in range(2)]
        media = [(f, sha256(f), None) for f in files]
    else:
        files = [sine_wav(tmp_path / f"{n}.wav", seconds=2.0) for n in range(2)]
        media = [(f, sha256(f), 2000) for f in files]
    build_media(data_dir, kind, media, language="mg")
    window = start_app(qtbot, data_dir, lang="mg")
    window.resize(1366, 768)
    log_in(qtbot, window)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: window.card.manifest is not None)
    press(qtbot, K.Key_Return)
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and not items.loading
                    and not items.view.is_loading(), timeout=10_000)
    if kind == "image_tag":
        press(qtbot, K.Key_1)  # a chosen label: the same mark as in text tasks
        button = items.view._buttons["cat"]
        assert button.palette().color(button.backgroundRole()).name() == style.SELECTED_BG
    else:
        assert items.view.device_message.isVisible()
    found = check(window, kind)
    assert not found, "\n".join(found)

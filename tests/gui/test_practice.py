"""Practice packs in the real app, keyboard only: instant feedback, the score, the
certificate, trying again, trainer mode, paid practice time, texts in the worker's language."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.appdriver import on_db, press, start_app, type_text, wait_saved, when_dialog
from gui.practicedriver import at, log_in, open_row
from gui.practicepack import REVIEWS, audio_pack, build_office, plain_pack, text_pack

pytestmark = pytest.mark.gui

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
HOTKEY = {"pos": K.Key_1, "neg": K.Key_2, "neu": K.Key_3}


def skip_as_unclear(qtbot):
    from marika.gui.dialogs import SkipDialog

    when_dialog(lambda dialog: press(qtbot, K.Key_1, widget=dialog),  # 1 = unclear
                SkipDialog, keyboard=True)
    press(qtbot, K.Key_K, CTRL)


def answer(qtbot, items, ordinal, label):
    """Answer one item (a label id, or None to skip it), check the feedback, go on.

    Returns the feedback text shown after the first Enter."""
    at(qtbot, items, ordinal)
    assert not items.practice.feedback.isVisible()
    if label is None:
        skip_as_unclear(qtbot)
    else:
        press(qtbot, HOTKEY[label])
        press(qtbot, K.Key_Return)
    feedback = items.practice.feedback
    qtbot.waitUntil(feedback.isVisible)
    text = feedback.text()
    assert items.item.ordinal == ordinal  # the feedback waits for Enter
    # The answer is locked once the expected answer was shown.
    before = items.view.value()
    press(qtbot, K.Key_3 if label != "neu" else K.Key_1)
    assert items.view.value() == before
    press(qtbot, K.Key_Return)
    return text


def result_dialog(qtbot, items):
    qtbot.waitUntil(lambda: items.practice.dialog is not None
                    and items.practice.dialog.isVisible(), timeout=10_000)
    return items.practice.dialog


@pytest.fixture
def office(data_dir):
    keys = build_office(data_dir, [text_pack(pass_mark="0.6", paid=True), plain_pack()])
    return data_dir, keys


def test_practice_pack_to_its_certificate(qtbot, office, tmp_path, monkeypatch):
    data_dir, (practice_pk, _plain_pk) = office
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, packages=2)
    home = window.home
    row = next(r for r in range(2) if "(practice)" in home.table.item(r, 0).text())
    items = open_row(qtbot, window, row)

    # Right, right, right, wrong (neg for a positive review), skipped: 3 of 5 = 60 %.
    first = answer(qtbot, items, 0, "pos")
    assert "Right!" in first
    assert "Expected answer: Positive" in first
    assert f"Why: {REVIEWS[0][2]}" in first
    assert "Press Enter to go on." in first
    assert "Right!" in answer(qtbot, items, 1, "neg")
    assert "Right!" in answer(qtbot, items, 2, "neu")
    wrong = answer(qtbot, items, 3, "neg")
    assert "Not right." in wrong
    assert "Expected answer: Positive" in wrong and "Your answer: Negative" in wrong
    assert f"Why: {REVIEWS[3][2]}" in wrong
    skipped = answer(qtbot, items, 4, None)
    assert "Skipped" in skipped and "Expected answer: Negative" in skipped

    dialog = result_dialog(qtbot, items)
    text = dialog.text()
    assert "Passed" in text and "Not passed" not in text
    assert "Score: 3 of 5 right (60 %)" in text
    assert "Pass mark: 60 %." in text
    assert "Certificate saved in your profile: Rasoa passed “Practice reviews” (version 1)" \
        in text
    press(qtbot, K.Key_Return, widget=dialog)  # Enter: home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home)

    # Home: the certificate, the practice time (paid), and the pay for 4 done items.
    qtbot.waitUntil(lambda: "Certificate: 60 %" in home.practice_info.text())
    assert "paid at the package's rate" in home.practice_info.text()
    qtbot.waitUntil(lambda: home.table.item(row, home.EARNED_COLUMN) is not None
                    and "0.08" in home.table.item(row, home.EARNED_COLUMN).text())
    ws = window.session
    status = on_db(qtbot, window, lambda: ws.practice.status(practice_pk))
    assert status.active_ms > 0  # active time of every answered item was recorded
    certificates = on_db(qtbot, window, ws.practice.certificates)
    assert [(c.right, c.scored, c.pass_mark) for c in certificates] == [(3, 5, Decimal("0.6"))]

    # The certificate can be seen again from the home screen.
    press(qtbot, K.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    history = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: history.rows() != [])
    (cells,) = history.rows()
    assert cells[0] == "Practice reviews (version 1)"
    assert cells[2:] == ["1", "3 of 5 (60 %)", "60 %", "Passed: certificate"]
    # The pack's name is shown whole (wrapped, never "Pr… re…"), and the certificate
    # can be saved as a PDF to print.
    name_rect = history.table.visualItemRect(history.table.item(0, 0))
    needed = history.table.fontMetrics().horizontalAdvance("reviews")
    assert name_rect.width() > needed
    pdf = tmp_path / "certificate.pdf"
    from marika.gui import files
    monkeypatch.setattr(files, "save_file", lambda *_a, **_k: str(pdf))
    assert history.save_button.isEnabled()
    history.save_button.click()
    assert pdf.read_bytes().startswith(b"%PDF") and "Saved to" in history.saved_to.text()
    assert "Rasoa passed the practice pack" in history.certificate_text(history.selected())
    press(qtbot, K.Key_Escape, widget=history)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    # Opened again: the result comes back; Esc stays to review the locked answers.
    open_row(qtbot, window, row)
    dialog = result_dialog(qtbot, items)
    assert "Score: 3 of 5 right" in dialog.text()
    press(qtbot, K.Key_Escape, widget=dialog)
    qtbot.waitUntil(lambda: items.practice.dialog is None)
    at(qtbot, items, 0)
    qtbot.waitUntil(items.practice.feedback.isVisible)
    assert "cannot be changed now" in items.practice.feedback.text()
    assert items.view.value() == {"labels": ["pos"]}
    # Enter walks through the reviewed answers; after the last one, the result again.
    for ordinal in range(1, 5):
        press(qtbot, K.Key_Return)
        at(qtbot, items, ordinal)
    press(qtbot, K.Key_Return)
    dialog = result_dialog(qtbot, items)
    assert "Score: 3 of 5 right" in dialog.text()
    press(qtbot, K.Key_Return, widget=dialog)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home)

    # Logging out (or the idle lock) closes the history: the next person never sees it.
    press(qtbot, K.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    history = QApplication.activeModalWidget()
    window.log_out()
    qtbot.waitUntil(lambda: not history.isVisible())
    assert window.stack.currentWidget() is window.start


def test_failed_run_gives_no_certificate_and_can_be_tried_again(qtbot, office):
    data_dir, (practice_pk, _plain_pk) = office
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, packages=2)
    row = next(r for r in range(2) if "(practice)" in window.home.table.item(r, 0).text())
    items = open_row(qtbot, window, row)
    # Two right, three wrong: 40 %, under the 60 % pass mark.
    for ordinal, label in enumerate(["pos", "neg", "pos", "neg", "pos"]):
        answer(qtbot, items, ordinal, label)
    dialog = result_dialog(qtbot, items)
    assert "Not passed" in dialog.text()
    assert "Score: 2 of 5 right (40 %)" in dialog.text()
    assert "No certificate this time." in dialog.text()
    ws = window.session
    assert on_db(qtbot, window, ws.practice.certificates) == []

    # Ctrl+R: try again. The answers are cleared, the first attempt stays in the history.
    press(qtbot, K.Key_R, CTRL, widget=dialog)
    qtbot.waitUntil(lambda: items.practice.dialog is None)
    at(qtbot, items, 0)
    qtbot.waitUntil(lambda: not items.read_only)
    assert items.view.value() == {"labels": []}
    for ordinal, (_text, label, _why) in enumerate(REVIEWS):
        answer(qtbot, items, ordinal, label)
    dialog = result_dialog(qtbot, items)
    assert "Score: 5 of 5 right (100 %), attempt 2" in dialog.text()
    assert "Certificate saved" in dialog.text()
    press(qtbot, K.Key_Return, widget=dialog)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    attempts = on_db(qtbot, window, ws.practice.attempts)
    assert [(a.number, a.right, a.is_certificate) for a in attempts] == [(2, 5, True),
                                                                         (1, 2, False)]
    # Each item paid once over both attempts: 5 x 0.02 EUR.
    earned = window.home.EARNED_COLUMN
    qtbot.waitUntil(lambda: "0.10" in window.home.table.item(row, earned).text())


def test_trainer_mode_shows_the_gold_in_large_type(qtbot, office):
    data_dir, _keys = office
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, packages=2)
    home = window.home
    plain_row = next(r for r in range(2) if "(practice)" not in home.table.item(r, 0).text())
    items = open_row(qtbot, window, plain_row)

    # Not a practice pack: no trainer mode, Ctrl+Shift+T does nothing, no feedback.
    assert not items.commands["trainer"].isVisible()
    press(qtbot, K.Key_T, CTRL_SHIFT)
    assert not items.practice.trainer.isVisible()
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Return)
    at(qtbot, items, 1)
    assert not items.practice.feedback.isVisible()
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home)
    wait_saved(qtbot, window)

    practice_row = 1 - plain_row
    items = open_row(qtbot, window, practice_row)
    at(qtbot, items, 0)
    assert items.commands["trainer"].isVisible()
    assert "Ctrl+Shift+T" in items.commands["trainer"]._button.text()
    press(qtbot, K.Key_T, CTRL_SHIFT)
    trainer = items.practice.trainer
    qtbot.waitUntil(trainer.isVisible)
    assert trainer.answer_text() == "Positive"
    assert trainer.why_label.text() == REVIEWS[0][2]
    assert trainer.answer_label.font().pointSizeF() >= 2.5 * items.font().pointSizeF()
    assert not items.panel.isVisible()  # the instructions make room
    assert "earns no certificate" in items.banner.text()

    answer(qtbot, items, 0, "pos")
    at(qtbot, items, 1)
    assert trainer.answer_text() == "Negative"  # it follows the item
    # Bigger text (Ctrl+=) makes the trainer's type bigger too.
    size = trainer.answer_label.font().pointSizeF()
    press(qtbot, K.Key_Equal, CTRL)
    qtbot.waitUntil(lambda: trainer.answer_label.font().pointSizeF() > size)

    press(qtbot, K.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not trainer.isVisible())
    assert items.panel.isVisible()

    for ordinal in range(1, 5):
        answer(qtbot, items, ordinal, REVIEWS[ordinal][1])
    dialog = result_dialog(qtbot, items)
    assert "Passed" in dialog.text() and "Trainer mode showed the answers" in dialog.text()
    ws = window.session
    assert on_db(qtbot, window, ws.practice.certificates) == []
    window.log_out()  # the result closes with the session
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.stack.currentWidget() is window.start


def test_package_texts_follow_the_worker_language(qtbot, office):
    data_dir, _keys = office
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, packages=2)
    window.set_language("fr")
    row = next(r for r in range(2) if "(practice)" in window.home.table.item(r, 0).text())
    items = open_row(qtbot, window, row)
    press(qtbot, K.Key_2)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(items.practice.feedback.isVisible)
    text = items.practice.feedback.text()
    assert "Positif" in text and "Négatif" in text  # label names in French
    assert f"(fr) {REVIEWS[0][2]}" in text  # the explanation in French

    # Malagasy interface: the names exist in Malagasy; the explanation does not, so it
    # falls back to English (after the profile's own language, here English too)...
    window.set_language("mg")
    qtbot.waitUntil(lambda: "Tsara" in items.practice.feedback.text())
    assert f": {REVIEWS[0][2]}" in items.practice.feedback.text()
    # ... unless the worker says they also read French (Language > I also read).
    menu = window.reading_menu
    assert menu.isEnabled()
    menu.choices["fr"].trigger()
    qtbot.waitUntil(lambda: f"(fr) {REVIEWS[0][2]}" in items.practice.feedback.text())
    assert "Tsara" in items.practice.feedback.text()  # Malagasy still comes first
    ws = window.session
    qtbot.waitUntil(lambda: on_db(qtbot, window, ws.preferences).get("languages") == ["fr"])

    # Kept in the profile: after logging in again, French is still the fallback.
    assert items.isAncestorOf(QApplication.focusWidget())  # the keys still work here
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    window.log_out()
    from marika.gui import fmt

    assert fmt.pick({"en": "E", "fr": "F"}) == "E"  # logged out: nobody's languages
    log_in(qtbot, window, packages=2)
    assert menu.choices["fr"].isChecked()
    window.set_language("mg")
    assert fmt.pick({"en": "E", "fr": "F"}) == "F"
    window.set_language("en")


def test_audio_practice_compares_transcripts(qtbot, data_dir, monkeypatch):
    from marika.gui import audio_player

    monkeypatch.setattr(audio_player, "audio_outputs", lambda: [])  # no sound card, as in CI
    build_office(data_dir, [audio_pack(pass_mark="0.5")])
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, packages=1)
    items = open_row(qtbot, window, 0)
    view = items.view
    qtbot.waitUntil(view.editor.hasFocus)
    # One letter off, no capitals or punctuation: close enough.
    type_text(qtbot, "manao ahoana ianao rakotu")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(items.practice.feedback.isVisible)
    text = items.practice.feedback.text()
    assert "Right!" in text and "Close enough" in text
    assert "Expected transcript: Manao ahoana ianao, Rakoto?" in text
    assert "Why: Write every word you hear." in text
    assert view.editor.isReadOnly()  # locked once the expected transcript is shown
    press(qtbot, K.Key_Return)
    at(qtbot, items, 1)
    qtbot.waitUntil(view.editor.hasFocus)
    type_text(qtbot, "misaotra")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(items.practice.feedback.isVisible)
    text = items.practice.feedback.text()
    assert "Not right." in text and "Expected transcript: Misaotra betsaka tompoko." in text
    assert "differs from it in about" in text
    press(qtbot, K.Key_Return)
    dialog = result_dialog(qtbot, items)
    assert "Score: 1 of 2 right (50 %)" in dialog.text() and "Passed" in dialog.text()

"""Language ▸ "I also read": the languages a worker reads besides the interface one.

A package text (instructions, label names, explanations) missing in the interface
language is shown in one of these before falling back to English, French, Malagasy
(`fmt.pick`). Kept in the profile's encrypted preferences, key "languages"; the
profile's own language always counts as read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMenu, QWidget

from . import fmt, i18n

PREFERENCE = "languages"
NAMES = (("mg", "Malagasy"), ("fr", "Français"), ("en", "English"))  # each in itself


class ReadingMenu(QMenu):
    def __init__(self, window: QWidget, parent_menu: QMenu) -> None:
        super().__init__(parent_menu)
        self.window_ = window
        self.session = None
        self.profile_language = ""
        self.chosen: list[str] = []
        self.choices = {}
        for code, name in NAMES:
            action = self.addAction(name, lambda c=code: self.toggle(c))
            action.setCheckable(True)
            self.choices[code] = action
        parent_menu.addMenu(self)
        self.retranslate()

    def set_profile(self, session, language: str, prefs: dict) -> None:
        """At log-in: the profile's language and the languages it also reads."""
        self.session, self.profile_language = session, language or ""
        self.chosen = [c for c in prefs.get(PREFERENCE, ()) if c in dict(NAMES)]
        self._apply()

    def reset(self) -> None:
        self.session, self.profile_language, self.chosen = None, "", []
        self._apply()

    def toggle(self, code: str) -> None:
        if self.session is None or not hasattr(self.session, "set_preference"):
            self.retranslate()
            return
        if code in self.chosen:
            self.chosen.remove(code)
        else:
            self.chosen.append(code)
        session, chosen = self.session, list(self.chosen)
        self.window_.tasks.run_db(lambda: session.set_preference(PREFERENCE, chosen))
        self._apply()
        i18n.switch_language(fmt.language())  # every screen picks its package texts again

    def _apply(self) -> None:
        fmt.set_reading_languages([*self.chosen, self.profile_language])
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("I also read"))
        self.setEnabled(self.session is not None and hasattr(self.session, "set_preference"))
        for code, action in self.choices.items():
            action.setChecked(code in self.chosen)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

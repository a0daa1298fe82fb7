"""The transparency card: who the work is for, why, who to contact, the pay, the warnings.

Shown before the first item of a package; the worker acknowledges it (Enter) before
starting. Every field is the package's own text, shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from . import fmt, manifest_info, style
from .commands import Command
from .home_screen import kind_name
from .item_parts import bold, heading, plain_label, set_colors


class CardScreen(QWidget):
    acknowledged = Signal(object)  # PackageSummary
    back = Signal()

    FIELDS = ("client", "purpose", "contact", "reviewer", "rate", "kind", "items", "warnings")

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.summary = self.manifest = self.ws = None
        self.heading = heading(self)
        self.intro = plain_label(self)
        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = QFormLayout(self.frame)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.names, self.values = {}, {}
        for key in self.FIELDS:
            self.names[key] = plain_label(self.frame, wrap=False)
            bold(self.names[key])
            self.values[key] = plain_label(self.frame)
            self.values[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.names[key], self.values[key])
        self.commands = {
            "ok": Command(self, ["Return", "Enter"], self._acknowledge,
                          key_text=lambda: self.tr("Enter")),
            "back": Command(self, ["Esc"], self.back.emit),
        }
        buttons = QHBoxLayout()
        buttons.addWidget(self.commands["back"].button(self))
        buttons.addStretch(1)
        ok = self.commands["ok"].button(self)
        bold(ok).setMinimumHeight(34)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 20, 60, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.frame)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_for(self, workspace, summary) -> None:
        self.ws, self.summary, self.manifest = workspace, summary, None
        ws = workspace
        self.tasks.run_db(lambda: ws.manifest(summary.package_pk), on_done=self._loaded,
                          owner=self)

    def _loaded(self, manifest) -> None:
        self.manifest = manifest
        self.retranslate()
        self.setFocus()

    def _acknowledge(self) -> None:
        if self.summary is None or self.manifest is None:
            return
        summary, ws = self.summary, self.ws
        if summary.card_acknowledged:
            self.acknowledged.emit(summary)
            return
        self.tasks.run_db(lambda: ws.acknowledge_card(summary.package_pk),
                          on_done=lambda _r: self.acknowledged.emit(summary), owner=self)

    def retranslate(self) -> None:
        s, m = self.summary, self.manifest
        self.heading.setText(manifest_info.title(m, s.package_id) if s and m
                             else self.tr("About this package"))
        self.intro.setText(self.tr(
            "Before you start, read who this work is for and what it pays. Ask your "
            "supervisor or the contact below if anything is unclear."))
        names = {"client": self.tr("Client"), "purpose": self.tr("Purpose of the data"),
                 "contact": self.tr("Contact"), "reviewer": self.tr("Reviewer"),
                 "rate": self.tr("Pay"), "kind": self.tr("Task"),
                 "items": self.tr("Items"), "warnings": self.tr("Content warnings")}
        for key, text in names.items():
            self.names[key].setText(text)
        if s is not None and m is not None:
            card = manifest_info.card(m)
            unknown = self.tr("Not given")
            for key in ("client", "purpose", "contact", "reviewer"):
                self.values[key].setText(card.get(key) or unknown)
            rate = self.tr("%1 for each finished item").replace(
                "%1", fmt.money(s.rate_per_item, s.currency))
            if s.is_practice:
                mark = fmt.percent(m.practice.pass_mark)
                rate = (self.tr("Practice pack, paid: %1 for each finished item. Pass mark: "
                                "%2.").replace("%1", fmt.money(s.rate_per_item, s.currency))
                        .replace("%2", mark) if s.paid else
                        self.tr("Practice pack, not paid. Pass mark: %1.").replace("%1", mark))
            self.values["rate"].setText(rate)
            self.values["kind"].setText(kind_name(s.kind))
            self.values["items"].setText(self.tr("%n item(s)", "", s.item_count))
            warnings = manifest_info.content_warnings(m)
            self.values["warnings"].setText(", ".join(warnings) if warnings else self.tr(
                "None declared"))
            set_colors(self.values["warnings"], fg=style.WARNING if warnings else style.TEXT)
        done = bool(s and s.card_acknowledged)
        self.commands["ok"].set_label(self.tr("Continue") if done
                                      else self.tr("I have read this, start"))
        self.commands["back"].set_label(self.tr("Back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

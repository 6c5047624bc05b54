"""Adding the day's activity from a weekly template: once is one click; a second activity from
the same template on the same day and site asks first (a double click must not make two)."""

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vanskapshuset.app import App
from vanskapshuset.ui.pages.vocabulary_text import fill


def confirm_repeat(app: App, template_id: str, day: dt.date, parent: QWidget) -> bool:
    """True when the template's activity may be added on `day`: not there yet, or the person
    confirmed a second one (Enter or J confirms; Esc keeps just the one)."""
    if not app.templates.used_on(template_id, day):
        return True
    translate = QCoreApplication.translate
    question = QMessageBox(parent)
    question.setIcon(QMessageBox.Icon.Question)
    question.setWindowTitle(translate("TemplateUse", "Redan tillagd"))
    title = next((t.title for t in app.templates.list() if t.id == template_id), "")
    question.setText(
        fill(
            translate(
                "TemplateUse",
                "”%1” finns redan den %2 på den här platsen. Lägga till en aktivitet till?",
            ),
            title,
            day.isoformat(),
        )
    )
    again = question.addButton(
        translate("TemplateUse", "&Ja, lägg till en till"), QMessageBox.ButtonRole.AcceptRole
    )
    question.addButton(translate("TemplateUse", "Nej"), QMessageBox.ButtonRole.RejectRole)
    question.setDefaultButton(again)
    question.exec()
    return question.clickedButton() is again

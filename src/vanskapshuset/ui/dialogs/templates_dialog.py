"""Mallar: the weekly templates ("Öppet hus, tisdagar 15–18") — list, add and delete."""

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.templates import TemplateInput, TemplateView
from vanskapshuset.ui.dialogs.organisation_picker import make_completer
from vanskapshuset.ui.models.labels import weekday_names
from vanskapshuset.ui.session import UiSession


def template_label(template: TemplateView) -> str:
    """E.g. "Öppet hus, tisdagar 15:00–18:00 (Vänskapshuset)"."""
    return (
        QCoreApplication.translate("TemplatesDialog", "%1, %2 %3–%4 (%5)")
        .replace("%1", template.title)
        .replace("%2", weekday_names()[template.weekday])
        .replace("%3", template.start.strftime("%H:%M"))
        .replace("%4", template.end.strftime("%H:%M"))
        .replace("%5", template.site)
    )


class TemplatesDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Mallar för veckans aktiviteter"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Mallar"))
        layout.addWidget(QLabel(self.tr("Mallar som finns:")))
        layout.addWidget(self.list, 1)
        self.delete_button = QPushButton(self.tr("Ta bort mall"))
        self.delete_button.setAccessibleName(self.tr("Ta bort vald mall"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        layout.addWidget(self._add_box())
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        close.setAccessibleName(self.tr("Stäng mallarna"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _add_box(self) -> QGroupBox:
        app = self.session.app
        box = QGroupBox(self.tr("Ny mall"))
        form = QFormLayout(box)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Mallens titel"))
        form.addRow(self.tr("&Titel:"), self.title)
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Veckodag"))
        self.weekday.addItems(list(weekday_names()))
        self.start = QTimeEdit(QTime(15, 0))
        self.end = QTimeEdit(QTime(18, 0))
        when = QHBoxLayout()
        when.addWidget(self.weekday)
        for edit, name in ((self.start, self.tr("Starttid")), (self.end, self.tr("Sluttid"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        when.addWidget(self.start)
        when.addWidget(QLabel("–"))
        when.addWidget(self.end)
        when.addStretch(1)
        when_label = QLabel(self.tr("&Veckodag och tid:"))
        when_label.setBuddy(self.weekday)
        form.addRow(when_label, when)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Plats"))
        sites = {s.id: s.name for s in app.sites.list()}
        self.site.addItems(list(sites.values()))
        if self.session.site_id in sites:
            self.site.setCurrentText(sites[self.session.site_id])
        form.addRow(self.tr("&Plats:"), self.site)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Aktivitetstyp"))
        self.type.setPlaceholderText(self.tr("Välj typ…"))
        self.type.addItems(sorted((t.name for t in app.activity_types.list()), key=str.casefold))
        self.type.setCurrentIndex(-1)
        form.addRow(self.tr("T&yp:"), self.type)
        names = QStringListModel(
            sorted((o.name for o in app.organisations.list()), key=str.casefold)
        )
        self.organiser = QComboBox()
        self.organiser.setEditable(True)
        self.organiser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organiser.setModel(names)
        self.organiser.setCompleter(make_completer(names, self.organiser))
        self.organiser.setCurrentIndex(-1)
        self.organiser.setAccessibleName(self.tr("Arrangör"))
        form.addRow(self.tr("&Arrangör:"), self.organiser)
        self.leaders = QSpinBox()
        self.leaders.setRange(0, 999)
        self.leaders.setValue(1)
        self.leaders.setAccessibleName(self.tr("Antal ledare"))
        self.leaders.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
        form.addRow(self.tr("Antal &ledare:"), self.leaders)
        self.knowledge_exchange = QCheckBox(self.tr("&Kunskapsutbyte"))
        self.knowledge_exchange.setToolTip(
            self.tr("Kunskapsutbyte mellan aktörer: staden, föreningar, boende.")
        )
        form.addRow("", self.knowledge_exchange)
        self.add_button = QPushButton(self.tr("Lägg till mall"))
        self.add_button.setAccessibleName(self.tr("Lägg till mallen"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        return box

    def reload(self) -> None:
        self.list.clear()
        for template in self.session.app.templates.list():
            item = QListWidgetItem(template_label(template))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
        self.delete_button.setEnabled(self.list.count() > 0)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def add(self) -> None:
        self.error.hide()
        if not self.title.text().strip():
            self._fail(self.tr("Skriv en titel för mallen."))
            self.title.setFocus()
            return
        if self.end.time() <= self.start.time():
            self._fail(self.tr("Sluttiden måste vara efter starttiden."))
            self.end.setFocus()
            return
        if self.type.currentIndex() < 0:
            self._fail(self.tr("Välj en aktivitetstyp."))
            self.type.setFocus()
            return
        try:
            template_id = self.session.app.templates.add(
                TemplateInput(
                    site=self.site.currentText(),
                    weekday=self.weekday.currentIndex(),
                    start=self.start.time().toPython().replace(second=0, microsecond=0),
                    end=self.end.time().toPython().replace(second=0, microsecond=0),
                    title=self.title.text(),
                    type_name=self.type.currentText(),
                    organiser=" ".join(self.organiser.currentText().split()) or None,
                    leader_count=self.leaders.value(),
                    knowledge_exchange=self.knowledge_exchange.isChecked(),
                )
            )
        except UserError as error:
            self._fail(str(error))
            return
        self.session.changed()
        self.title.clear()
        self.reload()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)
        self.title.setFocus()

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.session.require_coordinator(self):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort mall"),
            self.tr("Ta bort mallen ”%1”? Aktiviteter som redan skapats finns kvar.").replace(
                "%1", item.text()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.app.templates.delete(item.data(Qt.ItemDataRole.UserRole))
        except UserError as error:
            self._fail(str(error))
        self.session.changed()
        self.reload()

"""Mallar: the weekly templates ("Öppet hus, tisdagar 15–18") — list, add, edit and delete."""

from collections.abc import Callable

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
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import LEADERS
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.templates import TemplateInput, TemplateView
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.dialogs.organisation_picker import known_name, make_completer
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.labels import weekday_names
from vanskapshuset.ui.qt_dates import to_time
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.time_field import TimeField


def template_label(template: TemplateView) -> str:
    """E.g. "Öppet hus, tisdagar 15:00–18:00 (Vänskapshuset)"."""
    return fill_numbered(
        QCoreApplication.translate("TemplatesDialog", "%1, %2 %3–%4 (%5)"),
        template.title,
        weekday_names()[template.weekday],
        template.start.strftime("%H:%M"),
        template.end.strftime("%H:%M"),
        template.site,
    )


class TemplatesDialog(QDialog):
    """The list of templates above one form: empty for a new template, or the chosen template
    loaded into it (Ändra…, double-click or Enter in the list) to change it."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: TemplateView | None = None  # the template loaded into the form, if any
        self.setWindowTitle(self.tr("Mallar för veckans aktiviteter"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Mallar"))
        self.list.itemDoubleClicked.connect(self.edit_selected)
        list_label = QLabel(self.tr("&Mallar som finns:"))
        list_label.setBuddy(self.list)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        # Shortcuts on the list itself, so Enter there edits and does not press the default
        # button of the form below.
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_selected),
        ):
            shortcut = QShortcut(key, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.edit_button = self._list_button(
            self.tr("Ä&ndra…"), self.tr("Ändra vald mall"), self.edit_selected
        )
        self.delete_button = self._list_button(
            self.tr("Ta &bort mall"), self.tr("Ta bort vald mall"), self.delete_selected
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        layout.addWidget(self._form_box())
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
        self.guard = DiscardGuard(self)
        self.guard.ignore(self.list)  # saved templates, not typing

    def _list_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _form_box(self) -> QGroupBox:
        app = self.session.app
        self.form_box = QGroupBox(self.tr("Ny mall"))
        form = QFormLayout(self.form_box)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Mallens titel"))
        form.addRow(self.tr("&Titel:"), self.title)
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Veckodag"))
        self.weekday.addItems(list(weekday_names()))
        self.start = TimeField(QTime(15, 0))
        self.end = TimeField(QTime(18, 0))
        when = QHBoxLayout()
        when.addWidget(self.weekday)
        for edit, name in ((self.start, self.tr("Starttid")), (self.end, self.tr("Sluttid"))):
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
        for site in app.sites.list():
            self.site.addItem(site.name, site.id)
        if self.site.findData(self.session.site_id) >= 0:
            self.site.setCurrentIndex(self.site.findData(self.session.site_id))
        form.addRow(self.tr("&Plats:"), self.site)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Aktivitetstyp"))
        self.type.setPlaceholderText(self.tr("Välj typ…"))
        for kind in sorted(app.activity_types.list(), key=lambda t: swedish_key(t.name)):
            self.type.addItem(kind.name, kind.id)
        self.type.setCurrentIndex(-1)
        form.addRow(self.tr("T&yp:"), self.type)
        # The organiser is chosen by typing its name: each name's id (resolved on saving).
        self._organisation_ids = {o.name: o.id for o in app.organisations.list()}
        names = QStringListModel(sorted(self._organisation_ids, key=swedish_key))
        self.organiser = QComboBox()
        self.organiser.setEditable(True)
        self.organiser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organiser.setModel(names)
        self.organiser.setCompleter(make_completer(names, self.organiser))
        self.organiser.setCurrentIndex(-1)
        self.organiser.setAccessibleName(self.tr("Arrangör"))
        form.addRow(self.tr("&Arrangör:"), self.organiser)
        self.leaders = QSpinBox()
        self.leaders.setRange(LEADERS.low, LEADERS.high)
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
        self.add_button.clicked.connect(self.save)
        self.stop_editing_button = QPushButton(self.tr("Avbryt ändringen"))
        self.stop_editing_button.setAccessibleName(self.tr("Avbryt ändringen av mallen"))
        self.stop_editing_button.setAutoDefault(False)
        self.stop_editing_button.clicked.connect(self.stop_editing)
        self.stop_editing_button.hide()
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.add_button)
        form_buttons.addWidget(self.stop_editing_button)
        form_buttons.addStretch(1)
        form.addRow("", form_buttons)
        return self.form_box

    def reload(self) -> None:
        self.list.clear()
        for template in self.session.app.templates.list():
            item = QListWidgetItem(template_label(template))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
        has_templates = self.list.count() > 0
        self.delete_button.setEnabled(has_templates)
        self.edit_button.setEnabled(has_templates)

    def select(self, template_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)

    def reject(self) -> None:
        # Esc, Stäng and the close button: a half-typed template is not lost silently.
        if self.guard.may_discard():
            super().reject()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _refused(self, error: UserError) -> None:
        """The service's refusal, said below the form, with the field it names focused."""
        fields: dict[str, QWidget] = {
            "title": self.title,
            "weekday": self.weekday,
            "start": self.start,
            "end": self.end,
            "site_id": self.site,
            "type_id": self.type,
            "organiser_id": self.organiser,
            "leader_count": self.leaders,
        }
        self._fail(say(error))
        field = fields.get(error.field or "")
        if field is not None:
            field.setFocus()

    # -- editing -------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Load the chosen template into the form (asking first if the form has changes)."""
        item = self.list.currentItem()
        if item is None or not self.guard.may_discard():
            return
        template_id = item.data(Qt.ItemDataRole.UserRole)
        template = next((t for t in self.session.app.templates.list() if t.id == template_id), None)
        if template is None:
            self._fail(self.tr("Mallen finns inte längre."))
            self.reload()
            return
        self.error.hide()
        self.editing = template
        self.title.setText(template.title)
        self.weekday.setCurrentIndex(template.weekday)
        self.start.setTime(QTime(template.start.hour, template.start.minute))
        self.end.setTime(QTime(template.end.hour, template.end.minute))
        # A site or type deleted since is shown as it is; saving then says what to choose.
        for combo, name, record_id in (
            (self.site, template.site, template.site_id),
            (self.type, template.type_name, template.type_id),
        ):
            if combo.findData(record_id) < 0:
                combo.addItem(name, record_id)
            combo.setCurrentIndex(combo.findData(record_id))
        self.organiser.setCurrentText(template.organiser or "")
        self.leaders.setValue(template.leader_count)
        self.knowledge_exchange.setChecked(template.knowledge_exchange)
        self.form_box.setTitle(fill_numbered(self.tr("Ändra mall: %1"), template_label(template)))
        self.add_button.setText(self.tr("Spara ändringen"))
        self.add_button.setAccessibleName(self.tr("Spara ändringen av mallen"))
        self.stop_editing_button.show()
        self.guard.mark_clean()
        self.title.setFocus()
        self.title.selectAll()

    def stop_editing(self) -> None:
        """Back to an empty form for a new template; the loaded one stays as it was saved."""
        self.editing = None
        self.title.clear()
        self.form_box.setTitle(self.tr("Ny mall"))
        self.add_button.setText(self.tr("Lägg till mall"))
        self.add_button.setAccessibleName(self.tr("Lägg till mallen"))
        self.stop_editing_button.hide()
        self.error.hide()
        self.guard.mark_clean()
        self.title.setFocus()

    # -- saving --------------------------------------------------------------------------------

    def _checked_input(self) -> TemplateInput | None:
        """What the form says, or None after pointing at the first field to fix."""
        self.error.hide()
        if not self.title.text().strip():
            self._fail(self.tr("Skriv en titel för mallen."))
            self.title.setFocus()
            return None
        if self.end.time() <= self.start.time():
            self._fail(self.tr("Sluttiden måste vara efter starttiden."))
            self.end.setFocus()
            return None
        if self.type.currentIndex() < 0:
            self._fail(self.tr("Välj en aktivitetstyp."))
            self.type.setFocus()
            return None
        if self.site.currentIndex() < 0:
            self._fail(self.tr("Välj en plats."))
            self.site.setFocus()
            return None
        organiser_id = self._organiser_id()
        if organiser_id is None:
            return None
        # The form does not show a template's own area and partners: an edit keeps them.
        kept = self.editing
        return TemplateInput(
            site_id=self.site.currentData(),
            weekday=self.weekday.currentIndex(),
            start=to_time(self.start.time()).replace(second=0, microsecond=0),
            end=to_time(self.end.time()).replace(second=0, microsecond=0),
            title=self.title.text(),
            type_id=self.type.currentData(),
            area=kept.area.value if kept is not None and kept.area is not None else None,
            organiser_id=organiser_id or None,
            partner_ids=kept.partner_ids if kept is not None else (),
            leader_count=self.leaders.value(),
            knowledge_exchange=self.knowledge_exchange.isChecked(),
        )

    def _organiser_id(self) -> str | None:
        """The typed organiser's id ("" for none); None after saying it is not in the register
        (the template's own organiser, even if removed since, is kept)."""
        typed = " ".join(self.organiser.currentText().split())
        if not typed:
            return ""
        kept = self.editing
        if kept is not None and kept.organiser_id is not None and typed == kept.organiser:
            return kept.organiser_id
        name = known_name(self._organisation_ids, typed)
        if name is None:
            self._fail(
                fill_numbered(
                    self.tr("”%1” finns inte i registret. Välj en organisation i listan."), typed
                )
            )
            self.organiser.setFocus()
            return None
        return self._organisation_ids[name]

    def save(self) -> None:
        """Add a new template, or save the change to the one loaded into the form."""
        data = self._checked_input()
        if data is None:
            return
        templates = self.session.app.templates
        try:
            if self.editing is None:
                template_id = templates.add(data)
            else:
                template_id = self.editing.id
                templates.update(template_id, data)
        except UserError as error:
            self._refused(error)
            return
        self.session.changed()
        self.reload()
        self.select(template_id)
        self.stop_editing()

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.session.require_coordinator(self):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort mall"),
            fill_numbered(
                self.tr("Ta bort mallen ”%1”? Aktiviteter som redan skapats finns kvar."),
                item.text(),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.app.templates.delete(item.data(Qt.ItemDataRole.UserRole))
        except UserError as error:
            self._fail(say(error))
        self.session.changed()
        if self.editing is not None and self.editing.id == item.data(Qt.ItemDataRole.UserRole):
            self.stop_editing()  # nothing left to save the change to
        self.reload()

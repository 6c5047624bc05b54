"""Choosing organisations by typing: a completer, the partner list, and creating one inline."""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.labels import organisation_kind_labels
from vanskapshuset.ui.session import UiSession


def known_name(names: Iterable[str], text: str) -> str | None:
    """The registered spelling of `text` (same rule as the services: case and spaces ignored)."""
    wanted = " ".join(text.split()).casefold()
    return next((name for name in names if name.casefold() == wanted), None)


def add_name(model: QStringListModel, name: str) -> None:
    """Insert `name` in order without resetting the model (a reset would clear what a combo
    box sharing the model shows)."""
    names = model.stringList()
    row = next((i for i, n in enumerate(names) if n.casefold() > name.casefold()), len(names))
    model.insertRows(row, 1)
    model.setData(model.index(row), name)


def make_completer(model: QStringListModel, parent: QObject) -> QCompleter:
    """Suggests names containing what was typed, in any case: "barn" finds "Rädda Barnen"."""
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


class NewOrganisationDialog(QDialog):
    """Asks the kind of an organisation not yet in the register, then adds it."""

    def __init__(self, session: UiSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created_name: str | None = None
        self.setWindowTitle(self.tr("Ny organisation"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        layout = QVBoxLayout(self)
        question = QLabel(
            fill_numbered(
                self.tr("”%1” finns inte i registret. Vill du lägga till den som ny organisation?"),
                " ".join(name.split()),
            )
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        form = QFormLayout()
        self.name = QLineEdit(" ".join(name.split()))
        self.name.setAccessibleName(self.tr("Namn"))
        form.addRow(self.tr("&Namn:"), self.name)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Typ av organisation"))
        for kind, label in organisation_kind_labels().items():
            self.kind.addItem(label, kind.value)
        form.addRow(self.tr("&Typ:"), self.kind)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        add = buttons.addButton(self.tr("Lägg till"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setAccessibleName(self.tr("Lägg till organisationen"))
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Lägg inte till"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.setFocus()
        self.guard = DiscardGuard(self)

    def reject(self) -> None:
        # Esc, Avbryt and the close button: what was typed is not thrown away without asking.
        if self.guard.may_discard():
            super().reject()

    def _try(self) -> None:
        try:
            info = self.session.app.organisations.add(self.name.text(), self.kind.currentData())
        except UserError as error:
            self.error.setText(say(error))
            self.error.show()
            self.name.setFocus()
            return
        self.created_name = info.name
        self.session.changed()
        self.accept()


def offer_new_organisation(session: UiSession, name: str, parent: QWidget | None) -> str | None:
    """The new organisation's name if the person chose to add it, else None."""
    dialog = NewOrganisationDialog(session, name, parent)
    dialog.exec()
    return dialog.created_name


class PartnerList(QWidget):
    """Partners of an activity: type to search, Enter or the button adds, Delete removes."""

    def __init__(
        self, session: UiSession, names: QStringListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.names = names
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Skriv för att söka…"))
        self.search.setAccessibleName(self.tr("Sök samarbetspartner"))
        self.search.setCompleter(make_completer(names, self.search))
        self.search.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Lägg till"))
        self.add_button.setAccessibleName(self.tr("Lägg till samarbetspartner"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Samarbetspartner"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.remove_button = QPushButton(self.tr("Ta bort"))
        self.remove_button.setAccessibleName(self.tr("Ta bort vald samarbetspartner"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.search, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.error, 2, 0, 1, 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def partners(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def set_partners(self, partners: Sequence[str]) -> None:
        self.list.clear()
        self.list.addItems(list(partners))

    def add_typed(self) -> None:
        text = " ".join(self.search.text().split())
        self.error.hide()
        if not text:
            return
        name = known_name(self.names.stringList(), text)
        if name is None:
            name = offer_new_organisation(self.session, text, self)
            if name is None:
                self.error.setText(
                    fill_numbered(
                        self.tr("”%1” lades inte till: den finns inte i registret."), text
                    )
                )
                self.error.show()
                return
            add_name(self.names, name)
        if name not in self.partners():
            self.list.addItem(name)
        self.search.clear()
        self.search.setFocus()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search field adds the partner instead of saving the whole dialog.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

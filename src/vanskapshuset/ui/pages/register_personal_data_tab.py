"""The Personuppgifter tab (the coordinator's): find everything kept about a child or guardian,
hand it over as a file (right of access) or erase it (right to erasure)."""

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.signups import SignUpMatch
from vanskapshuset.ui.dialogs.file_saving import FileSaver, file_name
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow, TextTableModel
from vanskapshuset.ui.pages.register_common import error_label, record_table, show_error
from vanskapshuset.ui.session import UiSession


class PersonalDataTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.matches: list[SignUpMatch] = []
        self.searched = ""  # the name the shown matches were found for
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 70)  # readable
        layout.addWidget(self.about)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Namn:"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Barnets eller vårdnadshavarens namn"))
        self.name.setPlaceholderText(self.tr("Hela namnet, som det står på anmälan"))
        self.name.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.name.returnPressed.connect(self.search)
        search_label.setBuddy(self.name)
        self.search_button = QPushButton(self.tr("Sök"))
        self.search_button.setAccessibleName(self.tr("Sök anmälningar med namnet"))
        self.search_button.clicked.connect(self.search)
        for widget in (search_label, self.name, self.search_button):
            search_row.addWidget(widget)
        search_row.addStretch(1)
        layout.addLayout(search_row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.model = TextTableModel(
            [
                self.tr("Aktivitet"),
                self.tr("Datum"),
                self.tr("Plats"),
                self.tr("Barn"),
                self.tr("Vårdnadshavare"),
                self.tr("Raderas efter"),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Anmälningar med namnet"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the activity's title
        layout.addWidget(self.table, 1)
        self.found = QLabel()
        self.found.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.found, 1)
        self.export_button = QPushButton(self.tr("&Exportera…"))
        self.export_button.setAccessibleName(self.tr("Spara allt om namnet som en fil"))
        self.export_button.setToolTip(
            self.tr("Rätten till tillgång: allt som finns om personen, som en JSON-fil")
        )
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("&Radera alla…"))
        self.erase_button.setAccessibleName(self.tr("Radera alla anmälningar med namnet"))
        self.erase_button.setToolTip(self.tr("Rätten att bli raderad: tar bort anmälningarna"))
        self.erase_button.clicked.connect(self.erase)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.saver = FileSaver(session.app, self)
        self.saver.error_shown.connect(self._save_failed)
        self.saver.saved.connect(lambda _path: self.status.clear())
        layout.addWidget(self.saver)
        self._explain()
        self._show([])

    def _explain(self) -> None:
        text = self.tr(
            "Anmälningar till aktiviteter är de enda uppgifterna med namn: barnets namn och "
            "ålder, vårdnadshavarens namn och telefon, samtycke till foto, allergier eller "
            "anteckning och om barnet kom. De finns bara på den här datorn, räknas aldrig i "
            "statistiken och raderas automatiskt %1 dagar efter aktiviteten. Här söker du "
            "fram allt om ett barn eller en vårdnadshavare, lämnar ut det som en fil "
            "(rätten till tillgång) eller raderar det (rätten att bli raderad)."
        )
        self.about.setText(fill_numbered(text, self.session.app.signups.retention_days()))

    def refresh(self) -> None:
        """Shown again or data changed: the same search again (a sign-up may have gone)."""
        self._explain()
        if self.searched:
            self._find(self.searched)

    def search(self) -> None:
        self.status.clear()
        self.saver.hide()
        self._find(self.name.text())

    def _find(self, name: str) -> None:
        show_error(self.error, "")
        try:
            matches = self.session.app.signups.find(name)
        except UserError as error:
            show_error(self.error, say(error), self.name)
            self._show([])
            return
        self.searched = " ".join(name.split())
        self._show(matches)

    def _show(self, matches: list[SignUpMatch]) -> None:
        self.matches = matches
        self.model.set_rows(
            [
                TextRow(
                    m.signup.id,
                    (
                        m.activity_title,
                        m.activity_date.isoformat(),
                        m.site,
                        m.signup.child_name,
                        m.signup.guardian_name,
                        m.signup.retention_until.isoformat(),
                    ),
                )
                for m in matches
            ]
        )
        self.table.resizeColumnsToContents()
        if not self.searched:
            self.found.clear()
        elif matches:
            found = self.tr("%n anmälningar för ”%1”.", "", len(matches))
            self.found.setText(fill_numbered(found, self.searched))
        else:
            self.found.setText(fill_numbered(self.tr("Inga anmälningar för ”%1”."), self.searched))
        self.export_button.setEnabled(bool(matches))
        self.erase_button.setEnabled(bool(matches))

    def export(self) -> None:
        name = self.searched
        if not self.matches or not self.session.require_coordinator(self):
            return
        signups = self.session.app.signups
        today = self.session.today().isoformat()
        # A Swedish file name, as the rest of what the coordinator hands over.
        suggested = file_name(f"Personuppgifter {name} {today}", ".json", "personuppgifter")
        show_error(self.error, "")
        if self.saver.save(
            self.tr("Spara personuppgifterna"),
            suggested,
            lambda path: signups.export_person(name, path),
            kind="json",
        ):
            self.status.setText(self.tr("Sparar…"))

    def _save_failed(self, text: str) -> None:
        self.status.clear()
        show_error(self.error, text)

    def erase(self) -> None:
        name, count = self.searched, len(self.matches)
        if not count or not self.session.require_coordinator(self):
            return
        if count == 1:
            question = self.tr("Radera anmälan för ”%1”? Det går inte att ångra.")
        else:
            question = self.tr("Radera alla %2 anmälningar för ”%1”? Det går inte att ångra.")
        answer = QMessageBox.question(
            self,
            self.tr("Radera personuppgifter"),
            fill_numbered(question, name, str(count)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            erased = self.session.app.signups.erase_person(name)
        except NotFoundError:
            erased = 0
        except UserError as error:
            show_error(self.error, say(error))
            return
        self.saver.hide()
        self._find(name)
        if erased == 1:
            done = self.tr("Anmälan för ”%1” är raderad.")
        else:
            done = self.tr("%2 anmälningar för ”%1” är raderade.")
        self.status.setText(fill_numbered(done, name, str(erased)))

"""Synk: the laptops of one team exchange their data through a shared folder, without a server.

At the top the team (made once on the coordinator's laptop, joined with its code on the others)
and the folder with the one button "Synka nu"; below, what each laptop sent last, what came in,
and the edits that lost a conflict.
"""

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vanskapshuset.ui.pages.register_common import page_title
from vanskapshuset.ui.pages.sync_folder import FolderBox
from vanskapshuset.ui.pages.sync_tables import RECENT_SHOWN, SyncTables
from vanskapshuset.ui.pages.sync_team import TeamBox
from vanskapshuset.ui.pages.sync_text import SyncWording
from vanskapshuset.ui.session import UiSession


class SyncPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.wording = SyncWording(self)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(page_title(self.tr("Synk")))
        self.unseen_note = QLabel()
        self.unseen_note.setObjectName("error")  # red: the coordinator should look
        heading.addWidget(self.unseen_note)
        heading.addStretch(1)
        layout.addLayout(heading)
        top = QHBoxLayout()
        self.team = TeamBox(session)
        self.team.changed.connect(self._changed)
        self.folder = FolderBox(session, self.wording)
        self.folder.synced.connect(self._changed)
        top.addWidget(self.team, 2)
        top.addWidget(self.folder, 3)
        layout.addLayout(top)
        self.tables = SyncTables(session, self.wording)
        self.tables.seen.connect(self._changed)
        layout.addWidget(self.tables, 1)
        self.how = self._how_it_works()
        layout.addWidget(self.how, 1)

    def _how_it_works(self) -> QWidget:
        """Shown outside a team, in place of the (empty) tables."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Så fungerar synken"))
        column.addWidget(box)
        column.addStretch(1)  # the space the tables would have taken stays empty
        steps = QLabel(
            "\n".join(
                (
                    self.tr("1. Samordnaren skapar laget på sin dator och får en lagkod."),
                    self.tr("2. De andra datorerna går med i laget med lagkoden."),
                    self.tr(
                        "3. Alla väljer samma mapp: ett USB-minne som går runt, en "
                        "nätverksmapp eller en molnmapp."
                    ),
                    self.tr(
                        "4. Tryck Synka nu på varje dator, gärna varje dag. Det en dator har "
                        "skrivit syns hos de andra när de synkar efter den."
                    ),
                    self.tr("Anmälningar med barnens namn stannar alltid på datorn där de skrevs."),
                )
            )
        )
        steps.setWordWrap(True)
        QVBoxLayout(box).addWidget(steps)
        return page

    def refresh(self) -> None:
        """The page is shown (or data changed): the team, the folder and the three tables."""
        app = self.session.app
        status = app.sync.status()
        self.team.show_status(status)
        self.folder.show_status(status)
        self.folder.setEnabled(status.in_team)
        names: dict[str, str] = {}
        for records in (
            app.sites.list(),
            app.activity_types.list(),
            app.organisations.list(),
            app.leaders.list(),
        ):
            names.update({record.id: record.name for record in records})
        self.wording.audit.names = names
        conflicts = app.sync.conflicts()
        # Room for this laptop's own writes among them: only what came in is listed.
        recent = app.sync.recent(4 * RECENT_SHOWN)
        self.tables.show_rows(app.sync.peers(), recent, conflicts)
        has_rows = bool(conflicts) or self.tables.peers_model.rowCount() > 0
        self.tables.setVisible(status.in_team or has_rows)
        self.how.setVisible(not self.tables.isVisibleTo(self))
        unseen = len(self.tables.unseen)
        if unseen:
            self.unseen_note.setText(self.tr("%n nya konflikter att titta på", "", unseen))
        self.unseen_note.setVisible(bool(unseen))

    def _changed(self) -> None:
        self.refresh()
        self.session.changed()  # other pages (and the navigation's conflict count) follow

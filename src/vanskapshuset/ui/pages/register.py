"""Register: what the team's records are made of (sites, seasons, organisations, …) and settings."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vanskapshuset.ui.pages.register_age_bands_tab import AgeBandsTab
from vanskapshuset.ui.pages.register_backups_tab import BackupsTab
from vanskapshuset.ui.pages.register_common import page_title
from vanskapshuset.ui.pages.register_follow_up_tab import FollowUpTab
from vanskapshuset.ui.pages.register_named_tab import NamedRecordTab, NamedTabSpec
from vanskapshuset.ui.pages.register_personal_data_tab import PersonalDataTab
from vanskapshuset.ui.pages.register_seasons_tab import SeasonsTab
from vanskapshuset.ui.pages.register_settings_tab import SettingsTab
from vanskapshuset.ui.pages.vocabulary_text import VocabularyText
from vanskapshuset.ui.session import UiSession


class RegisterPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        app = session.app
        words = VocabularyText(self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Register")))
        self.sites = NamedRecordTab(
            session,
            NamedTabSpec(
                service=app.sites,
                kind_attribute="kind",
                kinds=words.site_kinds(),
                headers=[self.tr("Plats"), self.tr("Typ")],
                table_name=self.tr("Platser"),
                name_label=self.tr("Ny plats:"),
                kind_label=self.tr("Typ:"),
                add_text=self.tr("Lägg till plats"),
            ),
        )
        self.seasons = SeasonsTab(session)
        self.organisations = NamedRecordTab(
            session,
            NamedTabSpec(
                service=app.organisations,
                kind_attribute="kind",
                kinds=words.organisation_kinds(),
                headers=[self.tr("Organisation"), self.tr("Typ")],
                table_name=self.tr("Organisationer"),
                name_label=self.tr("Ny organisation:"),
                kind_label=self.tr("Typ:"),
                add_text=self.tr("Lägg till organisation"),
            ),
        )
        self.activity_types = NamedRecordTab(
            session,
            NamedTabSpec(
                service=app.activity_types,
                kind_attribute="area",
                kinds=words.areas(),
                headers=[self.tr("Aktivitetstyp"), self.tr("Verksamhetsområde")],
                table_name=self.tr("Aktivitetstyper"),
                name_label=self.tr("Ny aktivitetstyp:"),
                kind_label=self.tr("Område:"),
                add_text=self.tr("Lägg till typ"),
            ),
        )
        self.leaders = NamedRecordTab(
            session,
            NamedTabSpec(
                service=app.leaders,
                kind_attribute="role",
                kinds=words.roles(),
                headers=[self.tr("Ledare"), self.tr("Roll")],
                table_name=self.tr("Ledare"),
                name_label=self.tr("Ny ledare:"),
                kind_label=self.tr("Roll:"),
                add_text=self.tr("Lägg till ledare"),
            ),
        )
        self.age_bands = AgeBandsTab(session)
        self.follow_up = FollowUpTab(session)
        self.settings = SettingsTab(session)
        self.personal_data = PersonalDataTab(session)
        self.backups = BackupsTab(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Register"))
        for tab, text in (
            (self.sites, self.tr("Platser")),
            (self.seasons, self.tr("Säsonger")),
            (self.organisations, self.tr("Organisationer")),
            (self.activity_types, self.tr("Aktivitetstyper")),
            (self.leaders, self.tr("Ledare")),
            (self.age_bands, self.tr("Åldersgrupper")),
            (self.follow_up, self.tr("Uppföljning")),
            (self.settings, self.tr("Inställningar")),
            (self.personal_data, self.tr("Personuppgifter")),
            (self.backups, self.tr("Säkerhetskopior")),
        ):
            self.tabs.addTab(tab, text)
        self._shown_tab = 0
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout.addWidget(self.tabs, 1)

    def _tab_chosen(self, index: int) -> None:
        """Personuppgifter is the coordinator's: refused, the tab before it stays shown."""
        if self.tabs.widget(index) is self.personal_data and not self.session.require_coordinator(
            self
        ):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._shown_tab)
            self.tabs.blockSignals(False)
            return
        self._shown_tab = index

    def refresh(self) -> None:
        for tab in (
            self.sites,
            self.seasons,
            self.organisations,
            self.activity_types,
            self.leaders,
            self.age_bands,
            self.follow_up,
            self.settings,
            self.personal_data,
            self.backups,
        ):
            tab.refresh()

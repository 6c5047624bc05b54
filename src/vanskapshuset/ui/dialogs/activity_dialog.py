"""Add or edit one activity. Bad input is said next to its field; nothing is saved until valid."""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import LEADERS
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Area
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.activities import (
    MAX_TITLE,
    ActivityChanges,
    ActivityInput,
    ActivityView,
)
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.dialogs.organisation_picker import (
    PartnerList,
    add_name,
    known_name,
    make_completer,
    offer_new_organisation,
)
from vanskapshuset.ui.dialogs.participant_grid import ParticipantGrid
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.labels import area_labels
from vanskapshuset.ui.qt_dates import to_date, to_qdate, to_time
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.date_field import DateField
from vanskapshuset.ui.widgets.time_field import TimeField


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(field: QWidget | QLayout, error: QLabel) -> QWidget:
    """A field with its (usually hidden) error message right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(error)
    return box


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter moves to `buddy` (a form row's own buddy would be the box
    around the field and its error, which cannot take focus)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ActivityDialog(QDialog):
    def __init__(
        self,
        session: UiSession,
        activity: ActivityView | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.activity = activity
        self.saved_id: str | None = None
        app = session.app
        types = app.activity_types.list()
        self._type_areas = {t.id: t.area for t in types}
        self._type_choices = sorted(
            ((t.name, t.id) for t in types), key=lambda c: swedish_key(c[0])
        )
        self._site_choices = [(s.name, s.id) for s in app.sites.list()]
        # Organisations are chosen by typing their name: the names the window knows, and the
        # id of each (the names of an edited activity's own, even since deleted, included).
        self._organisation_ids: dict[str, str] = {}
        self._kept_organisation_ids: dict[str, str] = {}
        if activity is not None:
            kept = zip(
                (activity.organiser, *activity.partners),
                (activity.organiser_id, *activity.partner_ids),
                strict=True,
            )
            self._kept_organisation_ids = {name: key for name, key in kept if name and key}
        self._organisations = QStringListModel(self._load_organisation_ids(), self)
        self._area_set_by_hand = False
        self.setWindowTitle(
            self.tr("Ny aktivitet") if activity is None else self.tr("Ändra aktivitet")
        )
        self._build(app.age_bands.list())
        if activity is None:
            self._load_defaults(day or session.day)
        else:
            self._load(activity)
        self.title.setFocus()
        self.guard = DiscardGuard(self)  # after loading: what is shown now is unchanged

    # -- building ----------------------------------------------------------------------------

    def _build(self, bands: Sequence[AgeBand]) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self._what_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._participants_box([band.code for band in bands]))
        right.addWidget(self._more_box(), 1)
        columns.addLayout(right, 1)
        content = QWidget()
        content.setLayout(columns)
        # A scroll area keeps everything reachable with a large system font on a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Spara"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Spara aktiviteten"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Avbryt utan att spara"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Everything at once if the screen allows; never larger than the screen (1366×768).
        hint = content.sizeHint()
        screen = self.screen().availableGeometry()
        self.resize(
            min(hint.width() + 40, screen.width() - 20),
            min(hint.height() + 100, screen.height() - 40),
        )

    def _what_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aktivitet"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # extra height goes below the fields, not between them
        self.date = DateField()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Datum"))
        self.date_error = error_label()
        form.addRow(
            buddy_label(self.tr("&Datum:"), self.date), with_error(self.date, self.date_error)
        )
        self.start = TimeField()
        self.end = TimeField()
        times = QHBoxLayout()
        for edit, name in ((self.start, self.tr("Starttid")), (self.end, self.tr("Sluttid"))):
            edit.setAccessibleName(name)
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        self.time_error = error_label()
        form.addRow(buddy_label(self.tr("&Tid:"), self.start), with_error(times, self.time_error))
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Plats"))
        for name, site_id in self._site_choices:
            self.site.addItem(name, site_id)
        self.site_error = error_label()
        form.addRow(
            buddy_label(self.tr("&Plats:"), self.site), with_error(self.site, self.site_error)
        )
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE)
        self.title.setAccessibleName(self.tr("Titel"))
        self.title.setPlaceholderText(self.tr("t.ex. Fotboll i parken"))
        self.title_error = error_label()
        form.addRow(
            buddy_label(self.tr("Tit&el:"), self.title), with_error(self.title, self.title_error)
        )
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Aktivitetstyp"))
        self.type.setPlaceholderText(self.tr("Välj typ…"))
        for name, type_id in self._type_choices:
            self.type.addItem(name, type_id)
        self.type.setCurrentIndex(-1)
        self.type.currentIndexChanged.connect(self._type_chosen)
        self.type_error = error_label()
        form.addRow(
            buddy_label(self.tr("T&yp:"), self.type), with_error(self.type, self.type_error)
        )
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Verksamhetsområde"))
        self.area.setPlaceholderText(self.tr("Följer typen"))
        for area, label in area_labels().items():
            self.area.addItem(label, area.value)
        self.area.setCurrentIndex(-1)
        self.area.activated.connect(self._area_chosen_by_hand)  # user actions only
        form.addRow(self.tr("&Område:"), self.area)
        self.organiser = QComboBox()
        self.organiser.setEditable(True)
        self.organiser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organiser.setModel(self._organisations)
        self.organiser.setCompleter(make_completer(self._organisations, self.organiser))
        self.organiser.setCurrentIndex(-1)
        typed = self.organiser.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(self.tr("Ingen – eller skriv för att söka"))
        self.organiser.setAccessibleName(self.tr("Arrangör"))
        self.organiser_error = error_label()
        form.addRow(
            buddy_label(self.tr("&Arrangör:"), self.organiser),
            with_error(self.organiser, self.organiser_error),
        )
        self.partners = PartnerList(self.session, self._organisations)
        # M, not P: Alt+P is Plats.
        form.addRow(buddy_label(self.tr("Sa&marbetspartner:"), self.partners.search), self.partners)
        return box

    def _participants_box(self, bands: list[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Deltagare (antal per kön och åldersgrupp)"))
        layout = QVBoxLayout(box)
        self.participants = ParticipantGrid(bands)
        layout.addWidget(self.participants)
        self.participants_note = QLabel()
        self.participants_note.setWordWrap(True)
        self.participants_note.hide()
        layout.addWidget(self.participants_note)
        return box

    def _more_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Övrigt"))
        form = QFormLayout(box)
        self.leaders = QSpinBox()
        self.leaders.setRange(LEADERS.low, LEADERS.high)
        self.leaders.setAccessibleName(self.tr("Antal ledare"))
        self.leaders.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
        form.addRow(self.tr("Antal &ledare:"), self.leaders)
        self.knowledge_exchange = QCheckBox(self.tr("&Kunskapsutbyte"))
        self.knowledge_exchange.setAccessibleName(self.tr("Kunskapsutbyte"))
        self.knowledge_exchange.setToolTip(
            self.tr(
                "Kryssa i om aktiviteten var ett kunskapsutbyte mellan aktörer: "
                "staden, föreningar, boende."
            )
        )
        form.addRow("", self.knowledge_exchange)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the note: keyboard-only use
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.note.setMinimumHeight(self.fontMetrics().height() * 4)
        form.addRow(self.tr("A&nteckning:"), self.note)
        return box

    # -- loading -----------------------------------------------------------------------------

    def _load_defaults(self, day: dt.date) -> None:
        self.date.setDate(to_qdate(day))
        hour = min(self.session.app.context.now().hour, 22)
        self.start.setTime(QTime(hour, 0))
        self.end.setTime(QTime(hour + 1, 0))
        current = self.site.findData(self.session.site_id)
        if self.session.site_id is not None and current >= 0:
            self.site.setCurrentIndex(current)
        self.leaders.setValue(1)

    def _load(self, activity: ActivityView) -> None:
        self.date.setDate(to_qdate(activity.date))
        self.start.setTime(QTime(activity.start.hour, activity.start.minute))
        self.end.setTime(QTime(activity.end.hour, activity.end.minute))
        # A site or type deleted since still shows (and is kept) for an old activity.
        for combo, name, record_id in (
            (self.site, activity.site, activity.site_id),
            (self.type, activity.type_name, activity.type_id),
        ):
            if combo.findData(record_id) < 0:
                combo.addItem(name, record_id)
            combo.setCurrentIndex(combo.findData(record_id))
        self.title.setText(activity.title)
        self._set_area(activity.area)
        self._area_set_by_hand = activity.area != self._type_areas.get(activity.type_id)
        self.organiser.setCurrentText(activity.organiser or "")
        self.partners.set_partners(activity.partners)
        bands = set(self.participants.bands)
        if any(count.age_band not in bands for count in activity.participants):
            # Counted in age bands that are no longer configured: shown, kept, not editable.
            self.participants.setEnabled(False)
            self.participants_note.setText(
                fill_numbered(
                    self.tr("Deltagarna räknades i äldre åldersgrupper (%1) och ändras inte här."),
                    ", ".join(f"{c.age_band}: {c.count}" for c in activity.participants),
                )
            )
            self.participants_note.show()
        self.participants.set_counts(activity.participants)
        self.leaders.setValue(activity.leader_count)
        self.knowledge_exchange.setChecked(activity.knowledge_exchange)
        self.note.setPlainText(activity.note)

    def _set_area(self, area: Area) -> None:
        self.area.setCurrentIndex(self.area.findData(area.value))

    def _type_chosen(self, _index: int) -> None:
        area = self._type_areas.get(self.type.currentData())
        if area is not None and not self._area_set_by_hand:
            self._set_area(area)

    def _area_chosen_by_hand(self, _index: int) -> None:
        self._area_set_by_hand = True

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        # Esc, Avbryt and the close button all come here: typed changes are not lost silently.
        if self.guard.may_discard():
            super().reject()

    # -- saving ------------------------------------------------------------------------------

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def _clear_errors(self) -> None:
        for label in (
            self.date_error,
            self.time_error,
            self.site_error,
            self.title_error,
            self.type_error,
            self.organiser_error,
            self.partners.error,
        ):
            label.hide()
        self.error.hide()

    def _check_fields(self) -> QWidget | None:
        """Say every problem next to its field; return the first field to fix, if any."""
        first: QWidget | None = None
        if not self.title.text().strip():
            self._show(self.title_error, self.tr("Skriv en titel."))
            first = first or self.title
        if self.end.time() <= self.start.time():
            self._show(self.time_error, self.tr("Sluttiden måste vara efter starttiden."))
            first = first or self.end
        if self.site.currentIndex() < 0:
            self._show(self.site_error, self.tr("Välj en plats."))
            first = first or self.site
        if self.type.currentIndex() < 0:
            self._show(self.type_error, self.tr("Välj en aktivitetstyp."))
            first = first or self.type
        return first

    def _allowed_day(self) -> bool:
        """Days older than a week (the new or the stored date) are the coordinator's to change."""
        days = [to_date(self.date.date())]
        if self.activity is not None:
            days.append(self.activity.date)
        if not any(self.session.is_locked_day(day) for day in days):
            return True
        if self.session.require_coordinator(self):
            return True
        self._show(
            self.date_error,
            self.tr("Dagar äldre än en vecka får bara samordnaren ändra."),
        )
        return False

    def _load_organisation_ids(self) -> list[str]:
        """Read the register's organisations (name → id); their names, in order."""
        organisations = self.session.app.organisations.list()
        self._organisation_ids = {o.name: o.id for o in organisations}
        return sorted(self._organisation_ids, key=swedish_key)

    def _organisation_id(self, name: str) -> str | None:
        """The id of the organisation named `name` in the window's choices (one added since,
        from the partner list, too); None if there is none."""
        if name not in self._organisation_ids:
            self._load_organisation_ids()
        return self._organisation_ids.get(name) or self._kept_organisation_ids.get(name)

    def _organiser_id(self) -> str | None:
        """The organiser's id ("" for none). A name not in the register is offered to be
        added; if it is not, that is said next to the field and None is returned."""
        typed = " ".join(self.organiser.currentText().split())
        if not typed:
            return ""
        if self.activity is not None and typed == self.activity.organiser:
            return self.activity.organiser_id  # unchanged, even if removed since
        name = known_name(self._organisation_ids, typed)
        if name is None:
            name = offer_new_organisation(self.session, typed, self)
            if name is None:
                self._show(
                    self.organiser_error,
                    fill_numbered(
                        self.tr(
                            "”%1” finns inte i registret. Välj en organisation i listan, "
                            "eller spara igen och lägg till den."
                        ),
                        typed,
                    ),
                )
                return None
            add_name(self._organisations, name)
            self.organiser.setCurrentText(name)
        return self._organisation_id(name)

    def _partner_ids(self) -> tuple[str, ...] | None:
        """The partners' ids; None (said under the list) if one is not in the register."""
        ids = []
        for name in self.partners.partners():
            partner_id = self._organisation_id(name)
            if partner_id is None:
                self._show(
                    self.partners.error,
                    fill_numbered(self.tr("”%1” finns inte i registret."), name),
                )
                return None
            ids.append(partner_id)
        return tuple(ids)

    def save(self) -> None:
        self._clear_errors()
        first = self._check_fields()
        if first is not None:
            first.setFocus()
            return
        if not self._allowed_day():
            self.date.setFocus()
            return
        organiser_id = self._organiser_id()
        if organiser_id is None:
            self.organiser.setFocus()
            return
        partner_ids = self._partner_ids()
        if partner_ids is None:
            self.partners.search.setFocus()
            return
        try:
            self._write(organiser_id, partner_ids)
        except UserError as error:
            self._refused(error)
            return
        self.session.changed()
        self.accept()

    def _refused(self, error: UserError) -> None:
        """The service's refusal, next to the field it names (above the buttons if none)."""
        targets: dict[str, tuple[QLabel, QWidget]] = {
            "date": (self.date_error, self.date),
            "start": (self.time_error, self.start),
            "end": (self.time_error, self.end),
            "site_id": (self.site_error, self.site),
            "title": (self.title_error, self.title),
            "type_id": (self.type_error, self.type),
            "area": (self.error, self.area),
            "organiser_id": (self.organiser_error, self.organiser),
            "partner_ids": (self.partners.error, self.partners.search),
            "participants": (self.error, self.participants),
            "leader_count": (self.error, self.leaders),
            "note": (self.error, self.note),
        }
        label, field = targets.get(error.field or "", (self.error, None))
        self._show(label, say(error))
        if field is not None:
            field.setFocus()

    def _write(self, organiser_id: str, partner_ids: tuple[str, ...]) -> None:
        date = to_date(self.date.date())
        start = to_time(self.start.time()).replace(second=0, microsecond=0)
        end = to_time(self.end.time()).replace(second=0, microsecond=0)
        area = self.area.currentData()
        participants = self.participants.counts() if self.participants.isEnabled() else None
        site_id, type_id = self.site.currentData(), self.type.currentData()
        if self.activity is None:
            self.saved_id = self.session.app.activities.create(
                ActivityInput(
                    site_id=site_id,
                    date=date,
                    start=start,
                    end=end,
                    title=self.title.text(),
                    type_id=type_id,
                    area=area,
                    organiser_id=organiser_id or None,
                    partner_ids=partner_ids,
                    participants=participants or (),
                    leader_count=self.leaders.value(),
                    knowledge_exchange=self.knowledge_exchange.isChecked(),
                    note=self.note.toPlainText(),
                )
            )
            return
        old = self.activity
        self.session.app.activities.edit(
            old.id,
            ActivityChanges(
                # Unchanged references are not given (None): they are kept as they are, even
                # to a record deleted since.
                site_id=None if site_id == old.site_id else site_id,
                date=date,
                start=start,
                end=end,
                title=self.title.text(),
                type_id=None if type_id == old.type_id else type_id,
                area=area,
                organiser_id=None if organiser_id == (old.organiser_id or "") else organiser_id,
                partner_ids=None if set(partner_ids) == set(old.partner_ids) else partner_ids,
                participants=participants,
                leader_count=self.leaders.value(),
                knowledge_exchange=self.knowledge_exchange.isChecked(),
                note=self.note.toPlainText(),
            ),
        )
        self.saved_id = old.id

"""The activities table: one row per activity, and a proxy that sorts and filters it."""

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vanskapshuset.domain.localtime import format_time_of_day
from vanskapshuset.domain.swedish_order import swedish_sort_text
from vanskapshuset.domain.vocabulary import Area
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.activities import ActivityView
from vanskapshuset.ui.left_to_right import left_to_right
from vanskapshuset.ui.models.labels import area_labels

# Values to sort by: ISO text for dates and times, ints for counts (Qt compares them as values).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    TIME = 1
    SITE = 2
    TITLE = 3
    TYPE = 4
    AREA = 5
    ORGANISER = 6
    PARTICIPANTS = 7
    KNOWLEDGE_EXCHANGE = 8


class ActivityTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityView] = []
        self._areas = area_labels()
        self._headers = (
            self.tr("Datum"),
            self.tr("Tid"),
            self.tr("Plats"),
            self.tr("Titel"),
            self.tr("Typ"),
            self.tr("Område"),
            self.tr("Arrangör"),
            self.tr("Deltagare"),
            self.tr("Kunskapsutbyte"),
        )

    def set_activities(self, activities: Sequence[ActivityView]) -> None:
        self.beginResetModel()
        self._rows = list(activities)
        self.endResetModel()

    def activity_at(self, row: int) -> ActivityView:
        return self._rows[row]

    def row_of(self, activity_id: str) -> int | None:
        for row, activity in enumerate(self._rows):
            if activity.id == activity_id:
                return row
        return None

    def area_label(self, area: Area) -> str:
        return self._areas[area]

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        activity = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(activity, column)
        if role == SORT_ROLE:
            return self._sort_value(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(activity, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.PARTICIPANTS,
            Column.KNOWLEDGE_EXCHANGE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, activity: ActivityView, column: Column) -> str | int:
        match column:
            case Column.DATE:
                return activity.date.isoformat()
            case Column.TIME:
                span = f"{format_time_of_day(activity.start)}–{format_time_of_day(activity.end)}"
                return left_to_right(span)
            case Column.SITE:
                return activity.site
            case Column.TITLE:
                return activity.title
            case Column.TYPE:
                return activity.type_name
            case Column.AREA:
                return self._areas[activity.area]
            case Column.ORGANISER:
                return activity.organiser or ""
            case Column.PARTICIPANTS:
                return activity.participants_total
            case Column.KNOWLEDGE_EXCHANGE:
                return self.tr("Ja") if activity.knowledge_exchange else ""

    def _sort_value(self, activity: ActivityView, column: Column) -> str | int:
        match column:
            case Column.DATE | Column.TIME:
                # The start time breaks ties between activities of the same day.
                first = activity.date.isoformat() if column == Column.DATE else ""
                return f"{first} {activity.start.isoformat()} {activity.end.isoformat()}"
            case Column.PARTICIPANTS:
                return activity.participants_total
            case Column.KNOWLEDGE_EXCHANGE:
                return int(activity.knowledge_exchange)
            case _:
                return swedish_sort_text(str(self._display(activity, column)))

    def _tooltip(self, activity: ActivityView, column: Column) -> str | None:
        """Full text of cells a narrow column may cut, and the note and partners."""
        if column == Column.TITLE:
            return f"{activity.title}\n\n{activity.note}" if activity.note else activity.title
        if column == Column.ORGANISER and activity.partners:
            return fill_numbered(
                self.tr("Arrangör: %1\nSamarbetspartner: %2"),
                activity.organiser or "–",
                ", ".join(activity.partners),
            )
        if column in (Column.AREA, Column.TYPE, Column.SITE, Column.ORGANISER):
            return str(self._display(activity, column)) or None
        return None


class ActivityFilterProxy(QSortFilterProxyModel):
    """Filters by site, type, area, organisation (organiser or partner) and free text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        # The sort role holds swedish_sort_text: compared as it is, whatever the system locale.
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setSortLocaleAware(False)
        self.site: str | None = None
        self.type_name: str | None = None
        self.area: Area | None = None
        self.organisation: str | None = None
        self.text = ""

    def set_filters(
        self,
        *,
        site: str | None = None,
        type_name: str | None = None,
        area: Area | None = None,
        organisation: str | None = None,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.site, self.type_name, self.area = site, type_name, area
        self.organisation = organisation
        self.text = " ".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def activity_at(self, proxy_row: int) -> ActivityView:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self._source().activity_at(source.row())

    def visible_activities(self) -> list[ActivityView]:
        return [self.activity_at(row) for row in range(self.rowCount())]

    def _source(self) -> ActivityTableModel:
        model = self.sourceModel()
        assert isinstance(model, ActivityTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        activity = self._source().activity_at(source_row)
        if self.site is not None and activity.site != self.site:
            return False
        if self.type_name is not None and activity.type_name != self.type_name:
            return False
        if self.area is not None and activity.area != self.area:
            return False
        if self.organisation is not None and self.organisation not in (
            activity.organiser,
            *activity.partners,
        ):
            return False
        return not self.text or all(word in self._haystack(activity) for word in self.text.split())

    def _haystack(self, activity: ActivityView) -> str:
        """Everything a person might search for, in one folded string."""
        parts = (
            activity.title,
            activity.site,
            activity.type_name,
            self._source().area_label(activity.area),
            activity.organiser or "",
            *activity.partners,
            activity.note,
            activity.date.isoformat(),
        )
        return "\n".join(parts).casefold()

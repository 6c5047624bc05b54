"""A Register tab for records with a name and one kind: sites, organisations, types, leaders."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from vanskapshuset.domain.errors import UserError
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow
from vanskapshuset.ui.pages.register_common import show_error
from vanskapshuset.ui.pages.register_record_tab import RecordTab
from vanskapshuset.ui.session import UiSession

SHORTEST_KIND_BOX = 24  # characters


class NamedService(Protocol):
    def add(self, name: str, kind: str, /) -> object: ...
    def list(self) -> Sequence[Any]: ...
    def rename(self, record_id: str, name: str) -> None: ...
    def delete(self, record_id: str) -> None: ...


@dataclass(frozen=True)
class NamedTabSpec:
    service: NamedService
    kind_attribute: str  # "kind", "area" or "role" on the service's info objects
    kinds: list[tuple[str, str]]  # (value, translated label)
    headers: list[str]
    table_name: str
    name_label: str
    kind_label: str
    add_text: str
    can_rename: bool = True


class NamedRecordTab(RecordTab):
    def __init__(self, session: UiSession, spec: NamedTabSpec) -> None:
        self.spec = spec
        super().__init__(session, spec.headers, spec.table_name)

    def build_form(self, layout: QHBoxLayout) -> None:
        name_label = QLabel(self.spec.name_label)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.spec.name_label)
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.name.returnPressed.connect(self.add)
        name_label.setBuddy(self.name)
        kind_label = QLabel(self.spec.kind_label)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.spec.kind_label)
        for value, text in self.spec.kinds:
            self.kind.addItem(text, value)
        # Long area names would push the form wider than a small screen; the open list shows all.
        if max(len(text) for _, text in self.spec.kinds) > SHORTEST_KIND_BOX:
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            self.kind.setSizeAdjustPolicy(policy)
            self.kind.setMinimumContentsLength(SHORTEST_KIND_BOX)
        kind_label.setBuddy(self.kind)
        self.add_button = QPushButton(self.spec.add_text)
        self.add_button.setAccessibleName(self.spec.add_text)
        self.add_button.clicked.connect(self.add)
        for widget in (name_label, self.name, kind_label, self.kind, self.add_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def add(self) -> None:
        try:
            self.spec.service.add(self.name.text(), str(self.kind.currentData()))
        except UserError as error:
            show_error(self.error, say(error), self.name)
            return
        show_error(self.error, "")
        self.name.clear()
        self.name.setFocus()
        self.written()

    def load(self) -> list[TextRow]:
        labels = dict(self.spec.kinds)
        rows = []
        for info in self.spec.service.list():
            kind = str(getattr(info, self.spec.kind_attribute))
            rows.append(TextRow(info.id, (info.name, labels.get(kind, kind))))
        return rows

    def rename_record(self, record_id: str, name: str) -> None:
        self.spec.service.rename(record_id, name)

    def delete_record(self, record_id: str) -> None:
        self.spec.service.delete(record_id)

    def can_rename(self) -> bool:
        return self.spec.can_rename

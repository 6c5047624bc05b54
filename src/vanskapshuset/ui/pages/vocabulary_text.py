"""Translatable words for site kinds and leader roles, and choice lists for Register and Historik.

The words come from the shared `ui.models.labels`, so each is translated once.
"""

from PySide6.QtCore import QObject

from vanskapshuset.messages.text import fill_numbered as fill  # the one %1 filler
from vanskapshuset.ui.models.labels import (
    area_labels,
    organisation_kind_labels,
    role_labels,
    site_kind_labels,
)

__all__ = ["VocabularyText", "fill"]


class VocabularyText(QObject):
    def site_kinds(self) -> list[tuple[str, str]]:
        return [(kind.value, text) for kind, text in site_kind_labels().items()]

    def organisation_kinds(self) -> list[tuple[str, str]]:
        return [(kind.value, text) for kind, text in organisation_kind_labels().items()]

    def areas(self) -> list[tuple[str, str]]:
        return [(area.value, text) for area, text in area_labels().items()]

    def roles(self) -> list[tuple[str, str]]:
        return [(role.value, text) for role, text in role_labels().items()]

    def label(self, value: str) -> str:
        """The word for any kind, area or role value; unknown values are shown as they are."""
        every = self.site_kinds() + self.organisation_kinds() + self.areas() + self.roles()
        return dict(every).get(value, value)

"""Translatable words for site kinds and leader roles, and choice lists for Register and Historik.

The words come from the shared `ui.models.labels`, so each is translated once.
"""

import re

from PySide6.QtCore import QObject

from vanskapshuset.ui.models.labels import (
    area_labels,
    organisation_kind_labels,
    role_labels,
    site_kind_labels,
)

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Replace %1, %2, … in one pass (a value that itself holds "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


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

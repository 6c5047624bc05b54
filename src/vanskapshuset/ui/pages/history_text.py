"""Swedish words for the audit log: what was done to what, and which fields changed how."""

import json
import re
from typing import Any

from PySide6.QtCore import QObject

from vanskapshuset.ui.models.labels import gender_labels, weekday_names
from vanskapshuset.ui.pages.vocabulary_text import VocabularyText, fill

# Bookkeeping every editable row carries; it says nothing to the person reading the log.
HIDDEN_FIELDS = frozenset({"id", "hlc", "history", "device_id", "deleted", "activity_id"})
NAMING_FIELDS = ("name", "title", "code", "key")
ID_FIELDS = frozenset({"site_id", "type_id", "organiser_id"})
ID_LIST_FIELDS = frozenset({"leaders_present", "partner_ids", "site_ids"})
FLAG_FIELDS = frozenset({"knowledge_exchange", "is_open", "deleted"})  # 0/1 in a synced row
LONGEST_VALUE = 60
TIME_OF_DAY = re.compile(r"\d\d:\d\d:\d\d(\.\d+)?")
SECRET_SHOWN_AS = "(dolt)"  # what services.settings logs in place of a secret's value


def short_id(value: str) -> str:
    return value[:8]


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


class AuditWording(QObject):
    """`names` maps ids of sites, types, organisations and leaders to their names."""

    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.words = VocabularyText(self)

    # -- what was done -------------------------------------------------------------------------

    def what(self, action: str, entity: str) -> str:
        phrases = {
            ("create", "site"): self.tr("skapade plats"),
            ("update", "site"): self.tr("ändrade plats"),
            ("delete", "site"): self.tr("tog bort plats"),
            ("create", "season"): self.tr("skapade säsong"),
            ("update", "season"): self.tr("ändrade säsong"),
            ("delete", "season"): self.tr("tog bort säsong"),
            ("create", "organisation"): self.tr("skapade organisation"),
            ("update", "organisation"): self.tr("ändrade organisation"),
            ("delete", "organisation"): self.tr("tog bort organisation"),
            ("create", "activity_type"): self.tr("skapade aktivitetstyp"),
            ("update", "activity_type"): self.tr("ändrade aktivitetstyp"),
            ("delete", "activity_type"): self.tr("tog bort aktivitetstyp"),
            ("create", "leader"): self.tr("skapade ledare"),
            ("update", "leader"): self.tr("ändrade ledare"),
            ("delete", "leader"): self.tr("tog bort ledare"),
            ("create", "age_band"): self.tr("skapade åldersgrupp"),
            ("update", "age_band"): self.tr("ändrade åldersgrupp"),
            ("delete", "age_band"): self.tr("tog bort åldersgrupp"),
            ("create", "setting"): self.tr("skapade inställning"),
            ("update", "setting"): self.tr("ändrade inställning"),
            ("create", "activity"): self.tr("skapade aktivitet"),
            ("update", "activity"): self.tr("ändrade aktivitet"),
            ("delete", "activity"): self.tr("tog bort aktivitet"),
            ("create", "day_log"): self.tr("skapade dagbok"),
            ("update", "day_log"): self.tr("ändrade dagbok"),
            ("create", "activity_template"): self.tr("skapade veckomall"),
            ("update", "activity_template"): self.tr("ändrade veckomall"),
            ("delete", "activity_template"): self.tr("tog bort veckomall"),
            ("create", "follow_up_survey"): self.tr("skapade enkät"),
            ("update", "follow_up_survey"): self.tr("ändrade enkät"),
            ("delete", "follow_up_survey"): self.tr("tog bort enkät"),
            ("create", "follow_up_initiative"): self.tr("skapade samverkansinitiativ"),
            ("update", "follow_up_initiative"): self.tr("ändrade samverkansinitiativ"),
            ("delete", "follow_up_initiative"): self.tr("tog bort samverkansinitiativ"),
            ("create", "demo"): self.tr("skapade demodata"),
            ("import", "sync"): self.tr("läste in synkfil"),
        }
        return phrases.get((action, entity), f"{action} {entity}")

    def record_kind(self, entity: str) -> str:
        """What kind of record a table holds, as a noun (the Synk page's conflicts)."""
        kinds = {
            "site": self.tr("Plats"),
            "season": self.tr("Säsong"),
            "organisation": self.tr("Organisation"),
            "activity_type": self.tr("Aktivitetstyp"),
            "leader": self.tr("Ledare"),
            "age_band": self.tr("Åldersgrupp"),
            "setting": self.tr("Inställning"),
            "activity": self.tr("Aktivitet"),
            "day_log": self.tr("Dagbok"),
            "activity_template": self.tr("Veckomall"),
            "follow_up_survey": self.tr("Enkät"),
            "follow_up_initiative": self.tr("Samverkansinitiativ"),
        }
        return kinds.get(entity, entity)

    def field(self, key: str) -> str:
        labels = {
            "name": self.tr("namn"),
            "kind": self.tr("typ"),
            "area": self.tr("verksamhetsområde"),
            "role": self.tr("roll"),
            "start_date": self.tr("från"),
            "end_date": self.tr("till"),
            "site_id": self.tr("plats"),
            "site_ids": self.tr("platser"),
            "code": self.tr("kod"),
            "min_age": self.tr("från ålder"),
            "max_age": self.tr("till ålder"),
            "position": self.tr("ordning"),
            "key": self.tr("inställning"),
            "value": self.tr("värde"),
            "local_date": self.tr("datum"),
            "start_time": self.tr("start"),
            "end_time": self.tr("slut"),
            "title": self.tr("titel"),
            "type_id": self.tr("aktivitetstyp"),
            "organiser_id": self.tr("arrangör"),
            "partners": self.tr("samverkanspartner"),
            "partner_ids": self.tr("samverkanspartner"),
            "participants": self.tr("deltagare"),
            "leader_count": self.tr("antal ledare"),
            "knowledge_exchange": self.tr("kunskapsutbyte"),
            "note": self.tr("anteckning"),
            "is_open": self.tr("öppet"),
            "opens_at": self.tr("öppnar"),
            "closes_at": self.tr("stänger"),
            "leaders_present": self.tr("ledare på plats"),
            "weekday": self.tr("veckodag"),
            "held_on": self.tr("datum"),
            "organisation_ids": self.tr("aktörer"),
            "with_text": self.tr("med"),
            "summary": self.tr("sammanfattning"),
            "status": self.tr("status"),
            "year": self.tr("år"),
            "years": self.tr("antal år"),
            "sites": self.tr("antal platser"),
            "seed": self.tr("slumptal"),
            "visit_scale": self.tr("besöksskala"),
            "activity_scale": self.tr("aktivitetsskala"),
            "deleted": self.tr("borttagen"),
            # what a sync import brought (the audit entry of "läste in synkfil")
            "file": self.tr("fil"),
            "device": self.tr("från dator"),
            "visits_new": self.tr("nya besök"),
            "records_new": self.tr("nya poster"),
            "records_updated": self.tr("uppdaterade poster"),
            "conflicts": self.tr("konflikter"),
        }
        return labels.get(key, key)

    # -- values --------------------------------------------------------------------------------

    def value(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "–"
        if key in FLAG_FIELDS and value in (0, 1):
            value = bool(value)  # a synced row keeps SQLite's 0/1
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nej")
        if key in ID_FIELDS:
            return self.names.get(str(value), short_id(str(value)))
        if key in ID_LIST_FIELDS:
            ids = json.loads(value) if isinstance(value, str) else value
            if key == "site_ids" and not ids:
                return self.tr("alla platser")  # a season at no chosen site runs at every one
            return ", ".join(self.names.get(i, short_id(i)) for i in ids) or "–"
        if key in ("kind", "area", "role"):
            return self.words.label(str(value))
        if key == "weekday" and isinstance(value, int):
            return weekday_names()[value % 7]
        if key == "participants" and isinstance(value, dict):
            return self._participants(value)
        if key == "key":
            return self._setting(str(value))
        if key == "position" and isinstance(value, int):
            return str(value + 1)  # counted from one, as a person would
        if key == "value" and value == SECRET_SHOWN_AS:
            return self.tr("(dolt)")
        if key == "value" and isinstance(value, str):
            value = _json_or_text(value)  # shared settings are stored as JSON
        if isinstance(value, list):
            return ", ".join(str(item) for item in value) or "–"
        text = str(value)
        if TIME_OF_DAY.fullmatch(text):
            text = text[:5]  # a time of day: 14:00:00 (or 14:00:00.000000, synced) → 14:00
        return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"

    def _setting(self, key: str) -> str:
        known = {
            "coordinator_password": self.tr("samordnarens lösenord"),
            "language": self.tr("språk"),
        }
        return known.get(key, key)

    def _participants(self, counts: dict[str, int]) -> str:
        genders = {gender.value: text for gender, text in gender_labels().items()}
        parts = []
        for cell, count in counts.items():
            gender, _, band = cell.partition(":")
            parts.append(fill(self.tr("%1 %2 år: %3"), genders.get(gender, gender), band, count))
        return ", ".join(parts) or "–"

    # -- the summary ---------------------------------------------------------------------------

    def identity(self, entity: str, values: dict[str, Any]) -> str:
        """The few words that say which record it was."""
        dated = self.tr("%1 (%2)")
        if entity == "activity":
            return fill(dated, values.get("title", ""), values.get("local_date", ""))
        if entity == "day_log":
            site = self.value("site_id", values.get("site_id"))
            return fill(dated, site, values.get("local_date", ""))
        if entity == "setting":
            return self._setting(str(values.get("key", "")))
        if entity == "demo":
            return fill(self.tr("år %1"), values.get("year", ""))
        if entity == "sync":
            return str(values.get("device", ""))
        for key in NAMING_FIELDS:
            if values.get(key):
                return str(values[key])
        return ""

    def changes(
        self, action: str, entity: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> list[str]:
        """One line per field: all of them for a new record, only the differing ones otherwise."""
        before, after = before or {}, after or {}
        if action == "delete":
            return [self.identity(entity, before or after)]
        if action == "create" or not before:
            # The naming fields first, so the elided cell still says which record it was.
            keys = sorted(after, key=lambda key: key not in NAMING_FIELDS)
            return [
                fill(self.tr("%1: %2"), self.field(key), self.value(key, after[key]))
                for key in keys
                if key not in HIDDEN_FIELDS and after[key] not in (None, "", [], {})
            ]
        changed = [
            key for key in after if key not in HIDDEN_FIELDS and before.get(key) != after.get(key)
        ]
        lines = [] if "name" in changed else [self.identity(entity, after)]
        template = self.tr("%1: %2 → %3")
        for key in changed:
            old, new = self.value(key, before.get(key)), self.value(key, after.get(key))
            lines.append(fill(template, self.field(key), old, new))
        return [line for line in lines if line]

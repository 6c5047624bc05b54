"""Words for the Synk page: what a sync brought, and the rows of its three tables.

Counts are written "nya besök: 3" rather than "3 nya besök": one wording is right for 1 and for
many, in Swedish and in English.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject

from vanskapshuset.domain.localtime import to_local
from vanskapshuset.domain.settings_registry import SECRET_KEYS
from vanskapshuset.sync.results import (
    ConflictView,
    ExportResult,
    FolderSyncResult,
    ImportResult,
    PeerStatus,
)
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow
from vanskapshuset.ui.pages.history_text import HIDDEN_FIELDS, SECRET_SHOWN_AS, AuditWording
from vanskapshuset.ui.pages.vocabulary_text import fill

# A conflict between an edit and a deletion is worth saying; the other bookkeeping is not.
CONFLICT_HIDDEN = HIDDEN_FIELDS - {"deleted"}


def moment(at: dt.datetime) -> str:
    return to_local(at).strftime("%Y-%m-%d %H:%M")


class SyncWording(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.audit = AuditWording({}, self)

    # -- what a sync brought -----------------------------------------------------------------

    def counts(self, result: ImportResult) -> str:
        text = fill(
            self.tr("nya besök: %1 · nya poster: %2 · uppdaterade poster: %3"),
            result.visits_new,
            result.records_new,
            result.records_updated,
        )
        if result.conflicts:
            text += " · " + fill(self.tr("konflikter: %1"), len(result.conflicts))
        return text

    def imported(self, result: ImportResult) -> str:
        """One line per bundle read in: from whom, when it was written, what it brought."""
        if result.already_imported:
            return fill(self.tr("”%1” var redan inläst; inget ändrades."), result.file_name)
        return fill(
            self.tr("Från ”%1” (filen skriven %2): %3."),
            result.device_name,
            moment(result.created_at),
            self.counts(result),
        )

    def headline(self, result: FolderSyncResult, at: dt.datetime) -> str:
        when = to_local(at).strftime("%H:%M")
        imports = result.imported
        if not any(
            r.visits_new or r.records_new or r.records_updated or r.conflicts for r in imports
        ):
            return fill(self.tr("Synk klar %1 – inget nytt från de andra datorerna."), when)
        text = fill(
            self.tr("Synk klar %1 – nya besök: %2 · nya poster: %3 · uppdaterade poster: %4."),
            when,
            sum(r.visits_new for r in imports),
            sum(r.records_new for r in imports),
            sum(r.records_updated for r in imports),
        )
        conflicts = sum(len(r.conflicts) for r in imports)
        if conflicts:
            text += " " + fill(self.tr("Konflikter: %1 (se fliken Konflikter nedan)."), conflicts)
        return text

    def details(self, result: FolderSyncResult) -> list[str]:
        lines = [self.imported(r) for r in result.imported]
        if result.recognised:
            lines.append(
                fill(
                    self.tr("Filer som redan var inlästa och inte ändrats: %1."),
                    len(result.recognised),
                )
            )
        for skipped in result.skipped:
            line = say(skipped.reason)
            if skipped.retried:
                line += " " + self.tr("Den prövas igen vid nästa synk.")
            lines.append(line)
        lines += [say(warning) for warning in result.written.warnings]
        lines.append(self.written(result.written))
        return lines

    def written(self, result: ExportResult) -> str:
        if result.unchanged:
            return self.tr("Inget nytt att skriva: den här datorns filer i mappen är aktuella.")
        return fill(
            self.tr("Den här datorns fil skrevs: %1 (besök: %2, poster: %3)."),
            result.path,
            result.visits,
            result.records,
        )

    # -- the tables ------------------------------------------------------------------------------

    def peer_row(self, peer: PeerStatus) -> TextRow:
        written = moment(peer.bundle_created_at)
        if peer.is_this_laptop:
            # An own row counts what the file holds, not what was new.
            in_file = self.tr("%1 (i filen)")
            cells = (
                fill(self.tr("%1 (den här datorn)"), peer.device_name),
                self.tr("den här datorn – senast skriven"),
                written,
                fill(in_file, peer.visits_new),
                fill(in_file, peer.records_new),
                "–",
                "–",
            )
        else:
            cells = (
                peer.device_name,
                moment(peer.last_at),
                written,
                str(peer.visits_new),
                str(peer.records_new),
                str(peer.records_updated),
                str(peer.conflicts),
            )
        return TextRow(peer.device_id, cells, fill(self.tr("Fil: %1"), peer.file_name))

    def exchange_row(self, entry: PeerStatus, number: int) -> TextRow:
        cells = (
            moment(entry.last_at),
            entry.device_name,
            moment(entry.bundle_created_at),
            str(entry.visits_new),
            str(entry.records_new),
            str(entry.records_updated),
            str(entry.conflicts),
            entry.file_name,
        )
        return TextRow(str(number), cells, fill(self.tr("Fil: %1"), entry.file_name))

    def conflict_row(self, conflict: ConflictView) -> TextRow:
        wording = self.audit
        lost, won = conflict.lost_values, conflict.won_values
        record = wording.identity(conflict.entity, won or lost)
        changes = self.conflict_changes(lost, won)
        when = self.tr("%1, %2")
        lost_by = fill(when, conflict.lost_device, moment(conflict.lost_at))
        won_by = fill(when, conflict.won_device, moment(conflict.won_at))
        cells = (
            moment(conflict.found_at),
            wording.record_kind(conflict.entity),
            record,
            lost_by,
            won_by,
            "; ".join(changes),
        )
        tooltip = "\n".join(
            [
                fill(self.tr("%1: %2"), wording.record_kind(conflict.entity), record),
                fill(self.tr("Ändringen som förlorade: %1"), lost_by),
                fill(self.tr("Ändringen som behölls: %1"), won_by),
                *changes,
            ]
        )
        return TextRow(conflict.id, cells, tooltip)

    def conflict_changes(self, lost: dict[str, Any], won: dict[str, Any]) -> list[str]:
        """ "titel: Läxhjälp A → Läxhjälp B": each field as the losing edit had it → as kept."""
        wording = self.audit
        keys = [k for k in won if k not in CONFLICT_HIDDEN and lost.get(k) != won.get(k)]
        keys += [k for k in lost if k not in won and k not in CONFLICT_HIDDEN]
        lost_shown, won_shown = self._shown(lost), self._shown(won)
        template = self.tr("%1: %2 → %3")
        lines = [
            fill(
                template,
                wording.field(key),
                wording.value(key, lost_shown.get(key)),
                wording.value(key, won_shown.get(key)),
            )
            for key in keys
        ]
        return lines or [self.tr("samma värden på båda datorerna")]

    @staticmethod
    def _shown(values: dict[str, Any]) -> dict[str, Any]:
        """A secret setting's value (the password's hash) is never shown."""
        if values.get("key") in SECRET_KEYS:
            return {**values, "value": SECRET_SHOWN_AS}
        return values

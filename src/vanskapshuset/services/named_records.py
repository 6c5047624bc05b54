"""Shared behaviour of records the team refers to by name (sites, organisations, types, …)."""

from collections.abc import Sequence
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.rules import TextRule, shown
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import records as said
from vanskapshuset.messages.text import Text
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import ServiceContext, derived_id, new_id, snapshot
from vanskapshuset.store.models import ActivityType, Leader, Organisation, Season, Site

R = TypeVar("R", Site, Season, Organisation, ActivityType, Leader)


def own_id(entity: str, name: str) -> str:
    """The id a record of `entity` (its table) named `name` is given when that id is free: two
    laptops adding "Fritidsförvaltningen" before they exchange data get one organisation, not
    two, once they sync. The name as the services compare names (spaces collapsed, case
    folded)."""
    return derived_id(entity, " ".join(name.split()).casefold())


class NamedRecords(Generic[R]):
    """Lookup by name (case-insensitive, å ä ö included), uniqueness and tombstones."""

    model: type[R]
    entity: str
    label: Text | str  # the kind's noun in messages, e.g. records.KIND_SITE ("plats")
    name_rule: TextRule  # what a name of this kind may be (domain/rules)

    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def live(self, session: Session) -> Sequence[R]:
        """The records not deleted, by name; within the caller's session (one snapshot)."""
        query = select(self.model).where(self.model.deleted.is_(False))
        # "Malmö konstmuseum" before "Malmö Sommarscen", Z before Å, Ä, Ö, as a person expects
        return sorted(session.scalars(query), key=lambda record: swedish_key(record.name))

    def find(self, session: Session, name: str) -> R:
        wanted = " ".join(name.split()).casefold()
        records = self.live(session)
        for record in records:
            if record.name.casefold() == wanted:
                return record
        known = ", ".join(record.name for record in records) or said.NONE_YET
        raise NotFoundError(said.UNKNOWN_NAME(kind=self.label, name=shown(name), known=known))

    def id_of(self, name: str) -> str:
        """The id of the live record named `name` (refused as `find` does): how the command
        line, which takes names, turns them into the ids the services take."""
        with self.context.db.read() as session:
            return self.find(session, name).id

    def get(self, session: Session, record_id: str) -> R:
        record = session.get(self.model, record_id)
        if record is None or record.deleted:
            raise NotFoundError(said.NO_SUCH_ID(kind=self.label, id=record_id))
        return record

    def ensure_unique(self, session: Session, name: str, except_id: str | None = None) -> None:
        for record in self.live(session):
            if record.name.casefold() == name.casefold() and record.id != except_id:
                raise UserError(said.NAME_TAKEN(kind=self.label, name=record.name), field="name")

    def create(self, name: str, **fields: object) -> R:
        """A new record named `name` (tidied, unique), stamped and audited in one transaction."""
        with self.context.db.write() as session:
            cleaned = self.name_rule.clean(name)
            self.ensure_unique(session, cleaned)
            record = self.model(
                id=self._new_key(session, cleaned), name=cleaned, deleted=False, **fields
            )
            self.context.record_created(session, self.entity, record)
        return record

    def _new_key(self, session: Session, name: str) -> str:
        """The name's own id when free (own_id), else a new one."""
        key = own_id(self.entity, name)
        return key if session.get(self.model, key) is None else new_id()

    def rename(self, record_id: str, name: str) -> None:
        with self.context.db.write() as session:
            record = self.get(session, record_id)
            cleaned = self.name_rule.clean(name)
            self.ensure_unique(session, cleaned, except_id=record_id)
            before = snapshot(record)
            record.name = cleaned
            self.context.record_changed(session, self.entity, record, before)

    def delete(self, record_id: str) -> None:
        """Write a tombstone; rows that refer to the record keep their meaning."""
        self.access.require_coordinator(locked.DELETE_RECORD)
        with self.context.db.write() as session:
            record = self.get(session, record_id)
            before = snapshot(record)
            record.deleted = True
            self.context.record_changed(session, self.entity, record, before)

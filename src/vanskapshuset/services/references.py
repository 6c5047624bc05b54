"""Services take records by id, never by name, and say which input field a refusal concerns.

Names are resolved once, where they are chosen: in the window's lists (an item's data is the
id) and on the command line (`NamedRecords.id_of`). A service given anything else than a live
record's id (a name, a deleted record's id) refuses, with `UserError.field` naming the field.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.orm import Session

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.rules import is_record_id, shown
from vanskapshuset.messages import activities as said
from vanskapshuset.messages.text import Text
from vanskapshuset.store.models import ActivityType, Organisation, Site

R = TypeVar("R", Site, ActivityType, Organisation)


@contextmanager
def about(field_name: str) -> Iterator[None]:
    """A refusal raised inside (by a rule of domain/rules) names `field_name`, the input field
    it concerns, unless it names one already."""
    try:
        yield
    except UserError as error:
        if error.field is None:
            error.field = field_name
        raise


def live_record(
    session: Session, model: type[R], record_id: object, field_name: str, unknown: Text
) -> R:
    """The live record of `model` with the id `record_id`, or `unknown` naming `field_name`.
    Only ids are taken: a name, or the id of a deleted record, is refused, never looked up."""
    record = (
        session.get(model, record_id)
        if isinstance(record_id, str) and is_record_id(record_id)
        else None
    )
    if record is None or record.deleted:
        raise NotFoundError(unknown(id=shown(str(record_id))), field=field_name)
    return record


def live_organisation(session: Session, record_id: object, field_name: str) -> Organisation:
    return live_record(session, Organisation, record_id, field_name, said.UNKNOWN_ORGANISATION)

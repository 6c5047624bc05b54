"""Uppföljning: the qualitative measures of the agreement's section 8, kept by the coordinator.

Surveys of actors (held on a day, with organisations of the register and/or others in words,
a short summary) and collaboration initiatives followed (a title, partner organisations, a
status, an optional period and a note). Both are editable records: stamped, audited, merged by
newest stamp in sync, tombstoned when deleted; deleting is the coordinator's, as in the
register. Organisations are taken by id (names are resolved where they are chosen).
"""

from __future__ import annotations  # methods named `list` would shadow the builtin

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.follow_up import (
    INITIATIVE_TITLE,
    SURVEY_SUMMARY,
    SURVEY_WITH,
    InitiativeStatus,
    initiative_in_year,
)
from vanskapshuset.domain.rules import NOTE, REPORT_YEAR, check_date, check_event_date, shown
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import parse_choice
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import follow_up as said
from vanskapshuset.messages.text import Text
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import ServiceContext, new_id, snapshot
from vanskapshuset.services.references import about, live_organisation
from vanskapshuset.store.models import FollowUpInitiative, FollowUpSurvey, Organisation

R = TypeVar("R", FollowUpSurvey, FollowUpInitiative)
SURVEY = "follow_up_survey"
INITIATIVE = "follow_up_initiative"


@dataclass(frozen=True)
class SurveyInput:
    """A survey as given: organisations by id, others in words (at least one of the two)."""

    held_on: dt.date
    summary: str
    organisation_ids: tuple[str, ...] = ()
    with_text: str = ""


@dataclass(frozen=True)
class InitiativeInput:
    title: str
    status: str
    partner_ids: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class SurveyView:
    id: str
    held_on: dt.date
    organisations: tuple[str, ...]  # names, in Swedish order
    organisation_ids: tuple[str, ...]  # in the order of `organisations`
    with_text: str
    summary: str

    @property
    def with_whom(self) -> tuple[str, ...]:
        """Everyone it was held with: the organisations, then the others in words."""
        return (*self.organisations, *((self.with_text,) if self.with_text else ()))

    def as_input(self) -> SurveyInput:
        return SurveyInput(self.held_on, self.summary, self.organisation_ids, self.with_text)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "date": self.held_on.isoformat(),
            "organisations": list(self.organisations),
            "with_text": self.with_text,
            "summary": self.summary,
        }


@dataclass(frozen=True)
class InitiativeView:
    id: str
    title: str
    status: InitiativeStatus
    partners: tuple[str, ...]
    partner_ids: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    note: str

    def as_input(self) -> InitiativeInput:
        return InitiativeInput(
            self.title, self.status.value, self.partner_ids, self.start, self.end, self.note
        )

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status.value,
            "partners": list(self.partners),
            "start": None if self.start is None else self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
            "note": self.note,
        }


@dataclass(frozen=True)
class FollowUpYear:
    """A year's qualitative measures, as the annual report lists them."""

    year: int
    surveys: tuple[SurveyView, ...] = ()
    initiatives: tuple[InitiativeView, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "surveys": [survey.as_json() for survey in self.surveys],
            "initiatives": [initiative.as_json() for initiative in self.initiatives],
        }


class FollowUpService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    # -- surveys ----------------------------------------------------------------------------

    def add_survey(self, data: SurveyInput) -> str:
        with self.context.db.write() as session:
            survey = FollowUpSurvey(id=new_id(), deleted=False)
            self._apply_survey(session, survey, data)
            self.context.record_created(session, SURVEY, survey)
        return survey.id

    def update_survey(self, survey_id: str, data: SurveyInput) -> None:
        with self.context.db.write() as session:
            survey = _live(session, FollowUpSurvey, survey_id, said.SURVEY_GONE)
            before = snapshot(survey)
            self._apply_survey(session, survey, data)
            self.context.record_changed(session, SURVEY, survey, before)

    def delete_survey(self, survey_id: str) -> None:
        self._delete(FollowUpSurvey, SURVEY, survey_id, said.SURVEY_GONE)

    def survey(self, survey_id: str) -> SurveyView:
        with self.context.db.read() as session:
            survey = _live(session, FollowUpSurvey, survey_id, said.SURVEY_GONE)
            return _survey_view(survey, _names(session))

    def surveys(self, year: int) -> list[SurveyView]:
        """The year's surveys, by date."""
        with self.context.db.read() as session:
            return self._surveys(session, year, _names(session))

    def _surveys(self, session: Session, year: int, names: Mapping[str, str]) -> list[SurveyView]:
        with about("year"):
            REPORT_YEAR.check(year)
        query = (
            select(FollowUpSurvey)
            .where(
                FollowUpSurvey.deleted.is_(False),
                FollowUpSurvey.held_on >= dt.date(year, 1, 1),
                FollowUpSurvey.held_on <= dt.date(year, 12, 31),
            )
            .order_by(FollowUpSurvey.held_on, FollowUpSurvey.id)
        )
        return [_survey_view(survey, names) for survey in session.scalars(query)]

    # -- initiatives --------------------------------------------------------------------------

    def add_initiative(self, data: InitiativeInput) -> str:
        with self.context.db.write() as session:
            initiative = FollowUpInitiative(id=new_id(), deleted=False)
            self._apply_initiative(session, initiative, data)
            self.context.record_created(session, INITIATIVE, initiative)
        return initiative.id

    def update_initiative(self, initiative_id: str, data: InitiativeInput) -> None:
        with self.context.db.write() as session:
            initiative = _live(session, FollowUpInitiative, initiative_id, said.INITIATIVE_GONE)
            before = snapshot(initiative)
            self._apply_initiative(session, initiative, data)
            self.context.record_changed(session, INITIATIVE, initiative, before)

    def delete_initiative(self, initiative_id: str) -> None:
        self._delete(FollowUpInitiative, INITIATIVE, initiative_id, said.INITIATIVE_GONE)

    def initiative(self, initiative_id: str) -> InitiativeView:
        with self.context.db.read() as session:
            found = _live(session, FollowUpInitiative, initiative_id, said.INITIATIVE_GONE)
            return _initiative_view(found, _names(session))

    def initiatives(self, year: int) -> list[InitiativeView]:
        """The initiatives followed during the year: those whose period shares a day with it
        (a missing start or end is open on that side), by start and title."""
        with self.context.db.read() as session:
            return self._initiatives(session, year, _names(session))

    def _initiatives(
        self, session: Session, year: int, names: Mapping[str, str]
    ) -> list[InitiativeView]:
        with about("year"):
            REPORT_YEAR.check(year)
        query = select(FollowUpInitiative).where(FollowUpInitiative.deleted.is_(False))
        found = [
            _initiative_view(initiative, names)
            for initiative in session.scalars(query)
            if initiative_in_year(initiative.start_date, initiative.end_date, year)
        ]
        return sorted(found, key=lambda i: (i.start or dt.date.min, swedish_key(i.title), i.id))

    # -- both ---------------------------------------------------------------------------------

    def year(self, year: int) -> FollowUpYear:
        with self.context.db.read() as session:
            return self.year_in(session, year)

    def year_in(self, session: Session, year: int) -> FollowUpYear:
        """The year's surveys and initiatives, read in `session` (a report's one snapshot)."""
        names = _names(session)
        return FollowUpYear(
            year,
            tuple(self._surveys(session, year, names)),
            tuple(self._initiatives(session, year, names)),
        )

    # -- internals ----------------------------------------------------------------------------

    def _delete(
        self,
        model: type[R],
        entity: str,
        record_id: str,
        gone: Text,
    ) -> None:
        self.access.require_coordinator(locked.DELETE_RECORD)
        with self.context.db.write() as session:
            record = _live(session, model, record_id, gone)
            before = snapshot(record)
            record.deleted = True
            self.context.record_changed(session, entity, record, before)

    def _apply_survey(self, session: Session, survey: FollowUpSurvey, data: SurveyInput) -> None:
        """Check everything before changing anything; each refusal names its field."""
        with about("held_on"):
            check_event_date(data.held_on, self.context.today())
        with about("with_text"):
            with_text = SURVEY_WITH.clean(data.with_text)
        with about("summary"):
            summary = SURVEY_SUMMARY.clean(data.summary)
        organisations = _organisation_ids(session, data.organisation_ids, "organisation_ids")
        if not organisations and not with_text:
            raise UserError(said.SURVEY_WITH_NOBODY, field="organisation_ids")
        survey.held_on = data.held_on
        survey.organisation_ids = json.dumps(organisations)
        survey.with_text = with_text
        survey.summary = summary

    def _apply_initiative(
        self, session: Session, initiative: FollowUpInitiative, data: InitiativeInput
    ) -> None:
        with about("title"):
            title = INITIATIVE_TITLE.clean(data.title)
        with about("status"):
            status = parse_choice(InitiativeStatus, data.status, said.CHOICE_STATUS)
        if data.start is not None:
            with about("start"):
                check_date(data.start)
        if data.end is not None:
            with about("end"):
                check_date(data.end)
        if data.start is not None and data.end is not None and data.end < data.start:
            raise UserError(
                said.INITIATIVE_ENDS_BEFORE_START(end=data.end, start=data.start), field="end"
            )
        with about("note"):
            note = NOTE.clean(data.note)
        partners = _organisation_ids(session, data.partner_ids, "partner_ids")
        initiative.title = title
        initiative.status = status.value
        initiative.partner_ids = json.dumps(partners)
        initiative.start_date = data.start
        initiative.end_date = data.end
        initiative.note = note


def _live(session: Session, model: type[R], record_id: object, gone: Text) -> R:
    record = session.get(model, record_id) if isinstance(record_id, str) else None
    if record is None or record.deleted:
        raise NotFoundError(gone(id=shown(str(record_id))), field="id")
    return record


def _organisation_ids(session: Session, given: Iterable[str], field_name: str) -> list[str]:
    """The live organisations given by id, each once, sorted (as a template keeps its partners)."""
    if isinstance(given, str):  # one id given as it is: checked like the others
        given = [given]
    return sorted({live_organisation(session, key, field_name).id for key in given})


def _names(session: Session) -> dict[str, str]:
    """Every organisation's name by id, deleted ones too: a survey keeps naming whom it was
    held with after the organisation left the register."""
    return {key: name for key, name in session.execute(select(Organisation.id, Organisation.name))}


def _named(ids_json: str, names: Mapping[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    pairs = sorted(
        ((names.get(key, key), key) for key in json.loads(ids_json)),
        key=lambda pair: swedish_key(pair[0]),
    )
    return tuple(name for name, _ in pairs), tuple(key for _, key in pairs)


def _survey_view(survey: FollowUpSurvey, names: Mapping[str, str]) -> SurveyView:
    organisations, ids = _named(survey.organisation_ids, names)
    return SurveyView(
        survey.id, survey.held_on, organisations, ids, survey.with_text, survey.summary
    )


def _initiative_view(initiative: FollowUpInitiative, names: Mapping[str, str]) -> InitiativeView:
    partners, ids = _named(initiative.partner_ids, names)
    return InitiativeView(
        initiative.id,
        initiative.title,
        InitiativeStatus(initiative.status),
        partners,
        ids,
        initiative.start_date,
        initiative.end_date,
        initiative.note,
    )

"""Activities and templates written the way tests (and people) think of them: by names.

The services take ids (names are resolved where they are chosen); these helpers resolve the
names through the register's own lookup, `NamedRecords.id_of`, as the command line does.
"""

import datetime as dt
from collections.abc import Sequence

from vanskapshuset.app import App
from vanskapshuset.services.activities import ActivityChanges, ActivityInput
from vanskapshuset.services.templates import TemplateInput


def organisation_ids(app: App, names: Sequence[str]) -> tuple[str, ...]:
    return tuple(app.organisations.id_of(name) for name in names)


def activity_input(
    app: App,
    site: str,
    date: dt.date,
    start: dt.time,
    end: dt.time,
    title: str,
    type_name: str,
    area: str | None = None,
    organiser: str | None = None,
    partners: Sequence[str] = (),
    **rest: object,
) -> ActivityInput:
    return ActivityInput(
        site_id=app.sites.id_of(site),
        date=date,
        start=start,
        end=end,
        title=title,
        type_id=app.activity_types.id_of(type_name),
        area=area,
        organiser_id=app.organisations.id_of(organiser) if organiser else None,
        partner_ids=organisation_ids(app, partners),
        **rest,  # type: ignore[arg-type]
    )


def activity_changes(
    app: App,
    site: str | None = None,
    type_name: str | None = None,
    organiser: str | None = None,
    partners: Sequence[str] | None = None,
    **rest: object,
) -> ActivityChanges:
    return ActivityChanges(
        site_id=app.sites.id_of(site) if site is not None else None,
        type_id=app.activity_types.id_of(type_name) if type_name is not None else None,
        organiser_id=(
            (app.organisations.id_of(organiser) if organiser else "")
            if organiser is not None
            else None
        ),
        partner_ids=organisation_ids(app, partners) if partners is not None else None,
        **rest,  # type: ignore[arg-type]
    )


def template_input(
    app: App,
    site: str,
    weekday: int,
    start: dt.time,
    end: dt.time,
    title: str,
    type_name: str,
    area: str | None = None,
    organiser: str | None = None,
    partners: Sequence[str] = (),
    **rest: object,
) -> TemplateInput:
    return TemplateInput(
        site_id=app.sites.id_of(site),
        weekday=weekday,
        start=start,
        end=end,
        title=title,
        type_id=app.activity_types.id_of(type_name),
        area=area,
        organiser_id=app.organisations.id_of(organiser) if organiser else None,
        partner_ids=organisation_ids(app, partners),
        **rest,  # type: ignore[arg-type]
    )

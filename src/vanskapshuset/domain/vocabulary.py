"""The fixed vocabulary: genders, areas of work, site and organisation kinds."""

from enum import StrEnum
from typing import TypeVar

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules.text import shown
from vanskapshuset.messages import rules as said
from vanskapshuset.messages.text import Text


class Gender(StrEnum):
    GIRL = "girl"
    BOY = "boy"
    OTHER = "other"
    UNKNOWN = "unknown"


GENDER_LABELS: dict[Gender, str] = {
    Gender.GIRL: "Flicka",
    Gender.BOY: "Pojke",
    Gender.OTHER: "Annat",
    Gender.UNKNOWN: "Vill ej ange",
}


class Area(StrEnum):
    """Areas of work (verksamhetsområden) of the partnership agreement, section 4.2."""

    PRESENCE = "presence"
    SELF_ORGANISATION = "self_organisation"
    MEETING_PLACE = "meeting_place"
    CHILDREN_YOUTH = "children_youth"


AREA_LABELS: dict[Area, str] = {
    Area.PRESENCE: "Långsiktig närvaro, samverkan och samordning",
    Area.SELF_ORGANISATION: "Lokal organisering och egenmakt",
    Area.MEETING_PLACE: "Mötesplatsutveckling",
    Area.CHILDREN_YOUTH: "Barn och ungas utveckling och fritid",
}


class SiteKind(StrEnum):
    INDOOR = "indoor"
    OUTDOOR = "outdoor"
    EXCURSION = "excursion"


class OrganisationKind(StrEnum):
    ASSOCIATION = "association"
    NON_PROFIT = "non_profit"
    MUNICIPAL = "municipal"
    INFORMAL_GROUP = "informal_group"
    BUSINESS = "business"
    ACADEMIA = "academia"


ORGANISATION_KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.ASSOCIATION: "förening",
    OrganisationKind.NON_PROFIT: "idéburen organisation",
    OrganisationKind.MUNICIPAL: "kommunal verksamhet",
    OrganisationKind.INFORMAL_GROUP: "informell grupp",
    OrganisationKind.BUSINESS: "näringsliv",
    OrganisationKind.ACADEMIA: "akademi",
}


class LeaderRole(StrEnum):
    YOUTH_LEADER = "youth_leader"
    COORDINATOR = "coordinator"


class VisitSource(StrEnum):
    """Where a visit event was entered; paper tallies are typed in later."""

    DOOR = "door"
    PAPER = "paper"
    COMMAND_LINE = "cli"
    DEMO = "demo"


E = TypeVar("E", bound=StrEnum)


def parse_choice(enum: type[E], value: str, what: Text) -> E:
    """Parse `value` into `enum` or raise one clear sentence listing the allowed values;
    `what` names the choice (messages/rules.py: CHOICE_GENDER…)."""
    try:
        return enum(value.strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise UserError(
            said.CHOICE_UNKNOWN(what=what, value=shown(value), allowed=allowed)
        ) from None

"""Participants of an activity, counted by gender × age band."""

from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import PARTICIPANTS_PER_CELL, shown
from vanskapshuset.domain.vocabulary import Gender, parse_choice
from vanskapshuset.messages import rules as said


@dataclass(frozen=True)
class ParticipantCount:
    gender: Gender
    age_band: str
    count: int


def parse_participants(text: str) -> list[ParticipantCount]:
    """Parse "girl:7-9=3,boy:10-13=2"; repeated cells are added together."""
    totals: dict[tuple[Gender, str], int] = {}
    for part in filter(None, (piece.strip() for piece in text.split(","))):
        try:
            cell, number = part.split("=")
            gender_text, band = cell.split(":")
            count = int(number)
        except ValueError:
            raise UserError(said.PARTICIPANTS_BAD_FORMAT(text=shown(part))) from None
        if count < 0:
            raise UserError(said.PARTICIPANTS_NEGATIVE_IN(text=shown(part)))
        key = (parse_choice(Gender, gender_text, said.CHOICE_GENDER), band.strip())
        totals[key] = PARTICIPANTS_PER_CELL.check(totals.get(key, 0) + count)
    return [ParticipantCount(g, band, n) for (g, band), n in totals.items() if n > 0]

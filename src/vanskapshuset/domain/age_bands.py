"""Age bands (åldersgrupper): configurable, always stored with their bounds."""

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import AGE_BAND_CODE, BAND_AGE, shown
from vanskapshuset.messages import rules as said


@dataclass(frozen=True)
class AgeBand:
    """An inclusive age range; `max_age` None means open-ended ("26+")."""

    code: str
    min_age: int
    max_age: int | None

    def contains(self, age: int) -> bool:
        return age >= self.min_age and (self.max_age is None or age <= self.max_age)

    @staticmethod
    def from_code(code: str) -> "AgeBand":
        """Parse "7-9" or "26+" into a band."""
        text = AGE_BAND_CODE.clean(code)
        try:
            if text.endswith("+"):
                band = AgeBand(text, int(text[:-1]), None)
            else:
                low, high = text.split("-")
                band = AgeBand(text, int(low), int(high))
        except ValueError:
            raise UserError(said.AGE_BAND_BAD_FORMAT(code=shown(code))) from None
        band.check()
        return band

    def check(self) -> None:
        """The bounds are ages a person can have, the lower one first."""
        BAND_AGE.check(self.min_age)
        if self.max_age is not None:
            BAND_AGE.check(self.max_age)
            if self.max_age < self.min_age:
                raise UserError(said.AGE_BAND_ENDS_BEFORE_START(code=shown(self.code)))


DEFAULT_AGE_BANDS: tuple[AgeBand, ...] = tuple(
    AgeBand.from_code(code) for code in ("0-6", "7-9", "10-13", "14-17", "18-25", "26+")
)


def validate_band_set(bands: Sequence[AgeBand]) -> None:
    """Bands must be non-empty, ordered, and must not overlap."""
    if not bands:
        raise UserError(said.AGE_BANDS_NONE)
    for band in bands:
        AGE_BAND_CODE.clean(band.code)
        band.check()
    codes = [band.code for band in bands]
    if len(set(codes)) != len(codes):
        raise UserError(said.AGE_BANDS_SAME_NAME)
    for earlier, later in itertools.pairwise(bands):
        if earlier.max_age is None or later.min_age <= earlier.max_age:
            raise UserError(said.AGE_BANDS_OVERLAP(earlier=earlier.code, later=later.code))


def find_band(bands: Iterable[AgeBand], code: str) -> AgeBand:
    """The band named `code`, or one clear sentence listing the known ones."""
    known = list(bands)
    for band in known:
        if band.code == code.strip():
            return band
    allowed = ", ".join(band.code for band in known)
    raise UserError(said.AGE_BAND_UNKNOWN(code=shown(code), known=allowed))

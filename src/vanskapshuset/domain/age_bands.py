"""Age bands (åldersgrupper): configurable, always stored with their bounds."""

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError


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
        text = code.strip()
        try:
            if text.endswith("+"):
                return AgeBand(text, int(text[:-1]), None)
            low, high = text.split("-")
            band = AgeBand(text, int(low), int(high))
        except ValueError:
            raise UserError(
                f"Åldersgruppen ”{code}” ska skrivas som t.ex. ”7-9” eller ”26+”."
            ) from None
        if band.max_age is not None and band.max_age < band.min_age:
            raise UserError(f"Åldersgruppen ”{code}” slutar före den börjar.")
        return band


DEFAULT_AGE_BANDS: tuple[AgeBand, ...] = tuple(
    AgeBand.from_code(code) for code in ("0-6", "7-9", "10-13", "14-17", "18-25", "26+")
)


def validate_band_set(bands: Sequence[AgeBand]) -> None:
    """Bands must be non-empty, ordered, and must not overlap."""
    if not bands:
        raise UserError("Det måste finnas minst en åldersgrupp.")
    codes = [band.code for band in bands]
    if len(set(codes)) != len(codes):
        raise UserError("Två åldersgrupper har samma namn.")
    for earlier, later in itertools.pairwise(bands):
        if earlier.max_age is None or later.min_age <= earlier.max_age:
            raise UserError(
                f"Åldersgrupperna ”{earlier.code}” och ”{later.code}” överlappar varandra."
            )


def find_band(bands: Iterable[AgeBand], code: str) -> AgeBand:
    """The band named `code`, or one clear sentence listing the known ones."""
    known = list(bands)
    for band in known:
        if band.code == code.strip():
            return band
    allowed = ", ".join(band.code for band in known)
    raise UserError(f"Okänd åldersgrupp ”{code}” (finns: {allowed}).")

"""The sheets' contents from the database: an activity's sign-ups, a day's tally grid."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vanskapshuset.app import App
from vanskapshuset.domain.errors import NotFoundError
from vanskapshuset.domain.rules import BRING, MEETING_POINT, SHEET_LEADER, SHEET_PHONE, check_date
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.domain.vocabulary import GENDER_LABELS, Gender
from vanskapshuset.messages import records as said
from vanskapshuset.sheets.data import SignUpRow, SignUpSheet, TallySheet
from vanskapshuset.sheets.sheet_texts import SWEDISH, sheet_texts


@dataclass(frozen=True)
class SheetDetails:
    """What the sheet's header says beyond the activity itself; typed when printing."""

    meeting_point: str = ""
    leader: str = ""
    leader_phone: str = ""
    bring: str = ""


class SheetService:
    def __init__(self, app: App) -> None:
        self.app = app

    def _organisation(self) -> str:
        return self.app.settings.get(ORGANISATION_NAME)

    def consent_text(self) -> str:
        return self.app.signups.consent_text()

    def second_language(self, language: str | None, consent: str) -> dict[str, Any]:
        """The sheet's fields for the language printed beside Swedish (none for Swedish only).

        The coordinator's consent text is the Swedish one; the second language gets the
        shipped standard translation. When the coordinator's text is not the standard Swedish
        text, the translation says less or other than it: `consent_standard` has the sheet say
        that the Swedish text applies. UserError for a language without a texts file.
        """
        if language is None or language.strip().lower() in ("", SWEDISH):
            return {}
        texts = sheet_texts(language)
        if not consent.strip():  # the coordinator chose to print no consent text
            return {"second_language": texts.code}
        standard = sheet_texts(SWEDISH)["consent"]
        return {
            "second_language": texts.code,
            "second_consent_text": texts["consent"],
            "consent_standard": " ".join(consent.split()) != " ".join(standard.split()),
        }

    def signup_sheet(
        self,
        activity_id: str | None,
        details: SheetDetails = SheetDetails(),
        language: str | None = None,
    ) -> SignUpSheet:
        """The sheet for an activity, filled with its sign-ups; `None`: a blank sheet.
        `language`: a code of `sheet_texts.languages()` to print beside Swedish, or None."""
        today = self.app.context.today()
        consent = self.consent_text()
        common = {
            "organisation": self._organisation(),
            "meeting_point": MEETING_POINT.clean(details.meeting_point),
            "leader": SHEET_LEADER.clean(details.leader),
            "leader_phone": SHEET_PHONE.clean(details.leader_phone),
            "bring": BRING.clean(details.bring),
            "consent_text": consent,
            "produced": today,
            **self.second_language(language, consent),
        }
        if activity_id is None:
            return SignUpSheet(
                activity_title="", date=None, start=None, end=None, place="", rows=(),
                blank_rows=15, **common,
            )  # fmt: skip
        try:
            activity = self.app.activities.get(activity_id)
        except NotFoundError:
            raise NotFoundError(said.ACTIVITY_GONE()) from None
        rows = tuple(
            SignUpRow(
                child_name=s.child_name,
                age=s.age,
                guardian_name=s.guardian_name,
                guardian_phone=s.guardian_phone,
                photo_consent=s.photo_consent,
                notes=s.notes,
            )
            for s in self.app.signups.list(activity_id)
        )
        return SignUpSheet(
            activity_title=activity.title,
            date=activity.date,
            start=activity.start,
            end=activity.end,
            place=activity.site,
            rows=rows,
            blank_rows=5 if rows else 15,
            **common,
        )

    def tally_sheet(self, day: dt.date, site_name: str) -> TallySheet:
        check_date(day)
        site = self.app.sites.by_name(site_name)
        return TallySheet(
            organisation=self._organisation(),
            site=site.name,
            date=day,
            genders=tuple((g.value, GENDER_LABELS[g]) for g in Gender),
            age_bands=tuple(band.code for band in self.app.age_bands.list()),
            produced=self.app.context.today(),
        )

"""Translatable labels for the domain's vocabulary.

The words are written out here (not looked up from `domain.vocabulary`) so that `pyside6-lupdate`
finds them; tests check that the Swedish text equals the domain's own labels.
"""

from PySide6.QtCore import QCoreApplication

from vanskapshuset.domain.vocabulary import Area, Gender, LeaderRole, OrganisationKind, SiteKind

# Called by this name with literal arguments, so that `pyside6-lupdate` finds every word.
translate = QCoreApplication.translate


def area_labels() -> dict[Area, str]:
    return {
        Area.PRESENCE: translate("Vocabulary", "Långsiktig närvaro, samverkan och samordning"),
        Area.SELF_ORGANISATION: translate("Vocabulary", "Lokal organisering och egenmakt"),
        Area.MEETING_PLACE: translate("Vocabulary", "Mötesplatsutveckling"),
        Area.CHILDREN_YOUTH: translate("Vocabulary", "Barn och ungas utveckling och fritid"),
    }


def gender_labels() -> dict[Gender, str]:
    return {
        Gender.GIRL: translate("Vocabulary", "Flicka"),
        Gender.BOY: translate("Vocabulary", "Pojke"),
        Gender.OTHER: translate("Vocabulary", "Annat"),
        Gender.UNKNOWN: translate("Vocabulary", "Vill ej ange"),
    }


def organisation_kind_labels() -> dict[OrganisationKind, str]:
    return {
        OrganisationKind.ASSOCIATION: translate("Vocabulary", "förening"),
        OrganisationKind.NON_PROFIT: translate("Vocabulary", "idéburen organisation"),
        OrganisationKind.MUNICIPAL: translate("Vocabulary", "kommunal verksamhet"),
        OrganisationKind.INFORMAL_GROUP: translate("Vocabulary", "informell grupp"),
        OrganisationKind.BUSINESS: translate("Vocabulary", "näringsliv"),
        OrganisationKind.ACADEMIA: translate("Vocabulary", "akademi"),
    }


def weekday_names() -> tuple[str, ...]:
    """Monday first, as in Sweden; plural ("tisdagar") as in a weekly template's label."""
    return (
        translate("Vocabulary", "måndagar"),
        translate("Vocabulary", "tisdagar"),
        translate("Vocabulary", "onsdagar"),
        translate("Vocabulary", "torsdagar"),
        translate("Vocabulary", "fredagar"),
        translate("Vocabulary", "lördagar"),
        translate("Vocabulary", "söndagar"),
    )


def site_kind_labels() -> dict[SiteKind, str]:
    return {
        SiteKind.INDOOR: translate("Vocabulary", "inomhus"),
        SiteKind.OUTDOOR: translate("Vocabulary", "utomhus"),
        SiteKind.EXCURSION: translate("Vocabulary", "utflykt"),
    }


def role_labels() -> dict[LeaderRole, str]:
    return {
        LeaderRole.YOUTH_LEADER: translate("Vocabulary", "ungdomsledare"),
        LeaderRole.COORDINATOR: translate("Vocabulary", "samordnare"),
    }

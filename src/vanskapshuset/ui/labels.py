"""Translated display names of the domain's codes (genders, areas, kinds)."""

from PySide6.QtCore import QCoreApplication

from vanskapshuset.domain.vocabulary import Area, Gender, OrganisationKind, SiteKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def gender_label(gender: Gender) -> str:
    return {
        Gender.GIRL: _tr("Flicka"),
        Gender.BOY: _tr("Pojke"),
        Gender.OTHER: _tr("Annat"),
        Gender.UNKNOWN: _tr("Vill ej ange"),
    }[gender]


def area_label(area: Area) -> str:
    return {
        Area.PRESENCE: _tr("Långsiktig närvaro, samverkan och samordning"),
        Area.SELF_ORGANISATION: _tr("Lokal organisering och egenmakt"),
        Area.MEETING_PLACE: _tr("Mötesplatsutveckling"),
        Area.CHILDREN_YOUTH: _tr("Barn och ungas utveckling och fritid"),
    }[area]


def site_kind_label(kind: SiteKind) -> str:
    return {
        SiteKind.INDOOR: _tr("inomhus"),
        SiteKind.OUTDOOR: _tr("utomhus"),
        SiteKind.EXCURSION: _tr("utflykt"),
    }[kind]


def organisation_kind_label(kind: OrganisationKind) -> str:
    return {
        OrganisationKind.ASSOCIATION: _tr("förening"),
        OrganisationKind.NON_PROFIT: _tr("idéburen organisation"),
        OrganisationKind.MUNICIPAL: _tr("kommunal verksamhet"),
        OrganisationKind.INFORMAL_GROUP: _tr("informell grupp"),
        OrganisationKind.BUSINESS: _tr("näringsliv"),
        OrganisationKind.ACADEMIA: _tr("akademi"),
    }[kind]

"""Names sort the Swedish way: … Z, Å, Ä, Ö, case and accents aside (domain/swedish_order.py),
in the services' lists and the reports alike."""

from vanskapshuset.app import App
from vanskapshuset.domain.swedish_order import swedish_key


def test_the_last_three_letters_come_after_z_in_their_order() -> None:
    names = ["Örebro", "ärla", "Åby", "Zinkgruvan", "Ängelholm", "alby", "Éva", "Ödeshög", "Eva"]
    assert sorted(names, key=swedish_key) == [
        "alby",
        "Eva",
        "Éva",
        "Zinkgruvan",
        "Åby",
        "Ängelholm",
        "ärla",
        "Ödeshög",
        "Örebro",
    ]
    assert sorted(["Ärla", "Åby"], key=str.casefold) == ["Ärla", "Åby"]  # what it replaces


def test_dictionary_letters_file_with_their_swedish_twins() -> None:
    assert sorted(["Müller", "Myran", "Mats"], key=swedish_key) == ["Mats", "Müller", "Myran"]
    assert sorted(["Øresund", "Ödla", "Ärlig", "Ægir"], key=swedish_key) == [
        "Ægir",
        "Ärlig",
        "Ödla",
        "Øresund",
    ]


def test_the_register_lists_organisations_in_the_swedish_order(app: App) -> None:
    for name in ("Örebro ungdom", "Ängby IF", "Zonta", "Åhus BK", "Bollklubben"):
        app.organisations.add(name)
    listed = [o.name for o in app.organisations.list()]
    ours = [
        n for n in listed if n in {"Örebro ungdom", "Ängby IF", "Zonta", "Åhus BK", "Bollklubben"}
    ]
    assert ours == ["Bollklubben", "Zonta", "Åhus BK", "Ängby IF", "Örebro ungdom"]

"""`daylog set` and `daylog list`: what a script records about a day is read back the same,
closed days and opening hours included, for one site or all, as lines or as JSON."""

import json


def test_day_logs_set_and_listed(cli, app):
    app.sites.add("Huset")
    app.sites.add("Parken", "outdoor")
    assert cli("daylog", "set", "--site", "Huset", "--date", "2025-06-20", "--closed").code == 0
    opened = cli(
        "daylog", "set", "--site", "Parken", "--date", "2025-06-21", "--open",
        "--hours", "12:00-17:00", "--note", "Sol",
    )  # fmt: skip
    assert opened.code == 0 and opened.out.strip() == "Dagboken är sparad."

    listed = cli("daylog", "list", "--from", "2025-06-01", "--to", "2025-06-30")
    assert listed.code == 0
    assert listed.out.splitlines() == [
        "2025-06-20 Huset: stängt",
        "2025-06-21 Parken: öppet 12:00–17:00 · Sol",
    ]
    one_site = cli(
        "daylog", "list", "--from", "2025-06-01", "--to", "2025-06-30", "--site", "Parken", "--json"
    )
    assert json.loads(one_site.out) == [
        {
            "date": "2025-06-21",
            "site": "Parken",
            "open": True,
            "opens_at": "12:00",
            "closes_at": "17:00",
            "note": "Sol",
        }
    ]
    english = cli(
        "--language", "en", "daylog", "list", "--from", "2025-06-20", "--to", "2025-06-20"
    )
    assert english.out.strip() != "2025-06-20 Huset: stängt" and "Huset" in english.out


def test_a_reversed_period_is_refused_before_the_data_is_opened(cli):
    result = cli("daylog", "list", "--from", "2025-06-30", "--to", "2025-06-01")
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == "Perioden slutar (2025-06-01) före den börjar (2025-06-30)."

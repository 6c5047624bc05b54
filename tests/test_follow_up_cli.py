"""`followup survey|initiative add|edit|delete` and `followup list --year Y [--json]`: the
follow-up register from the command line, by organisation names, one sentence on a refusal."""

import json

import pytest

from database_dump import dump_database


@pytest.fixture
def register(cli) -> None:
    assert cli("site", "add", "Vänskapshuset").code == 0
    for name, kind in (("Rädda Barnen", "non_profit"), ("Al-Amal", "association")):
        assert cli("org", "add", name, "--kind", kind).code == 0


def listed(cli, year: int) -> dict:
    result = cli("followup", "list", "--year", str(year), "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_add_edit_list_and_delete_from_the_command_line(cli, register) -> None:
    survey = cli(
        "followup", "survey", "add", "--date", "2025-03-12",
        "--with", "Rädda Barnen", "--with", "Al-Amal", "--with-text", "boende i Herrgården",
        "--summary", "Fler helgaktiviteter önskas.",
    )  # fmt: skip
    assert survey.code == 0, survey.err
    survey_id = survey.out.strip()
    initiative = cli(
        "followup", "initiative", "add", "Sommarlovsplanering", "--partner", "Al-Amal",
        "--status", "ongoing", "--start", "2025-02-01", "--note", "Varannan månad.",
    )  # fmt: skip
    assert initiative.code == 0, initiative.err
    initiative_id = initiative.out.strip()

    year = listed(cli, 2025)
    assert year["surveys"] == [
        {
            "id": survey_id,
            "date": "2025-03-12",
            "organisations": ["Al-Amal", "Rädda Barnen"],
            "with_text": "boende i Herrgården",
            "summary": "Fler helgaktiviteter önskas.",
        }
    ]
    assert year["initiatives"][0]["status"] == "ongoing"
    assert listed(cli, 2024) == {"year": 2024, "surveys": [], "initiatives": []}

    edited = cli("followup", "initiative", "edit", initiative_id, "--status", "ended",
                 "--end", "2025-10-31")  # fmt: skip
    assert edited.code == 0 and edited.out.strip() == "Initiativet är ändrat."
    changed = listed(cli, 2025)["initiatives"][0]
    assert (changed["status"], changed["start"], changed["end"]) == (
        "ended", "2025-02-01", "2025-10-31"
    )  # fmt: skip
    assert changed["note"] == "Varannan månad."  # what was not given stays
    assert listed(cli, 2026)["initiatives"] == []  # ended in 2025
    assert cli("followup", "survey", "edit", survey_id, "--with", "Al-Amal").code == 0
    assert listed(cli, 2025)["surveys"][0]["organisations"] == ["Al-Amal"]

    text = cli("followup", "list", "--year", "2025")
    assert text.code == 0
    assert text.out.splitlines() == [
        f"2025-03-12 enkät med Al-Amal, boende i Herrgården: Fler helgaktiviteter önskas."
        f"  [{survey_id}]",
        f"2025-02-01–2025-10-31 initiativ ”Sommarlovsplanering” (avslutad) med Al-Amal"
        f"  [{initiative_id}]",
    ]

    assert cli("followup", "survey", "delete", survey_id).out.strip() == "Enkäten är borttagen."
    deleted = cli("followup", "initiative", "delete", initiative_id)
    assert deleted.out.strip() == "Initiativet är borttaget."
    assert listed(cli, 2025) == {"year": 2025, "surveys": [], "initiatives": []}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("survey", "add", "--date", "2025-03-12", "--summary", "S"), "Ange vilka enkäten"),
        (("survey", "add", "--date", "12/3", "--with-text", "a", "--summary", "S"), "ÅÅÅÅ-MM-DD"),
        (("survey", "add", "--date", "2025-03-12", "--with", "Okänd", "--summary", "S"),
         "Okänd organisation"),
        (("survey", "add", "--date", "2025-03-12", "--with-text", "a"), "--summary"),
        (("survey", "edit", "0000"), "Ange minst en uppgift"),
        (("survey", "edit", "0000", "--summary", "x"), "Enkäten finns inte"),
        (("initiative", "add", "X", "--status", "klar"), "Okänt värde för status"),
        (("initiative", "add", "", "--status", "planned"), "Initiativet måste ha ett namn"),
        (("initiative", "add", "X", "--status", "planned", "--start", "2025-05-01",
          "--end", "2025-04-01"), "slutar (2025-04-01) före det börjar"),
        (("initiative", "delete", "nope"), "Initiativet finns inte"),
        (("list", "--year", "1999"), "Året"),
        (("list",), "--year"),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_changes_nothing(cli, register, data_dir, args, words):
    before = dump_database(data_dir)
    result = cli("followup", *args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err
    assert "Traceback" not in result.err
    assert dump_database(data_dir) == before

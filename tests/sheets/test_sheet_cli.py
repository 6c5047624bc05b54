"""`sheet signup` and `sheet tally` from the database, read back from the PDF."""

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest

from by_name import activity_input
from vanskapshuset.app import App
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.reports.text_direction import visual
from vanskapshuset.services.signups import SignUpInput
from vanskapshuset.sheets.parts import swedish_date


def text_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


# The command line runs on the real clock and deletes sign-ups past their retention at start-up,
# so the outing lies ahead of the real today.
OUTING_DAY = dt.date.today() + dt.timedelta(days=10)


@pytest.fixture
def outing(app: App, clock: FixedClock) -> str:
    clock.set(dt.datetime.now(STOCKHOLM))  # an activity lies at most a year after today
    app.sites.add("Vänskapsparken", "outdoor")
    app.sites.add("Utflykt", "excursion")
    activity = app.activities.create(
        activity_input(app,
            site="Utflykt", date=OUTING_DAY, start=dt.time(10), end=dt.time(15),
            title="Utflykt till Folkets park", type_name="Utflykt",
        )
    )  # fmt: skip
    for number in range(45):
        app.signups.add(activity, SignUpInput(f"Barn Nummer{number:02d}", 9, "", "070-111 22 33"))
    app.signups.add(activity, SignUpInput("ليلى حسن", 10))
    return activity


def test_the_filled_sheet_holds_every_signup(cli, outing: str, tmp_path: Path) -> None:
    target = tmp_path / "lista.pdf"
    result = cli(
        "sheet", "signup", "--activity", outing, "--pdf", str(target),
        "--meeting-point", "Vid grinden", "--leader", "Leyla", "--phone", "072-345 67 89",
    )  # fmt: skip
    assert result.code == 0, result.err
    text = text_of(target)
    assert "Utflykt till Folkets park" in text and swedish_date(OUTING_DAY) in text
    assert "Vid grinden" in text and "072-345 67 89" in text
    for number in range(45):
        assert text.count(f"Nummer{number:02d}") == 1
    assert visual("ليلى حسن") in text
    assert "Sida 1 av " in text


def test_blank_and_tally_sheets(cli, outing: str, tmp_path: Path) -> None:
    assert cli("sheet", "signup", "--blank", "--pdf", str(tmp_path / "tom.pdf")).code == 0
    assert "Nummer" not in text_of(tmp_path / "tom.pdf")
    result = cli("sheet", "tally", "--date", "2025-07-12", "--pdf", str(tmp_path / "t.pdf"))
    assert result.code == 0, result.err
    tally = text_of(tmp_path / "t.pdf")
    assert "Räknelista Vänskapsparken lördag 12 juli 2025" in tally  # the first site with a door
    assert all(label in tally for label in ("Flicka", "Pojke", "Annat", "Vill ej ange", "10-13"))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["sheet", "signup", "--pdf", "{out}/x.pdf"], "--activity ID eller --blank"),
        (["sheet", "signup", "--activity", "nope", "--pdf", "{out}/x.pdf"], "borttagen"),
        (["sheet", "tally", "--date", "12/7", "--pdf", "{out}/x.pdf"], "Datumet"),
        (["sheet", "tally", "--date", "2025-07-12", "--site", "Månen", "--pdf", "{out}/x.pdf"],
         "Okänd plats"),
    ],
)  # fmt: skip
def test_bad_sheet_commands_print_nothing(
    cli, outing: str, tmp_path: Path, arguments: list[str], message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = cli(*[a.replace("{out}", str(out)) for a in arguments])
    assert result.code == 2 and message in result.err
    assert list(out.iterdir()) == []


def test_a_deleted_activity_gets_no_sheet(cli, app: App, outing: str, tmp_path: Path) -> None:
    app.activities.delete(outing)
    result = cli("sheet", "signup", "--activity", outing, "--pdf", str(tmp_path / "x.pdf"))
    assert result.code == 2 and "borttagen" in result.err
    assert not (tmp_path / "x.pdf").exists()

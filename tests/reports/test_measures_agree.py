"""Issue 16, item 7: every format shows the same measures as `stats --json`.

Random data (visits over sites, days, genders and age bands with corrections; activities with
participants, organisers, partners and knowledge exchanges, some deleted; day logs open or
closed, with or without opening hours) is written through the real services into a real
SQLite file; then the real command line prints `stats --json` and writes the season report
(every site) or a period report at one site, and the year's follow-up, as PDF, Word, Excel and
CSV, and each file is read back the way a reader reads it.
"""

import contextlib
import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from report_reading import (
    csv_rows,
    docx_blocks,
    docx_tables,
    pdf_layout_text,
    pdf_table,
    pdf_tiles,
    swedish_number,
    xlsx_rows,
)

from by_name import activity_input
from vanskapshuset.app import open_app
from vanskapshuset.cli import main
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.day_logs import DayLogEntry

FIRST, LAST = dt.date(2025, 6, 16), dt.date(2025, 6, 29)  # two weeks
SEASON = "Sommarlovet 2025"  # no site: the season covers every site
SITES = ("Vänskapshuset", "Vänskapsparken")
ORGANISATIONS = ("FC Rosengård", "جمعية النور", "Ururka Haweenka Soomaaliyeed", "Malmö stad")
TYPES = ("Fotboll", "Dans", "Samverkansmöte")
GENDERS = ("girl", "boy", "other", "unknown")
BANDS = ("0-6", "7-9", "10-13", "14-17", "18-25", "26+")
# What the reports call each gender: the reader's words, written out here once.
GENDER_WORDS = {"Flicka": "girl", "Pojke": "boy", "Annat": "other", "Vill ej ange": "unknown"}

# Days from two before the period to one after it: rows outside must not count.
day = st.integers(-2, (LAST - FIRST).days + 1).map(lambda n: FIRST + dt.timedelta(days=n))
visits = st.lists(
    st.tuples(
        st.sampled_from(range(len(SITES))),
        day,
        st.sampled_from(GENDERS),
        st.sampled_from(BANDS),
        st.integers(1, 400),  # big enough for "1 456" now and then
        st.integers(0, 2),  # corrections (−1) of this arrival
    ),
    max_size=12,
)
activities = st.lists(
    st.tuples(
        st.sampled_from(range(len(SITES))),
        day,
        st.sampled_from(TYPES),
        st.lists(
            st.tuples(st.sampled_from(GENDERS), st.sampled_from(BANDS), st.integers(0, 40)),
            max_size=4,
        ),
        st.none() | st.sampled_from(range(len(ORGANISATIONS))),
        st.sets(st.sampled_from(range(len(ORGANISATIONS))), max_size=2),
        st.booleans(),  # knowledge exchange
        st.booleans(),  # deleted again
    ),
    max_size=6,
)
day_logs = st.dictionaries(
    st.tuples(st.sampled_from(range(len(SITES))), day),
    st.tuples(
        st.sampled_from([True, False, None]),  # None: open or not left unsaid
        st.none() | st.tuples(st.integers(8, 16), st.integers(1, 6)),
    ),
    max_size=6,
)


def _write(data_dir: Path, plan: dict) -> None:
    clock = FixedClock(dt.datetime(2025, 7, 3, 12, tzinfo=STOCKHOLM))
    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        ids = [app.sites.add(name, "indoor").id for name in SITES]
        for name in ORGANISATIONS:
            app.organisations.add(name, "association")
        app.seasons.add(SEASON, FIRST, LAST)
        for site, when, gender, band, count, corrections in plan["visits"]:
            moment = dt.datetime.combine(when, dt.time(15), tzinfo=STOCKHOLM)
            added = app.visits.add(ids[site], gender, band, count, moment)
            for visit_id in added[:corrections]:
                app.visits.undo(visit_id)
        for site, when, type_name, cells, organiser, partners, exchange, gone in plan["activities"]:
            merged: dict[tuple[str, str], int] = {}
            for gender, band, n in cells:
                merged[gender, band] = merged.get((gender, band), 0) + n
            activity_id = app.activities.create(
                activity_input(
                    app,
                    site=SITES[site],
                    date=when,
                    start=dt.time(10),
                    end=dt.time(12),
                    title=f"{type_name} {when:%d/%m}",
                    type_name=type_name,
                    organiser=None if organiser is None else ORGANISATIONS[organiser],
                    partners=[ORGANISATIONS[p] for p in sorted(partners) if p != organiser],
                    participants=tuple(
                        ParticipantCount(Gender(g), b, n) for (g, b), n in merged.items()
                    ),
                    knowledge_exchange=exchange,
                )
            )
            if gone:
                app.activities.delete(activity_id)
        for (site, when), (is_open, hours) in plan["day_logs"].items():
            if is_open is None and hours is None:
                continue  # a day log saying nothing is not written (nothing to save)
            opens, closes = (
                (dt.time(hours[0]), dt.time(hours[0] + hours[1])) if hours else (None, None)
            )
            app.day_logs.save(DayLogEntry(ids[site], when, is_open, opens, closes, (), ""))
    finally:
        app.close()


def _cli(data_dir: Path, *args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--data-dir", str(data_dir), *args])
    assert code == 0, out.getvalue()
    return out.getvalue()


def _expected(stats: dict) -> dict:
    """`stats --json` as the reports show it: no open day means no average ("–"), not 0,0."""
    return {
        "Besök": stats["visits"],
        "Öppna dagar": stats["days_open"],
        "Besök per öppen dag": stats["avg_visits_per_open_day"] if stats["days_open"] else None,
        "Andel flickor": stats["girls_share"],
        "Besök per öppen timme": stats["visits_per_open_hour"],
        "Aktiviteter": stats["activities"],
        "Deltagare": stats["participants"],
        "Tillfällen av kunskapsutbyte": stats["knowledge_exchanges"],
        "Aktiva föreningar och grupper": stats["active_organisations"],
    }


def _key_figures(rows: list, number=lambda v: v) -> dict:
    """The "Nyckeltal" table (XLSX sheet, CSV file, Word table) as the same dict."""
    found = {str(label): value for label, value, *_ in rows[1:]}
    return {
        "Besök": number(found["Besök"]),
        "Öppna dagar": number(found["Öppna dagar"]),
        "Besök per öppen dag": number(found["Besök per öppen dag"]),
        "Andel flickor": number(found["Andel flickor %"]),
        "Besök per öppen timme": number(found["Besök per öppen timme"]),
        "Aktiviteter": number(found["Aktiviteter"]),
        "Deltagare": number(found["Deltagare"]),
        "Tillfällen av kunskapsutbyte": number(found["Tillfällen av kunskapsutbyte"]),
        "Aktiva föreningar och grupper": number(found["Aktiva föreningar och grupper"]),
    }


def _spreadsheet_number(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return value
    return swedish_number(str(value))


def _breakdown(rows: list, number, words: dict[str, str] | None = None) -> dict[str, object]:
    """A "Besök per kön/ålder" table: code → count, with its total row as "total"."""
    result = {}
    for label, count, *_ in rows[1:]:
        key = "total" if label == "Totalt" else (words or {}).get(str(label), str(label))
        result[key] = number(count)
    return result


def _by(stats: dict, key: str) -> dict[str, object]:
    return {**stats[key], "total": stats["visits"]}


def _outputs(out: Path, stem: str) -> tuple[Path, Path, Path, Path]:
    return out / f"{stem}.pdf", out / f"{stem}.docx", out / f"{stem}.xlsx", out / f"{stem}-csv"


def _write_report(data_dir: Path, command: list[str], out: Path, stem: str) -> None:
    pdf, word, excel, folder = _outputs(out, stem)
    _cli(
        data_dir,
        *command,
        "--pdf",
        str(pdf),
        "--docx",
        str(word),
        "--xlsx",
        str(excel),
        "--csv",
        str(folder),
    )


def _word_key_figures(word: Path) -> list[list[str]]:
    """The Word report's first two-column table headed "Mått | Värde"."""
    return next(t for t in docx_tables(word).values() if t[0] == ["Mått", "Värde"])


def _check_period(data_dir: Path, out: Path, site: int | None) -> None:
    """The season (every site) or a period at one site, against `stats --json` of the same."""
    where = [] if site is None else ["--site", SITES[site]]
    stats = json.loads(
        _cli(data_dir, "stats", "--from", str(FIRST), "--to", str(LAST), *where, "--json")
    )
    expected = _expected(stats)
    by_gender, by_age = _by(stats, "visits_by_gender"), _by(stats, "visits_by_age")
    command = (
        ["report", "season", "--season", SEASON]
        if site is None
        else ["report", "period", "--from", str(FIRST), "--to", str(LAST), *where]
    )
    _write_report(data_dir, command, out, "period")
    pdf, word, excel, folder = _outputs(out, "period")

    # PDF: the headline tiles, the visit tables, the activity totals, the partner count.
    tiles = pdf_tiles(pdf)
    shown = {label: swedish_number(tiles[label]) for label in expected}
    assert shown == expected
    text = pdf_layout_text(pdf)
    genders = pdf_table(text, "Besök per kön", "Kön", 2)
    assert {GENDER_WORDS.get(k, "total"): swedish_number(v[0]) for k, v in genders.items()} == (
        by_gender
    )
    ages = pdf_table(text, "Besök per åldersgrupp", "Åldersgrupp", 2)
    assert {("total" if k == "Totalt" else k): swedish_number(v[0]) for k, v in ages.items()} == (
        by_age
    )
    by_type = pdf_table(text, "Aktiviteter per typ", "Aktivitetstyp", 3)
    if stats["activities"]:
        assert [swedish_number(v) for v in by_type["Totalt"][-2:]] == [
            stats["activities"],
            stats["participants"],
        ]
    assert (
        f"Organisationer som ordnat eller samverkat ({stats['active_organisations']})"
        in text.replace("\u00a0", " ")
    )

    # Word: the key figures table, the visit tables and the first sentence.
    assert _key_figures(_word_key_figures(word), swedish_number) == expected
    tables = docx_tables(word)
    assert _breakdown(tables["Besök per kön"], swedish_number, GENDER_WORDS) == by_gender
    assert _breakdown(tables["Besök per åldersgrupp"], swedish_number) == by_age
    sentences = [b.text for b in docx_blocks(word) if isinstance(b, Paragraph)]
    if stats["visits"] and stats["days_open"]:
        average = re.compile(r"^([\d\u202f]+) besök under .*, i snitt ([\d,]+) per öppen dag")
        said = next(m for line in sentences if (m := average.match(line)))
        assert [swedish_number(said[1]), swedish_number(said[2])] == [
            stats["visits"],
            stats["avg_visits_per_open_day"],
        ]

    # Excel: real numbers in the cells.
    assert _key_figures(xlsx_rows(excel, "Nyckeltal"), _spreadsheet_number) == expected
    assert _breakdown(xlsx_rows(excel, "Besök per kön"), _spreadsheet_number, GENDER_WORDS) == (
        by_gender
    )
    assert _breakdown(xlsx_rows(excel, "Besök per ålder"), _spreadsheet_number) == by_age

    # CSV: Swedish Excel's decimal comma, empty for no value.
    assert _key_figures(csv_rows(folder / "nyckeltal.csv"), _spreadsheet_number) == expected
    assert (
        _breakdown(csv_rows(folder / "besök_per_kön.csv"), _spreadsheet_number, GENDER_WORDS)
        == by_gender
    )
    assert _breakdown(csv_rows(folder / "besök_per_ålder.csv"), _spreadsheet_number) == by_age

    # Participants by gender and by age band add up to the participants in every format.
    for title, sheet in (("kön", "Deltagare per kön"), ("åldersgrupp", "Deltagare per ålder")):
        first = "Kön" if title == "kön" else "Åldersgrupp"
        in_pdf = pdf_table(text, f"Deltagare i aktiviteterna per {title}", first, 2)
        in_word = tables[f"Deltagare i aktiviteterna per {title}"]
        in_csv = csv_rows(folder / (sheet.lower().replace(" ", "_") + ".csv"))
        assert [
            swedish_number(in_pdf["Totalt"][0]),
            swedish_number(in_word[-1][1]),
            xlsx_rows(excel, sheet)[-1][1],
            swedish_number(in_csv[-1][1]),
        ] == [stats["participants"]] * 4


# The annual follow-up's measures (agreement section 8) and the stats key each one is.
ANNUAL = {
    "Tillfällen av kunskapsutbyte": "knowledge_exchanges",
    "Aktiva föreningar och grupper": "active_organisations",
    "Kultur- och fritidsaktiviteter": "activities",
    "Deltagare i aktiviteterna": "participants",
    "Besök": "visits",
    "Öppna dagar": "days_open",
}


def _check_year(data_dir: Path, out: Path) -> None:
    stats = json.loads(
        _cli(data_dir, "stats", "--from", "2025-01-01", "--to", "2025-12-31", "--json")
    )
    expected = {label: stats[key] for label, key in ANNUAL.items()}
    _write_report(data_dir, ["report", "annual", "--year", "2025"], out, "year")
    pdf, word, excel, folder = _outputs(out, "year")
    tiles = pdf_tiles(pdf, until="Så")  # the tiles end where "Så räknas måtten" begins
    assert {label: swedish_number(tiles[label]) for label in ANNUAL} == expected
    # The year's measures: "Mått | 2025 | 2024 | Förändring" (the year's own column first).
    in_word = next(t for t in docx_tables(word).values() if t[0][:2] == ["Mått", "2025"])
    assert {row[0]: swedish_number(row[1]) for row in in_word[1:]} == expected
    assert {row[0]: row[1] for row in xlsx_rows(excel, "Uppföljning")[1:]} == expected
    in_csv = {row[0]: swedish_number(row[1]) for row in csv_rows(folder / "uppföljning.csv")[1:]}
    assert in_csv == expected


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    # Each example writes four files (a few seconds): shrinking would take minutes of a shared
    # machine, so a failure shows the whole generated example instead.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    plan=st.fixed_dictionaries({"visits": visits, "activities": activities, "day_logs": day_logs}),
    site=st.none() | st.sampled_from(range(len(SITES))),  # every site, or a period at one
)
def test_stats_and_every_format_show_the_same_measures(plan: dict, site: int | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _write(root / "data", plan)
        _check_period(root / "data", root, site)
        _check_year(root / "data", root)

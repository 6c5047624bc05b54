"""XLSX and CSV read back: real numbers, inert formula-like text, whole files or none."""

import csv
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from report_data import ARABIC_ORG, FORMULA_ORG, SEASON

from vanskapshuset.domain.errors import UserError
from vanskapshuset.reports import files
from vanskapshuset.reports.service import ReportService
from vanskapshuset.services.safe_file import replacing


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def sheet_rows(path: Path, name: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    return [tuple(c.value for c in row) for row in workbook[name].iter_rows()]


def test_season_xlsx_has_real_numbers_and_a_frozen_header(
    reports: ReportService, tmp_path: Path
) -> None:
    target = files.write_xlsx(reports.season(SEASON), tmp_path / "säsong.xlsx")
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == "Om rapporten"
    assert {"Nyckeltal", "Besök per kön", "Besök per vecka", "Jämförelse"} <= set(
        workbook.sheetnames
    )
    figures = dict(sheet_rows(target, "Nyckeltal")[1:])
    assert figures["Besök"] == 19 and isinstance(figures["Besök"], int)
    assert figures["Besök per öppen dag"] == 4.8  # 19 / 4
    assert figures["Bästa dag"] == dt.datetime(2025, 7, 3)  # a real date cell
    by_gender = sheet_rows(target, "Besök per kön")
    assert by_gender[0] == ("Kön", "Antal", "Andel %")
    assert by_gender[1] == ("Flicka", 9, 47.4)
    assert by_gender[-1] == ("Totalt", 19, None)
    sheet = workbook["Besök per vecka"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= 8
    comparison = {row[0]: row[1:] for row in sheet_rows(target, "Jämförelse")[1:]}
    assert comparison["Besök"] == (19, 10, 9, 90.0)


def test_formula_like_names_are_inert_in_xlsx_and_csv(
    reports: ReportService, tmp_path: Path
) -> None:
    summary = reports.season(SEASON)
    workbook = openpyxl.load_workbook(files.write_xlsx(summary, tmp_path / "s.xlsx"))
    cells = [c for row in workbook["Partnerorganisationer"].iter_rows() for c in row]
    [formula_cell] = [c for c in cells if c.value == FORMULA_ORG]
    assert formula_cell.data_type == "s" and formula_cell.quotePrefix  # text, never a formula
    assert any(c.value == ARABIC_ORG for c in cells)  # kept in logical order for Excel

    written = files.write_csv(summary, tmp_path / "csv")
    [partners] = [p for p in written if p.name == "partnerorganisationer.csv"]
    names = [row[0] for row in read_csv(partners)[1:]]
    assert "'" + FORMULA_ORG in names and FORMULA_ORG not in names
    assert ARABIC_ORG in names


def test_csv_opens_in_swedish_excel(reports: ReportService, tmp_path: Path) -> None:
    written = files.write_csv(reports.annual(2025), tmp_path / "år")
    by_name = {p.name: p for p in written}
    months = read_csv(by_name["per_månad.csv"])
    assert months[0][0] == "Månad" and months[0][-2:] == ["Besök", "Öppna dagar"]
    assert months[3] == ["Mars", "1", "1", "1", "6", "0", "0"]
    assert months[-1] == ["Hela året (olika organisationer)", "2", "3", "3", "18", "23", "4"]
    weekdays = read_csv(by_name["bilaga_besök_per_veckodag.csv"])
    assert weekdays[4] == ["Torsdag", "9", "1", "9,0"]  # decimal comma


def test_export_holds_the_rows_of_the_period(reports: ReportService, tmp_path: Path) -> None:
    data = reports.export(dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    target = files.write_xlsx(data, tmp_path / "export.xlsx")
    visits = sheet_rows(target, "Besök")
    assert visits[0] == ("Datum", "Plats", "Kön", "Åldersgrupp", "Besök", "Varav nya besökare")
    assert sum(row[4] for row in visits[1:]) == 10  # June at the park; the undone visit nets 0
    assert {row[5] for row in visits[1:]} == {0}  # none was marked new
    assert all(row[4] != 0 for row in visits[1:])
    activities = sheet_rows(target, "Aktiviteter")
    assert [row[4] for row in activities[1:]] == ["Fotboll med FC Rosengård", "Målarverkstad"]
    assert activities[1][9] == 8 and activities[1][2] == dt.time(16, 30)
    day_log = sheet_rows(target, "Dagbok")
    assert day_log[1][:3] == (dt.datetime(2025, 6, 17), "Vänskapsparken", "ja")
    written = {p.name for p in files.write_csv(data, tmp_path / "csv")}
    assert written == {"nyckeltal.csv", "besök.csv", "aktiviteter.csv", "dagbok.csv"}


def test_an_empty_period_gives_valid_files_with_zeros(
    reports: ReportService, tmp_path: Path
) -> None:
    empty = reports.period(dt.date(2030, 1, 1), dt.date(2030, 1, 31))
    target = files.write_xlsx(empty, tmp_path / "tom.xlsx")
    figures = dict(sheet_rows(target, "Nyckeltal")[1:])
    assert (figures["Besök"], figures["Öppna dagar"], figures["Bästa dag"]) == (0, 0, None)
    assert sheet_rows(target, "Partnerorganisationer") == [("Organisation", "Typ", "Aktiviteter")]
    assert all(p.stat().st_size > 0 for p in files.write_csv(empty, tmp_path / "csv"))


def test_unwritable_targets_get_one_sentence_and_leave_nothing(
    reports: ReportService, tmp_path: Path
) -> None:
    summary = reports.season(SEASON)
    out = tmp_path / "out"
    out.mkdir()
    a_file = out / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(UserError, match=r"ingen mapp|finns inte"):
        files.write_xlsx(summary, a_file / "rapport.xlsx")
    with pytest.raises(UserError, match="är en mapp"):
        files.write_xlsx(summary, out)
    with pytest.raises(UserError, match="är en fil"):
        files.write_csv(summary, a_file)
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_gets_one_sentence(reports: ReportService, tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="skrivskyddad"):
            files.write_xlsx(reports.season(SEASON), folder / "rapport.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_file_open_elsewhere_keeps_the_old_file(
    reports: ReportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "rapport.xlsx"
    target.write_bytes(b"the report from last week")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")  # what Windows says for an open file

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="öppen i ett annat program"):
        files.write_xlsx(reports.season(SEASON), target)
    assert target.read_bytes() == b"the report from last week"
    assert [p.name for p in out.iterdir()] == ["rapport.xlsx"]


def test_a_failure_while_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "halv.pdf"
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("renderer crashed")
    assert list(tmp_path.iterdir()) == []

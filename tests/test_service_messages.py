"""The services' refusals and reports are catalogue messages (issue 15, item 1): a code, named
values and the field they concern; the Swedish is the catalogue's own sentence."""

import datetime as dt
import re

import pytest

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.messages import backups, demo, files, records, visits
from vanskapshuset.messages.catalogue import catalogue
from vanskapshuset.messages.text import Message, registered
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.demo import DemoSummary
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.services.signups import SignUpService

DAY = dt.date(2025, 7, 2)
ONE = {("girl", "7-9"): 1}


def refusal(error: pytest.ExceptionInfo[UserError]) -> tuple[str, str | None]:
    assert isinstance(error.value.message, Message)
    return error.value.message.code, error.value.field


def test_a_duplicate_name_is_records_name_taken_with_its_kind_as_a_catalogue_word(app):
    app.sites.add("Vänskapsparken", "outdoor")
    with pytest.raises(UserError) as error:
        app.sites.add("vänskapsparken", "outdoor")
    assert refusal(error) == ("records.name_taken", "name")
    assert error.value.message.values["kind"] is records.KIND_SITE  # translated where shown
    assert str(error.value) == "Det finns redan en plats som heter ”Vänskapsparken”."


def test_an_unknown_name_lists_the_known_ones_or_says_none_yet(app):
    with pytest.raises(NotFoundError) as error:
        app.sites.by_name("Parken")
    assert refusal(error)[0] == "records.unknown_name"
    assert str(error.value) == "Okänd plats ”Parken” (finns: inga ännu)."


def test_backup_refusals_name_the_field(app, tmp_path):
    with pytest.raises(UserError) as error:
        app.backups.restore("finns-inte.sqlite")
    assert refusal(error) == ("backup.no_such_backup", "name")
    with pytest.raises(UserError) as error:
        app.backups.set_second_folder(tmp_path / "usb")
    assert refusal(error) == ("backup.second_folder_missing", "folder")
    app.backups.create()  # the backup folder is there now
    with pytest.raises(UserError) as error:
        app.backups.set_second_folder(app.backups.folder)
    assert refusal(error) == ("backup.second_folder_same", "folder")


def test_visit_and_paper_refusals(app):
    park = app.sites.add("Vänskapsparken", "outdoor").id
    (visit,) = app.visits.add(park, "girl", "7-9")
    app.visits.undo(visit)
    with pytest.raises(UserError) as error:
        app.visits.undo(visit)
    assert refusal(error) == ("visits.already_undone", None)
    with pytest.raises(NotFoundError) as error:
        app.paper_tally.enter(park, DAY, {("girl", "99-100"): 1})
    assert refusal(error) == ("visits.unknown_age_band", "age_band")
    with pytest.raises(UserError) as error:
        app.paper_tally.enter(park, app.context.today() + dt.timedelta(days=1), ONE)
    assert refusal(error) == ("visits.paper_day_ahead", "day")
    with pytest.raises(NotFoundError) as error:
        app.paper_tally.enter("no-such-site", DAY, {("girl", "7-9"): 1})
    assert refusal(error) == ("records.no_such_id", None)
    assert str(error.value) == "Det finns ingen plats med id no-such-site."


def test_sign_up_and_day_log_refusals(app):
    signups: SignUpService = app.signups
    with pytest.raises(UserError) as error:
        signups.find("  ")
    assert refusal(error) == ("signups.name_empty", "name")
    with pytest.raises(NotFoundError) as error:
        signups.erase_person("Ingen Alls")
    assert refusal(error) == ("signups.none_for", "name")
    site = app.sites.add("Vänskapshuset").id
    late, early = dt.time(20), dt.time(15)
    with pytest.raises(UserError) as error:
        app.day_logs.save(DayLogEntry(site, DAY, True, late, early, (), ""))
    assert refusal(error) == ("time_span.day_log", "closes_at")


def test_a_file_in_a_missing_folder_is_one_message(tmp_path):
    with pytest.raises(UserError) as error, replacing(tmp_path / "saknas" / "rapport.pdf") as path:
        path.write_text("x")
    assert refusal(error)[0] == "files.no_folder"
    assert str(error.value) == f"Mappen ”{tmp_path / 'saknas'}” finns inte."


def test_a_failed_backup_says_its_cause_as_a_message_value(tmp_path):
    from vanskapshuset.domain.errors import StorageError, StorageProblem
    from vanskapshuset.services.backup_text import backup_refusal

    refused = backup_refusal(StorageError(StorageProblem.READ_ONLY), tmp_path, restoring=True)
    assert refused.message.code == "backup.restore_not_made"
    assert refused.message.values["cause"].code == "backup.cause.read_only"
    assert str(refused) == f"Återställningen gjordes inte: mappen {tmp_path} går inte att skriva i."


@pytest.mark.parametrize(
    ("count", "swedish"),
    [
        (1, "Demodata för 2025: 40 besök och 1 aktivitet (Bästa sommaren 2025)."),
        (2, "Demodata för 2025: 40 besök och 2 aktiviteter (Bästa sommaren 2025)."),
    ],
)
def test_the_demo_summary_is_a_plural_message_with_its_count(count, swedish):
    summary = DemoSummary([2025], visits=40, activities=count, seasons=["Bästa sommaren 2025"])
    message = summary.message()
    assert message.code == "demo.summary" and message.count == count
    assert str(message) == swedish == str(summary)
    assert catalogue("sv").say(message) == swedish


@pytest.mark.parametrize("count", [1, 2])
def test_saved_visits_render_their_count_once(count):
    word = "sparat" if count == 1 else "sparade"
    assert str(visits.VISITS_SAVED(count)) == f"{count} besök {word}."
    with pytest.raises(TypeError):
        visits.VISITS_SAVED()  # a plural needs its count


def test_the_new_sentences_have_unique_dotted_lower_case_codes():
    ours = [
        value
        for module in (records, backups, visits, files, demo)
        for value in vars(module).values()
        if hasattr(value, "code") and hasattr(value, "source")
    ]
    assert len({text.code for text in ours}) == len(ours)
    for text in ours:
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", text.code), text.code
        assert registered()[text.code] is text

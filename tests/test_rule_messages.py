"""The rules' and the reports' sentences are catalogue messages (issue 15, item 1).

- every Text of messages/rules.py and messages/reports.py is registered under its own dotted,
  lower-case code, and every call site in the program gives it exactly its placeholders (and a
  count where it is a plural);
- a refusal of a domain rule is a message of the catalogue, whose Swedish is the sentence the
  rule always said, and in English it is one filled line: the translation where the English
  .ts has one, else the Swedish.
"""

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from vanskapshuset.domain import rules
from vanskapshuset.domain.age_bands import AgeBand, find_band, validate_band_set
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.participants import parse_participants
from vanskapshuset.domain.rules import NumberRule, TextRule
from vanskapshuset.domain.vocabulary import Area, Gender, parse_choice
from vanskapshuset.messages import reports as report_messages
from vanskapshuset.messages import rules as rule_messages
from vanskapshuset.messages.catalogue import Catalogue
from vanskapshuset.messages.languages import ts_file
from vanskapshuset.messages.text import CONTEXT, Message, Text, registered

MODULES = (rule_messages, report_messages)
SOURCE = Path(rule_messages.__file__).resolve().parents[1]  # src/vanskapshuset
CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")
UNFILLED = re.compile(r"\{\w+\}|%n|%\d")


def texts_of(module: ModuleType) -> dict[str, Text]:
    return {name: value for name, value in vars(module).items() if isinstance(value, Text)}


# -- the catalogue modules -------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_text_is_registered_under_its_own_code(module: ModuleType) -> None:
    texts = texts_of(module)
    assert texts
    known = registered()
    codes = [text.code for text in texts.values()]
    assert len(set(codes)) == len(codes), "a code is used twice"
    for name, text in texts.items():
        assert CODE.fullmatch(text.code), (name, text.code)
        assert known[text.code] is text, name
        assert text.source.strip() == text.source and text.source, name


@pytest.mark.parametrize(
    "text",
    [text for module in MODULES for text in texts_of(module).values()],
    ids=lambda text: text.code,
)
def test_every_text_fills_all_its_placeholders(text: Text) -> None:
    count = 7 if text.plural else None
    message = text(count, **{name: f"<{name}>" for name in text.names})
    swedish = str(message)
    assert not UNFILLED.search(swedish), swedish
    assert "\n" not in swedish
    for name in text.names:
        assert f"<{name}>" in swedish
    if text.plural:
        assert "7" in swedish
    assert Catalogue("en").say(message)


def _said_texts() -> dict[str, dict[str, Text]]:
    """For each catalogue module, its module path and its Texts, as the source imports them."""
    return {module.__name__: texts_of(module) for module in MODULES}


def _calls_of_texts(tree: ast.AST) -> Iterator[tuple[ast.Call, Text]]:
    """Every call in `tree` of a Text of the catalogue modules, as the file imports them:
    `from vanskapshuset.messages import rules as said` … `said.NAME(...)`, or
    `from vanskapshuset.messages.rules import NAME` … `NAME(...)`."""
    modules = _said_texts()
    by_alias: dict[str, dict[str, Text]] = {}
    by_name: dict[str, Text] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        for alias in node.names:
            full = f"{node.module}.{alias.name}"
            if full in modules:
                by_alias[alias.asname or alias.name] = modules[full]
            elif node.module in modules and alias.name in modules[node.module]:
                by_name[alias.asname or alias.name] = modules[node.module][alias.name]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id in by_name:
            yield node, by_name[function.id]
        elif (
            isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name)
            and function.value.id in by_alias
            and function.attr in by_alias[function.value.id]
        ):
            yield node, by_alias[function.value.id][function.attr]


def test_every_call_site_gives_a_text_its_own_placeholders() -> None:
    seen = 0
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, text in _calls_of_texts(tree):
            where = f"{path.relative_to(SOURCE)}:{call.lineno} {text.code}"
            keywords = {keyword.arg for keyword in call.keywords}
            assert None not in keywords, f"{where}: no **values, name each placeholder"
            assert keywords == text.names, where
            assert len(call.args) == (1 if text.plural else 0), where
            seen += 1
    assert seen >= 20  # the rules' sentences are called across domain/ and services/


def _rules_of(kind: type) -> dict[str, object]:
    return {name: value for name, value in vars(rules).items() if isinstance(value, kind)}


@pytest.mark.parametrize("name", sorted(_rules_of(NumberRule)))
def test_a_number_rule_refuses_at_both_ends_in_filled_sentences(name: str) -> None:
    rule = _rules_of(NumberRule)[name]
    assert isinstance(rule, NumberRule)
    for value in (rule.low - 1, rule.high + 1):
        with pytest.raises(UserError) as refused:
            rule.check(value)
        said = str(refused.value)
        assert said and not UNFILLED.search(said), said
        assert refused.value.message.code in registered()


@pytest.mark.parametrize("name", sorted(_rules_of(TextRule)))
def test_a_text_rule_names_its_subject_through_the_catalogue(name: str) -> None:
    rule = _rules_of(TextRule)[name]
    assert isinstance(rule, TextRule)
    assert isinstance(rule.what, Text) and registered()[rule.what.code] is rule.what
    assert rule.empty is None or registered()[rule.empty.code] is rule.empty
    with pytest.raises(UserError) as refused:
        rule.clean("x" * (rule.limit + 1))
    message = refused.value.message
    assert message.values["what"] is rule.what  # a Text: translated where it is shown
    assert str(refused.value) == (
        f"{rule.what.source} får vara högst {rule.limit} tecken (nu {rule.limit + 1})."
    )


# -- refusals: the same Swedish as before, one filled line in English ------------------------

SKIPPED_HOUR = "2025-03-30T02:30"


def _refusals() -> list[tuple[str, Callable[[], object], str]]:
    """(id, what refuses, the Swedish it has always said)."""
    bands = [AgeBand.from_code(code) for code in ("0-6", "7-9")]
    return [
        (
            "date-too-early",
            lambda: rules.check_date(dt.date(1999, 12, 31)),
            "Datumet 1999-12-31 ligger före 2000-01-01, det tidigaste som går.",
        ),
        (
            "date-far-ahead",
            lambda: rules.check_event_date(dt.date(2027, 1, 1), dt.date(2025, 7, 3)),
            "Datumet 2027-01-01 ligger mer än ett år fram i tiden (senast 2026-07-04 går just nu).",
        ),
        (
            "period-reversed",
            lambda: rules.check_period(dt.date(2025, 7, 3), dt.date(2025, 7, 1)),
            "Perioden slutar (2025-07-01) före den börjar (2025-07-03).",
        ),
        (
            "date-format",
            lambda: rules.parse_date("3 juli"),
            "Datumet ”3 juli” ska skrivas som ÅÅÅÅ-MM-DD, t.ex. 2025-07-03.",
        ),
        (
            "time-format",
            lambda: rules.parse_time_of_day("1530"),
            "Klockslaget ”1530” ska skrivas som tt:mm, t.ex. 15:30.",
        ),
        (
            "moment-skipped-hour",
            lambda: rules.parse_moment(SKIPPED_HOUR),
            "Klockslaget 02:30 den 2025-03-30 finns inte i svensk tid (klockan ställdes fram).",
        ),
        (
            "moment-offset",
            lambda: rules.parse_moment("2025-07-03T14:00+15:00"),
            "Tidszonen i tidpunkten 2025-07-03T14:00:00+15:00 finns inte "
            "(skillnaden mot UTC är −12:00 till +14:00).",
        ),
        (
            "text-too-long",
            lambda: rules.SITE_NAME.clean("x" * 121),
            "Platsens namn får vara högst 120 tecken (nu 121).",
        ),
        ("text-empty", lambda: rules.ACTIVITY_TITLE.clean("  "), "Aktiviteten måste ha en titel."),
        (
            "text-tab",
            lambda: rules.LEADER_NAME.clean("Amina\tA"),
            "Ledarens namn ska stå på en rad, utan radbrytningar och tabbar.",
        ),
        (
            "text-control",
            lambda: rules.NOTE.clean("a\x1b[31m"),
            "Anteckningen innehåller ett osynligt styrtecken (U+001B) som inte får finnas i text.",
        ),
        (
            "phone",
            lambda: rules.clean_phone("ring mig"),
            "”ring mig” är inget telefonnummer (skriv t.ex. 070-123 45 67).",
        ),
        (
            "number-at-once",
            lambda: rules.VISITS_AT_ONCE.check(10_001),
            "Högst 10000 besök kan läggas till på en gång.",
        ),
        (
            "number-range-low-end",
            lambda: rules.RETENTION_DAYS.check(0),
            "Sparandetiden ska vara 1–365 dagar.",
        ),
        (
            "number-band-age-low",
            lambda: rules.BAND_AGE.check(-1),
            "En åldersgrupp kan inte börja under 0 år.",
        ),
        (
            "number-report-year",
            lambda: rules.REPORT_YEAR.check(1999),
            "Året ligger utanför 2000–2100.",
        ),
        (
            "age-band-format",
            lambda: AgeBand.from_code("sju till nio"),
            "Åldersgruppen ”sju till nio” ska skrivas som t.ex. ”7-9” eller ”26+”.",
        ),
        (
            "age-band-reversed",
            lambda: AgeBand.from_code("9-7"),
            "Åldersgruppen ”9-7” slutar före den börjar.",
        ),
        (
            "age-bands-overlap",
            lambda: validate_band_set([*bands, AgeBand.from_code("5-8")]),
            "Åldersgrupperna ”7-9” och ”5-8” överlappar varandra.",
        ),
        (
            "age-band-unknown",
            lambda: find_band(bands, "10-13"),
            "Okänd åldersgrupp ”10-13” (finns: 0-6, 7-9).",
        ),
        (
            "participants-format",
            lambda: parse_participants("flickor 3"),
            "Deltagarna ”flickor 3” ska skrivas som kön:åldersgrupp=antal, t.ex. girl:7-9=3.",
        ),
        (
            "participants-negative",
            lambda: parse_participants("girl:7-9=-2"),
            "Antalet deltagare kan inte vara negativt (”girl:7-9=-2”).",
        ),
        (
            "choice",
            lambda: parse_choice(Gender, "flicka", rule_messages.CHOICE_GENDER),
            "Okänt värde för kön: ”flicka” (tillåtna: girl, boy, other, unknown).",
        ),
        (
            "choice-area",
            lambda: parse_choice(Area, "sport", rule_messages.CHOICE_AREA),
            "Okänt värde för verksamhetsområde: ”sport” (tillåtna: presence, self_organisation, "
            "meeting_place, children_youth).",
        ),
        (
            "time-span",
            lambda: rules.check_time_span(
                dt.time(15),
                dt.time(14),
                rule_messages.ACTIVITY_ENDS_BEFORE_START(end="14:00", start="15:00"),
            ),
            "Aktiviteten slutar (14:00) innan den börjar (15:00).",
        ),
    ]


REFUSALS = _refusals()


def _refused(refuse: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as refused:
        refuse()
    return refused.value


@pytest.mark.parametrize(
    ("refuse", "swedish"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_a_refusal_is_a_catalogue_message_saying_what_it_always_said(refuse, swedish) -> None:
    error = _refused(refuse)
    assert isinstance(error.message, Message)
    assert registered()[error.message.code] is error.message.text
    assert str(error) == swedish
    assert Catalogue("sv").say(error.message) == swedish


def _english_translations() -> dict[str, list[str]]:
    """Code -> the English .ts's finished translation forms of the catalogue's sentences."""
    path = ts_file("en")
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            forms = forms or [translation.text or ""]
            if any(forms):
                found[message.findtext("comment", "")] = forms
    return found


def _texts_in(message: Message) -> Iterator[Text]:
    yield message.text
    for value in message.values.values():
        if isinstance(value, Text):
            yield value
        elif isinstance(value, Message):
            yield from _texts_in(value)


@pytest.mark.parametrize("refuse", [r[1] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_a_refusal_in_english_is_one_filled_line(refuse) -> None:
    error = _refused(refuse)
    english = Catalogue("en").say(error.message)
    assert english.strip() and "\n" not in english
    assert not UNFILLED.search(english), english
    translated = _english_translations()
    if not any(text.code in translated for text in _texts_in(error.message)):
        assert english == str(error)  # not translated yet: the Swedish, as it is
    else:
        assert english != "" and english == english.strip()


def test_a_report_too_long_for_a_page_is_refused_in_a_catalogue_sentence() -> None:
    error = UserError(report_messages.TEXT_TOO_LONG_FOR_PAGE)
    assert str(error) == (
        "En text i dokumentet (ett namn, en titel eller en anteckning) är för lång för att få "
        "plats på en sida; korta den och försök igen."
    )
    assert Catalogue("en").say(error.message).strip()


@pytest.mark.parametrize(
    ("dates", "refuse"),
    [
        (("3 juli", "2025-07-01"), lambda: rules.parse_date("3 juli")),
        (
            ("2025-07-03", "2025-07-01"),
            lambda: rules.check_period(dt.date(2025, 7, 3), dt.date(2025, 7, 1)),
        ),
    ],
    ids=["date-format", "period-reversed"],
)
def test_the_command_line_in_english_says_a_rules_refusal_through_the_catalogue(
    cli, dates, refuse
) -> None:
    result = cli("--language", "en", "stats", "--from", dates[0], "--to", dates[1])
    assert result.code == 2, result
    assert result.out == ""
    assert result.err.strip() == Catalogue("en").say(_refused(refuse).message)
    assert len(result.err.strip().splitlines()) == 1

"""The installers: the PyInstaller bundle built by installers/build.py really runs (the command
line, a demo database through the bundled migrations, a season PDF with its fonts, the window),
and the Linux desktop entry and AppStream metainfo pass their validators."""

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
LINUX = sys.platform.startswith("linux")
DEMO_SEASON = "Bästa sommaren 2025"  # the demo's season for --year 2025 (services/demo.py)


def _desktop_files(folder: Path) -> tuple[Path, Path]:
    sys.path[:0] = [str(INSTALLERS / "linux")]
    try:
        from deb_package import write_desktop_files
    finally:
        sys.path.remove(str(INSTALLERS / "linux"))
    return write_desktop_files(folder)


@pytest.mark.skipif(not LINUX, reason="the desktop entry and metainfo are for Linux")
def test_desktop_entry_passes_desktop_file_validate(tmp_path):
    desktop, _ = _desktop_files(tmp_path)
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = desktop.read_text("utf-8")
    assert "Name=Vänskapshuset" in text
    assert "Icon=se.vanskapshuset.Vanskapshuset" in text
    assert "Categories=Office;" in text


@pytest.mark.skipif(not LINUX, reason="the desktop entry and metainfo are for Linux")
def test_metainfo_passes_appstream_validation(tmp_path):
    _, metainfo = _desktop_files(tmp_path)
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<id>se.vanskapshuset.Vanskapshuset</id>" in metainfo.read_text("utf-8")


# -- the bundle (one build for every check below) ----------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    if not LINUX:
        pytest.skip("the bundle test builds the Linux bundle")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(INSTALLERS / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-deb",  # the .deb is xz over 100 MB: a minute more, checked by hand
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    program = out / "dist" / "vanskapshuset" / "vanskapshuset"
    assert program.is_file()
    return program


@pytest.mark.slow
def test_bundle_holds_every_page_the_window_builds_later(bundle):
    # The pages other than Idag are imported only when first opened; the bundle must hold them
    # all. PyInstaller's table of the bundled modules lists what went in.
    pages = Path(__file__).parents[1] / "src" / "vanskapshuset" / "ui" / "pages"
    table = (bundle.parents[2] / "work" / "vanskapshuset" / "PYZ-00.toc").read_text()
    for module in sorted(pages.glob("*.py")):
        name = f"vanskapshuset.ui.pages.{module.stem}".removesuffix(".__init__")
        assert f"'{name}'" in table, name


def _environment() -> dict[str, str]:
    # The bundle must not lean on this checkout or its virtual environment.
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "VANSKAPSHUSET_DATA_DIR"}
    }
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def _run(program: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=_environment(),
        cwd=program.parent.parent,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_dir(bundle, tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-data")
    result = _run(bundle, "--data-dir", str(folder), "demo", "--year", "2025")
    assert result.returncode == 0, result.stderr
    assert DEMO_SEASON in result.stdout
    return folder


@pytest.mark.slow
def test_bundle_says_its_version(bundle):
    from vanskapshuset import __version__

    result = _run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == __version__


@pytest.mark.slow
def test_bundle_carries_what_the_app_reads_from_disk(bundle):
    internal = bundle.parent / "_internal"
    package = internal / "vanskapshuset"
    assert (package / "store" / "migrations" / "env.py").is_file()
    assert (package / "store" / "migrations" / "script.py.mako").is_file()
    assert list((package / "store" / "migrations" / "versions").glob("0001_*.py"))
    assert (package / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (package / "resources" / "licenses" / "README.txt").is_file()
    assert (package / "resources" / "sheet_texts" / "ar.json").is_file()
    assert (package / "translations" / "vanskapshuset_ar.ts").is_file()  # the CLI reads it
    assert (package / "resources" / "icons" / "vanskapshuset-256.png").is_file()
    for language in ("sv", "en"):
        assert (package / "resources" / "help" / language / "index.html").is_file()
        assert list((package / "resources" / "help" / language / "images").glob("*.png"))
    assert list((package / "translations").glob("*.qm"))
    qt = {path.name for path in internal.rglob("*") if "PySide6" in path.parts}
    assert "qtbase_sv.qm" in qt
    assert "qtbase_de.qm" not in qt  # other languages left out
    assert not [name for name in qt if "Qml" in name or "Quick" in name]
    assert "libqoffscreen.so" in qt and "libqxcb.so" in qt


@pytest.mark.slow
def test_bundle_makes_a_demo_and_a_season_pdf_with_embedded_fonts(bundle, demo_dir, tmp_path):
    # demo_dir: the demo made the database through the migrations inside the bundle.
    pdf = tmp_path / "season.pdf"
    result = _run(
        bundle, "--data-dir", str(demo_dir), "report", "season", "--season", DEMO_SEASON,
        "--pdf", str(pdf),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        fonts = {char["fontname"] for page in document.pages for char in page.chars}
    assert DEMO_SEASON in text
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        dejavu = [line for line in listing.splitlines() if "DejaVuSans" in line]
        assert dejavu and all(" yes yes " in line for line in dejavu), listing


@pytest.mark.slow
def test_bundle_makes_a_word_report_with_its_charts(bundle, demo_dir, tmp_path):
    """python-docx's template and reportlab's chart renderer (rl_renderPM) are in the bundle."""
    from docx import Document

    word = tmp_path / "season.docx"
    result = _run(
        bundle, "--data-dir", str(demo_dir), "report", "season", "--season", DEMO_SEASON,
        "--docx", str(word),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = Document(str(word))
    assert document.tables and document.inline_shapes  # tables and chart pictures


@pytest.mark.slow
def test_bundle_opens_its_window(bundle, demo_dir):
    """The window shows Idag with the day's figures, brings the services up behind it and, with
    the smoke-test switch, closes by itself: exit code 0, no traceback, nothing logged wrong."""
    log = demo_dir / "logs" / "vanskapshuset.log"
    before = log.read_text("utf-8") if log.exists() else ""
    environment = _environment() | {"VANSKAPSHUSET_EXIT_WHEN_SHOWN": "1"}
    result = subprocess.run(
        [str(bundle), "--data-dir", str(demo_dir)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    after = log.read_text("utf-8") if log.exists() else ""
    new_lines = after[len(before) :]
    assert result.returncode == 0, result.stderr
    assert "Idag visad" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert "ERROR" not in new_lines and "Traceback" not in new_lines, new_lines


COLLATION_CHECK = """
from PySide6.QtCore import QCollator, QLocale
words = ["ö", "z", "å", "ä", "a", "Ångest", "Zebra", "Öl"]
for name in ("sv_SE", "en_GB", "ar_SA"):
    print(name, sorted(words, key=QCollator(QLocale(name)).sortKey))
"""


@pytest.mark.slow
def test_bundles_trimmed_icu_still_sorts_swedish_and_english(bundle):
    # build.py rebuilds ICU's data library with fewer locales; Qt must still collate with it.
    # The test's own Qt loads the bundle's data library in place of the wheel's.
    trimmed = next((bundle.parent / "_internal").rglob("libicudata.so.*"))

    def collate(preload: str | None) -> str:
        environment = {**os.environ, "LD_PRELOAD": preload} if preload else dict(os.environ)
        result = subprocess.run(
            [sys.executable, "-c", COLLATION_CHECK], capture_output=True, text=True, env=environment
        )
        assert result.returncode == 0 and "Could not create collator" not in result.stderr, (
            result.stderr
        )
        return result.stdout

    with_trimmed = collate(str(trimmed))
    assert "sv_SE ['a', 'z', 'Zebra', 'å', 'Ångest', 'ä', 'ö', 'Öl']" in with_trimmed
    assert with_trimmed == collate(None)


@pytest.mark.slow
def test_bundle_writes_and_reads_an_encrypted_sync_bundle(bundle, demo_dir, tmp_path):
    """PyNaCl (libsodium) is inside the bundle: the frozen app encrypts its sync bundle, this
    checkout decrypts it, and the frozen app decrypts it again on import."""
    from vanskapshuset.sync.bundle_reader import open_bundle
    from vanskapshuset.sync.team_code import key_from_code, team_id

    data_dir = tmp_path / "data"
    shutil.copytree(demo_dir, data_dir)
    created = _run(bundle, "--data-dir", str(data_dir), "team", "create", "--device-name", "Dörren")
    assert created.returncode == 0, created.stderr
    key = key_from_code(created.stdout.strip())
    written = tmp_path / "Dörren.vhsync"
    exported = _run(bundle, "--data-dir", str(data_dir), "sync", "export", "--out", str(written))
    assert exported.returncode == 0, exported.stderr
    data = written.read_bytes()
    assert data.startswith(b"VHSYNC2") and b"manifest.json" not in data
    zipped = open_bundle(data, written.name, key, team_id(key))
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        assert DEMO_SEASON in archive.read("season.json").decode()
    imported = _run(bundle, "--data-dir", str(data_dir), "sync", "import", str(written))
    assert imported.returncode == 0, imported.stderr
    assert "Dörren" in imported.stdout

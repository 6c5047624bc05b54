"""Update the translation sources from the code and compile them (Qt Linguist tools).

    python tools/translations.py          # lupdate: collect every self.tr / translate string
                                          # (the window, and the message catalogue)
                                          # into src/vanskapshuset/translations/*.ts,
                                          # keeping the translations already there; then
                                          # lrelease: compile each .ts into the .qm the app loads

    python tools/translations.py --add so # a new language: an empty Somali .ts to translate

Translate new strings in the .ts files (pyside6-linguist, or any text editor), then run it again.
The compiled .qm files are committed, so installing the app needs no Qt tools. The languages are
the .ts files present (vanskapshuset/messages/languages.py): nothing else lists them.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "vanskapshuset"
TRANSLATIONS = PACKAGE / "translations"
SOURCE = "sv"
SCANNED = ("ui", "messages")  # the window's tr() texts and the catalogue's translate() texts


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with its dependencies first")
    return found


def sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT)) for part in SCANNED for path in (PACKAGE / part).rglob("*.py")
    )


def languages() -> list[str]:
    return sorted(path.stem.removeprefix("vanskapshuset_") for path in TRANSLATIONS.glob("*.ts"))


def main() -> None:
    new = [sys.argv[2]] if sys.argv[1:2] == ["--add"] else []  # lupdate creates its file
    for language in sorted({*languages(), *new}):
        ts_file = TRANSLATIONS / f"vanskapshuset_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-source-language",
                "sv_SE",
                "-target-language",
                language,
                "-no-obsolete",
                # Swedish is the source: its file holds only the plural forms ("1 aktivitet",
                # "2 aktiviteter"), which a source text with %n cannot say by itself.
                *(["-pluralonly"] if language == SOURCE else []),
                "-locations",
                "none",  # no line numbers: the file changes only when the texts do
                "-ts",
                str(ts_file.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()

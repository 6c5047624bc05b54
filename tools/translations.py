"""Update the translation sources from the code and compile them (Qt Linguist tools).

    python tools/translations.py          # lupdate: collect every self.tr / translate string
                                          # into src/vanskapshuset/ui/translations/*.ts,
                                          # keeping the translations already there; then
                                          # lrelease: compile each .ts into the .qm the app loads

Translate new strings in the .ts files (pyside6-linguist, or any text editor), then run it again.
The compiled .qm files are committed, so installing the app needs no Qt tools.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "vanskapshuset" / "ui"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("en",)  # Swedish is the source language; Arabic follows


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with its dependencies first")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in UI.rglob("*.py"))


def main() -> None:
    for language in LANGUAGES:
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

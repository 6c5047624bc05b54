"""The languages the program speaks: Swedish (the source) and one .ts file per translation.

The list is the files: adding Somali is adding `translations/vanskapshuset_so.ts` (and its
compiled .qm, see tools/translations.py); nothing else lists languages. Swedish's own file holds
only the plural forms of the texts written in Swedish.
"""

from pathlib import Path

__all__ = ["SOURCE_LANGUAGE", "TRANSLATIONS", "available_languages", "is_known", "ts_file"]

SOURCE_LANGUAGE = "sv"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
_PREFIX = "vanskapshuset_"


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"{_PREFIX}{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"{_PREFIX}{language}.qm"


def available_languages() -> list[str]:
    """Swedish first, then every translation shipped, by code."""
    translated = sorted(path.stem.removeprefix(_PREFIX) for path in TRANSLATIONS.glob("*.ts"))
    return [SOURCE_LANGUAGE, *(code for code in translated if code != SOURCE_LANGUAGE)]


def is_known(language: str) -> bool:
    return language in available_languages()

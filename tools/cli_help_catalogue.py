"""Write src/vanskapshuset/messages/cli_help.py: every text the command line's parser shows
(help, descriptions, group titles, value placeholders, argparse's own words) as a catalogue
message, so that `--help` and argparse's refusals come out in the run's language.

    python tools/cli_help_catalogue.py     # after adding or changing a help text; then
    python tools/translations.py           # and translate the new entries

tests/test_cli_language.py fails while a text of the parser is missing from the file.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vanskapshuset.cli import build_parser  # noqa: E402
from vanskapshuset.cli_parser import parser_texts  # noqa: E402

TARGET = ROOT / "src" / "vanskapshuset" / "messages" / "cli_help.py"
HEADER = '''"""The command line's help and argparse's own words, as catalogue messages (made by
tools/cli_help_catalogue.py from the parser; the parser's Swedish texts are the sources)."""

from vanskapshuset.messages.text import translate

'''


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", plain)
    return "_".join(words)[:40].rstrip("_") or "text"


def literal(text: str, width: int = 80) -> str:
    """`text` as adjacent string literals of at most about `width` characters, one per line."""
    chunks, current = [], ""
    for word in re.split(r"(?<= )", text):
        if current and len(current) + len(word) > width:
            chunks.append(current)
            current = ""
        current += word
    chunks.append(current)
    return (
        "".join(f"    {json.dumps(chunk, ensure_ascii=False)}\n" for chunk in chunks)[:-1] + ",\n"
    )


def main() -> None:
    texts = sorted(parser_texts(build_parser()))
    lines, used = [HEADER], set()
    for number, text in enumerate(texts):
        code = f"cli.help.{slug(text)}"
        while code in used:
            code += "_"
        used.add(code)
        lines.append(
            f'T{number:03d} = translate(\n    "Meddelande",\n{literal(text)}    "{code}",\n)\n'
        )
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(f"{len(texts)} texts in {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

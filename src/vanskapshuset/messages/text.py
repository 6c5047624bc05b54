"""Sentences as codes with named parameters, translated where they are shown.

A `Text` is one sentence of the catalogue: a code, the Swedish source with `{name}` placeholders
(and `%n` for the count of a plural), declared through `translate(...)` so that Qt's lupdate
collects it into every language's .ts file. A `Message` is a Text with its values; the window
renders it through Qt's translator (ui/messages.py), the command line through the same .ts files
(messages/catalogue.py). Placeholders are filled once, in one pass: a value that itself contains
"{x}" or "%1" is never expanded again.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["CONTEXT", "Message", "Text", "fill", "fill_numbered", "registered", "translate"]

CONTEXT = "Meddelande"  # the .ts context of every catalogue sentence
PLACEHOLDER = re.compile(r"\{(\w+)\}")
NUMBERED = re.compile(r"%(\d)")
COUNT = "%n"

_REGISTERED: dict[str, "Text"] = {}

# Looks up a Text's template in one language: (text, count) -> template with {names} (and the
# count already put in place of %n).
Lookup = Callable[["Text", "int | None"], str]


@dataclass(frozen=True)
class Text:
    """One sentence of the catalogue (see module doc)."""

    code: str
    source: str
    plural: bool = False

    @property
    def names(self) -> frozenset[str]:
        return frozenset(PLACEHOLDER.findall(self.source))

    def __call__(self, count: int | None = None, /, **values: object) -> "Message":
        if self.plural != (count is not None):
            raise TypeError(f"{self.code}: a plural takes a count, other texts none")
        if set(values) != self.names:
            raise TypeError(f"{self.code}: needs {sorted(self.names)}, got {sorted(values)}")
        return Message(self, values, count)

    def __str__(self) -> str:  # a Text without values (a word used as a value) reads as Swedish
        return self.source


@dataclass(frozen=True)
class Message:
    """A Text with its values: what a service says, rendered in the language it is shown in."""

    text: Text
    values: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None

    @property
    def code(self) -> str:
        return self.text.code

    def render(self, lookup: Lookup) -> str:
        """This message in the language of `lookup`; values that are Texts or Messages too."""
        return fill(lookup(self.text, self.count), self._rendered_values(lookup))

    def _rendered_values(self, lookup: Lookup) -> dict[str, str]:
        rendered = {}
        for name, value in self.values.items():
            if isinstance(value, Message):
                rendered[name] = value.render(lookup)
            elif isinstance(value, Text):
                rendered[name] = lookup(value, None)
            else:
                rendered[name] = str(value)
        return rendered

    def __str__(self) -> str:
        """Swedish (logs, the exchange log, tests written in the source language), with the
        Swedish plural forms ("1 aktivitet") when the sentence has a count."""
        if self.count is None:
            return self.render(swedish)
        from vanskapshuset.messages.catalogue import catalogue  # it reads .ts files: not at import

        return self.render(catalogue("sv").lookup)


def swedish(text: Text, count: int | None) -> str:
    """The source language: the catalogue's own text."""
    return text.source.replace(COUNT, str(count)) if count is not None else text.source


def fill(template: str, values: Mapping[str, str]) -> str:
    """`{name}` placeholders replaced by their values in one pass (unknown names stay)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def fill_numbered(template: str, *values: object) -> str:
    """Qt-style `%1`, `%2` … replaced in one pass (for the window's own tr() texts)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return NUMBERED.sub(value, template)


def translate(context: str, source: str, code: str, n: object = None) -> Text:
    """Declare a catalogue sentence. The name and argument order are Qt's own
    `QCoreApplication.translate(context, source, disambiguation, n)`, so lupdate collects it
    (the code goes in as the disambiguation). A plural is declared with a fourth argument,
    a number literal (lupdate reads only a literal there): `translate(…, "code", 2)`."""
    if context != CONTEXT:
        raise ValueError(f"{code}: every catalogue sentence is in the context {CONTEXT!r}")
    if code in _REGISTERED:
        raise ValueError(f"message code {code!r} is declared twice")
    text = Text(code, source, plural=n is not None)
    if text.plural != (COUNT in source):
        raise ValueError(f"{code}: a plural has %n in its text, other texts not")
    _REGISTERED[code] = text
    return text


def registered() -> dict[str, Text]:
    """Every sentence declared so far (import vanskapshuset.messages.catalogue_all for all)."""
    return dict(_REGISTERED)

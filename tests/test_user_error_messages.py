"""Every error a person reads is a catalogue message: no raise site hands UserError (or one of its
subclasses: BundleRefused, StorageError, …) a plain str, an f-string or text glued together.

A scan of the source (ast): a call of UserError or a subclass, anywhere in src/vanskapshuset
(the window included), whose message is text written in place. UserError's own type takes only a
Message or a Text (mypy holds every caller to it); the scan catches what a type checker cannot
see, such as a str built at run time inside a subclass.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import vanskapshuset

PACKAGE = Path(vanskapshuset.__file__).resolve().parent
NOT_SCANNED = ("__pycache__",)
TOP_LEVEL = "(top level)"  # cli.py, app.py, … directly in the package
# Methods of str that make a str: "… {x}".format(x=…), ", ".join(…), text.replace(…).
STR_METHODS = frozenset({"format", "join", "replace", "strip", "capitalize", "upper", "lower"})


def _sources(under: Path) -> Iterator[Path]:
    yield from sorted(under.rglob("*.py"))


def _trees(paths: list[Path]) -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError and every class that derives from it, by name, anywhere in the package."""
    names = {"UserError"}
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(_name(base) in names for base in node.bases)
                ):
                    names.add(node.name)
                    grown = True
    return names


def is_plain_text(node: ast.expr) -> bool:
    """Whether `node` is text written in place rather than a Message or a Text."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return is_plain_text(node.left) or is_plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return is_plain_text(node.body) or is_plain_text(node.orelse)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "str":
            return True
        if isinstance(node.func, ast.Attribute) and node.func.attr in STR_METHODS:
            return is_plain_text(node.func.value)
    return False


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


def plain_text_given(tree: ast.Module, errors: set[str]) -> list[tuple[int, str]]:
    """(line, what) of every call of an error class given text written in place; a subclass's
    `super().__init__(…)` too."""
    found = []

    def visit(node: ast.AST, in_error_class: bool) -> None:
        if isinstance(node, ast.ClassDef):
            in_error_class = node.name in errors
        if isinstance(node, ast.Call):
            called = _name(node.func)
            if called in errors or (in_error_class and _is_super_init(node)):
                given = [*node.args, *(k.value for k in node.keywords if k.arg == "message")]
                if any(is_plain_text(argument) for argument in given):
                    found.append((node.lineno, ast.unparse(node)[:100]))
        for child in ast.iter_child_nodes(node):
            visit(child, in_error_class)

    visit(tree, False)
    return found


def _folders() -> list[object]:
    names = sorted(
        path.name
        for path in PACKAGE.iterdir()
        if path.is_dir() and path.name not in NOT_SCANNED and any(path.rglob("*.py"))
    )
    return [*names, TOP_LEVEL]


@pytest.fixture(scope="module")
def package() -> dict[Path, ast.Module]:
    """Every module of the package, parsed once."""
    return _trees(list(_sources(PACKAGE)))


@pytest.fixture(scope="module")
def errors(package: dict[Path, ast.Module]) -> set[str]:
    return error_classes(list(package.values()))


def _in(folder: str, path: Path) -> bool:
    parts = path.relative_to(PACKAGE).parts
    return len(parts) == 1 if folder == TOP_LEVEL else parts[0] == folder


@pytest.mark.parametrize("folder", _folders())
def test_no_plain_text_is_given_to_a_user_error(
    folder: str, package: dict[Path, ast.Module], errors: set[str]
) -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {what}"
        for path, tree in package.items()
        if _in(folder, path)
        for line, what in plain_text_given(tree, errors)
    ]
    assert not found, "text written in place, not a catalogue message:\n" + "\n".join(found)


def test_the_scan_knows_the_error_classes(errors: set[str]) -> None:
    assert {
        "UserError",
        "NotFoundError",
        "DatabaseVersionError",
        "StorageError",
        "DamagedDatabaseError",
        "BundleRefused",
        "BundleIncomplete",  # a subclass of a subclass
    } <= errors


SAMPLE = """
from vanskapshuset.messages import sync as said

class Refused(UserError):
    def __init__(self, name):
        super().__init__(f"{name} vägrades")

def bad(name, count):
    raise UserError(f"Filen {name} finns inte.")
    raise UserError("Ett fel.", field="name")
    raise errors.NotFoundError("Saknas: " + name)
    raise BundleRefused("%d rader" % count)
    raise UserError("{} saknas".format(name))
    raise BundleRefused(message=str(count))
    raise UserError("kort" if count else f"lång {count}")
    raise Refused(", ".join(name))

def good(name, count):
    raise UserError(said.FILE_MISSING(path=name))
    raise UserError(said.NO_FOLDER_CHOSEN, field="folder")
    raise BundleRefused(said.CLOCK_REPAIRED(count))
    raise StorageError(StorageProblem.DISK_FULL)
    raise DamagedDatabaseError(path, directory=True)
    raise ValueError(f"not for a person: {name}")
"""


def test_the_scan_finds_text_written_in_place() -> None:
    tree = ast.parse(SAMPLE)
    errors = error_classes([tree]) | {"NotFoundError", "BundleRefused", "StorageError"}
    lines = [line for line, _what in plain_text_given(tree, errors)]
    start = SAMPLE.splitlines().index("def bad(name, count):") + 1
    end = SAMPLE.splitlines().index("def good(name, count):") + 1
    assert lines == [6, *range(start + 1, end - 1)]

"""The command line and the coordinator's password: asked only when a command needs it, and
the commands `password set` and `password clear`.

When a command does something only the coordinator may (services/access.py) and a password is
set, the password is read from the environment variable VANSKAPSHUSET_PASSWORD, else asked for
in the terminal (not shown as it is typed); without a terminal the command is refused in one
sentence (exit code 2) and nothing is changed. After wrong tries the command waits as long as
the service says before it tries (the same wait as the window's, kept on this laptop).
"""

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import access as said

if TYPE_CHECKING:
    from vanskapshuset.app import App
    from vanskapshuset.services.access import CoordinatorAccess

PASSWORD_VARIABLE = "VANSKAPSHUSET_PASSWORD"
NEW_PASSWORD_VARIABLE = "VANSKAPSHUSET_NEW_PASSWORD"

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]
Sleep = Callable[[float], None]


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_password(access: "CoordinatorAccess", sleep: Sleep = time.sleep) -> str | None:
    """The coordinator's password for this run (None: none can be had, the command is refused),
    after the wait the service asks for after wrong tries."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not _interactive():
            return None  # refused by the service, in a sentence naming what needs it
        password = getpass.getpass(say(said.PROMPT_PASSWORD))
    wait = access.seconds_to_wait()
    if wait:
        print(say(said.WAIT(wait)), file=sys.stderr)
        sleep(wait)
    return password


def _new_password() -> str:
    """The new password: from VANSKAPSHUSET_NEW_PASSWORD (scripts), else typed twice."""
    new = os.environ.get(NEW_PASSWORD_VARIABLE)
    if new is not None:
        return new
    if not _interactive():
        raise UserError(said.NEW_PASSWORD_NEEDED, field="new")
    new = getpass.getpass(say(said.PROMPT_NEW))
    if getpass.getpass(say(said.PROMPT_REPEAT)) != new:
        raise UserError(said.PASSWORDS_DIFFER, field="new")
    return new


def add_password_commands(group: Group, command: Command, opened: Opener) -> None:
    def password_set(args: argparse.Namespace) -> int:
        with opened(args) as app:
            app.access.require_coordinator(said.PASSWORD)  # the current one, if any
            app.access.set_password(_new_password())
        print(say(said.PASSWORD_SET()))
        return 0

    def password_clear(args: argparse.Namespace) -> int:
        with opened(args) as app:
            if not app.access.is_protected():
                raise UserError(said.NO_PASSWORD_SET)
            app.access.require_coordinator(said.PASSWORD)
            app.access.clear_password(None)
        print(say(said.PASSWORD_CLEARED()))
        return 0

    password = group("password", "samordnarens lösenord")
    command(
        password,
        "set",
        password_set,
        f"sätt eller byt lösenordet (det nya från {NEW_PASSWORD_VARIABLE} eller skrivet två "
        "gånger)",
    )
    command(password, "clear", password_clear, "ta bort lösenordet (inget är då låst)")

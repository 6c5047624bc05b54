"""The coordinator's lock: THE place for who may do what (issue 15, item 4).

Leaders count, register and correct this week's days; the coordinator alone changes days older
than a week, deletes, changes settings, age bands and the team, restores backups and handles
personal data. With no password set nothing is locked. Every service checks here, whatever
calls it (the window after its password dialog, the command line after its prompt).

The password is stored as an scrypt hash in the shared settings (so every laptop of the team
accepts the same one). Wrong passwords slow down: after the n-th wrong try in a row the next
try waits `delay_after(n)` seconds (0, 1, 2, 4, 8, 16, 30, 30 … s), kept in this laptop's own
state across restarts, so guessing 50 passwords takes more than twenty minutes.
"""

import base64
import datetime as dt
import hashlib
import hmac
import math
import os
from collections.abc import Callable, Iterable

from vanskapshuset.domain.edit_window import is_old_day
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import ACTOR
from vanskapshuset.domain.settings_registry import (
    COORDINATOR_PASSWORD,
    PASSWORD_FAILURES,
    PASSWORD_NEXT_TRY,
)
from vanskapshuset.messages import access as said
from vanskapshuset.messages import setup as setup_said
from vanskapshuset.messages.text import Message, Text
from vanskapshuset.services import setting_store
from vanskapshuset.services.context import ServiceContext

MIN_PASSWORD_LENGTH = 6
MAX_DELAY_SECONDS = 30
# scrypt cost: about 50 ms here, enough against guessing, short enough for a person waiting.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

# Asked for the password when a locked operation is called (the command line's prompt); None:
# no password given. The window asks in its dialog before it calls, and sets none.
Asker = Callable[["CoordinatorAccess"], str | None]


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    encode = base64.b64encode
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"
    )


def password_matches(password: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong tries in a row: none after
    the first, then 1, 2, 4, 8, 16 and at most MAX_DELAY_SECONDS."""
    if failures <= 1:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failures - 2))


def new_password_problem(new: str) -> Message | None:
    """Why `new` cannot be the coordinator's password (too short), or None: the one rule, for
    the services' refusal and the first start's form alike."""
    if len(new) < MIN_PASSWORD_LENGTH:
        return setup_said.PASSWORD_TOO_SHORT(MIN_PASSWORD_LENGTH)
    return None


class CoordinatorAccess:
    """Whether the coordinator has unlocked this session (the window) or run (a command), the
    rules that need it, and the password's checks and wait."""

    def __init__(self, context: ServiceContext, ask: Asker | None = None) -> None:
        self.context = context
        self.ask = ask
        self._unlocked = False
        self._acting_as = context.actor

    # -- state ----------------------------------------------------------------------------------

    def is_protected(self) -> bool:
        """A password is set: the coordinator's functions are locked until it is given."""
        with self.context.db.read() as session:
            return bool(setting_store.read(session, COORDINATOR_PASSWORD))

    @property
    def unlocked(self) -> bool:
        """The coordinator's functions are open: unlocked, or no password is set."""
        return self._unlocked or not self.is_protected()

    def lock(self) -> None:
        self._unlocked = False
        self._update_actor()

    def act_as(self, name: str) -> None:
        """The app user the audit log names (the chosen leader); "(samordnare)" is added
        while the coordinator has unlocked."""
        self._acting_as = ACTOR.fit(name) or "?"
        self._update_actor()

    def _update_actor(self) -> None:
        suffix = f" ({said.COORDINATOR})" if self._unlocked else ""
        self.context.actor = ACTOR.fit(self._acting_as + suffix) or "?"

    # -- the rules -----------------------------------------------------------------------------

    def require_coordinator(self, what: Text) -> None:
        """Go on if the coordinator's functions are open (asking for the password if this run
        has a way to ask); else refuse in one sentence naming `what`."""
        if self.unlocked or self._asked():
            return
        raise UserError(said.NEEDS_COORDINATOR(what=what), field="password")

    def is_locked_day(self, day: dt.date) -> bool:
        """Whether changing `day` needs the coordinator (an old day, with a password set)."""
        return is_old_day(day, self.context.today()) and not self.unlocked

    def require_day_open(self, day: dt.date, what: Text) -> None:
        """Refuse a change to a day older than a week unless the coordinator has unlocked."""
        self.require_days_open((day,), what)

    def require_days_open(self, days: Iterable[dt.date | None], what: Text) -> None:
        """As require_day_open, for every given day (None: not given, passed over)."""
        old = [day for day in days if day is not None and is_old_day(day, self.context.today())]
        if not old or self.unlocked or self._asked():
            return
        raise UserError(said.OLD_DAY(day=min(old).isoformat(), what=what), field="password")

    def _asked(self) -> bool:
        if self.ask is None:
            return False
        password = self.ask(self)
        if password is None:
            return False
        self.unlock(password)  # a wrong one is refused in its own sentence
        return True

    # -- the password --------------------------------------------------------------------------

    def check(self, password: str) -> bool:
        """Whether `password` is the coordinator's (True when none is set); no wait counted."""
        with self.context.db.read() as session:
            stored = setting_store.read(session, COORDINATOR_PASSWORD)
        return True if not stored else password_matches(password, stored)

    def seconds_to_wait(self) -> int:
        """Whole seconds until the next try is taken (0: now)."""
        with self.context.db.read() as session:
            next_try = setting_store.read(session, PASSWORD_NEXT_TRY)
        if next_try is None:
            return 0
        left = (dt.datetime.fromisoformat(next_try) - self.context.now()).total_seconds()
        # A clock set back must not lock the laptop for longer than the longest wait.
        return max(0, min(MAX_DELAY_SECONDS, math.ceil(left)))

    def failures(self) -> int:
        with self.context.db.read() as session:
            return setting_store.read(session, PASSWORD_FAILURES)

    def unlock(self, password: str) -> None:
        """Unlock with `password`: refused while the wait after wrong tries lasts (not
        counted), or when wrong (counted: the next try then waits longer)."""
        wait = self.seconds_to_wait()
        if wait:
            raise UserError(said.WAIT(wait), field="password")
        if not self.check(password):
            with self.context.db.write() as session:
                failures = setting_store.read(session, PASSWORD_FAILURES) + 1
                next_try = self.context.now() + dt.timedelta(seconds=delay_after(failures))
                setting_store.write(self.context, session, PASSWORD_FAILURES, failures)
                setting_store.write(self.context, session, PASSWORD_NEXT_TRY, next_try.isoformat())
            raise UserError(said.WRONG_PASSWORD, field="password")
        self._forget_failures()
        self._unlocked = True
        self._update_actor()

    def _forget_failures(self) -> None:
        if self.failures() or self.seconds_to_wait():
            with self.context.db.write() as session:
                setting_store.write(self.context, session, PASSWORD_FAILURES, 0)
                setting_store.write(self.context, session, PASSWORD_NEXT_TRY, None)

    def set_password(self, new: str, current: str | None = None) -> None:
        """Set (or change) the password; the current one, if any, is the proof (with the same
        wait after wrong tries as unlocking)."""
        if self.is_protected():
            self._prove(current)
        problem = new_password_problem(new)
        if problem is not None:
            raise UserError(problem, field="new")
        with self.context.db.write() as session:
            setting_store.write(self.context, session, COORDINATOR_PASSWORD, hash_password(new))

    def clear_password(self, current: str | None) -> None:
        """Remove the password: nothing is locked any more. The current one is the proof."""
        if not self.is_protected():
            raise UserError(said.NO_PASSWORD_SET)
        self._prove(current)
        with self.context.db.write() as session:
            setting_store.write(self.context, session, COORDINATOR_PASSWORD, None)

    def _prove(self, current: str | None) -> None:
        if current is None:
            if self._unlocked:
                return
            raise UserError(said.NEEDS_COORDINATOR(what=said.PASSWORD), field="current")
        try:
            self.unlock(current)
        except UserError as error:
            if error.message.text is said.WRONG_PASSWORD:
                raise UserError(said.WRONG_CURRENT_PASSWORD, field="current") from error
            raise UserError(error.message, field="current") from error

"""One window per data folder: a second start brings the running window to the front and exits.

A lock file in the data folder says whether a window runs there; a local socket (a named pipe on
Windows) named after the folder lets a second start ask it to come forward. The lock is the truth
and the socket only the doorbell, so two folders run side by side and a second start never opens
the database.

The lock is taken at once; the doorbell is hung up once the window has painted (`listen`): Qt's
network module is not needed for the first paint, and a second start waits a moment for it.
"""

import enum
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # loaded when needed: after the first paint, or by a second start
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "vanskapshuset.lock"
RAISE = b"raise\n"
RAISED = b"raised\n"
# The running window answers within milliseconds; it may be busy a moment opening or upgrading
# the database, so the second start waits a few seconds before it calls it unreachable.
CONNECT_WAIT_MS = 2000
REPLY_WAIT_MS = 5000
MAX_MESSAGE = 64  # bytes; anything longer is not ours

log = logging.getLogger(__name__)


class Claim(enum.Enum):
    FIRST = "first"  # this start has the folder: go on and open the window
    RAISED = "raised"  # a window runs there and has come forward: exit quietly
    UNREACHABLE = "unreachable"  # a window runs there but does not answer


def server_name(folder: Path) -> str:
    """Short, safe and the same for every spelling of the folder (relative, symlinked)."""
    import hashlib  # loaded when the bell is hung up or rung, after the first paint

    resolved = os.path.normcase(str(folder.expanduser().resolve()))
    return "vanskapshuset-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """Claim the folder with `claim()`; once `listen()` is called, the first start raises
    `set_window`'s window (or the dialog it has open) whenever another start knocks."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._name_made: str | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None

    def claim(self) -> Claim:
        try:
            self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return Claim.FIRST  # opening the data then says in one sentence what is wrong
        lock = QLockFile(str(self._folder / LOCK_FILE))
        # Held as long as the window is open: never stale by age. A lock left by a killed or
        # crashed process (its pid gone, or a reboot since) is taken over by Qt itself.
        lock.setStaleLockTime(0)
        if self._take(lock):
            return Claim.FIRST
        if lock.error() != QLockFile.LockError.LockFailedError:
            return Claim.FIRST  # the folder cannot hold a lock: opening the data says why
        answer = self._knock()
        if answer is not None:
            return Claim.RAISED if answer else Claim.UNREACHABLE
        # Nobody listens: the holder's pid now belongs to another program. Removing the file
        # fails while a live process holds its OS lock on it, so a running window keeps it.
        if lock.removeStaleLockFile() and self._take(lock):
            log.info("Took over the lock file %s left by a process that is gone", LOCK_FILE)
            return Claim.FIRST
        return Claim.UNREACHABLE

    def listen(self) -> None:
        """Answer later starts from now on (a start that holds the folder; else nothing)."""
        if self._lock is not None and self._server is None:
            self._listen()

    def set_window(self, window: QWidget) -> None:
        self._window = window

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- the first start ------------------------------------------------------------------------

    @property
    def _name(self) -> str:
        if self._name_made is None:
            self._name_made = server_name(self._folder)
        return self._name_made

    def _take(self, lock: QLockFile) -> bool:
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Safe while we hold the lock: a socket file left by a killed window is nobody's.
        QLocalServer.removeServer(self._name)
        if not server.listen(self._name):
            # The window still works; a second start will say it cannot reach this one.
            log.warning("No single-instance socket %s: %s", self._name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()):
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            self._read(socket)  # the message may have arrived with the connection

    def _read(self, socket: "QLocalSocket") -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        if bytes(socket.readLine(MAX_MESSAGE).data()) != RAISE:
            socket.abort()
            return
        self.bring_to_front()
        socket.write(RAISED)
        socket.flush()
        socket.disconnectFromServer()

    def bring_to_front(self) -> None:
        """Restore the window if minimised (keeping it maximised if it was), raise and activate
        it, and the same for a dialog open in front of it (first-run setup, a question)."""
        for widget in (self._window, QApplication.activeModalWidget()):
            if widget is None or not widget.isVisible():
                continue
            state = widget.windowState()
            if state & Qt.WindowState.WindowMinimized:
                widget.setWindowState(
                    (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
                )
            widget.raise_()
            widget.activateWindow()

    # -- a second start -------------------------------------------------------------------------

    def _knock(self) -> bool | None:
        """Ask the running window to come forward: True if it did, False if it is there but
        does not answer, None if nobody listens at all."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = QDeadlineTimer(CONNECT_WAIT_MS)
        while True:  # the holder may have taken the lock a moment ago and not listen yet
            socket.connectToServer(self._name)
            if socket.waitForConnected(min(200, max(deadline.remainingTime(), 1))):
                break
            socket.abort()
            if deadline.hasExpired():
                return None
            QThread.msleep(100)
        socket.write(RAISE)
        socket.flush()
        answer = b""
        deadline = QDeadlineTimer(REPLY_WAIT_MS)
        while not answer.endswith(b"\n") and not deadline.hasExpired():
            if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(
                max(deadline.remainingTime(), 1)
            ):
                break
            answer += bytes(socket.readAll().data())
        socket.abort()
        return answer == RAISED

"""One window per data folder: the real program started twice, killed, and side by side; the
doorbell answered in this process; a window that does not answer."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from application_state import application_state_kept
from PySide6.QtCore import QDeadlineTimer, QLockFile, QSysInfo, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vanskapshuset.paths import database_path
from vanskapshuset.ui.application import EXIT_UNREACHABLE, run_gui
from vanskapshuset.ui.single_instance import (
    LOCK_FILE,
    RAISE,
    RAISED,
    Claim,
    SingleInstance,
    server_name,
)

STARTED_WITHIN_S = 30  # a cold start of Python and Qt on a slow machine
EXITED_WITHIN_S = 15


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def program(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "vanskapshuset", "--data-dir", str(folder), *args]


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[subprocess.Popen]]:
    """Every window started by a test, killed at its end whatever happened."""
    processes: list[subprocess.Popen] = []
    yield processes
    for process in processes:
        process.kill()
        process.wait(timeout=10)
    # A killed window leaves its socket file in the temporary folder: not after the tests.
    for folder in tmp_path.iterdir():
        QLocalServer.removeServer(server_name(folder))


def filled_folder(tmp_path: Path, name: str) -> Path:
    """A folder with a site, so the window opens without the first-run setup."""
    folder = tmp_path / name
    done = subprocess.run(
        program(folder, "site", "add", "Vänskapsparken"),
        capture_output=True,
        text=True,
        timeout=60,
        env=env(),
    )
    assert done.returncode == 0, done.stderr
    return folder


def start_window(folder: Path, started: list[subprocess.Popen], log: Path) -> subprocess.Popen:
    with log.open("wb") as output:
        process = subprocess.Popen(
            program(folder, "gui"), stdout=output, stderr=subprocess.STDOUT, env=env()
        )
    started.append(process)
    wait_until_answering(process, folder, log)
    return process


def knock(folder: Path, wait_ms: int = 2000) -> bytes:
    """Ring the running window's doorbell as a second start does; its answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(wait_ms):
        return b""
    socket.write(RAISE)
    socket.flush()
    answer, deadline = b"", QDeadlineTimer(wait_ms)
    while not answer.endswith(b"\n") and socket.waitForReadyRead(deadline.remainingTime()):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer


def wait_until_answering(process: subprocess.Popen, folder: Path, log: Path) -> None:
    deadline = time.monotonic() + STARTED_WITHIN_S
    while knock(folder, 500) != RAISED:
        assert process.poll() is None, f"the window exited: {log.read_text(errors='replace')}"
        assert time.monotonic() < deadline, "the window never answered"
        time.sleep(0.1)


def second_start(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        program(folder, "gui"), capture_output=True, text=True, timeout=EXITED_WITHIN_S, env=env()
    )


@pytest.mark.parametrize("filled", [True, False], ids=["window", "first-run setup"])
def test_a_second_start_raises_the_first_and_exits(qapp, tmp_path, started, filled):
    """The running window, or on a fresh laptop its first-run setup dialog, comes forward."""
    folder = filled_folder(tmp_path, "data") if filled else tmp_path / "data"
    first = start_window(folder, started, tmp_path / "first.log")
    second = second_start(folder)
    # Exit code 0 comes only after the first answered that it raised its window.
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert first.poll() is None
    assert knock(folder) == RAISED  # and it still answers
    assert "Traceback" not in (tmp_path / "first.log").read_text(errors="replace")


def test_a_killed_window_does_not_block_the_next_start(qapp, tmp_path, started):
    folder = filled_folder(tmp_path, "data")
    first = start_window(folder, started, tmp_path / "first.log")
    first.kill()  # SIGKILL: no clean-up, the lock file and the socket file stay behind
    first.wait(timeout=10)
    assert (folder / LOCK_FILE).exists()
    again = start_window(folder, started, tmp_path / "again.log")
    assert (folder / LOCK_FILE).read_text().split()[0] == str(again.pid)
    assert second_start(folder).returncode == 0
    assert again.poll() is None


def test_two_folders_run_side_by_side(qapp, tmp_path, started):
    park, house = filled_folder(tmp_path, "park"), filled_folder(tmp_path, "house")
    assert server_name(park) != server_name(house)
    in_park = start_window(park, started, tmp_path / "park.log")
    in_house = start_window(house, started, tmp_path / "house.log")
    assert in_park.poll() is None and in_house.poll() is None
    assert second_start(house).returncode == 0
    assert in_park.poll() is None and in_house.poll() is None


# -- in this process -----------------------------------------------------------------------------


@pytest.fixture
def claimed(tmp_path: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim() is Claim.FIRST
    instance.listen()  # as the window does once painted
    yield instance
    instance.release()


def test_the_doorbell_restores_a_minimised_window_and_answers(qtbot, claimed, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMaximized()
    window.showMinimized()
    assert window.isMinimized()
    claimed.set_window(window)
    socket = QLocalSocket()
    socket.connectToServer(server_name(tmp_path / "data"))
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    socket.write(RAISE)
    qtbot.waitUntil(socket.canReadLine)
    assert bytes(socket.readLine().data()) == RAISED
    assert not window.isMinimized() and window.isMaximized()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_doorbell_ignores_anything_else(qtbot, claimed, tmp_path):
    socket = QLocalSocket()
    socket.connectToServer(server_name(tmp_path / "data"))
    socket.write(b"x" * 100)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert socket.bytesAvailable() == 0


def test_the_same_folder_by_another_path_is_the_same_window(claimed, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "data", target_is_directory=True)
    assert server_name(link) == server_name(tmp_path / "data")
    assert not QLockFile(str(link / LOCK_FILE)).tryLock(0)


def test_a_window_that_does_not_answer_is_said_in_one_sentence(qapp, claimed, tmp_path):
    """`claimed` holds the folder but this process cannot answer while run_gui waits, as a
    hung window would not. run_gui says so in a message box and exits non-zero."""
    shown: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()

    closer = QTimer()
    closer.timeout.connect(close_the_box)
    closer.start(50)
    try:
        with application_state_kept(qapp):
            code = run_gui(tmp_path / "data")
    finally:
        closer.stop()
    assert code == EXIT_UNREACHABLE
    assert len(shown) == 1 and "svarar inte" in shown[0] and "\n" not in shown[0]
    assert not database_path(tmp_path / "data").exists()  # the second start never opened it
    assert (tmp_path / "data" / LOCK_FILE).read_text().split()[0] == str(os.getpid())  # kept


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="needs Linux /proc")
def test_a_lock_whose_pid_now_belongs_to_another_program_is_taken_over(qapp, tmp_path):
    """After a crash the lock names a pid that a later Python process got: Qt thinks the lock
    is held, nobody answers, and the lock (held by no one in the OS) is taken over."""
    folder = tmp_path / "data"
    folder.mkdir()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        exe = Path(os.readlink(f"/proc/{other.pid}/exe")).name
        (folder / LOCK_FILE).write_text(
            f"{other.pid}\n{exe}\n{QSysInfo.machineHostName()}\n"
            f"{QSysInfo.machineUniqueId().data().decode()}\n"
            f"{QSysInfo.bootUniqueId().data().decode()}\n"
        )
        instance = SingleInstance(folder)
        assert instance.claim() is Claim.FIRST
        assert (folder / LOCK_FILE).read_text().split()[0] == str(os.getpid())
        instance.release()
    finally:
        other.kill()
        other.wait(timeout=10)

"""Real faults for UI tests: a small filesystem that fills up, a database file made read-only by a
read-only mount, and another process holding the write lock."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextmanager
def small_disk(where: Path, megabytes: int = 8) -> Iterator[Path]:
    """A tmpfs of a few megabytes mounted at `where` (needs root, as CI and this machine run)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(where)
    ):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def fill_up(folder: Path) -> Path:
    """Write a filler file until the filesystem says it is full; delete it to free the space."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as file:
        try:
            while True:
                file.write(block)
        except OSError:
            pass
        try:  # the last few bytes a 64 KiB block did not fit
            while True:
                file.write(b"\0" * 512)
        except OSError:
            pass
    return filler


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """`path` bind-mounted read-only over itself: even root cannot open it for writing."""
    if os.geteuid() != 0 or not _run("mount", "--bind", str(path), str(path)):
        pytest.skip("a read-only bind mount needs root")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(path)):
            pytest.skip("this kernel refuses a read-only bind mount")
        yield path
    finally:
        _run("umount", "-l", str(path))


@contextmanager
def locked_by_another_process(database: Path) -> Iterator[None]:
    """Another program holds the write lock (as a long sync import would) until the block ends."""
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait(timeout=10)
        time.sleep(0.05)

"""Hybrid logical clock: stamps that order edits across laptops with drifting clocks.

A stamp is the text "<wall ms, 15 digits>.<counter, 5 digits>.<device id>", so comparing two
stamps as strings (also in SQL) compares wall time, then counter, then device: a total order.
"""

import threading
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 5


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device_id}"

    @staticmethod
    def decode(text: str) -> "Stamp":
        wall, counter, device = text.split(".", 2)
        return Stamp(int(wall), int(counter), device)


class HybridLogicalClock:
    """Issues strictly increasing stamps for one device; `observe` merges remote stamps.

    Safe to share between threads: a sync on a worker thread observes imported stamps while the
    window stamps a leader's edits, and no two callers ever get the same stamp."""

    def __init__(self, device_id: str, last: Stamp | None = None) -> None:
        self._device_id = device_id
        self._wall_ms = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    @property
    def last(self) -> Stamp:
        with self._lock:
            return self._current()

    def _current(self) -> Stamp:
        return Stamp(self._wall_ms, self._counter, self._device_id)

    def tick(self, now_ms: int) -> Stamp:
        with self._lock:
            if now_ms > self._wall_ms:
                self._wall_ms, self._counter = now_ms, 0
            else:
                self._counter += 1
            return self._current()

    def observe(self, remote: Stamp, now_ms: int) -> Stamp:
        """Advance past a stamp seen from another device (on import)."""
        with self._lock:
            wall = max(self._wall_ms, remote.wall_ms, now_ms)
            if wall == self._wall_ms == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall_ms:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._wall_ms, self._counter = wall, counter
            return self._current()

"""Writers of one process take turns: a click at the door that asks while a sync commits chunk
after chunk gets in after the chunk under way, not after the whole import (store/write_turns.py).
Real threads, real write transactions on a real SQLite file."""

import threading

from vanskapshuset.app import App


def test_a_click_waits_for_one_chunk_not_for_the_whole_import(app: App) -> None:
    db = app.db
    asked = threading.Event()
    done = threading.Event()
    chunks_after_asking: list[int] = []

    def importing() -> None:
        for number in range(400):
            with db.write_core() as connection:
                if asked.is_set() and not done.is_set():
                    chunks_after_asking.append(number)
                connection.exec_driver_sql(
                    "INSERT OR REPLACE INTO local_state (key, value) VALUES ('chunk', ?)",
                    (str(number),),
                )
            if done.is_set():
                return

    worker = threading.Thread(target=importing)
    worker.start()
    while True:  # let the import get going first
        with db.write_core() as connection:
            row = connection.exec_driver_sql("SELECT value FROM local_state WHERE key = 'chunk'")
            if int(row.scalar() or 0) >= 20:
                break
    asked.set()
    with db.write_core() as connection:  # the click
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO local_state (key, value) VALUES ('click', '1')"
        )
    done.set()
    worker.join()
    # The chunk under way, and at most one that took its turn before the click asked.
    assert len(chunks_after_asking) <= 2, chunks_after_asking

"""Bounding clock stamps from a laptop whose clock is wrong.

The newest stamp wins a merge, so an edit stamped in 2036 by a laptop whose clock was set ten
years ahead would win every conflict for ten years, and every laptop that saw it would drag its
own clock along. The bound (also in README, "Synk"):

- Importing: a bundle holding any stamp, or written at a time, more than MAX_AHEAD after this
  laptop's clock is refused whole, with a sentence naming the laptop and the date its clock
  gave. Nothing is read in, so the wrong stamp wins nothing anywhere; the bundle stays in the
  folder and is tried again at every sync.
- Exporting: a laptop whose clock was wrong and has been set right finds stamps of its own more
  than MAX_AHEAD after its clock. It gives those versions a fresh stamp of today (the content is
  kept: it is an edit of the same values) and starts its clock again from the present, with a
  warning. Its next bundle is then accepted everywhere.

Within MAX_AHEAD a fast clock can still win a conflict it should have lost, for at most that
long: a day is a small error next to a laptop whose date is wrong, which also files visits
under the wrong day.
"""

import datetime as dt

from sqlalchemy.engine import Connection

from vanskapshuset.domain.hlc import HybridLogicalClock, Stamp
from vanskapshuset.domain.localtime import epoch_ms, to_local
from vanskapshuset.messages import sync as said
from vanskapshuset.services.context import HLC_STATE_KEY, ServiceContext, push_history
from vanskapshuset.sync.bundle_reader import BundleRefused, Manifest
from vanskapshuset.sync.local_state import write_local
from vanskapshuset.sync.tables import SYNCED_TABLES, Kind

MAX_AHEAD = dt.timedelta(hours=24)
_RECORD_TABLES = tuple(synced for synced in SYNCED_TABLES if synced.kind is Kind.RECORD)


def _date_of(wall_ms: int) -> str:
    return to_local(dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC)).strftime("%Y-%m-%d %H:%M")


def check_clock(manifest: Manifest, newest: Stamp | None, name: str, now: dt.datetime) -> None:
    """Refuse a bundle written, or holding a stamp (`newest`), beyond the bound."""
    moments = [manifest.created_at]
    if newest is not None:
        moments.append(dt.datetime.fromtimestamp(newest.wall_ms / 1000, dt.UTC))
    latest = max(moments)
    if latest > now + MAX_AHEAD:
        written = _date_of(epoch_ms(latest))
        raise BundleRefused(
            said.CLOCK_AHEAD(file=name, written=written, device=manifest.device_name)
        )


def clock_set_back(context: ServiceContext) -> bool:
    """Whether this laptop has stamped beyond the bound of its own clock (it was ahead once)."""
    return context.hlc.last.wall_ms > epoch_ms(context.now() + MAX_AHEAD)


def repair_own_clock(connection: Connection, context: ServiceContext) -> int:
    """Re-stamp versions stamped beyond the bound after this laptop's clock was set right.

    Runs in the caller's write transaction; returns how many versions got a fresh stamp.
    """
    if not clock_set_back(context):
        return 0
    now_ms = epoch_ms(context.now())
    limit_ms = now_ms + int(MAX_AHEAD.total_seconds() * 1000)
    context.hlc = HybridLogicalClock(context.device_id, Stamp(now_ms, 0, context.device_id))
    bound = f"{limit_ms:015d}"
    repaired = 0
    for synced in _RECORD_TABLES:
        rows = connection.exec_driver_sql(
            f'SELECT id, hlc, history FROM "{synced.name}" WHERE substr(hlc, 1, 15) > ? '
            "ORDER BY hlc",
            (bound,),
        ).fetchall()
        for record_id, stamp, history in rows:
            connection.exec_driver_sql(
                f'UPDATE "{synced.name}" SET hlc = ?, history = ?, device_id = ? WHERE id = ?',
                (
                    context.hlc.tick(now_ms).encode(),
                    push_history(history, stamp),
                    context.device_id,
                    record_id,
                ),
            )
        repaired += len(rows)
    write_local(connection, HLC_STATE_KEY, context.hlc.last.encode())
    return repaired


def remember_observed(connection: Connection, context: ServiceContext, newest: Stamp) -> None:
    """Move this laptop's clock past the newest stamp it has imported (HLC receive rule)."""
    context.hlc.observe(newest, epoch_ms(context.now()))
    write_local(connection, HLC_STATE_KEY, context.hlc.last.encode())

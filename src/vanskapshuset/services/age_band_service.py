"""The configured age bands, in order; visits copy a band's code and bounds when counted."""

from __future__ import annotations  # methods named `list` shadow the builtin

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.domain.age_bands import DEFAULT_AGE_BANDS, AgeBand, validate_band_set
from vanskapshuset.messages import access as locked
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import SEED_STAMP, ServiceContext, derived_id, snapshot
from vanskapshuset.store.models import AgeBandRecord


def _band_id(band: AgeBand) -> str:
    return derived_id("age_band", band.code)


class AgeBandService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    @staticmethod
    def current(session: Session) -> list[AgeBand]:
        query = (
            select(AgeBandRecord)
            .where(AgeBandRecord.deleted.is_(False))
            .order_by(AgeBandRecord.position, AgeBandRecord.min_age)
        )
        return [AgeBand(r.code, r.min_age, r.max_age) for r in session.scalars(query)]

    def list(self) -> list[AgeBand]:
        with self.context.db.read() as session:
            return self.current(session)

    def seed_defaults(self) -> None:
        """Add the default bands once; the read first keeps a normal start free of writes."""
        with self.context.db.read() as session:
            if session.scalar(select(AgeBandRecord.id).limit(1)) is not None:
                return
        with self.context.db.write() as session:
            if session.scalar(select(AgeBandRecord.id).limit(1)) is not None:
                return
            for position, band in enumerate(DEFAULT_AGE_BANDS):
                session.add(
                    AgeBandRecord(
                        id=_band_id(band),
                        code=band.code,
                        min_age=band.min_age,
                        max_age=band.max_age,
                        position=position,
                        hlc=SEED_STAMP,
                        device_id="seed",
                        deleted=False,
                    )
                )

    def replace(self, bands: Sequence[AgeBand]) -> None:
        self.access.require_coordinator(locked.AGE_BANDS)
        """Make `bands` the configured set; bands no longer used get a tombstone."""
        validate_band_set(bands)
        with self.context.db.write() as session:
            existing = {r.id: r for r in session.scalars(select(AgeBandRecord))}
            wanted = {_band_id(band): (position, band) for position, band in enumerate(bands)}
            for record_id, (position, band) in wanted.items():
                record = existing.get(record_id)
                if record is None:
                    record = AgeBandRecord(
                        id=record_id,
                        code=band.code,
                        min_age=band.min_age,
                        max_age=band.max_age,
                        position=position,
                        deleted=False,
                    )
                    self.context.record_created(session, "age_band", record)
                elif record.deleted or record.position != position:
                    before = snapshot(record)
                    record.position, record.deleted = position, False
                    self.context.record_changed(session, "age_band", record, before)
            for record_id, record in existing.items():
                if record_id not in wanted and not record.deleted:
                    before = snapshot(record)
                    record.deleted = True
                    self.context.record_changed(session, "age_band", record, before)

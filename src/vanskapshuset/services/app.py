"""Opening the app's data: one place that wires the database, clock and services together."""

import getpass
import platform
from dataclasses import dataclass
from pathlib import Path

from vanskapshuset.domain.localtime import Clock, SystemClock
from vanskapshuset.paths import backup_dir, database_path, prepare_data_dir
from vanskapshuset.services.activities import ActivityService
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.audit import AuditService
from vanskapshuset.services.changes import ChangeService
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.services.day_logs import DayLogService
from vanskapshuset.services.paper_tally import PaperTallyService
from vanskapshuset.services.registry import (
    ActivityTypeService,
    LeaderService,
    OrganisationService,
    SeasonService,
    SiteService,
)
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.services.setup import SetupService
from vanskapshuset.services.signups import SignUpService
from vanskapshuset.services.statistics import StatisticsService
from vanskapshuset.services.templates import TemplateService
from vanskapshuset.services.visits import VisitService
from vanskapshuset.store.change_watch import ChangeWatch
from vanskapshuset.store.database import Database
from vanskapshuset.store.health import HealthReport, check_database
from vanskapshuset.store.models import LocalState
from vanskapshuset.store.schema import ensure_schema
from vanskapshuset.sync.service import SyncService


@dataclass
class App:
    context: ServiceContext
    sites: SiteService
    seasons: SeasonService
    organisations: OrganisationService
    activity_types: ActivityTypeService
    leaders: LeaderService
    age_bands: AgeBandService
    visits: VisitService
    activities: ActivityService
    day_logs: DayLogService
    audit: AuditService
    statistics: StatisticsService
    settings: SettingsService
    templates: TemplateService
    setup: SetupService
    signups: SignUpService
    paper_tally: PaperTallyService
    sync: SyncService
    changes: ChangeService

    @property
    def db(self) -> Database:
        return self.context.db

    def check(self) -> HealthReport:
        return check_database(self.db)

    def is_empty(self) -> bool:
        """No site yet: the first start, when the app offers its short setup."""
        return not self.sites.list()

    def close(self) -> None:
        self.changes.close()
        self.db.close()


def _device_identity(db: Database) -> tuple[str, str]:
    """This laptop's id and name, made on first start and kept in the local state."""
    with db.read() as session:
        known = session.get(LocalState, "device_id"), session.get(LocalState, "device_name")
    if known[0] is not None and known[1] is not None:
        return known[0].value, known[1].value
    with db.write() as session:
        device_id = session.get(LocalState, "device_id")
        device_name = session.get(LocalState, "device_name")
        if device_id is None:
            device_id = LocalState(key="device_id", value=new_id())
            session.add(device_id)
        if device_name is None:
            device_name = LocalState(key="device_name", value=platform.node() or "dator")
            session.add(device_name)
        return device_id.value, device_name.value


def open_app(folder: Path, clock: Clock | None = None, actor: str | None = None) -> App:
    """Open (creating or upgrading if needed) the database in `folder`."""
    clock = clock or SystemClock()
    prepare_data_dir(folder)
    db = Database(database_path(folder))
    changes: ChangeService | None = None
    try:
        ensure_schema(db, backup_dir(folder), clock.now())
        device_id, device_name = _device_identity(db)
        context = ServiceContext(db, clock, device_id, device_name, actor or getpass.getuser())
        activities = ActivityService(context)
        settings = SettingsService(context)
        # After the schema is ready: commits from here on are what the window may miss.
        changes = ChangeService(ChangeWatch(db.path))
        app = App(
            context=context,
            sites=SiteService(context),
            seasons=SeasonService(context),
            organisations=OrganisationService(context),
            activity_types=ActivityTypeService(context),
            leaders=LeaderService(context),
            age_bands=AgeBandService(context),
            visits=VisitService(context),
            activities=activities,
            day_logs=DayLogService(context),
            audit=AuditService(context),
            statistics=StatisticsService(context),
            settings=settings,
            templates=TemplateService(context, activities),
            setup=SetupService(context, settings),
            signups=SignUpService(context, settings),
            paper_tally=PaperTallyService(context),
            sync=SyncService(context),
            changes=changes,
        )
        app.age_bands.seed_defaults()
        app.activity_types.seed_defaults()
        # Personal data past its retention date goes at every start (DESIGN section 9).
        app.signups.purge_expired()
    except BaseException:
        if changes is not None:
            changes.close()
        db.close()
        raise
    return app

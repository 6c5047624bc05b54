"""The composition root: opening the app's data, the one place that wires the database, clock
and services (sync among them) together. Not a service itself, so it lives outside services/:
services never import it, and sync may import services without a cycle."""

import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import Clock, SystemClock, local_date
from vanskapshuset.domain.rules import ACTOR
from vanskapshuset.domain.settings_registry import CURRENT_LEADER
from vanskapshuset.paths import backup_dir, database_path, prepare_data_dir
from vanskapshuset.services.access import Asker, CoordinatorAccess
from vanskapshuset.services.activities import ActivityService
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.audit import AuditService
from vanskapshuset.services.backups import BackupInfo, BackupService, without_expired
from vanskapshuset.services.changes import ChangeService
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.damaged_database import GoodBackup, replace_damaged
from vanskapshuset.services.day_logs import DayLogService
from vanskapshuset.services.follow_up import FollowUpService
from vanskapshuset.services.live_database import LiveDatabase, Opener, device_identity
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
from vanskapshuset.store.schema import ensure_schema
from vanskapshuset.store.start_check import check_at_start
from vanskapshuset.sync.service import SyncService

log = logging.getLogger(__name__)


@dataclass
class App:
    context: ServiceContext
    access: CoordinatorAccess
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
    backups: BackupService
    follow_up: FollowUpService

    @property
    def db(self) -> Database:
        return self.context.db

    def check(self) -> HealthReport:
        return check_database(self.db)

    def is_empty(self) -> bool:
        """No site yet: the first start, when the app offers its short setup."""
        return not self.sites.list()

    def start_of_day(self, backup: bool = True) -> int:
        """What each new day brings, at start-up and once a day while the window stays open:
        sign-ups past their retention date are deleted (DESIGN section 9), then the day's first
        backup is made (unless `backup` is False: the window makes it after it shows). Returns
        how many sign-ups went."""
        purged = self.signups.purge_expired()
        if backup:
            self.daily_backup()
        return purged

    def daily_backup(self) -> BackupInfo | None:
        """The day's first backup, if there is none from today yet and the data holds anything.
        A backup that fails does not keep the door counter from starting: it is logged, and
        tried again at the next start."""
        if self.is_empty():
            return None
        try:
            return self.backups.daily()
        except UserError as error:
            log.warning("The day's backup was not made: %s", error)
            return None

    def act_as_leader(self, name: str | None = None, fallback: str | None = None) -> None:
        """Who the audit log names: the leader `name` (refused if there is none by that name),
        else the leader last chosen on this laptop, else the computer's user (the window before
        a leader is chosen) or `fallback`. "(samordnare)" is added while the coordinator has
        unlocked."""
        if name is not None:
            with self.db.read() as session:
                leader = self.leaders.find(session, name)
                self.access.act_as(leader.name)
            return
        leaders = {leader.id: leader.name for leader in self.leaders.list()}
        chosen = leaders.get(self.settings.get(CURRENT_LEADER) or "")
        self.access.act_as(chosen or fallback or self.context.actor)

    def close(self) -> None:
        self.changes.close()
        self.db.close()


def _opener(folder: Path, clock: Clock) -> Opener:
    """Opening a database file ready for use: at start-up, and again after a restore."""

    def open_file(path: Path) -> Database:
        db = Database(path)
        try:
            # A copy made before an upgrade is a backup like the others, purged like them.
            purge = without_expired(local_date(clock.now()))
            ensure_schema(db, backup_dir(folder), clock.now(), purge)
        except BaseException:
            db.close()
            raise
        return db

    return open_file


def open_app(
    folder: Path,
    clock: Clock | None = None,
    actor: str | None = None,
    backup_now: bool = True,
    verify: bool = False,
    ask: Asker | None = None,
) -> App:
    """Open (creating or upgrading if needed) the database in `folder`; the day's first start
    makes the day's backup, unless `backup_now` is False (then the caller makes it). A damaged
    file raises DamagedDatabaseError before anything is written; `verify` reads it whole
    (`quick_check`) even when the day's check is done."""
    clock = clock or SystemClock()
    check_before_opening(folder, clock, verify)
    return open_checked(folder, clock, actor, backup_now, ask)


def start_over(
    folder: Path,
    backup: GoodBackup | None,
    clock: Clock | None = None,
    backup_now: bool = True,
) -> App:
    """After the start check found the database damaged: move it aside (a copy of `backup` in
    its place, or a new empty database) and open the data again."""
    clock = clock or SystemClock()
    replace_damaged(folder, backup, clock)
    return open_app(folder, clock=clock, backup_now=backup_now)


def prepare_models() -> None:
    """The ORM's mapper set-up, which the first query would otherwise do: called on the worker
    thread that loads the services while the window already shows (it is thread-safe)."""
    configure_mappers()


def check_before_opening(folder: Path, clock: Clock, verify: bool = False) -> None:
    """The first half of open_app, which the window runs on a worker thread (the day's first
    check reads the whole file): the folder is usable and the file is not damaged."""
    prepare_data_dir(folder)
    check_at_start(database_path(folder), backup_dir(folder), clock.now(), verify)


def open_checked(
    folder: Path,
    clock: Clock,
    actor: str | None = None,
    backup_now: bool = True,
    ask: Asker | None = None,
) -> App:
    """The second half of open_app, after check_before_opening: on the thread that will use the
    App (its change watch keeps a connection of that thread)."""
    open_file = _opener(folder, clock)
    db = open_file(database_path(folder))
    changes: ChangeService | None = None
    try:
        device_id, device_name = device_identity(db)
        # The audit log's "who" travels to every laptop: one line within ACTOR's limit.
        who = ACTOR.fit(actor or getpass.getuser()) or "?"
        context = ServiceContext(db, clock, device_id, device_name, who)
        # One lock for every service: unlocked once, open for all of them (services/access.py).
        access = CoordinatorAccess(context, ask)
        activities = ActivityService(context, access)
        settings = SettingsService(context, access)
        # After the schema is ready: commits from here on are what the window may miss.
        changes = ChangeService(ChangeWatch(db.path))
        live = LiveDatabase(context, changes, open_file)
        backups = BackupService(context, settings, backup_dir(folder), live)
        app = App(
            context=context,
            access=access,
            sites=SiteService(context, access),
            seasons=SeasonService(context, access),
            organisations=OrganisationService(context, access),
            activity_types=ActivityTypeService(context, access),
            leaders=LeaderService(context, access),
            age_bands=AgeBandService(context, access),
            visits=VisitService(context, access),
            activities=activities,
            day_logs=DayLogService(context, access),
            audit=AuditService(context, access),
            statistics=StatisticsService(context),
            settings=settings,
            templates=TemplateService(context, activities, access),
            setup=SetupService(context, settings),
            signups=SignUpService(context, settings),
            paper_tally=PaperTallyService(context, access),
            sync=SyncService(context, before_import=backups.before_sync, access=access),
            changes=changes,
            backups=backups,
            follow_up=FollowUpService(context, access),
        )
        if actor is None:
            app.act_as_leader()  # the leader last chosen here, else the computer's user
        app.age_bands.seed_defaults()
        app.activity_types.seed_defaults()
        app.start_of_day(backup=backup_now)
    except BaseException:
        if changes is not None:
            changes.close()
        db.close()
        raise
    return app

"""The first start: sites, the first leader and the coordinator password, all or nothing."""

from collections.abc import Sequence

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import LEADER_NAME, SITE_NAME
from vanskapshuset.domain.settings_registry import COORDINATOR_PASSWORD, CURRENT_LEADER
from vanskapshuset.domain.vocabulary import LeaderRole, SiteKind, parse_choice
from vanskapshuset.messages import setup as said
from vanskapshuset.messages.rules import CHOICE_ROLE, CHOICE_SITE_KIND
from vanskapshuset.services import setting_store
from vanskapshuset.services.access import hash_password, new_password_problem
from vanskapshuset.services.context import ServiceContext, derived_id
from vanskapshuset.services.registry import LeaderInfo
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.store.models import Leader, LocalState, Site


class SetupService:
    def __init__(self, context: ServiceContext, settings: SettingsService) -> None:
        self.context = context
        self.settings = settings

    def first_setup(
        self,
        sites: Sequence[tuple[str, str]],
        leader_name: str,
        leader_role: str = LeaderRole.YOUTH_LEADER,
        password: str | None = None,
    ) -> LeaderInfo:
        """One transaction: a failure part-way leaves the database as empty as before."""
        if not sites:
            raise UserError(said.CHOOSE_A_SITE(), field="sites")
        cleaned = [
            (SITE_NAME.clean(name), parse_choice(SiteKind, kind, CHOICE_SITE_KIND))
            for name, kind in sites
        ]
        if len({name.casefold() for name, _ in cleaned}) != len(cleaned):
            raise UserError(said.SITES_SAME_NAME(), field="sites")
        name = LEADER_NAME.clean(leader_name)
        role = parse_choice(LeaderRole, leader_role, CHOICE_ROLE)
        problem = new_password_problem(password) if password else None
        if problem is not None:
            raise UserError(problem, field="password")
        self.context.actor = name  # the audit log says who set things up
        with self.context.db.write() as session:
            if session.query(Site).first() is not None:
                raise UserError(said.ALREADY_SET_UP())
            # Ids made from the names: laptops set up apart agree on them when they first sync.
            leader = Leader(
                id=derived_id("leader", name.casefold()), name=name, role=role, deleted=False
            )
            self.context.record_created(session, "leader", leader)
            for site_name, kind in cleaned:
                site = Site(
                    id=derived_id("site", site_name.casefold()),
                    name=site_name,
                    kind=kind,
                    deleted=False,
                )
                self.context.record_created(session, "site", site)
            if password:
                setting_store.write(
                    self.context, session, COORDINATOR_PASSWORD, hash_password(password)
                )
            session.merge(LocalState(key=CURRENT_LEADER.key, value=leader.id))
        return LeaderInfo(leader.id, name, role)

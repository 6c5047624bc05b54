"""The partner report's rows: a period's facts (services/period_facts.py) filtered to the
activities one organisation organised or took part in. Nothing is counted anew: the report's
totals are `PeriodFacts.measures` and the season summary's sums (reports/service.py) over the
filtered facts.
"""

import dataclasses

from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.reports.figures import PartnerActivity
from vanskapshuset.services.period_facts import ActivityFact, PeriodFacts


def joint_facts(facts: PeriodFacts, organisation_id: str) -> PeriodFacts:
    """The same facts with only the activities where the organisation was organiser or partner."""
    return dataclasses.replace(
        facts,
        activities=tuple(a for a in facts.activities if organisation_id in a.organisation_ids),
    )


def partner_activities(facts: PeriodFacts, organisation_id: str) -> tuple[PartnerActivity, ...]:
    """Each joint activity of `facts` (already `joint_facts`) as the report lists it."""

    def name(org_id: str) -> str:
        return facts.organisations.get(org_id, ("?", ""))[0]

    def others(activity: ActivityFact) -> tuple[str, ...]:
        rest = activity.organisation_ids - {organisation_id}
        organiser = activity.organiser_id if activity.organiser_id in rest else None
        partners = sorted((name(o) for o in rest if o != organiser), key=swedish_key)
        return (name(organiser), *partners) if organiser else tuple(partners)

    return tuple(
        PartnerActivity(
            date=a.date,
            start=a.start,
            end=a.end,
            title=a.title,
            type_name=a.type_name,
            site=facts.site_names.get(a.site_id, "?"),
            organiser=a.organiser_id == organisation_id,
            others=others(a),
            participants=dict(a.participants),
            knowledge_exchange=a.knowledge_exchange,
        )
        for a in facts.activities
    )

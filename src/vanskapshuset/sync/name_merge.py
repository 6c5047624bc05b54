"""Placeholder until the same-name merge lands (branch name-merge)."""

from vanskapshuset.services.context import ServiceContext
from vanskapshuset.store.database import Database


def merge_same_names(db: Database, context: ServiceContext) -> int:
    return 0

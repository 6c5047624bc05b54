"""Small helpers for the sync tests (import as `from sync_helpers import …`)."""

from vanskapshuset.app import App

SITE = "Vänskapshuset"


def site_id(app: App) -> str:
    return app.sites.by_name(SITE).id


def team_key(app: App) -> bytes:
    """The laptop's team key, as the code it joined with holds it."""
    from vanskapshuset.sync.team_code import key_from_code

    code = app.sync.status().code
    assert code is not None
    return key_from_code(code)

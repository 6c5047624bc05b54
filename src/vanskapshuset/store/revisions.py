"""The schema revisions this program knows, in a module that imports nothing: the first paint
of Idag (store/quick_read.py) compares the file's stamp with the head before SQLAlchemy or alembic
is loaded. tests/test_schema.py checks the list against alembic's own versions folder."""

# Every released schema revision, oldest first; the last is the one this program writes.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_activity_template",
    "0003_sync",
    "0004_change_journal",
    "0005_record_alias",
    "0006_visit_new",
    "0007_season_sites",
    "0008_follow_up",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

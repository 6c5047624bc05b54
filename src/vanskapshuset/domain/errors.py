"""Errors whose message is one clear sentence meant for the person using the app."""


class UserError(Exception):
    """Bad input or a refused operation; `str(error)` is shown as it is (Swedish)."""


class NotFoundError(UserError):
    """A named or referenced thing does not exist (or is deleted)."""


class DatabaseVersionError(UserError):
    """The database was written by a newer version of the program, or is not ours."""

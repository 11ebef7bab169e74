"""One error tree. The UI turns these into messages, the CLI into stderr and exit code 1; anything else is a bug."""


class TrainerError(Exception):
    """A problem the user can understand and act on."""


class ValidationError(TrainerError):
    """Input (a pack, a file, a form) does not meet the rules; `problems` lists every one."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class NotFoundError(TrainerError):
    """A learner, activity, pack or record that does not exist."""


class StorageError(TrainerError):
    """The database cannot be opened, is damaged, or a write failed."""


class DatabaseDamagedError(StorageError):
    """The database file is not SQLite or fails the integrity check."""

    def __init__(self, message: str, path: str, newest_backup: str | None) -> None:
        if newest_backup:
            message += f" The newest backup is {newest_backup}; restore it with `cpims-trainer db restore`."
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


class AlreadyRunningError(TrainerError):
    """Another instance of the app holds this data folder."""


class CredentialError(TrainerError):
    """A certificate or signed file is invalid, tampered, or from an unknown key."""


class ExchangeError(TrainerError):
    """A records bundle, report or LRS exchange failed."""


class PermissionDeniedError(TrainerError):
    """The action needs a role or an unlock the user does not have."""

"""One place for options: the database URL and defaults, from the environment and CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB_URL = "sqlite:///newsledger.db"
DB_ENV_VAR = "NEWSLEDGER_DB"


def db_url(cli_value: str | None = None) -> str:
    """The database URL: `--db` flag, else $NEWSLEDGER_DB, else ./newsledger.db (SQLite).

    A bare file path is accepted and turned into a SQLite URL.
    """
    value = cli_value or os.environ.get(DB_ENV_VAR) or DEFAULT_DB_URL
    if "://" not in value:
        value = f"sqlite:///{value}"
    return value


@dataclass(frozen=True, slots=True)
class ExtractionSettings:
    """Knobs of the extraction stage; defaults are what the tests and eval use."""

    batch_size: int = 16
    n_process: int = 1

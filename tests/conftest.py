"""Shared fixtures: where the real reports live, the loaded pipeline, a throwaway store."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench"
EXAMPLES = REPO / "examples" / "articles"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_shared(path: Path) -> Path:
    """The shared folder or file; in CI its absence fails, elsewhere the test is skipped."""
    if not path.exists():
        message = f"{path} is missing: CI keeps ../shared beside the clone"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require_shared(SEEDS)


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    return require_shared(BENCH)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample reports ingested once into SQLite (extraction is the slow part)."""
    import newsledger

    path = tmp_path_factory.mktemp("samples") / "ledger.db"
    with newsledger.open(f"sqlite:///{path}") as ledger:
        ledger.ingest([EXAMPLES])
    return path


@pytest.fixture
def samples_ledger(samples_db: Path, tmp_path: Path) -> str:
    """A copy of the samples' ledger a test may change (splits, merges, re-extraction)."""
    copy = tmp_path / "ledger.db"
    shutil.copy(samples_db, copy)
    return f"sqlite:///{copy}"


# --- the suite leaves the clone clean (tests/clean_clone.py) ------------------------------------

_STATUS_AT_START = pytest.StashKey[set[str] | None]()


def pytest_sessionstart(session: pytest.Session) -> None:
    from clean_clone import porcelain

    session.stash[_STATUS_AT_START] = porcelain(REPO)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from clean_clone import new_dirt, porcelain

    before = session.stash.get(_STATUS_AT_START, None)
    after = porcelain(REPO) if before is not None else None
    if before is None or after is None:
        return
    dirt = new_dirt(before, after)
    if dirt:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = (
            "the test run changed the clone (write test files under tmp_path, or ignore them "
            "in .gitignore):\n  " + "\n  ".join(dirt)
        )
        if reporter is not None:
            reporter.write("\n")
            reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# --- a real server over a ledger built from the seeds (API and web page tests) ---------------

SCRIPT_ARTICLE = {
    "text": (
        "<script>document.body.dataset.pwned = 'yes'</script> Riot police fired tear gas at "
        "about 50 protesters who threw bottles in Lyon on 3 March 2022, the prefecture said. "
        "Two officers were injured."
    ),
    "title": "<script>document.title = 'pwned'</script> Lyon protest",
    "url": "javascript:alert(1)",
    "outlet": "<b>Test Outlet</b>",
    "published": "2022-03-04",
    "language": "en",
}
"""An article carrying markup and a script: every page must show it as inert text."""


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> str:
    """A SQLite ledger holding the four seed reports and the script article, extracted+merged."""
    import json

    import newsledger

    folder = tmp_path_factory.mktemp("seeded")
    extra = folder / "script.jsonl"
    extra.write_text(json.dumps(SCRIPT_ARTICLE) + "\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        report = ledger.ingest([seeds_dir, extra])
        assert report.ingest.stored == 5, report.ingest
    return url


@contextmanager
def running_server(
    db_url: str, log: Path, env: dict[str, str] | None = None, extra_args: Sequence[str] = ()
) -> Iterator[str]:
    """`newsledger serve` in a subprocess on 127.0.0.1 and a free port (with `extra_args`, such
    as `--workers 2`); yields its base URL."""
    import subprocess
    import sys
    import time

    import httpx

    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsledger", "serve", "--db", db_url,
             "--host", "127.0.0.1", "--port", str(port), *extra_args],
            stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, **(env or {})),
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"server on {db_url} did not start: {log.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def live_server(seeded_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeded ledger served with a write token."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    with running_server(seeded_db, log, {"NEWSLEDGER_WRITE_TOKEN": WRITE_TOKEN}) as base:
        yield base


WRITE_TOKEN = "test-token-8c1f"


# --- the store on both backends (tests/test_store.py) --------------------------------------

PG_URL_VAR = "NEWSLEDGER_TEST_PG_URL"


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The test PostgreSQL server's URL; in CI its absence fails, elsewhere the test is skipped."""
    url = os.environ.get(PG_URL_VAR)
    if not url:
        message = (
            f"{PG_URL_VAR} is not set, so the PostgreSQL cases cannot run: start a throwaway "
            'server with `eval "$(bash .ci/start_postgres.sh)"`'
        )
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def db_backend(request: pytest.FixtureRequest) -> str:
    """"sqlite", or the PostgreSQL server URL: tests using it run once per backend."""
    if request.param == "sqlite":
        return "sqlite"
    return str(request.getfixturevalue("pg_url"))


@contextmanager
def fresh_database_url(backend: str, folder: Path) -> Iterator[str]:
    """An empty database on `backend`: a SQLite file in `folder`, or a new PostgreSQL schema.

    The PostgreSQL case creates a uniquely named schema, points the URL's search_path at it (so
    migrations and data land there) and drops it afterwards.
    """
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'store.db'}"
        return
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(backend)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    conninfo = base.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(scope="session")
def fresh_database() -> Callable[[str, Path], AbstractContextManager[str]]:
    """`fresh_database_url` for tests that manage their own database lifetime."""
    return fresh_database_url


@pytest.fixture
def store_url(db_backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for one test, once per backend (see `fresh_database_url`)."""
    with fresh_database_url(db_backend, tmp_path) as url:
        yield url

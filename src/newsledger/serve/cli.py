"""The `newsledger` command line (Typer + Rich): a thin shell over `newsledger.ledger.Ledger`.

Every command takes `--db URL` (default $NEWSLEDGER_DB, else ./newsledger.db) and turns library
errors into one clear line and a non-zero exit. Only `ingest` (and `demo`) create a database: a
read command pointed at a SQLite file that does not exist says so and exits non-zero, as datasette
does, instead of creating an empty file and reporting "0 incidents".
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsledger.errors import EvalTargetError, NewsledgerError
from newsledger.serve.cli_help import PlainArgumentsCommand

app = typer.Typer(
    name="newsledger",
    help=(
        "Turn news reports of violent incidents into a verified incident ledger: "
        "ingest articles, extract incidents with their evidence, merge reports of the same "
        "incident, and query, serve or export the result."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
incidents_app = typer.Typer(
    help="List incidents (table or --json), or correct the merging with `split` / `merge`.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
app.add_typer(incidents_app, name="incidents")


def _print_version(given: bool) -> None:
    """`newsledger --version`: what a bug report or a user checking an upgrade asks first
    (it was "No such option")."""
    if given:
        from newsledger import __version__

        typer.echo(f"newsledger {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Turn news reports of violent incidents into a verified incident ledger: ingest
    articles, extract incidents with their evidence, merge reports of the same incident, and
    query, serve or export the result."""


console = Console()
err_console = Console(stderr=True)

DEFAULT_MASTER = "local[2]"
"""`batch`'s Spark master when --master is not given: the job on this machine's cores."""


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help="Database URL (sqlite:///file.db or postgresql+psycopg://...); "
        "default $NEWSLEDGER_DB, else ./newsledger.db",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

# paging and correction options the list and correction commands share
LimitOption = Annotated[
    int | None, typer.Option(min=1, metavar="N", help="Show at most this many.")
]
OffsetOption = Annotated[
    int,
    typer.Option(min=0, metavar="N", help="Skip this many first (the next page after --limit)."),
]
NoteOption = Annotated[
    str | None, typer.Option(metavar="TEXT", help="Why (kept with the correction).")
]

# the incident filters `incidents` and `export` share
# metavars say what to type: the help showed "--db <str>", "--since <str>", "--limit <int>"
SinceOption = Annotated[
    str | None,
    typer.Option(
        metavar="YYYY-MM-DD",
        help="Only incidents on or after YYYY-MM-DD (a year or month, YYYY or YYYY-MM: from "
        "its first day).",
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        metavar="YYYY-MM-DD",
        help="Only incidents on or before YYYY-MM-DD (a year or month: to its last day).",
    ),
]
PlaceOption = Annotated[
    str | None,
    typer.Option(
        metavar="PLACE",
        help="Town, region or country (name or code), or a town with its region or country: "
        "'Houston, Texas', 'Houston, TX', 'Paris, France'.",
    ),
]
TypeOption = Annotated[
    str | None,
    typer.Option(
        "--type",
        metavar="TYPE",
        help="ACLED event type or sub-event type, e.g. Riots, 'Mob violence', or both as "
        "lists show them, 'Riots / Mob violence'.",
    ),
]
MinSourcesOption = Annotated[
    int | None,
    typer.Option(metavar="N", help="Only incidents with at least N independent sources."),
]
QueryOption = Annotated[
    str | None,
    typer.Option(
        "--query",
        "-q",
        metavar="WORDS",
        help="Full-text search: incidents whose text holds these words.",
    ),
]
HasConflictOption = Annotated[
    bool,
    typer.Option(
        "--has-conflict", help="Only incidents whose independent sources disagree on a value."
    ),
]

EXAMPLES_DIR = Path(__file__).resolve().parents[3] / "examples" / "articles"

DEMO_DB = "newsledger-demo.db"
"""The demo's database, in the current folder: kept after the demo so that `serve`, `incident`
and `export` can be tried on it next (a second run adds nothing: the articles are duplicates)."""


class NoDatabaseError(NewsledgerError):
    """A read command was pointed at a SQLite database file that does not exist."""


class CannotListenError(NewsledgerError):
    """`serve` cannot listen where it was asked: a port another program listens on, a host that
    is no address of this machine, a low port without the privilege (`_bind_hint`)."""


def check_port_free(host: str, port: int) -> None:
    """Refuse a busy port before saying "Serving ... http://host:port/": uvicorn found it
    only after that line, and a reader who opened the URL saw the other server's ledger."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # as uvicorn binds: a port left in TIME_WAIT by a stopped server is free, a listener not
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise CannotListenError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}{_bind_hint(exc)}"
            ) from exc


def _bind_hint(exc: OSError) -> str:
    """What to change when `serve` cannot bind: the port only when the port is the cause (a
    host that is no address of this machine was told "choose another with --port")."""
    import errno
    import socket

    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return "; give --host an address of this machine (127.0.0.1, or 0.0.0.0 for every one)"
    if exc.errno == errno.EADDRINUSE:
        return " (another `newsledger serve`?); choose another with --port"
    if exc.errno == errno.EACCES:
        return "; ports below 1024 need privileges: choose another with --port"
    return "; choose another --host or --port"


class OutputPathError(NewsledgerError):
    """An output file cannot be written (no such folder, a folder, no permission)."""


def check_writable(path: Path) -> None:
    """Refuse an output path that cannot be written before any work is done: a missing folder
    or a folder given as the file was a Python traceback after the whole export ran."""
    if path.is_dir():
        raise OutputPathError(f"cannot write {path}: it is a folder; give a file name")
    if not path.parent.is_dir():
        raise OutputPathError(
            f"cannot write {path}: no folder {path.parent} (create it first, or give another -o)"
        )


def bundled_samples_dir() -> Path:
    """The sample articles: `examples/articles` in a checkout, else the packaged copy."""
    if EXAMPLES_DIR.is_dir():
        return EXAMPLES_DIR
    return Path(__file__).resolve().parents[1] / "data" / "examples"


@contextmanager
def cli_errors() -> Iterator[None]:
    """Library errors become one red line and exit code 1."""
    try:
        yield
    except NewsledgerError as exc:
        err_console.print(
            "[red]error:[/red] " + escape(str(exc)), markup=True, highlight=False, soft_wrap=True
        )
        raise typer.Exit(1) from exc


def rich_progress() -> Progress:
    """The house progress display: label, bar, done/total, elapsed; on stderr, silent when
    stderr is not a terminal."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )


PLAIN_PROGRESS_EVERY = 100
"""Without a terminal (a log file, a pipe, cron), a plain line every this many items: a bar
cannot be drawn there, and a run that printed nothing for a minute looked hung."""


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int | None], None]]:
    """A Rich progress bar driven by (done, total) callbacks on a terminal; elsewhere a plain
    "label: done/total" line on stderr each time `done` passes a multiple of
    PLAIN_PROGRESS_EVERY."""
    if not err_console.is_terminal:
        printed = 0

        def line(done: int, total: int | None) -> None:
            nonlocal printed
            if done // PLAIN_PROGRESS_EVERY > printed // PLAIN_PROGRESS_EVERY:
                printed = done
                of = f"/{total}" if total is not None else ""
                err_console.print(f"{label}: {done}{of}", highlight=False, markup=False)

        yield line
        return
    with rich_progress() as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def open_ledger(db: str | None, *, create: bool = False) -> Any:
    """The ledger at `db`. Unless `create`, a SQLite file that does not exist is an error that
    says how to make one (read commands must not leave an empty database behind)."""
    from newsledger.ledger import Ledger
    from newsledger.settings import db_url

    url = db_url(db)
    if not create:
        missing = missing_sqlite_file(url)
        if missing is not None:
            raise NoDatabaseError(
                f"no database at {missing}: run `newsledger ingest FILES` (or `newsledger demo`) "
                "first, or point --db / $NEWSLEDGER_DB at an existing one"
            )
    return Ledger(url)


def ledger_lookup(ledger: Any) -> Any:
    """Articles by id, to name sources by outlet (see serve.wording)."""
    from newsledger.serve.web import article_lookup

    return article_lookup(ledger)


def missing_sqlite_file(url: str) -> str | None:
    """The path of a SQLite URL's file when that file does not exist (None otherwise, and for
    in-memory SQLite and server databases)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # an unparsable URL is reported by the store with its own message
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None
    return None if Path(database).exists() else database


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command(cls=PlainArgumentsCommand)
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH", help="Files, folders (recursed) or globs to read."),
    ],
    db: DbOption = None,
    no_extract: Annotated[
        bool, typer.Option("--no-extract", help="Only store articles; skip extraction and merging.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read news files (text, HTML, RSS/Atom, JSONL, WARC), store new articles, then extract
    and merge their incidents. Prints read / stored / duplicates / near-duplicates / rejected."""
    from newsledger.serve.render import ingest_report_json, print_ingest_report
    from newsledger.settings import db_url

    new_file = missing_sqlite_file(db_url(db))
    nothing_readable = new_file is not None and not _any_article(paths)
    # a first ingest that can store nothing makes no database: it runs on one in memory, so
    # the report is the same, and no empty ledger is left that later commands would open
    with cli_errors(), open_ledger("sqlite://" if nothing_readable else db, create=True) as ledger:
        with (
            progress_bar("reading") as on_progress,
            progress_bar("extracting") as on_extract,
            progress_bar("merging") as on_merge,
        ):
            report = ledger.ingest(
                paths,
                extract=not no_extract,
                on_progress=on_progress,
                on_extract_progress=on_extract,
                on_merge_progress=on_merge,
            )
        if as_json:
            print_json(ingest_report_json(report))
        else:
            print_ingest_report(console, report)
            for url in web_addresses(paths):
                err_console.print(URL_HINT.format(url=url), highlight=False, markup=False)
        kept = report.ingest.stored + report.ingest.duplicates + report.ingest.near_duplicates
        if report.ingest.read == 0 or kept == 0:
            if nothing_readable and not as_json:
                err_console.print(
                    f"nothing stored, so no database was made at {new_file}", highlight=False
                )
            raise typer.Exit(1)


URL_HINT = (
    "{url} is a web address: `ingest` reads files, never the network (everything runs "
    "offline); save the page first (curl -L -o page.html '{url}') and ingest page.html"
)


def web_addresses(paths: Sequence[str]) -> list[str]:
    """The arguments that are web addresses, not files: `ingest URL` was refused as "path does
    not exist", which reads as a typo in a file name."""
    return [p for p in paths if re.match(r"(?i)(https?|ftp)://", p) and not Path(p).exists()]


def _any_article(paths: Sequence[str]) -> bool:
    """Whether any input holds a readable article (reading stops at the first one)."""
    from newsledger.ingest.readers import read_paths
    from newsledger.model import Article

    return any(isinstance(item, Article) for item in read_paths(paths))


@app.command()
def articles(
    db: DbOption = None,
    as_json: JsonOption = False,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
) -> None:
    """List stored articles (id, date, outlet, language, title, duplicate of)."""
    from newsledger.serve.render import print_articles

    with cli_errors(), open_ledger(db) as ledger:
        rows = ledger.articles(limit=limit, offset=offset)
        if as_json:
            print_json(rows)
        else:
            shown_all = limit is None and offset == 0
            total = None if shown_all else ledger.store.count_articles()
            print_articles(console, rows, total)
            _say_page(len(rows), total, offset, "article")


@app.command(cls=PlainArgumentsCommand)
def show(
    article_id: Annotated[
        str, typer.Argument(metavar="ARTICLE_ID", help="Article id (or its first 6+ characters).")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one article: its metadata, text and the incidents extracted from it."""
    from newsledger.ledger import article_json
    from newsledger.serve.render import print_article

    with cli_errors(), open_ledger(db) as ledger:
        article = ledger.article(article_id)
        mentions = ledger.mentions(article.id)
        if as_json:
            data = article_json(article) | {"text": article.text}
            data["mentions"] = [m.to_json() for m in mentions]
            print_json(data)
        else:
            incident_of = ledger.store.incidents_for_mentions([m.id for m in mentions])
            print_article(console, article, mentions, incident_of)


@app.command()
def extract(
    db: DbOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-extract every article, not only new ones.")
    ] = False,
) -> None:
    """Extract incidents from stored articles not extracted yet, then merge them."""
    with cli_errors(), open_ledger(db) as ledger:
        # `--force` re-reads every article (minutes on a few thousand): a bar, as ingest shows
        with progress_bar("extracting") as on_progress, progress_bar("merging") as on_merge:
            report = ledger.extract(
                force=force, on_progress=on_progress, on_merge_progress=on_merge
            )
        from newsledger.serve.render import extraction_line, waiting_line

        console.print(extraction_line(report), highlight=False)
        for article_id, reason in report.extraction_failures:
            console.print(f"  failed {article_id}: {reason}", highlight=False)
        if report.mentions_waiting:
            console.print(waiting_line(report), highlight=False, soft_wrap=True)


@incidents_app.callback()
def incidents(
    ctx: typer.Context,
    db: DbOption = None,
    as_json: JsonOption = False,
    since: SinceOption = None,
    until: UntilOption = None,
    place: PlaceOption = None,
    type: TypeOption = None,
    min_sources: MinSourcesOption = None,
    query: QueryOption = None,
    has_conflict: HasConflictOption = False,
    sort: Annotated[
        str,
        typer.Option(
            metavar="ORDER",
            help="date (oldest first), -date (newest first, as on the web page), "
            "sources or -sources (most sources first).",
        ),
    ] = "date",
    limit: LimitOption = None,
    offset: OffsetOption = 0,
) -> None:
    """List incidents with date, place, type, sources and conflicts (or --json)."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    from newsledger.serve.render import print_incidents

    with cli_errors(), open_ledger(db) as ledger:
        filters: dict[str, Any] = {
            "since": since,
            "until": until,
            "place": place,
            "type": type,
            "min_sources": min_sources,
            "query": query or None,
            "has_conflict": True if has_conflict else None,
        }
        rows = ledger.incidents(**filters, sort=sort, limit=limit, offset=offset)
        if as_json:
            print_json(rows)
        else:
            shown_all = limit is None and offset == 0
            total = None if shown_all else ledger.count_incidents(**filters)
            print_incidents(console, rows, ledger_lookup(ledger), total)
            if not rows and offset == 0:
                _say_why_none(filters)
            _say_page(len(rows), total, offset, "incident")


def _say_page(shown: int, total: int | None, offset: int, noun: str) -> None:
    """The next page's `--offset`, or that the offset is past the end (`render.page_hint`)."""
    from newsledger.serve.render import page_hint

    hint = page_hint(shown, total, offset, noun)
    if hint:
        err_console.print(hint, highlight=False, markup=False, soft_wrap=True)


def _say_why_none(filters: dict[str, Any]) -> None:
    """What to try when nothing is listed ("0 incidents" alone left a misspelt place, or an
    empty ledger, unexplained), as the web page's empty list says."""
    if any(value is not None for value in filters.values()):
        hint = (
            "no incident matches these filters: widen the dates, check the place's spelling "
            "(a town, region or country as `newsledger incidents` lists it), or drop a filter"
        )
    else:
        hint = "no incidents yet: add reports with `newsledger ingest FILES`"
    err_console.print(hint, highlight=False, markup=False, soft_wrap=True)


@incidents_app.command("split", cls=PlainArgumentsCommand)
def incidents_split(
    ctx: typer.Context,
    mention_ids: Annotated[
        list[str],
        typer.Argument(
            metavar="MENTION_ID",
            help="Mention ids (ARTICLE_ID:INDEX) to take out of their incident.",
        ),
    ],
    note: NoteOption = None,
    db: DbOption = None,
) -> None:
    """Human correction: these mentions are a separate incident (kept across re-runs).
    Mention ids are listed by `newsledger incident ID`; an article id may be shortened to
    its first 6+ characters."""
    with cli_errors(), open_ledger(db or (ctx.obj or {}).get("db")) as ledger:
        others = _other_mentions(ledger, mention_ids)
        new_id = ledger.split(mention_ids, note)
        if len(mention_ids) == 1:
            done = "split the mention into an incident of its own"
        else:
            done = f"split the {len(mention_ids)} mentions into an incident of their own"
        console.print(f"{done}: {new_id}", highlight=False)
        rest = sorted(set(ledger.store.incidents_for_mentions(others).values()) - {new_id})
        if rest:
            console.print(f"the rest of the incident it left: {', '.join(rest)}", highlight=False)


def _other_mentions(ledger: Any, mention_ids: Sequence[str]) -> list[str]:
    """The mentions sharing an incident with those a split takes out: the incident's id may go
    with the split mentions (an id is its earliest mention's), so the user is told where the
    rest went, not only an id that looks unchanged."""
    wanted = {ledger.mention_id(m) for m in mention_ids}
    holding = ledger.store.incidents_for_mentions(sorted(wanted))
    others: set[str] = set()
    for incident_id in set(holding.values()):
        incident = ledger.store.get_incident(incident_id)
        if incident is not None:
            others.update(incident.mention_ids)
    return sorted(others - wanted)


@incidents_app.command("merge", cls=PlainArgumentsCommand)
def incidents_merge(
    ctx: typer.Context,
    incident_ids: Annotated[
        list[str], typer.Argument(metavar="INCIDENT_ID", help="Incident ids to merge into one.")
    ],
    note: NoteOption = None,
    db: DbOption = None,
) -> None:
    """Human correction: these incidents are one (kept across re-runs). Ids may be shortened
    to their first 6+ characters."""
    with cli_errors(), open_ledger(db or (ctx.obj or {}).get("db")) as ledger:
        merged_id = ledger.merge(incident_ids, note)
        console.print(f"merged {len(incident_ids)} incidents into {merged_id}", highlight=False)


@app.command()
def corrections(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the human corrections (split / merge), oldest first: when, which mentions, the
    note, and the incident each mention is in now (kept across re-runs)."""
    from newsledger.serve.render import print_corrections

    with cli_errors(), open_ledger(db) as ledger:
        rows = ledger.store.correction_records()
        now_in = ledger.store.incidents_for_mentions(
            {m for row in rows for m in row["mention_ids"]}
        )
        for row in rows:
            row["incidents"] = {m: now_in.get(m) for m in row["mention_ids"]}
        if as_json:
            print_json(rows)
        else:
            print_corrections(console, rows)


@app.command(cls=PlainArgumentsCommand)
def incident(
    incident_id: Annotated[
        str,
        typer.Argument(metavar="INCIDENT_ID", help="Incident id (see `newsledger incidents`)."),
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The incident page in the terminal: consensus, every claim with its source and quote,
    conflicts highlighted, and how each source frames it."""
    from newsledger.errors import IncidentMovedError
    from newsledger.serve.render import print_incident

    with cli_errors(), open_ledger(db) as ledger:
        try:
            data = ledger.incident(incident_id)
        except IncidentMovedError as exc:
            if len(exc.moved_to) > 1:
                raise
            # A retired id whose reports are all in one incident: say so, and show that one.
            err_console.print(
                f"note: {exc.incident_id} is now part of incident {exc.moved_to[0]}",
                highlight=False,
                markup=False,
            )
            data = ledger.incident(exc.moved_to[0])
        moved_to = ledger.moved_to(str(data.get("id")))
        if as_json:
            print_json(data)  # the contract's incident, as `incidents --json` lists it
        else:
            print_incident(console, data, ledger_lookup(ledger), ledger.corrections(data))
            if moved_to:
                console.print(
                    "Reports once in this incident are now in: " + ", ".join(moved_to),
                    highlight=False,
                    markup=False,
                )


@app.command()
def resolve(db: DbOption = None) -> None:
    """Re-cluster the whole ledger from its stored mentions (after a model or rule change),
    keeping every human split and merge correction."""
    from newsledger.serve.render import counted

    with cli_errors(), open_ledger(db) as ledger:
        before = ledger.count_incidents()
        with progress_bar("resolving") as on_progress:
            count = ledger.resolve(on_progress=on_progress)
        kept = len(ledger.store.list_corrections())
    # it printed "9 incidents" alone: not what changed, nor that the corrections held
    console.print(
        f"re-clustered the ledger: {counted(before, 'incident')} before, {count} now; "
        + (f"{counted(kept, 'human correction')} kept" if kept else "no human corrections"),
        highlight=False,
    )


@app.command(name="train-linker", cls=PlainArgumentsCommand)
def train_linker(
    bench_dir: Annotated[
        Path,
        typer.Argument(metavar="DIR", help="The public sets folder (gva_dev and ecbplus inside)."),
    ] = Path("../shared/bench"),
    output: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="Where to write (default: the package's linker.json)."),
    ] = None,
    keep_weights: Annotated[
        bool,
        typer.Option(
            "--keep-weights",
            help="Keep the shipped weights; only choose the threshold again by the criterion.",
        ),
    ] = False,
    extend: Annotated[
        list[str] | None,
        typer.Option(
            "--extend",
            metavar="FEATURE",
            help="A link feature the shipped file lacks to fit, its other weights and "
            "thresholds kept (repeatable).",
        ),
    ] = None,
    drop: Annotated[
        list[str] | None,
        typer.Option(
            "--drop",
            metavar="FEATURE",
            help="With --extend: a feature of the shipped file set to 0 before the fit, so the "
            "extended ones replace it (repeatable).",
        ),
    ] = None,
) -> None:
    """Rebuild the link scorer's weights from gva_dev (train fold) and ECB+ train topics with a
    fixed seed; prints the held-out fold it leaves out and the score there. With
    --keep-weights, only the threshold of the shipped file is chosen again (gva_dev train fold
    and ECB+ train/dev topics; no held-out set is read). With --extend, the link features the
    shipped file does not list are fitted on the same pairs with its other coefficients held
    (no held-out set is read); --drop sets a shipped weight to 0 first."""
    from newsledger.merge import linker
    from newsledger.merge.train_linker import (
        check_drop,
        check_extend,
        default_model_path,
        load_corpora,
        rethreshold,
        train,
        write_model,
    )
    from newsledger.merge.train_linker import extend as extend_model

    with cli_errors():
        log = lambda line: err_console.print(line, highlight=False)  # noqa: E731
        path = output or default_model_path()
        if drop and not extend:  # refused before any corpus is read
            check_drop(linker.model().info, drop, [])
        if keep_weights:
            shipped = dict(linker.model().info)
            data = rethreshold(shipped, load_corpora(bench_dir, log, with_test=False), log)
            write_model(data, path)
            console.print(
                f"threshold {data['threshold']}, undated threshold {data['undated_threshold']}; "
                f"written to {path}"
            )
            return
        if extend:
            shipped = dict(linker.model().info)
            check_extend(shipped, extend)
            check_drop(shipped, drop or [], extend)
            corpora = load_corpora(bench_dir, log, with_test=False, with_dev=False)
            data = extend_model(shipped, corpora, extend, log, drop=drop or [])
            write_model(data, path)
            dropped = f", {drop} dropped" if drop else ""
            console.print(f"fitted {extend}{dropped}; written to {path}")
            return
        data = train(bench_dir, log=log)
        write_model(data, path)
        info = data["info"]
        console.print(f"left out: {info['left_out']}")
        for name, value in info["heldout"].items():
            console.print(f"held-out {name}: {value}")
        console.print(f"threshold {data['threshold']}; weights written to {path}")


def _gva_dev_folder(bench_dir: Path) -> Path:
    """The gva_dev set inside the public sets folder the choosers' trainers read; a clear error
    when the user passed another folder (gva_dev itself, a missing path)."""
    folder = bench_dir / "gva_dev"
    if not (folder / "gold.json").is_file():
        raise EvalTargetError(f"no gva_dev set in {bench_dir}: pass the public sets folder")
    return folder


@app.command(name="train-day-chooser", cls=PlainArgumentsCommand)
def train_day_chooser(
    bench_dir: Annotated[
        Path, typer.Argument(metavar="DIR", help="The public sets folder (gva_dev inside).")
    ] = Path("../shared/bench"),
    output: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="Where to write (default: the shipped model)."),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(metavar="N", help="Only the first N train incidents (a quick look)."),
    ] = None,
) -> None:
    """Rebuild the incident day chooser (`extract.day_chooser`) from gva_dev's train fold with a
    fixed seed; the held-out fold is left out and never read."""
    from importlib import resources

    from newsledger.eval import train_day_chooser as days
    from newsledger.extract.day_chooser import WEIGHTS_FILE

    with cli_errors():
        folder = _gva_dev_folder(bench_dir)
        path = output or Path(str(resources.files("newsledger").joinpath("data", WEIGHTS_FILE)))
        examples = days.collect(folder, "train", limit)
        fitted = days.train(examples)
        days.write(fitted.chooser, path)
        console.print(f"left out: gva_dev {days.LEFT_OUT_FOLD} fold")
        console.print(
            f"train articles {fitted.articles}: rules right {fitted.rules_right}, "
            f"chooser right {fitted.cv_right} (grouped {days.FOLDS}-fold CV)"
        )
        console.print(
            f"margin {fitted.chooser.margin}, floor {fitted.chooser.floor}; written to {path}"
        )


@app.command(name="train-place-chooser", cls=PlainArgumentsCommand)
def train_place_chooser(
    bench_dir: Annotated[
        Path, typer.Argument(metavar="DIR", help="The public sets folder (gva_dev inside).")
    ] = Path("../shared/bench"),
    output: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="Where to write (default: the package's place_chooser.json)."
        ),
    ] = None,
) -> None:
    """Rebuild the place chooser's weights (extract/place_chooser.py) from gva_dev's train
    fold with a fixed seed, its margin chosen by grouped cross-validation inside the train
    fold; the held-out fold is left out and never read."""
    from newsledger.extract.train_place_chooser import (
        HELD_OUT_FOLD,
        collect,
        default_model_path,
        train,
        write_model,
    )

    with cli_errors():
        log = lambda line: err_console.print(line, highlight=False)  # noqa: E731
        folder = _gva_dev_folder(bench_dir)
        path = output or default_model_path()
        examples = collect(folder, "train", log)
        model, gains = train(examples)
        write_model(model, path, "train")
        console.print(f"left out: {HELD_OUT_FOLD}; {len(examples)} train reports")
        console.print(f"margin {model.margin} (cross-validated gain {gains[model.margin]} "
                      f"reports); weights written to {path}")  # fmt: skip


@app.command()
def demo(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help=f"Database URL to fill; default ./{DEMO_DB} (kept afterwards).",
        ),
    ] = None,
) -> None:
    """Ingest the bundled sample articles into ./newsledger-demo.db (kept), print the incidents
    found in them, and what to try next."""
    from newsledger.serve.render import print_incidents, print_ingest_report
    from newsledger.settings import db_url

    samples = bundled_samples_dir()
    url = db_url(db or DEMO_DB)
    with cli_errors(), open_ledger(url, create=True) as ledger:
        shown = samples.relative_to(Path.cwd()) if samples.is_relative_to(Path.cwd()) else samples
        # "in articles/" named no folder a user could find
        console.print(f"Ingesting the sample articles in {shown} into {url}", highlight=False)
        with (
            progress_bar("reading") as on_progress,
            progress_bar("extracting") as on_extract,
            progress_bar("merging") as on_merge,
        ):
            report = ledger.ingest(
                [samples],
                on_progress=on_progress,
                on_extract_progress=on_extract,
                on_merge_progress=on_merge,
            )
        print_ingest_report(console, report)
        rows = ledger.incidents(sort="-sources")
        print_incidents(console, rows, ledger_lookup(ledger))
        print_next_steps(console, url, db, rows)


def print_next_steps(
    out: Console, url: str, db_flag: str | None, rows: list[dict[str, Any]]
) -> None:
    """What to try after the demo, with the database it kept."""
    shown = db_flag or DEMO_DB
    out.print()
    out.print(f"The database is kept at {url}. Next:", highlight=False)
    steps = [("the web page and API, on http://127.0.0.1:8000", f"newsledger serve --db {shown}")]
    if rows:
        steps.append(
            ("the best-sourced incident", f"newsledger incident {rows[0]['id']} --db {shown}")
        )
    steps.append(("an ACLED-style CSV", f"newsledger export -o incidents.csv --db {shown}"))
    steps.append(("your own articles (into ./newsledger.db)", "newsledger ingest FILES..."))
    for why, command in steps:
        out.print(f"  {why}:", highlight=False, markup=False, style="dim")
        out.print(f"    {command}", highlight=False, markup=False, soft_wrap=True)


@app.command(name="eval", cls=PlainArgumentsCommand)
def eval_command(
    target: Annotated[
        Path | None,
        typer.Argument(
            metavar="TARGET",
            help="A gold folder (tests/gold/seeds), a public set (../shared/bench/geowebnews) "
            "or a folder of public sets (../shared/bench).",
        ),
    ] = None,
    all_sets: Annotated[
        bool,
        typer.Option(
            "--all", help="Score every public set under --bench (default ../shared/bench)."
        ),
    ] = False,
    bench_dir: Annotated[
        Path | None,
        typer.Option(
            "--bench",
            metavar="DIR",
            help="Folder of public sets for --all (default: ../shared/bench beside the working "
            "directory, else beside the package's checkout).",
        ),
    ] = None,
    as_json: JsonOption = False,
    limit: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="Score at most N documents (per set).")
    ] = None,
    fold: Annotated[
        str | None,
        typer.Option(
            metavar="FOLD",
            help="heldout | train | dev | all: the fold to score (default: each scorer's "
            "own, the held-out fold where a set is tuned on); dev where a set ships a dev "
            "split (ecbplus, wikievents, polnear).",
        ),
    ] = None,
    markdown: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Also write the scoreboard as Markdown to this file (docs/scores.md).",
        ),
    ] = None,
) -> None:
    """Score the extractor: per-field precision / recall / F1 against gold annotations, or the
    public sets' scoreboard (score, same-run baseline, published anchor). Exits 1 when any set
    could not be scored."""
    from newsledger.eval.public import (
        check_fold,
        default_bench_dir,
        score_all,
        set_name_of,
    )
    from newsledger.eval.run import run_eval
    from newsledger.eval.score import EvalReport
    from newsledger.eval.scoreboard import Scoreboard

    with cli_errors():
        check_fold(fold)
        if all_sets and target is not None:
            raise EvalTargetError("give either a TARGET folder or --all, not both")
        if target is None and not all_sets:
            raise EvalTargetError(
                "give a TARGET folder (tests/gold/seeds, ../shared/bench/<set>) or --all"
            )
        if bench_dir is not None and not all_sets:
            raise EvalTargetError("--bench goes with --all; for one set give its folder")
        if all_sets:
            bench = bench_dir if bench_dir is not None else default_bench_dir()
            with _eval_progress() as (on_sets, on_set_start, on_documents):
                result: Any = score_all(
                    bench,
                    limit=limit,
                    fold=fold,
                    on_progress=on_sets,
                    on_set=_set_done,
                    on_set_start=on_set_start,
                    documents_progress=on_documents,
                )
        elif target is not None and target.is_dir() and (name := set_name_of(target)):
            # one set ran for minutes with nothing on the screen (gva_dev's train fold): the
            # same bars as --all, its elapsed time ticking, documents where the scorer says
            with _eval_progress() as (on_sets, on_set_start, on_documents):
                on_sets(0, 1)
                on_set_start(name)
                result = run_eval(target, limit=limit, fold=fold, progress=on_documents)
                on_sets(1, 1)
        else:
            assert target is not None
            result = run_eval(target, limit=limit, fold=fold)
        if markdown is not None and not isinstance(result, Scoreboard):
            raise EvalTargetError("--markdown writes a public-set scoreboard: use it with --all")
        if as_json:
            print_json(result.to_json())
        elif isinstance(result, EvalReport):
            result.print(console)
        else:
            _print_public(result)
        if isinstance(result, Scoreboard) and markdown is not None:
            _write_scores_markdown(result, markdown, all_sets)
        if not isinstance(result, EvalReport) and not result.ok:
            for line in result.errors():
                err_console.print("[red]error:[/red] " + escape(line), markup=True, highlight=False)
            raise typer.Exit(1)


ProgressCallback = Callable[[int, int | None], None]


@contextmanager
def _eval_progress() -> Iterator[tuple[ProgressCallback, Callable[[str], None], ProgressCallback]]:
    """Two Rich bars for `eval --all`: sets done, and documents within the current set (for
    scorers that report them); silent when stderr is not a terminal."""
    with rich_progress() as progress:
        sets = progress.add_task("public sets", total=None)
        documents = progress.add_task("documents", total=None, visible=False)

        def on_sets(done: int, total: int | None) -> None:
            progress.update(sets, completed=done, total=total)

        def on_set_start(name: str) -> None:
            progress.update(sets, description=f"public sets ({name})")
            progress.reset(documents, total=None, visible=False, description=name)

        def on_documents(done: int, total: int | None) -> None:
            progress.update(documents, completed=done, total=total, visible=True)

        yield on_sets, on_set_start, on_documents


def _set_done(result: Any) -> None:
    state = "ok" if result.ok else "[red]failed[/red]"
    err_console.print(f"{result.set_name}: {state} in {result.seconds:.1f} s", highlight=False)


def _print_public(result: Any) -> None:
    """One set: each module's full metrics, then its board; several sets: the board."""
    from newsledger.eval.run import module_report
    from newsledger.eval.scoreboard import SetResult, board_table

    if isinstance(result, SetResult):
        for module in result.modules:
            if module.ok:
                module_report(module, result.folder).print(console)
        console.print(board_table([result], title=f"{result.set_name}: headline figures"))
        return
    console.print(
        board_table(result.sets, title=f"Public sets in {result.bench} ({result.options_text()})")
    )
    for line in result.not_scored_lines():
        console.print(line, highlight=False)


def _write_scores_markdown(board: Any, path: Path, all_sets: bool) -> None:
    from newsledger.eval.scoreboard import board_markdown

    parts = ["newsledger eval --all" if all_sets else f"newsledger eval {Path(board.bench).name}"]
    if board.limit:
        parts.append(f"--limit {board.limit}")
    if board.fold:
        parts.append(f"--fold {board.fold}")
    path.write_text(board_markdown(board, " ".join(parts)), encoding="utf-8")
    err_console.print(f"wrote {path}", highlight=False)


@app.command(cls=PlainArgumentsCommand)
def bench(
    corpus: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH", help="Articles to run on (default: bundled samples)."),
    ] = None,
    stage: Annotated[
        str,
        typer.Option(metavar="STAGE", help="extract | ingest | merge | api | store | load | batch"),
    ] = "extract",
    as_json: JsonOption = False,
    size: Annotated[
        list[int] | None,
        typer.Option(
            "--size",
            metavar="N",
            help="Ledger sizes (repeatable) for --stage merge (default 100000 and 1000000), "
            "load (100000) and batch (500 and 2000); api takes the first (100000).",
        ),
    ] = None,
    seconds: Annotated[
        float, typer.Option(metavar="SECONDS", help="Duration of load runs (--stage api).")
    ] = 10.0,
    workers: Annotated[
        int, typer.Option(min=1, max=64, metavar="N", help="Server worker processes (--stage api).")
    ] = 2,
) -> None:
    """Measure speed: articles/s and the ratio to a bare spaCy parse (extract), ingest rate
    (ingest), time to add an article to a ledger of --size incidents (merge), API latency
    under load (api), ingest rate into SQLite and PostgreSQL (store), bulk-load rate (load),
    Spark on one core against two (batch)."""
    from newsledger.bench import run_bench

    with cli_errors():
        paths = corpus or [bundled_samples_dir()]
        result = run_bench(stage, paths, sizes=size, seconds=seconds, workers=workers)
        if as_json:
            print_json(result)
        else:
            from newsledger.serve.render import print_mapping

            print_mapping(console, f"bench --stage {stage}", result)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(metavar="HOST", help="Interface to listen on.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")
    ] = 8000,
    write_token: Annotated[
        str | None,
        typer.Option(
            "--write-token",
            metavar="TOKEN",
            envvar="NEWSLEDGER_WRITE_TOKEN",
            help="Enable POST /api/articles for clients sending this bearer token.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1, max=64, metavar="N", help="Worker processes (one per core serves most load)."
        ),
    ] = 1,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            metavar="ORIGIN",
            help="Let pages of this origin (https://example.org) read the API from a browser "
            "(CORS, GET only); repeat for more. Off by default.",
        ),
    ] = None,
) -> None:
    """Serve the REST API (/api, /openapi.json) and the web page (/) over the ledger."""
    import uvicorn

    from newsledger.serve.api import check_cors_origins, create_app
    from newsledger.settings import db_url

    with cli_errors():
        check_cors_origins(cors_origin or [])
        url = db_url(db)
        open_ledger(url).close()  # a missing database is an error here, not an empty new file
        check_port_free(host, port)
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        console.print(
            f"Serving {url}\n  web page  http://{shown}:{port}/\n  API docs  http://{shown}:{port}/docs\n"
            "Press Ctrl+C to stop.",
            highlight=False,
            markup=False,
        )
        if workers == 1:
            application = create_app(url, write_token=write_token, cors_origins=cors_origin)
            uvicorn.run(application, host=host, port=port, log_level="info", access_log=True)
            return
        import os

        from newsledger.serve.api import SERVE_CORS_ENV, SERVE_DB_ENV, SERVE_TOKEN_ENV

        os.environ[SERVE_DB_ENV] = url
        if write_token:
            os.environ[SERVE_TOKEN_ENV] = write_token
        if cors_origin:
            os.environ[SERVE_CORS_ENV] = " ".join(cors_origin)
        uvicorn.run(
            "newsledger.serve.api:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
            access_log=True,
        )


STDOUT = "-"
"""`export -o -`: write the export to standard output (a pipe, `> file`), as Unix tools do; it
wrote a file named "-". The library takes a writer (`exports.export_counts`); "-" is the CLI's."""


@app.command()
def export(
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", metavar="FILE", help="File to write; - for standard output."
        ),
    ],
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="acled | geojson | json | csv | parquet (default: from the file's suffix, "
            ".geojson, .json or .parquet; else acled, ACLED's CSV)",
        ),
    ] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    place: PlaceOption = None,
    type: TypeOption = None,
    min_sources: MinSourcesOption = None,
    query: QueryOption = None,
    has_conflict: HasConflictOption = False,
) -> None:
    """Export incidents: ACLED-style CSV, GeoJSON, JSON, flat CSV or Parquet, with the same
    filters as `newsledger incidents` (default: every incident)."""
    from newsledger.serve.exports import export_counts, format_for_output
    from newsledger.serve.render import counted

    to_stdout = str(output) == STDOUT
    chosen, note = (format or "acled", None) if to_stdout else format_for_output(output, format)
    # with the export on standard output, what the command says goes to standard error
    said = err_console if to_stdout else console
    with cli_errors(), open_ledger(db) as ledger:
        if to_stdout and chosen == "parquet":
            raise OutputPathError(
                "Parquet is a binary file, not for standard output: give a file name with -o"
            )
        flt = ledger.incident_filter(
            since=since,
            until=until,
            place=place,
            type=type,
            min_sources=min_sources,
            query=query or None,
            has_conflict=True if has_conflict else None,
        )
        if not to_stdout:
            check_writable(output)
        try:
            counts = export_counts(
                ledger.store, chosen, sys.stdout.buffer if to_stdout else output, flt
            )
        except OSError as exc:
            raise OutputPathError(f"cannot write {output}: {exc.strerror or exc}") from exc
        where = "standard output" if to_stdout else output
        said.print(
            f"wrote {counted(counts.matched, 'incident')} to {where} ({chosen})",
            highlight=False,
            soft_wrap=True,
        )
        if note:
            said.print(f"  {note}", highlight=False, soft_wrap=True)
        if counts.left_out:
            said.print(
                f"  {_of_them(counts.left_out)} no coordinates and "
                f"{'is' if counts.left_out == 1 else 'are'} not in the GeoJSON "
                "(the csv, acled and json formats keep them)",
                highlight=False,
                soft_wrap=True,
            )
        if counts.undated and chosen in ("acled", "csv"):
            columns = "its date columns are" if counts.undated == 1 else "their date columns are"
            said.print(
                f"  {_of_them(counts.undated)} no date any source supports: {columns} blank "
                "(`--since` keeps dated incidents only)",
                highlight=False,
                soft_wrap=True,
            )


def _of_them(count: int) -> str:
    """ "1 of them has" / "6 of them have": the export's notes read as English either way."""
    return f"{count} of them {'has' if count == 1 else 'have'}"


@app.command()
def batch(
    output: Annotated[
        str, typer.Option("--output", metavar="DIR", help="Folder for the Parquet output.")
    ],
    input: Annotated[
        list[str] | None,
        typer.Option("--input", metavar="PATH", help="Paths or globs Spark can read."),
    ] = None,
    db: DbOption = None,
    master: Annotated[
        str | None,
        typer.Option(metavar="URL", help=f"Spark master [default: {DEFAULT_MASTER}]."),
    ] = None,
    load_only: Annotated[
        bool,
        typer.Option(
            "--load-only",
            help="Only load a finished run's --output into the store given with --db (needed "
            "here, as without --load-only), without Spark: finishes a run whose load into the "
            "store failed, and is safe to repeat.",
        ),
    ] = False,
) -> None:
    """Read, dedup, extract and resolve incidents on Spark over large archives, write Parquet,
    then load the incidents into the store. Each stage is said on stderr as it ends; the counts
    are printed as JSON at the end. If the load into the store fails, the Parquet output is
    kept: `--load-only` with the same --output and --db finishes it without extracting again."""
    from newsledger.batch.job import run_batch

    if load_only:
        with cli_errors():
            print_json(load_only_run(output, db, input, master))
        return

    def said(stage: str, seconds: float) -> None:
        err_console.print(f"batch: {stage} done ({seconds:.1f} s)", highlight=False, markup=False)

    spark_master = master or DEFAULT_MASTER

    def starting() -> None:  # after the inputs are checked: a typo starts nothing
        err_console.print(
            f"batch: starting Spark ({spark_master}); stages are told as they end",
            highlight=False,
            markup=False,
        )

    with cli_errors():
        result = run_batch(
            input or [], output, db_url=db, master=spark_master, on_stage=said,
            on_spark_start=starting,
        )  # fmt: skip
        print_json(result)


def load_only_run(
    output: str, db: str | None, inputs: list[str] | None, master: str | None = None
) -> dict[str, Any]:
    """`batch --load-only`: the finished job's output in `output` loaded into the store, with
    the counts of what was written; the job's own options are refused, not silently ignored.
    --db is needed, as for the job's own load: plain `batch` without --db loads nothing, so
    `$NEWSLEDGER_DB` or ./newsledger.db would be a store the run never named."""
    from newsledger.batch.load import load_job_output

    if inputs:
        raise NewsledgerError(
            "--load-only loads a finished run's --output and reads no --input: drop --input, "
            "or drop --load-only to run the job"
        )
    if master is not None:
        raise NewsledgerError(
            "--load-only loads without Spark, so it takes no --master: drop --master"
        )
    if not db:
        raise NewsledgerError(
            "--load-only needs --db URL, the store to load into (as `batch` loads only "
            "into a --db it is given)"
        )
    from newsledger.settings import db_url

    url = db_url(db)
    start = time.perf_counter()
    loaded = load_job_output(output, url)
    err_console.print(
        f"batch: load into the store done ({time.perf_counter() - start:.1f} s)",
        highlight=False,
        markup=False,
    )
    return {"output": output, "loaded": loaded, "db": url}


@app.command(cls=PlainArgumentsCommand)
def synth(
    articles: Annotated[int, typer.Argument(metavar="N", help="How many articles to generate.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", metavar="DIR", help="Folder for the JSONL shards.")
    ],
    seed: Annotated[
        int, typer.Option(metavar="N", help="Random seed (same seed, same corpus).")
    ] = 42,
    realistic: Annotated[
        bool,
        typer.Option(
            "--realistic/--templated",
            help="Reports that carry their incident's own facts and their outlet's own wording "
            "(what `bench --stage batch` runs on), or the templated look-alikes.",
        ),
    ] = False,
) -> None:
    """Generate a synthetic corpus of incident reports (varied outlets, figures, dates, real
    towns, wire copies) as JSON Lines, for `bench` and `batch` runs."""
    from newsledger.batch.synth import generate_corpus

    with cli_errors():
        shards = generate_corpus(articles, output, seed=seed, realistic=realistic)
        console.print(f"wrote {articles} articles in {len(shards)} shard(s) under {output}")


NO_REJECTIONS = "no file or record has been refused"
"""What `rejections` prints when the list is empty (it printed nothing, like a command that failed
silently); warnings of damaged input that was stored are listed as rejections too."""


@app.command()
def rejections(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the files and records that could not be read, and why."""
    with cli_errors(), open_ledger(db) as ledger:
        from newsledger.serve.render import rejection_json

        rows = [rejection_json(r) for r in ledger.store.list_rejections()]
        if as_json:
            print_json(rows)
        elif not rows:  # an empty screen read as a command that did nothing
            console.print(NO_REJECTIONS, highlight=False, markup=False)
        else:
            for row in rows:
                when = f"{row['at'][:19].replace('T', ' ')} UTC  " if row["at"] else ""
                console.print(
                    f"{when}{row['origin']}: {row['reason']}",
                    highlight=False,
                    markup=False,
                    soft_wrap=True,
                )


def main() -> None:
    app()

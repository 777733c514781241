"""`newsledger batch`: the same ingest, dedup, extraction and resolution functions on Spark,
with nothing large ever on the driver (no `collect()` of articles, mentions or incidents).

Flow (each step calls the stage function the single-machine path calls; no second
implementation of any stage):
1. `binaryFiles(PATHS)` (local, HDFS, S3... whatever the cluster reads; globs allowed) →
   `mapPartitions(read_partition)`: each file goes through `ingest.read_file` → articles and
   rejections. Exact duplicates: one row per content-hash id.
2. Near duplicates: MinHash band keys (`ingest.dedup.fingerprint`) grouped in Spark give
   candidate pairs; pairs above the threshold are joined into groups by connected components
   (batch/graph.py, on the executors), and each group is settled by
   `ingest.dedup.mark_near_duplicates`, the same id-ordered rule ingest uses.
3. `mapPartitions(extract_partition)`: spaCy loaded once per partition (`load_pipeline` is cached
   per worker process), `extract.runner.extract_many` → mentions; each mention's blocking keys
   (`merge.blocking.block_keys`) are computed there too, beside its article.
4. Shuffle by blocking key: each key pairs the mentions probing it with the other articles'
   mentions storing it (the resolver's candidate pairs), the pairs are scored by the merge
   stage's link scorer over a grid of tasks (`batch/linked.py`), and connected components (by
   ids) of the pairs above the link threshold and the wire-copy pairs give the closed sets:
   the resolver never merges across them, so resolving each alone gives what resolving all
   at once gives. (The components of the candidate graph itself were one giant set.)
5. Resolution per set, on the executors: the set's mentions and articles meet by a cogroup on
   the set id and the merge stage's public resolver resolves the set; a large set is only
   clustered there (`cluster_component`), its clusters spread over tasks again and
   `resolve_group` writes each one's summary.
6. Parquet out (`articles`, `signatures`, `mentions`, `claims`, `incidents`, `rejections`), then
   `batch/load.py` streams the Parquet into the store (`--db`) in bulk. The datasets of an
   earlier run in the same --output are removed first, each dataset is stamped with the run's
   id, and `_COMPLETE` (the id again) is written last: `check_job_output` loads only a folder
   whose every dataset is of the run that finished.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from newsledger.batch.linked import PROBED, STORED, WIRE_KEY, ScoredPair
from newsledger.errors import NewsledgerError
from newsledger.model import Article, Mention, Rejection

if TYPE_CHECKING:
    from newsledger.merge.profile import MentionProfile

SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.python.worker.reuse": "true",
    "spark.python.daemon.module": "newsledger.batch.daemon",
    "spark.python.worker.memory": "4g",
    "spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive": "true",
    "spark.files.openCostInBytes": "8k",
}
"""Local-mode defaults: no UI, loopback only, few shuffle partitions (a cluster overrides these
through spark-submit --conf), recursive folder reads like `newsledger ingest`. A Python worker
that has extracted holds spaCy and the gazetteer (~600 MB): under the default 512 MB of
`spark.python.worker.memory` every groupByKey, cogroup and distinct spilled to disk with a full
`gc.collect()` per spill (73 of 175 task-seconds of the resolution stage, 600 articles).
The daemon module (`batch/daemon.py`) imports the workers' modules once, before it forks them.
`spark.files.openCostInBytes`: `binaryFiles` sizes its splits as if each file cost this much more
to open (4 MB by default) but fills them with the files' real bytes, so any corpus of small
files under a few MB a core was read in ONE task (10 JSONL shards of 50 KB: one read task on
local[2] whatever `minPartitions` said), and every stage up to extraction inherited that one
partition. At 8 KB the splits follow the bytes; files of a few hundred MB (WARC archives) are
split by `spark.files.maxPartitionBytes` as before."""

READ_TASKS_PER_CORE = 2
"""Read tasks per core asked of `binaryFiles` (it packs small files together): two a core so a
slower file leaves the other cores work; extraction repartitions the articles anyway."""

ARTICLES_PER_EXTRACT_PARTITION = 200
"""Articles per extraction task: enough to amortise loading spaCy per partition (~1 s)."""


def extract_partitions(n_articles: int, cores: int) -> int:
    """Extraction tasks: about ARTICLES_PER_EXTRACT_PARTITION articles each, in a multiple of
    the cores so the last wave keeps every core busy (3 tasks on 2 cores ran the third alone)."""
    cores = max(1, cores)
    waves = max(1, -(-n_articles // (ARTICLES_PER_EXTRACT_PARTITION * cores)))
    return max(2, cores * waves)


MENTIONS_PER_REDUCE_TASK = 2000
"""Mentions per task in the stages after extraction (keys, pairs, routing joins, resolution).
Left to PySpark, each of them inherits the sum of its parents' partitions (23 tasks for 600
articles, more than 50 at 5,000), and a nearly empty Python task still costs a worker round
trip; a few tasks per core are enough when extraction, the heavy stage, is behind them."""

MIN_REDUCE_TASKS = 2
"""At least this many tasks in those stages in all, whatever the cores: enough that one slow
task leaves another core something to do on two cores. Not per core: each Python task costs a
worker round trip (~0.1 s of Python CPU measured on 1,000 synthetic articles), and with two a
core local[2] ran 233 tasks to local[1]'s 145 for the same work, a sixth more CPU in all."""


def reduce_partitions(n_mentions: int, cores: int) -> int:
    """Tasks of the stages after extraction: set by the work, not the cores (about
    MENTIONS_PER_REDUCE_TASK mentions each, at least MIN_REDUCE_TASKS), rounded up to a multiple
    of the cores (a last wave of fewer tasks than cores leaves cores idle). So local[1] and
    local[2] run the same tasks on a small corpus, local[2] two at a time."""
    cores = max(1, cores)
    wanted = max(MIN_REDUCE_TASKS, -(-n_mentions // MENTIONS_PER_REDUCE_TASK))
    return cores * -(-wanted // cores)


def spark_session(master: str) -> Any:
    """A SparkSession with newsledger's defaults (local mode unless a cluster master is given)."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", os.environ.get("PYSPARK_PYTHON") or _python())
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise NewsledgerError(
            "PySpark is not installed: pip install -e '.[spark]' (and Java 17+ on the PATH)"
        ) from exc
    builder = SparkSession.builder.master(master).appName("newsledger-batch")
    for key, value in SPARK_CONF.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _python() -> str:
    import sys

    return sys.executable


def local_origin(uri: str) -> str:
    """A file URI as Spark gives it ("file:/data/x.txt") → the path users gave ("/data/x.txt")."""
    return uri[len("file:") :] if uri.startswith("file:") else uri


def parquet_schemas() -> dict[str, Any]:
    """Explicit Spark schemas: inference fails on columns that are null in a whole batch."""
    from pyspark.sql.types import (
        BinaryType,
        BooleanType,
        IntegerType,
        StringType,
        StructField,
        StructType,
    )

    def strings(*names: str) -> list[Any]:
        return [StructField(n, StringType(), True) for n in names]

    return {
        "articles": StructType(strings(
            "id", "text", "title", "url", "outlet", "author", "language", "published",
            "published_precision", "origin", "duplicate_of",
        )),
        "mentions": StructType([
            *strings("id", "article_id"),
            StructField("index", IntegerType(), False),
            StructField("main", BooleanType(), False),
            *strings("data"),
        ]),
        "claims": StructType([
            *strings("mention_id", "article_id", "field", "value", "qualifier", "kind", "actor",
                     "item", "role"),
            StructField("start", IntegerType(), False),
            StructField("end", IntegerType(), False),
            *strings("text", "attributed_to"),
        ]),
        "rejections": StructType(strings("origin", "reason")),
        "incidents": StructType(strings("id", "mention_ids", "summary", "block_keys")),
        "signatures": StructType([
            *strings("article_id", "bands"),
            StructField("signature", BinaryType(), False),
        ]),
    }  # fmt: skip


def ordered(row: dict[str, Any], schema: Any) -> tuple[Any, ...]:
    return tuple(row.get(name) for name in schema.fieldNames())


# --- 1. read -----------------------------------------------------------------------------------
def read_partition(files: Iterable[tuple[str, bytes]]) -> Iterator[dict[str, Any]]:
    """Spark task: read each (uri, bytes) with the ingest readers; rows of articles/rejections."""
    from newsledger.ingest.readers import read_file

    for uri, content in files:
        origin = local_origin(uri)
        suffix = "".join(PurePosixPath(origin).suffixes[-2:]) or ".txt"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"input{suffix}"
            path.write_bytes(content)
            for item in read_file(path):
                if isinstance(item, Article):
                    item.origin = (item.origin or "").replace(str(path), origin) or origin
                    yield {"kind": "article", "data": article_row(item)}
                elif isinstance(item, Rejection):
                    reason = item.reason.replace(str(path), origin)
                    yield {"kind": "rejection", "data": {"origin": origin, "reason": reason}}


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "author": article.author,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "published_precision": article.published_precision,
        "origin": article.origin,
        "duplicate_of": article.duplicate_of,
    }


def row_article(row: dict[str, Any]) -> Article:
    published = row.get("published")
    return Article(
        id=row["id"],
        text=row["text"],
        title=row.get("title"),
        url=row.get("url"),
        outlet=row.get("outlet"),
        author=row.get("author"),
        language=row.get("language"),
        published=date.fromisoformat(published) if published else None,
        published_precision=row.get("published_precision"),
        origin=row.get("origin"),
        duplicate_of=row.get("duplicate_of"),
    )


# --- 2. near duplicates ------------------------------------------------------------------------
def band_rows(row: dict[str, Any]) -> Iterator[tuple[str, tuple[str, bytes]]]:
    from newsledger.ingest.dedup import fingerprint

    fp = fingerprint(row["text"])
    for band in fp.bands:
        yield band, (row["id"], fp.signature_bytes)


def similar_pairs(members: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, str]]:
    """Pairs in one LSH band whose estimated Jaccard reaches the near-duplicate threshold."""
    from newsledger.ingest.dedup import (
        NEAR_DUPLICATE_JACCARD,
        signature_from_bytes,
        similarity,
    )

    items = sorted(set(members))
    for i, (a_id, a_sig) in enumerate(items):
        a = signature_from_bytes(a_sig)
        for b_id, b_sig in items[i + 1 :]:
            if similarity(a, signature_from_bytes(b_sig)) >= NEAR_DUPLICATE_JACCARD:
                yield a_id, b_id


def settle_group(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply ingest's own near-duplicate rule to one group of candidate copies. Each row also
    carries its source key (`merge.profile.source_key`), computed here where a wire copy's
    original is at hand, so the profile extraction builds is the one resolution builds."""
    from newsledger.ingest.dedup import NearDuplicateIndex, mark_near_duplicates
    from newsledger.merge.profile import source_key

    articles = [row_article(r) for r in rows]
    mark_near_duplicates(articles, NearDuplicateIndex(None))
    by_id = {a.id: a for a in articles}
    return [article_row(a) | {"source": source_key(a, a.id, by_id)} for a in articles]


# --- 3. extract --------------------------------------------------------------------------------
def extract_partition(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Spark task: analyse and extract a partition of articles (the model loads once)."""
    from newsledger.extract.runner import extract_many
    from newsledger.merge.profile import build_profile

    rows = list(rows)
    articles = [row_article(r) for r in rows]
    sources = {r["id"]: r["source"] for r in rows if r.get("source")}
    failures: list[dict[str, Any]] = []

    def on_error(article: Article, exc: Exception) -> None:
        failures.append(
            {
                "origin": article.origin or article.id,
                "reason": f"extraction failed: {type(exc).__name__}: {exc}",
            }
        )

    for article, mentions in extract_many(articles, on_error=on_error):
        for mention in mentions:
            profile = build_profile(mention, {article.id: article})
            # a wire copy's source is its original's, which this partition may not hold
            profile.source = sources.get(article.id, profile.source)
            yield {
                "kind": "mention",
                "data": {
                    "id": mention.id,
                    "article_id": mention.article_id,
                    "index": mention.index,
                    "main": mention.main,
                    "data": json.dumps(mention.to_json(), ensure_ascii=False),
                    "keys": profile_block_keys(profile, article),
                    "profile": profile,
                    # the article's mentions in all: a closed set may hold only some of them
                    "tellings": len(mentions),
                },
            }
        if not mentions:
            yield {"kind": "empty", "data": article.id}
    for failure in failures:
        yield {"kind": "rejection", "data": json.dumps(failure)}


def mention_of(row: dict[str, Any]) -> Mention:
    return Mention.from_json(json.loads(row["data"]))


def claim_rows(mention: Mention) -> list[dict[str, Any]]:
    return [
        {
            "mention_id": mention.id,
            "article_id": mention.article_id,
            "field": c.field,
            "value": json.dumps(c.value, ensure_ascii=False),
            "qualifier": c.qualifier,
            "kind": c.kind,
            "actor": c.actor,
            "item": c.item,
            "role": c.role,
            "start": c.span.start,
            "end": c.span.end,
            "text": c.span.text,
            "attributed_to": c.attributed_to,
        }
        for c in mention.claims
    ]


# --- 3b. blocking keys, beside the article ------------------------------------------------
def profile_block_keys(profile: MentionProfile, article: Article) -> list[tuple[str, str]]:
    """A mention's blocking keys with their role, (key, STORED or PROBED), from its profile (built
    once, beside its article): a candidate pair is one mention probing a key another stores."""
    from newsledger.merge.blocking import block_keys

    own, lookup = block_keys(profile)
    # The resolver also pairs a wire copy's mention with its original's of the same index
    # whatever their keys: a key naming the original's mention links the two here too.
    wire = [f"{WIRE_KEY}{profile.article_id}:{profile.index}"]
    if article.duplicate_of:
        wire.append(f"{WIRE_KEY}{article.duplicate_of}:{profile.index}")
    stored = set(own) | set(wire)
    probed = set(lookup) | set(wire)
    return sorted({(k, STORED) for k in stored} | {(k, PROBED) for k in probed})


# --- 5. resolve --------------------------------------------------------------------------------
def cluster_component(
    members: Iterable[tuple[str, MentionProfile, int]],
    article_rows: Iterable[dict[str, Any]],
    scores: Iterable[ScoredPair],
) -> list[dict[str, Any]]:
    """Cluster one closed set with the merge stage's average linkage on the logits the
    components lap already computed (`batch.linked.cluster_scored`: no pair is scored twice);
    one row per incident with its mentions and the articles they cite, so that
    `resolve_group` summarises each anywhere.

    `members` are (mention JSON, profile built beside the article at extraction, how many
    mentions the article's extraction holds in all: its tellings, which decide whether it is a
    roundup, as `newsledger resolve` counts them; counted over the set, a roundup with two
    mentions in it passed for a story told twice and joined incidents a full run keeps apart:
    1 of 475 incidents on 300 gva_dev reports). Summaries
    are most of resolution's time on a large set (a 1,535-mention set of gva_dev: clustering
    9 s, the 1,201 summaries 36 s on a loaded machine), and only clustering needs the set in
    one place.
    """
    from newsledger.batch.linked import cluster_scored

    data: dict[str, tuple[str, str]] = {}
    profiles = []
    tellings: dict[str, int] = {}
    for text, profile, told in members:
        data[profile.mention_id] = (profile.article_id, text)
        profiles.append(profile)
        tellings[profile.article_id] = told
    rows = {row["id"]: row for row in article_rows}
    records = []
    for group in cluster_scored(profiles, scores, tellings):
        cited = {data[m][0] for m in group}
        cited |= {d for i in cited if (d := (rows.get(i) or {}).get("duplicate_of"))}
        records.append({
            "mentions": [data[m][1] for m in group],
            "articles": [rows[i] for i in sorted(cited) if i in rows],
        })  # fmt: skip
    return records


def resolve_group(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The incident of one cluster from `cluster_component`, summarised as ingest does: the
    merge stage's resolver on the cluster's own mentions gives that one cluster again (average
    linkage inside a cluster depends on its members only), with its summary and block keys.
    Swapping in another resolver is this import line and `cluster_scored`'s."""
    from newsledger.merge.resolve import resolve_mentions as resolve

    mentions = [Mention.from_json(json.loads(text)) for text in record["mentions"]]
    articles = {row["id"]: row_article(row) for row in record["articles"]}
    return [
        {
            "id": incident.id,
            "mention_ids": json.dumps(incident.mention_ids),
            "summary": json.dumps(incident.summary, ensure_ascii=False),
            "block_keys": json.dumps(incident.block_keys, ensure_ascii=False),
        }
        for incident in resolve(mentions, articles)
    ]


DATASETS = ("articles", "signatures", "rejections", "mentions", "claims", "incidents")
"""The job's Parquet datasets, in the order the loader reads them; Spark writes `_SUCCESS` in
each it finished."""

RUN_STAMP = "_RUN_ID"
"""The file holding the run's id in each dataset written (Spark and the loader skip names
starting with `_`)."""

COMPLETE_MARKER = "_COMPLETE"
"""The file holding the run's id at the top of --output, written once every dataset is."""


class JobOutputFolder:
    """The job's --output through Hadoop's FileSystem (local, HDFS, S3: what Spark writes to),
    for the few small files and removals that mark which run its datasets are of."""

    def __init__(self, spark: Any, folder: str) -> None:
        self._jvm = spark._jvm
        root = self._jvm.org.apache.hadoop.fs.Path(folder)
        self._fs = root.getFileSystem(spark._jsc.hadoopConfiguration())
        self.folder = folder

    def _path(self, *names: str) -> Any:
        return self._jvm.org.apache.hadoop.fs.Path("/".join((self.folder, *names)))

    def clear(self) -> None:
        """Remove an earlier run's marker and datasets (nothing else of the folder): a run that
        dies part way then leaves no dataset of another run beside its own."""
        for name in (COMPLETE_MARKER, *DATASETS):
            self._fs.delete(self._path(name), True)

    def write_text(self, text: str, *names: str) -> None:
        stream = self._fs.create(self._path(*names), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()


ALONGSIDE_WRITERS = 2
"""Threads submitting the Parquet writes that no later stage reads (articles and signatures
while extraction runs; mentions and claims while the pairs are made and scored). Written in
line they were serial steps between the stages: the driver planned each write (the first one
also warmed Spark SQL up, seconds of JVM time before any task ran) while the executors idled,
and a write's few tasks could not use the cores a stage with fewer tasks than cores left
free. Spark runs jobs from several threads at once (FIFO: the job's own stages keep
priority); the output is the same files."""

SUMMARY_TASKS_PER_CORE = 4
"""Summary tasks per core: clusters differ in size, so several small tasks a core even out."""

SPREAD_SET_MENTIONS = 500
"""Closed sets of at least this many mentions are clustered in one task and summarised in
many; smaller ones are clustered and summarised where they are. Spreading pays on a giant set
(gva_dev's 1,535 mentions) but costs on small ones: each cluster's articles are shuffled again
(600 synthetic articles, 21 sets of at most 119 mentions, local[1]: 117 -> 173 task-seconds
when every set was spread, measured when profiles were also built twice)."""


def resolve_component(
    members: Iterable[tuple[str, MentionProfile, int]],
    article_rows: Iterable[dict[str, Any]],
    scores: Iterable[ScoredPair],
    spread_from: int,
) -> list[dict[str, Any]]:
    """One closed set, clustered on its pre-scored pairs: its incident rows ("incident"), or,
    for a set of `spread_from` mentions or more, its clusters ("cluster") for `resolve_group`
    to summarise in other tasks."""
    members = list(members)
    clusters = cluster_component(members, article_rows, scores)
    if len(members) >= spread_from:
        return [{"kind": "cluster", "data": c} for c in clusters]
    return [{"kind": "incident", "data": row} for c in clusters for row in resolve_group(c)]


def run_batch(
    inputs: Sequence[str],
    output: str,
    *,
    db_url: str | None = None,
    master: str = "local[2]",
    spark: Any = None,
    spread_from: int = SPREAD_SET_MENTIONS,
    on_stage: StageCallback | None = None,
    on_spark_start: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Run the whole batch; returns counts. Loads into the store when `db_url` is given.
    `spread_from`: the size of a closed set from which its summaries are spread over tasks;
    `on_stage(name, seconds)` is told each stage as it ends (the load into the store too);
    `on_spark_start()` once the inputs are checked, before Spark's start-up."""
    if not inputs:
        raise NewsledgerError(
            "no --input given: pass files, folders or globs Spark can read (or --load-only to "
            "load a finished run's --output into the store)"
        )
    check_local_inputs(inputs, master)
    own_session = spark is None
    if own_session and on_spark_start is not None:
        on_spark_start()
    spark = spark or spark_session(master)
    try:
        result = _run(spark, inputs, output.rstrip("/"), spread_from, on_stage)
        result["driver_peak_rss_mb"] = driver_peak_rss_mb(spark)
    finally:
        if own_session:
            spark.stop()
    if db_url:
        from newsledger.batch.load import load_job_output

        start = time.perf_counter()
        result["loaded"] = load_job_output(result["output"], db_url)
        result["db"] = db_url
        if on_stage is not None:
            on_stage("load into the store", round(time.perf_counter() - start, 1))
    return result


_URI_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def check_local_inputs(inputs: Sequence[str], master: str) -> None:
    """Refuse an input that names no file before Spark starts: Spark's own answer, after its
    start-up, was a Java stack trace of 185 lines ("Input Pattern ... matches 0 files").

    Only what Spark reads from this machine's disk is checked: a `file:` input, or a path
    without a scheme when the master is `local[...]` (on a cluster such a path is resolved
    against `fs.defaultFS`, often HDFS, not the driver's disk). Hadoop's brace globs
    (`/data/{2019,2020}/*.jsonl`) are expanded, and an input is refused only when no match
    holds a file (a glob whose first match is an empty folder is read by Spark)."""
    from newsledger.ingest.sources import expand_paths

    on_local_master = master.strip().startswith("local")
    for given in inputs:
        if not given.startswith("file:") and (_URI_SCHEME.match(given) or not on_local_master):
            continue
        local = given.removeprefix("file://") if given.startswith("file://") else given
        local = local.removeprefix("file:")
        refusal: str | None = None
        for entry in expand_paths(list(hadoop_brace_expansion(local))):
            if not isinstance(entry, Rejection):
                refusal = None
                break  # one file found is enough: Spark lists the rest
            refusal = refusal or entry.reason
        if refusal is not None:
            raise NewsledgerError(f"--input {given}: {refusal}")


def hadoop_brace_expansion(pattern: str) -> list[str]:
    """The patterns a Hadoop glob's `{a,b}` alternatives stand for (nested ones too), in order;
    Python's glob has no braces."""
    opening = pattern.find("{")
    if opening < 0:
        return [pattern]
    depth = 0
    commas: list[int] = []
    for index in range(opening, len(pattern)):
        char = pattern[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                bounds = [opening, *commas, index]
                head, tail = pattern[:opening], pattern[index + 1 :]
                return [
                    expanded
                    for left, right in itertools.pairwise(bounds)
                    for expanded in hadoop_brace_expansion(head + pattern[left + 1 : right] + tail)
                ]
        elif char == "," and depth == 1:
            commas.append(index)
    return [pattern]  # an unclosed brace is a plain character


def _run(
    spark: Any,
    inputs: Sequence[str],
    out: str,
    spread_from: int,
    on_stage: StageCallback | None = None,
) -> dict[str, Any]:
    """The job's stages, with the Parquet writes no later stage reads run alongside them;
    the output is cleared first and marked complete last (see `JobOutputFolder`)."""
    schemas = parquet_schemas()
    clock = StageClock(on_stage)
    run_id = uuid.uuid4().hex
    folder = JobOutputFolder(spark, out)
    folder.clear()

    def save(name: str, rows: Any, sort: Sequence[str]) -> None:
        schema = schemas[name]
        frame = spark.createDataFrame(rows.map(lambda r: ordered(r, schema)), schema)
        if sort:  # rows of one article together, in order: the loader streams them
            frame = frame.repartition(*sort[:1]).sortWithinPartitions(*sort)
        frame.write.mode("overwrite").parquet(f"{out}/{name}")
        folder.write_text(run_id, name, RUN_STAMP)

    def write(name: str, rows: Any, sort: Sequence[str] = ()) -> None:
        save(name, rows, sort)
        clock.lap(f"write {name}")

    alongside = ThreadPoolExecutor(max_workers=ALONGSIDE_WRITERS, thread_name_prefix="write")
    pending: list[Future[None]] = []

    def write_alongside(name: str, rows: Any, sort: Sequence[str] = ()) -> None:
        """A write nothing later in the job reads: submitted from another thread, so its
        tasks fill the cores the job's own stage leaves idle (see ALONGSIDE_WRITERS)."""

        def timed() -> None:
            start = time.perf_counter()
            save(name, rows, sort)
            clock.record(f"write {name} (alongside)", time.perf_counter() - start)

        pending.append(alongside.submit(timed))

    try:
        result = _stages(spark, inputs, out, spread_from, clock, write, write_alongside, pending)
    finally:
        alongside.shutdown(wait=True)
    folder.write_text(run_id, COMPLETE_MARKER)
    return result | {"run_id": run_id}


def _stages(
    spark: Any,
    inputs: Sequence[str],
    out: str,
    spread_from: int,
    clock: StageClock,
    write: Callable[..., None],
    write_alongside: Callable[..., None],
    pending: list[Future[None]],
) -> dict[str, Any]:
    from pyspark import StorageLevel

    from newsledger.batch.graph import component_pairs
    from newsledger.batch.linked import (
        above_threshold,
        cell,
        cell_index,
        grid_size,
        key_pairs,
        profile_cells,
        scored_pairs,
    )

    sc = spark.sparkContext
    # 1. read, exact duplicates
    read_tasks = max(2, READ_TASKS_PER_CORE * sc.defaultParallelism)
    files = sc.binaryFiles(",".join(inputs), minPartitions=read_tasks)
    read = files.mapPartitions(read_partition).persist(StorageLevel.MEMORY_AND_DISK)
    rejections = read.filter(lambda r: r["kind"] == "rejection").map(lambda r: r["data"])
    unique = (
        read.filter(lambda r: r["kind"] == "article")
        .map(lambda r: (r["data"]["id"], r["data"]))
        .reduceByKey(lambda a, b: a if (a["origin"] or "") <= (b["origin"] or "") else b)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )

    # 2. near duplicates: band pairs → components → ingest's rule per group
    pairs = (
        unique.values()
        .flatMap(band_rows)
        .groupByKey()
        .flatMap(lambda kv: similar_pairs(kv[1]))
        .distinct()
    )
    copies = component_pairs(pairs)
    articles = (
        unique.leftOuterJoin(copies)
        .map(lambda kv: (kv[1][1] or kv[0], kv[1][0]))
        .groupByKey()
        .flatMap(lambda kv: settle_group(kv[1]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    n_articles = articles.count()
    n_read = read.filter(lambda r: r["kind"] == "article").count()  # persisted: no re-read
    clock.lap("read, exact and near duplicates")
    write_alongside("articles", articles)
    write_alongside(
        "signatures", articles.filter(lambda r: not r["duplicate_of"]).map(signature_row)
    )

    # 3. extraction (+ blocking keys) per partition
    partitions = extract_partitions(n_articles, sc.defaultParallelism)
    extracted = (
        articles.repartition(partitions)
        .mapPartitions(extract_partition)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    mentions = extracted.filter(lambda r: r["kind"] == "mention").map(lambda r: r["data"])
    failures = extracted.filter(lambda r: r["kind"] == "rejection").map(
        lambda r: json.loads(r["data"])
    )
    write("rejections", rejections.union(failures))
    write_alongside("mentions", mentions, sort=("article_id", "index"))
    write_alongside("claims", mentions.flatMap(lambda r: claim_rows(mention_of(r))))
    n_mentions = mentions.count()  # read back from the persisted extraction: no new parse
    tasks = reduce_partitions(n_mentions, sc.defaultParallelism)

    # 4. shuffle by blocking key → candidate pairs, scored over a grid of tasks → closed sets
    # (components of the pairs above the link threshold, by ids: batch/linked.py says why)
    pairs = (
        mentions.flatMap(lambda r: [(k, (r["id"], r["article_id"], role)) for k, role in r["keys"]])
        .groupByKey(tasks)
        .flatMap(lambda kv: key_pairs(kv[0], kv[1]))
        .map(lambda p: ((p[0], p[1]), p[2]))
        .reduceByKey(lambda a, b: a or b, tasks)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    n_pairs = pairs.count()
    clock.lap("candidate pairs")
    size = grid_size(sc.defaultParallelism, n_pairs)
    cells = size * (size + 1) // 2
    # Keyed by the cell's own number, which a small int hashes to: one task per grid cell (the
    # hash of (x, y) cells into partitions left some tasks two cells and others none). Each
    # blocked pair is scored here and only here.
    to_score = pairs.filter(lambda kv: not kv[1]).map(
        lambda kv: (cell_index(cell(kv[0][0], kv[0][1], size), size), kv[0])
    )
    profiles = mentions.flatMap(
        lambda r: [(cell_index(c, size), r["profile"]) for c in profile_cells(r["id"], size)]
    )
    scored = (
        to_score.cogroup(profiles, numPartitions=cells)
        .flatMap(lambda kv: scored_pairs(kv[1][0], kv[1][1]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    n_scored = scored.count()
    clock.lap("pair scoring")
    linked = scored.mapPartitions(above_threshold)
    edges = pairs.filter(lambda kv: kv[1]).keys().union(linked)
    component_of = component_pairs(edges).persist(StorageLevel.MEMORY_AND_DISK)
    by_mention = mentions.map(lambda r: (r["id"], resolution_row(r)))
    # The graph's side first: its one union-find task (the whole graph, growing with the
    # corpus while each extracted partition does not) is then the stage's first task, not
    # its last, so it never runs alone at the end of the stage.
    placed = (
        component_of.rightOuterJoin(by_mention, tasks)
        .map(lambda kv: (kv[1][0] or kv[0], kv[1][1]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )  # (component, mention row)
    # Materialises `placed` (persisted) so the clock parts keys from resolution, and sizes the
    # sets: the largest few (never more than a task each) start resolution's first tasks.
    set_sizes = (
        placed.mapValues(lambda _: 1)
        .reduceByKey(lambda a, b: a + b, tasks)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    largest = set_sizes.takeOrdered(tasks, key=lambda kv: (-kv[1], kv[0]))
    clock.lap("blocking-key components")

    # 5. each set's articles (and the originals of its wire copies, named by the members'
    # profiles) meet its mentions: the articles, full text and all, are joined once
    by_article = articles.map(lambda r: (r["id"], r))
    set_articles = (
        placed.flatMap(lambda kv: articles_needed(kv[0], kv[1]["profile"]))
        .distinct(tasks)
        .join(by_article, tasks)
        .map(lambda kv: (kv[1][0], kv[1][1]))
    )
    # each set's scored pairs (a pair below the threshold may span two sets: dropped there)
    set_scores = (
        scored.map(lambda t: (t[0], t)).join(component_of, tasks).map(lambda kv: kv[1][::-1])
    )
    set_members = placed.mapValues(lambda r: (r["data"], r["profile"], r["tellings"]))
    resolved = (
        group_with(
            (set_members, set_articles, set_scores),
            tasks,
            partial(largest_first, {key: i for i, (key, _) in enumerate(largest)}),
        )
        .flatMap(
            lambda kv: (
                resolve_component(kv[1][0], kv[1][1], kv[1][2], spread_from) if kv[1][0] else []
            )
        )
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    incidents = resolved.filter(lambda r: r["kind"] == "incident").map(lambda r: r["data"])
    clusters = resolved.filter(lambda r: r["kind"] == "cluster").map(lambda r: r["data"])
    # Counted in full (not `isEmpty`, whose partial read costs the Python worker): resolution
    # runs here, on the persisted sets, and the spread stages exist only when a set is large.
    n_spread = clusters.count()
    clock.lap("resolution")
    if n_spread:
        spread = clusters.repartition(SUMMARY_TASKS_PER_CORE * sc.defaultParallelism)
        incidents = incidents.union(spread.flatMap(resolve_group)).coalesce(tasks)
    write("incidents", incidents)
    for done in pending:
        done.result()  # every write finished (and any failure raised) before the counts
    clock.lap("writes alongside finished")
    return {
        "read": n_read,
        "duplicates": n_read - n_articles,
        "articles": n_articles,
        "near_duplicates": articles.filter(lambda r: bool(r["duplicate_of"])).count(),
        "rejections": spark.read.parquet(f"{out}/rejections").count(),
        "mentions": spark.read.parquet(f"{out}/mentions").count(),
        "resolution_sets": set_sizes.count(),
        "largest_resolution_set": largest[0][1] if largest else 0,
        "incidents": spark.read.parquet(f"{out}/incidents").count(),
        "candidate_pairs": n_pairs,
        "pairs_scored": n_scored,
        "pairs_linked": linked.count(),
        "scoring_tasks": cells,
        "reduce_tasks": tasks,
        "spread_clusters": n_spread,
        "stage_seconds": clock.laps,
        "output": out,
    }


def group_with(
    rdds: Sequence[Any], partitions: int, partition_of: Callable[[Any], int] | None = None
) -> Any:
    """`RDD.groupWith` in `partitions` tasks: key -> one list of values per input RDD. PySpark's
    own takes no task count and runs as many tasks as its inputs have partitions together.
    `partition_of` places each key (default: Spark's hash), as `largest_first` does."""
    from pyspark.rdd import portable_hash

    tagged = [rdd.mapValues(partial(tag_value, i)) for i, rdd in enumerate(rdds)]
    union = tagged[0].union(tagged[1]) if len(tagged) > 1 else tagged[0]
    for more in tagged[2:]:
        union = union.union(more)
    grouped = union.groupByKey(partitions, partition_of or portable_hash)
    return grouped.mapValues(partial(untag_values, len(rdds)))


def largest_first(rank: dict[str, int], key: str) -> int:
    """The task of a closed set in resolution: the k-th largest set (rank k, only the few
    largest are ranked) alone at the head of task k, every other set by hash. Spark starts a
    stage's tasks in partition order, so the longest tasks start first instead of waiting for a
    last wave in which one core clusters a large set while the other idles (a hash put the
    5,000-article corpus's largest sets in any task; the cost of clustering grows faster than
    a set's size). Spark takes the answer modulo the task count (`RDD.partitionBy`), and
    only as many sets are ranked as there are tasks."""
    from pyspark.rdd import portable_hash

    ranked = rank.get(key)
    return ranked if ranked is not None else portable_hash(key)


def resolution_row(row: dict[str, Any]) -> dict[str, Any]:
    """What resolution needs of an extracted mention row: its blocking keys (a few hundred
    strings a mention, 214 on average at 5,000 synthetic articles) were for the pairs only, and
    would otherwise be pickled through the components join and kept with the placed mentions."""
    return {"article_id": row["article_id"], "data": row["data"], "profile": row["profile"],
            "tellings": row["tellings"]}  # fmt: skip


def articles_needed(component: str, profile: MentionProfile) -> list[tuple[str, str]]:
    """(article id, set) of the articles a set's member needs: its own and, for a wire copy,
    its original (the profile carries `duplicate_of` from the article it was built beside), so
    the articles are joined to the sets once, not once more to find the originals."""
    needed = [(profile.article_id, component)]
    if profile.duplicate_of:
        needed.append((profile.duplicate_of, component))
    return needed


def tag_value(index: int, value: Any) -> tuple[int, Any]:
    return index, value


def untag_values(count: int, tagged: Iterable[tuple[int, Any]]) -> tuple[list[Any], ...]:
    """The values of one key, split back by the input they came from."""
    split: tuple[list[Any], ...] = tuple([] for _ in range(count))
    for index, value in tagged:
        split[index].append(value)
    return split


StageCallback = Callable[[str, float], None]
"""Told each stage's name and wall seconds as it ends (`run_batch`'s `on_stage`)."""


class StageClock:
    """Wall time between the job's actions (each runs the lazy stages it needs first): where a
    run spends its time, reported with the counts, and told to `on_stage` as each ends (a run of
    minutes printed nothing before its summary)."""

    def __init__(self, on_stage: StageCallback | None = None) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()
        self._on_stage = on_stage
        self._lock = threading.Lock()  # writes alongside record from their own threads

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.record(name, now - self._last)
        self._last = now

    def record(self, name: str, seconds: float) -> None:
        """A stage timed elsewhere (a write alongside the job's own stages)."""
        with self._lock:
            self.laps[name] = round(seconds, 1)
            if self._on_stage is not None:
                self._on_stage(name, self.laps[name])


def signature_row(row: dict[str, Any]) -> dict[str, Any]:
    """An original article's MinHash bands and signature, for the store's near-duplicate index
    (computed here on the executors, so loading never fingerprints on the driver)."""
    from newsledger.ingest.dedup import fingerprint

    fp = fingerprint(row["text"])
    return {"article_id": row["id"], "bands": json.dumps(list(fp.bands)),
            "signature": bytearray(fp.signature_bytes)}  # fmt: skip


def driver_peak_rss_mb(spark: Any) -> dict[str, float]:
    """Peak resident memory of the driver: this Python process and Spark's driver JVM (Linux
    /proc; the JVM figure is absent where /proc or the gateway process is not visible)."""
    from newsledger.bench import peak_rss_mb

    result = {"python": round(peak_rss_mb(), 1)}
    gateway = getattr(spark.sparkContext, "_gateway", None)
    proc = getattr(gateway, "proc", None)
    pid = getattr(proc, "pid", None)
    status = Path(f"/proc/{pid}/status") if pid else None
    if status is not None and status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                result["jvm"] = round(int(line.split()[1]) / 1024, 1)
    return result

"""`newsledger batch`: the same ingest, dedup, extraction and resolution functions on Spark.

Flow (each step calls the stage function the single-machine path calls; no second
implementation of any stage):
1. `binaryFiles(PATHS)` (local, HDFS, S3... whatever the cluster reads; globs allowed) →
   `mapPartitions(read_partition)`: each file goes through `ingest.read_file` → articles and
   rejections.
2. Exact duplicates: one row per content-hash id. Near duplicates: MinHash band keys
   (`ingest.dedup.fingerprint`) grouped in Spark give candidate pairs; pairs above the threshold
   form groups, and each group is settled by `ingest.dedup.mark_near_duplicates`, the same
   id-ordered rule ingest uses.
3. `mapPartitions(extract_partition)`: spaCy loaded once per partition (`load_pipeline` is cached
   per worker process), `extract.runner.extract_many` → mentions and claims.
4. Parquet: articles, rejections, mentions, claims (then incidents).
5. Resolution: blocking keys (`merge.blocking.block_keys`) computed in Spark; mentions sharing a
   key form connected groups, and each group is resolved by `merge.resolve.resolve_mentions`.
6. The result is loaded into the store (`--db`), whose incidents then match `newsledger ingest`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from newsledger.errors import NewsledgerError
from newsledger.model import Article, Mention, Rejection

SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.python.worker.reuse": "true",
    "spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive": "true",
}
"""Local-mode defaults: no UI, loopback only, few shuffle partitions (a cluster overrides these
through spark-submit --conf), recursive folder reads like `newsledger ingest`."""

FILES_PER_PARTITION = 64
"""binaryFiles packs small files into partitions; extraction repartitions articles anyway."""

ARTICLES_PER_EXTRACT_PARTITION = 200
"""Articles per extraction task: enough to amortise loading spaCy per partition (~1 s)."""


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
    from pyspark.sql.types import BooleanType, IntegerType, StringType, StructField, StructType

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
        "incidents": StructType(strings("id", "mention_ids", "summary")),
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


def connected_groups(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find: member id → smallest id of its group (deterministic group key)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in list(parent)}


def settle_group(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply ingest's own near-duplicate rule to one group of candidate copies."""
    from newsledger.ingest.dedup import NearDuplicateIndex, mark_near_duplicates

    articles = [row_article(r) for r in rows]
    mark_near_duplicates(articles, NearDuplicateIndex(None))
    return [article_row(a) for a in articles]


# --- 3. extract --------------------------------------------------------------------------------
def extract_partition(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Spark task: analyse and extract a partition of articles (the model loads once)."""
    from newsledger.extract.runner import extract_many

    articles = [row_article(r) for r in rows]
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
            yield {"kind": "mention", "data": json.dumps(mention.to_json())}
        if not mentions:
            yield {"kind": "empty", "data": article.id}
    for failure in failures:
        yield {"kind": "rejection", "data": json.dumps(failure)}


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


# --- 5. resolve --------------------------------------------------------------------------------
def mention_block_keys(mention_json: str, articles: dict[str, Article]) -> list[str]:
    from newsledger.merge.blocking import block_keys
    from newsledger.merge.profile import build_profile

    mention = Mention.from_json(json.loads(mention_json))
    own, lookup = block_keys(build_profile(mention, articles))
    # Candidates pair one mention's lookup keys with another's own keys; grouping on both
    # gives connected groups closed under that relation (a superset, never a split).
    return sorted(set(own) | set(lookup))


def run_batch(
    inputs: Sequence[str],
    output: str,
    *,
    db_url: str | None = None,
    master: str = "local[2]",
    spark: Any = None,
) -> dict[str, Any]:
    """Run the whole batch; returns counts. Loads into the store when `db_url` is given."""
    if not inputs:
        raise NewsledgerError("no --input given: pass files, folders or globs Spark can read")
    own_session = spark is None
    spark = spark or spark_session(master)
    sc = spark.sparkContext
    try:
        files = sc.binaryFiles(",".join(inputs), minPartitions=max(2, sc.defaultParallelism))
        read = files.mapPartitions(read_partition).cache()
        rejections = read.filter(lambda r: r["kind"] == "rejection").map(lambda r: r["data"])
        articles = (
            read.filter(lambda r: r["kind"] == "article")
            .map(lambda r: (r["data"]["id"], r["data"]))
            .reduceByKey(lambda a, b: a if (a["origin"] or "") <= (b["origin"] or "") else b)
            .values()
            .cache()
        )
        pairs = (
            articles.flatMap(band_rows)
            .groupByKey()
            .flatMap(lambda kv: similar_pairs(kv[1]))
            .distinct()
        )
        group_of = connected_groups(pairs.collect())
        groups = sc.broadcast(group_of)
        articles = (
            articles.map(lambda r: (groups.value.get(r["id"], r["id"]), r))
            .groupByKey()
            .flatMap(lambda kv: settle_group(kv[1]))
            .cache()
        )
        n_articles = articles.count()
        partitions = max(2, -(-n_articles // ARTICLES_PER_EXTRACT_PARTITION))
        extracted = articles.repartition(partitions).mapPartitions(extract_partition).cache()
        mention_json = extracted.filter(lambda r: r["kind"] == "mention").map(lambda r: r["data"])
        failures = extracted.filter(lambda r: r["kind"] == "rejection").map(
            lambda r: json.loads(r["data"])
        )
        all_rejections = rejections.union(failures).collect()

        out = output.rstrip("/")
        schemas = parquet_schemas()

        def write(name: str, rows: Any) -> None:
            schema = schemas[name]
            data = (
                rows.map(lambda r: ordered(r, schema))
                if hasattr(rows, "map")
                else [ordered(r, schema) for r in rows]
            )
            spark.createDataFrame(data, schema).write.mode("overwrite").parquet(f"{out}/{name}")

        write("articles", articles)
        mentions = mention_json.map(lambda mj: Mention.from_json(json.loads(mj))).cache()
        write("mentions", mentions.map(
            lambda m: {"id": m.id, "article_id": m.article_id, "index": m.index, "main": m.main,
                       "data": json.dumps(m.to_json(), ensure_ascii=False)}
        ))  # fmt: skip
        write("claims", mentions.flatMap(claim_rows))
        write("rejections", all_rejections)

        # Resolution: keys in Spark, connected groups, each group resolved by the merge stage.
        article_list = [row_article(r) for r in articles.collect()]
        by_id = {a.id: a for a in article_list}
        by_id_bc = sc.broadcast(by_id)
        keyed = mention_json.flatMap(
            lambda mj: [(k, json.loads(mj)["article_id"] + ":" + str(json.loads(mj)["index"]))
                        for k in mention_block_keys(mj, by_id_bc.value)]
        )  # fmt: skip
        block_pairs = keyed.groupByKey().flatMap(
            lambda kv: [(a, b) for a, b in zip(sorted(kv[1]), sorted(kv[1])[1:], strict=False)]
        )
        mention_group = sc.broadcast(connected_groups(block_pairs.collect()))
        resolved = (
            mentions.map(lambda m: (mention_group.value.get(m.id, m.id), m))
            .groupByKey()
            .flatMap(lambda kv: resolve_group(list(kv[1]), by_id_bc.value))
            .collect()
        )
        write("incidents", [
            {"id": i.id, "mention_ids": json.dumps(i.mention_ids), "summary": json.dumps(i.summary)}
            for i in resolved
        ])  # fmt: skip

        result = {
            "articles": n_articles,
            "near_duplicates": sum(1 for a in article_list if a.duplicate_of),
            "rejections": len(all_rejections),
            "mentions": mentions.count(),
            "incidents": len(resolved),
            "output": out,
        }
        if db_url:
            load_into_store(db_url, article_list, mentions.collect(), resolved, all_rejections)
            result["db"] = db_url
        return result
    finally:
        if own_session:
            spark.stop()


def resolve_group(mentions: list[Mention], articles: dict[str, Article]) -> list[Any]:
    """Resolve one connected group of mentions with the merge stage's batch resolver."""
    from newsledger.merge.resolve import resolve_mentions

    needed = {m.article_id: articles[m.article_id] for m in mentions if m.article_id in articles}
    return resolve_mentions(mentions, needed)


def load_into_store(
    db_url: str,
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    incidents: Sequence[Any],
    rejections: Sequence[dict[str, Any]],
) -> None:
    """Write the batch result into the store: articles, mentions, incidents, rejections."""
    from newsledger.ingest.dedup import fingerprint
    from newsledger.store import open_store

    store = open_store(db_url)
    try:
        ordered = sorted(articles, key=lambda a: a.id)
        for start in range(0, len(ordered), 500):
            store.add_articles(ordered[start : start + 500])
        for article in ordered:
            if article.duplicate_of is None:
                fp = fingerprint(article.text)
                store.add_lsh_bands(article.id, list(fp.bands), fp.signature_bytes)
        by_article: dict[str, list[Mention]] = {a.id: [] for a in ordered}
        for mention in mentions:
            by_article.setdefault(mention.article_id, []).append(mention)
        for article_id, items in by_article.items():
            store.save_mentions(article_id, sorted(items, key=lambda m: m.index))
        if store.count_incidents() == 0:
            store.save_incidents(list(incidents))
        else:  # an existing ledger: link into it incrementally, as `newsledger ingest` does
            from newsledger.merge.resolve import add_mentions

            add_mentions(store, list(mentions), {a.id: a for a in articles})
        store.add_rejections(Rejection(r["origin"], r["reason"]) for r in rejections)
    finally:
        store.close()

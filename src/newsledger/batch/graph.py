"""Connected components of a graph held in Spark DataFrames.

Used twice by the batch job: near-duplicate candidate pairs → groups of copies, and mentions
sharing a blocking key → the sets of mentions that resolution must see together. The graph
never reaches the driver, which only counts edges and changed labels. A graph small enough for
one executor (millions of edges) is settled there by a union-find in one task; a larger one by
min-label propagation: each node starts labelled with itself and every round takes the smallest
label among its own and its neighbours', then its label's label (pointer jumping). Callers
build star-shaped edges (every member of a group linked to the group's smallest member) rather
than chains, which keeps the rounds few.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsledger.errors import NewsledgerError

MAX_ROUNDS = 200
"""Rounds before giving up: star-shaped groups chained through shared members converge in a
handful; hundreds would mean a pathological chain worth looking at, not waiting on."""


ONE_TASK_EDGES = 2_000_000
"""Graphs with at most this many edges are settled by one task's union-find (~100 bytes an
edge in Python: 200 MB at most, on an executor, never the driver); larger ones by rounds of
label propagation. Each round is about ten small Spark jobs whose fixed cost, not their work,
made the blocking-key components a third of a 600-article run (70 jobs, 75 s)."""


def union_find(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every node of `edges` -> the smallest node of its connected component."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: root(node) for node in parent}


def components_of_partition(edges: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """Spark task: (id, component) of every node of the edges it holds (the whole graph)."""
    yield from union_find((str(src), str(dst)) for src, dst in edges).items()


def connected_components(edges: Any, one_task_edges: int = ONE_TASK_EDGES) -> Any:
    """DataFrame (id, component) for every node of `edges` (columns src, dst); the component
    is the smallest id in it, so the result does not depend on partitioning or order. A graph
    of at most `one_task_edges` edges is settled in one task (`union_find`), a larger one by
    `propagated_components`."""
    edges = edges.select("src", "dst").localCheckpoint()
    if edges.count() > one_task_edges:
        return propagated_components(edges)
    nodes = edges.rdd.map(tuple).coalesce(1).mapPartitions(components_of_partition)
    return edges.sparkSession.createDataFrame(nodes, "id string, component string")


def component_pairs(edges: Any, one_task_edges: int = ONE_TASK_EDGES) -> Any:
    """`connected_components` for an RDD of (src, dst) id pairs: an RDD of (id, component).

    What the job calls: its edges and its consumers are Python RDDs, and a graph of at most
    `one_task_edges` edges (every graph the job has met) is settled by one task's union-find on
    the RDD itself. Going through DataFrames cost a local checkpoint, a count and two
    conversions between Python rows and the JVM's per call: 5 jobs where 2 do, and Spark SQL
    warmed up on the driver before the first job could start (the whole graph still never
    reaches the driver). Only a larger graph goes to `propagated_components`."""
    from pyspark import StorageLevel

    edges = edges.persist(StorageLevel.MEMORY_AND_DISK)
    if edges.count() > one_task_edges:
        from pyspark.sql import SparkSession

        spark = SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()
        frame = spark.createDataFrame(edges, "src string, dst string")
        return propagated_components(frame.localCheckpoint()).rdd.map(tuple)
    return edges.coalesce(1).mapPartitions(components_of_partition)


def propagated_components(edges: Any) -> Any:
    """`connected_components` by rounds of min-label propagation over the executors.

    Each round a node takes the smallest label among its own and its neighbours', then the
    label of the node its label names (pointer jumping: labels are ids of the same component,
    so this keeps every label inside it and halves the chains a round must walk). Rounds fall
    from the graph's diameter to about its logarithm: each round is a few Spark jobs whose
    fixed cost, not their work, made the blocking-key components a third of a small run."""
    from pyspark.sql import functions as F

    both = (
        edges.select("src", "dst")
        .union(edges.select(F.col("dst").alias("src"), F.col("src").alias("dst")))
        .distinct()
        .localCheckpoint()
    )
    labels = (
        both.groupBy("src")
        .agg(F.least(F.col("src"), F.min("dst")).alias("component"))
        .withColumnRenamed("src", "id")
        .localCheckpoint()
    )
    for _ in range(MAX_ROUNDS):
        offered = both.join(labels, both.src == labels.id).select(
            F.col("dst").alias("id"), F.col("component")
        )
        spread = (
            offered.union(labels.select("id", "component"))
            .groupBy("id")
            .agg(F.min("component").alias("component"))
        )
        parent = spread.select(F.col("id").alias("pid"), F.col("component").alias("grand"))
        updated = (
            spread.join(parent, spread.component == parent.pid, "left")
            .select("id", F.least("component", F.coalesce("grand", "component")).alias("component"))
            .localCheckpoint()
        )
        changed = (
            updated.alias("u")
            .join(labels.alias("l"), "id")
            .where(F.col("u.component") != F.col("l.component"))
            .count()
        )
        labels = updated
        if changed == 0:
            return labels
    raise NewsledgerError(
        f"connected components did not settle in {MAX_ROUNDS} rounds: a blocking key chains "
        "too many mentions; look at the most frequent keys in the mentions Parquet"
    )

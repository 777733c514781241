"""Connected components of a graph held in Spark DataFrames (min-label propagation).

Used twice by the batch job: near-duplicate candidate pairs → groups of copies, and mentions
sharing a blocking key → the sets of mentions that resolution must see together. The driver
only counts how many labels changed per round; the graph never leaves the executors.

Each node starts labelled with itself; every round, a node takes the smallest label among its
own and its neighbours'. The number of rounds is the graph's diameter plus one, so callers build
star-shaped edges (every member of a group linked to the group's smallest member) rather than
chains, which keeps the diameter at a few hops.
"""

from __future__ import annotations

from typing import Any

from newsledger.errors import NewsledgerError

MAX_ROUNDS = 200
"""Rounds before giving up: star-shaped groups chained through shared members converge in a
handful; hundreds would mean a pathological chain worth looking at, not waiting on."""


def star_edges(members: Any, group_col: str, node_col: str) -> Any:
    """Edges (src, dst) from each node of a group to the group's smallest node."""
    from pyspark.sql import functions as F

    hubs = members.groupBy(group_col).agg(F.min(node_col).alias("hub"))
    return (
        members.join(hubs, group_col)
        .where(F.col(node_col) != F.col("hub"))
        .select(F.col(node_col).alias("src"), F.col("hub").alias("dst"))
        .distinct()
    )


def connected_components(edges: Any) -> Any:
    """DataFrame (id, component) for every node of `edges` (columns src, dst); the component
    is the smallest id in it, so the result does not depend on partitioning or order."""
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
        updated = (
            offered.union(labels.select("id", "component"))
            .groupBy("id")
            .agg(F.min("component").alias("component"))
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

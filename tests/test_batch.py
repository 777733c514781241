"""The Spark batch path (local[2]) gives the same incidents as `newsledger ingest`."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pandas as pd
import pytest

from conftest import IN_CI, require_shared


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pyspark_missing = True
    else:
        pyspark_missing = False
    if pyspark_missing or shutil.which("java") is None:
        if IN_CI:
            pytest.fail("PySpark and Java are needed: .ci/run installs them")
        pytest.skip("PySpark or Java not installed")
    from newsledger.batch.job import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """The four seeds, a wire copy and an exact copy of one of them, and a broken file."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    source = sorted(seeds_dir.glob("*.txt"))[-1]
    shutil.copy(source, folder / "exact_copy.txt")  # the same text twice: one article
    (folder / "wire_copy.txt").write_text(
        source.read_text(encoding="utf-8") + "\n\nDistributed by a news agency.\n",
        encoding="utf-8",
    )
    (folder / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    return folder


def incident_view(url: str) -> list[tuple[str, int, tuple[str, ...], str | None]]:
    import newsledger

    with newsledger.open(url) as ledger:
        rows = ledger.incidents(sort="date")
    return sorted(
        (row["id"], row["sources"], tuple(sorted(row["articles"])), row["date"]) for row in rows
    )


JOB_STAGES_IN_ORDER = (
    "read, exact and near duplicates",
    "write rejections",
    "candidate pairs",
    "pair scoring",
    "blocking-key components",
    "resolution",
    "write incidents",
    "writes alongside finished",
    "load into the store",
)
"""The stages `newsledger batch` tells in turn (docs: README's batch paragraph)."""
JOB_STAGES = (
    *JOB_STAGES_IN_ORDER,
    "write articles (alongside)",
    "write signatures (alongside)",
    "write mentions (alongside)",
    "write claims (alongside)",
)
"""With the Parquet writes no later stage reads, told as each ends, in any order."""


@pytest.mark.spark
def test_batch_matches_ingest(spark: object, corpus: Path, tmp_path: Path) -> None:
    import newsledger
    from newsledger.batch.job import run_batch

    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    with newsledger.open(ingest_url) as ledger:
        ledger.ingest([corpus])

    batch_url = f"sqlite:///{tmp_path / 'batch.db'}"
    told: list[tuple[str, float]] = []
    result = run_batch(
        [str(corpus)],
        str(tmp_path / "out"),
        db_url=batch_url,
        spark=spark,
        on_stage=lambda stage, seconds: told.append((stage, seconds)),
    )
    assert result["read"] == 6 and result["duplicates"] == 1
    assert result["articles"] == 5
    # every stage is told once as it ends, in the job's order, the load into the store last
    names = [stage for stage, _ in told]
    assert sorted(names) == sorted(JOB_STAGES), names
    assert [n for n in names if n in JOB_STAGES_IN_ORDER] == list(JOB_STAGES_IN_ORDER)
    assert names[-1] == "load into the store"
    assert result["near_duplicates"] == 1
    assert result["rejections"] >= 1
    assert 1 <= result["largest_resolution_set"] <= result["mentions"]
    assert result["resolution_sets"] >= 1
    assert set(result["stage_seconds"]) >= {
        "write mentions (alongside)",
        "blocking-key components",
        "write incidents",
        "writes alongside finished",
    }

    assert incident_view(batch_url) == incident_view(ingest_url)

    articles = pd.read_parquet(tmp_path / "out" / "articles")
    assert len(articles) == 5
    assert articles["duplicate_of"].notna().sum() == 1
    claims = pd.read_parquet(tmp_path / "out" / "claims")
    for row in claims.itertuples():
        text = articles.loc[articles["id"] == row.article_id, "text"].iloc[0]
        assert text[row.start : row.end] == row.text
    rejections = pd.read_parquet(tmp_path / "out" / "rejections")
    assert any("broken.jsonl" in origin for origin in rejections["origin"])


GVA_DOCUMENTS = 30
"""Documents of the real sample: enough for several multi-outlet incidents, few enough that
extracting them twice (ingest and batch) stays within seconds."""


@pytest.fixture(scope="module")
def gva_sample(bench_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 30 documents, in gold order, of the gva_dev incidents that have two or more
    articles (so resolution has something to merge), written to a temporary JSONL file."""
    import json

    folder = require_shared(bench_dir / "gva_dev")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    wanted: list[str] = []
    for incident_id in sorted(gold):
        urls = gold[incident_id]["urls"]
        if len(urls) >= 2 and len(wanted) + len(urls) <= GVA_DOCUMENTS:
            wanted += urls
    chosen = set(wanted)
    lines = [
        line
        for line in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["url"] in chosen
    ]
    assert len(lines) >= GVA_DOCUMENTS - 5, "the gold URLs are in documents.jsonl"
    path = tmp_path_factory.mktemp("gva") / "sample.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.spark
def test_batch_matches_ingest_on_real_reports(
    spark: object, gva_sample: Path, tmp_path: Path
) -> None:
    """Same incidents (ids, sources, articles, dates) from `ingest` and from `batch`, with
    every closed set's summaries spread over tasks (the seeds test takes the default path)."""
    import newsledger
    from newsledger.batch.job import run_batch

    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    with newsledger.open(ingest_url) as ledger:
        ledger.ingest([gva_sample])
    batch_url = f"sqlite:///{tmp_path / 'batch.db'}"
    # Every closed set spread (clustered in one task, summarised in others): the path large
    # sets take, on a sample small enough to run twice.
    result = run_batch(
        [str(gva_sample)], str(tmp_path / "out"), db_url=batch_url, spark=spark, spread_from=1
    )
    expected = incident_view(ingest_url)
    assert incident_view(batch_url) == expected
    assert result["incidents"] == len(expected)
    # (Archived URLs share one domain, so `sources` stays 1: count articles instead.)
    assert any(len(articles) > 1 for _, _, articles, _ in expected), "some reports were merged"
    # Reports of different days and towns are never candidates: more than one closed set.
    assert result["resolution_sets"] > 1
    assert result["largest_resolution_set"] < result["mentions"]


def test_extraction_partitions_fill_every_core() -> None:
    from newsledger.batch.job import ARTICLES_PER_EXTRACT_PARTITION, extract_partitions

    assert extract_partitions(600, 2) % 2 == 0  # 3 tasks of 200 would leave one core idle
    assert extract_partitions(600, 2) == 4
    assert extract_partitions(10, 1) == 2
    big = extract_partitions(100_000, 8)
    assert big % 8 == 0 and 100_000 / big <= ARTICLES_PER_EXTRACT_PARTITION


def test_stages_after_extraction_run_tasks_set_by_the_work() -> None:
    """PySpark's joins and groupings otherwise run as many tasks as their inputs have
    partitions together (23 for 600 articles): nearly empty tasks, each a worker round trip."""
    from newsledger.batch.job import MENTIONS_PER_REDUCE_TASK, reduce_partitions

    assert reduce_partitions(600, 2) == 2  # the work's tasks, not two a core
    assert reduce_partitions(600, 1) == 2  # the same tasks on one core: the same work
    assert reduce_partitions(0, 1) == 2
    assert reduce_partitions(600, 4) == 4  # a task for every core
    assert reduce_partitions(5_000, 2) == 4  # 3 tasks of 2,000 would leave a core idle
    assert reduce_partitions(20_000, 2) == 10  # 2,000 mentions a task, whole waves of 2
    many = reduce_partitions(10_000_000, 200)
    assert many % 200 == 0 and 10_000_000 / many <= MENTIONS_PER_REDUCE_TASK


@pytest.mark.spark
def test_a_corpus_of_small_files_is_read_by_every_core(spark: object, tmp_path: Path) -> None:
    """`binaryFiles` fills its splits with the files' bytes but sized them as if each file
    cost 4 MB more to open: ten 40 KB shards were one read task whatever `minPartitions`
    said, and the stages up to extraction inherited that single partition."""
    from newsledger.batch.job import READ_TASKS_PER_CORE

    for i in range(10):
        (tmp_path / f"shard-{i}.jsonl").write_text("x" * 40_000 + "\n", encoding="utf-8")
    sc = spark.sparkContext  # type: ignore[attr-defined]
    files = sc.binaryFiles(str(tmp_path), minPartitions=READ_TASKS_PER_CORE * 2)
    assert files.getNumPartitions() >= 2  # local[2]: a read task for each core at least
    assert sorted(len(content) for _, content in files.collect()) == [40_001] * 10


@pytest.mark.spark
def test_group_with_gives_each_key_its_values_per_input_in_the_tasks_asked(spark: object) -> None:
    from newsledger.batch.job import group_with

    sc = spark.sparkContext  # type: ignore[attr-defined]
    members = sc.parallelize([("set1", "m1"), ("set1", "m2"), ("set2", "m3")], 5)
    articles = sc.parallelize([("set1", "a1"), ("set3", "a9")], 4)
    scores = sc.parallelize([("set2", 0.5)], 3)
    grouped = group_with((members, articles, scores), 2)
    assert grouped.getNumPartitions() == 2  # not 5 + 4 + 3
    found = {key: tuple(sorted(v) for v in values) for key, values in grouped.collect()}
    assert found == {
        "set1": (["m1", "m2"], ["a1"], []),
        "set2": (["m3"], [], [0.5]),
        "set3": ([], ["a9"], []),
    }


@pytest.mark.spark
def test_the_largest_sets_head_the_first_tasks_of_resolution(spark: object) -> None:
    """Ranked sets go to the task of their rank (Spark starts a stage's tasks in partition
    order, so the longest start first); the others keep Spark's hash; grouping is unchanged."""
    from functools import partial

    from newsledger.batch.job import group_with, largest_first

    place = partial(largest_first, {"big": 0, "second": 1})
    assert place("big") == 0 and place("second") == 1
    sc = spark.sparkContext  # type: ignore[attr-defined]
    members = sc.parallelize([("small", "m9")] + [("big", f"m{i}") for i in range(4)], 4)
    members = members.union(sc.parallelize([("second", "m5"), ("second", "m6")], 2))
    scores = sc.parallelize([("big", 0.5)], 1)
    grouped = group_with((members, scores), 3, place)
    assert grouped.getNumPartitions() == 3

    def tasks_of(rdd: object) -> dict[str, int]:
        pairs = rdd.mapPartitionsWithIndex(lambda i, kvs: [(k, i) for k, _ in kvs])  # type: ignore[attr-defined]
        return dict(pairs.collect())

    assert tasks_of(grouped)["big"] == 0 and tasks_of(grouped)["second"] == 1
    # an unranked set lands where Spark's own hash puts it (hashed on the executors)
    assert tasks_of(grouped)["small"] == tasks_of(group_with((members, scores), 3))["small"]
    found = {key: tuple(sorted(v) for v in values) for key, values in grouped.collect()}
    assert found == {
        "big": (["m0", "m1", "m2", "m3"], [0.5]),
        "second": (["m5", "m6"], []),
        "small": (["m9"], []),
    }


def test_a_set_needs_its_members_articles_and_their_originals() -> None:
    """A wire copy's member brings its original's article into the set (its summary cites
    it); an original's member brings only its own."""
    from dataclasses import dataclass

    from newsledger.batch.job import articles_needed

    @dataclass
    class Member:
        article_id: str
        duplicate_of: str | None

    copy = Member(article_id="agency-copy", duplicate_of="first-report")
    assert articles_needed("set7", copy) == [  # type: ignore[arg-type]
        ("agency-copy", "set7"),
        ("first-report", "set7"),
    ]
    original = Member(article_id="first-report", duplicate_of=None)
    assert articles_needed("set7", original) == [("first-report", "set7")]  # type: ignore[arg-type]


def test_resolution_rows_leave_the_blocking_keys_behind() -> None:
    from newsledger.batch.job import resolution_row

    row = {"id": "m1", "article_id": "a1", "index": 0, "main": True, "data": "{}",
           "keys": [("f|x", "stored")] * 200, "profile": object(), "tellings": 7}  # fmt: skip
    slim = resolution_row(row)
    assert set(slim) == {"article_id", "data", "profile", "tellings"}
    assert slim["profile"] is row["profile"] and slim["data"] == "{}" and slim["tellings"] == 7


ROUNDUP_TELLING = (
    "A man named John Doe, 30, was shot and killed on Elm Street in Springfield on Saturday "
    "night, police said. Officers found him on the sidewalk. No arrest has been made."
)
"""Our own sentences: one incident, told by a roundup page and by another outlet."""


def test_a_set_holding_two_of_a_roundups_mentions_is_clustered_as_resolve_does() -> None:
    """Whether an article is a roundup (ROUNDUP_TELLINGS) is counted over its whole extraction,
    as `newsledger resolve` counts it: a closed set holding two of a seven-mention roundup's
    mentions counted two, took the page for one story told twice, and joined what a full run
    keeps apart (one incident of 475 on 300 gva_dev reports)."""
    import json
    from dataclasses import replace
    from datetime import date
    from itertools import combinations

    from newsledger.batch.job import cluster_component
    from newsledger.batch.linked import scored_pairs
    from newsledger.extract.runner import extract_many
    from newsledger.ingest.article import make_article
    from newsledger.merge.profile import build_profile
    from newsledger.merge.resolve import resolve_mentions
    from newsledger.model import Article

    pages = [
        make_article(ROUNDUP_TELLING, origin=f"{outlet}.txt", title=title, outlet=outlet,
                     published=date(2024, 5, 6))
        for outlet, title in [("Daily", "Weekend shootings"), ("Courier", "Man killed")]
    ]  # fmt: skip
    assert all(isinstance(page, Article) for page in pages)
    articles = {page.id: page for page in pages if isinstance(page, Article)}
    roundup, other = list(articles)
    found = {page.id: mentions for page, mentions in extract_many(list(articles.values()))}
    first = found[roundup][0]
    # the roundup's seven tellings: this set holds two of them (the page tells this victim twice)
    held = [first, replace(first, index=1, main=True), found[other][0]]
    tellings = {roundup: 7, other: 1}
    profiles = {m.id: build_profile(m, articles) for m in held}
    scores = list(scored_pairs(combinations(sorted(profiles), 2), profiles.values()))

    members = [(json.dumps(m.to_json()), profiles[m.id], tellings[m.article_id]) for m in held]
    batch = cluster_component(members, [], scores)
    batch_groups = sorted(sorted(json.loads(t)["article_id"] + ":" + str(json.loads(t)["index"])
                                 for t in record["mentions"]) for record in batch)  # fmt: skip
    resolved = resolve_mentions(held, articles, tellings=tellings)
    assert batch_groups == sorted(sorted(incident.mention_ids) for incident in resolved)
    assert [f"{roundup}:1"] in batch_groups  # the roundup's two tellings stay apart


def test_union_find_gives_each_node_its_smallest_connected_node() -> None:
    from newsledger.batch.graph import union_find

    edges = [("m5", "m3"), ("m3", "m9"), ("m9", "m1"), ("m7", "m8"), ("m2", "m2")]
    assert union_find(edges) == {
        "m1": "m1",
        "m3": "m1",
        "m5": "m1",
        "m9": "m1",
        "m7": "m7",
        "m8": "m7",
        "m2": "m2",
    }


@pytest.mark.spark
def test_one_task_and_propagated_components_agree(spark: object) -> None:
    """The same components by one task's union-find and by label propagation, on a graph
    whose chains need several rounds (a long path, a star, a cycle, a lone pair), through the
    job's RDD entry point (`component_pairs`) and the DataFrame one alike."""
    from newsledger.batch.graph import component_pairs, connected_components

    path = [(f"p{i:02d}", f"p{i + 1:02d}") for i in range(12)]  # p00 - p01 - ... - p12
    star = [("s0", f"s{i}") for i in range(1, 6)]
    cycle = [("c3", "c1"), ("c1", "c2"), ("c2", "c3")]
    edges = [(b, a) for a, b in path[::2]] + path[1::2] + star + cycle + [("x9", "x8")]
    frame = spark.createDataFrame(edges, "src string, dst string")  # type: ignore[attr-defined]
    rdd = spark.sparkContext.parallelize(edges, 3)  # type: ignore[attr-defined]
    results = []
    for one_task_edges in (len(edges), 0):
        rows = connected_components(frame, one_task_edges=one_task_edges).collect()
        results.append(dict(sorted((r["id"], r["component"]) for r in rows)))
        results.append(dict(sorted(component_pairs(rdd, one_task_edges=one_task_edges).collect())))
    assert results[0] == results[1] == results[2] == results[3]
    assert {results[0][f"p{i:02d}"] for i in range(13)} == {"p00"}
    assert results[0]["s5"] == "s0" and results[0]["c3"] == "c1" and results[0]["x9"] == "x8"
    assert len(results[0]) == 13 + 6 + 3 + 2


def test_clustering_on_scored_pairs_gives_the_resolvers_clusters(seed_paths: list[Path]) -> None:
    """The batch job scores each blocked pair once and clusters every set on those logits
    (`cluster_scored`); on the seeds plus a wire copy of one of them, that gives exactly
    `resolve_block`'s clusters, the copy with its original and seeds 002 and 003 together."""
    from dataclasses import replace

    from newsledger.batch.linked import STORED, WIRE_KEY, cluster_scored, key_pairs, scored_pairs
    from newsledger.extract.runner import extract_many
    from newsledger.ingest.readers import read_file
    from newsledger.merge.blocking import block_keys
    from newsledger.merge.profile import build_profile
    from newsledger.merge.resolve import resolve_block
    from newsledger.model import Article

    seeds = [item for path in seed_paths for item in read_file(path) if isinstance(item, Article)]
    original = seeds[-1]
    copy = replace(original, id="wire-copy", outlet="An agency", duplicate_of=original.id)
    articles = {a.id: a for a in [*seeds, copy]}
    mentions = [m for _, found in extract_many(list(articles.values())) for m in found]
    profiles = [build_profile(m, articles) for m in mentions]

    held: dict[str, list[tuple[str, str, str]]] = {}
    for p in profiles:
        stored, probed = block_keys(p)
        for key, role in [(k, STORED) for k in stored] + [(k, "probed") for k in probed]:
            held.setdefault(key, []).append((p.mention_id, p.article_id, role))
        wire = [p.article_id] + ([p.duplicate_of] if p.duplicate_of else [])
        for key in (f"{WIRE_KEY}{article_id}:{p.index}" for article_id in wire):
            held.setdefault(key, []).append((p.mention_id, p.article_id, STORED))
    blocked = {(a, b) for key, members in held.items() for a, b, wire in key_pairs(key, members)
               if not wire}  # fmt: skip
    tellings = Counter(p.article_id for p in profiles)  # every mention of every article is here
    clusters = cluster_scored(profiles, scored_pairs(sorted(blocked), profiles), tellings)

    assert clusters == resolve_block(profiles)
    article_of = {p.mention_id: p.article_id for p in profiles}
    grouped = [{article_of[m] for m in c} for c in clusters]
    assert any({copy.id, original.id} <= g for g in grouped)
    seed_of = {a.id: Path(a.origin or "").name[:3] for a in seeds}
    assert any({"002", "003"} <= {seed_of.get(a) for a in g} for g in grouped), grouped


def test_pairs_and_clusters_do_not_depend_on_the_order_a_shuffle_delivers(
    seed_paths: list[Path],
) -> None:
    """A shuffle hands a task its rows in an order that depends on the partitioning (local[1]
    and local[2] differ), so the job's pure steps must not: the pairs a key makes
    (`key_pairs`) and the clusters of a closed set (`cluster_scored`) are the same whatever
    the order of the key's members, of the set's profiles and of its scored pairs."""
    import random

    from newsledger.batch.linked import PROBED, STORED, cluster_scored, key_pairs, scored_pairs
    from newsledger.extract.runner import extract_many
    from newsledger.ingest.readers import read_file
    from newsledger.merge.blocking import block_keys
    from newsledger.merge.profile import build_profile
    from newsledger.model import Article

    seeds = [item for path in seed_paths for item in read_file(path) if isinstance(item, Article)]
    articles = {a.id: a for a in seeds}
    mentions = [m for _, found in extract_many(seeds) for m in found]
    profiles = [build_profile(m, articles) for m in mentions]
    held: dict[str, list[tuple[str, str, str]]] = {}
    for p in profiles:
        stored, probed = block_keys(p)
        for key, role in [(k, STORED) for k in stored] + [(k, PROBED) for k in probed]:
            held.setdefault(key, []).append((p.mention_id, p.article_id, role))
    rng = random.Random(15)

    def pairs_of(order: int) -> set[tuple[str, str, bool]]:
        found: set[tuple[str, str, bool]] = set()
        for key, members in held.items():
            shuffled = list(members)
            random.Random(order).shuffle(shuffled)
            found |= set(key_pairs(key, shuffled))
        return found

    blocked = pairs_of(0)
    assert blocked, "the seeds share blocking keys: the pairs below are not empty"
    assert all(pairs_of(order) == blocked for order in (1, 2, 3))
    scores = list(scored_pairs(sorted((a, b) for a, b, _ in blocked), profiles))
    tellings = Counter(p.article_id for p in profiles)  # every mention of every seed is here
    clusters = cluster_scored(profiles, scores, tellings)
    assert any(len(c) > 1 for c in clusters), "some seeds merge: a reorder could show"
    for _ in range(3):
        rng.shuffle(scores)
        rng.shuffle(profiles)
        assert cluster_scored(profiles, scores, tellings) == clusters


FAIL_AFTER_MENTIONS = 3
"""The injected store error strikes once this many mention rows are stored: part way."""


def _fail_mention_inserts(url: str) -> None:
    """A trigger on the real store's mentions table that refuses inserts past
    FAIL_AFTER_MENTIONS rows, as a full disk or a dropped connection would stop a load."""
    from sqlalchemy import text

    from newsledger.store import open_store

    with open_store(url) as store, store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text(
                "CREATE TRIGGER fail_mid_load BEFORE INSERT ON mentions "
                f"WHEN (SELECT count(*) FROM mentions) >= {FAIL_AFTER_MENTIONS} "
                "BEGIN SELECT RAISE(ABORT, 'injected: the disk is full'); END"
            ))  # fmt: skip
            return
        conn.execute(text(
            "CREATE FUNCTION fail_mid_load() RETURNS trigger AS $$ BEGIN "
            f"IF (SELECT count(*) FROM mentions) >= {FAIL_AFTER_MENTIONS} THEN "
            "RAISE EXCEPTION 'injected: the disk is full'; END IF; RETURN NEW; END $$ "
            "LANGUAGE plpgsql"
        ))  # fmt: skip
        conn.execute(text(
            "CREATE TRIGGER fail_mid_load BEFORE INSERT ON mentions "
            "FOR EACH ROW EXECUTE FUNCTION fail_mid_load()"
        ))  # fmt: skip


def _mend_store(url: str) -> None:
    from sqlalchemy import text

    from newsledger.store import open_store

    with open_store(url) as store, store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER fail_mid_load" + (
            "" if conn.dialect.name == "sqlite" else " ON mentions")))  # fmt: skip


@pytest.mark.spark
def test_a_load_that_died_part_way_is_finished_with_load_only(
    spark: object,
    corpus: Path,
    tmp_path: Path,
    db_backend: str,
    fresh_database: Callable[[str, Path], AbstractContextManager[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The job's output is complete when the load dies: `batch --load-only` finishes the load
    without Spark, and gives the ledger a whole load gives; a second time changes nothing."""
    import json

    from typer.testing import CliRunner

    import newsledger.batch.job
    from newsledger.batch.job import run_batch
    from newsledger.batch.load import BatchLoadError, load_parquet
    from newsledger.serve.cli import app

    out = tmp_path / "out"
    (tmp_path / "broken").mkdir()
    (tmp_path / "whole").mkdir()
    with fresh_database(db_backend, tmp_path / "broken") as url, \
            fresh_database(db_backend, tmp_path / "whole") as whole:  # fmt: skip
        _fail_mention_inserts(url)
        with pytest.raises(BatchLoadError) as failed:
            run_batch([str(corpus)], str(out), db_url=url, spark=spark)
        said = str(failed.value)
        assert "injected: the disk is full" in said and "--load-only" in said, said
        assert incident_view(url) == [], "the load died before the incidents"
        load_parquet(str(out), whole)
        assert len(incident_view(whole)) >= 4
        _mend_store(url)

        def no_spark(master: str) -> None:
            raise AssertionError("--load-only started Spark")

        monkeypatch.setattr(newsledger.batch.job, "spark_session", no_spark)
        for _ in range(2):  # finished, then loaded again: the same ledger
            result = CliRunner().invoke(
                app, ["batch", "--output", str(out), "--db", url, "--load-only"]
            )
            assert result.exit_code == 0, result.output
            assert json.loads(result.stdout)["loaded"]["mentions"] >= FAIL_AFTER_MENTIONS
            assert incident_view(url) == incident_view(whole)


@pytest.mark.spark
def test_a_run_that_died_in_an_earlier_runs_output_is_not_loaded(
    spark: object, corpus: Path, tmp_path: Path
) -> None:
    """A run into an earlier run's --output that dies part way leaves the earlier run's later
    datasets there, each with Spark's `_SUCCESS`: `--load-only` loaded the mix of two runs as
    one, and nothing may be loaded of it."""
    from typer.testing import CliRunner

    from newsledger.batch.job import run_batch
    from newsledger.batch.load import check_job_output
    from newsledger.errors import NewsledgerError
    from newsledger.serve.cli import app

    out = tmp_path / "out"
    first = run_batch([str(corpus)], str(out), spark=spark)
    assert check_job_output(str(out)) == first["run_id"]
    later = tmp_path / "later"
    later.mkdir()
    shutil.copy(sorted(corpus.glob("*.txt"))[0], later / "one.txt")

    def killed_after_rejections(stage: str, seconds: float) -> None:
        if stage == "write rejections":
            raise RuntimeError("injected: the driver was killed")

    with pytest.raises(RuntimeError, match="injected"):
        run_batch([str(later)], str(out), spark=spark, on_stage=killed_after_rejections)
    with pytest.raises(NewsledgerError) as refused:
        check_job_output(str(out))
    said = " ".join(str(refused.value).split())
    assert "did not finish" in said and "without --load-only" in said, said
    assert "complete" not in said.replace("_COMPLETE", "")
    db = tmp_path / "ledger.db"
    result = CliRunner().invoke(
        app, ["batch", "--output", str(out), "--db", f"sqlite:///{db}", "--load-only"]
    )
    assert result.exit_code == 1 and "did not finish" in result.output, result.output
    assert not db.exists(), "nothing was written"

"""The Spark batch path (local[2]) gives the same incidents as `newsledger ingest`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from conftest import IN_CI


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
    """The four seeds, a wire copy of one of them, and a broken file."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    source = sorted(seeds_dir.glob("*.txt"))[-1]
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


@pytest.mark.spark
def test_batch_matches_ingest(spark: object, corpus: Path, tmp_path: Path) -> None:
    import newsledger
    from newsledger.batch.job import run_batch

    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    with newsledger.open(ingest_url) as ledger:
        ledger.ingest([corpus])

    batch_url = f"sqlite:///{tmp_path / 'batch.db'}"
    result = run_batch([str(corpus)], str(tmp_path / "out"), db_url=batch_url, spark=spark)
    assert result["articles"] == 5
    assert result["near_duplicates"] == 1
    assert result["rejections"] >= 1

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

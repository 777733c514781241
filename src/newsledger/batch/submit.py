"""Entry script for spark-submit: the same job as `newsledger batch`, argument for argument.

    spark-submit --master yarn --py-files dist/newsledger-0.1.0-py3-none-any.whl \\
        "$(python -c 'import newsledger.batch.submit as m; print(m.__file__)')" \\
        --input 's3a://bucket/CC-NEWS-*.warc.gz' --output s3a://bucket/out/ --db "$NEWSLEDGER_DB"
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="newsledger batch job (spark-submit entry)")
    parser.add_argument("--input", action="append", required=True, help="paths or globs")
    parser.add_argument("--output", required=True, help="folder for the Parquet output")
    parser.add_argument("--db", default=None, help="store URL to load the incidents into")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    from newsledger.batch.job import run_batch

    spark = SparkSession.builder.appName("newsledger-batch").getOrCreate()
    try:
        result = run_batch(args.input, args.output, db_url=args.db, spark=spark)
    finally:
        spark.stop()
    print(json.dumps(result))


if __name__ == "__main__":
    main()

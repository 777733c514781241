"""Ingest: read news files of any common format into `Article` records, dedup, store.

    from newsledger.ingest import ingest_paths, read_paths
    summary = ingest_paths(["examples/articles"], store)

Readers (one per format, chosen by content then extension) yield `Article`, `Rejection` (with a
one-line reason) or `IngestWarning` items; `ingest_paths` batches them into the store.
"""

from newsledger.ingest.readers import read_file, read_paths
from newsledger.ingest.runner import IngestSummary, ingest_items, ingest_paths, ingest_records
from newsledger.ingest.sources import IngestWarning, ReadItem

__all__ = [
    "IngestSummary",
    "IngestWarning",
    "ReadItem",
    "ingest_items",
    "ingest_paths",
    "ingest_records",
    "read_file",
    "read_paths",
]

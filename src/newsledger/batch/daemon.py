"""Spark's Python worker daemon with newsledger's worker-side modules imported once, before it
forks its workers (`spark.python.daemon.module`, set in `batch.job.SPARK_CONF`).

Why: PySpark forks each Python worker from one daemon per executor, and a fresh worker imports
whatever its first task's functions need. For this job that is the merge stage, the extraction
rules and the readers: ~1,900 modules, ~3 s of CPU per worker (1.3 s of it `merge.resolve`).
Spark starts workers again whenever the pool has none idle (an idle worker is closed after a
minute, and Python-free stages such as the Parquet writes and the DataFrame components last
longer than that on a busy machine), so the sixth round's profile found 50 s of imports in one
600-article run. Imported in the daemon, the modules are in every fork already (copy on write).

No thread may exist when the daemon forks (these modules start none; `preload` checks it).
The data each worker would otherwise load on its first use is loaded here too (`load_worker_data`):
the language identifier (~0.6 s of CPU, every read task's worker), the gazetteer and its
fuzzy town index (~0.3 s, extraction and summaries), the English spaCy pipeline (~0.7 s,
every extracting worker), the event-type model (its scikit-learn and SciPy imports: ~680
modules, the largest import any worker made) and wordfreq's English table. local[2] runs four
workers (a task reading a persisted RDD that is not cached yet holds two), each of which paid
these loads again; forked from the daemon, they share one copy.
"""

from __future__ import annotations

import importlib
import threading

WORKER_MODULES = (
    "newsledger.batch.job",
    "newsledger.batch.linked",
    "newsledger.batch.graph",
    "newsledger.ingest.readers",
    "newsledger.ingest.dedup",
    "newsledger.merge.profile",
    "newsledger.merge.blocking",
    "newsledger.merge.resolve",
    "newsledger.extract.runner",
    "newsledger.extract.rules",
    "newsledger.nlp.pipeline",
    "pyspark.worker",
)
"""What the job's tasks import (their functions' own imports included)."""


def _english_word_frequencies() -> None:
    """wordfreq reads a language's table on its first look-up (profiles and places use it)."""
    from wordfreq import zipf_frequency

    zipf_frequency("the", "en")


def load_worker_data() -> list[str]:
    """Load the per-process data the tasks use (each loader is cached per process, so a fork
    finds it loaded); returns the names of those that failed (a worker then loads them itself,
    and reports the error where it is used)."""
    from newsledger.extract.event_model import load_event_model
    from newsledger.ingest.language import _identifier
    from newsledger.nlp.pipeline import load_pipeline
    from newsledger.nlp.places import load_place_indexes

    failed: list[str] = []
    for name, load in (
        ("language identifier", _identifier),
        ("gazetteer", load_place_indexes),
        ("spaCy pipeline", load_pipeline),
        ("event-type model", load_event_model),
        ("word frequencies", _english_word_frequencies),
    ):
        try:
            load()
        except Exception:  # the worker loads it again, and raises where it is used
            failed.append(name)
    if threading.active_count() > 1:
        raise RuntimeError("loading the workers' data started a thread: forking would lose it")
    return failed


def preload(modules: tuple[str, ...] = WORKER_MODULES) -> list[str]:
    """Import `modules`; returns those that could not be imported (a worker then imports what
    it needs itself, as without the daemon). Raises if an import started a thread, since a
    fork copies only the thread that calls it."""
    missing: list[str] = []
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if threading.active_count() > 1:
        raise RuntimeError("a preloaded module started a thread: forking would lose it")
    return missing


def main() -> None:
    """Preload modules and data, then run PySpark's own daemon loop (it forks the workers)."""
    if not preload():
        load_worker_data()
    from pyspark.daemon import manager

    manager()


if __name__ == "__main__":
    main()

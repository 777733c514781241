"""The batch job's Python daemon imports the workers' modules before it forks them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def run_python(code: str) -> str:
    """Run `code` in a fresh interpreter (no test-run threads, no modules already imported)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_preload_imports_the_worker_modules_and_starts_no_thread() -> None:
    out = run_python(
        "import json, sys, threading\n"
        "from newsledger.batch.daemon import WORKER_MODULES, preload\n"
        "missing = preload()\n"
        "print(json.dumps([missing, [m for m in WORKER_MODULES if m not in sys.modules],"
        " threading.active_count()]))"
    )
    missing, absent, threads = json.loads(out)
    assert missing == [] and absent == []
    assert threads == 1  # a fork keeps only the calling thread


def test_preload_reports_a_module_it_cannot_import() -> None:
    out = run_python(
        "from newsledger.batch.daemon import preload\n"
        "print(preload(('newsledger.batch.linked', 'newsledger.no_such_stage')))"
    )
    assert out.strip() == "['newsledger.no_such_stage']"


def test_the_batch_session_forks_workers_from_newsledgers_daemon() -> None:
    from newsledger.batch.job import SPARK_CONF

    assert SPARK_CONF["spark.python.daemon.module"] == "newsledger.batch.daemon"
    assert SPARK_CONF["spark.python.worker.reuse"] == "true"


def test_the_daemon_loads_the_workers_data_once_for_every_fork_and_starts_no_thread() -> None:
    out = run_python(
        "import json, threading\n"
        "from newsledger.batch.daemon import load_worker_data, preload\n"
        "from newsledger.ingest.language import _identifier\n"
        "from newsledger.nlp.pipeline import load_pipeline\n"
        "from newsledger.extract.event_model import load_event_model\n"
        "from newsledger.nlp import gazetteer\n"
        "preload()\n"
        "failed = load_worker_data()\n"
        "loaders = (_identifier, load_pipeline, load_event_model)\n"
        "loaded = [f.cache_info().currsize for f in loaders]\n"
        "print(json.dumps([failed, loaded, len(gazetteer._instance) == 1,"
        " threading.active_count()]))"
    )
    failed, loaded, gazetteer, threads = json.loads(out)
    assert failed == [] and loaded == [1, 1, 1] and gazetteer
    assert threads == 1  # a fork keeps only the calling thread

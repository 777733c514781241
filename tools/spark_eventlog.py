"""Where a batch run's task time goes, from Spark's event log: per stage and per lap.

Under load, wall clocks lie (docs/scaling.md, twelfth and thirteenth rounds); the event log
gives what each stage asked of the cores: its tasks, their summed run and CPU time, the longest
task (the stage's floor on any number of cores), and the stage's span. The bound printed per
stage is max(longest task, task time / 2): the best two cores can do with that stage's tasks.

Run the job with the log on (uncompressed), then read it:

    PYSPARK_SUBMIT_ARGS="--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false \\
        --conf spark.eventLog.dir=file:LOGDIR pyspark-shell" \\
        PYTHONPATH=src python -m newsledger batch --input CORPUS --output OUT --master local[1]
    python tools/spark_eventlog.py LOGDIR/*          # one table of stages, one JSON line each

Stages are named by Spark after the line of the job that started them ("count at job.py:630"),
which is how a stage is tied to a lap of `batch/job.py`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def events(path: Path) -> Iterator[dict[str, Any]]:
    """The log's events, one JSON object a line (a rolling log is a folder of such files)."""
    files = (
        sorted(path.glob("events_*"), key=lambda f: int(f.name.split("_")[1]))
        if path.is_dir()
        else [path]
    )
    for file in files:
        with file.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)


def stage_table(path: Path) -> list[dict[str, Any]]:
    """One row per completed stage attempt: tasks, task seconds, CPU seconds, longest task,
    span (first launch to last finish), in the order the stages finished."""
    tasks: dict[tuple[int, int], list[dict[str, Any]]] = {}
    rows: list[dict[str, Any]] = []
    for event in events(path):
        kind = event.get("Event")
        if kind == "SparkListenerTaskEnd":
            info = event["Task Info"]
            metrics = event.get("Task Metrics") or {}
            key = (event["Stage ID"], event["Stage Attempt ID"])
            tasks.setdefault(key, []).append(
                {
                    "launch": info["Launch Time"],
                    "finish": info["Finish Time"],
                    "run_ms": metrics.get("Executor Run Time", 0),
                    "cpu_ns": metrics.get("Executor CPU Time", 0),
                    "shuffle_read": sum(
                        (metrics.get("Shuffle Read Metrics") or {}).get(field, 0)
                        for field in ("Remote Bytes Read", "Local Bytes Read")
                    ),
                }
            )
        elif kind == "SparkListenerStageCompleted":
            info = event["Stage Info"]
            done = tasks.get((info["Stage ID"], info["Stage Attempt ID"]), [])
            if not done:
                continue
            run = [t["run_ms"] / 1000 for t in done]
            rows.append(
                {
                    "stage": info["Stage ID"],
                    "name": info["Stage Name"].split(" at ")[0]
                    + " at "
                    + info["Stage Name"].rsplit("/", 1)[-1],
                    "tasks": len(done),
                    "task_s": round(sum(run), 1),
                    "jvm_cpu_s": round(sum(t["cpu_ns"] for t in done) / 1e9, 1),
                    "longest_s": round(max(run), 1),
                    "span_s": round(
                        (max(t["finish"] for t in done) - min(t["launch"] for t in done)) / 1000,
                        1,
                    ),
                    "bound2_s": round(max(max(run), sum(run) / 2), 1),
                    "shuffle_read_mb": round(sum(t["shuffle_read"] for t in done) / 1e6, 1),
                }
            )
    return rows


def job_table(path: Path) -> list[dict[str, Any]]:
    """One row per job: the action that started it (its last stage's name), when it started and
    ended (seconds from the first event), its stages' task seconds, their two-core bound (each
    stage max(longest task, task seconds / 2), stages in line) and the cores it kept busy on
    average (task seconds over its span; jobs submitted from the writer threads overlap)."""
    start: float | None = None
    stage_task_s: dict[int, float] = {}
    stage_longest: dict[int, float] = {}
    open_jobs: dict[int, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for event in events(path):
        kind = event.get("Event")
        stamp = (
            event.get("Timestamp") or event.get("Submission Time") or event.get("Completion Time")
        )
        if start is None and stamp:
            start = stamp
        if kind == "SparkListenerTaskEnd":
            run = (event.get("Task Metrics") or {}).get("Executor Run Time", 0) / 1000
            stage_task_s[event["Stage ID"]] = stage_task_s.get(event["Stage ID"], 0.0) + run
            stage_longest[event["Stage ID"]] = max(stage_longest.get(event["Stage ID"], 0.0), run)
        elif kind == "SparkListenerJobStart":
            infos = event.get("Stage Infos", [])
            last = max(infos, key=lambda i: i["Stage ID"]) if infos else None
            open_jobs[event["Job ID"]] = {
                "job": event["Job ID"],
                "action": (last or {}).get("Stage Name", "?").split(" at ")[0]
                + " at "
                + (last or {}).get("Stage Name", "?").rsplit("/", 1)[-1],
                "start_s": round((event["Submission Time"] - (start or 0)) / 1000, 1),
                "stages": [i["Stage ID"] for i in infos],
            }
        elif kind == "SparkListenerJobEnd":
            job = open_jobs.pop(event["Job ID"], None)
            if job is None:
                continue
            job["end_s"] = round((event["Completion Time"] - (start or 0)) / 1000, 1)
            stages = job.pop("stages")
            task_s = sum(stage_task_s.get(s, 0.0) for s in stages)
            job["task_s"] = round(task_s, 1)
            job["bound2_s"] = round(
                sum(max(stage_longest.get(s, 0.0), stage_task_s.get(s, 0.0) / 2) for s in stages), 1
            )
            span = max(job["end_s"] - job["start_s"], 0.1)
            job["busy_cores"] = round(task_s / span, 2)
            rows.append(job)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("logs", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.logs:
        rows = stage_table(path)
        print(f"# {path.name}: {len(rows)} stages, {sum(r['tasks'] for r in rows)} tasks, "
              f"{sum(r['task_s'] for r in rows):.1f} task-s")  # fmt: skip
        for row in rows:
            print(json.dumps(row))
        for row in job_table(path):
            print(json.dumps(row))


if __name__ == "__main__":
    main()

"""After review of ui24: `batch --load-only` loaded a folder holding datasets of two runs, and
loaded into `$NEWSLEDGER_DB` or ./newsledger.db when no --db was given (the job loads nothing
then), taking a --master it never uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.batch.job import COMPLETE_MARKER, DATASETS, RUN_STAMP
from newsledger.errors import NewsledgerError


def _job_output(folder: Path, stamps: dict[str, str], complete: str | None) -> Path:
    """A job output's markers as the job leaves them (datasets without rows: the check reads
    the markers only)."""
    for name in DATASETS:
        (folder / name).mkdir(parents=True)
        (folder / name / "_SUCCESS").touch()
        if name in stamps:
            (folder / name / RUN_STAMP).write_text(stamps[name], encoding="utf-8")
    if complete is not None:
        (folder / COMPLETE_MARKER).write_text(complete, encoding="utf-8")
    return folder


def test_an_output_holding_a_dataset_of_another_run_is_refused(tmp_path: Path) -> None:
    from newsledger.batch.load import check_job_output

    stamps = dict.fromkeys(DATASETS, "run-b") | {"incidents": "run-a", "claims": "run-a"}
    out = _job_output(tmp_path / "out", stamps, complete="run-b")
    with pytest.raises(NewsledgerError) as refused:
        check_job_output(str(out))
    said = " ".join(str(refused.value).split())
    assert "claims, incidents" in said and "not of the run that finished there" in said, said
    assert "without --load-only" in said


def test_an_output_without_the_completion_marker_is_refused(tmp_path: Path) -> None:
    from newsledger.batch.load import check_job_output

    out = _job_output(tmp_path / "out", dict.fromkeys(DATASETS, "run-a"), complete=None)
    with pytest.raises(NewsledgerError, match=r"did not finish .*no _COMPLETE marker"):
        check_job_output(str(out))


def test_an_output_of_one_finished_run_is_taken(tmp_path: Path) -> None:
    from newsledger.batch.load import check_job_output

    out = _job_output(tmp_path / "out", dict.fromkeys(DATASETS, "run-a"), complete="run-a\n")
    assert check_job_output(str(out)) == "run-a"


def _batch(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    result = CliRunner().invoke(app, ["batch", *args])
    return result.exit_code, " ".join(result.output.split())


def test_load_only_needs_a_db_as_the_job_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain `batch` without --db loads nothing; --load-only loaded into $NEWSLEDGER_DB."""
    db = tmp_path / "env.db"
    monkeypatch.setenv("NEWSLEDGER_DB", f"sqlite:///{db}")
    monkeypatch.chdir(tmp_path)
    out = _job_output(tmp_path / "out", dict.fromkeys(DATASETS, "run-a"), complete="run-a")
    code, said = _batch("--output", str(out), "--load-only")
    assert code == 1 and "--load-only needs --db URL" in said, said
    assert not db.exists() and not (tmp_path / "newsledger.db").exists()


def test_load_only_refuses_a_spark_master(tmp_path: Path) -> None:
    out = _job_output(tmp_path / "out", dict.fromkeys(DATASETS, "run-a"), complete="run-a")
    db = tmp_path / "ledger.db"
    code, said = _batch(
        "--output", str(out), "--db", f"sqlite:///{db}", "--master", "local[4]", "--load-only"
    )
    assert code == 1 and "takes no --master" in said, said
    assert not db.exists()


def test_batch_help_says_load_only_needs_a_db() -> None:
    code, said = _batch("--help")
    assert code == 0 and "--db (needed here" in said and "[default: local[2]]" in said

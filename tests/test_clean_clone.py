"""The clean-clone check itself (tests/clean_clone.py), on a throwaway git repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from clean_clone import new_dirt, porcelain
from conftest import IN_CI, REPO


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_new_files_and_changes_are_reported_ignored_ones_are_not(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        if IN_CI:
            pytest.fail("git is needed for the clean-clone check")
        pytest.skip("git is not installed")
    git(tmp_path, "init", "-q")
    (tmp_path / ".gitignore").write_text("*.merge-lock\n")
    (tmp_path / "kept.txt").write_text("one\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "x")
    before = porcelain(tmp_path)
    assert before == set()
    (tmp_path / "ledger.db.merge-lock").write_text("")
    (tmp_path / "stray").mkdir()
    (tmp_path / "stray" / "state.json").write_text("{}")
    (tmp_path / "kept.txt").write_text("two\n")
    after = porcelain(tmp_path)
    assert after is not None
    assert new_dirt(before, after) == [" M kept.txt", "?? stray/state.json"]


def test_a_module_edited_during_the_run_is_not_an_artefact() -> None:
    before = {" M src/a.py"}
    after = {" M src/a.py", " M src/b.py", " M docs/c.md", " M data/d.json", "?? src/new.py"}
    assert new_dirt(before, after) == [" M data/d.json", "?? src/new.py"]


def test_outside_a_checkout_there_is_nothing_to_compare(tmp_path: Path) -> None:
    assert porcelain(tmp_path) is None


def test_the_repository_ignores_what_the_tools_leave() -> None:
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.merge-lock" in ignored
    assert not (REPO / ".schemathesis").exists() or ".schemathesis/" in ignored

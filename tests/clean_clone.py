"""The suite leaves the clone as it found it: no new untracked file, no changed tracked file.

`git status --porcelain` is read when the session starts and again when it ends; any entry that
is new or different at the end is an artefact of the tests (a database, a cache, a tool's state
folder) that belongs in a temporary folder or in .gitignore. The session then fails with the list.
Outside a git checkout (an unpacked sdist) or without git there is nothing to compare.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

GIT_TIMEOUT_SECONDS = 60
"""`git status` on this repository takes well under a second; a minute covers a cold disk."""


def porcelain(repo: Path) -> set[str] | None:
    """The lines of `git status --porcelain` (untracked files listed one by one), or None when
    `repo` is not a git checkout or git is missing."""
    git = shutil.which("git")
    if git is None or not (repo / ".git").exists():
        return None
    result = subprocess.run(
        [git, "status", "--porcelain", "--untracked-files=all"],
        cwd=repo, capture_output=True, text=True, timeout=GIT_TIMEOUT_SECONDS, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        return None
    return {line for line in result.stdout.splitlines() if line.strip()}


EDITED_BY_PEOPLE = (".py", ".md")
"""Tracked files that only people change: an edit to one during a run (a developer saving a
module while tests run) is not an artefact of the suite, which writes data, caches and tool
state. New untracked files of any kind are still reported."""


def new_dirt(before: set[str], after: set[str]) -> list[str]:
    """Status lines present after the run and not before it, sorted (see EDITED_BY_PEOPLE)."""
    return sorted(
        line
        for line in after - before
        if line.startswith("??") or not line.rstrip().endswith(EDITED_BY_PEOPLE)
    )

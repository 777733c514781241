"""Shared helper for tests that ingest a few short reports and read how they were grouped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import newsledger


def main_reports_by_incident(tmp_path: Path, texts: dict[str, str]) -> list[set[str]]:
    """Ingest the texts one at a time (file name -> text); each incident as the set of the file
    names of its main reports."""
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    with newsledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        for path in paths:
            ledger.ingest([path])
        names = {a["id"]: Path(a["origin"]).name for a in ledger.articles()}
        incidents: list[dict[str, Any]] = ledger.incidents()
    return [
        {names[m["article_id"]] for m in i["mentions"] if m["main"]}
        for i in incidents
        if any(m["main"] for m in i["mentions"])
    ]

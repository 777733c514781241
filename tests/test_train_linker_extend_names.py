"""`train-linker --extend NAME` refuses a name it cannot fit before it reads any corpus (the
corpus load ingests and extracts gva_dev and ECB+, minutes), with one line saying what to type,
not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.errors import LinkFeatureError, NewsledgerError
from newsledger.merge import linker, train_linker
from newsledger.serve.cli import app

runner = CliRunner()


def _file_lacking(*missing: str) -> dict[str, object]:
    listed = [f for f in linker.FEATURES if f not in missing]
    return {"features": listed, "weights": {f: 0.0 for f in listed}, "bias": 0.0}


def test_a_name_the_file_already_lists_is_refused_with_the_names_it_takes() -> None:
    data = _file_lacking("people", "name_words")
    with pytest.raises(LinkFeatureError) as caught:
        train_linker.check_extend(data, ["published_gap"])
    message = str(caught.value)
    assert "published_gap: already in the model file" in message
    lacks = message.split("lacks: ")[1]
    assert sorted(lacks.split(" or ")) == ["name_words", "people"]
    assert isinstance(caught.value, NewsledgerError)


def test_a_name_that_is_no_feature_is_refused() -> None:
    with pytest.raises(LinkFeatureError, match="victims_named: no link feature"):
        train_linker.check_extend(_file_lacking("people"), ["victims_named"])


def test_a_file_listing_every_feature_says_there_is_none_to_add() -> None:
    with pytest.raises(LinkFeatureError, match="none to add"):
        train_linker.check_extend(_file_lacking(), ["people"])


def test_a_name_the_file_lacks_passes() -> None:
    train_linker.check_extend(_file_lacking("people"), ["people"])


def test_the_cli_refuses_before_reading_the_sets(tmp_path: Path) -> None:
    listed = linker.model().info["features"][0]
    # the folder holds no set: a corpus load would fail on it, so the refusal came first
    result = runner.invoke(
        app,
        ["train-linker", str(tmp_path / "no-sets"), "--extend", listed,
         "--output", str(tmp_path / "linker.json")],
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{listed}: already in the model file" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "linker.json").exists()

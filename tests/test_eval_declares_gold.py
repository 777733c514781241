"""Which folder `newsledger eval` takes as gold (`eval.gold.declares_gold`, `eval.run.run_eval`):
a JSON object with a `format` key is gold, wherever the key stands in the file; a wrong value is
named by `load_gold_file`; an article's JSON is refused as "no gold files here"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.errors import EvalTargetError, GoldFormatError
from newsledger.eval.gold import GOLD_FORMAT, declares_gold
from newsledger.eval.run import run_eval


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_format_key_far_into_the_file_still_declares_gold(tmp_path: Path) -> None:
    """The old check read the first 4,096 bytes only."""
    long_note = "Annotator's remark on the quarry blast, kept verbatim. " * 120
    path = _write(tmp_path, "quarry.json", json.dumps({"note": long_note, "format": GOLD_FORMAT}))
    assert path.stat().st_size > 4096
    assert declares_gold(path)


def test_an_article_or_a_list_is_no_gold(tmp_path: Path) -> None:
    article = {"title": "Ferry clash", "text": "Two deckhands were hurt in a brawl on Monday."}
    assert not declares_gold(_write(tmp_path, "ferry.json", json.dumps(article)))
    assert not declares_gold(_write(tmp_path, "many.json", json.dumps([article])))


def test_broken_json_is_gold_only_when_it_names_the_format(tmp_path: Path) -> None:
    assert declares_gold(_write(tmp_path, "slip.json", f'{{"format": "{GOLD_FORMAT}",'))
    assert not declares_gold(_write(tmp_path, "lines.json", '{"text": "a"}\n{"text": "b"}\n'))


def test_a_wrong_format_value_is_named_not_taken_for_articles(tmp_path: Path) -> None:
    _write(tmp_path, "old.json", json.dumps({"format": "newsledger-gold/0", "source": "x.txt"}))
    with pytest.raises(GoldFormatError, match="`format` must be"):
        run_eval(tmp_path)


def test_a_folder_of_article_json_is_refused_as_no_gold(tmp_path: Path) -> None:
    _write(tmp_path, "ferry.json", json.dumps({"text": "A deckhand was hurt in a brawl."}))
    with pytest.raises(EvalTargetError, match="no gold files here"):
        run_eval(tmp_path)

"""The learned place chooser (extract/place_chooser.py), on short reports written for these
tests, and its training command on a tiny folder of the same shape as gva_dev."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from newsledger.eval.folds import in_fold
from newsledger.extract import place_chooser as pc
from newsledger.extract.segment import Segment, segment
from newsledger.model import Article
from newsledger.nlp.pipeline import analyse
from newsledger.nlp.types import Place
from newsledger.serve.cli import app

SHOOTING = (
    "A Xenia man was shot and killed in Kettering on Friday night, police said. The victim, "
    "34, of Xenia, was found lying on a street in Kettering after a 911 call. A suspect was "
    "arrested later in Fairborn and charged with murder."
)
DATELINE = (
    "DAYTON, Ohio — A woman from Xenia was wounded in a shooting early Sunday, police said. "
    "She was listed in stable condition."
)


def _read(text: str, title: str, language: str = "en") -> tuple[list[Segment], pc.PlaceContext]:
    article = Article.from_text(text, title=title, published=date(2024, 3, 4), language=language)
    doc = analyse(article)
    segs = segment(doc, title)
    return segs, doc.user_data.get(pc.CONTEXT_KEY)


def _main_town(segs: list[Segment]) -> str | None:
    place = segs[0].place
    return place.place.name if place is not None and place.place is not None else None


def _candidate(context: pc.PlaceContext, name: str) -> pc.Candidate:
    return next(c for c in context.candidates if c.place.name == name)


def test_the_scene_is_told_apart_from_the_victims_home_and_the_arrest_town() -> None:
    segs, context = _read("Man shot dead in Kettering\n\n" + SHOOTING, "Man shot dead in Kettering")
    assert _main_town(segs) == "Kettering"
    scene, home, arrest = (_candidate(context, n) for n in ("Kettering", "Xenia", "Fairborn"))
    assert scene.features["scene"] == 1.0 and scene.features["governs_violence"] == 1.0
    assert home.features["only_home"] == 1.0 and home.features["scene"] == 0.0
    assert arrest.features["governs_arrest"] == 1.0 and arrest.features["scene"] == 0.0
    model = pc.shipped_model()
    assert model is not None
    assert model.score(scene.features) > max(model.score(home.features),
                                             model.score(arrest.features))  # fmt: skip


def test_the_evidence_of_a_town_is_its_scene_not_its_headline_or_a_home() -> None:
    text = "Man shot dead in Kettering\n\n" + SHOOTING
    _, context = _read(text, "Man shot dead in Kettering")
    scene = _candidate(context, "Kettering").evidence
    assert text[scene.start : scene.end] == "Kettering"
    assert scene.start == text.index("killed in Kettering") + len("killed in ")
    home = _candidate(context, "Xenia").evidence  # told only as a home: its first mention
    assert home.start == text.index("A Xenia man") + len("A ")


def test_the_dateline_town_stands_against_a_home_town() -> None:
    segs, context = _read(DATELINE, "Woman wounded in shooting")
    assert _main_town(segs) == "Dayton"
    assert context.rules_index is not None
    assert context.candidates[context.rules_index].features["dateline"] == 1.0
    model = pc.shipped_model()
    assert model is not None and pc.pick(context, model) is None


def test_a_language_without_word_lists_keeps_the_rules_choice() -> None:
    text = ("Un homme a été tué par balle à Calais samedi soir, selon la police. "
            "La victime habitait à Boulogne-sur-Mer.")  # fmt: skip
    segs, context = _read(text, "Un homme tué par balle à Calais", language="fr")
    assert context is None
    assert _main_town(segs) == "Calais"


def _town(name: str, population: int, country: str = "US") -> Place:
    return Place(1, name, country, "Ohio", None, 39.7, -84.2, "city", population)


def test_the_model_overrules_the_rules_only_past_its_margin() -> None:
    rules = pc.Candidate(_town("Alpha", 1000), [], {"scene": 0.0})
    other = pc.Candidate(_town("Beta", 1000), [], {"scene": 1.0})
    context = pc.PlaceContext([rules, other], 0)
    weights = tuple(1.0 if n == "scene" else 0.0 for n in pc.FEATURE_NAMES)
    assert pc.pick(context, pc.ChooserModel(pc.FEATURE_NAMES, weights, 0.0, 0.5)) == 1
    assert pc.pick(context, pc.ChooserModel(pc.FEATURE_NAMES, weights, -0.6, 0.5)) is None
    unplaced = pc.PlaceContext([rules, other], None)  # the rules chose outside the text
    assert pc.pick(unplaced, pc.ChooserModel(pc.FEATURE_NAMES, weights, 0.0, 0.5)) is None


def test_a_namesake_abroad_never_overrules_the_rules() -> None:
    rules = pc.Candidate(_town("Alpha", 1000), [], {"scene": 0.0})
    abroad = pc.Candidate(_town("Beta", 1000, country="CO"), [], {"scene": 1.0})
    weights = tuple(1.0 if n == "scene" else 0.0 for n in pc.FEATURE_NAMES)
    model = pc.ChooserModel(pc.FEATURE_NAMES, weights, 0.0, 0.5)
    assert pc.pick(pc.PlaceContext([rules, abroad], 0), model) is None
    home = pc.Candidate(_town("Gamma", 1000), [], {"scene": 1.0})
    assert pc.pick(pc.PlaceContext([rules, abroad, home], 0), model) == 2


def test_the_shipped_weights_name_the_features_and_the_fold_left_out() -> None:
    model = pc.shipped_model()
    assert model is not None and model.features == pc.FEATURE_NAMES
    data = json.loads((Path(pc.__file__).parent.parent / "data" / pc.MODEL_FILE).read_text())
    assert data["fitted_on"] == "train" and data["left_out"] == "heldout"


TOWNS = ("Kettering", "Xenia", "Fairborn", "Miamisburg", "Centerville", "Beavercreek",
         "Springfield", "Troy", "Piqua", "Sidney", "Urbana", "Lebanon")  # fmt: skip


def _tiny_gva(folder: Path) -> None:
    """Twelve train-fold incidents, one report each: a man of one town shot in another; GVA
    files half of them under the scene and half under the home town."""
    keys = [k for k in map(str, range(1000, 1200)) if in_fold("gva_dev", k, "train")][:12]
    gold, docs = {}, []
    for i, key in enumerate(keys):
        scene, home = TOWNS[i], TOWNS[(i + 5) % len(TOWNS)]
        url = f"https://example.org/report/{key}"
        text = (f"Man shot dead in {scene}\n\nA {home} man was shot and killed in {scene} on "
                f"Friday night, police said. Officers found him outside a home.")  # fmt: skip
        gold[key] = {"date": "2024-03-01", "state": "Ohio", "num_killed": 1, "num_injured": 0,
                     "city_or_county": scene if i % 2 else home, "urls": [url]}  # fmt: skip
        docs.append({"url": url, "title": f"Man shot dead in {scene}", "text": text,
                     "published": "2024-03-02", "language": "en"})  # fmt: skip
    folder.mkdir()
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    lines = "\n".join(json.dumps(d) for d in docs)
    (folder / "documents.jsonl").write_text(lines + "\n", encoding="utf-8")


def test_train_place_chooser_is_reproducible(tmp_path: Path) -> None:
    folder = tmp_path / "gva_dev"
    _tiny_gva(folder)
    runner = CliRunner()
    outputs = []
    for name in ("first.json", "second.json"):
        path = tmp_path / name
        result = runner.invoke(app, ["train-place-chooser", str(tmp_path), "--output", str(path)])
        assert result.exit_code == 0, result.output
        assert "left out: heldout" in result.output
        outputs.append(path.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert data["features"] == list(pc.FEATURE_NAMES) and data["seed"] == 22


def test_the_command_help_says_what_to_type() -> None:
    result = CliRunner().invoke(app, ["train-place-chooser", "--help"])
    assert result.exit_code == 0
    options = [line.strip() for line in result.output.splitlines() if line.strip()[:1] == "-"]
    assert any("--output FILE" in line for line in options), result.output
    assert "held-out fold is left out" in " ".join(result.output.split())

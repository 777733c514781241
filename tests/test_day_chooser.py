"""The learned day chooser (extract.day_chooser): its decision rule, its effect on short
reports written for these tests, and the reproducible train command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mention_helpers import main_mention
from newsledger.eval import train_day_chooser as tdc
from newsledger.extract import day_chooser
from newsledger.extract.day_chooser import DayCandidate, DayChooser
from newsledger.nlp.types import DateExpression
from newsledger.serve.cli import app

PUBLISHED = date(2016, 3, 12)  # a Saturday


def _day(start: int, day: date, relation: str = "past") -> DateExpression:
    return DateExpression(start, start + 6, "Monday", day, day, "day", None, relation)


def _claimed_day(text: str, title: str = "") -> tuple[str | None, str | None]:
    """(the main mention's date, the words of its evidence) for a report published PUBLISHED."""
    full = f"{title}\n\n{text}" if title else text
    claims = main_mention(full, "en", PUBLISHED).claims_for("date")
    if not claims:
        return None, None
    return str(claims[0].value), claims[0].span.text


def test_the_rules_day_stands_unless_another_is_likelier_by_the_margin() -> None:
    chooser = DayChooser(("violence",), (4.0,), -2.0, margin=0.3, floor=0.9)
    rules = _day(0, date(2016, 3, 11))
    other = _day(40, date(2016, 3, 9))
    close = [DayCandidate(rules, {"violence": 0.6}), DayCandidate(other, {"violence": 0.9})]
    assert chooser.choose(close, rules) is rules  # 0.60 against 0.83: within the margin
    far = [DayCandidate(rules, {"violence": 0.0}), DayCandidate(other, {"violence": 1.0})]
    assert chooser.choose(far, rules) is other  # 0.12 against 0.88


def test_without_a_rules_day_only_a_candidate_over_the_floor_is_taken() -> None:
    chooser = DayChooser(("violence",), (4.0,), -2.0, margin=0.3, floor=0.9)
    weak = [DayCandidate(_day(0, date(2016, 3, 9)), {"violence": 1.0})]  # 0.88
    assert chooser.choose(weak, None) is None
    strong = DayChooser(("violence",), (4.0,), -2.0, margin=0.3, floor=0.8)
    assert strong.choose(weak, None) is weak[0].expr


def test_a_follow_up_keeps_the_shootings_day_over_the_charges_day() -> None:
    text = ("Charges were filed Friday against a man accused of shooting his neighbor. "
            "According to police, the neighbor was shot around 6 p.m. Monday during an argument.")
    assert _claimed_day(text, "Charges filed") == ("2016-03-07", "around 6 p.m. Monday")


def test_the_shipped_chooser_takes_the_shootings_day_over_an_earlier_shooting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rules take the earlier shooting's Monday (told in the pluperfect, in the same
    segment); the shipped model takes the reported shooting's day and its own span. Unhooked,
    the answer is not the report's day: this test fails if the chooser is switched off."""
    text = ("A man was shot and wounded late Wednesday night, March 9, police said. "
            "Another man had been shot Monday at the same corner.")
    assert _claimed_day(text) == ("2016-03-09", "late Wednesday night")
    monkeypatch.setattr(day_chooser, "shipped_chooser", lambda: None)
    assert _claimed_day(text)[0] != "2016-03-09"


def test_the_rules_day_stands_against_a_recalled_shooting() -> None:
    text = ("A woman was shot Tuesday night in Springfield, police said. In March 2014, her "
            "brother was shot on the same street.")
    assert _claimed_day(text, "Woman shot") == ("2016-03-08", "Tuesday night")


def test_the_train_folds_are_scikit_learns_shuffled_group_folds() -> None:
    """The folds are written out (scikit-learn before 1.6 has no GroupKFold shuffle); where
    it has one, they are its folds, so the shipped file reproduces."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    incidents = [f"incident-{(k * 7) % 23}" for k in range(60)]
    examples = [tdc.ArticleDays(k, date(2016, 3, 1), None, ()) for k in incidents]
    splitter = GroupKFold(n_splits=tdc.FOLDS, shuffle=True, random_state=tdc.SEED)
    expected = [(list(tr), list(te)) for tr, te in splitter.split(np.zeros(60), groups=incidents)]
    assert list(tdc._group_folds(examples)) == expected
    for train, test in expected:  # whole incidents on one side
        assert not {incidents[i] for i in train} & {incidents[i] for i in test}


def _fixture(folder: Path) -> None:
    """A gva_dev-shaped folder of short reports written for this test: incidents whose ids
    fall in the train fold, and one in the held-out fold that the trainer must not read."""
    reports = [
        ("900001", "March 9, 2016", "Police said a man was shot Wednesday evening on Oak Street. "
         "A suspect was arrested Friday."),
        ("900002", "March 10, 2016", "A woman was wounded in a shooting Thursday night. "
         "Officers said Friday they had no suspect."),
        ("900003", "March 11, 2016", "Two men were shot early Friday outside a bar. "
         "A vigil was held Saturday."),
        ("900004", "March 8, 2016", "A teenager was shot and killed Tuesday. "
         "The suspect appeared in court Friday."),
        ("900006", "March 7, 2016", "Deputies responded to a shooting Monday afternoon. "
         "The victim was released from the hospital Thursday."),
        ("900007", "March 10, 2016", "A man was charged Friday in a shooting that happened "
         "Thursday morning."),
        ("900008", "March 9, 2016", "Gunfire broke out Wednesday at a park. "
         "Police said Friday that two people were hurt."),
        ("900010", "March 11, 2016", "A gunman opened fire Friday at a store. "
         "Charges were filed Saturday."),
        ("900005", "March 6, 2016", "A man was shot Sunday. Police said Monday he died."),
    ]
    gold: dict[str, dict[str, object]] = {}
    with (folder / "documents.jsonl").open("w", encoding="utf-8") as out:
        for key, day, text in reports:
            url = f"https://example.org/{key}"
            gold[key] = {"date": day, "city_or_county": "Springfield", "state": "Illinois",
                         "num_killed": 0, "num_injured": 1, "urls": [url]}  # fmt: skip
            record = {"url": url, "title": "Shooting", "published": "2016-03-12",
                      "text": text, "language": "en"}  # fmt: skip
            out.write(json.dumps(record) + "\n")
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_train_command_is_reproducible_and_leaves_out_the_heldout_fold(tmp_path: Path) -> None:
    bench = tmp_path / "bench"
    (bench / "gva_dev").mkdir(parents=True)
    _fixture(bench / "gva_dev")
    runner = CliRunner()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for path in (first, second):
        result = runner.invoke(app, ["train-day-chooser", str(bench), "--output", str(path)])
        assert result.exit_code == 0, result.output
        assert "left out: gva_dev heldout fold" in result.stdout
        assert "train articles 8:" in result.stdout  # 900005 is held out
    assert first.read_bytes() == second.read_bytes()
    model = DayChooser.from_json(json.loads(first.read_text(encoding="utf-8")))
    assert len(model.features) == len(model.coefficients) > 5


def _told(start: int, day: date, **features: float) -> DayCandidate:
    return DayCandidate(_day(start, day), {"owned_by_main": 1.0, **features})


def test_a_steps_day_gives_way_to_the_violence_told_a_day_before() -> None:
    # "had a second surgery Friday morning ... was shot Thursday night": the surgery is the step
    surgery = _told(0, date(2016, 3, 11), verb_other=1.0)
    shot = _told(80, date(2016, 3, 10), verb_violence=1.0)
    assert day_chooser.violence_day_before_step([surgery, shot], surgery.expr,
                                              {shot.expr.start}) is shot.expr
    vigil = _told(0, date(2016, 3, 13), verb_follow_up=1.0)  # "a vigil was held Sunday night"
    shot_saturday = _told(60, date(2016, 3, 12), verb_violence=1.0)
    assert day_chooser.violence_day_before_step([vigil, shot_saturday], vigil.expr,
                                              {shot_saturday.expr.start}) is (
        shot_saturday.expr)


def test_a_steps_day_stands_against_violence_recalled_far_before_or_another_mentions() -> None:
    surgery = _told(0, date(2016, 3, 11), verb_other=1.0)
    recalled = _told(80, date(2016, 3, 10), verb_violence=1.0, recalls_other=1.0)
    assert day_chooser.violence_day_before_step([surgery, recalled], surgery.expr, {80}) is (
        surgery.expr)  # "in an unrelated case, a man was shot Thursday"
    long_before = _told(80, date(2016, 3, 1), verb_violence=1.0)
    assert day_chooser.violence_day_before_step([surgery, long_before], surgery.expr, {80}) is (
        surgery.expr)
    elsewhere = DayCandidate(_day(80, date(2016, 3, 10)), {"verb_violence": 1.0})
    assert day_chooser.violence_day_before_step([surgery, elsewhere], surgery.expr, {80}) is (
        surgery.expr)  # a day another mention of the report owns


def test_a_day_that_dates_the_incident_or_names_it_stands() -> None:
    happened = _told(0, date(2016, 3, 11), verb_happening=1.0)  # "it happened Friday"
    named = _told(0, date(2016, 3, 11), verb_other=1.0, names_incident=1.0)  # "Friday's shooting"
    shot = _told(80, date(2016, 3, 10), verb_violence=1.0)
    for chosen in (happened, named):
        assert day_chooser.violence_day_before_step([chosen, shot], chosen.expr, {80}) is (
            chosen.expr)


def test_a_steps_day_stands_against_violence_the_main_incident_does_not_tell() -> None:
    surgery = _told(0, date(2016, 3, 11), verb_other=1.0)
    shot = _told(80, date(2016, 3, 10), verb_violence=1.0)  # another person's shooting
    assert day_chooser.violence_day_before_step([surgery, shot], surgery.expr, ()) is (
        surgery.expr)


def test_the_victims_own_shooting_told_after_a_step_dates_the_report() -> None:
    # the surgery is Friday's step; "he" is the boy, shot the night before
    assert _claimed_day("A 15-year-old boy had a second surgery Friday morning, his family said "
                        "Friday. Police said he was shot Thursday night on Elm Street.",
                        "Teen recovering after shooting") == ("2016-03-10", "Thursday night")


@pytest.mark.parametrize("other_shooting", [
    "His older brother was shot Thursday night in Dayton and is in stable condition.",
    "Another teen was shot Thursday night two blocks away and is in stable condition.",
])  # fmt: skip
def test_another_persons_shooting_told_after_a_step_does_not_date_the_report(
    other_shooting: str,
) -> None:
    day, _ = _claimed_day("A 15-year-old boy who was wounded on Elm Street had a second surgery "
                          f"Friday morning, his family said Friday. {other_shooting}",
                          "Teen recovering after shooting")  # fmt: skip
    assert day != "2016-03-10"  # Thursday night is the other person's shooting


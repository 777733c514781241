"""ACLED sides from typed actors: hand-made actor records, and one sentence of our own through the
real extractor."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.extract.acled_actors import (
    acled_sides,
    acled_sides_of_claims,
    is_outlet_name,
    side_records,
)
from newsledger.extract.actors import assign_inter_codes, extract_actors
from newsledger.extract.segment import sentences
from newsledger.nlp.pipeline import load_pipeline


def _actor(name: str, kind: str, role: str, inter: str) -> dict[str, Any]:
    return {"name": name, "type": kind, "role": role, "inter": inter}


def test_one_kind_never_on_both_sides() -> None:
    sides = acled_sides([
        _actor("police", "police", "agent", "1"),
        _actor("youths", "rioters", "agent", "5"),
        _actor("officers", "police", "target", "1"),
        _actor("police", "police", "target", "1"),
        _actor("youths", "rioters", "target", "5"),
    ])  # fmt: skip
    assert sides.actor1 is not None and sides.actor2 is not None
    assert sides.actor1.kind == "rioters"
    assert sides.actor2.kind == "police"
    kinds1 = {sides.actor1.kind} | {a.kind for a in sides.assoc1}
    kinds2 = {sides.actor2.kind} | {a.kind for a in sides.assoc2}
    assert not kinds1 & kinds2


def test_a_civilian_who_fought_back_and_died_is_side_two() -> None:
    sides = acled_sides([
        _actor("a taxi driver", "civilians", "agent", "7"),
        _actor("gang", "rioters", "agent", "5"),
    ])  # fmt: skip
    assert sides.actor1 is not None and sides.actor1.kind == "rioters"
    assert sides.actor2 is not None and sides.actor2.kind == "civilians"
    assert sides.assoc1 == []


def test_a_target_is_never_an_associate_of_side_one() -> None:
    sides = acled_sides([
        _actor("soldiers", "military", "agent", "1"),
        _actor("the militia", "militia", "agent", "3"),
        _actor("the militia", "militia", "target", "3"),
        _actor("the militia", "militia", "target", "3"),
        _actor("villagers", "civilians", "target", "7"),
    ])  # fmt: skip
    assert sides.actor1 is not None and sides.actor1.kind == "military"
    assert all(a.kind != "militia" for a in sides.assoc1)


def test_peaceful_protest_has_no_second_side() -> None:
    sides = acled_sides([_actor("teachers", "protesters", "agent", "6")])
    assert sides.actor1 is not None and sides.actor1.inter == "6"
    assert sides.actor2 is None
    assert sides.to_json()["actor2"] is None


def test_sides_from_a_sentence_keep_evidence() -> None:
    text = "Soldiers opened fire on farmers in the market, and the farmers attacked a patrol."
    doc = load_pipeline("en")(text)
    actors = extract_actors(sentences(doc), "t")
    assign_inter_codes(actors, "Violence against civilians")
    sides = acled_sides_of_claims(actors)
    assert sides.actor1 is not None and sides.actor1.kind == "military"
    assert sides.actor2 is not None and sides.actor2.kind == "civilians"
    evidence = sides.actor1.evidence
    assert evidence is not None
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_state_forces_acting_and_attacked_face_a_crowd_that_only_acts() -> None:
    sides = acled_sides([
        _actor("police", "police", "agent", "1"),
        _actor("youths", "rioters", "agent", "5"),
        _actor("police", "police", "target", "1"),
    ])  # fmt: skip
    assert sides.actor1 is not None and sides.actor1.kind == "rioters"
    assert sides.actor2 is not None and sides.actor2.kind == "police"


def test_mention_json_carries_its_acled_sides() -> None:
    from newsledger.model import Mention

    text = "Soldiers opened fire on farmers in the market, and the farmers attacked a patrol."
    doc = load_pipeline("en")(text)
    actors = extract_actors(sentences(doc), "a1")
    assign_inter_codes(actors, "Violence against civilians")
    mention = Mention("a1", 0, True)
    mention.claims = list(actors)
    sides = mention.to_json()["acled_actors"]
    assert sides["actor1"]["type"] == "military"
    assert sides["actor2"]["type"] == "civilians"
    assert sides["actor1"]["inter"] != sides["actor2"]["inter"]


def test_country_only_where_the_actor_words_state_it() -> None:
    from newsledger.extract.acled_actors import AcledActor, country_stated

    assert country_stated("Belgian police officers") == "BE"
    assert country_stated("the army of Mali") == "ML"
    assert country_stated("masked men") is None
    actor = AcledActor("police", "police", "1", {"text": "Dutch riot police"})
    assert actor.country == "NL"
    assert AcledActor("rioters", "rioters", "5").country is None


def test_seed_export_never_puts_one_actor_on_both_sides(seeded_db: str) -> None:
    """The codebook's invariants on the real seed reports' ACLED rows (not their values)."""
    import newsledger
    from newsledger.serve.exports import acled_row

    with newsledger.open(seeded_db) as ledger:
        summaries = ledger.incidents()
    assert summaries
    for summary in summaries:
        row = acled_row(summary)
        if row["actor1"] and row["actor2"]:
            assert row["actor1"] != row["actor2"], row
        sides = acled_sides(summary.get("actors") or [])
        side1 = {a.kind for a in [sides.actor1, *sides.assoc1] if a is not None}
        side2 = {a.kind for a in [sides.actor2, *sides.assoc2] if a is not None}
        assert not (side1 & side2) - {"unknown"}, summary.get("actors")
        victims = {
            str(a.get("name")).lower() for a in summary.get("actors") or []
            if a.get("role") == "target"
        }  # fmt: skip
        assoc1 = {n.strip().lower() for n in row["assoc_actor_1"].split(";") if n.strip()}
        assert not {n.split(" (")[0] for n in assoc1} & victims, row


def _row_actors(actors: list[dict[str, Any]]) -> dict[str, str]:
    from newsledger.serve.exports import acled_sides as export_sides

    return export_sides(actors, "United States")


def test_an_armed_side_no_report_names_is_an_unidentified_armed_group() -> None:
    """ACLED's militia type is a group; a lone "gunman" with no group named is not one."""
    row = _row_actors([
        _actor("militia", "militia", "agent", "3"),
        _actor("man", "civilians", "target", "7"),
    ])  # fmt: skip
    assert row["actor1"] == "Unidentified Armed Group (United States)"
    headline = _row_actors([_actor("Gunmen", "militia", "agent", "3")])
    assert headline["actor1"] == "Unidentified Armed Group (United States)"
    named = _row_actors([_actor("Harbour Brigade", "militia", "agent", "3")])
    assert named["actor1"] == "Harbour Brigade (United States)"


def test_a_common_noun_is_never_an_associated_actor() -> None:
    row = _row_actors([
        _actor("militia", "militia", "agent", "3"),
        _actor("man", "civilians", "target", "7"),
        _actor("one women", "civilians", "target", "7"),
        _actor("Riverton Tenants Union", "civilians", "target", "7"),
    ])  # fmt: skip
    assert row["actor2"] == "Civilians (United States)"
    assert row["assoc2"] == "Riverton Tenants Union (United States)"


# --- outlets, police acronyms and cut names are no armed groups or associates ----------------


def test_an_outlet_that_reported_is_no_armed_group() -> None:
    sides = acled_sides([
        _actor("KXYZ", "militia", "agent", "3"),
        _actor("Harbor City News", "unknown", "agent", ""),
        _actor("man", "civilians", "target", "7"),
    ])  # fmt: skip
    assert sides.actor1 is None and not sides.assoc1
    assert sides.actor2 is not None and sides.actor2.kind == "civilians"


def test_a_newspaper_word_names_an_outlet_only_for_groups_of_no_side() -> None:
    sides = acled_sides([
        _actor("Riverside Times", "militia", "agent", "3"),
        _actor("man", "civilians", "target", "7"),
        _actor("Ann Post", "civilians", "target", "7"),
    ])  # fmt: skip
    assert sides.actor1 is None
    records = side_records([
        _actor("Riverside Times", "militia", "agent", "3"),
        _actor("man", "civilians", "target", "7"),
        _actor("Ann Post", "civilians", "target", "7"),
    ])  # fmt: skip
    assert {r["name"] for r in records} == {"man", "Ann Post"}


def test_a_police_department_acronym_is_the_police() -> None:
    sides = acled_sides([
        _actor("RPD", "militia", "agent", "3"),
        _actor("man", "civilians", "target", "7"),
    ])  # fmt: skip
    assert sides.actor1 is not None
    assert (sides.actor1.kind, sides.actor1.inter) == ("police", "1")


def test_a_title_or_suffix_alone_names_no_actor() -> None:
    sides = acled_sides([
        _actor("gunman", "militia", "agent", "3"),
        _actor("Jr.", "unknown", "agent", ""),
        _actor("Mr.", "civilians", "target", "7"),
    ])  # fmt: skip
    named = [a.name for a in [sides.actor1, sides.actor2, *sides.assoc1, *sides.assoc2] if a]
    assert "Jr." not in named and "Mr." not in named, named
    assert sides.actor2 is not None and sides.actor2.name == "civilians"


@pytest.mark.parametrize(
    ("name", "kind", "outlet"),
    [
        # outlet words of the outlet reader (nlp.outlets.MEDIA_WORDS) end an outlet's name
        ("Milwaukee Journal Sentinel", "unknown", True),
        ("Knoxville News Sentinel", "militia", True),
        ("Daily Telegraph", "unknown", True),
        ("WDAM-TV", "militia", True),
        # words that as often end a group's name or a surname do not
        ("Lone Star", "militia", False),
        ("Red Fox", "militia", False),
        ("Wayne County Medical Examiner", "militia", False),
        # a civilians actor's last word is never read as a paper's
        ("Daily Telegraph", "civilians", False),
    ],
)
def test_an_outlets_name_is_told_by_the_outlet_readers_words(
    name: str, kind: str, outlet: bool
) -> None:
    assert is_outlet_name(name, kind) is outlet

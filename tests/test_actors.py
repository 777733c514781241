"""Typed actors with agent/target roles from the syntax, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.actors import extract_actors, inter_code
from newsledger.extract.segment import sentences
from newsledger.nlp.pipeline import load_pipeline


def _actors(text: str, lang: str = "en") -> set[tuple[str, str | None, str | None]]:
    doc = load_pipeline(lang)(text)
    return {(str(c.value), c.kind, c.role) for c in extract_actors(sentences(doc), "t", lang)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active: subject agent, object target
        ("Dozens of youths attacked two police officers with bottles.",
         {("rioters", "rioters", "agent"), ("police", "police", "target")}),
        # passive: subject target, by-agent agent (not word order)
        ("Two police officers were attacked by a group of 50 rioters.",
         {("rioters", "rioters", "agent"), ("police", "police", "target")}),
        # reciprocal: both sides agents
        ("Clashes broke out between farmers and police officers in the square.",
         {("police", "police", "agent")}),
        ("Soldiers and rebels clashed near the airport.",
         {("military", "military", "agent"), ("rebels", "rebels", "agent")}),
        # throw ... at: target
        ("Protesters threw stones at gendarmes.",
         {("protesters", "protesters", "agent"), ("police", "police", "target")}),
        # named group from the noun phrase
        ("Activists from the Green Front group attacked a police van.",
         {("Green Front", "activists", "agent")}),
        # French: agent and target through UD obliques
        ("Les manifestants ont attaqué les gendarmes.",
         {("protesters", "protesters", "agent"), ("police", "police", "target")}),
    ],
)  # fmt: skip
def test_roles(text: str, expected: set[tuple[str, str, str]]) -> None:
    lang = "fr" if text.startswith("Les ") else "en"
    assert expected <= _actors(text, lang)


def test_pronouns_are_not_guessed() -> None:
    assert not any(kind is None for _, kind, _ in _actors("They attacked him in the street."))


@pytest.mark.parametrize(
    ("kind", "role", "event_type", "code"),
    [
        ("police", "target", "Riots", "1"),
        ("migrants", "agent", "Riots", "5"),
        ("migrants", "target", "Riots", "7"),
        ("migrants", "agent", "Protests", "6"),
        ("protesters", "agent", "Riots", "5"),
        ("rebels", "agent", "Battles", "2"),
        ("militia", "agent", "Violence against civilians", "3"),
        ("civilians", "target", "Violence against civilians", "7"),
        ("unknown", "target", None, None),
    ],
)
def test_inter_codes(kind: str, role: str, event_type: str | None, code: str | None) -> None:
    assert inter_code(kind, role, event_type) == code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Four villagers died when gunmen stormed the hamlet at dawn.", "civilians"),
        ("The hospital counted dozens of civilian deaths after the shelling.", "civilians"),
    ],
)
def test_who_dies_or_is_hurt_is_acted_upon(text: str, kind: str) -> None:
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")(text)
    sents = sentences(doc)
    word = "died" if "died" in text else "deaths"
    tok = next(t for t in doc if t.text == word)
    trig = Trigger("kill", tok, tok.idx, tok.idx + len(tok))
    roles = {(c.kind, c.role) for c in extract_actors(sents, "t", "en", [trig])}
    assert (kind, "target") in roles
    assert (kind, "agent") not in roles


def _claims(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = load_pipeline("en")(text)
    return [
        (str(c.value), c.kind, c.role, c.span.text)
        for c in extract_actors(sentences(doc), "t", "en")
    ]


def test_pronoun_takes_the_kind_of_the_nearest_compatible_noun() -> None:
    claims = _claims("Rebels entered the village at dawn. They killed four farmers.")
    assert ("rebels", "rebels", "agent", "They") in claims
    singular = _claims("A gunman walked into the hall. He shot two guards.")
    assert ("militia", "militia", "agent", "He") in singular


def test_pronoun_with_nothing_to_name_stays_out() -> None:
    assert not any(span == "He" for *_, span in _claims("He shot two guards at the gate."))
    # a plural pronoun never names a singular noun
    assert not any(span == "They" for *_, span in _claims("A soldier arrived. They shot a man."))


def test_adjective_trigger_reads_the_verb_it_completes() -> None:
    claims = _claims("A shopkeeper was shot dead by soldiers outside his store.")
    assert ("military", "military", "agent", "soldiers") in claims
    assert any(kind == "civilians" and role == "target" for _, kind, role, _ in claims)


def test_subject_of_an_undergoing_verb_is_the_target() -> None:
    claims = _claims("Several soldiers suffered injuries in the ambush.")
    assert any(kind == "military" and role == "target" for _, kind, role, _ in claims)
    assert not any(kind == "military" and role == "agent" for _, kind, role, _ in claims)


def test_a_place_or_a_preceding_clause_is_not_an_agent() -> None:
    named = _claims("The Lagos bombing killed three bus drivers.")
    assert not any("Lagos" in span for *_, span in named)
    after = _claims("After the explosion, the minister sent a message to the families.")
    assert not any(role == "agent" for _, _, role, _ in after)


def test_named_person_in_a_role_is_typed_by_the_role() -> None:
    # a real person's name (a public figure) in a sentence of our own
    claims = _claims("Police arrested Julian Assange outside the embassy.")
    assert ("police", "police", "agent", "Police") in claims
    assert any(kind == "civilians" and role == "target" and "Assange" in span
               for _, kind, role, span in claims)  # fmt: skip


def test_a_side_that_acted_and_was_only_hurt_stays_the_agent() -> None:
    claims = _claims("Rioters attacked the town hall. Two rioters were injured by rubber bullets.")
    roles = {role for _, kind, role, _ in claims if kind == "rioters"}
    assert roles == {"agent"}
    # a side attacked outright keeps its target claim beside the agent one
    both = _claims("Soldiers attacked the rebels, and rebels attacked a checkpoint. Four rebels "
                   "were wounded.")  # fmt: skip
    assert {role for _, kind, role, _ in both if kind == "rebels"} == {"agent", "target"}


def test_a_rank_names_state_forces_unless_a_modifier_says_whose() -> None:
    claims = _claims("A general was killed by a roadside bomb near the base.")
    assert any(kind == "military" and role == "target" for _, kind, role, _ in claims)
    rebel = _claims("A rebel commander was killed in the raid.")
    assert any(kind == "rebels" and role == "target" for _, kind, role, _ in rebel)


def test_a_condition_stated_through_a_copula_befell_the_subject() -> None:
    from newsledger.extract.event_words import KILL
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")("By morning, four soldiers were dead.")
    dead = next(t for t in doc if t.lower_ == "dead")
    trigger = Trigger(KILL, dead, dead.idx, dead.idx + len(dead))
    claims = [
        (str(c.value), c.kind, c.role, c.span.text)
        for c in extract_actors(sentences(doc), "t", "en", [trigger])
    ]
    assert any(kind == "military" and role == "target" for _, kind, role, _ in claims)
    assert not any(role == "agent" for _, _, role, _ in claims)


def _claims_of(text: str, word: str, family: str) -> list[tuple[str, str | None, str | None, str]]:
    """Claims for one trigger word given as the event (as the WikiEvents scorer gives it)."""
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")(text)
    tok = next(t for t in doc if t.text == word)
    trigger = Trigger(family, tok, tok.idx, tok.idx + len(tok))
    return [
        (str(c.value), c.kind, c.role, c.span.text)
        for c in extract_actors(sentences(doc), "t", "en", [trigger])
    ]


def test_a_bare_count_takes_the_kind_of_the_noun_it_elides() -> None:
    claims = _claims_of("The ambush killed six soldiers and wounded 14.", "wounded", "injure")
    assert ("military", "military", "target", "14") in claims
    text = "The blast killed two passengers and injured 30 others."
    others = _claims_of(text, "injured", "injure")
    assert any(kind == "civilians" and span.endswith("others") for _, kind, _, span in others)


def test_a_bare_count_with_nothing_to_name_it_is_an_unknown_target() -> None:
    claims = _claims_of("By Monday, 37 had been killed.", "killed", "kill")
    assert [(kind, role, span) for _, kind, role, span in claims] == [("unknown", "target", "37")]
    # a count that only modifies its noun is that noun's
    soldiers = _claims_of("Rebels killed 37 soldiers.", "killed", "kill")
    assert not any(kind == "unknown" for _, kind, _, _ in soldiers)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The insurgents claimed responsibility for the bombing.", "bombing", "rebels"),
        ("Responsibility for the raid was claimed by a militia.", "raid", "militia"),
        ("The governor blamed the ambush on bandits.", "ambush", "militia"),
        ("Police blamed the rebels for the ambush.", "ambush", "rebels"),
        ("The raid was carried out by militiamen.", "raid", "militia"),
        ("Investigators named the gunmen responsible for the ambush.", "ambush", "militia"),
        ("Twelve militants were involved in the ambush.", "ambush", "militia"),
    ],
)
def test_who_claims_is_blamed_or_carried_out_the_event_is_its_agent(
    text: str, word: str, kind: str
) -> None:
    claims = _claims_of(text, word, "attack")
    assert {k for _, k, role, _ in claims if role == "agent"} == {kind}


def test_who_denies_or_comments_on_an_event_is_not_its_agent() -> None:
    denied = _claims_of("The rebels denied responsibility for the ambush.", "ambush", "attack")
    assert not any(role == "agent" for _, _, role, _ in denied)
    spoke = _claims_of("The minister condemned the attack on the convoy.", "attack", "attack")
    assert not any(kind == "government" for _, kind, _, _ in spoke)
    blamer = _claims_of("The governor blamed the ambush on bandits.", "ambush", "attack")
    assert not any(kind == "government" for _, kind, _, _ in blamer)


def test_conjoined_event_nouns_share_whom_they_befell() -> None:
    claims = _claims_of("Witnesses described the beating and killing of villagers.", "killing",
                        "kill")  # fmt: skip
    assert any(kind == "civilians" and role == "target" for _, kind, role, _ in claims)


def test_a_generic_organisation_noun_is_typed_and_named_by_its_modifiers() -> None:
    named = _claims_of("Since the al-Shabaab militant group launched the raids, the town is empty.",
                       "raids", "attack")  # fmt: skip
    assert ("al-Shabaab", "militia", "agent", "al-Shabaab") in named
    armed = _claims_of("A separatist group ambushed the patrol.", "ambushed", "attack")
    assert any(kind == "rebels" and role == "agent" for _, kind, role, _ in armed)
    # a possessor owns the unit; the unit keeps its own noun as evidence
    owned = _claims_of("Hezbollah's southern brigade fired rockets at the camp.", "fired",
                       "attack")  # fmt: skip
    assert ("Hezbollah", "militia", "agent", "southern brigade") in owned


def test_who_is_behind_an_event_is_its_agent() -> None:
    claims = _claims_of("The gunman behind the ambush was arrested on Friday.", "ambush", "attack")
    assert any(kind == "militia" and role == "agent" for _, kind, role, _ in claims)
    copula = _claims_of("Officials said rebels were behind the raid.", "raid", "attack")
    assert any(kind == "rebels" and role == "agent" for _, kind, role, _ in copula)


def test_a_place_name_before_an_event_noun_is_not_its_agent() -> None:
    claims = _claims_of("The Nairobi bombing killed four guards.", "bombing", "attack")
    assert not any(role == "agent" for _, _, role, _ in claims)


def test_a_past_form_modifying_its_noun_is_passive() -> None:
    claims = _claims_of("The suspect, shot dead by police on Sunday, had fled the town.", "shot",
                        "shoot")  # fmt: skip
    assert ("unknown", "target") in {(kind, role) for _, kind, role, _ in claims}
    assert ("police", "agent") in {(kind, role) for _, kind, role, _ in claims}


@pytest.mark.parametrize(
    ("text", "word", "kind", "role"),
    [
        ("The kidnappers released two hostages on Monday.", "released", "militia", "agent"),
        ("Gunmen seized four hostages at the market.", "seized", "civilians", "target"),
        ("The suspect stabbed a shopkeeper.", "stabbed", "unknown", "agent"),
        ("He was detained by intelligence forces at dawn.", "detained", "police", "agent"),
        ("A roadside bomb killed two service members.", "killed", "military", "target"),
    ],
)  # fmt: skip
def test_people_nouns_the_shared_vocabulary_lacks(text: str, word: str, kind: str,
                                                  role: str) -> None:  # fmt: skip
    claims = _claims_of(text, word, "attack")
    assert (kind, role) in {(k, r) for _, k, r, _ in claims}


def test_an_including_phrase_lists_more_of_the_side_acted_upon() -> None:
    claims = _claims_of("Nine people were wounded, including three nurses.", "wounded", "injure")
    assert any(kind == "civilians" and span == "three nurses" for _, kind, _, span in claims)


@pytest.mark.parametrize(
    ("text", "word", "span"),
    [
        ("Of the 40 injured, six were children.", "injured", "40"),
        ("Four of the injured were firefighters.", "injured", "Four"),
        ("The wounded included two nurses.", "wounded", "two nurses"),
        ("Flowers were left for all of those injured at the station.", "injured", "those"),
    ],
)
def test_a_participle_used_as_a_noun_names_who_underwent_it(text: str, word: str,
                                                            span: str) -> None:  # fmt: skip
    claims = _claims_of(text, word, "injure")
    assert span in {s for _, _, role, s in claims if role == "target"}


@pytest.mark.parametrize(
    ("text", "word", "span"),
    [
        ("The blast hit a police patrol near the bridge.", "blast", "police patrol"),
        ("Two soldiers were wounded by an explosion at the gate.", "explosion", "Two soldiers"),
        ("The region saw bombings aimed at the army.", "bombings", "army"),
    ],
)
def test_what_an_event_noun_struck_is_its_target(text: str, word: str, span: str) -> None:
    claims = _claims_of(text, word, "attack")
    assert span in {s for _, _, role, s in claims if role == "target"}


def test_a_weapon_or_an_event_noun_is_never_the_agent() -> None:
    from newsledger.extract.actors import trigger_arguments
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")("The device exploded near the market, killing two traders.")
    tok = next(t for t in doc if t.text == "killing")
    args = trigger_arguments(Trigger("kill", tok, tok.idx, tok.idx + len(tok)))
    assert not any(role == "agent" for _, role in args)
    assert any(arg.text == "traders" and role == "target" for arg, role in args)


def test_an_untyped_name_that_acts_is_an_unknown_agent_unless_it_is_a_place() -> None:
    # real names the small model tags as a place or not at all
    for text in ("Tsarnaev, 19, detonated the second bomb.", "Dzhokhar detonated the second bomb."):
        claims = _claims_of(text, "detonated", "ied")
        assert ("unknown", "agent") in {(kind, role) for _, kind, role, _ in claims}
    place = _claims_of("The Nairobi Marathon bombing killed four guards.", "bombing", "attack")
    assert not any(role == "agent" for _, _, role, _ in place)


def test_wikievents_tunes_on_dev_and_reports_test(bench_dir: Path) -> None:
    from newsledger.eval.bench_wikievents import score_wikievents

    dev = score_wikievents(bench_dir / "wikievents", limit=1, fold="train")
    test = score_wikievents(bench_dir / "wikievents", limit=1)
    assert {row["fold"] for row in dev["scoreboard"]} == {"dev"}
    assert {row["fold"] for row in test["scoreboard"]} == {"test"}
    with pytest.raises(ValueError):
        score_wikievents(bench_dir / "wikievents", limit=1, fold="nope")


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The younger man was found guilty of the shooting of a guard.", "shooting", "civilians"),
        ("A jury found the older man guilty of killing two tellers.", "killing", "civilians"),
        ("The gunman was convicted of the murder of a shopkeeper.", "murder", "militia"),
        ("The teenager was charged with the bombing of a bus station.", "bombing", "civilians"),
        ("Police accused two brothers of setting off the bombs.", "bombs", "civilians"),
        ("The driver pleaded guilty to the killing of a cyclist.", "killing", "civilians"),
        ("Officers detained a suspect in the shooting of two guards.", "shooting", "unknown"),
    ],
)  # fmt: skip
def test_who_is_convicted_charged_or_suspected_of_an_event_is_its_agent(
    text: str, word: str, kind: str
) -> None:
    claims = _claims_of(text, word, "kill")
    assert {k for _, k, role, _ in claims if role == "agent"} == {kind}


def test_who_arrests_or_acquits_is_not_the_agent_of_the_event() -> None:
    arrest = _claims_of("Officers detained a suspect in the shooting of two guards.", "shooting",
                        "shoot")  # fmt: skip
    assert not any(kind == "police" for _, kind, _, _ in arrest)
    acquitted = _claims_of("The woman was acquitted of the murder of a neighbour.", "murder",
                           "kill")  # fmt: skip
    assert not any(role == "agent" for _, _, role, _ in acquitted)


def test_a_harm_in_an_event_takes_the_agents_of_that_event() -> None:
    by = _claims_of("Three soldiers were killed in an attack by the rebels.", "killed", "kill")
    assert ("rebels", "agent") in {(kind, role) for _, kind, role, _ in by}
    assert ("military", "target") in {(kind, role) for _, kind, role, _ in by}
    modifier = _claims_of("Four soldiers died in a militia ambush.", "died", "kill")
    assert ("militia", "agent") in {(kind, role) for _, kind, role, _ in modifier}
    # a verb that names its own agent keeps it
    own = _claims_of("Police shot two men in a raid by rebels.", "shot", "shoot")
    assert {kind for _, kind, role, _ in own if role == "agent"} == {"police"}


def test_the_owner_of_a_decision_to_act_is_the_agent() -> None:
    claims = _claims_of("The militia's decision to carry out the raids proved costly.", "raids",
                        "attack")  # fmt: skip
    assert {kind for _, kind, role, _ in claims if role == "agent"} == {"militia"}
    # a plan with no owner names no one: the plan is not the agent
    from newsledger.extract.actors import trigger_arguments
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")("A plan to carry out the raids was abandoned.")
    tok = next(t for t in doc if t.text == "raids")
    args = trigger_arguments(Trigger("attack", tok, tok.idx, tok.idx + len(tok)))
    assert not any(role == "agent" for _, role in args)


def test_who_lost_their_lives_in_an_event_underwent_it() -> None:
    claims = _claims_of("Two soldiers lost their lives in the ambush.", "ambush", "attack")
    assert [(kind, role) for _, kind, role, _ in claims] == [("military", "target")]
    verb = _claims_of("Two soldiers lost their lives in the ambush.", "lost", "kill")
    assert [(kind, role) for _, kind, role, _ in verb] == [("military", "target")]


def test_both_sides_of_a_battle_between_them_are_agents() -> None:
    claims = _claims_of("The battle between soldiers and rebels lasted a day.", "battle", "attack")
    assert {kind for _, kind, role, _ in claims if role == "agent"} == {"military", "rebels"}


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("A car bomb exploded near the main market on Monday.", "exploded", "market"),
        ("Gunmen carried out an attack in the city of Lyon.", "attack", "lyon"),
        ("Two guards were shot dead outside the train station.", "shot", "station"),
        # a place of another clause is not the event's
        ("The minister, who lives in Paris, condemned the killing.", "killing", None),
    ],
)  # fmt: skip
def test_the_role_reader_place_hangs_on_the_trigger(text: str, word: str,
                                                    place: str | None) -> None:  # fmt: skip
    from newsledger.eval.bench_wikievents import places_of

    doc = load_pipeline("en")(text)
    found = places_of(next(t for t in doc if t.text == word))
    assert (found[0].lower_ if found else None) == place


def test_whoever_owns_or_planted_the_means_is_the_agent() -> None:
    marked = _claims_of("An IRA bomb exploded outside the barracks.", "exploded", "ied")
    assert [(name, role) for name, _, role, _ in marked] == [("IRA", "agent")]
    planted = _claims_of("The bomb planted by the rebels went off near the market.", "went",
                         "ied")  # fmt: skip
    assert {kind for _, kind, role, _ in planted if role == "agent"} == {"rebels"}
    owned = _claims_of("The rebels' rockets killed five villagers.", "killed", "kill")
    assert {kind for _, kind, role, _ in owned if role == "agent"} == {"rebels"}
    # a place on the weapon says where, and a bare weapon names no one
    placed = _claims_of("A Nairobi bomb killed five villagers.", "killed", "kill")
    assert not any(role == "agent" for _, _, role, _ in placed)


def test_a_passive_believing_verb_leaves_the_infinitive_its_own_voice() -> None:
    acted = _claims_of("A militant is believed to have detonated the bomb.", "detonated", "ied")
    assert ("militia", "agent") in {(kind, role) for _, kind, role, _ in acted}
    underwent = _claims_of("Two soldiers are believed to have been killed.", "killed", "kill")
    assert [(kind, role) for _, kind, role, _ in underwent] == [("military", "target")]
    behind = _claims_of("The commander, who is believed to be behind the raid, fled.", "raid",
                        "attack")  # fmt: skip
    assert ("military", "agent") in {(kind, role) for _, kind, role, _ in behind}


def test_a_country_that_strikes_is_its_forces() -> None:
    claims = _claims_of("The village was shelled by Russia.", "shelled", "shell")
    assert ("military", "agent") in {(kind, role) for _, kind, role, _ in claims}
    # a country where the event happened is no agent
    where = _claims_of("Gunmen killed five villagers in Nigeria.", "killed", "kill")
    assert {kind for _, kind, role, _ in where if role == "agent"} == {"militia"}


def test_office_holders_are_government_and_who_names_an_event_is_no_agent() -> None:
    attacked = _claims_of("Gunmen attacked the president near the palace.", "attacked", "attack")
    assert ("government", "target") in {(kind, role) for _, kind, role, _ in attacked}
    named = _claims_of("The mayor called the explosion an attack.", "explosion", "ied")
    assert not any(role == "agent" for _, _, role, _ in named)
    fire = _claims_of("Arsonists attacked the depot.", "attacked", "attack")
    assert ("unknown", "agent") in {(kind, role) for _, kind, role, _ in fire}


def test_names_in_apposition_in_a_list_are_the_same_side() -> None:
    claims = _claims_of(
        "Soldiers attacked two militias, Green Front and Red Dawn, near the border.",
        "attacked", "attack",
    )
    targets = {span for _, _, role, span in claims if role == "target"}
    assert {"Green Front", "Red Dawn"} <= targets
    assert {kind for _, kind, role, _ in claims if role == "agent"} == {"military"}


def test_wikievents_text_keeps_the_sets_sentences_apart() -> None:
    from newsledger.eval.bench_wikievents import _token_offsets, document_text

    words = [["Rebels", "bombed", "the", "depot", "."], ["==", "Aftermath", "=="],
             ["Two", "guards", "died", "."]]  # fmt: skip
    glued = "Rebels bombed the depot.==Aftermath==Two guards died."
    sentences = [
        [[[w, 0, 0] for w in ws], text]
        for ws, text in zip(words, ("Rebels bombed the depot.", "==Aftermath==",
                                    "Two guards died."), strict=True)
    ]  # fmt: skip
    document = {"text": glued, "tokens": [w for ws in words for w in ws], "sentences": sentences}
    text = document_text(document)
    assert text == "Rebels bombed the depot.\n==Aftermath==\nTwo guards died."
    offsets = _token_offsets(document)
    assert [text[a:b] for a, b in offsets] == document["tokens"]
    doc = load_pipeline("en")(text)
    guards = next(t for t in doc if t.text == "guards")
    assert guards.sent.text.strip() == "Two guards died."


def test_wikievents_coreferent_match_takes_any_mention_once() -> None:
    from newsledger.eval.bench_wikievents import ROLES, RoleCounts, _count_coreferent

    counts = {r: RoleCounts() for r in ROLES}
    gold = [("attacker", frozenset({"smith", "gunman", "he"}))]
    _count_coreferent(counts, {("attacker", "gunman"), ("attacker", "he")}, gold)
    attacker = counts["attacker"]
    assert (attacker.tp, attacker.predicted, attacker.gold) == (1, 2, 1)
    missed = {r: RoleCounts() for r in ROLES}
    _count_coreferent(missed, {("victim", "gunman")}, gold)
    assert (missed["victim"].tp, missed["attacker"].tp, missed["attacker"].gold) == (0, 0, 1)


@pytest.mark.parametrize(
    ("text", "word", "places"),
    [
        # a place of a noun in the trigger's own phrase is the event's
        ("Rebels launched an attack on a checkpoint in the town of Gao.", "attack",
         ["checkpoint", "gao"]),
        ("A grenade exploded on a crowded road in the city of Quetta on Sunday.", "exploded",
         ["quetta"]),
        # every place of the phrase, nearest first
        ("Gunmen attacked a bus in Kano, Nigeria, on Monday.", "attacked", ["kano", "nigeria"]),
        # where a victim comes from is not where it happened
        ("The man from Lagos was killed by a stray bullet.", "killed", []),
    ],
)  # fmt: skip
def test_the_role_reader_takes_every_place_of_the_triggers_phrases(
    text: str, word: str, places: list[str]
) -> None:
    from newsledger.eval.bench_wikievents import places_of

    doc = load_pipeline("en")(text)
    assert [p.lower_ for p in places_of(next(t for t in doc if t.text == word))] == places


@pytest.mark.parametrize(
    ("text", "word", "agents"),
    [
        # a trailing participle follows the nearer event verb, not the verb the parser hangs it on
        ("Police are searching for a man who left a parcel holding a device that exploded on "
         "Monday, wounding nine people in a market.", "wounding", set()),
        ("Gunmen opened fire on a bus that was carrying pilgrims, killing 12 people.", "killing",
         {"militia"}),
        # a headline participle: the soldiers were killed, nobody is named as killing
        ("Nine soldiers killed in roadside blast", "killed", set()),
    ],
)  # fmt: skip
def test_who_acted_is_not_read_from_a_farther_clause(text: str, word: str,
                                                   agents: set[str]) -> None:  # fmt: skip
    claims = _claims_of(text, word, "kill")
    assert {kind for _, kind, role, _ in claims if role == "agent"} == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Twin bombs exploded near a stadium, killing four people.", set()),
        ("A car bomb exploded near a stadium.", set()),
        ("A roadside bomb exploded near a stadium.", set()),
        ("An IRA bomb exploded near a stadium.", {"IRA"}),
        ("The rebels' bomb exploded near a stadium.", {"rebels"}),
    ],
)  # fmt: skip
def test_a_kind_of_weapon_names_no_owner(text: str, agents: set[str]) -> None:
    from newsledger.extract.actors import trigger_arguments
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")(text)
    tok = next(t for t in doc if t.text == "exploded")
    args = trigger_arguments(Trigger("ied", tok, tok.idx, tok.idx + len(tok)))
    assert {arg.text for arg, role in args if role == "agent"} == agents


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        ("Members of the security forces opened fire.", "forces", "members"),
        ("A group of rioters attacked the station.", "rioters", "group"),
        # a count is not the argument's head: the people are
        ("Hundreds of hostages were freed.", "hostages", "hostages"),
        ("Dozens of villagers were wounded.", "villagers", "villagers"),
    ],
)  # fmt: skip
def test_wikievents_head_looks_through_counts_not_frames(text: str, word: str, head: str) -> None:
    from newsledger.eval.bench_wikievents import _frame_head

    doc = load_pipeline("en")(text)
    assert _frame_head(next(t for t in doc if t.text == word)).lower_ == head


@pytest.mark.parametrize(
    ("text", "word", "family", "agents"),
    [
        # an event word modifying the noun that names the event: the phrase's arguments are its
        ("The man accused of carrying out the shooting spree appeared in court.", "shooting",
         "shoot", {"civilians"}),
        ("Rebels waged a bombing campaign against the capital.", "bombing", "ied", {"rebels"}),
        # a person named after the event is no event phrase
        ("The attack suspect was detained near the border.", "attack", "attack", set()),
    ],
)  # fmt: skip
def test_an_event_word_modifying_its_event_noun_takes_the_phrases_arguments(
    text: str, word: str, family: str, agents: set[str]
) -> None:
    claims = _claims_of(text, word, family)
    assert {kind for _, kind, role, _ in claims if role == "agent"} == agents


def test_a_group_named_by_a_nested_name_is_typed() -> None:
    claims = _claims_of("The Islamic State group claimed responsibility for the bombing of the "
                        "mosque.", "bombing", "ied")  # fmt: skip
    assert ("militia", "agent") in {(kind, role) for _, kind, role, _ in claims}
    # a bare organisation noun still says no side
    bare = _claims_of("The group claimed responsibility for the bombing of the mosque.",
                      "bombing", "ied")  # fmt: skip
    assert not any(role == "agent" for _, _, role, _ in bare)


@pytest.mark.parametrize("word", ["died", "bombing"])
def test_who_died_in_an_event_underwent_it(word: str) -> None:
    claims = _claims_of("Six people died in the bombing carried out by insurgents.", word,
                        "kill" if word == "died" else "ied")  # fmt: skip
    roles = {(kind, role) for _, kind, role, _ in claims}
    assert ("civilians", "target") in roles
    assert {kind for kind, role in roles if role == "agent"} == {"rebels"}


def test_the_source_of_an_event_noun_is_its_agent() -> None:
    claims = _claims_of("The convoy came under attack from unidentified gunmen.", "attack",
                        "attack")  # fmt: skip
    assert {(kind, role) for _, kind, role, _ in claims} == {
        ("militia", "agent"), ("military", "target")
    }
    # a direction is no actor
    north = _claims_of("The attack from the north surprised the garrison.", "attack", "attack")
    assert not any(role == "agent" for _, _, role, _ in north)


def test_the_other_side_of_a_clash_a_harm_happened_in_acted() -> None:
    claims = _claims_of("Ten militants were killed in clashes with the army.", "killed", "kill")
    assert {(kind, role) for _, kind, role, _ in claims} == {
        ("militia", "target"), ("military", "agent")
    }


def test_a_claim_in_a_relative_clause_of_the_event_names_its_agent() -> None:
    claims = _claims_of("The attack, for which the Taliban claimed responsibility, killed 12 "
                        "soldiers.", "attack", "attack")  # fmt: skip
    assert ("militia", "agent") in {(kind, role) for _, kind, role, _ in claims}
    denied = _claims_of("The attack, which the Taliban condemned, killed 12 soldiers.", "attack",
                        "attack")  # fmt: skip
    assert not any(role == "agent" for _, _, role, _ in denied)


def test_with_a_by_agent_the_possessor_of_the_event_underwent_it() -> None:
    claims = _claims_of("The farmers' killing by the militia sparked protests.", "killing", "kill")
    assert {(kind, role) for _, kind, role, _ in claims} == {
        ("civilians", "target"), ("militia", "agent")
    }
    # with no by-agent the possessor did it
    own = _claims_of("The militia's killing of the farmers sparked protests.", "killing", "kill")
    assert ("militia", "agent") in {(kind, role) for _, kind, role, _ in own}


@pytest.mark.parametrize(
    ("text", "word", "span"),
    [
        ("The bombing was claimed by the Harbour Brigade, a separatist group.", "bombing",
         "Harbour Brigade"),
        ("Members of the Coastal Liberation Movement ambushed the patrol.", "ambushed",
         "Coastal Liberation Movement"),
    ],
)  # fmt: skip
def test_a_name_ending_in_an_organisation_noun_is_evidenced_whole(
    text: str, word: str, span: str
) -> None:
    """The evidence of "the Harbour Brigade" is the whole name, not its first word: the
    name's head is its last word, the one a head-word reading of the evidence must find."""
    claims = _claims_of(text, word, "attack")
    agents = [(name, evidence) for name, _, role, evidence in claims if role == "agent"]
    assert (span, span) in agents


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("The ISIS bombing of the chapel left 20 dead.", "bombing", "ISIS"),
        ("A FARC attack on the outpost killed five soldiers.", "attack", "FARC"),
    ],
)
def test_an_organisation_acronym_tagged_as_a_common_noun_names_a_side(
    text: str, word: str, name: str
) -> None:
    """An acronym the tagger takes for a common noun but the entity model tags as an
    organisation names the group behind the event, as its proper-noun spelling would."""
    claims = _claims_of(text, word, "attack")
    assert (name, "militia", "agent", name) in claims


def test_a_lower_case_or_one_letter_word_is_no_acronym() -> None:
    claims = _claims_of("A bombing of the chapel left 20 dead.", "bombing", "attack")
    assert not any(role == "agent" for _, _, role, _ in claims)


def _roles_of(text: str, word: str, family: str) -> set[tuple[str, str | None, str | None]]:
    """(evidence, kind, role) of the claims for one trigger word."""
    return {(evidence, kind, role) for _, kind, role, evidence in _claims_of(text, word, family)}


def _agents(text: str, word: str, family: str) -> set[str]:
    """The evidence of every agent claim of one trigger word."""
    return {evidence for evidence, _, role in _roles_of(text, word, family) if role == "agent"}


@pytest.mark.parametrize(
    ("text", "word", "family", "agent", "not_agent"),
    [
        # object control: the object of "ask", "pay", "order" does what the infinitive says
        ("The governor asked the army to arrest the smugglers.", "arrest", "arrest", "army",
         "governor"),
        ("The chief paid two gunmen to kill the judge.", "kill", "kill", "two gunmen", "chief"),
        # a gerund complement of a verb with an object is done by that object
        ("The elders tried to stop the young men from attacking the convoy.", "attacking",
         "attack", "young men", "elders"),
        ("Mourners condemned the driver for killing the child.", "killing", "kill", "driver",
         "Mourners"),
        ("The court condemned the driver for ramming the crowd and then attacking the guards.",
         "attacking", "attack", "driver", "court"),
    ],
)  # fmt: skip
def test_who_does_what_a_controlled_verb_says(
    text: str, word: str, family: str, agent: str, not_agent: str
) -> None:
    agents = _agents(text, word, family)
    assert agent in agents
    assert not_agent not in agents


def test_a_participle_conjoined_to_a_copula_states_what_its_subject_underwent() -> None:
    text = "Girls and old men are among the dead and injured in the two blasts."
    assert {role for _, _, role in _roles_of(text, "injured", "injure")} == {"target"}
    assert not _agents(text, "blasts", "attack")


def test_which_never_stands_for_a_person() -> None:
    text = "The bomb went off at a rally for the governor, which killed 12 and wounded 30."
    assert not _agents(text, "killed", "kill")
    assert not _agents(text, "wounded", "injure")


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("The police recorded 14 deaths in the district last year.", "deaths", "kill"),
        ("Police issued 17 search warrants following the bombing but only two men have been "
         "held.", "bombing", "attack"),
        ("Troops foiled an attack on the base.", "attack", "attack"),
    ],
)
def test_who_counts_follows_or_stops_an_event_did_not_do_it(
    text: str, word: str, family: str
) -> None:
    assert not _agents(text, word, family)


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        ("The driver survived the attack.", "attack", "driver"),
        ("Civilians fled the shelling of the valley.", "shelling", "Civilians"),
    ],
)
def test_who_survives_or_flees_an_event_underwent_it(text: str, word: str, who: str) -> None:
    assert (who, "target") in {(e, role) for e, _, role in _roles_of(text, word, "attack")}


def test_found_guilty_in_an_event_names_its_agent() -> None:
    assert "driver" in _agents("The driver was also found guilty in the stabbing of a guard.",
                               "stabbing", "stab")  # fmt: skip


def test_a_harm_after_a_clash_takes_the_other_side_as_agent() -> None:
    roles = _roles_of("The gunman died after a gunfight with police on Sunday.", "died", "kill")
    assert ("police", "police", "agent") in roles
    assert ("gunman", "militia", "target") in roles
    # any other event before a harm or an arrest says nothing of who did it
    assert not _agents("Two men were arrested after the bombing.", "arrested", "arrest")


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("Russian air strikes hit the town.", "strikes", "Russian"),
        ("The town has come under frequent US bombardment.", "bombardment", "US"),
        ("Deaths from US drone strikes rose last year.", "strikes", "US"),
    ],
)
def test_a_country_modifying_a_strike_from_afar_struck(text: str, word: str, state: str) -> None:
    assert (state, "military", "agent") in _roles_of(text, word, "attack")


def test_a_place_modifying_a_bombing_is_still_no_side() -> None:
    assert not _agents("The Madrid bombings killed 190 people.", "bombings", "attack")


def test_a_terror_group_is_an_armed_group() -> None:
    text = "A former commander admitted that the terror group was responsible for the bombings."
    assert ("terror group", "militia", "agent") in _roles_of(text, "bombings", "attack")


def test_a_named_unit_is_evidenced_by_its_name() -> None:
    text = "Later that week the same FARC unit detonated a bomb in the square."
    assert ("FARC", "militia", "agent") in _roles_of(text, "detonated", "attack")


def _argument_words(text: str, word: str, family: str, role: str) -> set[str]:
    """The words the dependency reading puts in one role of one trigger word, typed or not."""
    from newsledger.extract.actors import trigger_arguments
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")(text)
    tok = next(t for t in doc if t.text == word)
    args = trigger_arguments(Trigger(family, tok, tok.idx, tok.idx + len(tok)))
    return {arg.text for arg, arg_role in args if arg_role == role}


@pytest.mark.parametrize(
    ("text", "word", "hit"),
    [
        ("Five soldiers were killed in the ambush and two wounded.", "ambush", {"soldiers"}),
        ("In the market 12 were killed and another 30 were injured in the explosion.",
         "explosion", {"12", "30"}),
        ("The youngest person killed in the bombing was a boy of six.", "bombing", {"person"}),
        ("Several farmers were among the victims of the ambush.", "ambush", {"victims"}),
        # the harms conjoined to the strike verb, "left ... wounded" among them
        ("Two blasts in the old town killed six soldiers and left 20 others wounded.", "blasts",
         {"soldiers", "others"}),
        ("Shootings and blasts in the province killed 11 people and wounded 40 others.",
         "blasts", {"people", "others"}),
        # "a spate of bombings" names the bombings
        ("A spate of bombings across the region killed 17 people.", "bombings", {"people"}),
    ],
)  # fmt: skip
def test_who_an_attack_killed_or_hurt_is_what_it_hit(text: str, word: str, hit: set[str]) -> None:
    assert hit <= _argument_words(text, word, "attack", "target")


def test_an_attack_that_names_its_target_or_has_two_sides_takes_no_harmed_target() -> None:
    aimed = "Five soldiers were killed in an ambush on the convoy."
    assert _argument_words(aimed, "ambush", "attack", "target") == {"convoy"}
    fight = "Two civilians were hurt in a battle between troops and rebels."
    assert not _argument_words(fight, "battle", "attack", "target")


def test_a_count_a_harm_verb_befell_names_people_for_any_event() -> None:
    claims = _roles_of("In the market 12 were killed and another 30 were injured in the "
                       "explosion.", "explosion", "attack")  # fmt: skip
    assert {("12", "unknown", "target"), ("30", "unknown", "target")} <= claims


def test_a_noun_with_a_name_in_apposition_is_one_actor_named_by_it() -> None:
    text = "A local militia, the Harbour Brigade, set off two bombs near the gate."
    agents = _agents(text, "set", "attack")
    assert "Harbour Brigade" in agents
    assert "local militia" not in agents


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("Police said the driver was arrested on suspicion of arson.", True),
        ("The driver was arrested late on Sunday, police said.", True),
        # another speaker, or an arrest that names who made it, lends the police nothing
        ("His lawyer said the driver was arrested without a warrant.", False),
        ("Police said the driver was arrested by border guards.", False),
    ],
)
def test_the_police_reporting_an_arrest_made_it(text: str, police: bool) -> None:
    agents = {kind for _, kind, role in _roles_of(text, "arrested", "arrest") if role == "agent"}
    assert ("police" in agents) is police


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town the model leaves untagged is where the people are from, not their name
        ("Two Puyallup men were shot outside a tavern on Saturday.",
         {("two puyallup men", "civilians", "target")}),
        ("A young Pocatello woman was wounded by a stray bullet.",
         {("young pocatello woman", "civilians", "target")}),
        # a group's name that starts with a town keeps its name
        ("Members of the Riverside Boys gang shot a clerk.",
         {("Riverside Boys", "rioters", "agent"), ("clerk", "civilians", "target")}),
    ],
)  # fmt: skip
def test_a_town_is_no_actor_name(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an age is no part of the name; the evidence keeps it whole
        ("A 31-year-old woman was shot in the leg on Elm Road.",
         ("woman", "civilians", "target"), "old woman"),
        ("A gunman shot two 17-year-old boys outside a corner store.",
         ("two boys", "civilians", "target"), "old boys"),
        # a bare count is named by the noun it is a part of, else as people, never as a number
        ("Officers arrested two of the men on Sunday.", ("men", "unknown", "target"), "two"),
        ("A stray round hit a parked car, and 4 were wounded nearby.",
         ("people", "unknown", "target"), "4"),
    ],
)  # fmt: skip
def test_an_actor_name_is_never_a_number_or_an_age(
    text: str, expected: tuple[str, str, str], absent: str
) -> None:
    found = _actors(text)
    assert expected in found
    assert absent not in {name for name, _, _ in found}


def test_the_age_stays_in_the_evidence() -> None:
    doc = load_pipeline("en")("A 31-year-old woman was shot in the leg on Elm Road.")
    spans = {c.span.text for c in extract_actors(sentences(doc), "t", "en") if c.value == "woman"}
    assert spans == {"31-year-old woman"}


def test_nobody_is_no_actor() -> None:
    """"No one was hurt" names no one: no actor of any name."""
    assert _actors("No one was injured when a bullet struck the porch of the house.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Someone opened fire at Hollis and Grant Avenues on Friday night.",
        "A gunman opened fire at Maple and Birch Streets, wounding a woman.",
    ],
)
def test_a_street_is_never_an_actor(text: str) -> None:
    """A street's name, whatever the entity model tags it, says where, not who."""
    names = {name.lower() for name, _, _ in _actors(text)}
    assert not {n for n in names if n.endswith(("avenues", "streets"))}


def test_a_street_modifying_a_shooting_is_no_armed_group() -> None:
    names = {name for name, _, _ in _actors("The Harbor Boulevard shooting left two men dead.")}
    assert not {n for n in names if "Boulevard" in n}


@pytest.mark.parametrize(
    "text",
    [
        "Westbrook Mills shot two workers in the parking lot, police said.",
        "Palmer Logistics shot a driver on Monday. Palmer Logistics, a haulage firm, denied it.",
    ],
)
def test_a_named_organisation_that_shoots_is_no_armed_group_unless_called_one(text: str) -> None:
    """A company, a school or a bar the entity model tags as an organisation and the parse makes
    the shooter is someone we cannot type, not a militia."""
    agents = {kind for _, kind, role in _actors(text) if role == "agent"}
    assert agents == {"unknown"}


def test_a_name_the_report_calls_a_gang_is_an_armed_group() -> None:
    text = "Crane Valley, a street gang, shot a teenager on Sunday. Crane Valley also killed a man."
    assert ("Crane Valley", "militia", "agent") in _actors(text)


def test_a_police_department_acronym_is_the_police() -> None:
    assert ("GCPD", "police", "agent") in _actors("GCPD shot a man Tuesday, the department said.")


def test_an_outlet_is_no_actor() -> None:
    """An outlet's name the parse makes the shooter reported the shooting; it took no side."""
    names = {name for name, _, _ in _actors("The Daily Courier News shot a photographer.")}
    assert not {n for n in names if "News" in n}


def test_a_name_an_armed_organisation_noun_stands_for_is_an_armed_group() -> None:
    """ "the separatist group ARLF" calls the name an armed group wherever it acts."""
    text = "Troops clashed with the separatist group ARLF on Monday. The ARLF killed two soldiers."
    assert ("ARLF", "militia", "agent") in _actors(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Taliban attacked a border post on Friday, killing two guards.", "Taliban"),
        ("Al-Shabaab attacked an army base and killed three soldiers.", "Al-Shabaab"),
        ("Boko Haram killed two traders at a market on Sunday.", "Boko Haram"),
    ],
)
def test_an_armed_group_known_by_name_is_one_though_the_report_never_says_so(
    text: str, name: str
) -> None:
    """Reports seldom call the best-known armed groups armed: their name is the evidence."""
    assert (name, "militia", "agent") in _actors(text), _actors(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The New People's Army ambushed an army patrol on Monday, killing three soldiers.",
         "New People's Army"),
        ("The Lord's Resistance Army raided a village on Sunday, killing four farmers.",
         "Lord's Resistance Army"),
        ("Fighters of the Lord's Resistance Army raided a village, killing four farmers.",
         "Lord's Resistance Army"),
        ("The Arakan Army shelled a police post, killing two officers.", "Arakan Army"),
    ],
)  # fmt: skip
def test_a_known_armed_group_written_with_a_possessive_or_an_army_noun_is_one(
    text: str, name: str
) -> None:
    """A possessive inside the name ("People's") and "Army" at its end: the known name wins
    over the army its head noun would name, under its whole name."""
    assert (name, "militia", "agent") in _actors(text), _actors(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soldiers of the Philippine Army killed two rebels.", "Philippine Army"),
        ("The army killed two rebels near the border.", "military"),
    ],
)
def test_a_state_army_stays_the_military(text: str, name: str) -> None:
    """An army the list does not know by name is the state's."""
    assert (name, "military", "agent") in _actors(text), _actors(text)


def test_a_surname_shared_with_an_armed_group_stays_a_person() -> None:
    """"Wagner" is a surname as often as a group: only "the Wagner Group" is known by name."""
    actors = _actors("Martin Wagner shot a neighbour in the leg on Sunday, police said.")
    assert not [a for a in actors if a[1] == "militia"], actors


def test_french_militants_of_a_name_do_not_make_it_an_armed_group() -> None:
    """French "militants" are activists: "les militants de X" calls X no armed group, where
    English "X militants" does."""
    french = (
        "Les militants de Terravia ont défilé samedi à Lyon. Dimanche, Terravia a attaqué un "
        "vigile devant l'usine."
    )
    assert ("Terravia", "unknown", "agent") in _actors(french, "fr")
    assert not [a for a in _actors(french, "fr") if a[1] == "militia"]
    english = (
        "Terravia militants marched in Leeds on Saturday. On Sunday Terravia attacked two guards "
        "at the plant."
    )
    assert ("Terravia", "militia", "agent") in _actors(english)


@pytest.mark.parametrize(
    ("text", "who", "role"),
    [
        ("Woman stabbed to death near river path", "woman", "target"),
        ("Teen shot near school bus stop", "teen", "target"),
        ("Shopkeeper beaten during robbery", "shopkeeper", "target"),
    ],
)
def test_a_headline_passive_without_its_auxiliary_names_who_was_harmed(
    text: str, who: str, role: str
) -> None:
    """Headlines drop the auxiliary ("Woman stabbed" is "a woman was stabbed"): the one harmed
    is no agent."""
    assert {r for n, _, r in _actors(text) if n.lower() == who} == {role}, _actors(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Clerk wounded in gas station shooting", "clerk"),
        ("Teen killed in Elmwood shooting identified", "teen"),
        ("Woman wounded in accidental shooting at hunting camp", "woman"),
        ("Teen wounded in backyard shooting on Maple Road", "teen"),
    ],
)
def test_the_one_a_headline_passive_harmed_is_no_agent_of_its_shooting(text: str, who: str) -> None:
    """ "Clerk wounded in gas station shooting": the shooting that wounded the clerk is no act
    of the clerk's, whether the parse makes it a clause of "wounded" or its setting."""
    assert {r for n, _, r in _actors(text) if n.lower() == who} == {"target"}, _actors(text)


def test_a_headline_verb_with_its_own_object_keeps_its_agent() -> None:
    """ "shot, killed her brother": the second verb has an object, so it is active."""
    actors = _actors("Girl accidentally shot, killed her older brother at cabin")
    assert ("girl", "civilians", "agent") in {(n.lower(), k, r) for n, k, r in actors}, actors


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The farmer stabbed his neighbour with a pitchfork.", "farmer"),
        ("Police shot at the van as it sped away.", "police"),
    ],
)
def test_an_active_clause_keeps_its_subject_as_the_agent(text: str, who: str) -> None:
    """An article, an object or a force keeps the ordinary reading: the subject acted."""
    assert any(n.lower() == who and r == "agent" for n, _, r in _actors(text)), _actors(text)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Officer injured in attack by protesters", "police"),
        ("Officers wounded in raid by armed men", "police"),
    ],
)
def test_a_force_in_a_headline_passive_with_a_by_agent_is_the_target(text: str, force: str) -> None:
    """A "by" agent, on the verb or on the event it happened in, makes the headline a passive
    whatever its subject: the force named first was hurt, the "by" side did it."""
    roles = {r for _, k, r in _actors(text) if k == force}
    assert roles == {"target"}, _actors(text)


def test_a_headline_subject_tagged_as_an_interjection_is_the_one_harmed() -> None:
    """The tagger reads a bare "Boy" opening a headline as an interjection: still the subject
    of the short passive, so the target."""
    assert ("boy", "civilians", "target") in {
        (n.lower(), k, r) for n, k, r in _actors("Boy hurt in garage shooting on Oak Street")
    }

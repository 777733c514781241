"""Event triggers and ACLED classification on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsledger.extract.actors import extract_actors
from newsledger.extract.event_words import SUB_EVENT_TYPES
from newsledger.extract.events import (
    accidental_discharge,
    classify_event,
    description_sentence,
    find_triggers,
    non_acled_cue,
)
from newsledger.extract.segment import sentences
from newsledger.extract.weapons import extract_weapons
from newsledger.nlp.pipeline import load_pipeline


def _parse(text: str, lang: str = "en") -> Doc:
    return load_pipeline(lang)(text)


def _classify(text: str, lang: str = "en") -> tuple[str, str] | None:
    doc = _parse(text, lang)
    sents = sentences(doc)
    decided = classify_event(sents, extract_actors(sents, "t", lang), extract_weapons(sents, "t"))
    return (decided[0], decided[1]) if decided else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police fired tear gas and water cannon to disperse thousands of protesters "
         "marching on parliament in Nairobi on Tuesday.", "Protest with intervention"),
        ("Several thousand people marched peacefully through central Lisbon on Saturday to "
         "demand higher wages.", "Peaceful protest"),
        # what a march protests is a past event, not violence at the march
        ("Hundreds of nurses took to the streets on Monday to protest against police "
         "violence.", "Peaceful protest"),
        ("Students rallied in the city centre to denounce the violence and the arrests of "
         "their leaders.", "Peaceful protest"),
        ("Police fired tear gas at students who were protesting the killing of a classmate.",
         "Protest with intervention"),
        ("Thousands of non-violent protesters marched through the capital on Friday.",
         "Peaceful protest"),
        ("Demonstrators hurled stones and petrol bombs at police and set cars on fire during a "
         "protest against fuel prices.", "Violent demonstration"),
        ("The evening march against the new tax turned violent near the town hall.",
         "Violent demonstration"),
        ("During the rally, demonstrators smashed the windows of two banks.",
         "Violent demonstration"),
        ("Security forces opened fire on demonstrators in the capital, killing at least twelve "
         "people.", "Excessive force against protesters"),
        ("A gunman shot dead three customers at a supermarket in the suburb late on Friday.",
         "Attack"),
        ("A roadside bomb exploded next to a police convoy, killing two officers.",
         "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at a crowded market, killing 25 people.",
         "Suicide bomb"),
        ("Warplanes carried out air strikes on rebel positions near the town overnight.",
         "Air/drone strike"),
        ("Police arrested 14 people suspected of smuggling on Monday.", "Arrests"),
        ("Rebels and government troops clashed for several hours near the border town.",
         "Armed clash"),
        ("A mob armed with machetes attacked residents of a neighbouring village.",
         "Mob violence"),
        ("Gunmen kidnapped 30 students from a boarding school in the north.",
         "Abduction/forced disappearance"),
        ("Looters ransacked shops in the city centre after the storm.",
         "Looting/property destruction"),
        ("The army shelled residential districts with artillery for a third day.",
         "Shelling/artillery/missile attack"),
        ("Police cleared a camp of 300 migrants without incident on Wednesday.", "Other"),
        ("Dozens of youths threw stones at police officers in a suburb of Lyon overnight.",
         "Mob violence"),
        ("A man stabbed a police officer outside a police station before being arrested.",
         "Armed clash"),
        ("Soldiers defused an explosive device planted under a bridge.",
         "Disrupted weapons use"),
        ("The overnight bombardment of the eastern districts killed four residents.",
         "Shelling/artillery/missile attack"),
        ("Government troops and insurgents fought a fierce battle outside the town on Sunday.",
         "Armed clash"),
    ],
)  # fmt: skip
def test_classify_english(text: str, expected: str) -> None:
    decided = _classify(text)
    assert decided is not None
    assert decided == (SUB_EVENT_TYPES[expected], expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des affrontements ont éclaté entre des migrants et les forces de l'ordre à Calais.",
         "Mob violence"),
        ("Plusieurs milliers de manifestants ont défilé dans le calme à Paris samedi.",
         "Peaceful protest"),
        ("Les policiers ont interpellé cinq personnes dans la nuit.", "Arrests"),
    ],
)  # fmt: skip
def test_classify_french(text: str, expected: str) -> None:
    assert _classify(text, "fr") == (SUB_EVENT_TYPES[expected], expected)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the town would hold a concert in the park next month.",
        "If there is a riot in the prison one day, it will be chaos.",
        "Analysts fear the dispute could lead to clashes.",
    ],
)
def test_no_event_in_talk_or_plain_news(text: str) -> None:
    assert _classify(text) is None


def test_riot_police_is_not_a_riot() -> None:
    doc = _parse("Riot police stood guard outside the stadium.")
    assert not [t for t in find_triggers(sentences(doc)[0]) if t.family == "riot"]


def test_description_prefers_a_sentence_with_an_event() -> None:
    doc = _parse("The weather was cold. Protesters blocked the motorway near the port.")
    chosen = description_sentence(sentences(doc))
    assert chosen is not None and chosen.text.startswith("Protesters")


@pytest.mark.parametrize(
    "text",
    ["The family lost a long legal battle over the land.",
     "Firefighters battled the blaze for six hours."],
)  # fmt: skip
def test_a_struggle_is_not_a_battle(text: str) -> None:
    """Only a fierce, running or pitched battle is a fight: "battle" alone is often a struggle."""
    doc = _parse(text)
    assert not [t for t in find_triggers(sentences(doc)[0]) if t.family == "clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight among a few people that ends in a shooting is the shooting: an attack
        ("A quarrel between two cousins at a crowded dance hall became a fight, and one of "
         "them drew a pistol and shot the other.", "Attack"),
        ("After a brawl near the bar's entrance, a man opened fire on the packed room and wounded "
         "three guests.", "Attack"),
        ("A gunman went on a shooting rampage through a busy food court, killing five "
         "shoppers.", "Attack"),
        ("A group of young men from out of town confronted the guests at a house party, and "
         "then someone opened fire, wounding four.", "Attack"),
        # a crowd that kills is still mob violence, and a riot with a shooting still a riot
        ("An angry crowd beat a suspected burglar to death after a fight in the square.",
         "Mob violence"),
        ("Rioting youths set shops ablaze and a watchman was shot dead during the unrest.",
         "Mob violence"),
        # a gang that only fires guns is armed: its shooting is an attack; a crowd that
        # throws and shoots is still rioting
        ("Three members of a street gang shot a cashier during a robbery at a corner shop.",
         "Attack"),
        ("Rioters hurled bricks and fired shots at officers guarding the depot.",
         "Mob violence"),
        # a fight with no weapon used stays a clash of unorganised people
        ("A brawl broke out between rival supporters outside the ground after the match.",
         "Mob violence"),
    ],
)  # fmt: skip
def test_a_fight_before_a_shooting_is_no_mob(text: str, expected: str) -> None:
    decided = _classify(text)
    assert decided is not None and decided[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gang that only kills is armed as one that only shoots: its killing is an attack
        ("Detectives said a street gang carried out the murders of two brothers last spring.",
         "Attack"),
        ("Police said members of a gang killed a courier and dumped his van.", "Attack"),
        # a crowd that beats or sets upon someone and kills stays mob violence
        ("A mob beat a shopkeeper to death on Tuesday.", "Mob violence"),
        ("An angry crowd attacked and killed a man accused of theft.", "Mob violence"),
    ],
)  # fmt: skip
def test_a_gang_that_only_kills_is_no_mob(text: str, expected: str) -> None:
    decided = _classify(text)
    assert decided is not None and decided[1] == expected


def _cue(text: str) -> str | None:
    doc = _parse(text)
    sents = sentences(doc)
    cue = non_acled_cue(sents, extract_actors(sents, "t", "en"), extract_weapons(sents, "t"))
    if cue is not None:  # the evidence is the words that say so
        assert doc.text[cue.start : cue.end] == cue.text
    return cue.code if cue else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A strong earthquake shook the northern provinces on Tuesday, killing at least thirty "
         "people and flattening hundreds of homes.", "NATURAL_DISASTER"),
        ("Flash floods swept through three valleys after a week of torrential rain, leaving "
         "dozens of families homeless.", "NATURAL_DISASTER"),
        ("Firefighters battled a wildfire that spread across the hills east of the town.",
         "NATURAL_DISASTER"),
        ("Eleven workers died when a gas explosion tore through a fertiliser factory near the "
         "port on Monday.", "MAN_MADE_DISASTER"),
        ("A passenger train derailed outside the capital, injuring forty people.",
         "MAN_MADE_DISASTER"),
        ("Residents were told to stay indoors after a chemical leak at a paint plant.",
         "MAN_MADE_DISASTER"),
        ("Customs officers seized two tonnes of cocaine hidden in a shipment of bananas and "
         "detained the ship's crew.", "ORG_CRIME"),
        ("Border guards caught a gang smuggling migrants across the river in a truck.",
         "ORG_CRIME"),
        ("The government expelled two diplomats and recalled its ambassador after the "
         "dispute over fishing rights.", "DIPLO"),
        ("The European Union agreed new sanctions against the ministers of the regime.",
         "DIPLO"),
        ("An armed group claimed responsibility for the car bomb that killed six soldiers near "
         "the border.", "ATTRIB"),
        ("The army denied any involvement in the drone strike on the market.", "ATTRIB"),
    ],
)
def test_non_acled_cue_names_the_class(text: str, expected: str) -> None:
    assert _cue(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # political violence near a disaster is political violence
        "Gunmen shot dead a truck driver on a flood-damaged road north of the city on Sunday.",
        "Soldiers opened fire on villagers who were queueing for earthquake aid.",
        # a demonstration at an embassy or in the rain is a demonstration
        "Hundreds of students rallied outside the embassy to demand the release of a reporter.",
        "Thousands of teachers marched through the capital in heavy rain to demand higher pay.",
        # nobody claimed it: the snippet is about the bombing
        "A roadside bomb killed four police officers; no group immediately claimed "
        "responsibility.",
        # plain violence and plain news name no class
        "Rebels attacked an army base in the east of the country overnight.",
        "The minister opened a new school in the northern district.",
    ],
)
def test_non_acled_cue_stays_silent(text: str) -> None:
    assert _cue(text) is None


@pytest.mark.parametrize(
    ("text", "walkout"),
    [
        ("A powerful earthquake struck the mountain region before dawn on Thursday.", False),
        ("A missile struck an apartment block in the port city overnight.", False),
        ("An elderly man was struck by a delivery van outside the station.", False),
        ("Bus drivers struck for a third day over unpaid overtime.", True),
        ("Striking miners blocked the road to the pit on Wednesday.", True),
    ],
)
def test_the_verb_strike_is_a_walkout_only_for_people(text: str, walkout: bool) -> None:
    """People strike (a protest word); an earthquake, a missile or a van strikes a blow."""
    doc = _parse(text)
    protest = [t for t in find_triggers(sentences(doc)[0]) if t.token.lemma_ == "strike"
               and t.family == "protest"]  # fmt: skip
    assert bool(protest) is walkout


def test_an_earthquake_that_struck_keeps_its_disaster_cue() -> None:
    """"struck" is no demonstration: it no longer silences the natural-disaster cue."""
    text = ("A magnitude 6 earthquake struck the coastal province on Monday, killing nine "
            "people and destroying a school.")  # fmt: skip
    assert _cue(text) == "NATURAL_DISASTER"


def _article_type(text: str) -> tuple[str, str] | None:
    """The type of a report's mention, the non-ACLED cue read as the article path reads it."""
    doc = _parse(text)
    sents = sentences(doc)
    decided = classify_event(sents, extract_actors(sents, "t", "en"),
                             extract_weapons(sents, "t"), no_event_cue=True)  # fmt: skip
    return (decided[0], decided[1]) if decided else None


@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake struck the border region on Sunday, killing fourteen people and "
        "injuring more than a hundred.",
        "Six workers were killed when a gas explosion ripped through a chemical plant on the "
        "edge of the city.",
        "Coast guards seized a boat carrying 800 kilograms of cocaine off the southern coast.",
    ],
)
def test_a_report_of_a_disaster_or_a_seizure_has_no_acled_type(text: str) -> None:
    assert _article_type(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shooting in a drug dispute or near a drug house is still a shooting
        ("A 24-year-old man was shot dead on Saturday night in what police called a drug "
         "dispute.", "Attack"),
        ("Two men were wounded when gunfire broke out outside a house known for drug dealing.",
         "Attack"),
    ],
)
def test_a_report_of_violence_near_a_cue_keeps_its_type(text: str, expected: str) -> None:
    typed = _article_type(text)
    assert typed is not None and typed[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a claim of responsibility reports the attack it claims
        "A militant group claimed responsibility for a roadside bomb that killed eleven "
        "people near a bus station.",
        # a stabbing during a robbery is still someone's act
        "A shopkeeper was stabbed during a robbery at a petrol station on Friday.",
        # people smuggled or not, police who fired on a crowd acted
        "Police fired on a crowd of migrants near the border, wounding three.",
        # a street named after a diplomat states no diplomacy
        "A man was found unconscious in a car parked on Ambassador Drive late on Tuesday.",
    ],
)
def test_the_article_cue_stays_silent_where_someone_acted(text: str) -> None:
    doc = _parse(text)
    sents = sentences(doc)
    cue = non_acled_cue(sents, extract_actors(sents, "t", "en"), extract_weapons(sents, "t"),
                        article=True)  # fmt: skip
    assert cue is None


@pytest.mark.parametrize(
    "text",
    [
        "An eleven-year-old girl accidentally shot her cousin with a pistol she found in a "
        "bedside drawer, deputies said.",
        "A retired teacher was hurt when the shotgun he was carrying went off as he slipped on "
        "a frozen path.",
        "Officers said a round discharged while the owner was unloading his rifle in the "
        "garage, striking his son in the foot.",
        "A hunter died on Saturday in what the sheriff described as a hunting accident.",
    ],
)
def test_an_accidental_discharge_has_no_acled_type(text: str) -> None:
    """ACLED codes acts someone meant: a gun fired by mistake is no ACLED event."""
    assert accidental_discharge(sentences(_parse(text))) is not None
    assert _article_type(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the cue denied or left open: the shooting keeps its type
        "Detectives said the shooting was not accidental and arrested the man who shot his "
        "neighbour.",
        "A man shot a teenager outside a store; police are still trying to determine if the "
        "shooting was accidental.",
        "A woman shot her husband in their kitchen, and investigators would not say whether it "
        "was accidental or intentional.",
        # a charge of discharging a firearm names a deliberate shot
        "A man was charged with unlawful discharge of a firearm after he shot at a passing car.",
        # a car accident near a shooting is not the shooting
        "Two men were shot after an argument that began over a car accident on the highway.",
    ],
)
def test_a_shooting_the_lead_does_not_call_an_accident_keeps_its_type(text: str) -> None:
    assert accidental_discharge(sentences(_parse(text))) is None
    typed = _article_type(text)
    assert typed is not None and typed[1] == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("A rebel faction claimed responsibility for a truck bomb that killed nine people at a "
         "market on Friday.", "Remote explosive/landmine/IED"),
        ("A roadside bombing killed four soldiers on a mountain road on Tuesday.",
         "Remote explosive/landmine/IED"),
        ("An armed group said it carried out the car bombing that wounded six guards outside "
         "the ministry.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_claimed_or_a_vehicle_bombing_is_the_bombing(text: str, sub_event: str) -> None:
    """A bomb in or by a vehicle is a remote explosive, not an air strike, and a report that a
    group claimed it reports the attack (ACLED codes it; CASE files the claim apart)."""
    assert _article_type(text) == ("Explosions/Remote violence", sub_event)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels set up a checkpoint on the highway.", [("hq", "set")]),
        ("Militants established a base near the village.", [("hq", "established")]),
        ("Police seized three rifles at the house.", [("disrupt", "seized")]),
        ("A man was shot and another was stabbed.", [("shoot", "shot"), ("stab", "stabbed")]),
    ],
)
def test_trigger_words_outside_the_family_table_are_still_read(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Words are looked up in the trigger vocabulary before a Token is made for them: verbs that
    name a family only by their object (setting up a base, seizing weapons) must be among them."""
    sent = next(_parse(text).sents)
    assert [(t.family, t.token.text) for t in find_triggers(sent)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "family"),
    [
        ("The driver was taken into custody after the chase.", "en", "arrest"),
        ("Des coups de feu ont été entendus près de la gare.", "fr", "shoot"),
        ("Le suspect a été placé en garde à vue dimanche.", "fr", "arrest"),
    ],
)
def test_multi_word_triggers_pass_the_one_search_gate(text: str, lang: str, family: str) -> None:
    """A sentence is searched for the phrase patterns one by one only when one regex joining
    them all finds something: a phrase of either language's table must still be read."""
    sent = next(_parse(text, lang).sents)
    assert family in [t.family for t in find_triggers(sent)]

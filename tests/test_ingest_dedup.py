"""Near-duplicate detection: wire copies linked, independent reports of one event kept apart."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsledger.ingest.dedup import (
    BANDS,
    NEAR_DUPLICATE_JACCARD,
    NUM_PERM,
    NearDuplicateIndex,
    fingerprint,
    mark_near_duplicates,
    similarity,
)
from newsledger.model import Article
from newsledger.store import open_store

WIRE_STORY = """\
Rescue teams searched through the night for survivors after a five-storey apartment block
collapsed in the southern port city on Wednesday evening, killing at least nine people,
local officials said.

The building, which housed about forty families, gave way shortly after eight o'clock,
minutes after residents reported hearing loud cracking sounds from the basement, according
to the city's emergency department. Twenty-three people were pulled from the rubble alive,
and fourteen of them were taken to hospital, two in a critical condition.

The regional governor said an inquiry had been opened into the collapse and that the owner
of a shop on the ground floor, where renovation work had been under way for several weeks,
was being questioned by investigators. Neighbours told reporters that cracks had appeared in
the walls of the stairwell in the spring and that complaints to the housing authority had
gone unanswered.

Heavy machinery was brought in from two neighbouring provinces on Thursday morning, and
sniffer dogs were working alongside soldiers to locate people still trapped. Officials said
they believed up to six residents remained unaccounted for.

The government declared a day of mourning and promised compensation to families who lost
their homes. Engineers were inspecting three adjacent buildings, which were evacuated as a
precaution, and about two hundred people spent the night in a sports hall and a school
opened by the municipality."""

INDEPENDENT_REPORT = """\
A residential building fell down in the port city on Wednesday night and nine people are
known to have died, the mayor's office confirmed. Survivors described hearing a noise like
thunder from underneath the block before it came down. Doctors at the main hospital said
they were treating fourteen patients, two of them in intensive care. Police have detained a
shopkeeper whose premises on the ground floor were being refurbished, and the governor has
ordered an investigation. Residents of nearby blocks were moved out while engineers checked
the foundations. Soldiers and dog teams kept digging on Thursday for up to six people who
are still missing."""


def wire_copy(story: str) -> str:
    """The same agency story as another site republishes it: new headline, dateline, footer."""
    body = story.replace("officials said.", "officials told the agency.", 1)
    return (
        "Nine dead as apartment block collapses in port city\n\n"
        f"PORT CITY, June 12 (Agency) - {body}\n\n"
        "Reporting by a staff correspondent; editing by the desk. Copyright 2024 The Agency.\n"
        "Related: more world news"
    )


def test_wire_copy_scores_above_threshold_and_independent_report_far_below() -> None:
    original = fingerprint(WIRE_STORY)
    copy = fingerprint(wire_copy(WIRE_STORY))
    other = fingerprint(INDEPENDENT_REPORT)
    assert similarity(original.signature, copy.signature) >= NEAR_DUPLICATE_JACCARD
    assert similarity(original.signature, other.signature) < 0.3
    assert set(original.bands) & set(copy.bands)
    assert len(original.bands) == BANDS and len(original.signature_bytes) == NUM_PERM * 4


def test_fingerprint_is_deterministic_and_ignores_case_and_punctuation() -> None:
    a = fingerprint(WIRE_STORY)
    b = fingerprint(WIRE_STORY.upper().replace(",", ""))
    assert a.bands == b.bands and a.signature_bytes == b.signature_bytes
    assert fingerprint("").bands == fingerprint("").bands


def test_batch_links_copies_in_id_order_whatever_the_input_order() -> None:
    texts = [
        WIRE_STORY,
        wire_copy(WIRE_STORY),
        INDEPENDENT_REPORT,
        wire_copy(WIRE_STORY) + "\nAds.",
    ]
    results = set()
    for order in itertools.permutations(texts):
        batch = [Article.from_text(t) for t in order]
        mark_near_duplicates(batch, NearDuplicateIndex(None))
        results.add(frozenset((a.id, a.duplicate_of) for a in batch))
    assert len(results) == 1
    (links,) = results
    canonical = {aid for aid, dup in links if dup is None}
    independent = Article.from_text(INDEPENDENT_REPORT).id
    assert independent in canonical and len(canonical) == 2
    (wire_canonical,) = canonical - {independent}
    copies = [aid for aid, dup in links if dup is not None]
    assert len(copies) == 2 and all(wire_canonical < aid for aid in copies)
    assert {dup for _, dup in links if dup} == {wire_canonical}


@pytest.mark.parametrize("batch_size", [1, 10])
def test_copy_found_across_runs_through_the_store(tmp_path: Path, batch_size: int) -> None:
    from newsledger.ingest import ingest_paths

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "wire.txt").write_text(WIRE_STORY, encoding="utf-8")
    (second / "copy.txt").write_text(wire_copy(WIRE_STORY), encoding="utf-8")
    (second / "own.txt").write_text(INDEPENDENT_REPORT, encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        run1 = ingest_paths([first], store, batch_size=batch_size)
        assert (run1.stored, run1.near_duplicates) == (1, 0)
        run2 = ingest_paths([second], store, batch_size=batch_size)
        assert (run2.stored, run2.near_duplicates) == (1, 1)
        original_id = Article.from_text(WIRE_STORY).id
        copy = store.get_article(Article.from_text(wire_copy(WIRE_STORY)).id)
        assert copy is not None and copy.duplicate_of == original_id
        own = store.get_article(Article.from_text(INDEPENDENT_REPORT).id)
        assert own is not None and own.duplicate_of is None

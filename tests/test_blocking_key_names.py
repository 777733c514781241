"""Key-name keys (merge/blocking.key_name_block_keys): two undated reports that repeat the same
protagonist meet as candidates even when they share too few other rare words for the bands or a
rare-word pair key. Words, names and bags are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsledger.merge.blocking import key_name_block_keys
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import blocked_pairs
from profile_helpers import report as undated_report

OWN_A = ["saxophone", "marmalade", "harpoon", "tugboat", "trombone", "walrus", "granary"]
OWN_B = ["anvil", "bagpipe", "cobblestone", "dandelion", "earthenware", "flagstone", "gargoyle"]

MORROWGLEN = PlaceFact(None, "Morrowglen", "US", "OH", 39.9, -84.0, 1)


def report(key: str, names: tuple[str, ...], own: list[str]) -> MentionProfile:
    """An undated report whose key names are `names`, each written once among its own words
    (one shared uncommon word is no rare-word pair key)."""
    rare = {w: 3.0 - i * 0.01 for i, w in enumerate(own)}
    rare.update({n: 4.0 for n in names})
    return replace(undated_report(key, day=None, place=None, words=rare), key_names=names)


def test_two_undated_reports_repeating_one_protagonist_meet() -> None:
    a = report("a", ("vasquerra", "brannock"), OWN_A)
    b = report("b", ("vasquerra",), OWN_B)
    assert blocked_pairs([a, b]) == [(0, 1)]


def test_different_protagonists_do_not_meet() -> None:
    a = report("a", ("vasquerra",), OWN_A)
    b = report("b", ("okonkwell",), OWN_B)
    assert blocked_pairs([a, b]) == []


def test_a_key_name_that_is_the_reports_town_keys_nothing() -> None:
    a = report("a", ("morrowglen",), OWN_A)
    b = report("b", ("morrowglen",), OWN_B)
    a.place = b.place = MORROWGLEN
    assert key_name_block_keys(a) == ([], [])
    assert blocked_pairs([a, b]) == []


def test_only_an_undated_report_probes_key_name_keys() -> None:
    dated = report("a", ("vasquerra",), OWN_A)
    dated.date_first = dated.date_last = date(2031, 1, 10)
    dated.date_precision = "day"
    assert key_name_block_keys(dated) == (["k|vasquerra"], [])
    other = report("b", ("vasquerra",), OWN_B)
    other.date_first = other.date_last = date(2031, 6, 10)
    other.date_precision = "day"
    assert blocked_pairs([dated, other]) == []
    # an undated report still finds the dated one through the key it stores
    assert blocked_pairs([dated, report("c", ("vasquerra",), OWN_B)]) == [(0, 1)]

"""Two clusters that blocking met through one pair only are judged on the average over all their
pairs (merge/resolve.cluster_profiles, docs/resolution.md twenty-first pass): a proposed pair
that a cap holds under the threshold no longer hides the other pairs, which blocking never
proposed and which link. The scores are this test's own table, so only the clustering is
tested."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.profile_helpers import report

from newsledger.merge.profile import MentionProfile
from newsledger.merge.resolve import CANDIDATE_MARGIN, cluster_profiles

THRESHOLD = -1.5
CAPPED = -3.0
"""A proposed pair held under the threshold by a cap (a place one report missed)."""

REPORTS = [
    report(key, day=date(2032, 5, 9), place=None, words={f"{key}word": 1.0})
    for key in ("first", "second", "late")
]
"""Three outlets' reports; `first` and `second` link, `late` is proposed with `first` only."""

PROPOSED = {(0, 1): 6.0, (0, 2): CAPPED}


def table_scorer(unproposed: float) -> Callable[[MentionProfile, MentionProfile], float]:
    """The pair score of the one pair blocking did not propose (`second`, `late`)."""

    def score(a: MentionProfile, b: MentionProfile) -> float:
        assert {a.article_id, b.article_id} == {"second", "late"}
        return unproposed

    return score


def test_an_unproposed_pair_that_links_is_scored_and_joins_the_clusters() -> None:
    groups = cluster_profiles(REPORTS, PROPOSED, THRESHOLD, table_scorer(4.0))
    assert groups == [[0, 1, 2]]


def test_an_unproposed_pair_under_the_threshold_keeps_the_report_apart() -> None:
    groups = cluster_profiles(REPORTS, PROPOSED, THRESHOLD, table_scorer(-2.0))
    assert groups == [[0, 1], [2]]


def test_a_proposed_pair_far_under_the_threshold_is_not_outvoted_by_unproposed_ones() -> None:
    """`add_mentions` leaves out a candidate incident none of whose pairs scores within
    CANDIDATE_MARGIN of the threshold; the batch does not score the rest of such a pair of
    clusters either, so adding reports one at a time gives the batch incidents."""
    far_under = {(0, 1): 6.0, (0, 2): THRESHOLD - CANDIDATE_MARGIN - 1.0}
    groups = cluster_profiles(REPORTS, far_under, THRESHOLD, table_scorer(9.0))
    assert groups == [[0, 1], [2]]

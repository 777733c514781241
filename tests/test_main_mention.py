"""Which mention of a report is its main one, and its day, when the top names an earlier day
(reports written for these tests; the headline is the page's title, not a line of its text)."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.runner import extract_article
from newsledger.extract.segment import Segment, headline_words, segment
from newsledger.merge.profile import best_date_claim
from newsledger.model import Article
from newsledger.nlp.pipeline import analyse

PUBLISHED = date(2023, 5, 20)
"""A Saturday: "Friday" is 19 May, "Tuesday" 16 May, "last week" the week of 8 May."""


def _segments(title: str, text: str) -> tuple[str, list[Segment]]:
    article = Article.from_text(text, title=title, published=PUBLISHED, language="en")
    return article.text, segment(analyse(article), title)


EVICTED = (
    "Lakeview man kills two neighbors before turning gun on himself",
    "A man who was evicted from his apartment last week shot and killed two neighbors before "
    "turning the gun on himself, police said.\n\n"
    "The man, 52, had lived in the building on Cedar Street for ten years, a neighbor said.\n\n"
    "On Friday morning, the Lakeview man killed his two neighbors in the hallway of the "
    "building before shooting himself.\n\n"
    "No one else was hurt.",
)


def test_headline_event_told_later_is_the_main_mention() -> None:
    """The top dates an eviction ("last week"); the headline's killing is told further down
    with its own day: that sentence belongs to the main mention, and so does its day."""
    text, segs = _segments(*EVICTED)
    main = segs[0]
    assert main.main and main.date is not None
    assert main.date.value == date(2023, 5, 19) and "Friday" in main.date.text
    friday = text.index("On Friday morning")
    assert main.owns(friday, friday + len("On Friday morning"))
    assert not any(not s.main and s.owns(friday, friday + 3) for s in segs[1:])


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (  # a follow-up: the arrest is the later step, the shooting's day stays
            "Man arrested in shooting of two at Lakeview bowling alley",
            "Police arrested a man on Thursday in the shooting of two people at a Lakeview "
            "bowling alley last week.\n\n"
            "The man, 24, was taken into custody at his home on Cedar Street, police said.\n\n"
            "Detectives said a gunman shot two people at the Lakeview bowling alley on May 9 "
            "after an argument.\n\n"
            "Both victims survived.",
            date(2023, 5, 9),
        ),
        (  # a second victim dies: the death is told later, the shooting's day stays
            "Second victim dies after Lakeview bowling alley shooting",
            "A second man has died after a shooting at a Lakeview bowling alley on May 2, "
            "police said.\n\n"
            "The man, 31, was wounded along with a friend who died at the scene.\n\n"
            "The Lakeview bowling alley victim died at a hospital on Thursday, his family "
            "said.\n\n"
            "No arrest has been made.",
            date(2023, 5, 2),
        ),
    ],
)
def test_later_step_never_takes_the_main_day(title: str, text: str, day: date) -> None:
    """The main mention keeps the shooting's day: a later arrest or death that shares the
    headline's words is not the incident a ledger of shootings files."""
    mentions = extract_article(Article.from_text(text, title=title, published=PUBLISHED,
                                                 language="en"))  # fmt: skip
    claim = best_date_claim(mentions[0].claims_for("date"))
    assert mentions[0].main and claim is not None and claim.value == day.isoformat()


def test_recalled_shooting_that_shares_the_headline_stays_background() -> None:
    """Another shooting at the headline's spot, told with "another", is not the news even
    when the top's own day is only "last month"."""
    text, segs = _segments(
        "Gunman wounds two at Lakeview bowling alley",
        "A gunman who had been banned from a Lakeview bowling alley last month wounded two "
        "people there, police said.\n\n"
        "The victims were taken to a hospital with injuries that were not life "
        "threatening.\n\n"
        "It was not the first shooting at the bowling alley. Another gunman wounded a man at "
        "the Lakeview bowling alley on Tuesday.",
    )
    tuesday = text.index("on Tuesday")
    assert segs[0].main and not segs[0].owns(tuesday, tuesday + len("on Tuesday"))
    assert segs[0].date is None or segs[0].date.value != date(2023, 5, 16)
    recalled = [s for s in segs[1:] if s.owns(tuesday, tuesday + len("on Tuesday"))]
    assert recalled and recalled[0].date is not None
    assert recalled[0].date.value == date(2023, 5, 16)


@pytest.mark.parametrize(
    ("headline", "words"),
    [
        ("5 people shot in west Riverside bar", {"west", "riverside", "bar"}),
        ("Police: Lakeview man’s neighbors killed", {"lakeview", "neighbors"}),
        ("Man shot, killed in the", set()),
        # calendar words say nothing of the event, and a name of several words is one clue
        ("Man shot Friday on Cedar Street", {"cedar street"}),
        ("Two wounded Saturday night at Elm Park pool", {"elm park", "pool"}),
        ("Clerk Shot At Gas Station On Monday", {"clerk", "gas station"}),
    ],
)
def test_headline_words_drop_stop_and_report_words(headline: str, words: set[str]) -> None:
    assert headline_words(headline) == words


def test_a_sentence_shares_a_name_with_the_headline_once() -> None:
    """ "Cedar Street" in the headline and the sentence is one shared clue, not two."""
    from newsledger.extract.segment import shared_clues

    wanted = headline_words("Teen shot near Cedar Street store")
    assert shared_clues(wanted, headline_words("He was shot on Cedar Street.")) == 1
    assert shared_clues(wanted, headline_words("He was shot outside a store on Cedar Street.")) == 2

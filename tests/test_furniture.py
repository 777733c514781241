"""Page furniture (sign-in walls, banners, copyright and share lines) never reaches the words the
resolver compares. Every text here is written for these tests."""

from __future__ import annotations

import math

from newsledger.merge.furniture import is_furniture_line, story_text
from newsledger.merge.profile import build_profile
from newsledger.model import Article, Mention

WALL = (
    "One Last Step!\n\n"
    "We emailed you a verification link. Open it to activate your account.\n\n"
    "Nothing arrived after ten minutes? Look in your spam folder.\n\n"
    "Already a member? Sign in here.\n\n"
    "Why do we ask for your town? We look forward to seeing you on [website] soon.\n\n"
    "Copyright 2019 Riverbend Broadcasting Co. All rights reserved.\n\n"
    "Email\n\nPrint\n\nPinterest"
)
"""A sign-in wall, a copyright line and a share bar, as one made-up site prints on every page."""


def test_wall_banner_and_share_lines_are_furniture() -> None:
    for line in WALL.split("\n"):
        if line.strip():
            assert is_furniture_line(line), line


def test_report_sentences_are_not_furniture() -> None:
    for line in (
        "A cyclist was shot in the arm near the old grain silo on Tullamore Road.",
        "Deputies said the shooter left a note signed by hand on the door.",
        "Neighbours had left cookies and flowers at the porch by Sunday.",
        "The victim's sister wrote on Facebook that he had just started a new job.",
        "A sign in the yard read 'No trespassing', the landlord said.",
    ):
        assert not is_furniture_line(line), line


def test_long_sentence_holding_a_phrase_stays() -> None:
    line = (
        "Investigators said the teenager had posted a video of the rifle that the platform "
        "later removed, saying it broke its terms of service, hours before he drove to the "
        "shopping centre on the east side of town and opened fire on shoppers there."
    )
    assert not is_furniture_line(line)
    assert story_text(line) == line


def test_story_text_keeps_the_report_and_drops_the_wall() -> None:
    report = "Two men were wounded outside a laundromat on Fenwick Street late Tuesday."
    text = f"{report}\n\n{WALL}"
    kept = story_text(text)
    assert report in kept
    for gone in ("verification", "spam", "Riverbend", "Pinterest", "Sign in", "website"):
        assert gone not in kept


def test_furniture_sentence_run_into_a_report_paragraph() -> None:
    text = (
        "A memorial fund has been opened for the family of the two brothers who were shot "
        "outside the corner shop. Click here to give. The funeral is set for Friday morning at "
        "Saint Brendan's, the family's pastor said."
    )
    kept = story_text(text)
    assert "Click here" not in kept
    assert "memorial fund" in kept and "Saint Brendan's" in kept


def test_text_without_furniture_is_returned_as_is() -> None:
    text = "A woman was shot at a bus stop.\n\nPolice have not named a suspect."
    assert story_text(text) is text


def _profile(key: str, title: str, body: str) -> tuple[dict[str, float], tuple[str, ...]]:
    article = Article.from_text(
        f"{title}\n\n{body}", title=title, url=f"https://riverbend.example/{key}", outlet=None
    )
    mention = Mention(article.id, 0, True)
    profile = build_profile(mention, {article.id: article})
    return profile.rare, profile.key_names


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def test_two_walled_pages_of_different_shootings_share_no_rare_word() -> None:
    first, _ = _profile("a", "Teen wounded on Quillan Avenue", WALL)
    second, _ = _profile("b", "Driver shot at Harrowby gas station", WALL)
    assert _cosine(first, second) == 0.0
    assert "verification" not in first and "spam" not in second


def test_wall_words_are_no_key_names() -> None:
    wall = "\n\n".join(["Sign in using your Grelford profile.", "Grelford Plus: sign up now."] * 2)
    _, names = _profile("c", "Shop clerk hurt in robbery", f"A clerk was hurt.\n\n{wall}")
    assert "grelford" not in names

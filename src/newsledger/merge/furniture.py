"""Page furniture: the lines of a crawled page that belong to the site, not to the report.

A sign-in or subscription wall ("we have sent you a verification email"), cookie and share
banners, copyright lines and newsletter prompts stand word for word on many pages of one site
whatever the story. Their words are rare in the language ("verification", "spam", "activate",
"pinterest"), so in the rare-word bag they outweigh a short report's own words: on gva_dev's train
fold walled pages of sister sites, reports of shootings in three states, were one incident, and
one publisher's notification widget joined reports of shootings in two states.

The rule is a small fixed vocabulary of the phrases sites print around a report, read per
paragraph: a short paragraph (`MAX_FURNITURE_WORDS`) holding one is dropped from the text the
resolver compares (rare words, salient words, key names), a longer one loses only the sentences
that hold one, so a sentence of the story that happens to say "subscribe" or "sign up" stays.
It is the same for every ledger and every order of arrival: a line-frequency table learnt from
the ledger would change as it grows and make resolution depend on the order of arrival.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_FURNITURE_WORDS = 30
"""Longest sentence read as furniture: a wall's or banner's sentence is short; a longer sentence
holding one of the phrases is the report's own ("posted a video the site's terms of service
forbid")."""

MIN_STORY_WORDS = 8
"""Fewest words a paragraph keeps beside a furniture sentence to be the report's: fewer are the
wall's own lead-in or a button ("Already a member?", "Close")."""

_PHRASES = (
    # sign-in, registration and subscription walls
    r"sign(?:ing)? (?:in|up|out)(?: (?:to|using|with|for|now|here|or|and)\b|[.!:]|$)",
    r"log(?:ging)? ?(?:in|out)\b",
    r"verification (?:e-?mail|message|code|link)",
    r"confirmation e-?mail",
    r"activate your (?:profile|account|subscription)",
    r"(?:spam|junk) folder",
    r"^(?:just )?one (?:more|last) (?:thing|step)\b",
    r"already (?:have an account|a (?:subscriber|member)|registered)",
    r"thank you for (?:registering|signing up|subscribing|reading)",
    r"create (?:an|your) account",
    r"set up your account",
    r"(?:forgot|reset) your password",
    r"subscribe (?:now|today|to (?:our|receive))\b",
    r"subscribers? only",
    r"e-?mail (?:newsletters?|notifications?)",
    r"newsletters?\b",
    r"terms (?:of (?:service|use)|and conditions)",
    r"privacy policy",
    r"your (?:notification|profile|subscription) has been",
    r"owner of this (?:article|page)",
    r"why (?:are|do) we (?:asking|ask|need)",
    r"\{\*|\[website\]",  # a wall's unfilled template ("{* loginWidget *}")
    # cookie, script and ad banners
    r"(?:use|uses|accept|enable|our) cookies|cookies? (?:policy|settings|preferences)",
    r"enable javascript",
    r"javascript (?:is )?(?:disabled|required)",
    r"ad ?blocker",
    r"^advertisement$",
    # copyright and rights lines
    r"^\(?(?:tm and )?(?:©|copyright\b)\s*(?:\(c\)\s*)?\d{4}",
    r"all rights reserved",
    r"may not be (?:published|broadcast|rewritten|redistributed)",
    # share, follow and comment widgets
    r"share (?:this|on)\b",
    r"^like this\b",
    r"follow (?:us|\S+ on (?:twitter|facebook|instagram))",
    r"^(?:\W*(?:facebook|twitter|google|pinterest|instagram|linkedin|whatsapp|email)\W*)+$",
    r"(?:like|find|follow) (?:us|him|her|\S+) on (?:twitter|facebook|instagram)",
    r"read or share this story",
    r"join the conversation",
    r"pending comments?",
    r"comments? (?:are|have been) (?:closed|disabled)",
    r"click (?:here|on the button)",
    r"report an error",
    r"submit a (?:news )?tip",
    r"copy link",
    r"(?:show|hide) transcript",
    r"watch (?:this story|the video|video)\b",
    r"^(?:related|trending|popular|recommended|more) (?:stories|articles|news|videos|links)\b",
    r"^(?:you may|you might) also like",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in _PHRASES), re.IGNORECASE)

_NAV_WORDS = frozenset(
    {
        "close", "email", "e-mail", "print", "share", "tweet", "more", "comments", "comment",
        "facebook", "twitter", "google", "pinterest", "linkedin", "reddit", "whatsapp", "menu",
        "search", "home", "photos", "video", "videos", "next", "previous", "loading", "copy",
    }
)  # fmt: skip
"""Words that make up a share bar or menu line on their own ("Email", "Print", "Pinterest")."""

_LINE_WORDS = re.compile(r"[\w'’-]+")


_SENTENCE_BREAK = re.compile(r"(?<=[.!?)])\s+(?=[\"“(©A-Z])")
"""Where a paragraph splits into sentences: a page may run its copyright line and the report's
next sentence into one paragraph, or end a report's paragraph with "Click here for more"."""


def is_furniture_line(line: str) -> bool:
    """Whether one sentence or line of page text is the site's furniture rather than the report:
    a short one holding a wall, banner, copyright or widget phrase, or one of menu words only."""
    stripped = line.strip(" \t.…:|-–—•*")
    if not stripped:
        return False
    words = _LINE_WORDS.findall(stripped.lower())
    if not words:
        return False
    if all(word in _NAV_WORDS for word in words):
        return True
    return len(words) <= MAX_FURNITURE_WORDS and _FURNITURE.search(stripped) is not None


def story_line(line: str) -> str:
    """One line (paragraph) without its furniture: dropped whole when it is short furniture, else
    without its furniture sentences (a long paragraph ending "Click here for the video")."""
    if is_furniture_line(line):
        return ""
    if not _FURNITURE.search(line):
        return line
    kept = " ".join(s for s in _SENTENCE_BREAK.split(line) if not is_furniture_line(s))
    if len(_LINE_WORDS.findall(kept)) < MIN_STORY_WORDS:
        return ""  # a wall's own lead-in ("Nothing arrived? Check your spam folder.")
    return kept


@lru_cache(maxsize=4096)
def story_text(text: str) -> str:
    """The text without its furniture (`is_furniture_line`, sentence by sentence); the rest
    unchanged and in order. Cached: a main mention's profile reads its article's text three
    times."""
    lines = text.split("\n")
    kept = [story_line(line) for line in lines]
    if kept == lines:
        return text
    return "\n".join(kept)

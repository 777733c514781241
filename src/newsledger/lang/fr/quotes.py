"""French cue vocabulary: « … », a déclaré, a indiqué à France Bleu, selon X, explique X.

Classes of words (speech verbs and their common forms, prepositions that introduce a medium,
role nouns), not any article's wording.
"""

from __future__ import annotations

from newsledger.nlp.quote_vocab import CueVocabulary

# Speech verbs of French news prose (infinitives, as the lemmatiser gives them).
FRENCH_SPEECH_LEMMAS = frozenset(
    {
        "dire",
        "déclarer",
        "indiquer",
        "affirmer",
        "expliquer",
        "ajouter",
        "dénoncer",
        "estimer",
        "assurer",
        "souligner",
        "préciser",
        "confier",
        "raconter",
        "témoigner",
        "réagir",
        "regretter",
        "condamner",
        "annoncer",
        "lancer",
        "déplorer",
        "rapporter",
        "confirmer",
        "avertir",
        "insister",
        "rappeler",
        "commenter",
        "fustiger",
        "marteler",
        "tweeter",
        "écrire",
        "publier",
        "reconnaître",
        "admettre",
        "nier",
        "démentir",
        "signaler",
        "relater",
        "détailler",
        "noter",
        "observer",
        "répondre",
        "réclamer",
        "appeler",
        "s'indigner",
        "indigner",
        "alerter",
        "prévenir",
        "poursuivre",
        "lâcher",
        "glisser",
        "résumer",
        "accuser",
        "promettre",
        "s'insurger",
        "insurger",
        "s'inquiéter",
        "inquiéter",
    }
)


def _french_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Participles and present forms of -er verbs, plus the irregular ones used as cues."""
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma.endswith("er"):
            stem = lemma[:-2]
            forms.update({stem + "é", stem + "e", stem + "ent", stem + "ait", stem + "aient"})
    forms.update(
        {
            "dit",
            "dits",
            "disent",
            "écrit",
            "écrivent",
            "reconnu",
            "reconnaît",
            "admis",
            "admet",
            "démenti",
            "dément",
            "répondu",
            "répond",
            "averti",
            "avertit",
            "réagi",
            "réagit",
            "poursuit",
            "poursuivi",
            "prévenu",
            "prévient",
            "martèle",
            "appelle",
            "rappelle",
            "promis",
            "promet",
            "promettent",
        }
    )
    return frozenset(forms)


FRENCH = CueVocabulary(
    speech_lemmas=FRENCH_SPEECH_LEMMAS,
    speech_forms=_french_forms(FRENCH_SPEECH_LEMMAS),
    tell_lemmas=frozenset(),
    call_lemmas=frozenset({"appeler"}),
    call_particles=frozenset({"à"}),
    according=(("selon",), ("d'", "après"), ("d’", "après"), ("d'après",)),
    medium_preps=frozenset({"à", "au", "aux", "sur", "dans", "auprès", "via"}),
    medium_nouns=frozenset(
        {
            "communiqué",
            "entretien",
            "interview",
            "tweet",
            "message",
            "vidéo",
            "lettre",
            "radio",
            "télévision",
            "journal",
            "conférence",
            "micro",
            "antenne",
            "réseaux",
            "twitter",
            "facebook",
            "journaliste",
            "journalistes",
            "presse",
            "média",
            "médias",
        }
    ),
    document_nouns=frozenset(
        {
            "communiqué",
            "rapport",
            "document",
            "lettre",
            "message",
            "tweet",
            "source",
            "sources",
            "chiffres",
            "données",
            "médias",
            "presse",
            "vidéo",
            "images",
        }
    ),
    affiliation_preps=frozenset({"de", "du", "des", "d'", "d’", "pour", "chez"}),
    role_nouns=frozenset(
        {
            "porte-parole",
            "responsable",
            "président",
            "présidente",
            "directeur",
            "directrice",
            "secrétaire",
            "délégué",
            "déléguée",
            "représentant",
            "représentante",
            "membre",
            "chef",
            "cheffe",
            "maire",
            "préfet",
            "préfète",
            "ministre",
            "avocat",
            "avocate",
            "coordinateur",
            "coordinatrice",
            "militant",
            "militante",
            "bénévole",
            "fondateur",
            "fondatrice",
            "commandant",
            "commissaire",
            "procureur",
            "procureure",
            "adjoint",
            "adjointe",
            "élu",
        }
    ),
    complementizers=frozenset({"que", "qu'", "qu’"}),
    person_pronouns=frozenset({"il", "elle"}),
    group_pronouns=frozenset({"ils", "elles", "on", "nous"}),
    aux_in_cue=True,
    # "appeler" only with its particle ("appelle à").
    excluded_lemmas=frozenset(),
    # Verbs whose physical sense is common in incident reports: "en lançant des projectiles",
    # "lâcher les chiens", "poursuivre les fuyards", "assurer la sécurité".
    physical_lemmas=frozenset(
        {
            "lancer",
            "lâcher",
            "glisser",
            "poursuivre",
            "rappeler",
            "observer",
            "assurer",
            "confier",
            "rapporter",
            "prévenir",
            "publier",
            "écrire",
        }
    ),
    anaphoric_words=frozenset({"même", "mêmes"}),
    speech_nouns=frozenset(
        {
            "appel",
            "avertissement",
            "message",
            "cri",
            "slogan",
            "alerte",
            "ultimatum",
            "accusation",
            "mise",
        }
    ),
)

"""Speaker phrases read by word order, where the small models parse quotes badly.

"NAME, AFFILIATION, said", "ROLE, NAME, a dénoncé", "said NAME, a spokesman", "a réagi ROLE, NAME",
"the French news outlet NAME": noun-phrase runs left and right of a cue, comma-delimited
appositives, and the split of a phrase into speaker and affiliation. `quote_cues` calls these after
(or, for a comma-delimited speaker opening the clause, before) the parse's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from newsledger.nlp.quotes import _Context, _SpeakerInfo

_NP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "X"})

_NAME_JOINERS = frozenset(
    {
        "-",
        "'",
        "’",
        "&",
        "de",
        "des",
        "du",
        "la",
        "le",
        "van",
        "von",
        "al",
        "el",
        "bin",
        "d'",
        "l'",
        "d’",
        "l’",
    }
)

_SKIP_BEFORE_CUE = frozenset({"AUX", "ADV", "PART"})

_TIME_ENTS = frozenset({"DATE", "TIME"})

_PER_ENTS = frozenset({"PER", "PERSON"})

_NON_PERSON_ENTS = frozenset({"LOC", "GPE", "ORG", "FAC", "NORP"})

_PLACE_ENTS = frozenset({"LOC", "GPE", "FAC"})

MAX_SPEAKER_TOKENS = 14
"""Longest speaker phrase read by word order; longer runs are narrative, not a name."""

MAX_APPOSITIVE_TOKENS = 16
"""Longest comma-delimited affiliation between a name and its verb."""


def _right_speaker(ctx: _Context, i: int, hi: int) -> tuple[_SpeakerInfo, int, int] | None:
    """The inverted speaker starting at token i ("said NAME, a spokesman", "a réagi la maire de
    X, NAME"), with its comma-delimited appositive."""
    doc = ctx.doc
    run = _run_right(ctx, i, hi, allow_preps=True)
    if run is None or doc[run[0]].pos_ == "ADP":
        return None
    sp = _speaker_from_run(ctx, run[0], run[1], split_preps=True)
    if sp is None:
        return None
    end = run[1]
    named = _role_then_name(ctx, sp, run[0], end, hi)
    if named is not None:
        return named[0], run[0], named[1]
    aff = _appositive_right(ctx, end + 1, hi)
    if aff is not None:
        if sp.affiliation is None:
            sp.affiliation = _text(ctx, aff[0], aff[1])
        end = aff[1]
    return sp, run[0], end


def _role_then_name(
    ctx: _Context, sp: _SpeakerInfo, s: int, e: int, hi: int
) -> tuple[_SpeakerInfo, int] | None:
    """A role followed by a name in commas ("la maire de X, NAME[,]"): the name speaks and the
    role (tokens s..e) is its affiliation. Returns the name's speaker and its last token."""
    if sp.named or sp.pronoun is not None:
        return None
    aff = _appositive_right(ctx, e + 1, hi)
    if aff is None:
        return None
    name = _name_run(ctx, aff[0], aff[1])
    if name is None:
        return None
    named = _speaker_from_run(ctx, name[0], name[1], split_preps=False)
    if named is None:
        return None
    named.affiliation = _text(ctx, s, e)
    return named, name[1]


def _role_before_name(ctx: _Context, s: int, lo: int) -> tuple[int, int] | None:
    """The role phrase in front of a name and its comma ("la maire de X, | NAME"), when the
    phrase opens the clause and is headed by a role noun."""
    doc = ctx.doc
    if s - 2 < lo or doc[s - 1].text != "," or not ctx.narrative(s - 1):
        return None
    run = _run_left(ctx, s - 2, lo)
    if run is None or not (run[0] == lo or doc[run[0] - 1].is_punct):
        return None
    if not any(doc[k].lemma_.lower() in ctx.vocab.role_nouns for k in range(run[0], run[1] + 1)):
        return None
    return run


def _name_run(ctx: _Context, a: int, b: int) -> tuple[int, int] | None:
    """Tokens a..b when they are a person's name only (proper nouns and name particles)."""
    doc = ctx.doc
    if not all(
        doc[k].pos_ == "PROPN" or doc[k].lower_ in _NAME_JOINERS or doc[k].ent_type_ in _PER_ENTS
        for k in range(a, b + 1)
    ):
        return None
    if doc[b].pos_ != "PROPN" and doc[b].ent_type_ not in _PER_ENTS:
        return None
    if any(doc[k].ent_type_ in _PLACE_ENTS for k in range(a, b + 1)):
        return None  # "le préfet de la région, Normandie," is no name (ORG is kept: the small
        # French model tags many person names ORG)
    return a, b


def _apposed_left(ctx: _Context, cue_start: int, lo: int) -> tuple[_SpeakerInfo, int, int] | None:
    """The comma-delimited speaker right before the cue when it opens the clause ("Omar Said,
    de l'association X, a fustigé"): word order is surer than the small model's parse here."""
    doc = ctx.doc
    j = cue_start - 1
    while j >= lo and (doc[j].pos_ in _SKIP_BEFORE_CUE or doc[j].is_space) and ctx.narrative(j):
        j -= 1
    if j < lo or doc[j].text != ",":
        return None
    found = _left_speaker(ctx, cue_start, lo)
    if found is None:
        return None
    start = found[1]
    if start > lo and not (doc[start - 1].is_punct or ctx.is_mark[start - 1]):
        return None
    if found[0].affiliation is None:
        return None
    return found


def _text(ctx: _Context, a: int, b: int) -> str:
    """Text of tokens a..b inclusive, as written."""
    doc = ctx.doc
    return ctx.text[doc[a].idx : doc[b].idx + len(doc[b].text)]


def _np_token(ctx: _Context, i: int) -> bool:
    tok = ctx.doc[i]
    # A token inside a named entity is part of the name whatever its tag ("France Bleu" with
    # "Bleu" tagged as a verb by the small model).
    return ctx.narrative(i) and (
        tok.pos_ in _NP_POS
        or tok.lower_ in _NAME_JOINERS
        or (tok.ent_iob_ in ("B", "I") and not tok.is_punct and tok.ent_type_ not in _TIME_ENTS)
    )


def _nominal(tok: Token) -> bool:
    """A noun, a name, or a token of a named entity the tagger mislabelled."""
    return tok.pos_ in ("PROPN", "NOUN") or (
        tok.ent_iob_ in ("B", "I") and not tok.is_punct and tok.ent_type_ not in _TIME_ENTS
    )


def _new_phrase(ctx: _Context, j: int, i: int) -> bool:
    """A lower-case determiner after a noun or name opens a second noun phrase ("à France
    Bleu | un délégué"), unless a preposition joins them ("de | la police")."""
    doc = ctx.doc
    tok = doc[j]
    return (
        j > i
        and tok.pos_ == "DET"
        and tok.text[:1].islower()
        and doc[j - 1].pos_ not in ("ADP", "DET")
        and doc[j - 1].lower_ not in _NAME_JOINERS
    )


def _run_left(ctx: _Context, j: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending at token j, read leftwards (prepositions allowed inside)."""
    doc = ctx.doc
    if j < lo or not _np_token(ctx, j):
        return None
    i = j
    while i - 1 >= lo and j - i < MAX_SPEAKER_TOKENS:
        prev = doc[i - 1]
        if _np_token(ctx, i - 1) or (
            prev.pos_ == "ADP"
            and prev.lower_ in ctx.vocab.affiliation_preps
            and i - 2 >= lo
            and _np_token(ctx, i - 2)
        ):
            i -= 1
            continue
        break
    while i <= j and doc[i].lower_ in _NAME_JOINERS and not doc[i].text[:1].isupper():
        i += 1
    if i > j or not any(_nominal(doc[k]) for k in range(i, j + 1)):
        return None
    if doc[i].pos_ == "ADP":
        return None
    return i, j


def _run_right(ctx: _Context, i: int, hi: int, allow_preps: bool) -> tuple[int, int] | None:
    """The noun phrase starting at token i, read rightwards."""
    doc = ctx.doc
    j = i
    while j < hi and j - i < MAX_SPEAKER_TOKENS:
        tok = doc[j]
        if _new_phrase(ctx, j, i):
            break
        if _np_token(ctx, j) or (tok.pos_ == "PRON" and j == i):
            if tok.pos_ == "PRON" and j == i:
                return i, i
            j += 1
            continue
        if (
            allow_preps
            and tok.pos_ == "ADP"
            and tok.lower_ in ctx.vocab.affiliation_preps
            and tok.lower_ not in ctx.vocab.medium_preps
            and j + 1 < hi
            and _np_token(ctx, j + 1)
        ):
            j += 1
            continue
        break
    j -= 1
    while j >= i and (doc[j].pos_ == "ADP" or doc[j].is_punct):
        j -= 1
    if j < i or not any(_nominal(doc[k]) for k in range(i, j + 1)):
        return None
    return i, j


def _left_speaker(ctx: _Context, cue_start: int, lo: int) -> tuple[_SpeakerInfo, int, int] | None:
    """NAME [of X] VERB, or NAME, AFFILIATION, VERB, read leftwards from the cue."""
    doc = ctx.doc
    j = cue_start - 1
    while j >= lo and (doc[j].pos_ in _SKIP_BEFORE_CUE or doc[j].is_space) and ctx.narrative(j):
        j -= 1
    if j < lo:
        return None
    if doc[j].pos_ == "PRON" and ctx.narrative(j):
        sp = _speaker_from_run(ctx, j, j, split_preps=False)
        return (sp, j, j) if sp is not None else None
    if doc[j].text == "," and ctx.narrative(j):
        k = j - 1
        while (
            k >= lo and ctx.narrative(k) and doc[k].text != "," and j - k <= MAX_APPOSITIVE_TOKENS
        ):
            if _finite(doc[k]):
                return None
            k -= 1
        if k < lo or doc[k].text != "," or k == j - 1:
            return None
        run = _run_left(ctx, k - 1, lo)
        if run is None:
            return None
        name = _name_run(ctx, k + 1, j - 1)
        role = _speaker_from_run(ctx, run[0], run[1], split_preps=True)
        if name is not None and role is not None and not role.named:
            # "La présidente de l'association, NAME, a dénoncé": the name speaks
            sp = _speaker_from_run(ctx, name[0], name[1], split_preps=False)
            if sp is None:
                return None
            sp.affiliation = _text(ctx, run[0], run[1])
            return sp, run[0], j - 1
        sp = role
        if sp is None:
            return None
        sp.affiliation = _text(ctx, k + 1, j - 1)
        sp.source_start, sp.source_end = doc[run[0]].idx, _end(doc, run[1])
        return sp, run[0], j - 1
    run = _run_left(ctx, j, lo)
    if run is None:
        return None
    sp = _speaker_from_run(ctx, run[0], run[1], split_preps=True)
    return (sp, run[0], run[1]) if sp is not None else None


def _appositive_right(ctx: _Context, i: int, hi: int) -> tuple[int, int] | None:
    """ ", a police spokesman" after an inverted speaker, up to the next comma or the end."""
    doc = ctx.doc
    if i >= hi or doc[i].text != ",":
        return None
    j = i + 1
    while (
        j < hi and ctx.narrative(j) and doc[j].text not in ",.;" and j - i <= MAX_APPOSITIVE_TOKENS
    ):
        if _finite(doc[j]):
            return None
        j += 1
    return (i + 1, j - 1) if j - 1 > i else None


def _finite(tok: Token) -> bool:
    """A clause verb (not a participle used as a role noun: "délégué du syndicat")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    form = tok.morph.get("VerbForm", [])
    return not form or "Fin" in form or any(c.dep_ == "nsubj" for c in tok.children)


def _end(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i].text)


def _speaker_from_run(ctx: _Context, a: int, b: int, split_preps: bool) -> _SpeakerInfo | None:
    """Speaker and affiliation from a noun phrase as written (tokens a..b)."""
    from newsledger.nlp.quotes import _SpeakerInfo

    doc, vocab = ctx.doc, ctx.vocab
    if a == b and doc[a].pos_ == "PRON":
        low = _pronoun(doc[a])
        if low not in vocab.person_pronouns and low not in vocab.group_pronouns:
            return None
        return _SpeakerInfo(
            doc[a].text,
            doc[a].idx,
            _end(doc, a),
            None,
            doc[a].idx,
            _end(doc, a),
            named=False,
            pronoun=low,
            person=low in vocab.person_pronouns,
        )
    name_end = b
    affiliation: str | None = None
    if split_preps:
        for k in range(a + 1, b):
            tok = doc[k]
            if tok.pos_ == "ADP" and tok.lower_ in vocab.affiliation_preps:
                before = doc[k - 1]
                if before.pos_ == "PROPN":
                    name_end, affiliation = k - 1, _text(ctx, k, b)
                elif before.lemma_.lower() in vocab.role_nouns:
                    name_end, affiliation = k - 1, _text(ctx, k + 1, b)
                elif before.pos_ == "ADJ" and _adj_role(ctx, a, k - 1):
                    # "un délégué syndical de la police": the qualified role reads as one unit,
                    # so the phrase stays whole and the organisation is its affiliation
                    affiliation = _text(ctx, k + 1, b)
                break
    name_start = a
    # "the French news outlet France Bleu": a role before a name; the name speaks.
    k = name_end
    while k >= a and (doc[k].pos_ == "PROPN" or doc[k].lower_ in _NAME_JOINERS):
        k -= 1
    if doc[name_end].ent_type_ in _PER_ENTS:
        # "le maire de Grande-Ville Jean Dupuis": the person entity ends the role's place name
        e0 = name_end
        while e0 > a and doc[e0].ent_iob_ == "I":
            e0 -= 1
        if (
            k + 1 < e0
            and doc[k + 1].lower_ in _NAME_JOINERS
            and doc[k + 1].text[:1].islower()
            and doc[e0 - 1].ent_type_ not in _PER_ENTS
        ):
            k = e0 - 1
    if a <= k < name_end and doc[k + 1].lower_ in _NAME_JOINERS and doc[k + 1].text[:1].islower():
        k = a - 1  # "la gendarmerie de l'Oise": a noun and its complement, not a role and a name
    modifier = doc[k] if a <= k < name_end else None
    if (
        modifier is not None
        and (modifier.pos_ in ("NOUN", "PROPN") or modifier.dep_ == "compound")
        and (modifier.lemma_.lower() not in vocab.document_nouns)
    ):
        role = _text(ctx, a, k)
        name_start = k + 1
        affiliation = role if affiliation is None else f"{role} {affiliation}"
    while (
        name_start < name_end
        and doc[name_start].lower_ in _NAME_JOINERS
        and (not doc[name_start].text[:1].isupper() and doc[name_start].pos_ != "DET")
    ):
        name_start += 1
    head = doc[name_end]
    if head.pos_ not in ("PROPN", "NOUN", "X") and not any(
        _nominal(doc[t]) for t in range(name_start, name_end + 1)
    ):
        return None
    if head.ent_type_ in _TIME_ENTS:
        return None
    named = head.pos_ == "PROPN"
    s, e = doc[name_start].idx, _end(doc, name_end)
    if not named and any(doc[t].lower_ in vocab.anaphoric_words for t in range(a, b + 1)):
        # "selon la même source": the previous source, resolved like a pronoun
        return _SpeakerInfo(
            ctx.text[s:e], s, e, affiliation, s, e, named=False, pronoun="same", person=False
        )
    src_start, src_end = s, e
    if not named and affiliation is not None and name_end < b:
        src_start, src_end = doc[a].idx, _end(doc, b)  # "a spokesperson for the prefecture"
    person = (named and head.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC")) or (
        not named and head.lemma_.lower() in vocab.role_nouns
    )
    return _SpeakerInfo(
        ctx.text[s:e], s, e, affiliation, src_start, src_end, named=named, person=person
    )


def _adj_role(ctx: _Context, a: int, j: int) -> bool:
    """Tokens a..j end in a role noun followed only by adjectives ("délégué syndical")."""
    doc = ctx.doc
    while j > a and doc[j].pos_ == "ADJ":
        j -= 1
    return doc[j].lemma_.lower() in ctx.vocab.role_nouns


def _pronoun(tok: Token) -> str:
    """A subject pronoun without the hyphen of French inversion ("a-t-il")."""
    return tok.lower_.lstrip("-‑")

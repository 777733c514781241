"""Cues and speakers: the speech verb or "according to", who speaks, as what, through what.

The parse is used first (nsubj, appos, prep/pobj, "told" + object); around quote marks the small
models often attach the speaker nowhere, so word order is the fallback: the noun phrase right
before the verb, a comma-delimited appositive before that ("NAME, AFFILIATION, told"), or the
noun phrase right after it ("said NAME"); those readers live in `quote_phrases`. Speech verbs that
are also physical ("lancer") are cues only with a speech complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsledger.nlp.deps import is_passive
from newsledger.nlp.doctext import doc_entities, entity_text
from newsledger.nlp.quote_phrases import (
    _PLACE_ENTS,
    _SKIP_BEFORE_CUE,
    _TIME_ENTS,
    _apposed_left,
    _appositive_right,
    _end,
    _left_speaker,
    _np_token,
    _pronoun,
    _right_speaker,
    _role_before_name,
    _role_then_name,
    _run_right,
    _speaker_from_run,
    _text,
)
from newsledger.nlp.quote_vocab import CueVocabulary

if TYPE_CHECKING:
    from newsledger.nlp.quotes import _Context, _Cue, _Record, _SpeakerInfo

_TENSE_AUX_DEPS = frozenset({"aux", "aux:tense"})
_MODIFIER_DEPS = frozenset(
    {
        "acl",
        "relcl",
        "acl:relcl",
        "amod",
        "compound",
        "pcomp",
        "nmod",
        "nsubj",
        "dobj",
        "obj",
        "pobj",
        "attr",
        "appos",
        "csubj",
    }
)
_RELCL_DEPS = frozenset({"relcl", "acl:relcl"})
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj"})
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
_PRE_NAME_DEPS = frozenset(
    {"compound", "det", "amod", "nmod", "poss", "nummod", "quantmod", "predet", "flat", "flat:name"}
)
_POST_NAME_DEPS = frozenset({"flat", "flat:name", "fixed"})
_AFFIL_DEPS = frozenset({"appos"})
MAX_LABEL_GAP = 4
"""Words a quoted label may sit after its object ("called the queues at the depot "…"")."""
MAX_CLIMB = 3
"""How many heads a subjectless cue ("adding", "saying", "and said") climbs to find a speaker."""


def _is_speech(tok: Token, vocab: CueVocabulary) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in vocab.excluded_lemmas:
        return False
    return lemma in vocab.speech_lemmas or tok.lower_ in vocab.speech_forms


def _embedded_in_content(tok: Token, vocab: CueVocabulary, lo: int, hi: int) -> bool:
    """A speech verb inside another speech verb's reported clause is content, not a cue; that
    verb must be in the same unit [lo, hi) (the small model's parse may run over a paragraph
    break and hang a cue on the previous paragraph's verb)."""
    child = tok
    for _ in range(6):
        head = child.head
        if head == child or not lo <= head.i < hi:
            return False
        if child.dep_ in _CONTENT_DEPS and head.pos_ in ("VERB", "AUX") and _is_speech(head, vocab):
            return True
        child = head
    return False


def verb_cue(ctx: _Context, i: int, lo: int, hi: int) -> _Cue | None:
    """A speech verb at token i (in the narrative of unit [lo, hi)) with its speaker and medium."""
    from newsledger.nlp.quotes import _Cue

    doc, vocab = ctx.doc, ctx.vocab
    tok = doc[i]
    if not _is_speech(tok, vocab):
        return None
    if tok.pos_ not in ("VERB", "AUX") and not (
        vocab.aux_in_cue
        and i > lo
        and doc[i - 1].pos_ == "AUX"
        and tok.lower_ in vocab.speech_forms
    ):
        return None  # a participle after its auxiliary is a verb whatever its tag ("a réagi")
    if is_passive(tok):
        return None
    if (
        tok.dep_ in _MODIFIER_DEPS
        and not (
            vocab.aux_in_cue
            and tok.dep_ == "acl"
            and any(c.dep_ in _TENSE_AUX_DEPS for c in tok.children)
        )
        and _relative_subject(tok, vocab) is None
    ):
        return None  # "», a confié X" misparsed as acl: with its auxiliary it is a clause
    if _embedded_in_content(tok, vocab, lo, hi):
        return None
    lemma = tok.lemma_.lower()
    cue_start, cue_end = i, i
    is_call = False
    if lemma in vocab.call_lemmas:
        if i + 1 < hi and doc[i + 1].lower_ in vocab.call_particles:
            cue_end, is_call = i + 1, True
        elif not _names_in_quotes(ctx, tok, hi):
            return None
    elif i + 1 < hi and doc[i + 1].dep_ == "prt":
        cue_end = i + 1  # "pointed out"
    if vocab.aux_in_cue:
        j = i - 1
        while j >= lo and doc[j].pos_ in ("AUX", "PRON") and doc[j].head.i == i:
            j -= 1
        cue_start = j + 1
    if lemma in vocab.physical_lemmas and not _speech_use(ctx, tok, cue_start, cue_end, lo, hi):
        return None
    speaker, sp_lo, sp_hi, inherited = _verb_speaker(ctx, tok, lo, hi, cue_start, cue_end)
    seg_start, seg_end = cue_start, cue_end
    if speaker is not None and sp_lo >= 0:
        seg_start, seg_end = min(seg_start, sp_lo), max(seg_end, sp_hi)
    medium, m_end = medium_phrase(ctx, seg_end + 1, hi, lemma in vocab.tell_lemmas)
    if m_end >= 0:
        seg_end = m_end
        if speaker is None:  # "« … », a déclaré à France Bleu un délégué syndical"
            right = _right_speaker(ctx, m_end + 1, hi)
            if right is not None:
                speaker, seg_end = right[0], right[2]
    if seg_end + 1 < hi and doc[seg_end + 1].text == ":":
        seg_end += 1
    text = ctx.text[doc[cue_start].idx : doc[cue_end].idx + len(doc[cue_end].text)]
    return _Cue(
        tok, "verb", text, speaker, medium, seg_start, seg_end, is_call=is_call, inherited=inherited
    )


def _names_in_quotes(ctx: _Context, tok: Token, hi: int) -> bool:
    """ "X called the attack "cowardly"": a naming verb with its own subject whose object is
    followed by a quoted label is a cue (the object and the label are its content); without the
    quote it is not ("called the police")."""
    obj = next((c for c in tok.rights if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "…, calling it "payback"": a participle's label is the narrator's
    j = obj.i + 1
    last = min(hi, obj.right_edge.i + 1 + MAX_LABEL_GAP)
    while j < last and ctx.quote_of[j] < 0:
        j += 1
    return j < last and ctx.is_mark[j]


def _relative_subject(tok: Token, vocab: CueVocabulary) -> Token | None:
    """ "the mayor, who said …": a relative clause whose subject is the relative pronoun speaks
    for the noun it hangs on; that noun (the clause's head) is returned."""
    if tok.dep_ not in _RELCL_DEPS or tok.head == tok:
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in vocab.relative_pronouns for c in tok.children):
        return tok.head
    return None


def _speech_use(ctx: _Context, tok: Token, cue_start: int, cue_end: int, lo: int, hi: int) -> bool:
    """Whether a verb that is also physical ("lancer") is used as speech here: its object is a
    quote, a "that"-clause, a colon or a speech noun ("lancer un appel"), or it is inverted after
    a quote or a clause with a person as subject ("…, a lancé le maire")."""
    doc, vocab = ctx.doc, ctx.vocab
    if any(
        c.dep_ in ("obj", "dobj") and c.lemma_.lower() in vocab.speech_nouns for c in tok.children
    ):
        return True
    i = cue_end + 1
    while i < hi and (doc[i].pos_ == "ADV" or doc[i].is_space) and ctx.narrative(i):
        i += 1
    _medium_text, m_end = medium_phrase(ctx, i, hi, False)
    if m_end >= 0:
        i = m_end + 1
    if i < hi and (ctx.is_mark[i] or doc[i].text == ":" or doc[i].lower_ in vocab.complementizers):
        return True
    p = cue_start - 1
    while p >= lo and doc[p].is_space:
        p -= 1
    if p < lo or not (ctx.is_mark[p] or doc[p].text in (",", ":")):
        return False
    if "Pres" in tok.morph.get("Tense", []) and "Part" in tok.morph.get("VerbForm", []):
        return False  # "…, lançant des pierres": a gerund is an action
    right = _right_speaker(ctx, i, hi)
    return right is not None and (right[0].named or right[0].person)


def according_cue(ctx: _Context, i: int, lo: int, hi: int) -> _Cue | None:
    """ "according to X" / "selon X": X is the source; the phrase is the segment."""
    from newsledger.nlp.quotes import _Cue

    doc = ctx.doc
    for seq in ctx.vocab.according:
        n = len(seq)
        if i + n > hi or any(doc[i + k].lower_ != seq[k] for k in range(n)):
            continue
        run = _run_right(ctx, i + n, hi, allow_preps=True)
        if run is None:
            return None
        speaker = _speaker_from_run(ctx, run[0], run[1], split_preps=False)
        text = ctx.text[doc[i].idx : doc[i + n - 1].idx + len(doc[i + n - 1].text)]
        return _Cue(doc[i], "according", text, speaker, None, i, run[1])
    return None


def _verb_speaker(
    ctx: _Context, tok: Token, lo: int, hi: int, cue_start: int, cue_end: int
) -> tuple[_SpeakerInfo | None, int, int, bool]:
    """(speaker, first token, last token of the adjacent speaker phrase or -1, inherited)."""
    subjects = [
        c
        for c in tok.children
        if lo <= c.i < hi
        and ctx.narrative(c.i)
        and (
            c.dep_ == "nsubj"
            or (
                c.dep_ == "expl:subj"
                and _pronoun(c) in ctx.vocab.person_pronouns | ctx.vocab.group_pronouns
            )
        )
    ]
    if len(subjects) > 1:
        # "Le procureur de Lille, Marc Dubois, a indiqué": apposed subjects; the name speaks.
        subjects.sort(key=lambda c: (c.pos_ != "PROPN", abs(c.i - tok.i)))
    antecedent = _relative_subject(tok, ctx.vocab)
    if antecedent is not None and lo <= antecedent.i < hi and ctx.narrative(antecedent.i):
        sp, _s, _e = _speaker_from_head(ctx, antecedent, lo, hi)
        pronoun = next(c for c in tok.children if c.dep_ == "nsubj")
        if sp is not None:
            # written as "who": the local span is the pronoun, the source the noun (as "he")
            sp.start, sp.end = pronoun.idx, pronoun.idx + len(pronoun.text)
            return sp, -1, -1, False
    apposed = _apposed_left(ctx, cue_start, lo)
    if apposed is not None:  # "NAME, AFFILIATION, VERB" / "ROLE, NAME, VERB" read as written
        return apposed[0], apposed[1], apposed[2], False
    found_subject = _subject_speaker(ctx, tok, subjects, lo, hi, cue_start, cue_end)
    if found_subject is not None:
        return found_subject
    node = tok
    for _ in range(MAX_CLIMB):
        if node.dep_ not in _CLIMB_DEPS or node.head == node or not lo <= node.head.i < hi:
            break
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and ctx.narrative(child.i):
                sp, _s, _e = _speaker_from_head(ctx, child, lo, hi)
                if sp is not None:
                    return sp, -1, -1, True
    found = _left_speaker(ctx, cue_start, lo)
    if found is not None:
        return found[0], found[1], found[2], False
    if tok.lemma_.lower() not in ctx.vocab.tell_lemmas:
        right = _right_speaker(ctx, cue_end + 1, hi)
        if right is not None:
            return right[0], right[1], right[2], False
    return None, -1, -1, False


def _subject_speaker(
    ctx: _Context,
    tok: Token,
    subjects: list[Token],
    lo: int,
    hi: int,
    cue_start: int,
    cue_end: int,
) -> tuple[_SpeakerInfo, int, int, bool] | None:
    """The speaker from the parse's subject(s); its phrase counts as adjacent when only
    auxiliaries, adverbs and punctuation separate it from the cue."""
    if not subjects:
        return None
    doc = ctx.doc
    # an inverted subject ("a réagi NAME") never reaches back over its own verb
    floor = cue_end + 1 if subjects[0].i > cue_end else lo
    if subjects[0].i > cue_end:
        i = cue_end + 1
        while i < hi and doc[i].pos_ == "ADV" and ctx.narrative(i):
            i += 1
        right = _right_speaker(ctx, i, hi)
        if right is not None and right[1] <= subjects[0].i <= right[2]:
            return right[0], right[1], right[2], False
    sp, s, e = _speaker_from_head(ctx, subjects[0], floor, hi)
    if sp is None:
        return None
    if sp.named and sp.affiliation is None:
        role = _role_before_name(ctx, s, floor)
        if role is not None:  # "La présidente de l'association, NAME, a dénoncé"
            sp.affiliation = _text(ctx, role[0], role[1])
            s = role[0]
    if len(subjects) > 1 and sp.affiliation is None:
        a, b = subjects[1].left_edge.i, subjects[1].right_edge.i
        if b < s:
            while b > a and doc[b].is_punct:
                b -= 1
            sp.affiliation = _text(ctx, a, b)
            s = a
    named = _role_then_name(ctx, sp, s, e, hi)
    if named is not None:
        sp, e = named
    elif s > cue_end and sp.affiliation is None:
        aff = _appositive_right(ctx, e + 1, hi)
        if aff is not None:
            sp.affiliation = _text(ctx, aff[0], aff[1])
            e = aff[1]
    between = range(e + 1, cue_start) if e < cue_start else range(cue_end + 1, s)
    adjacent = all(
        doc[j].pos_ in _SKIP_BEFORE_CUE or doc[j].is_punct or doc[j].is_space for j in between
    )
    del tok
    return (sp, s, e, False) if adjacent else (sp, -1, -1, False)


def _speaker_from_head(
    ctx: _Context, head: Token, lo: int, hi: int
) -> tuple[_SpeakerInfo | None, int, int]:
    """The speaker phrase around a subject token, with its appositive or prepositional
    affiliation."""
    doc = ctx.doc
    if head.pos_ == "PRON":
        return _speaker_from_run(ctx, head.i, head.i, split_preps=False), head.i, head.i
    start = head.i
    for child in head.lefts:
        if child.dep_ in _PRE_NAME_DEPS or (child.dep_ == "punct" and child.text in "-–"):
            start = min(start, child.left_edge.i)
    end = head.i
    for child in head.rights:
        if child.dep_ in _POST_NAME_DEPS:
            end = max(end, child.i)  # not its right edge: the parse may hang an appositive there
    while end + 1 < hi and doc[end + 1].pos_ == "PROPN" and ctx.narrative(end + 1):
        end += 1  # "Sophie Leroy" parsed as two subjects
    start = max(start, lo)
    while start < head.i and not ctx.narrative(start):
        start += 1
    # The small model often leaves the front of a long name or a role unattached
    # ("the local newspaper Le Voix | Du Nord reports"): extend over adjacent noun-phrase words.
    while (
        start - 1 >= lo
        and _np_token(ctx, start - 1)
        and doc[start - 1].ent_type_ not in (_TIME_ENTS)
        and doc[start - 1].dep_ not in ("pobj", "dobj", "obj", "obl")
    ):
        start -= 1
    full_end = end
    appos = next((c for c in head.rights if c.dep_ in _AFFIL_DEPS), None)
    prep = next(
        (
            c
            for c in head.rights
            if c.dep_ in ("prep", "nmod")
            and c.i > end
            and _prep_word(c) in ctx.vocab.affiliation_preps
        ),
        None,
    )
    if head.pos_ != "PROPN":
        name = _propn_appos(head)
        if name is not None:  # "French lawmaker from the X party, Eric Ciotti, called for"
            e = max([name.i] + [c.i for c in name.rights if c.dep_ in _POST_NAME_DEPS])
            sp = _speaker_from_run(ctx, name.i, e, split_preps=False)
            if sp is not None:
                aff_end = name.left_edge.i - 1
                while aff_end > start and doc[aff_end].is_punct:
                    aff_end -= 1
                sp.affiliation = _text(ctx, start, aff_end)
                return sp, start, max(e, head.right_edge.i if head.right_edge.i < hi else e)
    sp = _speaker_from_run(ctx, start, end, split_preps=False)
    if sp is None:
        return None, -1, -1
    if sp.named and doc[start].pos_ != "PROPN" and appos is None and prep is None:
        return sp, start, full_end  # "the local newspaper X": the role is the affiliation
    if appos is not None and appos.right_edge.i < hi:
        sp.affiliation = _text(ctx, appos.left_edge.i, appos.right_edge.i)
        full_end = appos.right_edge.i
    elif prep is not None and prep.right_edge.i < hi:
        full_end = prep.right_edge.i
        if sp.named:
            sp.affiliation = _text(ctx, prep.i, full_end)
        elif not sp.person:
            # "la préfecture du Nord": an institution's complement is part of its name
            sp.text = ctx.text[sp.start : _end(doc, full_end)]
            sp.end = sp.source_end = _end(doc, full_end)
        else:
            obj_start = prep.i + 1 if prep.dep_ == "prep" else prep.left_edge.i
            while obj_start < full_end and doc[obj_start].dep_ == "case":
                obj_start += 1
            sp.affiliation = _text(ctx, obj_start, full_end)
            sp.source_end = _end(doc, full_end)
    return sp, start, full_end


def _prep_word(tok: Token) -> str:
    if tok.dep_ == "prep":
        return tok.lower_
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    return case.lower_ if case is not None else ""


def _propn_appos(head: Token) -> Token | None:
    for tok in head.subtree:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "PER", ""):
            return tok
    return None


def medium_phrase(ctx: _Context, i: int, hi: int, tell: bool) -> tuple[str | None, int]:
    """ "told Le Figaro", "posted on Twitter", "said in a press release": (medium, last token)."""
    doc, vocab = ctx.doc, ctx.vocab
    while i < hi and doc[i].pos_ == "ADV" and ctx.narrative(i):
        i += 1
    if i >= hi or not ctx.narrative(i):
        return None, -1
    if tell and doc[i].pos_ != "ADP":
        run = _run_right(ctx, i, hi, allow_preps=False)
        if run is not None:
            return _text(ctx, run[0], run[1]), run[1]
        return None, -1
    if doc[i].lower_ not in vocab.medium_preps:
        return None, -1
    run = _run_right(ctx, i + 1, hi, allow_preps=False)
    if run is None:
        return None, -1
    head = doc[run[1]]
    if head.ent_type_ in _TIME_ENTS:
        return None, -1
    if (
        head.pos_ == "PROPN"
        or (head.ent_iob_ in ("B", "I") and head.ent_type_ not in _PLACE_ENTS | {"NORP"})
        or head.lemma_.lower() in vocab.medium_nouns
        or (head.lower_ in vocab.medium_nouns)
    ):
        return _text(ctx, run[0], run[1]), run[1]
    return None, -1


def resolve_speakers(doc: Doc, records: list[_Record], mentions: list[_SpeakerInfo]) -> None:
    """Surnames to the full name introduced earlier; pronouns to the last compatible speaker.

    `mentions` are every cue's speaker in text order (also those whose cue yielded no record:
    "The mayor condemned the attack. "…," he added"). A resolved speaker keeps its local
    `start:end` (speaker_span) and takes the full name's text, source span and, when it has none
    of its own, affiliation.
    """
    ents = [
        e for e in doc_entities(doc) if e.label in ("PERSON", "PER", "ORG") and e.end - e.start > 1
    ]
    named_full = [m for m in mentions if m.named and " " in m.text and m.pronoun is None]

    def full(sp: _SpeakerInfo) -> _SpeakerInfo:
        if not sp.named or " " in sp.text or sp.pronoun is not None:
            return sp
        suffix = " " + sp.text
        match = next(
            (f for f in reversed(named_full) if f.start < sp.start and f.text.endswith(suffix)),
            None,
        )
        if match is None:
            ent = next(
                (e for e in reversed(ents)
                 if e.end_char <= sp.start and entity_text(doc, e).endswith(suffix)),
                None,
            )  # fmt: skip
            if ent is None:
                return sp
            return _replace(sp, entity_text(doc, ent), None, ent.start_char, ent.end_char,
                            sp.person)  # fmt: skip
        return _replace(
            sp, match.text, match.affiliation, match.source_start, match.source_end, match.person
        )

    for rec in records:
        sp = rec.speaker
        if sp is None:
            continue
        if sp.pronoun is None:
            rec.speaker = full(sp)
            continue
        target = next(
            (
                m
                for m in reversed(mentions)
                if m.start < sp.start and m.pronoun is None and (m.person or not sp.person)
            ),
            None,
        )
        if target is not None:
            target = full(target)
            rec.speaker = _replace(
                sp,
                target.text,
                target.affiliation,
                target.source_start,
                target.source_end,
                target.person,
                named=target.named,
            )


def _replace(
    sp: _SpeakerInfo,
    text: str,
    affiliation: str | None,
    source_start: int,
    source_end: int,
    person: bool,
    named: bool = True,
) -> _SpeakerInfo:
    from newsledger.nlp.quotes import _SpeakerInfo

    return _SpeakerInfo(
        text,
        sp.start,
        sp.end,
        sp.affiliation or affiliation,
        source_start,
        source_end,
        named=named,
        person=person,
    )

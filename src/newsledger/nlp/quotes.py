"""Quotes (who said what, with which verb, through which medium) and attributions.

One analysis per Doc feeds both public functions (`find_quotes`, `find_attributions`); it is
cached in `doc.user_data` as plain records so the second call costs nothing.

How a Doc is read (one pass over its tokens, then one over its units):
1. Quote marks are paired on the characters of each paragraph (“…”, ‘…’, "…", « … »); a quote
   left open at a paragraph end runs to that end (the news convention for multi-paragraph quotes).
2. Units are spaCy sentences, merged where the small model splits inside a quote or mid-phrase
   (a break counts only after . ! ? …), and always cut at paragraph breaks.
3. Cues are found in the narrative (outside quotes): speech verbs (their lemma or form in the
   language's `CueVocabulary`) and "according to X" / "selon X". Each cue gets a speaker from the
   parse (nsubj, climbing from "saying"/"adding" to the verb they hang on) or, where the small model
   parses quotes badly, from the words around it ("…" NAME, AFFILIATION, told MEDIUM). The cue,
   its adjacent speaker and its medium form the cue's segment.
4. The rest of the unit falls into pieces between segments. A cue whose segment follows a comma or
   a closing quote takes the piece before it ("…," X said); otherwise the piece after it
   ("X said that …", X added, "…"). A piece that is a quote gives a direct quote; a piece with a
   quoted fragment inside narrative ("police have become "more aggressive"", X told Y) gives one
   reported quote whose content is the whole clause (direct=False); a piece without quote marks is
   reported speech when it is a clause.
5. A unit that is only a quote continues the previous unit's speaker, else takes the speaker of
   the next unit when that is a bare "X said." fragment, else keeps speaker None when it is long
   enough to be a statement.
6. Scare quotes (quoted words inside narrative with no cue in their unit, "described as "a scene
   of war"") are skipped: they are not attributed statements. With a cue in the unit ("according
   to one bystander, … "a scene of war"") they become part of that cue's reported content.
7. Speakers are resolved: a surname alone ("Konforti said") becomes the full name introduced
   earlier (and inherits its affiliation when it has none here); "he"/"she" the last named person
   speaker; "they"/"it" the last speaker.

Attributions are the same records seen as "whose claim is this stretch": every record with a
speaker covers its content span. A hedge with no source ("reportedly", "allegedly", "is said
to") is not an attribution: it is qualifier information, and an invented source ("unnamed
reports") would be counted as a source by merge.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Token

from newsledger.model import Quote, Span
from newsledger.nlp.datelines import DATELINE_HEAD
from newsledger.nlp.doctext import doc_text, token_lemmas, token_lowers, token_starts
from newsledger.nlp.quote_cues import (
    according_cue,
    medium_phrase,
    resolve_speakers,
    verb_cue,
)
from newsledger.nlp.quote_marks import QuoteSpan, find_quote_spans
from newsledger.nlp.quote_phrases import _NP_POS
from newsledger.nlp.quote_vocab import ENGLISH, CueVocabulary
from newsledger.nlp.types import Attribution

_CACHE_KEY = "newsledger.quote_records"

MIXED_MIN_CONTENT_WORDS = 2
"""Content words outside quote marks that make a piece reported speech with a quoted fragment
("police have become "more and more aggressive"") rather than a direct quote ("that it was "…"")."""
MIN_REPORTED_TOKENS = 3
"""A reported clause shorter than this ("X said so") carries no claim worth keeping."""
MIN_ORPHAN_QUOTE_TOKENS = 6
"""A quote with no speaker anywhere is kept (speaker None) only when it is a statement, not a
scare-quoted phrase."""
MAX_LEAD_TOKENS = 6
"""How far into a reported piece a complementizer may sit ("told Le Figaro on Friday that …")."""

_ADVERBIAL_DEPS = frozenset({"advcl", "prep", "advmod", "npadvmod", "obl", "mark", "cc"})
_CLOSE_PUNCT = frozenset({",", ")", ";", "”", "»", "’", '"', "'", "''"})


@dataclass(slots=True)
class _SpeakerInfo:
    """A speaker phrase as written (plain data: no tokens, so it survives pickling)."""

    text: str
    start: int
    end: int
    affiliation: str | None
    source_start: int
    source_end: int
    named: bool
    pronoun: str | None = None
    person: bool = True


@dataclass(slots=True)
class _Record:
    """One attributed statement before resolution."""

    speaker: _SpeakerInfo | None
    cue: str | None
    medium: str | None
    start: int
    end: int
    direct: bool
    unit: int


@dataclass(slots=True)
class _Cue:
    """A cue in a unit, with its segment (token indices, inclusive)."""

    token: Token
    kind: str  # "verb" | "according"
    text: str
    speaker: _SpeakerInfo | None
    medium: str | None
    seg_start: int
    seg_end: int
    is_call: bool = False
    backward: bool = False
    inherited: bool = False


@dataclass(slots=True)
class _Context:
    """Per-doc arrays shared by the helpers."""

    doc: Doc
    vocab: CueVocabulary
    quote_of: list[int]
    is_mark: list[bool]
    spans: list[QuoteSpan]
    text: str = ""

    def narrative(self, i: int) -> bool:
        return self.quote_of[i] < 0 and not self.doc[i].is_space


def vocabulary(lang: str) -> CueVocabulary:
    """The cue vocabulary for a language (English for any language without its own)."""
    if lang == "fr":
        from newsledger.lang.fr.quotes import FRENCH

        return FRENCH
    return ENGLISH


def find_quotes(doc: Doc, article_id: str, lang: str) -> list[Quote]:
    """Every attributed statement of the Doc, in text order, speakers resolved."""
    records = _records(doc, lang)
    text = doc_text(doc)
    quotes: list[Quote] = []
    for rec in records:
        sp = rec.speaker
        quotes.append(
            Quote(
                speaker=sp.text if sp else None,
                affiliation=sp.affiliation if sp else None,
                cue=rec.cue,
                content=text[rec.start : rec.end],
                span=Span(article_id, rec.start, rec.end, text[rec.start : rec.end]),
                medium=rec.medium,
                speaker_span=Span(article_id, sp.start, sp.end, text[sp.start : sp.end])
                if sp
                else None,
                direct=rec.direct,
            )
        )
    return quotes


def find_attributions(doc: Doc, lang: str) -> list[Attribution]:
    """Stretches of text and whose claim they are (one per record with a speaker).

    `source` is the source as written at `source_start:source_end`: the resolved full name where
    it was introduced for a surname or pronoun, the role with its affiliation for a bare role
    ("a spokesperson for the prefecture"), else the speaker phrase.
    """
    records = doc.user_data.pop(_CACHE_KEY, None)
    if records is None:
        records = _records(doc, lang)
    text = doc_text(doc)
    return [
        Attribution(
            start=rec.start,
            end=rec.end,
            source=text[rec.speaker.source_start : rec.speaker.source_end],
            source_start=rec.speaker.source_start,
            source_end=rec.speaker.source_end,
        )
        for rec in records
        if rec.speaker is not None
    ]


def _records(doc: Doc, lang: str) -> list[_Record]:
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return list(cached)
    records: list[_Record] = []
    if len(doc) and doc.has_annotation("DEP"):
        records = _analyse(doc, vocabulary(lang))
    doc.user_data[_CACHE_KEY] = records
    return list(records)


# ---------------------------------------------------------------------------------------------
# Analysis


def _analyse(doc: Doc, vocab: CueVocabulary) -> list[_Record]:
    text = doc_text(doc)  # built anew on each access: read it once
    ctx = _context(doc, vocab, find_quote_spans(text), text)
    units = _units(ctx)
    cues_per_unit = [_unit_cues(ctx, start, end) for start, end in units]
    records: list[_Record] = []
    for u, (start, end) in enumerate(units):
        cues = cues_per_unit[u]
        if cues:
            records.extend(_unit_records(ctx, u, start, end, cues))
            continue
        quotes = _quotes_in(ctx, start, end)
        if not quotes or any(ctx.narrative(i) and not doc[i].is_punct for i in range(start, end)):
            continue  # no quote, or quoted words inside narrative with no cue: scare quotes
        records.extend(_standalone(ctx, u, quotes, records, cues_per_unit, units))
    mentions = [c.speaker for cues in cues_per_unit for c in cues if c.speaker is not None]
    resolve_speakers(doc, records, mentions)
    return records


def _context(doc: Doc, vocab: CueVocabulary, spans: list[QuoteSpan], text: str) -> _Context:
    quote_of = [-1] * len(doc)
    is_mark = [False] * len(doc)
    k = 0
    # Token offsets from the per-Doc list: a Token object only for tokens inside quotes.
    for i, idx in enumerate(token_starts(doc)):
        while k < len(spans) and spans[k].close_end <= idx:
            k += 1
        if k < len(spans) and spans[k].open_start <= idx < spans[k].close_end:
            q = spans[k]
            quote_of[i] = k
            outside = idx < q.content_start or idx >= q.content_end
            is_mark[i] = outside and _all_marks(doc[i].text)
    return _Context(doc, vocab, quote_of, is_mark, spans, text)


def _all_marks(text: str) -> bool:
    return all(ch in "“”«»‘’\"'„ " for ch in text)


def _units(ctx: _Context) -> list[tuple[int, int]]:
    """Token ranges [start, end) of sentences, merged and cut as the module docstring says."""
    doc = ctx.doc
    starts = {s.start for s in doc.sents}
    units: list[tuple[int, int]] = []
    cur = -1
    last = -1  # last non-space token of the current unit
    # Spaces flagged from one array: a Token object only for the space tokens.
    for i, is_space in enumerate(doc.to_array(IS_SPACE).tolist()):
        if is_space:
            if "\n" in doc[i].text and cur >= 0:
                units.append((cur, last + 1))
                cur = -1
            continue
        if cur < 0:
            cur = i
        elif i in starts and _real_break(ctx, last, i):
            units.append((cur, last + 1))
            cur = i
        last = i
    if cur >= 0:
        units.append((cur, last + 1))
    return [_past_dateline(ctx, a, b) for a, b in units]


def _past_dateline(ctx: _Context, a: int, b: int) -> tuple[int, int]:
    """A unit at the head of a paragraph without its dateline (`DATELINE_HEAD`)."""
    doc = ctx.doc
    at = doc[a].idx
    before = at
    while before > 0 and ctx.text[before - 1] in " \t":
        before -= 1
    if before > 0 and ctx.text[before - 1] != "\n":
        return a, b
    found = DATELINE_HEAD.match(ctx.text, at)
    if found is None:
        return a, b
    i = a
    while i < b and doc[i].idx < found.end():
        i += 1
    return (i, b) if i < b else (a, b)


def _real_break(ctx: _Context, prev: int, i: int) -> bool:
    """A model sentence start is kept only after final punctuation and outside quotes."""
    q = ctx.quote_of[i]
    if q >= 0 and not (ctx.is_mark[i] and ctx.doc[i].idx < ctx.spans[q].content_start):
        return False
    doc = ctx.doc
    p = doc[prev].text
    if p[-1] in ".!?…":
        return True
    if p in _CLOSE_PUNCT and prev > 0:
        return doc[prev - 1].text[-1] in ".!?…"
    return False


def _quotes_in(ctx: _Context, start: int, end: int) -> list[int]:
    seen: list[int] = []
    for i in range(start, end):
        q = ctx.quote_of[i]
        if q >= 0 and (not seen or seen[-1] != q):
            seen.append(q)
    return seen


@cache
def _cue_opening_forms(vocab: CueVocabulary) -> frozenset[str] | None:
    """The lower-case words that may open a cue besides a speech lemma: a speech verb's form or
    an "according to" phrase's first word; None when an empty phrase would match anywhere."""
    if any(not seq for seq in vocab.according):
        return None
    return vocab.speech_forms | {seq[0] for seq in vocab.according}


def _cue_candidates(ctx: _Context, start: int, end: int) -> Sequence[int]:
    """The tokens of a unit that may open a cue (`according_cue`, `verb_cue` read no other),
    looked up in the Doc's word lists, so no Token is made for the other words."""
    vocab = ctx.vocab
    forms = _cue_opening_forms(vocab)
    if forms is None:
        return range(start, end)
    lowers, lemmas = token_lowers(ctx.doc), token_lemmas(ctx.doc)
    return [
        i for i in range(start, end) if lowers[i] in forms or lemmas[i] in vocab.speech_lemmas
    ]


def _unit_cues(ctx: _Context, start: int, end: int) -> list[_Cue]:
    cues: list[_Cue] = []
    for i in _cue_candidates(ctx, start, end):
        if not ctx.narrative(i):
            continue
        cue = according_cue(ctx, i, start, end) or verb_cue(ctx, i, start, end)
        if cue is None:
            continue
        if cues and cue.seg_start <= cues[-1].seg_end:
            continue  # overlapping segments: the first reading wins
        if cues and cue.speaker is None and cue.kind == "verb" and _coordinated(ctx, cue):
            cue.speaker, cue.inherited = cues[-1].speaker, True  # "X a dénoncé « … » puis a dit"
        cues.append(cue)
    return cues


def _coordinated(ctx: _Context, cue: _Cue) -> bool:
    """A subjectless cue right after a coordinating conjunction ("et a réclamé", "and said")."""
    j = cue.seg_start - 1
    return j >= 0 and ctx.narrative(j) and ctx.doc[j].pos_ == "CCONJ"


def _pieces(start: int, end: int, cues: list[_Cue]) -> list[tuple[int, int]]:
    """Token ranges [a, b) around the segments: len(cues) + 1 pieces."""
    bounds: list[tuple[int, int]] = []
    a = start
    for cue in cues:
        bounds.append((a, cue.seg_start))
        a = cue.seg_end + 1
    bounds.append((a, end))
    return bounds


def _trim(ctx: _Context, a: int, b: int) -> tuple[int, int]:
    """Strip spaces and punctuation (not quote marks) from both ends of a token range."""
    doc = ctx.doc
    while a < b and (doc[a].is_space or (doc[a].is_punct and not ctx.is_mark[a])):
        a += 1
    while b > a and (doc[b - 1].is_space or (doc[b - 1].is_punct and not ctx.is_mark[b - 1])):
        b -= 1
    return a, b


def _unit_records(
    ctx: _Context, u: int, start: int, end: int, cues: list[_Cue]
) -> Iterator[_Record]:
    pieces = [_trim(ctx, a, b) for a, b in _pieces(start, end, cues)]
    doc = ctx.doc
    for k, cue in enumerate(cues):
        before, after = pieces[k], pieces[k + 1]
        prev = cue.seg_start - 1
        while prev >= start and doc[prev].is_space:
            prev -= 1
        # "condemned the incident, saying that …" hands the act to the next cue; "a dénoncé « … »
        # et a réclamé que …" does not: a bare quote after the first cue is its own content.
        after_cue_k = (
            k + 1 < len(cues)
            and cues[k + 1].speaker is not None
            and cues[k + 1].inherited
            and not _bare_quote(ctx, *after)
        )
        follows_break = prev >= start and (doc[prev].text in _CLOSE_PUNCT or ctx.is_mark[prev])
        has_before = before[1] > before[0]
        has_after = after[1] > after[0] and not after_cue_k
        if has_before and cue.kind == "verb" and has_after and (
            _modifies_cue(ctx, cue, *before) or _holds_subject(ctx, cue, *before)
        ):
            # "With the vote ruled out, the farmer said he …": a fronted clause;
            # "The farmer, who lost his barn, said he …": the speaker's own phrase
            has_before = False
        if has_before and cue.kind == "verb" and not _statement_like(ctx, *before):
            # "Dans un communiqué, la préfecture a indiqué que …": a fronted adverbial is no
            # content; when it names a medium the cue takes it.
            if cue.medium is None:
                cue.medium = _fronted_medium(ctx, *before)
            has_before = False
        chosen: list[tuple[int, int]] = []
        if follows_break and has_before and not cue.inherited:
            cue.backward = True
            chosen.append(before)
            if has_after and ctx.is_mark[after[0]]:
                chosen.append(after)  # "…," X said, "…"
        elif has_after:
            chosen.append(after)
        for a, b in chosen:
            yield from _piece_records(ctx, u, cue, a, b)


def _modifies_cue(ctx: _Context, cue: _Cue, a: int, b: int) -> bool:
    """A piece that hangs on the cue verb as an adverbial ("When the polls closed, X said …"),
    not as its reported clause: no quote in it, and every word whose head lies outside it
    attaches to the cue with an adverbial relation."""
    doc = ctx.doc
    if any(ctx.quote_of[i] >= 0 for i in range(a, b)):
        return False
    roots = [doc[i] for i in range(a, b) if not a <= doc[i].head.i < b]
    return bool(roots) and all(
        t.head.i == cue.token.i and t.dep_ in _ADVERBIAL_DEPS for t in roots if not t.is_punct
    )


def _holds_subject(ctx: _Context, cue: _Cue, a: int, b: int) -> bool:
    """A piece holding the cue verb's subject is the speaker's phrase (with a relative clause or
    an appositive the segment did not cover), not what was said."""
    return any(
        c.dep_ in ("nsubj", "nsubj:pass") and a <= c.i < b and ctx.quote_of[c.i] < 0
        for c in cue.token.children
    )


def _bare_quote(ctx: _Context, a: int, b: int) -> bool:
    """A piece that is a quote with at most function words around it ("« … » et")."""
    return bool(_quotes_in(ctx, a, b)) and _content_words(ctx, a, b) < MIXED_MIN_CONTENT_WORDS


def _content_words(ctx: _Context, a: int, b: int) -> int:
    """Words outside quote marks that carry content (not punctuation, stop words or "that")."""
    doc, lowers, complementizers = ctx.doc, token_lowers(ctx.doc), ctx.vocab.complementizers
    outside = (
        doc[i] for i in range(a, b) if ctx.quote_of[i] < 0 and lowers[i] not in complementizers
    )
    return sum(1 for tok in outside if not (tok.is_punct or tok.is_space or tok.is_stop))


def _statement_like(ctx: _Context, a: int, b: int) -> bool:
    """A piece that can be a verb cue's content: it holds a quote or a clause verb."""
    doc = ctx.doc
    return any(ctx.quote_of[i] >= 0 or doc[i].pos_ in ("VERB", "AUX") for i in range(a, b))


def _fronted_medium(ctx: _Context, a: int, b: int) -> str | None:
    """ "In a statement, …" / "Sur Twitter, …": the medium of a cue that follows it."""
    if ctx.doc[a].lower_ not in ctx.vocab.medium_preps:
        return None
    medium, last = medium_phrase(ctx, a, b, False)
    return medium if last == b - 1 else None


def _piece_records(ctx: _Context, u: int, cue: _Cue, a: int, b: int) -> Iterator[_Record]:
    doc = ctx.doc
    quotes = _quotes_in(ctx, a, b)
    content_words = _content_words(ctx, a, b)
    speaker = cue.speaker
    if quotes and content_words < MIXED_MIN_CONTENT_WORDS:
        medium = cue.medium
        if cue.kind == "according" and speaker and _is_document(ctx, cue):
            subject = _subject_before_quote(ctx, a, b)
            if subject is not None:  # "according to the statement, the prefecture "…""
                speaker, medium = subject, ctx.text[speaker.source_start : speaker.source_end]
        for q in quotes:
            span = ctx.spans[q]
            if span.content_end > span.content_start:
                yield _Record(
                    speaker, cue.text, medium, span.content_start, span.content_end, True, u
                )
        return
    if not quotes:
        a = _skip_complementizer(ctx, a, b)
        n = sum(1 for i in range(a, b) if not doc[i].is_punct)
        has_verb = any(doc[i].pos_ in ("VERB", "AUX") for i in range(a, b))
        if n < MIN_REPORTED_TOKENS or not (has_verb or cue.is_call or cue.kind == "according"):
            return
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    yield _Record(speaker, cue.text, cue.medium, start, end, False, u)


def _skip_complementizer(ctx: _Context, a: int, b: int) -> int:
    for i in range(a, min(b, a + MAX_LEAD_TOKENS)):
        if ctx.doc[i].lower_ in ctx.vocab.complementizers:
            return i + 1
    return a


def _is_document(ctx: _Context, cue: _Cue) -> bool:
    sp = cue.speaker
    if sp is None:
        return False
    words = ctx.text[sp.source_start : sp.source_end].lower().split()
    return bool(words) and words[-1] in ctx.vocab.document_nouns


def _subject_before_quote(ctx: _Context, a: int, b: int) -> _SpeakerInfo | None:
    """ "the prefecture "condemns this violence"": the narrative subject of a quoted predicate."""
    doc = ctx.doc
    i = a
    while i < b and ctx.quote_of[i] < 0:
        i += 1
    if i == a or i >= b:
        return None
    s, e = a, i
    if not all(doc[j].pos_ in _NP_POS for j in range(s, e)):
        return None
    text = ctx.text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1].text)]
    start = doc[s].idx
    return _SpeakerInfo(
        text,
        start,
        start + len(text),
        None,
        start,
        start + len(text),
        named=doc[e - 1].pos_ == "PROPN",
        person=False,
    )


def _standalone(
    ctx: _Context,
    u: int,
    quotes: list[int],
    records: list[_Record],
    cues_per_unit: list[list[_Cue]],
    units: list[tuple[int, int]],
) -> Iterator[_Record]:
    """A unit that is only a quote: continue the last speaker, or take the next fragment's."""
    speaker: _SpeakerInfo | None = None
    cue_text: str | None = None
    medium: str | None = None
    prev_records = [r for r in records if r.unit == u - 1 and r.speaker is not None]
    if prev_records:
        last = prev_records[-1]
        speaker, cue_text, medium = last.speaker, last.cue, last.medium
    elif u > 0 and cues_per_unit[u - 1] and cues_per_unit[u - 1][-1].speaker is not None:
        last_cue = cues_per_unit[u - 1][-1]
        speaker, cue_text, medium = last_cue.speaker, last_cue.text, last_cue.medium
    elif u + 1 < len(units) and cues_per_unit[u + 1]:
        nxt = cues_per_unit[u + 1][0]
        n_start, n_end = units[u + 1]
        lead = _trim(ctx, n_start, nxt.seg_start)
        tail = _trim(ctx, nxt.seg_end + 1, n_end)
        if lead[1] <= lead[0] and tail[1] <= tail[0] and nxt.speaker is not None:
            speaker, cue_text, medium = nxt.speaker, nxt.text, nxt.medium
    for q in quotes:
        span = ctx.spans[q]
        words = len(ctx.text[span.content_start : span.content_end].split())
        if speaker is None and words < MIN_ORPHAN_QUOTE_TOKENS:
            continue
        if span.content_end > span.content_start:
            yield _Record(speaker, cue_text, medium, span.content_start, span.content_end, True, u)

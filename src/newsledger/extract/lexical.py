"""Figures, actors, event types and weapons read from words alone, for the languages with no
parse (de, it, es, pt, nl).

There is no dependency parse for these languages (no spaCy model package installs offline for
them), so the links the parse gives English and French are read from word order within a clause,
with each language's word lists (`newsledger/lang/<code>/`):
- a count is the number `nlp.numbers` found, the people it counts the noun after it (a people
  word of the language: "16 Beamte", "tre agenti", "unos 200 migrantes");
- what happened to them is the first casualty word after that noun in the same clause (up to the
  next count, a semicolon or a comma that opens another clause: "wurden verletzt", "sono rimasti
  feriti", "raakten gewond"), else one written right before the number ("resultaron heridos tres
  agentes"); a casualty noun counted itself ("zwei Verletzte", "tre feriti") is that kind, its
  group named after "unter"/"tra"/"entre"/"onder" when it is;
- without a casualty word, state forces counted are `present`, other sides `participants`;
  people counted with no side (civilians) are not a figure; a negation in between cancels it;
  a sentence with a period marker ("seit Jahresbeginn", "nel 2015") counts a tally, not an
  incident, and gives nothing.
- actors are the people words of sentences that hold an event or casualty word. Reciprocal
  violence ("Zusammenstöße", "scontri") makes every side an agent; otherwise a side after a
  target preposition ("gegen", "contro") or counted as injured/killed is a target, a side after
  the passive agent preposition ("von", "da", "por", "door") an agent, and of the remaining sides
  the first named is the agent in the active voice and the target in the passive. A side that
  acted and was hurt (migrants injured in a clash they fought) stays an agent only; civilians
  who fight are rioters, a side hurt in a clash (a casualty word after it in its clause, counted
  or not: "de agenten raakten gewond bij de rellen") its target; a civilian word after a police
  word names the force ("guardias civiles"); a clash or a clearance that names one side was
  fought by, or done to, the people the mention counts.
- weapons from the language's weapon words (`lexical_weapons`), used by the police for
  crowd-control weapons, else by the side that acted in the sentence;
- the event type comes from the words too (`lexical_event`): demonstration words with or without
  violence words, violence on civilians only, other violence, a police operation on a camp.
Values never come without the words that state them: a count with no people word and no casualty
word gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract.event_words import PROTESTS, RIOTS, STRATEGIC, VAC
from newsledger.extract.vocab import STATE_GROUPS
from newsledger.extract.vocab_figures import PERPETRATOR_ACTOR
from newsledger.lang import LanguageData, language
from newsledger.model import Claim
from newsledger.model import Span as Evidence
from newsledger.nlp.doctext import doc_text, token_starts
from newsledger.nlp.numbers import find_quantities
from newsledger.nlp.types import Quantity

MAX_AFTER = 16
"""Tokens after the counted noun searched for its casualty word (German puts it clause-last)."""
MAX_BEFORE = 4
"""Tokens before the number searched for a casualty word written first ("feriti tre agenti")."""
MIN_SUFFIX_STEM = 3
"""Letters a compound must have before a known head ("Grenz|polizisten") to count as one."""
CASUALTY_KINDS = frozenset({"injured", "killed"})
"""Kinds that make the people counted the side acted upon."""


def supports(lang: str | None) -> bool:
    """Whether this language has the word lists the lexical rules need."""
    data = language(lang)
    return data is not None and data.casualties is not None and bool(data.actors)


def group_of_word(word: str, data: LanguageData) -> str | None:
    """The actor group a lower-case word names in this language (compound heads included);
    the people who did it ("Tatverdächtige", "sospechoso") are `perpetrators`."""
    group = data.actors.get(word)
    if group is not None:
        return group
    if word in data.perpetrators:
        return PERPETRATOR_ACTOR
    for suffix, suffix_group in data.actor_suffixes.items():
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_SUFFIX_STEM:
            return suffix_group
    return None


def _singular_word(word: str, data: LanguageData) -> bool:
    """A people word of one person (`singular_people`: "chauffeur", "man", "persoon"), or a
    compound ending in one ("grensagent", "de 24-jarige"); not "agenten", "mannen", "mensen"."""
    return word in data.singular_people or any(
        word.endswith(single) and len(word) - len(single) >= MIN_SUFFIX_STEM
        for single in data.singular_people
    )


def _phrase_kind(doc: Doc, i: int, data: LanguageData) -> tuple[str, int] | None:
    """(kind, end token exclusive) of a multi-word casualty phrase starting at token i."""
    assert data.casualties is not None
    for phrase, kind in data.casualties.phrases.items():
        parts = phrase.split()
        end = i + len(parts)
        if end <= len(doc) and [t.lower_ for t in doc[i:end]] == parts:
            return kind, end
    return None


def _casualty_at(doc: Doc, i: int, data: LanguageData) -> tuple[str, int] | None:
    """(kind, end token exclusive) of the casualty word or phrase at token i, or None."""
    assert data.casualties is not None
    phrase = _phrase_kind(doc, i, data)
    if phrase is not None:
        return phrase
    kind = data.casualties.kind_of(doc[i].lower_)
    if kind is None and doc[i].lower_ in data.casualties.separable:
        return _separable_at(doc, i, data)
    return None if kind is None else (kind, i + 1)


def _separable_at(doc: Doc, i: int, data: LanguageData) -> tuple[str, int] | None:
    """(kind, i + 1) of a verb particle at the end of its clause whose verb came before it in
    the sentence ("Die Polizei nahm zwei Männer fest"), else None."""
    assert data.casualties is not None
    forms, kind = data.casualties.separable[doc[i].lower_]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and not nxt.is_punct:
        return None  # "fest" inside a clause ("fest angestellt") is no particle
    start = doc[i].sent.start
    if any(doc[j].lower_ in forms for j in range(start, i)):
        return kind, i + 1
    return None


@dataclass
class _Count:
    quantity: Quantity
    first: int
    last: int
    counted: Token | None
    group: str | None
    others: bool = False
    """"zwei weitere", "otros tres", "twee anderen": people with no side of their own."""


class _Tokens:
    """Char offset -> token index, by bisection."""

    def __init__(self, doc: Doc) -> None:
        self.starts = token_starts(doc)

    def at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


def _clause_end(doc: Doc, start: int, stop: int, data: LanguageData) -> int:
    """The token where the clause that starts at `start` ends (exclusive), at most `stop`."""
    for j in range(start, stop):
        text = doc[j].text
        if text in (";", ":", "\n") or "\n" in doc[j].whitespace_:
            return j + (0 if text in (";", ":") else 1)
        if text == "," and j + 1 < stop and doc[j + 1].lower_ in data.clause_words:
            return j
    return stop


def _counts(sent: Span, quantities: Sequence[Quantity], index: _Tokens,
            data: LanguageData) -> list[_Count]:  # fmt: skip
    doc = sent.doc
    out: list[_Count] = []
    text = doc_text(doc)
    for q in quantities:
        if q.start < sent.start_char or q.end > sent.end_char:
            continue
        if data.subset_after and re.match(rf"\s*(?:{data.subset_after})\b", text[q.end:],
                                          re.IGNORECASE):  # fmt: skip
            continue  # "dos de ellos", "zwei von ihnen": part of a count already made
        first, last = index.at(q.start), index.at(q.end - 1)
        counted = doc[index.at(q.head_start)] if q.head_start >= 0 else None
        if counted is not None and counted.i <= last:
            counted = None
        group = group_of_word(counted.lower_, data) if counted is not None else None
        others = False
        if group is None and (counted is None or _casualty_at(doc, counted.i, data) is None):
            counted, group, others = _people_after(doc, first, last, sent.end, data, counted)
        out.append(_Count(q, first, last, counted, group, others))
    return out


def _people_after(doc: Doc, first: int, last: int, end: int, data: LanguageData,
                  counted: Token | None) -> tuple[Token | None, str | None, bool]:  # fmt: skip
    """(counted token, group, others) when the number's head word was no people word: a people
    word right after it, past an "others" word ("altre due persone", "zwei weitere Männer"; the
    head finder skips stop words such as "persone"), else "others" next to the number ("twee
    anderen", "otros tres resultaron heridos": people with no side)."""
    others = bool(first > 0 and doc[first - 1].lower_ in data.others_words)
    j = last + 1
    if j < end and doc[j].lower_ in data.others_words:
        others, j = True, j + 1
    if j < end and (group := group_of_word(doc[j].lower_, data)) is not None:
        return doc[j], group, False
    if others:
        return (doc[j - 1] if j - 1 > last else None), None, True
    return counted, None, False


def _kinds_after(doc: Doc, start: int, stop: int, data: LanguageData) -> list[tuple[str, int]]:
    """(kind, token index) of each casualty kind stated in start:stop, first word per kind
    ("verletzt und in ein Krankenhaus gebracht": injured and hospitalised); none after a
    negation ("wurden nicht verletzt")."""
    out: list[tuple[str, int]] = []
    for j in range(start, stop):
        if doc[j].lower_ in data.negations:
            break
        found = _casualty_at(doc, j, data)
        if found is not None and all(kind != found[0] for kind, _ in out):
            out.append((found[0], found[1] - 1))
    return out


def _kind_before(doc: Doc, start: int, floor: int, data: LanguageData) -> tuple[str, int] | None:
    """(kind, token index) of a casualty word just before the number ("feriti tre agenti")."""
    for j in range(start - 1, max(floor, start - MAX_BEFORE) - 1, -1):
        if doc[j].is_punct:
            return None
        found = _casualty_at(doc, j, data)
        if found is not None:
            return found[0], found[1] - 1
    return None


def _among_group(doc: Doc, after: int, stop: int, data: LanguageData) -> tuple[str, int] | None:
    """(group, token index) named after "unter"/"tra"/"entre" right after a casualty noun."""
    if after < stop and doc[after].lower_ in data.among_words:
        for j in range(after + 1, min(stop, after + 4)):
            group = group_of_word(doc[j].lower_, data)
            if group is not None:
                return group, j
    return None


def _statistic(sent: Span, data: LanguageData) -> bool:
    return any(re.search(p, sent.text, re.IGNORECASE) for p in data.statistic_markers)


def _evidence(doc: Doc, sent: Span, article_id: str, start: int, end: int) -> Evidence:
    start, end = max(start, sent.start_char), min(end, sent.end_char)
    return Evidence(article_id, start, end, doc_text(doc)[start:end])


def _figure(kind: str, count: _Count, group: str | None, evidence: Evidence) -> Claim:
    q = count.quantity
    return Claim(field="figure", value=q.value, span=evidence, qualifier=q.qualifier,
                 kind=kind, actor=group, max_value=q.max_value)  # fmt: skip


def _quantities(doc: Doc) -> list[Quantity]:
    found = doc._.quantities if Doc.has_extension("quantities") else None
    return list(found) if found is not None else find_quantities(doc, doc.lang_)


def _language_of(sents: Sequence[Span]) -> tuple[Doc, LanguageData] | None:
    """The document of a mention's sentences and its language's word lists, or None when there
    are no sentences or the language has no casualty words (nothing to read)."""
    if not sents:
        return None
    doc = sents[0].doc
    data = language(doc.lang_)
    if data is None or data.casualties is None:
        return None
    return doc, data


def lexical_figures(sents: Sequence[Span], article_id: str) -> list[Claim]:
    """Figure claims of one mention's sentences (see the module docstring), in text order."""
    found_language = _language_of(sents)
    if found_language is None:
        return []
    doc, data = found_language
    index = _Tokens(doc)
    quantities = _quantities(doc)
    claims: list[Claim] = []
    for sent in sents:
        if _statistic(sent, data):
            continue
        counts = _counts(sent, quantities, index, data)
        for n, count in enumerate(counts):
            earlier = next((c.group for c in reversed(counts[:n]) if c.group), None)
            claims += _count_claims(doc, sent, article_id, count, counts[n + 1 :], data, index,
                                    earlier)  # fmt: skip
        counted = {c.counted.i for c in counts if c.counted is not None}
        # the attackers counted after "von"/"da"/"por" end no one's casualty clause: "Ein
        # Fahrer wurde von drei Männern angegriffen und verletzt" is the driver hurt
        numbers = sorted(c.first for c in counts if not _by_them(doc, sent, c.first, data))
        claims.extend(_single_casualties(sent, article_id, data, counted, numbers))
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    return claims


def _by_them(doc: Doc, sent: Span, first: int, data: LanguageData) -> bool:
    """A count right after a passive's agent preposition ("von drei Migranten", "door twee
    mannen", "da tre migranti", "por tres migrantes"): the people who did it."""
    return first > sent.start and doc[first - 1].lower_ in data.agent_preps


def _single_casualties(sent: Span, article_id: str, data: LanguageData, counted: set[int],
                       numbers: Sequence[int]) -> list[Claim]:  # fmt: skip
    """One person with a singular article and a casualty word in the clause ("ein Fahrer
    wurde verletzt", "un camionista è stato ferito", "È deceduto il conducente"): value 1; a
    suspect arrested ("prendeu um suspeito", "nahm einen Tatverdächtigen fest") too. The
    casualty word is looked for up to the next count (`numbers`, token indices): "murió un
    hombre y otros cuatro resultaron heridos" is one dead, not one injured."""
    if data.numbers is None:
        return []
    doc = sent.doc
    out: list[Claim] = []
    articles = data.numbers.indefinite_one | data.singular_articles | data.number_ambiguous_articles
    for tok in sent:
        if tok.lower_ not in articles:
            continue
        noun = next((doc[j] for j in range(tok.i + 1, min(sent.end, tok.i + 3))
                     if group_of_word(doc[j].lower_, data) is not None), None)  # fmt: skip
        if noun is None and tok.lower_ in data.numbers.indefinite_one:
            out.extend(_one_casualty_noun(sent, article_id, data, tok))
            continue
        if noun is None or noun.i in counted or (tok.i > 0 and doc[tok.i - 1].like_num):
            continue  # "Sechzehn der Polizisten": a count, not one person
        nxt = doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if nxt is not None and group_of_word(nxt.lower_, data) is not None:
            noun = nxt  # "einen 31-jährigen Tatverdächtigen": the age describes the suspect
        if noun.lower_ in data.collective_nouns and tok.lower_ not in data.numbers.indefinite_one:
            continue  # "der Polizei", "la policía": the force, not one officer
        if tok.lower_ in data.number_ambiguous_articles and not _singular_word(noun.lower_, data):
            continue  # "de agenten": Dutch "de" is the plural's article too
        group = group_of_word(noun.lower_, data)
        limit = next((n for n in numbers if n > noun.i), sent.end)
        stop = _clause_end(doc, noun.i + 1, min(limit, sent.end, noun.i + 1 + MAX_AFTER), data)
        kinds = _kinds_after(doc, noun.i + 1, stop, data)
        found = kinds[0] if kinds else None
        start_char = tok.idx
        if found is None:  # "È deceduto il conducente", "Morto il camionista"
            found = _kind_before(doc, tok.i, sent.start, data)
            start_char = doc[found[1]].idx if found is not None else start_char
        if found is None:
            continue
        arrest = found[0] == "arrested" and group == PERPETRATOR_ACTOR  # "prendeu um suspeito"
        if found[0] not in CASUALTY_KINDS and not arrest:
            continue
        end_tok = doc[found[1]] if doc[found[1]].i > noun.i else noun
        evidence = _evidence(doc, sent, article_id, start_char, end_tok.idx + len(end_tok))
        out.append(Claim(field="figure", value=1, span=evidence, qualifier="exact",
                         kind=found[0], actor=group))  # fmt: skip
    return out


def _one_casualty_noun(sent: Span, article_id: str, data: LanguageData,
                       article: Token) -> list[Claim]:  # fmt: skip
    """An indefinite article right before a casualty noun: one person of no stated side ("deja
    un muerto", "ein Toter und zwei Verletzte", "een dode"); not a wound ("una herida de
    bala": `casualties.wounds`) nor an adjective before a people word ("ein toter Mann")."""
    assert data.casualties is not None
    doc = sent.doc
    j = article.i + 1
    if j >= sent.end or doc[j].lower_ in data.casualties.wounds:
        return []
    found = _casualty_at(doc, j, data)
    if found is None or found[0] not in CASUALTY_KINDS or found[1] != j + 1:
        return []
    if j + 1 < sent.end and group_of_word(doc[j + 1].lower_, data) is not None:
        return []
    evidence = _evidence(doc, sent, article_id, article.idx, doc[j].idx + len(doc[j]))
    return [Claim(field="figure", value=1, span=evidence, qualifier="exact", kind=found[0],
                  actor=None)]  # fmt: skip


def _count_claims(doc: Doc, sent: Span, article_id: str, count: _Count,
                  later: Sequence[_Count], data: LanguageData,
                  index: _Tokens, earlier: str | None = None) -> list[Claim]:  # fmt: skip
    """The figures one count states (one per casualty kind), or none."""
    q = count.quantity
    next_start = later[0].first if later else sent.end
    noun = count.counted
    after = noun.i + 1 if noun is not None else count.last + 1
    stop = _clause_end(doc, after, min(next_start, sent.end, after + MAX_AFTER), data)
    end_char = (noun.idx + len(noun)) if noun is not None else q.end
    if count.others:  # "twee anderen raakten gewond": injured 2, no side
        kinds = _kinds_after(doc, after, stop, data)
        return [_figure(kind, count, None,
                        _evidence(doc, sent, article_id, q.start, doc[i].idx + len(doc[i])))
                for kind, i in kinds]  # fmt: skip
    if noun is not None and count.group is None:
        own = _casualty_at(doc, noun.i, data)  # "zwei Verletzte", "tre feriti"
        if own is None:
            return []
        among = _among_group(doc, own[1], stop, data)
        # "32 polícias com contusões e sete hospitalizados": the group counted just before
        group, last_tok = (among[0], among[1]) if among else (earlier, own[1] - 1)
        tok = doc[last_tok]
        return [_figure(own[0], count, group,
                        _evidence(doc, sent, article_id, q.start, tok.idx + len(tok)))]  # fmt: skip
    if count.group is None:
        return []
    found = _kinds_after(doc, after, stop, data)
    start_char = q.start
    if _by_them(doc, sent, count.first, data):
        found = []  # "von drei Männern angegriffen und verletzt": they did it, not suffered it
    elif not found and not any(doc[j].lower_ in data.negations for j in range(after, stop)):
        floor = index.at(sent.start_char)
        before = _kind_before(doc, count.first, floor, data)
        if before is not None:
            found = [before]
            start_char = doc[before[1]].idx
    claims: list[Claim] = []
    for kind, trigger in found:
        tok = doc[trigger]
        end = max(end_char, tok.idx + len(tok))
        claims.append(_figure(kind, count, count.group,
                              _evidence(doc, sent, article_id, start_char, end)))  # fmt: skip
    if claims or count.group in ("civilians", PERPETRATOR_ACTOR):
        return claims
    kind = "present" if count.group in STATE_GROUPS else "participants"
    return [_figure(kind, count, count.group,
                    _evidence(doc, sent, article_id, q.start, end_char))]  # fmt: skip


# --- actors -----------------------------------------------------------------------------------


def _side_role(doc: Doc, i: int, data: LanguageData, counted: Sequence[tuple[int, int]]
               ) -> str | None:  # fmt: skip
    """"target"/"agent" from the preposition right before a people word (an article between);
    a word inside a count's qualifier ("pelo menos") is no preposition."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if any(a <= doc[j].idx < b for a, b in counted):
            continue
        low = doc[j].lower_
        if low in data.target_preps:
            return "target"
        if low in data.agent_preps:
            return "agent"
        if doc[j].is_punct or (not doc[j].is_stop and not doc[j].like_num):
            return None
    return None


def lexical_actors(sents: Sequence[Span], article_id: str,
                   figures: Sequence[Claim] = ()) -> list[Claim]:  # fmt: skip
    """Actor claims (field "actor") of one mention's sentences, deduplicated by (kind, name,
    role); roles as the module docstring says."""
    found_language = _language_of(sents)
    if found_language is None:
        return []
    doc, data = found_language
    victims = [(c.span.start, c.span.end) for c in figures if c.kind in CASUALTY_KINDS]
    counted = [(q.start, q.end) for q in _quantities(doc)]
    found: list[tuple[str, str, str, Token, Span]] = [
        (kind, name, role, tok, sent)
        for sent in sents
        for kind, name, role, tok in _sentence_actors(sent, data, victims, counted)
    ]
    found += _other_side(doc, sents, data, figures, found)
    # civilians are no one side by kind: "ein Fahrer, von drei Männern angegriffen und
    # verletzt" is a civilian hurt by other civilians (a clash makes civilians rioters)
    agents = {kind for kind, _, role, _, _ in found if role == "agent" and kind != "civilians"}
    agents |= {name for _, name, role, _, _ in found if role == "agent"}
    claims: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    for kind, name, role, tok, sent in found:
        hurt = _undergoes(tok, data, victims)
        if role == "target" and hurt and (kind in agents or name in agents):
            continue  # hurt in a clash they fought: a side, not the target of the violence
        if (kind, name, role) in seen:
            continue
        seen.add((kind, name, role))
        evidence = _evidence(doc, sent, article_id, tok.idx, tok.idx + len(tok))
        claims.append(Claim("actor", name, evidence, kind=kind, role=role))
    return claims


def _other_side(doc: Doc, sents: Sequence[Span], data: LanguageData, figures: Sequence[Claim],
                found: Sequence[tuple[str, str, str, Token, Span]]
                ) -> list[tuple[str, str, str, Token, Span]]:  # fmt: skip
    """A clash sentence that names one side ("kwam het tot confrontaties met de politie") fought
    the participants the mention counts ("zo'n tweehonderd migranten"): they are agents too. A
    police clearance that names no other side ("la polizia ha sgomberato l'accampamento") acted
    on the people the mention counts there ("una sessantina di migranti"): targets."""
    clash_sides = {kind for kind, _, role, tok, sent in found if role == "agent"
                   and any(w.lower_ in data.clash_words for w in sent)}  # fmt: skip
    cleared_by = {kind for kind, _, role, tok, sent in found
                  if role == "agent" and kind == "police"
                  and any(w.lower_ in data.clearance_words for w in sent)}  # fmt: skip
    sides, role = (clash_sides, "agent") if len(clash_sides) == 1 else (cleared_by, "target")
    named = {kind for kind, _, _, _, _ in found}
    if len(sides) != 1:
        return []
    out: list[tuple[str, str, str, Token, Span]] = []
    for claim in figures:
        kinds = ("participants",) if role == "agent" else ("participants", "present")
        if claim.kind not in kinds or claim.actor in (None, *sides):
            continue
        if role == "target" and claim.actor in named:
            continue
        tok = doc.char_span(claim.span.start, claim.span.end, alignment_mode="expand")
        if tok is None or not any(s.start_char <= claim.span.start < s.end_char for s in sents):
            continue
        head = next((t for t in reversed(tok) if group_of_word(t.lower_, data) == claim.actor),
                    tok[-1])  # fmt: skip
        out.append((str(claim.actor), str(claim.actor), role, head, head.sent))
    return out


def _names_the_force(tok: Token, group: str, data: LanguageData) -> bool:
    """A civilian word right after a police word is part of the force's name ("guardias
    civiles", "polícia civil"), not a side of its own."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    police_before = prev is not None and group_of_word(prev.lower_, data) == "police"
    return group == "civilians" and police_before


def _participle_target(doc: Doc, i: int, sent_end: int, data: LanguageData) -> bool:
    """An attack participle right after the people word, with no auxiliary between ("il
    camionista portoghese aggredito", "Polizisten angegriffen"): that side was attacked."""
    for j in range(i + 1, min(sent_end, i + 3)):
        if doc[j].lower_ in data.attack_participles or doc[j].lower_ in data.clearance_words:
            return True
        if doc[j].is_stop or doc[j].is_punct:
            return False
    return False


def _undergoes(tok: Token, data: LanguageData, victims: Sequence[tuple[int, int]]) -> bool:
    """Whether the side named at `tok` was hurt: inside a casualty figure's evidence, or a
    casualty word follows it in its clause before the next side is named ("De agenten raakten
    gewond", "i poliziotti sono rimasti feriti"), counted or not (no number, no figure)."""
    if any(a <= tok.idx < b for a, b in victims):
        return True
    doc = tok.doc
    end = min(tok.sent.end, tok.i + 1 + MAX_AFTER)
    next_side = next((j for j in range(tok.i + 1, end)
                      if group_of_word(doc[j].lower_, data) is not None), end)  # fmt: skip
    stop = _clause_end(doc, tok.i + 1, next_side, data)
    harm = next((i for kind, i in _kinds_after(doc, tok.i + 1, stop, data)
                 if kind in CASUALTY_KINDS), None)  # fmt: skip
    return harm is not None and not _harms_the_next_side(doc, harm, next_side, data)


COORDINATORS = frozenset({"and", "und", "en", "e", "ed", "y", "o", "oder", "of", "ou"})
"""Words that join two clauses or two sides: a side after one is no verb's object."""

OBJECT_GAP = 5
"""Most words between an active casualty verb and the side it harmed ("verletzten bei den
Krawallen mehrere Randalierer")."""


def _harms_the_next_side(doc: Doc, harm: int, side: int, data: LanguageData) -> bool:
    """Whether the casualty word at `harm` is an active verb whose object is the side named next
    ("I poliziotti hanno ferito due manifestanti", "Die Polizisten verletzten ... mehrere
    Randalierer"): that side was hurt, not the one before the verb. A side after a passive's
    agent preposition ("feriti dai manifestanti"), or past a comma, a conjunction or a new
    clause ("raakten gewond en drie relschoppers ..."), is no object of it."""
    if side >= len(doc) or side - harm > OBJECT_GAP or doc[side].sent.start != doc[harm].sent.start:
        return False
    between = doc[harm + 1 : side]
    return not any(
        t.is_punct or t.lower_ in data.agent_preps or t.lower_ in data.clause_words
        or t.lower_ in COORDINATORS
        for t in between
    )



def _sentence_actors(
    sent: Span,
    data: LanguageData,
    victims: Sequence[tuple[int, int]],
    counted: Sequence[tuple[int, int]],
) -> list[tuple[str, str, str, Token]]:
    """(kind, name, role, token) of the sides named in one sentence."""
    doc = sent.doc
    lows = [t.lower_ for t in sent]
    clash = any(w in data.clash_words for w in lows)
    attack = any(w in data.attack_words or w in data.clearance_words for w in lows)
    casualty = any(_casualty_at(doc, t.i, data) is not None for t in sent)
    if not (clash or attack or casualty):
        return []
    passive = attack and any(w in data.passive_auxiliaries for w in lows)
    sides = [(t, g) for t in sent
             if (g := group_of_word(t.lower_, data)) not in (None, "government", PERPETRATOR_ACTOR)
             and not _names_the_force(t, g, data)]  # fmt: skip
    out: list[tuple[str, str, str, Token]] = []
    undecided: list[tuple[Token, str]] = []
    for tok, group in sides:
        name = tok.lower_ if group == "civilians" else group
        undergoes = _undergoes(tok, data, victims)
        if clash and undergoes:
            # "un camionista ferito durante gli scontri", "de agenten raakten gewond bij de
            # rellen": hurt in the clash, its target (a side that also fought stays an agent)
            out.append((group, name, "target", tok))
            continue
        if clash:  # people who fight are rioters (ACLED), keeping their own noun as the name
            out.append(("rioters" if group == "civilians" else group, name, "agent", tok))
            continue
        role = _side_role(doc, tok.i, data, counted)
        if role is None and _participle_target(doc, tok.i, sent.end, data):
            role = "target"
        if role is None and undergoes:
            role = "target"
        if role is None:
            undecided.append((tok, group))
            continue
        out.append((group, name, role, tok))
    decided_agent = any(role == "agent" for _, _, role, _ in out)
    if not attack:
        return out  # a casualty sentence names its victims; the others did nothing stated here
    for n, (tok, group) in enumerate(undecided):
        name = tok.lower_ if group == "civilians" else group
        first_agent = n == 0 and not decided_agent and not passive
        role = "agent" if first_agent else "target"
        out.append((group, name, role, tok))
    return out


# --- event type ---------------------------------------------------------------------------------


def _first_word(sents: Sequence[Span], table: frozenset[str]) -> Token | None:
    return next((t for sent in sents for t in sent if t.lower_ in table), None)


MEASURE_NOUNS = frozenset({"pedra", "piedra", "pietra"})
"""A stone after an assault phrase and its "de"/"di" makes it a distance ("a tiro de pedra", "a
tiro de piedra": a stone's throw away), not a shot. The noun decides, not the preposition: "a
tiros de escopeta", "a tiro de caçadeira" and "a colpi di pistola di grosso calibro" are shots."""

OF_WORDS = frozenset({"de", "di"})
"""The preposition between the phrase and its noun ("a tiro de pedra")."""


def _is_a_measure(doc: Doc, end: int) -> bool:
    """Whether the words after an assault phrase ending at `end` make it a distance: "de" or
    "di" and a stone ("a tiro de pedra")."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in OF_WORDS
        and doc[end + 1].lower_ in MEASURE_NOUNS
    )


def _assault_phrase_end(doc: Doc, i: int, phrases: frozenset[str]) -> int | None:
    """End (token exclusive) of the assault phrase starting at token i ("a tiro", "a colpi di
    pistola"), unless a stone follows it (a distance, `_is_a_measure`); else None."""
    for phrase in phrases:
        parts = phrase.split()
        end = i + len(parts)
        if end <= len(doc) and [t.lower_ for t in doc[i:end]] == parts:
            if _is_a_measure(doc, end):
                continue
            return end
    return None


def _first_assault(sents: Sequence[Span], data: LanguageData) -> Token | None:
    """The first shooting or stabbing word, or the last word of the first such phrase ("tiro"
    of "morto a tiro", "pistola" of "a colpi di pistola")."""
    starts = {phrase.split()[0] for phrase in data.assault_phrases}
    for sent in sents:
        for tok in sent:
            if tok.lower_ in data.assault_words:
                return tok
            if tok.lower_ in starts:
                end = _assault_phrase_end(tok.doc, tok.i, data.assault_phrases)
                if end is not None:
                    return tok.doc[end - 1]
    return None


def lexical_event(sents: Sequence[Span], actors: Sequence[Claim]
                  ) -> tuple[str, str, Token] | None:  # fmt: skip
    """(event type, sub-event type, the word that states it) of one mention from its words:
    a demonstration with violence words is a violent demonstration, without them a peaceful
    protest; violence whose only target is civilians is an attack on civilians, other violence
    (clashes, stones thrown at police) mob violence; a shooting or a stabbing with no target
    but civilians (or none named: "ein 24-Jähriger") an attack on civilians, as English types
    it; an arrest with no violence an arrest (`_arrest_word`); a police operation on a camp with
    no violence and no arrest is a strategic development. None when no such word is there."""
    if not sents:
        return None
    data = language(sents[0].doc.lang_)
    if data is None:
        return None
    protest = _first_word(sents, data.protest_words)
    clash = _first_word(sents, data.clash_words)
    attack = _first_word(sents, data.attack_words)
    violence = min((t for t in (clash, attack) if t is not None), key=lambda t: t.i, default=None)
    if protest is not None:
        if violence is not None:
            return RIOTS, "Violent demonstration", violence
        return PROTESTS, "Peaceful protest", protest
    targets = {c.kind for c in actors if c.role == "target"}
    assault = _first_assault(sents, data)
    if violence is not None:
        if clash is None and targets == {"civilians"}:
            return VAC, "Attack", violence
        if clash is None and assault is not None and targets <= {"civilians"}:
            return VAC, "Attack", assault  # "schoten" is shots and "they shot": no side named
        return RIOTS, "Mob violence", violence
    if assault is not None:
        return (VAC, "Attack", assault) if targets <= {"civilians"} else None
    arrest = _arrest_word(sents, data)
    if arrest is not None:
        return STRATEGIC, "Arrests", arrest
    clearance = _first_word(sents, data.clearance_words)
    if clearance is not None:
        return STRATEGIC, "Other", clearance
    return None


def _arrest_word(sents: Sequence[Span], data: LanguageData) -> Token | None:
    """The first arrest word or phrase of the mention ("festgenommen", "opgepakt", "arrestato",
    "detido", "in Gewahrsam", a split "nahm ... fest") that no negation in its own clause
    denies ("niemand wurde festgenommen", `_denied_in_clause`): with no violence an arrest by
    state forces, as English types "a smuggler was arrested" (Strategic developments /
    Arrests), and before a clearance, as English's cascade has it ("cleared a camp ... four
    arrested" is Arrests)."""
    if data.casualties is None:
        return None
    for sent in sents:
        doc = sent.doc
        for i in range(sent.start, sent.end):
            found = _casualty_at(doc, i, data)
            if found is None or found[0] != "arrested":
                continue
            if _denied_in_clause(doc, sent.start, i, data):
                continue
            return doc[i]
    return None


CLAUSE_BREAKS = frozenset({",", ";", ":"})
"""Punctuation that closes the clause before a word: a negation beyond it denies something else
("Nessun ferito, ma due persone sono state arrestate")."""


def _denied_in_clause(doc: Doc, floor: int, i: int, data: LanguageData) -> bool:
    """Whether a negation stands in the clause of token i, before it ("niemand wurde
    festgenommen", "no fue detenido"): one in an earlier clause of the sentence ("No hubo
    heridos; la policía detuvo a dos hombres") leaves the arrest standing."""
    for j in range(i - 1, floor - 1, -1):
        if doc[j].text in CLAUSE_BREAKS:
            return False
        if doc[j].lower_ in data.negations:
            return True
    return False


# --- weapons ------------------------------------------------------------------------------------

CROWD_CONTROL = frozenset(
    {"tear gas", "water cannon", "defence bullets", "stun grenades", "pepper spray", "batons"}
)
"""Weapons of the police: used by them when the mention names them."""


@cache
def _weapons_by_first_word(code: str) -> dict[str, list[tuple[list[str], str]]]:
    """A language's weapon phrases indexed by their first word (one lookup per token)."""
    data = language(code)
    index: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, name in (data.weapons.items() if data is not None else ()):
        parts = phrase.split()
        index.setdefault(parts[0], []).append((parts, name))
    return index


def _weapon_at(doc: Doc, i: int, data: LanguageData) -> tuple[str, int] | None:
    """(normalised name, end token exclusive) of the longest weapon word or phrase at token i."""
    best: tuple[str, int] | None = None
    for parts, name in _weapons_by_first_word(data.code).get(doc[i].lower_, ()):
        end = i + len(parts)
        longer = best is None or end > best[1]
        if longer and end <= len(doc) and [t.lower_ for t in doc[i:end]] == parts:
            best = (name, end)
    return best


def lexical_weapons(sents: Sequence[Span], article_id: str,
                    actors: Sequence[Claim]) -> list[Claim]:  # fmt: skip
    """Weapon claims of one mention: a weapon word in a sentence that states violence (attack,
    clash, shooting, stabbing or casualty words) or a crowd-control weapon anywhere; used by
    the police for crowd-control weapons when the mention names them, else by the side that
    acted in that sentence (none when no side acted there)."""
    if not sents:
        return []
    doc = sents[0].doc
    data = language(doc.lang_)
    if data is None or not data.weapons:
        return []
    police = any(group_of_word(t.lower_, data) == "police" for sent in sents for t in sent)
    violent = data.attack_words | data.clash_words | data.assault_words
    acting = {c.kind for c in actors if c.role == "agent" and c.kind != "police"}
    claims: list[Claim] = []
    for sent in sents:
        stated = any(t.lower_ in violent or _casualty_at(doc, t.i, data) for t in sent)
        agent = next((g for t in sent if (g := group_of_word(t.lower_, data)) in acting), None)
        i = sent.start
        while i < sent.end:
            found = _weapon_at(doc, i, data)
            if found is None:
                i += 1
                continue
            name, end = found
            if stated or name in CROWD_CONTROL:
                user = ("police" if police else None) if name in CROWD_CONTROL else agent
                last = doc[end - 1]
                evidence = _evidence(doc, sent, article_id, doc[i].idx, last.idx + len(last))
                claims.append(Claim(field="weapon", value=name, span=evidence, actor=user))
            i = end
    return claims

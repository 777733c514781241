"""Framing: whom the headline and the lead make the agent of the violence, and whom it quotes.

Read from the same triggers and syntax as the actors (`extract.actors`):
- a reciprocal trigger ("clashes broke out between migrants and police", "X and Y clash") gives
  agent "both" (when the sides are of two kinds) and voice "reciprocal";
- an active violent verb or noun with a stated agent ("migrants attack police", "police fired
  tear gas") gives that agent's kind and voice "active";
- a passive with a by-agent ("officers were attacked by migrants") gives the agent and voice
  "passive"; a passive or outcome word with no agent ("officers were injured") gives agent None
  and voice "passive";
- no violent trigger: agent None, voice "none".
The first violent trigger of the headline (resp. the lead) decides. `quoted_source_types`
counts the article's quotes by `nlp.sources.classify_source`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from newsledger.extract.actors import actor_kind, trigger_arguments
from newsledger.extract.event_words import (
    ATTACK,
    CLASH,
    DISPERSE,
    EXPLOSIVE_FAMILIES,
    KILL,
    RIOT,
    SHOOT,
    STAB,
    THROW,
    VIOLENT_FAMILIES,
)
from newsledger.extract.events import Trigger, triggers_of
from newsledger.extract.segment import article_layout, sentences
from newsledger.model import Article
from newsledger.nlp.deps import is_passive
from newsledger.nlp.doctext import doc_text

FRAMING_FAMILIES = VIOLENT_FAMILIES | frozenset(EXPLOSIVE_FAMILIES) | {DISPERSE}
"""Triggers that state violence (dispersal with tear gas included: it is force)."""
AGENTIVE_FAMILIES = frozenset({ATTACK, THROW, SHOOT, STAB, KILL, RIOT, DISPERSE})


def frame_sentences(sents: Sequence[Span], lang: str = "en") -> tuple[str | None, str]:
    """(agent, voice) of the first violent trigger in these sentences."""
    for sent in sents:
        for trig in triggers_of(sent):
            if trig.family not in FRAMING_FAMILIES:
                continue
            agent, voice = frame_trigger(trig, lang)
            if voice != "none":
                return agent, voice
    return None, "none"


def frame_trigger(trig: Trigger, lang: str = "en") -> tuple[str | None, str]:
    """(agent kind or "both" or None, voice) for one trigger."""
    args = trigger_arguments(trig)
    agents = sorted({k for tok, role in args if role == "agent" and (k := actor_kind(tok, lang))})
    if trig.family == CLASH:
        if len(agents) >= 2:
            return "both", "reciprocal"
        if agents:
            return agents[0], "reciprocal"
        return None, "reciprocal"
    tok = trig.token
    passive = (tok.pos_ == "VERB" and is_passive(tok)) or (tok.tag_ == "VBN" and tok.dep_ in (
        "acl", "amod"))  # fmt: skip
    agent = agents[0] if len(agents) == 1 else ("both" if agents else None)
    if passive:
        return agent, "passive"
    if agent is not None:
        return agent, "active"
    if trig.family in AGENTIVE_FAMILIES or trig.weak:
        return None, "passive" if trig.weak else "none"
    return None, "none"


def frame_article(article: Article, doc: Doc, lang: str = "en") -> dict[str, Any]:
    """The framing record of an article's main mention (stored in `Mention.framing`)."""
    layout = article_layout(doc, article.title)
    sents = sentences(doc)
    headline_sents: list[Span] = []
    if layout.headline is not None:
        h0, h1 = layout.headline
        headline_sents = [s for s in sents if s.start_char < h1 and s.end_char > h0]
    headline_agent, headline_voice = frame_sentences(headline_sents, lang)
    lead_agent, lead_voice = frame_sentences(layout.lead, lang)
    quoted: Counter[str] = Counter()
    from newsledger.nlp.sources import classify_source, outlets_in_doc

    quotes = doc._.quotes or []
    outlets = outlets_in_doc(doc, quotes, article.outlet)
    for quote in quotes:
        quoted[classify_source(quote.speaker, quote.affiliation, lang, outlets)] += 1
    return {
        "headline": article.title,
        "headline_agent": headline_agent,
        "headline_voice": headline_voice,
        "lead_agent": lead_agent,
        "voice": lead_voice if lead_voice != "none" else headline_voice,
        "lead": doc_text(doc)[layout.lead[0].start_char : layout.lead[-1].end_char]
        if layout.lead
        else None,
        "quoted_source_types": dict(sorted(quoted.items())),
    }

"""Sub-places kept as text: named zones and generic spots within a town.

Two kinds of pattern, both generic:
- a named zone: capitalised name + a zone noun ("the Turquerie Zone", "Gare du Nord station") or
  a French zone noun + name ("la zone de la Turquerie", "le quartier du Beau-Marais");
- a generic spot after a locative preposition ("near a railway track", "at the port", "on the
  motorway", "près de la gare", "dans le camp").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.nlp.doctext import doc_text

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"

EN_ZONE_NOUNS = (
    "Zone|District|Quarter|Square|Street|Road|Avenue|Boulevard|Lane|Park|Station|Bridge|Camp|"
    "Jungle|Port|Harbour|Harbor|Market|Estate|Centre|Center|Terminal|Motorway|Highway|Beach|"
    "Industrial Estate|Roundabout|Checkpoint|Crossing|Airport|Hospital|Prison"
)
NAMED_ZONE_EN = re.compile(rf"\b(?:the\s+)?(?:{_CAP}\s+){{1,3}}(?:{EN_ZONE_NOUNS})\b")
"""Capitalised name + zone noun; the name must not be a plain function word."""

FR_ZONE_NOUNS = (
    "zone|quartier|rue|avenue|boulevard|place|gare|port|camp|parc|pont|rond-point|route|"
    "cité|campement|jungle|plage|centre commercial|zone industrielle|zone portuaire|rocade|"
    "autoroute"
)
NAMED_ZONE_FR = re.compile(
    rf"\b(?:la |le |les |l['’])?(?:{FR_ZONE_NOUNS})\s+(?:de la |de l['’]|du |des |de |d['’])?"
    rf"(?:{_CAP})(?:[\s-]+{_CAP})*",
)

EN_SPOTS = (
    "railway track|railway tracks|railway line|rail line|train tracks|railway station|"
    "train station|"
    "station|motorway|highway|ring road|bypass|road|port|harbour|harbor|ferry terminal|docks|"
    "border crossing|border|checkpoint|camp|encampment|makeshift camp|migrant camp|refugee camp|"
    "town centre|city centre|town center|city center|town hall|city hall|market|marketplace|"
    "mosque|church|synagogue|school|university|campus|hospital|prison|police station|"
    "bridge|beach|roundabout|industrial estate|industrial zone|canal|tunnel entrance|"
    "shopping centre|shopping center|stadium|airport|village|square|car park|parking lot|"
    "lorry park|truck stop|service station|petrol station|gas station"
)
SPOT_EN = re.compile(
    rf"\b(?:near|at|on|in|into|outside|inside|around|by|along|beside|close to|next to|towards|"
    rf"from|off)\s+(?:the|a|an)\s+(?:local\s+|nearby\s+|main\s+|makeshift\s+|former\s+)?"
    rf"(?:{EN_SPOTS})s?\b",
    re.IGNORECASE,
)
FR_SPOTS = (
    "gare|voie ferrée|voies ferrées|autoroute|rocade|route|port|zone portuaire|poste-frontière|"
    "frontière|camp|campement|centre-ville|mairie|marché|mosquée|église|école|lycée|hôpital|"
    "prison|commissariat|pont|plage|rond-point|zone industrielle|canal|tunnel|stade|aéroport|"
    "place|parking|aire d['’]autoroute|station-service"
)
SPOT_FR = re.compile(
    rf"\b(?:près de la |près du |près de l['’]|près des |au |à la |à l['’]|aux |sur la |sur le |"
    rf"sur l['’]|dans le |dans la |dans l['’]|devant le |devant la |devant l['’]|"
    rf"aux abords de la |aux abords du |aux abords de l['’]|à proximité de la |à proximité du |"
    rf"à proximité de l['’]|le long de la |le long du )(?:{FR_SPOTS})s?\b",
    re.IGNORECASE,
)

_FUNCTION_WORDS = frozenset({"The", "A", "An", "In", "At", "On", "Near", "This", "That"})


def find_sublocations(doc: Doc, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of sub-places in `doc`, left to right, without overlaps."""
    text = doc_text(doc)
    patterns = [NAMED_ZONE_FR, SPOT_FR] if lang == "fr" else [NAMED_ZONE_EN, SPOT_EN]
    found: list[tuple[int, int, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span()
            if pattern is NAMED_ZONE_EN:
                words = m.group().split()
                if words[0] in _FUNCTION_WORDS and words[0] != "the":
                    continue
            found.append((start, end, text[start:end]))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    for item in found:
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out

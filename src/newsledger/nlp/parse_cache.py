"""A development cache of the model's parse, so that a rule change re-extracts in seconds.

About 85% of extraction time is spaCy's model (tokens, tags, dependencies, entities); newsledger's
own components and rules read that parse and are what a rule change alters. With
`NEWSLEDGER_PARSE_CACHE` set to a folder, each document's parse is stored there (a `DocBin`, keyed
by the model package, the pipeline module and the text) and later runs rebuild the Doc from it and
run only newsledger's components. It is for evaluation loops (`newsledger eval`, the mention
cache's cold runs); the ledger never needs it, and without the variable nothing is cached.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from newsledger.model import Article

PARSE_CACHE_ENV = "NEWSLEDGER_PARSE_CACHE"
"""Environment variable naming the folder of cached parses (unset: no cache)."""

PARSE_ATTRS = (
    "ORTH",
    "NORM",
    "TAG",
    "HEAD",
    "DEP",
    "ENT_IOB",
    "ENT_TYPE",
    "ENT_KB_ID",
    "ENT_ID",
    "LEMMA",
    "MORPH",
    "POS",
    "SENT_START",
)
"""Every token attribute the model sets (DocBin's defaults plus NORM)."""


def parse_cache_folder() -> Path | None:
    """The cache folder from `NEWSLEDGER_PARSE_CACHE`, or None."""
    value = os.environ.get(PARSE_CACHE_ENV)
    return Path(value) if value else None


@cache
def _stage_key(model: str, version: str, stage: tuple[str, ...]) -> str:
    """What the cached parse depends on besides the text: the model package and version, the
    model's components and this package's pipeline module (it inserts the line-break rule)."""
    from newsledger.nlp import pipeline

    digest = hashlib.sha256(f"{model}|{version}|{','.join(stage)}".encode())
    digest.update(Path(pipeline.__file__).read_bytes())
    return digest.hexdigest()[:12]


def _path(folder: Path, stage_key: str, text: str) -> Path:
    name = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return folder / stage_key / name[:2] / f"{name}.spacy"


def _load(path: Path, nlp: Language, text: str) -> Doc | None:
    try:
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    except (OSError, ValueError):
        return None
    if len(docs) != 1 or docs[0].text != text:
        return None
    return docs[0]


def _save(path: Path, doc: Doc) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(DocBin(attrs=list(PARSE_ATTRS), docs=[doc]).to_bytes())
    tmp.replace(path)


def analyse_with_parse_cache(
    nlp: Language,
    folder: Path,
    articles: Sequence[Article],
    make_doc: Callable[[Article, Language], Doc],
    attach: Callable[[Doc, Article], None],
    rule_components: Sequence[str],
    batch_size: int,
) -> Iterator[tuple[Article, Doc]]:
    """Yield (article, doc) as the full pipeline would: the model's parse from the cache where
    present (else parsed and stored), then newsledger's components run on it."""
    rules = [name for name in nlp.pipe_names if name in rule_components]
    stage = tuple(name for name in nlp.pipe_names if name not in rule_components)
    key = _stage_key(nlp.meta.get("name", ""), nlp.meta.get("version", ""), stage)
    docs: list[Doc | None] = []
    for article in articles:
        path = _path(folder, key, article.text)
        doc = _load(path, nlp, article.text) if path.exists() else None
        if doc is not None:
            attach(doc, article)
        docs.append(doc)
    missing = [i for i, doc in enumerate(docs) if doc is None]
    if missing:
        with nlp.select_pipes(enable=list(stage)):
            parsed = nlp.pipe((make_doc(articles[i], nlp) for i in missing), batch_size=batch_size)
            for i, doc in zip(missing, parsed, strict=True):
                _save(_path(folder, key, articles[i].text), doc)
                docs[i] = doc
    for article, maybe_doc in zip(articles, docs, strict=True):
        assert maybe_doc is not None
        doc = maybe_doc
        for name in rules:
            doc = nlp.get_pipe(name)(doc)
        yield article, doc

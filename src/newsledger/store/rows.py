"""Conversions between records (`newsledger.model`, `StoredIncident`) and table rows."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from newsledger.errors import StoreError
from newsledger.model import Article, Mention, Rejection
from newsledger.store.base import StoredIncident
from newsledger.store.derive import incident_row

NUL = "\x00"

ARTICLE_TEXT_FIELDS = ("text", "title", "url", "outlet", "author", "origin")


def check_no_nul(article: Article) -> None:
    """PostgreSQL cannot store NUL characters in text; refuse them on both backends alike."""
    for name in ARTICLE_TEXT_FIELDS:
        value = getattr(article, name)
        if value and NUL in value:
            raise StoreError(
                f"article {article.id}: its {name} holds NUL characters (\\x00), which databases "
                "cannot store as text: remove them when the text is normalised"
            )


def article_row(article: Article, now: datetime) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "language": article.language,
        "published": article.published,
        "published_precision": article.published_precision,
        "published_from": article.published_from,
        "text": article.text,
        "ingested_at": article.ingested_at or now,
        "origin": article.origin,
        "duplicate_of": article.duplicate_of,
    }


def article(row: Row[Any]) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        author=row.author,
        language=row.language,
        published=row.published,
        published_precision=row.published_precision,
        published_from=row.published_from,
        ingested_at=row.ingested_at,
        origin=row.origin,
        duplicate_of=row.duplicate_of,
    )


def rejection_key(rejection: Rejection) -> str:
    return hashlib.sha256(f"{rejection.origin}\0{rejection.reason}".encode()).hexdigest()


def mention_rows(
    article_id: str, mentions: Sequence[Mention]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for the mentions table and the claims and quotes tables derived from it."""
    mention_rows: list[dict[str, Any]] = []
    claim_rows: list[dict[str, Any]] = []
    quote_rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    for mention in mentions:
        if mention.article_id != article_id:
            raise StoreError(
                f"mention {mention.id} belongs to article {mention.article_id}, not {article_id}: "
                "save each article's mentions separately"
            )
        if mention.index in seen:
            raise StoreError(f"two mentions of article {article_id} have index {mention.index}")
        seen.add(mention.index)
        mention_rows.append(
            {
                "id": mention.id,
                "article_id": article_id,
                "mention_index": mention.index,
                "main": mention.main,
                "data": mention.to_json(),
            }
        )
        for position, claim in enumerate(mention.claims):
            claim_rows.append(
                {
                    "mention_id": mention.id,
                    "article_id": article_id,
                    "position": position,
                    "field": claim.field,
                    "value": claim.value,
                    "max_value": claim.max_value,
                    "qualifier": claim.qualifier,
                    "kind": claim.kind,
                    "actor": claim.actor,
                    "item": claim.item,
                    "role": claim.role,
                    "attributed_to": claim.attributed_to,
                    "span_start": claim.span.start,
                    "span_end": claim.span.end,
                }
            )
        for position, quote in enumerate(mention.quotes):
            quote_rows.append(
                {
                    "mention_id": mention.id,
                    "article_id": article_id,
                    "position": position,
                    "speaker": quote.speaker,
                    "affiliation": quote.affiliation,
                    "cue": quote.cue,
                    "content": quote.content,
                    "medium": quote.medium,
                    "direct": quote.direct,
                    "span_start": quote.span.start,
                    "span_end": quote.span.end,
                }
            )
    return mention_rows, claim_rows, quote_rows


def incident_rows(
    incidents: Sequence[StoredIncident], now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Incident rows, mention links and block keys; refuses a mention given to two incidents."""
    rows: dict[str, dict[str, Any]] = {}
    owner: dict[str, str] = {}
    links: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []
    for incident in incidents:
        if incident.id in rows:
            raise StoreError(f"incident {incident.id} is given twice to one save_incidents call")
        rows[incident.id] = {**incident_row(incident), "updated_at": now}
        for position, mention_id in enumerate(dict.fromkeys(incident.mention_ids)):
            if mention_id in owner:
                raise StoreError(
                    f"mention {mention_id} is given to two incidents ({owner[mention_id]} and "
                    f"{incident.id}) in one save_incidents call: a mention belongs to one incident"
                )
            owner[mention_id] = incident.id
            links.append(
                {"mention_id": mention_id, "incident_id": incident.id, "position": position}
            )
        blocks += [
            {"block_key": key, "incident_id": incident.id}
            for key in dict.fromkeys(incident.block_keys)
        ]
    # Sorted so every writer takes row locks in the same order (no deadlocks on PostgreSQL).
    links.sort(key=lambda link: link["mention_id"])
    blocks.sort(key=lambda block: (block["block_key"], block["incident_id"]))
    return sorted(rows.values(), key=lambda row: row["id"]), links, blocks

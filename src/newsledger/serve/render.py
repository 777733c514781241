"""Terminal views (Rich) of articles, ingest reports and incidents.

Article text and extracted values are untrusted: they go into Rich `Text` objects, never into
markup strings, so "[bold]" or escape sequences in an article are shown as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsledger.model import Article, Mention, Rejection
from newsledger.serve.wording import (
    ArticleLookup,
    conflict_text,
    date_words,
    figure_name,
    figure_summary,
    place_label,
    placed_at,
    source_labels,
)

WIDE_TABLE_COLUMNS = 120
"""Terminal width from which incidents are a table; narrower terminals (80 columns is the usual
default) get one block per incident, so that no word is cut into fragments."""


def plain(value: Any) -> Text:
    """Untrusted value as literal text (no markup, control characters made visible)."""
    if value is None:
        return Text("—", style="dim")
    text = str(value)
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else f"\\x{ord(ch):02x}" for ch in text)
    return Text(text)


def rejection_json(rejection: Rejection) -> dict[str, Any]:
    """A refusal with its time (`at`, ISO 8601 UTC; null if unknown) after its two old keys."""
    return {
        "origin": rejection.origin,
        "reason": rejection.reason,
        "at": rejection.at.isoformat() if rejection.at is not None else None,
    }


def ingest_report_json(report: Any) -> dict[str, Any]:
    summary = report.ingest
    return {
        "read": summary.read,
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "near_duplicates": summary.near_duplicates,
        "rejected": summary.rejected,
        "rejections": [rejection_json(r) for r in summary.rejections],
        "warnings": list(summary.warnings),
        "extracted_articles": report.extracted_articles,
        "mentions": report.mentions,
        "incidents_touched": report.incidents_touched,
        "mentions_waiting": report.mentions_waiting,
        "extraction_failures": [
            {"article_id": a, "reason": r} for a, r in report.extraction_failures
        ],
    }


def print_ingest_report(console: Console, report: Any) -> None:
    summary = report.ingest
    line = Text.assemble(
        ("read ", "bold"),
        str(summary.read),
        ("  stored ", "bold"),
        str(summary.stored),
        ("  duplicates ", "bold"),
        str(summary.duplicates),
        ("  near-duplicates ", "bold"),
        str(summary.near_duplicates),
        ("  rejected ", "bold"),
        str(summary.rejected),
    )
    console.print(line)
    # one refused input a line, never wrapped: a log or a pipe (80 columns) cut a reason in two
    for rejection in summary.rejections:
        console.print(
            Text.assemble(
                ("  rejected ", "red"), plain(rejection.origin), ": ", plain(rejection.reason)
            ),
            soft_wrap=True,
        )
    for warning in summary.warnings:
        console.print(Text.assemble(("  warning ", "yellow"), plain(warning)), soft_wrap=True)
    if report.extracted_articles:
        console.print(extraction_line(report))
    if report.mentions_waiting:
        console.print(Text(waiting_line(report), style="yellow"), soft_wrap=True)
    for article_id, reason in report.extraction_failures:
        console.print(
            Text.assemble(("  extraction failed ", "red"), article_id, ": ", plain(reason)),
            soft_wrap=True,
        )


def print_articles(
    console: Console, rows: Sequence[Mapping[str, Any]], total: int | None = None
) -> None:
    """Stored articles as a table; `total`: how many are stored, when `rows` is a first page."""
    table = Table(title=count_title(len(rows), total, "article"), show_lines=False)
    for column in ("id", "published", "outlet", "lang", "title", "copy of"):
        whole = column in ("id", "published", "lang")  # never cut an id or a date
        table.add_column(
            column,
            no_wrap=whole,
            overflow="ellipsis" if whole else "fold",
            min_width=OUTLET_MIN_WIDTH if column == "outlet" else None,
        )
    for row in rows:
        table.add_row(
            plain(row["id"]),
            plain(row["published"]),
            plain(row["outlet"]),
            plain(row["language"]),
            plain(row["title"]),
            plain(row["duplicate_of"]),
        )
    console.print(table)


def print_article(
    console: Console,
    article: Article,
    mentions: Sequence[Mention],
    incident_of: Mapping[str, str | None] | None = None,
) -> None:
    """One article, its text and its mentions; `incident_of` (mention id -> incident id) says
    where each mention went, so the reader can open it with `newsledger incident ID`."""
    console.print(Text.assemble(("Article ", "bold"), article.id))
    for label, value in (
        ("title", article.title),
        ("published", article.published),
        ("outlet", article.outlet),
        ("url", article.url),
        ("language", article.language),
        ("origin", article.origin),
        ("duplicate of", article.duplicate_of),
    ):
        console.print(Text.assemble((f"{label:>13}: ", "dim"), plain(value)))
    console.print()
    console.print(plain(article.text))
    console.print()
    for mention in mentions:
        kind = "main" if mention.main else "background"
        incident_id = (incident_of or {}).get(mention.id)
        console.print(
            Text.assemble(
                (f"Mention {mention.id} ({kind})", "bold"),
                (f"  in incident {incident_id}", "cyan") if incident_id else "",
            )
        )
        for claim in mention.claims:
            console.print(
                Text.assemble(
                    (f"  {claim.field:<15}", "cyan"),
                    plain(claim_label(claim.to_json())),
                    ("  ← ", "dim"),
                    (f"[{claim.span.start}:{claim.span.end}] ", "dim"),
                    plain(repr(claim.span.text)),
                )
            )


def claim_count(claim: Mapping[str, Any]) -> str:
    """A figure claim's value and how it was said, as the web page writes it: "15 (at least)",
    "unknown (vague)" for "some officers" (not Python's "None (at_least)")."""
    value = claim.get("value")
    shown = "unknown" if value is None else str(value)
    qualifier = str(claim.get("qualifier") or "").replace("_", " ")
    return f"{shown} ({qualifier})" if qualifier else shown


def claim_label(claim: Mapping[str, Any]) -> str:
    """A short readable form of a claim's value with its kind/actor/qualifier."""
    value = claim.get("value")
    if isinstance(value, dict):
        value = value.get("name") or value
    parts = ["unknown" if value is None else str(value)]
    for key in ("kind", "actor", "item", "role", "qualifier"):
        if claim.get(key) and claim.get(key) != "exact":
            parts.append(f"{key}={str(claim[key]).replace('_', ' ')}")
    if claim.get("attributed_to"):
        parts.append(f"according to {claim['attributed_to']}")
    return " ".join(parts)


def conflict_lines(row: Mapping[str, Any], lookup: ArticleLookup | None = None) -> list[str]:
    labels = source_labels(row, lookup) if row.get("conflicts") else {}
    return [conflict_text(c, row, labels) for c in row.get("conflicts", [])]


def counted(count: int, noun: str) -> str:
    """ "1 article", "4 articles": a count line reads as English for one ("extracted 1
    articles: 1 mentions" was printed)."""
    return f"{count} {noun if count == 1 else noun + 's'}"


def extraction_line(report: Any) -> str:
    """What extraction did, as `ingest`, `demo` and `extract` print it."""
    return (
        f"extracted {counted(report.extracted_articles, 'article')}: "
        f"{counted(report.mentions, 'mention')}, "
        f"{counted(report.incidents_touched, 'incident')} updated"
    )


def waiting_line(report: Any) -> str:
    """Mentions stored in no incident, and the command that merges them: a run killed before
    its merge loses nothing, and the user is told so."""
    return (
        f"{counted(report.mentions_waiting, 'mention')} in no incident (a run ended before its "
        "merge, or one is still extracting): `newsledger resolve` merges them once no run is "
        "going"
    )


def count_title(shown: int, total: int | None, noun: str = "incident") -> str:
    """The list's title: "3 incidents", or "showing 15 of 570 incidents" when a limit cut the
    list, so that a reader never takes one page for the whole ledger."""
    words = noun if (total if total is not None else shown) == 1 else noun + "s"
    if total is not None and total > shown:
        return f"showing {shown} of {total} {words}"
    return f"{shown} {words}"


def where_words(location: Mapping[str, Any] | None) -> str | None:
    """The place's label, and how precisely the incident is placed when not at a town itself
    ("Texas, US (placed: only its county, region, country or sea area)")."""
    label = place_label(location)
    precise = placed_at((location or {}).get("geo_precision"))
    return f"{label} (placed: {precise})" if label and precise else label


def page_hint(shown: int, total: int | None, offset: int, noun: str = "incident") -> str | None:
    """What to type for the next page, or that `--offset` is past the end, when a list is one
    page of `total` ("showing 0 of 9 incidents" alone left a user guessing why)."""
    if total is None or total == 0:
        return None
    words = noun if total == 1 else noun + "s"
    if shown == 0 and offset >= total:
        return (
            f"--offset {offset} is past the end of the {total} {words}: "
            f"use an offset below {total}"
        )
    if offset + shown < total:
        return f"next page: --offset {offset + shown}"
    return None


def print_incidents(
    console: Console,
    rows: Sequence[Mapping[str, Any]],
    lookup: ArticleLookup | None = None,
    total: int | None = None,
) -> None:
    """Incidents as a table on a wide terminal, else one block per incident (no cut words).
    `total`: how many match the filter, when `rows` may be only the first of them."""
    if console.width < WIDE_TABLE_COLUMNS:
        print_incident_blocks(console, rows, lookup, total)
        return
    table = Table(title=count_title(len(rows), total), show_lines=True)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for column in ("place", "type", "sources", "figures", "conflicts"):
        table.add_column(column, overflow="fold")
    for row in rows:
        figures = "\n".join(figure_summary(row)[:6])
        conflicts = "\n".join(conflict_lines(row, lookup))
        event = " / ".join(str(x) for x in (row.get("event_type"), row.get("sub_event_type")) if x)
        table.add_row(
            plain(row.get("id")),
            plain(date_words(row.get("date"), row.get("time_precision"))),
            plain(place_label(row.get("location"))),
            plain(event or None),
            plain(row.get("sources")),
            plain(figures or None),
            Text(conflicts, style="bold red") if conflicts else plain(None),
        )
    console.print(table)


OUTLET_MIN_WIDTH = 12
"""Room for a registered domain or a short outlet name on one line in the articles table."""

INDENT = 2
"""Columns by which an incident's detail lines stand under its id line."""

MIN_WRAP_WIDTH = 20
"""Narrowest wrap width, for terminals narrower than any useful layout."""


def print_incident_blocks(
    console: Console,
    rows: Sequence[Mapping[str, Any]],
    lookup: ArticleLookup | None = None,
    total: int | None = None,
) -> None:
    """One block per incident: id, date, place and type on a line, then figures and conflicts,
    each wrapped at word boundaries to the terminal's width."""
    console.print(Text(count_title(len(rows), total), style="bold"))
    for row in rows:
        event = " / ".join(str(x) for x in (row.get("event_type"), row.get("sub_event_type")) if x)
        sources = row.get("sources") or 0
        console.print()
        console.print(
            Text.assemble(
                (str(row.get("id")), "bold cyan"),
                "  ",
                plain(date_words(row.get("date"), row.get("time_precision"))),
                "  ",
                plain(place_label(row.get("location")) or "place unknown"),
            )
        )
        lines = [
            Text.assemble(
                plain(event or "type unknown"),
                (f"  · {sources} source{'s' if sources != 1 else ''}", "dim"),
            )
        ]
        figures = figure_summary(row)[:6]
        if figures:
            lines.append(Text.assemble(("figures: ", "dim"), plain("; ".join(figures))))
        for conflict in conflict_lines(row, lookup):
            lines.append(Text.assemble(("conflict: ", "bold red"), plain(conflict)))
        for text in lines:  # indented, and wrapped lines keep the indent
            for part in text.wrap(console, max(console.width - INDENT, MIN_WRAP_WIDTH)):
                part.rstrip()
                console.print(Text(" " * INDENT) + part, soft_wrap=True)


def print_mention_ids(console: Console, data: Mapping[str, Any], labels: Mapping[str, str]) -> None:
    """Each source's mention id: what `newsledger incidents split` takes, so a reader who
    disagrees with a merge can act on it without asking for --json."""
    mentions = data.get("mentions") or []
    for mention in mentions:
        article_id = str(mention.get("article_id", ""))
        mention_id = mention.get("mention_id") or article_id
        console.print(
            Text.assemble(
                ("     mention: ", "dim"),
                plain(mention_id),
                " ",
                plain(labels.get(article_id) or article_id[:8]),
                ("" if mention.get("main", True) else " (recalls it)", "dim"),
            )
        )
    if len(mentions) > 1:
        console.print(Text("     take one out: newsledger incidents split MENTION_ID", style="dim"))


def print_incident(
    console: Console,
    data: Mapping[str, Any],
    lookup: ArticleLookup | None = None,
    corrections: Sequence[Mapping[str, Any]] = (),
) -> None:
    """The incident page: consensus, claims per source, conflicts, framing, and the human
    corrections that moved its mentions."""
    labels = source_labels(data, lookup)
    console.print(Text.assemble(("Incident ", "bold"), plain(data.get("id"))))
    event = " / ".join(str(x) for x in (data.get("event_type"), data.get("sub_event_type")) if x)
    for label, value in (
        ("what", event or None),
        (
            "when",
            " ".join(
                x
                for x in (date_words(data.get("date"), data.get("time_precision")),)
                + ((str(data["time_of_day"]),) if data.get("time_of_day") else ())
            ),
        ),
        ("precision", data.get("time_precision")),
        ("where", where_words(data.get("location"))),
        ("sources", data.get("sources")),
        ("counts", "; ".join(figure_summary(data)) or "none stated"),
        ("description", data.get("description")),
    ):
        console.print(Text.assemble((f"{label:>12}: ", "dim"), plain(value)))

    if data.get("unresolved_reason"):
        console.print(Text.assemble(("  unresolved: ", "yellow"), plain(data["unresolved_reason"])))
    # a lone article has no link to explain (its score is 0, with no reason)
    for link in data.get("links") or [] if len(data.get("articles") or []) > 1 else []:
        article_id = str(link.get("article_id", ""))
        console.print(
            Text.assemble(
                ("        link: ", "dim"),
                plain(f"{labels.get(article_id) or article_id[:8]} {article_id[:8]}"),
                f" {link.get('score', 0):.2f} ",
                plain("; ".join(str(r) for r in link.get("reasons") or []) or "-"),
            )
        )

    print_mention_ids(console, data, labels)
    for row in corrections:
        console.print(
            Text.assemble(
                ("   corrected: ", "dim"),
                plain(correction_line(row)),
            )
        )

    figures = Table(title="Figures (consensus and every source's claim)", show_lines=True)
    for column in ("figure", "consensus", "min–max", "claims"):
        figures.add_column(column, overflow="fold")
    rules: list[str] = []
    for figure in data.get("figures", []):
        if figure.get("rule") and figure["rule"] not in rules:
            rules.append(str(figure["rule"]))
        claims = "\n".join(
            f"{claim_count(c)} — "
            + (labels.get(str(c.get("article_id"))) or str(c.get("article_id", ""))[:8])
            + (f" according to {c['attributed_to']}" if c.get("attributed_to") else "")
            + f": “{c.get('text')}”"
            for c in figure.get("claims", [])
        )
        figures.add_row(
            plain(figure_name(figure.get("kind"), figure.get("actor"), figure.get("item"))),
            plain(figure.get("value")),
            plain(
                f"{figure.get('min')}–{figure.get('max')}"
                if figure.get("min") is not None
                else None
            ),
            plain(claims),
        )
    if data.get("figures"):
        console.print(figures)
    else:
        console.print(Text.assemble(("     figures: ", "dim"), "no source gives a number"))
    for rule in rules:
        console.print(Text.assemble(("consensus rule: ", "dim"), plain(rule)))

    for conflict in data.get("conflicts", []):
        console.print(
            Text.assemble(("CONFLICT ", "bold red"), plain(conflict_text(conflict, data, labels)))
        )

    if data.get("actors"):
        console.print(
            Text.assemble(
                ("actors: ", "dim"),
                plain(
                    ", ".join(
                        f"{a.get('name')} ({a.get('type')}, {a.get('role')})"
                        for a in data["actors"]
                    )
                ),
            )
        )
    if data.get("weapons"):
        console.print(
            Text.assemble(
                ("weapons: ", "dim"),
                plain(
                    ", ".join(
                        f"{w.get('name')}" + (f" by {w['used_by']}" if w.get("used_by") else "")
                        for w in data["weapons"]
                    )
                ),
            )
        )
    for quote in data.get("quotes", []):
        console.print(
            Text.assemble(
                ("quote ", "dim"),
                plain(quote.get("speaker")),
                plain(f" ({quote['affiliation']})" if quote.get("affiliation") else ""),
                plain(f" via {quote['medium']}" if quote.get("medium") else ""),
                ": “",
                plain(quote.get("content")),
                "”",
            )
        )

    framing = data.get("framing") or []
    if framing:
        table = Table(title="Framing per source", show_lines=True)
        for column in (
            "article",
            "outlet",
            "headline",
            "agent (headline / lead)",
            "voice",
            "quoted sources",
        ):
            table.add_column(column, overflow="fold")
        for row in framing:
            types = row.get("quoted_source_types") or {}
            article_id = str(row.get("article_id", ""))
            table.add_row(
                plain(article_id[:8]),
                plain(labels.get(article_id) or row.get("outlet")),
                plain(row.get("title") or row.get("headline")),
                plain(f"{row.get('headline_agent') or 'none'} / {row.get('lead_agent') or 'none'}"),
                plain(row.get("voice")),
                plain(", ".join(f"{k} {v}" for k, v in types.items()) or None),
            )
        console.print(table)


def print_mapping(console: Console, title: str, data: Mapping[str, Any]) -> None:
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in data.items():
        if isinstance(value, float):
            value = f"{value:,.3f}"
        table.add_row(plain(key), plain(value))
    console.print(table)


def correction_line(row: Mapping[str, Any]) -> str:
    """One correction in words: "#2 merge, 2026-12-03 19:12 UTC, 3 mentions: same night"."""
    made = str(row.get("created_at") or "")[:16].replace("T", " ")
    count = len(row.get("mention_ids") or [])
    line = f"#{row.get('number')} {row.get('action')}, {made} UTC, {count} mention"
    line += "" if count == 1 else "s"
    return line + (f": {row['note']}" if row.get("note") else "")


def print_corrections(console: Console, rows: Sequence[Mapping[str, Any]]) -> None:
    """The human corrections, one block each: number, time, action, note, then each mention
    with the incident it is in now."""
    if not rows:
        console.print(
            "no corrections yet (make one with `newsledger incidents split` or `... merge`)",
            highlight=False,
            markup=False,
        )
        return
    console.print(Text(count_title(len(rows), None, "correction"), style="bold"))
    for row in rows:
        console.print()
        console.print(
            Text.assemble(
                (f"#{row.get('number')} {row.get('action')}", "bold cyan"),
                "  ",
                plain(row.get("created_at")),
                ("  note: ", "dim") if row.get("note") else "",
                plain(row.get("note")) if row.get("note") else "",
            )
        )
        incidents = row.get("incidents") or {}
        for mention_id in row.get("mention_ids") or []:
            now_in = incidents.get(mention_id)
            console.print(
                Text.assemble(
                    "  ",
                    plain(mention_id),
                    ("  now in incident ", "dim"),
                    plain(now_in) if now_in else ("no longer stored", "yellow"),
                )
            )

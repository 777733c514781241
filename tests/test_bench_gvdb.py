"""Reading GVDB's crowd city: a span that began in the crawl's header line."""

from __future__ import annotations

from newsledger.eval.bench_gvdb import annotated_city


def test_a_city_span_inside_the_article_is_read_as_given() -> None:
    text = "Two hurt in shooting near parkELMWOOD, Ill. -- Two men were hurt on Monday."
    field = {"startIndex": 30, "endIndex": 37, "value": "ELMWOOD"}
    assert annotated_city(field, text, "Two hurt in shooting near park") == "ELMWOOD"


def test_a_span_begun_in_the_header_keeps_the_part_after_the_headline() -> None:
    title = "Two hurt in shooting near park"
    text = f"{title}ELMWOOD, Ill. -- Two men were hurt on Monday."
    field = {
        "startIndex": -29,
        "endIndex": len(title) + 7,
        "value": f"publication date: 3/14/2016\n{title}\nELMWOOD",
    }
    assert annotated_city(field, text, title) == "ELMWOOD"


def test_an_absent_span_keeps_the_value() -> None:
    assert annotated_city({"startIndex": -1, "endIndex": -1, "value": ""}, "Some text.", "") == ""

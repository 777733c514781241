"""What a demanding user met in the first hour (ui23): files of a few bytes or a lone title stored
as articles, Unicode files with a byte-order mark read as junk."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from newsledger.ingest.readers import read_file
from newsledger.ingest.sources import IngestWarning
from newsledger.model import Article, Rejection

REPORT = (
    "Two men were shot outside a bar on Elm Street late on Friday, police said. "
    "One of them died in hospital; the other is in stable condition."
)
"""Our own sentences: a short report."""


def _read(path: Path) -> list[Article | Rejection | IngestWarning]:
    return list(read_file(path))


@pytest.mark.parametrize(
    "content",
    ["hi", "test\n", "Gunfire on Elm Street\n", "\n\n  Gunfire on Elm Street  \n\n", "Fire!"],
)
def test_a_text_file_without_a_sentence_is_refused_by_name(tmp_path: Path, content: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(content, encoding="utf-8")
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    assert items[0].origin == str(path)
    assert "too short for a report" in items[0].reason and content.strip() in items[0].reason


@pytest.mark.parametrize(
    "content",
    [
        "Police shot him.",
        "Gunfire on Elm Street\n\nA man was wounded in the leg on Friday night.",
        "Un homme a été blessé par balle à Lyon.",
    ],
)
def test_a_text_file_with_one_sentence_is_an_article(tmp_path: Path, content: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(content, encoding="utf-8")
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Article), items


def test_a_batch_goes_on_past_a_file_without_a_sentence(tmp_path: Path) -> None:
    import newsledger

    (tmp_path / "a_title.txt").write_text("Gunfire on Elm Street\n", encoding="utf-8")
    (tmp_path / "b_report.txt").write_text(REPORT, encoding="utf-8")
    with newsledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        report = ledger.ingest([str(tmp_path / "a_title.txt"), str(tmp_path / "b_report.txt")])
    summary = report.ingest
    assert summary.stored == 1 and summary.rejected == 1
    assert "too short for a report" in summary.rejections[0].reason


MARKED = [
    ("utf-8-sig", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
]
"""Each encoding with the byte-order mark written before its bytes (utf-8-sig writes its own)."""


def _marked(text: str, codec: str, mark: bytes) -> bytes:
    return mark + text.encode(codec)


@pytest.mark.parametrize(("codec", "mark"), MARKED)
def test_a_text_file_with_a_byte_order_mark_is_read_by_it(
    tmp_path: Path, codec: str, mark: bytes
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(_marked("Fusillade à Évry\n\n" + REPORT, codec, mark))
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert items[0].title == "Fusillade à Évry"
    assert items[0].text.endswith("the other is in stable condition.")


@pytest.mark.parametrize(("codec", "mark"), MARKED)
@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_an_html_page_with_a_byte_order_mark_is_read_by_it(
    tmp_path: Path, codec: str, mark: bytes, name: str
) -> None:
    """A page saved as .txt is found to be HTML by its content, in any of these encodings."""
    page = (
        "<html><head><title>Fusillade à Évry</title>"
        '<meta property="og:site_name" content="the daily example"></head>'
        f"<body><article><p>{REPORT}</p><p>{REPORT}</p></article></body></html>"
    )
    path = tmp_path / name
    path.write_bytes(_marked(page, codec, mark))
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert items[0].title == "Fusillade à Évry" and items[0].outlet == "the daily example"
    assert REPORT in items[0].text


@pytest.mark.parametrize(("codec", "mark"), MARKED)
def test_json_lines_with_a_byte_order_mark_are_read_line_by_line(
    tmp_path: Path, codec: str, mark: bytes
) -> None:
    lines = "".join(
        json.dumps({"title": title, "text": REPORT}, ensure_ascii=False) + "\n"
        for title in ("Fusillade à Évry", "Second report")
    )
    path = tmp_path / "reports.jsonl"
    path.write_bytes(_marked(lines, codec, mark))
    items = _read(path)
    assert [type(item) for item in items] == [Article, Article], items
    assert [item.title for item in items if isinstance(item, Article)] == [
        "Fusillade à Évry",
        "Second report",
    ]


@pytest.mark.parametrize(("codec", "mark"), MARKED)
def test_a_feed_with_a_byte_order_mark_is_read_by_it(
    tmp_path: Path, codec: str, mark: bytes
) -> None:
    declared = codec.removesuffix("-sig").removesuffix("-le").removesuffix("-be")
    feed = (
        f'<?xml version="1.0" encoding="{declared}"?>'
        "<rss version=\"2.0\"><channel><title>Example News</title><item>"
        "<title>Fusillade à Évry</title><link>https://news.example.org/a</link>"
        f"<description>{REPORT}</description></item></channel></rss>"
    )
    path = tmp_path / "feed.xml"
    path.write_bytes(_marked(feed, codec, mark))
    items = [item for item in _read(path) if not isinstance(item, IngestWarning)]
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert items[0].title == "Fusillade à Évry" and REPORT in items[0].text


def test_utf16_without_a_byte_order_mark_is_refused_saying_what_it_may_be(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode("utf-16-le"))
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    assert "binary file" in items[0].reason and "UTF-16" in items[0].reason


def test_binary_data_is_refused_never_stored_as_junk(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 8)
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    assert items[0].reason.startswith("binary file, not text")
    assert "UTF-16" not in items[0].reason


TWO_REPORTS = (
    "Masked men set fire to three cars outside the bus depot in Lyon, police said on Monday.",
    "Two guards were hurt when a crowd forced the gates of the stadium in Lille on Sunday.",
)
"""Our own sentences: two short reports of two incidents."""


@pytest.mark.parametrize("command", [["ingest", "REPORTS"], ["extract", "--force"]])
def test_the_merge_after_extraction_reports_its_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """The merge after `ingest` and `extract` printed nothing while extraction had a bar; without
    a terminal each stage's bar is a plain "label: done/total" line (every PLAIN_PROGRESS_EVERY
    items; one here, so each shows)."""
    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    reports = tmp_path / "reports"
    reports.mkdir()
    for n, text in enumerate(TWO_REPORTS):
        (reports / f"report{n}.txt").write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    if command[0] == "extract":
        assert CliRunner().invoke(app, ["ingest", str(reports), "--db", db]).exit_code == 0
    monkeypatch.setattr("newsledger.serve.cli.PLAIN_PROGRESS_EVERY", 1)
    args = [str(reports) if arg == "REPORTS" else arg for arg in command]
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    assert "extracting: 2/2" in result.output and "merging: 2/2" in result.output, result.output


def test_ledger_ingest_calls_back_on_the_merge(tmp_path: Path) -> None:
    import newsledger

    for n, text in enumerate(TWO_REPORTS):
        (tmp_path / f"report{n}.txt").write_text(text, encoding="utf-8")
    seen: list[tuple[int, int | None]] = []
    with newsledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        ledger.ingest([str(tmp_path)], on_merge_progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1] == (2, 2)


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/incidents", "/"),
        ("/incidents/", "/"),
        ("/incidents?place=Lyon&sort=-sources", "/?place=Lyon&sort=-sources"),
    ],
)
def test_the_incidents_url_without_an_id_goes_to_the_list(
    live_server: str, path: str, location: str
) -> None:
    """A user typing /incidents met a 404; the list of incidents is the home page."""
    import httpx

    moved = httpx.get(live_server + path, headers={"accept": "text/html"})
    assert moved.status_code == 307 and moved.headers["location"] == location
    page = httpx.get(live_server + path, follow_redirects=True)
    assert page.status_code == 200 and 'id="total"' in page.text, page.text[:500]


@pytest.mark.parametrize("path", ["/articles", "/articles/"])
def test_the_articles_url_without_an_id_says_where_the_articles_are(
    live_server: str, path: str
) -> None:
    """A bare "no page at /articles" left the user guessing: it is the list of articles now
    (ui24; tests/test_first_hour_s24.py), linking the JSON list."""
    import httpx

    page = httpx.get(live_server + path, headers={"accept": "text/html"})
    assert page.status_code == 200 and page.text.count('class="article-row"') >= 5
    assert '<a href="/api/articles">' in page.text
    listed = httpx.get(live_server + "/api/articles")
    # the session's server holds the 5 seeded articles; other tests may POST more to it
    assert listed.status_code == 200 and listed.json()["total"] >= 5, listed.text[:300]


def test_batch_says_each_stage_as_it_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsledger batch` printed nothing for minutes, then its counts: it now says each stage
    on stderr as the job tells it one (the job itself is tested in tests/test_batch.py)."""
    from typing import Any

    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    def fake_run(inputs: list[str], output: str, **options: Any) -> dict[str, Any]:
        options["on_spark_start"]()
        options["on_stage"]("read, exact and near duplicates", 4.25)
        options["on_stage"]("load into the store", 1.0)
        return {"read": 3, "duplicates": 1, "articles": 2}

    monkeypatch.setattr("newsledger.batch.job.run_batch", fake_run)
    (tmp_path / "reports.jsonl").write_text(json.dumps({"text": REPORT}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["batch", "--input", str(tmp_path), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "batch: starting Spark (local[2]); stages are told as they end"
    assert "batch: read, exact and near duplicates done (4.2 s)" in lines
    assert "batch: load into the store done (1.0 s)" in lines
    assert '"duplicates": 1' in result.output


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("missing/*.jsonl", "no file matches this pattern"),
        ("missing.jsonl", "path does not exist"),
        ("file:missing.jsonl", "path does not exist"),
        ("empty_folder", "folder holds no files to read"),
    ],
)
def test_batch_refuses_a_local_input_with_no_file_before_spark_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, reason: str
) -> None:
    """Spark answered a mistyped --input with a 185-line Java stack trace after its start-up;
    the job now says which input names no file, in one line, and starts no Spark."""
    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    def no_spark(master: str) -> None:
        raise AssertionError("Spark was started")

    monkeypatch.setattr("newsledger.batch.job.spark_session", no_spark)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty_folder").mkdir()
    result = CliRunner().invoke(app, ["batch", "--input", given, "--output", "out"])
    assert result.exit_code == 1
    assert f"error: --input {given}: {reason}" in " ".join(result.output.split()), result.output
    assert "starting Spark" not in result.output


def test_batch_leaves_inputs_on_other_file_systems_to_spark() -> None:
    from newsledger.batch.job import check_local_inputs

    check_local_inputs(["s3a://bucket/CC-NEWS-*.warc.gz", "hdfs://namenode/news/"], "local[2]")


def test_a_run_killed_between_extraction_and_merge_loses_nothing_and_says_so(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mentions are saved before the merge runs: a run killed in between left them in no
    incident, and the next `ingest` said nothing of them. It now counts them and names the
    command that merges them (`resolve`); it does not merge them itself, since a run still
    extracting leaves the same rows (review23 item 5)."""
    import newsledger
    import newsledger.merge.resolve
    from newsledger.serve.render import waiting_line

    for n, text in enumerate(TWO_REPORTS):
        (tmp_path / f"report{n}.txt").write_text(text, encoding="utf-8")
    real_merge = newsledger.merge.resolve.add_mentions

    def killed(*args: object, **kwargs: object) -> list[str]:
        raise KeyboardInterrupt("killed during the merge")

    monkeypatch.setattr(newsledger.merge.resolve, "add_mentions", killed)
    with newsledger.open(store_url) as ledger, pytest.raises(KeyboardInterrupt):
        ledger.ingest([str(tmp_path)])
    monkeypatch.setattr(newsledger.merge.resolve, "add_mentions", real_merge)
    with newsledger.open(store_url) as ledger:
        again = ledger.ingest([str(tmp_path)])
        assert again.extracted_articles == 0 and again.ingest.duplicates == 2
        assert again.mentions_waiting == 2
        assert "`newsledger resolve` merges them" in waiting_line(again)
        assert ledger.resolve() == 2
        assert ledger.store.mentions_in_no_incident() == []
        assert ledger.ingest([str(tmp_path)]).mentions_waiting == 0

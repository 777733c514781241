"""What a new user met in the first hour (cleanup-s18), each asserted as the user sees it:
a merge of two incidents one sentence reports said "merged" and changed nothing; a first
`ingest` that could read nothing left an empty database behind; the type as every list writes
it ("Riots / Mob violence") was refused as a filter."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsledger
from newsledger.model import Article, Mention, Span
from newsledger.serve.api import create_app
from newsledger.serve.cli import app
from newsledger.store import Correction, StoredIncident, open_store

runner = CliRunner()

TWO_EVENTS = (
    "Harbour workers walked out in Bremen on Friday. The walkout came a week after a crane "
    "fell on a pier in Kiel and two months after a warehouse burned down in Rostock."
)
"""Our own sentences: the second one reports two earlier events, so two mentions share it."""


def _said(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_a_merge_of_two_mentions_sharing_one_sentence_keeps_both(store_url: str) -> None:
    with open_store(store_url) as store:
        store.add_articles([Article.from_text(TWO_EVENTS, origin="x")])
        article_id = store.list_articles()[0].id
        second = TWO_EVENTS.index("The walkout")
        shared = Span(article_id, second, len(TWO_EVENTS), TWO_EVENTS[second:])

        def mention(index: int, span: Span) -> Mention:
            return Mention(article_id, index, index == 0, anchor=span)

        first = Span(article_id, 0, second - 1, TWO_EVENTS[: second - 1])
        store.save_mentions(article_id, [mention(0, first), mention(1, shared), mention(2, shared)])
        pair = (f"{article_id}:1", f"{article_id}:2")
        store.add_correction(Correction("merge", pair, "the same fire"))
        assert store.list_corrections() == [Correction("merge", pair, "the same fire")]
        assert store.correction_records()[0]["mention_ids"] == list(pair)
        # a re-extraction that drops the first mention renumbers the two: both still meant
        store.save_mentions(article_id, [mention(0, shared), mention(1, shared)])
        assert sorted(store.list_corrections()[0].mention_ids) == [
            f"{article_id}:0",
            f"{article_id}:1",
        ]
        # one found before them shifts both: the first id recorded must not take the second's
        store.save_mentions(article_id, [mention(0, first), mention(1, shared), mention(2, shared)])
        store.add_correction(Correction("merge", (f"{article_id}:1", f"{article_id}:2"), None))
        store.save_mentions(
            article_id,
            [mention(0, first), mention(1, first), mention(2, shared), mention(3, shared)],
        )
        assert sorted(store.list_corrections()[1].mention_ids) == [
            f"{article_id}:2",
            f"{article_id}:3",
        ]


def test_ingest_that_stores_nothing_leaves_no_new_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    database = tmp_path / "first.db"
    code, out = _said("ingest", str(empty), "--db", f"sqlite:///{database}")
    assert code == 1, out
    assert "empty file" in out
    assert "no database was made" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_ingest_that_stores_nothing_keeps_an_existing_ledger(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(TWO_EVENTS, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    url = f"sqlite:///{tmp_path / 'kept.db'}"
    assert _said("ingest", str(report), "--db", url, "--no-extract")[0] == 0
    code, out = _said("ingest", str(empty), "--db", url)
    assert code == 1, out
    assert "no database was made" not in out
    assert (tmp_path / "kept.db").exists()
    assert _said("articles", "--db", url, "--json")[1].count('"id"') == 1


CROWD = (
    "A crowd of about sixty youths threw stones and bottles at police officers in Lille on "
    "Saturday night, and three officers were injured, the police said on Sunday."
)
"""Our own sentences: one riot the lists show as "Riots / Mob violence"."""

RETOLD = (
    "Around sixty young people hurled stones and bottles at officers in Lille late on "
    "Saturday. Three policemen were hurt in the clashes, a police spokesman said."
)
"""The same riot in other words of our own (another outlet's report)."""


@pytest.fixture(scope="module")
def crowd_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("firsthour18")
    (folder / "crowd.txt").write_text(CROWD, encoding="utf-8")
    url = f"sqlite:///{folder / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        ledger.ingest([str(folder / "crowd.txt")])
    yield url


def test_the_type_a_list_shows_filters_the_list(crowd_url: str) -> None:
    code, out = _said("incidents", "--db", crowd_url)
    assert code == 0 and "Riots / Mob violence" in out, out
    for typed in ("Riots / Mob violence", "riots  /  mob violence"):
        code, out = _said("incidents", "--db", crowd_url, "--type", typed)
        assert code == 0 and out.startswith("1 incident "), out
    with TestClient(create_app(crowd_url)) as client:
        found = client.get("/api/incidents", params={"type": "Riots / Mob violence"})
        assert found.status_code == 200 and found.json()["total"] == 1
        wrong = client.get("/api/incidents", params={"type": "Protests / Mob violence"})
        assert wrong.status_code == 422
        assert "'Mob violence' is a sub-event type of Riots, not of Protests" in wrong.text
    code, out = _said("incidents", "--db", crowd_url, "--type", "Riots / Attack")
    assert code == 1
    assert "'Attack' is a sub-event type of Violence against civilians, not of Riots" in out
    code, out = _said("incidents", "--db", crowd_url, "--type", "Protests / Peaceful protest")
    assert code == 0 and out.startswith("0 incidents"), out


def test_a_vague_count_reads_unknown_not_none_in_the_terminal(tmp_path: Path) -> None:
    text = (
        "A number of officers were hurt and at least four protesters were injured when a march "
        "turned violent in Nantes on Saturday, the prefecture said."
    )
    (tmp_path / "march.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        ledger.ingest([str(tmp_path / "march.txt")])
        incident_id = ledger.incidents()[0]["id"]
    code, out = _said("incident", incident_id, "--db", url)
    assert code == 0, out
    assert "unknown (vague)" in out and "4 (at least)" in out, out
    assert "None" not in out and "at_least" not in out


@pytest.mark.parametrize(
    "command",
    [
        ["eval"],
        ["bench"],
        ["batch"],
        ["synth"],
        ["train-linker"],
        ["demo"],
        ["show"],
        ["incident"],
        ["incidents", "split"],
        ["incidents", "merge"],
        ["corrections"],
        ["rejections"],
        ["resolve"],
        ["extract"],
    ],
)
def test_every_option_says_what_to_type_not_a_python_type(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    options = [line.strip() for line in result.output.splitlines() if line.strip()[:1] == "-"]
    assert options, result.output
    assert not [line for line in options if "<" in line.split("  ")[0]], result.output


def test_export_to_standard_output_keeps_the_data_clean(crowd_url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", "-", "--format", "json", "--db", crowd_url])
    assert result.exit_code == 0, result.output
    incidents = json.loads(result.stdout)
    assert [i["event_type"] for i in incidents] == ["Riots"]
    assert "wrote 1 incident to standard output (json)" in " ".join(result.stderr.split())
    assert not (Path.cwd() / "-").exists()
    code, out = _said("export", "-o", "-", "--format", "parquet", "--db", crowd_url)
    assert code == 1 and "give a file name with -o" in out


def test_export_to_a_workbook_name_says_it_holds_csv(crowd_url: str, tmp_path: Path) -> None:
    target = tmp_path / "riots.xlsx"
    code, out = _said("export", "-o", str(target), "--db", crowd_url)
    assert code == 0, out
    assert "riots.xlsx holds ACLED's CSV" in out
    assert target.read_bytes().startswith("\ufeffevent_id_cnty,".encode())
    code, out = _said("export", "-o", str(tmp_path / "riots.csv"), "--db", crowd_url)
    assert code == 0 and "note" not in out, out


def test_split_names_where_the_rest_went_and_refuses_what_is_no_mention_id(
    tmp_path: Path,
) -> None:
    records = [
        {
            "title": "Stones thrown at police in Lille",
            "text": text,
            "outlet": outlet,
            "published": "2024-03-10",
            "url": f"https://{outlet.lower().replace(' ', '')}.example/lille",
        }
        for outlet, text in (("Lille Evening Post", CROWD), ("Northern Wire", RETOLD))
    ]
    (tmp_path / "two.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        ledger.ingest([str(tmp_path / "two.jsonl")])
        (incident,) = ledger.incidents()
    first, second = (m["mention_id"] for m in incident["mentions"])
    code, out = _said("incidents", "split", second, "--db", url)
    assert code == 0, out
    assert "split the mention into an incident of its own:" in out
    with newsledger.open(url) as ledger:
        now = {m: ledger.store.incident_for_mention(m) for m in (first, second)}
    assert now[first] != now[second]
    assert out.endswith(f"the rest of the incident it left: {now[first]}"), out
    code, out = _said("incidents", "split", now[first], "--db", url)
    assert code == 1 and f"'{now[first]}' is an incident id" in out, out
    code, out = _said("incidents", "split", first.split(":")[0], "--db", url)
    assert code == 1 and "is no mention id: a mention id is ARTICLE_ID:INDEX" in out, out


def test_a_mention_id_is_read_one_way_for_split_and_for_its_prefix() -> None:
    from newsledger.ledger import mention_id_parts

    assert mention_id_parts(" 4370d4ba:0 ") == ("4370d4ba", "0")
    assert mention_id_parts("a:b:12") == ("a:b", "12")
    assert mention_id_parts("4370d4ba:") == ("4370d4ba", "")
    assert mention_id_parts("945fabc1") is None
    assert mention_id_parts(":3") is None


def test_a_year_or_a_month_is_a_date_range(tmp_path: Path) -> None:
    from newsledger.ledger import parse_date_filter

    assert parse_date_filter("2023", "since") == date(2023, 1, 1)
    assert parse_date_filter("2023", "until", last=True) == date(2023, 12, 31)
    assert parse_date_filter("2024-02", "until", last=True) == date(2024, 2, 29)
    assert parse_date_filter("2023-06", "since") == date(2023, 6, 1)
    # incidents stored with their dates as given, so the filters alone are under test (no
    # extraction, no merge): a year or a month reaches its last day for `until`
    days = ("2022-12-31", "2023-06-30", "2023-12-31", "2024-01-01", "2024-02-29")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with open_store(url) as store:
        store.save_incidents([_dated(f"inc-{n}", day) for n, day in enumerate(days)])
    for args, count in (
        (("--since", "2023", "--until", "2023"), 2),
        (("--since", "2023-07"), 3),
        (("--until", "2024-02"), 5),
        (("--until", "2023-06"), 2),
        (("--since", "2024-01", "--until", "2024-01"), 1),
    ):
        code, out = _said("incidents", "--db", url, *args)
        assert code == 0 and out.startswith(f"{count} incident"), (args, out)
    code, out = _said("incidents", "--db", url, "--since", "2023-13")
    assert code == 1 and "use YYYY-MM-DD (or YYYY-MM, YYYY)" in out, out
    with TestClient(create_app(url)) as client:
        found = client.get("/api/incidents", params={"since": "2023", "until": "2023-06"})
        assert found.status_code == 200 and found.json()["total"] == 1
        assert client.get("/api/incidents", params={"since": "23"}).status_code == 422


def _dated(incident_id: str, day: str) -> StoredIncident:
    summary = {
        "id": incident_id,
        "date": day,
        "event_type": "Riots",
        "location": {},
        "sources": 1,
        "conflicts": [],
    }
    return StoredIncident(incident_id, [f"{incident_id}-article:0"], summary)


def test_eval_on_a_folder_of_articles_says_it_wants_gold(tmp_path: Path) -> None:
    (tmp_path / "riot.json").write_text(json.dumps({"text": CROWD}), encoding="utf-8")
    code, out = _said("eval", str(tmp_path))
    assert code == 1
    assert "no gold files here" in out and "use `newsledger ingest`" in out, out
    assert "not readable JSON" not in out and "`format` must be" not in out


def test_posting_articles_without_the_json_content_type_says_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'api.db'}"
    body = json.dumps([{"text": CROWD, "outlet": "Lille Evening Post"}])
    with TestClient(create_app(url, write_token="tok")) as client:
        auth = {"Authorization": "Bearer tok"}
        as_form = {**auth, "Content-Type": "application/x-www-form-urlencoded"}  # `curl -d`
        answer = client.post("/api/articles", content=body, headers=as_form)
        assert answer.status_code == 415, answer.text
        said = answer.json()["error"]
        assert "'application/x-www-form-urlencoded'" in said
        assert "Content-Type: application/json" in said
        as_json = {**auth, "Content-Type": "application/json"}
        not_a_list = client.post(
            "/api/articles", content=json.dumps({"text": CROWD}), headers=as_json
        )
        assert not_a_list.status_code == 422
        assert "must be a JSON list" in not_a_list.json()["error"]
        stored = client.post("/api/articles", content=body, headers=as_json)
        assert stored.status_code == 201 and stored.json()["stored"] == 1


def test_a_refused_file_is_one_line_in_a_log(tmp_path: Path) -> None:
    folder = tmp_path / "inbox with a rather long folder name for the log line"
    folder.mkdir()
    (folder / "scan.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "riot.txt").write_text(CROWD, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'log.db'}"
    result = runner.invoke(app, ["ingest", str(folder), "--db", url, "--no-extract"])
    assert result.exit_code == 0, result.output
    (line,) = [row for row in result.output.splitlines() if "scan.bin" in row]
    assert line.endswith("binary file, not text (NUL bytes or control characters)"), line
    code, _ = _said("rejections", "--db", url)
    listed = runner.invoke(app, ["rejections", "--db", url]).output.splitlines()
    assert code == 0 and len(listed) == 1 and listed[0].endswith("control characters)")


def test_the_web_page_keeps_a_sub_event_type_it_filters_by(crowd_url: str) -> None:
    with TestClient(create_app(crowd_url)) as client:
        page = client.get("/", params={"type": "Riots / Mob violence"})
        assert page.status_code == 200
        assert '<option value="Riots / Mob violence" selected>' in page.text
        assert '<span id="total">1</span> incident ' in page.text
        plain = client.get("/", params={"type": "Riots"}).text
        assert '<option value="Riots" selected>' in plain
        assert plain.count('<option value="Riots"') == 1


def test_an_empty_list_says_what_to_try(crowd_url: str, tmp_path: Path) -> None:
    code, out = _said("incidents", "--db", crowd_url, "--place", "Lile")
    assert code == 0 and out.startswith("0 incidents"), out
    assert "no incident matches these filters" in out and "check the place's spelling" in out
    code, out = _said("incidents", "--db", crowd_url, "--place", "Lille")
    assert code == 0 and "no incident matches" not in out, out
    (tmp_path / "riot.txt").write_text(CROWD, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'stored_only.db'}"
    assert _said("ingest", str(tmp_path / "riot.txt"), "--db", url, "--no-extract")[0] == 0
    code, out = _said("incidents", "--db", url)
    assert code == 0 and "no incidents yet: add reports with `newsledger ingest FILES`" in out


def test_version_is_printed() -> None:
    from newsledger import __version__

    code, out = _said("--version")
    assert code == 0 and out == f"newsledger {__version__}"

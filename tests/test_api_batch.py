"""`POST /api/articles` with one bad record among good ones: the good ones are stored and the bad
one is answered by its place and reason, as one bad file never stops `newsledger ingest`.
Sentences written for this test."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from newsledger.serve.api import create_app
from newsledger.store import open_store

TOKEN = "batch-test-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def test_one_bad_record_does_not_reject_the_batch(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'batch.db'}"
    client = TestClient(create_app(db, write_token=TOKEN))
    good = [
        {"text": "A cyclist was hurt when a van struck her on the ring road in Tilburg on Friday."},
        {"text": "Two men were arrested after a fight outside a bar in Breda late on Saturday."},
    ]
    records = [good[0], {"title": "no text here"}, "not an object", good[1], {"text": 7}]
    answer = client.post("/api/articles", json=records, headers=HEADERS)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["stored"] == 2 and len(body["article_ids"]) == 2
    assert body["rejected"] == 3
    assert [r["index"] for r in body["rejections"]] == [1, 2, 4]
    assert [r["origin"] for r in body["rejections"]] == ["api:2", "api:3", "api:5"]
    assert "text" in body["rejections"][0]["reason"]
    assert all(r["at"] for r in body["rejections"])
    with open_store(db) as store:
        assert store.count_articles() == 2
        assert sorted(r.origin for r in store.list_rejections()) == ["api:2", "api:3", "api:5"]


def test_a_body_that_is_no_list_is_still_422_and_documented(tmp_path: Path) -> None:
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'one.db'}", write_token=TOKEN))
    one = client.post("/api/articles", json={"text": "A shed burned in Delft."}, headers=HEADERS)
    assert one.status_code == 422
    post = client.get("/openapi.json").json()["paths"]["/api/articles"]["post"]
    body_schema = post["requestBody"]["content"]["application/json"]["schema"]
    assert body_schema["type"] == "array"
    assert "text" in body_schema["items"]["properties"]
    assert "text" in body_schema["items"]["required"]
    assert "rejections" in post["responses"]["422"]["description"]

"""Regenerate cc_news_sample.warc.gz: three short pages of our own, shaped like CC-NEWS records.

Run from this folder: `python make_warc.py`. Record 2 has no date in its HTML (its WARC-Date is
used); record 3 is a page with no article text; a request and a metadata record are skipped.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).with_name("cc_news_sample.warc.gz")

PAGES = [
    (
        "https://www.lakeside-post.example/news/2020/02/protest-bridge",
        "2020-02-08T06:12:44Z",
        """<html><head><title>Protesters block ring-road bridge for three hours</title>
<meta property="og:site_name" content="Lakeside Post">
<meta property="article:published_time" content="2020-02-07T18:30:00Z"></head>
<body><article><h1>Protesters block ring-road bridge for three hours</h1>
<p>Several hundred people opposed to a planned waste incinerator sat down on the ring-road
bridge on Friday afternoon, halting traffic in both directions for about three hours.</p>
<p>Police said the protest was peaceful until a small group threw bottles at officers who were
moving the crowd, and four people were detained. One officer was treated for a cut to the hand.</p>
<p>Organisers said they would return next week if the council did not pause the project.</p>
</article></body></html>""",
    ),
    (
        "https://dailyharbour.example/2020/02/08/market-stall-fire",
        "2020-02-08T09:01:02Z",
        """<html><head><title>Fire damages stalls at covered market</title></head>
<body><div class="story"><h1>Fire damages stalls at covered market</h1>
<p>A fire that started in a bakery oven spread to six neighbouring stalls at the covered market
early on Saturday, the fire brigade said. Traders were evacuated and nobody was injured.</p>
<p>Investigators believe the blaze was an accident. The market will reopen on Monday apart from
the damaged section, which has been fenced off.</p></div></body></html>""",
    ),
    (
        "https://dailyharbour.example/subscribe",
        "2020-02-08T09:05:00Z",
        """<html><head><title>Subscribe</title></head><body><nav><a href="/">Home</a></nav>
<form><input name="email"><button>Subscribe</button></form></body></html>""",
    ),
]


def build(out: Path = OUT) -> Path:
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(out.name, {"software": "make_warc.py"}))
        for url, when, html in PAGES:
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True),
                warc_headers_dict={"WARC-Date": when},
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(html.encode("utf-8")),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": when},
            )
            writer.write_record(response)
    return out


if __name__ == "__main__":
    print(build())

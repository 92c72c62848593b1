"""The readers on realistic samples, one test per format."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.read import article_id, read_paths, read_stream
from eventwire.records import Article, ReadFailure

SAMPLES = Path(__file__).parent / "samples"


def articles(items):
    return [item for item in items if isinstance(item, Article)]


def failures(items):
    return [item for item in items if isinstance(item, ReadFailure)]


def test_text_file_with_sidecar(tmp_path):
    (tmp_path / "report.txt").write_text(
        "Rebels shelled the outskirts of the city on Sunday, killing four civilians, "
        "according to a hospital director.\n",
        encoding="utf-8",
    )
    (tmp_path / "report.meta.json").write_text(
        json.dumps({"id": "r-1", "title": "Shelling", "outlet": "Wire", "published": "June 3, 2019",
                    "url": "https://example.org/r-1", "language": "en"}),
        encoding="utf-8",
    )
    [article] = list(read_paths([str(tmp_path / "report.txt")]))
    assert article.id == "r-1"
    assert article.title == "Shelling" and article.outlet == "Wire"
    assert article.published == "2019-06-03"
    assert article.url == "https://example.org/r-1"
    assert article.text.startswith("Rebels shelled")
    assert article.origin == str(tmp_path / "report.txt")


def test_text_file_without_sidecar_takes_defaults_and_gets_hash_id(tmp_path):
    path = tmp_path / "plain.txt"
    text = "Police dispersed a crowd of protesters in the capital on Friday with tear gas, witnesses said."
    path.write_text(text, encoding="utf-8")
    [article] = list(read_paths([str(path)], published="2020-01-31", outlet="Local Radio"))
    assert article.published == "2020-01-31" and article.outlet == "Local Radio"
    assert article.id == article_id(text) and len(article.id) == 16
    assert article.language == "en"


def test_sidecar_values_win_over_defaults(tmp_path):
    (tmp_path / "a.txt").write_text("Troops entered the village on Monday after heavy fighting, officials said.")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2015-02-02", "outlet": "Given"}))
    [article] = list(read_paths([str(tmp_path / "a.txt")], published="2001-01-01", outlet="Default"))
    assert (article.published, article.outlet) == ("2015-02-02", "Given")


def test_html_news_page_main_text_and_metadata():
    [article] = list(read_paths([str(SAMPLES / "news-page.html")]))
    assert "killing at least six officers" in article.text
    assert "Most read" not in article.text and "Subscribe" not in article.text
    assert "analytics" not in article.text
    assert article.title == "Gunmen attack police post in northern Burkina Faso"
    assert article.outlet == "Sahel Daily Monitor"
    assert article.published == "2023-03-14"
    assert article.url == "https://sahel-monitor.example.org/2023/03/14/djibo-police-post-attack"
    assert article.language == "en"


def test_html_lang_attribute_is_the_stated_language(tmp_path):
    page = (SAMPLES / "news-page.html").read_bytes().replace(b'<html lang="en">', b'<html lang="fr-FR">')
    (tmp_path / "p.html").write_bytes(page)
    [article] = read_paths([str(tmp_path / "p.html")])
    assert article.language == "fr"


def test_rss2_feed_entries_with_content_and_summary():
    items = list(read_paths([str(SAMPLES / "feed-rss2.xml")]))
    assert not failures(items)
    hotel, protest = articles(items)
    # content:encoded (longer) wins over the one-line description; tags are stripped
    assert "At least 20 people were killed" in hotel.text and "<b>" not in hotel.text
    assert hotel.text.split("\n")[0].endswith("police said.")
    assert hotel.outlet == "Horn Observer" and hotel.language == "en"
    assert hotel.published == "2022-08-21"
    assert hotel.url == "https://horn-observer.example.net/news/mogadishu-hotel-siege"
    assert protest.text.startswith("Hundreds of people blocked") and "<p>" not in protest.text
    assert protest.published == "2022-08-23"


def test_atom_feed_keeps_local_publication_date_and_reports_empty_entry():
    items = list(read_paths([str(SAMPLES / "feed-atom.xml")]))
    [article] = articles(items)
    # 21:30 at UTC-5 is 02:30 UTC the next day: the date as published is kept
    assert article.published == "2021-05-04"
    assert article.outlet == "Andes Wire" and article.title.startswith("Clashes in Cali")
    [failure] = failures(items)
    assert "entry 2" in failure.reason and "no article text" in failure.reason


def test_xml_that_is_not_a_feed_fails(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><a>1</a></settings>')
    [failure] = list(read_paths([str(path)]))
    assert isinstance(failure, ReadFailure)
    assert "feed" in failure.reason


def test_jsonl_lines_and_a_truncated_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"id": "j1", "url": "https://x.example/1", "title": "T1", "outlet": "Wire",
            "published": "2018-07-09T10:00:00Z",
            "text": "Two soldiers were killed when their vehicle struck a roadside bomb on Sunday, the army said."}
    other = {"url": "https://x.example/2",
             "text": "Farmers and herders clashed over grazing land near the river, leaving several dead, police said."}
    truncated = json.dumps(other)[:40]
    path.write_text("\n".join([json.dumps(good), truncated, "", json.dumps(other), "[1, 2]"]) + "\n")
    items = list(read_paths([str(path)]))
    first, second = articles(items)
    assert first.id == "j1" and first.published == "2018-07-09" and first.origin == f"{path}#1"
    assert second.id == article_id(other["text"], other["url"]) and second.origin == f"{path}#4"
    bad = failures(items)
    assert [f.origin for f in bad] == [f"{path}#2", f"{path}#5"]
    assert "not valid JSON" in bad[0].reason and "line 2" in bad[0].reason
    assert "expected a JSON object" in bad[1].reason


def _warc_gz(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def test_warc_gz_html_responses_are_read(tmp_path):
    page = (SAMPLES / "news-page.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    _warc_gz(path, [
        ("https://sahel-monitor.example.org/a", "text/html; charset=utf-8", page),
        ("https://sahel-monitor.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ])
    items = list(read_paths([str(path)]))
    [article] = items
    assert isinstance(article, Article)
    assert "killing at least six officers" in article.text
    assert article.url == "https://sahel-monitor.example.org/a"
    assert article.origin == f"{path}#https://sahel-monitor.example.org/a"
    # same page from the file and the crawl: same text, so the id differs only through the URL
    assert article.id == article_id(article.text, article.url)


def test_truncated_warc_fails_after_the_records_it_could_read(tmp_path):
    page = (SAMPLES / "news-page.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    _warc_gz(path, [("https://a.example/1", "text/html", page), ("https://a.example/2", "text/html", page)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 300])
    items = list(read_paths([str(path)]))
    assert len(articles(items)) == 1
    [failure] = failures(items)
    assert failure.origin.endswith("#https://a.example/2") and "truncated" in failure.reason


def test_garbage_with_warc_extension_fails(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 20)
    [failure] = read_paths([str(path)])
    assert isinstance(failure, ReadFailure) and "WARC" in failure.reason


def test_folder_is_walked_sorted_skipping_sidecars_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Security forces arrested twelve people after the rally on Sunday, police said.")
    (tmp_path / "a.txt").write_text("Gunmen abducted three aid workers from a convoy on Tuesday, the agency said.")
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "Sidecar News"}))
    (tmp_path / "a.gold.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("secret notes that should not be read as an article at all")
    items = list(read_paths([str(tmp_path)]))
    assert [Path(item.origin).name for item in items] == ["a.txt", "z.txt"]
    assert items[0].outlet == "Sidecar News"


def test_same_article_read_twice_gets_the_same_id(tmp_path):
    text = "Protesters  gathered outside parliament on Monday,\n demanding the minister resign."
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(text)
    two.write_text(" ".join(text.split()))  # only whitespace differs
    first, second = read_paths([str(one), str(two)])
    assert first.id == second.id
    assert list(read_paths([str(one)]))[0].id == first.id


@pytest.mark.parametrize(
    "head,kind",
    [
        (b"WARC/1.0\r\n", "warc"),
        (b"\x1f\x8b\x08", "warc"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'{"text": "x"}\n', "jsonl"),
        (b"Gunmen attacked a checkpoint.", "text"),
    ],
)
def test_sniff(head, kind):
    from eventwire.read import sniff

    assert sniff(head) == kind


def test_stdin_stream_is_sniffed():
    feed = (SAMPLES / "feed-rss2.xml").read_bytes()
    items = list(read_stream(io.BytesIO(feed), "-"))
    assert len(articles(items)) == 2
    lines = b'{"id": "s1", "text": "Militia fighters seized the airport on Wednesday, residents said, after a day of shelling."}\n'
    [article] = read_stream(io.BytesIO(lines), "-")
    assert article.id == "s1" and article.origin == "-#1"
    [article] = read_stream(io.BytesIO(b"Armed men burned the market in the town on Saturday, a local chief said."), "-")
    assert article.origin == "-" and article.text.startswith("Armed men")


def test_gzip_text_is_not_mistaken_for_warc_by_extension(tmp_path):
    path = tmp_path / "notes.txt.gz"
    path.write_bytes(gzip.compress(b"hello"))
    [failure] = read_paths([str(path)])
    assert isinstance(failure, ReadFailure) and "unknown file type '.gz'" in failure.reason

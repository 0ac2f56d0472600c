"""Each reader on realistic inputs, the bad inputs of issue 2, and property-based tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.errors import ErrorCode
from transforms.readers import (RawRecord, ReaderConfig, Rejected, Skipped, input_files, records_from_bytes,
                                records_from_file)

ARTICLE = ("Japan pledged $2 billion on Tuesday to rebuild ports in the Philippines, Prime Minister Shigeru Ishiba "
           "said.\n\nManila welcomed the offer but said it would not accept conditions on procurement.")


def read(path: Path, **kw) -> list[RawRecord | Rejected]:
    return list(records_from_file(path, **kw))


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return p


def test_txt_with_header(tmp_path):
    p = write(tmp_path, "a.txt", f"date 2025-03-04\ntitle Japan pledges port aid\nurl https://example.org/a\n\n"
                                 f"{ARTICLE}\n")
    [r] = read(p)
    assert (r.published, r.title, r.url, r.reader) == ("2025-03-04", "Japan pledges port aid",
                                                        "https://example.org/a", "txt")
    assert r.text.strip() == ARTICLE
    assert r.fields_used == "header:date,header:title,header:url"


def test_txt_without_header_is_all_body(tmp_path):
    [r] = read(write(tmp_path, "b.txt", ARTICLE))
    assert r.published is None and r.text == ARTICLE


def test_txt_lone_title_word_in_prose_is_not_a_header(tmp_path):
    [r] = read(write(tmp_path, "c.txt", "title fights dominate the sports pages\nbut leaders met in Rome."))
    assert r.title is None and r.text.startswith("title fights")


def test_jsonl_with_aliases_says_which_it_used(tmp_path):
    lines = [json.dumps({"id": "a1", "published_date": "2025-01-02", "url": "u", "title": "t", "text": ARTICLE}),
             json.dumps({"id": "a2", "date": "2025-01-03", "body": ARTICLE + " More."}),
             json.dumps({"id": "a3", "published": "2025-01-04T10:00:00Z", "content": ARTICLE + " Again."})]
    recs = read(write(tmp_path, "d.jsonl", "\n".join(lines) + "\n"))
    assert [r.own_id for r in recs] == ["a1", "a2", "a3"]
    assert recs[1].fields_used == "id,date->published_date,body->text"
    assert recs[2].published == "2025-01-04T10:00:00Z"
    assert [r.line for r in recs] == [1, 2, 3]


def test_malformed_json_line_is_rejected_and_the_rest_goes_on(tmp_path):
    content = json.dumps({"id": "ok1", "text": ARTICLE}) + "\n{\"id\": \"bad\", \"text\": \n" + \
        json.dumps({"id": "ok2", "text": ARTICLE + "!"}) + "\n"
    recs = read(write(tmp_path, "e.jsonl", content))
    assert [type(r).__name__ for r in recs] == ["RawRecord", "Rejected", "RawRecord"]
    bad = recs[1]
    assert bad.code is ErrorCode.PF201 and bad.line == 2 and "malformed JSON" in bad.reason
    assert bad.raw.startswith('{"id": "bad"') and bad.message().startswith(f"{bad.source_path}:2: PF201")


@pytest.mark.parametrize("content, n", [
    (json.dumps([{"id": "x", "text": ARTICLE}, {"id": "y", "text": ARTICLE + "."}]), 2),
    (json.dumps({"id": "x", "text": ARTICLE}), 1),
    (json.dumps({"id": "x", "text": ARTICLE}) + "\n" + json.dumps({"id": "y", "text": "Other."}), 2),
])
def test_json_array_object_or_lines(tmp_path, content, n):
    recs = read(write(tmp_path, "f.json", content))
    assert len(recs) == n and all(isinstance(r, RawRecord) for r in recs)


def test_json_item_that_is_not_an_object(tmp_path):
    recs = read(write(tmp_path, "g.json", json.dumps([{"text": ARTICLE}, "just a string"])))
    assert isinstance(recs[1], Rejected) and recs[1].code is ErrorCode.PF202 and recs[1].line == 2


def test_csv_with_multiline_text_and_a_broken_row(tmp_path):
    content = ('id,published_date,title,text\n'
               'c1,2025-05-01,"Aid, again","Line one.\n\nLine two, with comma."\n'
               'c2,2025-05-02,Short,One more,extra field\n'
               'c3,2025-05-03,Third,"Third text."\n')
    recs = read(write(tmp_path, "h.csv", content))
    assert isinstance(recs[0], RawRecord) and recs[0].text == "Line one.\n\nLine two, with comma."
    assert recs[0].line == 2
    assert isinstance(recs[1], Rejected) and recs[1].code is ErrorCode.PF203 and recs[1].line == 5
    assert isinstance(recs[2], RawRecord) and recs[2].own_id == "c3" and recs[2].line == 6


def test_csv_without_text_column(tmp_path):
    [r] = read(write(tmp_path, "i.csv", "id,title\n1,x\n"))
    assert isinstance(r, Rejected) and r.code is ErrorCode.PF203 and "no text column" in r.reason


HTML = """<!doctype html><html><head><title>Japan pledges port aid | Example News</title>
<meta property="og:title" content="Japan pledges port aid">
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Japan pledges port aid</h1><p class="byline">By A. Writer</p>
<p>Japan pledged $2 billion on Tuesday to rebuild ports in the Philippines, Prime Minister Shigeru Ishiba said
in Tokyo after meeting his Philippine counterpart.</p>
<p>Manila welcomed the offer but said it would not accept conditions on procurement, officials said.</p>
</article><aside><h3>Most read</h3><ul><li><a href="/1">Stocks fall</a></li><li><a href="/2">Storm</a></li></ul>
</aside><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_without_boilerplate(tmp_path):
    [r] = read(write(tmp_path, "j.html", HTML))
    assert isinstance(r, RawRecord) and r.reader == "html"
    assert "Japan pledged $2 billion" in r.text and "Manila welcomed" in r.text
    for junk in ("Home", "cookies", "Most read", "Copyright", "Stocks fall"):
        assert junk not in r.text
    assert r.published == "2025-03-04"
    assert "\n\n" in r.text  # paragraphs kept


def test_html_with_no_main_text(tmp_path):
    [r] = read(write(tmp_path, "k.html", "<html><body><nav>Home</nav></body></html>"))
    assert isinstance(r, Rejected) and r.code is ErrorCode.PF305


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Japan pledges port aid</title><link>https://example.org/a</link><guid>wire-1</guid>
<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>Japan pledged $2 billion on Tuesday.</p><p>Manila welcomed it.</p>]]></content:encoded>
</item>
<item><title>Seoul talks</title><link>https://example.org/b</link><guid>wire-2</guid>
<pubDate>Wed, 05 Mar 2025 08:00:00 GMT</pubDate><description>Only a summary here.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<id>urn:wire</id><updated>2025-03-04T08:00:00Z</updated>
<entry><id>urn:wire:1</id><title>Japan pledges port aid</title><link href="https://example.org/a"/>
<published>2025-03-04T08:00:00Z</published><updated>2025-03-04T09:00:00Z</updated>
<content type="html">&lt;p&gt;Japan pledged $2 billion.&lt;/p&gt;&lt;p&gt;Manila welcomed it.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_full_text_or_summary(tmp_path):
    recs = read(write(tmp_path, "l.rss", RSS))
    assert [r.own_id for r in recs] == ["wire-1", "wire-2"]
    assert recs[0].text == "Japan pledged $2 billion on Tuesday.\n\nManila welcomed it."
    assert recs[0].published.startswith("Tue, 04 Mar 2025")
    assert recs[1].text == "Only a summary here." and "summary->text" in recs[1].fields_used


def test_atom_entry(tmp_path):
    [r] = read(write(tmp_path, "m.atom", ATOM))
    assert r.own_id == "urn:wire:1" and r.url == "https://example.org/a"
    assert r.text == "Japan pledged $2 billion.\n\nManila welcomed it."


def test_xml_that_is_not_a_feed(tmp_path):
    [r] = read(write(tmp_path, "n.xml", "<config><a>1</a></config>"))
    assert isinstance(r, Rejected) and r.code is ErrorCode.PF204


@pytest.mark.parametrize("name, content, code", [
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrorCode.PF102),
    ("latin1.txt", "Caf\u00e9 talks in Bogot\u00e1".encode("latin-1"), ErrorCode.PF103),
    ("bad.jsonl", b'{"id": "x", "text": "caf\xe9"}\n', ErrorCode.PF103),
    ("notes.docx", b"PK\x03\x04", ErrorCode.PF105),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, content, code):
    [r] = read(write(tmp_path, name, content))
    assert isinstance(r, Rejected) and r.code is code and r.reason
    assert r.source_path.endswith(name)


def test_jsonl_is_streamed_and_a_bad_line_is_rejected_alone(tmp_path):
    lines = [b'{"id": "a", "date": "2025-03-02", "text": "Kenya pledged 1,000 police officers to Haiti."}',
             b'{"id": "b", "text": "caf\xe9 au lait"}',
             b'{"id": "c", "text": "Ghana signed the cocoa accord on Monday."}']
    out = read(write(tmp_path, "feed.jsonl", b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n"))
    assert [r.own_id for r in out if not isinstance(r, Rejected)] == ["a", "c"]
    [bad] = [r for r in out if isinstance(r, Rejected)]
    assert bad.code is ErrorCode.PF103 and bad.line == 2 and "line 2" in bad.reason
    assert [r.line for r in out if not isinstance(r, Rejected)] == [1, 3]


def test_utf16_with_bom_is_read(tmp_path):
    [r] = read(write(tmp_path, "u16.txt", "\ufeffKyiv is unwilling.".encode("utf-16")))
    assert isinstance(r, RawRecord) and r.text.lstrip("\ufeff") == "Kyiv is unwilling."


def test_very_large_file_is_rejected_without_reading(tmp_path):
    p = write(tmp_path, "big.jsonl", json.dumps({"id": "x", "text": "word " * 5000}))
    [r] = read(p, config=ReaderConfig(max_file_bytes=10_000))
    assert isinstance(r, Rejected) and r.code is ErrorCode.PF104 and "25,0" in r.reason


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_readme(tmp_path):
    for name in ("b.txt", "a.jsonl", "sub/c.csv", ".hidden.txt", "README.md", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    items = list(input_files([tmp_path, tmp_path / "missing.txt"]))
    files = [i.name for i in items if isinstance(i, Path)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert files == ["a.jsonl", "b.txt", "c.csv"]
    assert len(skipped) == 2
    assert isinstance(items[-1], Rejected) and items[-1].code is ErrorCode.PF101


# ---- property-based: readers never raise, and never lose a record silently ----------------------------------
@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".html", ".xml"]))
def test_readers_never_raise_on_arbitrary_bytes(data, suffix):
    for rec in records_from_bytes(data, source_path="fuzz" + suffix, suffix=suffix):
        assert isinstance(rec, (RawRecord, Rejected))
        if isinstance(rec, Rejected):
            assert rec.reason and rec.code in ErrorCode


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=10), "text": _texts}), max_size=8))
def test_jsonl_roundtrip_every_line_is_a_record(objs):
    data = "\n".join(json.dumps(o) for o in objs).encode("utf-8")
    recs = list(records_from_bytes(data, source_path="p.jsonl", suffix=".jsonl"))
    assert [(r.own_id, r.text) for r in recs] == [(o["id"], o["text"]) for o in objs]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="abc123", min_size=1, max_size=6),
                          st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                                  max_size=200)), max_size=6))
def test_csv_roundtrip_every_row_is_a_record(rows):
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "text"])
    w.writerows(rows)
    recs = list(records_from_bytes(buf.getvalue().encode("utf-8"), source_path="p.csv", suffix=".csv"))
    got = [(r.own_id, r.text) for r in recs if isinstance(r, RawRecord)]
    rejected = [r for r in recs if isinstance(r, Rejected)]
    assert len(got) + len(rejected) == len(rows)
    if not rejected:
        assert got == [(i, t) for i, t in rows]

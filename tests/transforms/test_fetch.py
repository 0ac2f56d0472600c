"""Fetching over real HTTP from a loopback server (tests/loopback.py) serving tests/fixtures/http/."""
from __future__ import annotations

import socket

import pandas as pd
import pytest

from tests.loopback import Loopback
from transforms import stages
from transforms.fetch import (USER_AGENT, FeedSource, FetchSettings, FetchState, PageSource, RawRecord, Rejected,
                              fetch_all, load_sources, state_path)
from transforms.storage import Store

FAST = FetchSettings(min_interval_s=0.0, retries=0, timeout_s=5)


@pytest.fixture
def web():
    with Loopback() as server:
        yield server


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _docs(batch) -> dict[str, RawRecord]:
    return {r.own_id or r.source_path: r for r in batch.records if isinstance(r, RawRecord)}


def test_feed_items_become_records_and_summary_items_get_their_article_text(web):
    batch = fetch_all([FeedSource(web.url("/world.rss"))], state=FetchState(), settings=FAST)
    docs = _docs(batch)
    full, summary_only = docs["loopback-world-0001"], docs["loopback-world-0002"]
    assert full.source_path == web.url("/world.rss") and full.line == 1 and full.reader == "feed"
    assert full.text.startswith("TOKYO, September 2")
    article = web.url("/articles/kenya-haiti-police.html")
    assert summary_only.source_path == summary_only.url == article and summary_only.reader == "html"
    assert summary_only.text.startswith("NAIROBI, September 3 — Kenya agreed")
    assert "cookies" not in summary_only.text and "Most read" not in summary_only.text  # boilerplate dropped
    assert summary_only.published == "Wed, 03 Sep 2025 14:00:00 GMT"  # the feed's date and title are kept
    assert summary_only.title == "Kenya agrees to send 1,000 more police officers to Haiti"
    assert (batch.stats.items_new, batch.stats.articles_fetched, batch.stats.failures) == (2, 1, 0)
    assert {r.headers["User-Agent"] for r in web.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("pledgeflow/") and "(+https://github.com/pledgeflow)" in USER_AGENT


def test_conditional_requests_make_unchanged_sources_cost_one_304(web):
    sources = [FeedSource(web.url("/world.rss")), PageSource(web.url("/articles/ghana-cocoa-page.html"))]
    first = fetch_all(sources, state=FetchState(), settings=FAST)
    assert len(_docs(first)) == 3
    second = fetch_all(sources, state=first.state, settings=FAST)
    assert second.records == [] and second.stats.not_modified == 2
    feed_hits = web.hits("/world.rss")
    assert [h.status for h in feed_hits] == [200, 304]
    assert feed_hits[1].headers["If-None-Match"] == first.state.validators[web.url("/world.rss")]["etag"]
    assert feed_hits[1].headers["If-Modified-Since"] == "Thu, 04 Sep 2025 12:00:00 GMT"
    assert len(web.hits("/articles/kenya-haiti-police.html")) == 1


def test_items_already_seen_are_skipped_when_the_feed_changes(web):
    feed = FeedSource(web.url("/world.rss"))
    first = fetch_all([feed], state=FetchState(), settings=FAST)
    new_item = (b'<item><title>Chile offers firefighters to Bolivia</title>'
                b'<guid isPermaLink="false">loopback-world-0003</guid>'
                b"<pubDate>Thu, 04 Sep 2025 10:00:00 GMT</pubDate><description>Chile offered 200 firefighters to "
                b"Bolivia on Thursday to fight the fires in Santa Cruz.</description></item></channel>")
    web.routes["/world.rss"] = web.body("/world.rss").replace(b"</channel>", new_item)
    second = fetch_all([feed], state=first.state, settings=FAST)
    assert list(_docs(second)) == ["loopback-world-0003"]  # no link: the summary is the text
    assert second.stats.items_seen == 2
    assert len(web.hits("/articles/kenya-haiti-police.html")) == 1  # the article page is not fetched again
    assert second.state.seen[web.url("/world.rss")][-1] == "loopback-world-0003"
    assert first.state.seen[web.url("/world.rss")] == ["loopback-world-0001", "loopback-world-0002"]  # not mutated


def test_a_failing_feed_never_stops_the_others(web):
    web.fail["/down.rss"] = 503
    web.routes["/not-a-feed.rss"] = b"<html><body>Moved. See our new site.</body></html>"
    dead = f"http://127.0.0.1:{_closed_port()}/feed.xml"
    sources = [FeedSource(web.url("/down.rss")), FeedSource(dead), FeedSource(web.url("/not-a-feed.rss")),
               FeedSource(web.url("/missing.rss")), FeedSource(web.url("/desk.atom"))]
    batch = fetch_all(sources, state=FetchState(), settings=FAST.model_copy(update={"retries": 1, "backoff_s": 0}))
    rejected = {r.source_path: r for r in batch.rejected}
    assert set(rejected) == {web.url("/down.rss"), dead, web.url("/not-a-feed.rss"), web.url("/missing.rss")}
    assert "HTTP 503" in rejected[web.url("/down.rss")].reason and "2 attempts" in rejected[web.url("/down.rss")].reason
    assert len(web.hits("/down.rss")) == 2  # retried once
    assert "network error" in rejected[dead].reason
    assert rejected[web.url("/not-a-feed.rss")].code.name == "PF204"
    assert "HTTP 404" in rejected[web.url("/missing.rss")].reason and len(web.hits("/missing.rss")) == 1
    assert list(_docs(batch)) == ["urn:pledgeflow:loopback:europe:0001"]
    assert list(batch.state.validators) == [web.url("/desk.atom")]  # failed feeds are fetched in full next time


def test_a_failed_article_page_keeps_the_summary_and_is_tried_again(web):
    web.fail["/articles/kenya-haiti-police.html"] = 500
    feed = FeedSource(web.url("/world.rss"))
    first = fetch_all([feed], state=FetchState(), settings=FAST)
    [rejected] = first.rejected
    assert rejected.source_path == web.url("/articles/kenya-haiti-police.html")
    summary = "Nairobi will expand its contingent in the gang suppression force."
    assert _docs(first)["loopback-world-0002"].text == summary
    assert first.state.seen[web.url("/world.rss")] == ["loopback-world-0001"]
    del web.fail["/articles/kenya-haiti-police.html"]
    web.routes["/world.rss"] = web.body("/world.rss") + b"\n"  # a new ETag, so the feed is read again
    second = fetch_all([feed], state=first.state, settings=FAST)
    assert _docs(second)["loopback-world-0002"].text.startswith("NAIROBI")


def test_requests_to_one_host_are_spaced_by_the_minimum_interval(web):
    settings = FAST.model_copy(update={"min_interval_s": 0.3})
    pages = [PageSource(web.url(p)) for p in ("/articles/ghana-cocoa-page.html", "/desk.atom", "/world.rss")]
    fetch_all(pages, state=FetchState(), settings=settings)
    times = [r.at for r in web.requests]
    assert len(times) == 3
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:])), times


def test_state_is_saved_atomically_and_a_broken_state_file_starts_afresh(tmp_path):
    state = FetchState(validators={"http://127.0.0.1/f": {"etag": '"x"'}}, seen={"http://127.0.0.1/f": ["a", "b"]})
    path = state_path(tmp_path / "out")
    state.save(path)
    assert FetchState.load(path) == state
    assert [p.name for p in path.parent.iterdir()] == [".fetch_state.json"]  # no temporary file left behind
    path.write_text("{not json")
    assert FetchState.load(path) == FetchState()
    assert FetchState.load(tmp_path / "missing.json") == FetchState()


def test_sources_file_is_typed_and_paths_are_relative_to_it(tmp_path):
    (tmp_path / "sources.toml").write_text('output = "out"\nfolders = ["news"]\n'
                                           '[[feeds]]\nurl = "http://127.0.0.1:1/feed.xml"\n'
                                           '[fetch]\nmin_interval_s = 0.5\n')
    config = load_sources(tmp_path / "sources.toml")
    assert config.output == str(tmp_path / "out") and config.folders == [str(tmp_path / "news")]
    assert config.feeds[0].fetch_articles and config.fetch.min_interval_s == 0.5
    assert config.inputs() == [str(tmp_path / "news"), "http://127.0.0.1:1/feed.xml"]
    (tmp_path / "bad.toml").write_text('[[feeds]]\nurl = "file:///etc/passwd"\n')
    with pytest.raises(ValueError, match="not an http"):
        load_sources(tmp_path / "bad.toml")
    (tmp_path / "typo.toml").write_text('[[feeds]]\nurl = "http://127.0.0.1/x"\nfetch_article = true\n')
    with pytest.raises(ValueError, match="fetch_article"):
        load_sources(tmp_path / "typo.toml")


def test_fetched_records_go_through_the_ingest_stage_with_their_urls(web, tmp_path):
    web.fail["/down.rss"] = 500
    batch = fetch_all([FeedSource(web.url("/world.rss")), FeedSource(web.url("/down.rss"))], state=FetchState(),
                      settings=FAST)
    store = Store(tmp_path / "out")
    summary = stages.ingest([], store=store, run_id="r1", records=batch.records)
    assert (summary.files_seen, summary.records_seen, summary.documents_new, summary.quarantined) == (0, 2, 2, 1)
    stages.publish(store=store, run_id="r1", summary=summary, started=stages.utc_now(), inputs=["feeds"],
                   lexicon_version=None)
    docs = pd.read_parquet(tmp_path / "out" / "documents").set_index("source_id")
    assert docs.loc["loopback-world-0002", "source_path"] == web.url("/articles/kenya-haiti-police.html")
    assert str(docs.loc["loopback-world-0002", "published_date"])[:10] == "2025-09-03"
    q = pd.read_parquet(tmp_path / "out" / "quarantine" / "inputs")
    assert list(q.source_path) == [web.url("/down.rss")] and list(q.code) == ["PF101"]
    assert isinstance(batch.rejected[0], Rejected)

"""Web pages, links and feeds in (issue 15): a news page maps only its story, with the page's
own title, date and canonical URL; links are fetched politely from a real HTTP server on
127.0.0.1 and never twice; RSS and Atom feeds are lists of articles, ``--follow`` fetching
the pages of entries that carry only a summary."""

import json
import time

import pytest

from geomap.dates import iso_date
from geomap.feeds import looks_like_feed, parse_feed
from geomap.models import Article
from geomap.text import read_inputs
from geomap.web import DEFAULT_USER_AGENT, FetchError, Fetcher

from newsserver import PAGES, NewsServer

STORY = (PAGES / "idlib-story.html").read_text(encoding="utf-8")
#: What the story names, and what only the page's menus, byline, related links and footer do.
STORY_PLACES = {"Idlib", "Syria", "Turkey", "Russia", "Ankara", "Saraqib", "Damascus", "Aleppo"}
BOILERPLATE_PLACES = {"London", "Tokyo", "Madrid", "Berlin", "Jakarta", "Lima", "Melbourne", "Paris", "Nairobi",
                      "Sydney", "Toronto", "Johannesburg", "Chicago"}


@pytest.fixture
def site():
    with NewsServer() as server:
        yield server


def _docs(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def _places(doc):
    return {t["place"] for t in doc["toponyms"] if t["place"]}


# --- web pages ----------------------------------------------------------------------------------


def test_a_news_page_maps_only_its_story_with_its_own_title_date_and_url(run, tmp_path):
    page = tmp_path / "story.html"
    page.write_text(STORY, encoding="utf-8")
    result = run("places", page, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [doc] = _docs(result)
    found = _places(doc)
    assert found == STORY_PLACES, found
    assert not found & BOILERPLATE_PLACES
    assert doc["title"] == "Shelling hits Idlib as talks stall"  # the headline, not "… | Example News"
    assert doc["date"] == "2020-02-14"
    assert doc["url"] == "https://news.example.org/world/2020/02/14/idlib-shelling"  # canonical


def test_the_whole_page_would_have_mapped_the_boilerplate(gazetteer):
    """The check above can fail: the page's menus, byline and footer do name those places."""
    from geomap.text import html_to_text

    visible = html_to_text(STORY)
    assert all(name in visible for name in ("London", "Berlin", "Jakarta", "Paris", "Nairobi"))


def test_a_page_with_no_story_to_extract_keeps_its_visible_text():
    [article] = read_inputs(["-"], stdin=_bytes_io(b"<html><body><p>Talks in Ankara.</p></body></html>"))
    assert isinstance(article, Article) and article.text == "Talks in Ankara."


def test_a_page_in_another_charset_is_read_as_it_declares(tmp_path):
    page = tmp_path / "latin.html"
    page.write_bytes('<html><head><meta charset="iso-8859-1"><title>São Paulo</title></head>'
                     '<body><p>Rain fell on São Paulo and Bogotá.</p></body></html>'.encode("latin-1"))
    [article] = read_inputs([str(page)])
    assert isinstance(article, Article), article
    assert "São Paulo and Bogotá" in article.text and article.title == "São Paulo"


# --- links --------------------------------------------------------------------------------------


def test_links_are_fetched_politely_and_a_second_run_sends_nothing(run, site):
    one = site.add("/world/idlib.html", STORY)
    two = site.add("/world/kabul.txt", "Talks resumed in Kabul on Monday.", "text/plain; charset=utf-8")
    first = run("places", one, two, "--format", "jsonl")
    assert first.exit_code == 0, first.output
    docs = _docs(first)
    assert [d["id"] for d in docs] == [one, two]
    assert _places(docs[0]) == STORY_PLACES and _places(docs[1]) == {"Kabul"}
    assert docs[1]["url"] == two  # a page with no canonical URL of its own keeps its address
    assert site.count() == 2
    hits = site.hits
    assert all(h.user_agent.startswith("geomap/") for h in hits)  # it says who it is
    assert hits[1].when - hits[0].when >= 0.95  # one request per host per second
    again = run("places", one, two, "--format", "jsonl")
    assert site.count() == 2  # answered from the cache folder
    assert again.stdout == first.stdout
    assert run("cache", "clear", "--service", "web").stdout == "removed 2 entries\n"
    run("places", one)
    assert site.count() == 3  # forgotten, so fetched again


def test_the_user_agent_and_timeout_options_apply_to_pages(run, site):
    url = site.add("/a.html", STORY)
    assert run("places", url, "--user-agent", "newsroom-map/1.0 (me@example.org)").exit_code == 0
    assert site.hits[0].user_agent == "newsroom-map/1.0 (me@example.org)"
    started = time.monotonic()
    result = run("places", site.url("/slow"), url, "--timeout", "0.5", "--format", "jsonl")
    assert time.monotonic() - started < 4
    assert result.exit_code == 1
    assert result.stderr == f"geomap: {site.url('/slow')}: no answer in 0.5 s\n"


def test_a_failed_fetch_is_one_line_and_exit_1_and_the_rest_is_mapped(run, site, tmp_path):
    good = site.add("/good.html", STORY)
    missing = site.url("/gone.html")
    closed = "http://127.0.0.1:9/nothing-listens-here"
    result = run("map", missing, good, closed, "-o", "map.html")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"geomap: {missing}: HTTP 404 Not Found"
    assert lines[1].startswith(f"geomap: {closed}: cannot fetch (") and len(lines) == 2
    assert "Traceback" not in result.output
    assert result.stdout.startswith(f"{len(STORY_PLACES)} places, ")  # the good page is mapped
    # nothing is cached for a failure: the next run asks again
    before = site.count(missing.replace(site.base, ""))
    run("places", missing)
    assert site.count(missing.replace(site.base, "")) == before + 1


def test_offline_reads_pages_from_the_cache_only(run, site):
    url = site.add("/a.html", STORY)
    result = run("places", url, "--offline")
    assert result.exit_code == 1 and "not in the cache" in result.stderr and site.count() == 0
    run("places", url)
    assert run("places", url, "--offline").exit_code == 0 and site.count() == 1


def test_the_fetcher_refuses_an_oversized_answer(site, monkeypatch):
    import geomap.web

    monkeypatch.setattr(geomap.web, "MAX_BYTES", 1000)
    url = site.add("/big.html", "<p>" + "Ankara " * 500 + "</p>")
    with pytest.raises(FetchError, match="larger than"):
        Fetcher(None).get(url)


def test_the_default_user_agent_names_geomap_and_its_version():
    import geomap

    assert Fetcher(None).user_agent == DEFAULT_USER_AGENT.format(version=geomap.__version__)
    assert Fetcher(None).user_agent.startswith(f"geomap/{geomap.__version__} ")


# --- feeds --------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News: World</title><link>{base}/world</link>
<item>
  <title>Ceasefire talks open in Ankara</title>
  <link>{base}/world/ankara.html</link>
  <guid>ankara-1</guid>
  <pubDate>Fri, 14 Feb 2020 10:30:00 +0300</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>Delegations from Turkey and Russia met in Ankara on Friday.</p>]]></content:encoded>
</item>
<item>
  <title>Aid convoys turned back</title>
  <link>{base}/world/idlib.html</link>
  <pubDate>Sat, 15 Feb 2020 08:00:00 GMT</pubDate>
  <description>&lt;p&gt;Convoys bound for the north were turned back.&lt;/p&gt;</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example News</title><id>urn:example</id><updated>2020-02-16T00:00:00Z</updated>
  <entry>
    <title>Floods in Jakarta</title><id>urn:example:jakarta</id>
    <link href="{base}/asia/jakarta.html"/>
    <updated>2020-02-16T06:00:00Z</updated>
    <summary>Heavy rain flooded Jakarta overnight.</summary>
  </entry>
</feed>
"""


def test_an_rss_feed_is_a_list_of_articles_with_title_date_and_link(run, site, tmp_path):
    feed = tmp_path / "world.rss"
    feed.write_text(RSS.format(base=site.base), encoding="utf-8")
    result = run("places", feed, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    first, second = _docs(result)
    assert (first["id"], first["title"], first["date"], first["url"]) == (
        site.url("/world/ankara.html"), "Ceasefire talks open in Ankara", "2020-02-14T10:30:00+03:00",
        site.url("/world/ankara.html"))
    assert _places(first) == {"Ankara", "Turkey", "Russia"}  # the full content, not the summary
    assert (second["title"], second["date"]) == ("Aid convoys turned back", "2020-02-15T08:00:00+00:00")
    assert _places(second) == set()  # only the summary, which names no place
    assert site.count() == 0  # without --follow nothing is fetched


def test_follow_fetches_the_pages_of_entries_with_only_a_summary(run, site, tmp_path):
    site.add("/world/idlib.html", STORY)
    feed = tmp_path / "world.rss"
    feed.write_text(RSS.format(base=site.base), encoding="utf-8")
    result = run("places", feed, "--format", "jsonl", "--follow")
    assert result.exit_code == 0, result.output
    first, second = _docs(result)
    assert site.count() == 1 and site.hits[0].path == "/world/idlib.html"  # not the full entry's page
    assert _places(second) == STORY_PLACES
    # the feed's own title, date and link stay the article's
    assert (second["title"], second["date"], second["url"]) == (
        "Aid convoys turned back", "2020-02-15T08:00:00+00:00", site.url("/world/idlib.html"))


def test_a_feed_given_by_its_url_and_a_failed_follow(run, site):
    url = site.add("/atom.xml", ATOM.format(base=site.base), "application/atom+xml")
    result = run("places", url, "--format", "jsonl", "--follow")
    assert result.exit_code == 1  # the entry's page is missing...
    assert result.stderr == (f"geomap: {site.url('/asia/jakarta.html')}: HTTP 404 Not Found; "
                             "the feed's summary is mapped instead\n")
    [doc] = _docs(result)  # ...and its summary is still mapped
    assert (doc["title"], doc["date"], doc["url"]) == (
        "Floods in Jakarta", "2020-02-16T06:00:00+00:00", site.url("/asia/jakarta.html"))
    assert _places(doc) == {"Jakarta"}


def test_a_file_that_is_no_feed_is_one_line(run, tmp_path):
    bad = tmp_path / "news.xml"
    bad.write_text("<?xml version='1.0'?><catalog><book>Ankara</book></catalog>", encoding="utf-8")
    result = run("places", bad)
    assert result.exit_code == 1 and result.stderr == f"geomap: {bad}: not an RSS or Atom feed\n"


def test_feed_sniffing_and_parsing():
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- x --><rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed(b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')
    assert not looks_like_feed(b"<!doctype html><html><body>rss</body></html>")
    assert parse_feed(b"not a feed at all") is None
    feed = parse_feed(ATOM.format(base="http://h").encode())
    assert feed.title == "Example News" and feed.entries[0].full is False


@pytest.mark.parametrize("given, expected", [
    ("2020-02-14", "2020-02-14"),
    ("2020-02-14T10:30:00Z", "2020-02-14T10:30:00+00:00"),
    ("2020-02-14 10:30:00+0300", "2020-02-14T10:30:00+03:00"),
    ("Fri, 14 Feb 2020 10:30:00 +0300", "2020-02-14T10:30:00+03:00"),
    ("14 February 2020", "2020-02-14"),
    ("February 14, 2020", "2020-02-14"),
    (time.struct_time((2020, 2, 14, 7, 30, 0, 4, 45, 0)), "2020-02-14T07:30:00+00:00"),
    ("2020-02-30", None),
    ("last Tuesday", None),
    ("", None),
])
def test_dates_are_written_as_iso_8601(given, expected):
    assert iso_date(given) == expected


def _bytes_io(data):
    import io

    return io.BytesIO(data)


def test_the_dask_client_reads_links_and_followed_feeds_itself(site, tmp_path, geoparser):
    """Workers parse; the client fetches (one rate limit, one cache), so a link or a feed whose
    entries are followed reaches the workers as articles."""
    pytest.importorskip("distributed")
    from geomap.engines.dask import Piece, plan

    url = site.add("/a.html", STORY)
    feed = tmp_path / "world.rss"
    feed.write_text(RSS.format(base=site.base), encoding="utf-8")
    fetcher = Fetcher(None)
    steps = plan([url, str(feed)], None, lambda names, stdin=None: read_inputs(names, stdin, fetcher=fetcher,
                                                                                  follow=True), follow=True)
    pieces = [s for s in steps if isinstance(s, Piece)]
    assert [a.id for p in pieces for a in p.articles] == [url, site.url("/world/ankara.html"),
                                                         site.url("/world/idlib.html")]
    assert site.count() == 2  # the page, and the followed entry's page (missing: its summary stands in)
    assert all(not p.where for p in pieces)  # nothing left for a worker to read or fetch


# -- what a review found (each a traceback, a wrong answer or a stalled run before) ----------------


def test_a_long_story_leaves_its_menu_and_footer_out(run, tmp_path):
    paragraphs = "".join(f"<p>Shelling hit Idlib again on day {n}, and officials in Ankara said talks with "
                         f"Moscow would go on; aid convoys waited near the border.</p>" for n in range(12))
    page = tmp_path / "long.html"
    page.write_text(f"<html><head><title>Shelling hits Idlib</title></head><body>"
                    f"<nav><a href='/'>London Desk</a> | <a href='/p'>Paris</a></nav>"
                    f"<article><h1>Shelling hits Idlib</h1>{paragraphs}</article>"
                    f"<footer>© 2020 Example News, Paris</footer></body></html>", encoding="utf-8")
    [doc] = _docs(run("places", page, "--format", "jsonl"))
    assert {"Idlib", "Ankara", "Moscow"} <= _places(doc)
    assert not {"London", "Paris"} & _places(doc)


@pytest.mark.parametrize("charset", ["hex", "rot13", "zlib", "idna", "undefined", "utf-16"])
def test_a_page_declaring_an_odd_charset_is_read_not_a_traceback(run, tmp_path, charset):
    (tmp_path / "good.txt").write_text("Talks resumed in Kabul on Monday.", encoding="utf-8")
    page = tmp_path / "odd.html"
    page.write_bytes(f'<html><head><meta charset="{charset}"></head><body><p>Shelling hit Idlib, '
                     f'caf\xe9 owners said.</p></body></html>'.encode("latin-1"))
    result = run("places", "good.txt", page, "--format", "jsonl")
    docs = _docs(result)
    if charset == "utf-16":  # markup readable as ASCII is no UTF-16: read as UTF-8, as browsers do
        assert result.exit_code == 0, result.output
        assert [d["id"] for d in docs] == ["good.txt", "odd.html"] and _places(docs[1]) == {"Idlib"}
    else:  # no text encoding: the page names none that geomap can use
        assert result.exit_code == 1
        at = page.read_bytes().index(b"\xe9")
        assert result.stderr == f"geomap: {page}: not UTF-8 text (byte 0xe9 at offset {at}); save it as UTF-8\n"
        assert [d["id"] for d in docs] == ["good.txt"]


def test_an_odd_charset_from_a_server_is_read_not_a_traceback(run, site):
    url = site.add("/odd.html", "<p>Shelling hit Idlib.</p>".encode(), "text/html; charset=rot13")
    result = run("places", url, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert _places(_docs(result)[0]) == {"Idlib"}


def test_a_malformed_address_is_one_line_and_the_rest_is_mapped(run, tmp_path):
    (tmp_path / "good.txt").write_text("Talks resumed in Kabul on Monday.", encoding="utf-8")
    result = run("places", "http://[::1/x", "good.txt", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == "geomap: http://[::1/x: not a valid address (Invalid IPv6 URL)\n"
    assert [d["id"] for d in _docs(result)] == ["good.txt"]


def test_a_server_dripping_its_answer_is_cut_at_the_timeout(run, site):
    url = site.add("/a.txt", "Talks resumed in Kabul on Monday.", "text/plain; charset=utf-8")
    started = time.monotonic()
    result = run("places", site.url("/drip"), url, "--timeout", "1", "--format", "jsonl")
    assert time.monotonic() - started < 8  # the drip alone would take 200 s; each read comes in time
    assert result.exit_code == 1
    assert result.stderr == f"geomap: {site.url('/drip')}: the whole answer did not come in 1 s\n"
    assert [d["id"] for d in _docs(result)] == [url]


def test_addresses_differing_in_case_are_different_pages(run, site):
    lower = site.add("/story/abc", "Talks resumed in Kabul on Monday.", "text/plain; charset=utf-8")
    upper = site.add("/story/ABC", "Shelling hit Idlib on Monday.", "text/plain; charset=utf-8")
    assert _places(_docs(run("places", lower, "--format", "jsonl"))[0]) == {"Kabul"}
    assert _places(_docs(run("places", upper, "--format", "jsonl"))[0]) == {"Idlib"}
    assert site.count() == 2
    run("places", lower, upper)
    assert site.count() == 2  # both from the cache, each under its own address


def test_follow_skips_a_link_that_is_no_web_page_and_maps_the_summary(run, site, tmp_path):
    site.add("/img.png", bytes(range(256)) * 64, "image/png")
    feed = tmp_path / "f.rss"
    feed.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World</title><link>{site.base}/</link><description>d</description>
<item><title>Shelling</title><link>{site.url('/img.png')}</link>
<description>Shelling hit Idlib and Aleppo.</description></item></channel></rss>""", encoding="utf-8")
    result = run("places", feed, "--format", "jsonl", "--follow")
    assert result.exit_code == 1
    assert result.stderr == (f"geomap: {site.url('/img.png')}: not a web page (image/png); "
                             "the feed's summary is mapped instead\n")
    [doc] = _docs(result)
    assert _places(doc) == {"Idlib", "Aleppo"}


def test_a_feed_is_read_anew_on_each_run_and_its_pages_stay_cached(run, site):
    site.add("/asia/jakarta.html", "<p>Rescuers reached Bekasi, east of Jakarta.</p>")
    url = site.add("/atom.xml", ATOM.format(base=site.base), "application/atom+xml")
    first = run("places", url, "--format", "jsonl", "--follow")
    assert first.exit_code == 0, first.output
    assert [d["title"] for d in _docs(first)] == ["Floods in Jakarta"]
    newer = ATOM.format(base=site.base).replace("<entry>", """<entry>
    <title>Quake near Padang</title><id>urn:example:padang</id><link href="{base}/asia/padang.html"/>
    <updated>2020-02-17T06:00:00Z</updated><summary>A quake shook Padang.</summary></entry>
  <entry>""".format(base=site.base), 1)
    site.add("/atom.xml", newer, "application/atom+xml")
    site.add("/asia/padang.html", "<p>A quake shook Padang on Monday.</p>")
    second = run("places", url, "--format", "jsonl", "--follow")
    assert second.exit_code == 0, second.output
    assert [d["title"] for d in _docs(second)] == ["Quake near Padang", "Floods in Jakarta"]  # the feed as it is now
    assert site.count("/atom.xml") == 2 and site.count("/asia/jakarta.html") == 1  # its pages from the cache
    site.pages.pop("/atom.xml")  # gone: the copy fetched before is mapped, with a line
    third = run("places", url, "--format", "jsonl", "--follow")
    assert third.exit_code == 1
    assert third.stderr == f"geomap: {url}: HTTP 404 Not Found; the copy fetched before is mapped instead\n"
    assert [d["title"] for d in _docs(third)] == ["Quake near Padang", "Floods in Jakarta"]
    assert run("places", url, "--format", "jsonl", "--offline").exit_code == 0  # offline: the cached copy


def test_pages_are_fetched_through_the_proxy_the_environment_names(run, site, monkeypatch):
    """Behind a newsroom's proxy: the test server plays the proxy, so the page's own host
    (news.invalid) is never looked up."""
    site.pages["http://news.invalid/idlib.html"] = (STORY.encode("utf-8"), "text/html; charset=utf-8")
    monkeypatch.setenv("http_proxy", site.base)
    result = run("places", "http://news.invalid/idlib.html", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert _places(_docs(result)[0]) == STORY_PLACES
    assert [h.path for h in site.hits] == ["http://news.invalid/idlib.html"]  # asked of the proxy
    url = site.add("/kabul.txt", "Talks resumed in Kabul on Monday.", "text/plain; charset=utf-8")
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # a proxy that is not there...
    monkeypatch.setenv("no_proxy", "127.0.0.1")  # ...and not for this host: asked directly
    direct = run("places", url, "--format", "jsonl")
    assert direct.exit_code == 0, direct.output
    assert [h.path for h in site.hits] == ["http://news.invalid/idlib.html", "/kabul.txt"]

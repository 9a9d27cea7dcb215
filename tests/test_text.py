"""Reading articles (geomap.text): every input kind, every bad input, and excerpts."""

import io
import json

import pytest

from geomap.models import Article, InputProblem
from geomap.text import excerpt, html_to_text, read_inputs


def read(*inputs, stdin=None):
    """(articles, problems) of ``read_inputs`` on ``inputs``."""
    items = list(read_inputs([str(i) for i in inputs], stdin=stdin))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputProblem)])


# --- good inputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".TXT"])
def test_plain_text_is_read_whole_with_the_file_name_as_id(tmp_path, suffix):
    path = tmp_path / f"story{suffix}"
    path.write_text("Talks in Ankara.\nMore in Aleppo.\n", encoding="utf-8")
    articles, problems = read(path)
    assert problems == []
    assert [(a.id, a.text, a.source) for a in articles] == [
        (f"story{suffix}", "Talks in Ankara.\nMore in Aleppo.\n", str(path))
    ]


def test_utf8_bom_and_windows_line_ends_are_normalised(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIn Şanlıurfa,\r\nthen Aleppo.\rEnd".encode("utf-8"))
    [article], problems = read(path)
    assert problems == []
    assert article.text == "In Şanlıurfa,\nthen Aleppo.\nEnd"


def test_html_keeps_visible_text_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!doctype html><html><head><title>Embassy  row</title><style>.Rome { color: red }</style>"
        "<script>var Paris = 1;</script></head><body><h1>Ankara talks</h1>"
        "<p>Officials met in <b>Aleppo</b> &amp; Idlib.</p><noscript>Enable Berlin</noscript>"
        "<script type='text/javascript'>if (a < b) { Madrid(); }</script><p>Done.</p></body></html>",
        encoding="utf-8",
    )
    [article], problems = read(path)
    assert problems == []
    assert article.text == "Ankara talks\nOfficials met in Aleppo & Idlib.\nDone."
    assert article.title == "Ankara talks"  # the story's headline, found by the main-text extractor
    assert article.id == "page.html"
    for hidden in ("Rome", "Paris", "Madrid", "Berlin", "Embassy"):
        assert hidden not in article.text


def test_html_without_a_closing_head_tag_still_shows_its_body():
    # </head> is optional in HTML; the body is what a browser shows
    html = "<html><head><title>T</title><meta charset=utf-8><body><p>Fighting near Idlib.</p></body></html>"
    assert html_to_text(html) == "Fighting near Idlib."


def test_htm_suffix_is_html(tmp_path):
    path = tmp_path / "old.HTM"
    path.write_text("<p>In <i>Damascus</i></p><script>x</script>", encoding="utf-8")
    [article], _ = read(path)
    assert article.text == "In Damascus"


def test_jsonl_reads_id_title_url_date_and_falls_back_to_the_file_name(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "title": "T1", "url": "https://example.org/1", "date": "2020-02-14",
                    "text": "Talks in Ankara."}) + "\n"
        + "\n"  # blank lines are skipped
        + json.dumps({"text": "Shelling in Idlib.", "id": 7}) + "\n"
        + json.dumps({"text": "Convoys to Aleppo."}) + "\n",
        encoding="utf-8",
    )
    articles, problems = read(path)
    assert problems == []
    first, second, third = articles
    assert (first.id, first.title, first.url, first.date, first.text) == (
        "a1", "T1", "https://example.org/1", "2020-02-14", "Talks in Ankara.")
    assert second.id == "7"  # ids are strings, whatever the JSON type
    assert (third.id, third.title, third.url, third.date) == ("feed.jsonl:4", None, None, None)
    assert third.id.startswith(path.name)
    assert {a.source for a in articles} == {str(path)}


def test_folders_are_read_recursively_in_name_order_skipping_other_and_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Ankara", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("Aleppo", encoding="utf-8")
    (tmp_path / "b" / "deep" / "d.html").write_text("<p>Idlib</p>", encoding="utf-8")
    (tmp_path / "b" / "deep" / "e.jsonl").write_text('{"id": "e1", "text": "Latakia"}\n', encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\x00\x01")  # not an article suffix: skipped
    (tmp_path / ".hidden.txt").write_text("Moscow", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Berlin", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert problems == []
    assert [(a.id, a.text) for a in articles] == [
        ("a.txt", "Ankara"), ("c.md", "Aleppo"), ("d.html", "Idlib"), ("e1", "Latakia")]


def test_dash_reads_standard_input_and_sniffs_its_kind():
    [text], _ = read("-", stdin=io.BytesIO("Talks in Ankara.".encode()))
    assert (text.id, text.text, text.source) == ("stdin", "Talks in Ankara.", "-")
    [html], _ = read("-", stdin=io.BytesIO(b"<html><body><p>In Idlib</p><script>Paris</script></body></html>"))
    assert html.text == "In Idlib"
    jsonl, problems = read("-", stdin=io.BytesIO(b'{"id": "x", "text": "Aleppo"}\n{"text": "Damascus"}\n'))
    assert problems == []
    assert [(a.id, a.text) for a in jsonl] == [("x", "Aleppo"), ("stdin:2", "Damascus")]


def test_an_explicitly_named_file_is_read_whatever_its_suffix(tmp_path):
    path = tmp_path / "story.text"
    path.write_text("In Aleppo.", encoding="utf-8")
    [article], problems = read(path)
    assert problems == [] and article.text == "In Aleppo."


# --- bad inputs: one problem each, naming the file (and line); the rest still read -----------


def _bad_inputs(tmp_path):
    """Every kind of bad input, each with the words its reason must contain."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_text("  \n\t\n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Réunion à Genève, près de Zürich.".encode("latin-1"))
    nothing = tmp_path / "no-articles"
    nothing.mkdir()
    (nothing / "data.csv").write_text("a,b\n", encoding="utf-8")
    empty_html = tmp_path / "script-only.html"
    empty_html.write_text("<script>var Ankara;</script>", encoding="utf-8")
    return [
        (tmp_path / "missing.txt", "no such file"),
        (empty, "empty"),
        (blank, "empty"),
        (binary, "binary"),
        (latin1, "UTF-8"),
        (nothing, "no readable articles"),
        (empty_html, "no visible text"),
    ]


def test_every_bad_input_gives_one_problem_naming_it_and_the_good_input_is_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Talks in Ankara.", encoding="utf-8")
    bad = _bad_inputs(tmp_path)
    articles, problems = read(bad[0][0], bad[1][0], good, *(p for p, _ in bad[2:]))
    assert [a.id for a in articles] == ["good.txt"]
    assert [p.source for p in problems] == [str(p) for p, _ in bad]
    for problem, (path, words) in zip(problems, bad):
        assert words in problem.reason, problem
        assert problem.line is None
        assert str(problem).startswith(f"{path}: ")
        assert "\n" not in str(problem)


def test_undecodable_bytes_say_where(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 in Paris".encode("latin-1"))
    [problem] = read(path)[1]
    assert "0xe9" in problem.reason and "offset 3" in problem.reason


def test_a_folder_whose_only_article_is_bad_reports_both(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    articles, problems = read(tmp_path)
    assert articles == []
    assert [(p.source, "empty" in p.reason or "no readable" in p.reason) for p in problems] == [
        (str(tmp_path / "empty.txt"), True), (str(tmp_path), True)]


def test_malformed_jsonl_lines_are_reported_with_their_line_and_the_others_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "Talks in Ankara."}\n'
        '{"id": "broken", "text": "Idlib\n'          # line 2: truncated JSON
        '["not", "an", "object"]\n'                  # line 3
        '{"id": "no-text"}\n'                        # line 4
        '{"id": "empty", "text": "   "}\n'           # line 5
        '{"id": "ok2", "text": "Aid to Aleppo."}\n',
        encoding="utf-8",
    )
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok1", "ok2"]
    assert [(p.source, p.line) for p in problems] == [(str(path), n) for n in (2, 3, 4, 5)]
    assert "malformed JSON" in problems[0].reason
    assert str(problems[0]).startswith(f"{path}:2: ")
    assert "text" in problems[2].reason and "empty" in problems[3].reason


def test_bad_standard_input_is_named_dash():
    [problem] = read("-", stdin=io.BytesIO(b""))[1]
    assert problem.source == "-" and "empty" in problem.reason


# --- excerpts ----------------------------------------------------------------------------------

TEXT = (
    "ANKARA, February 14. /TASS/. Officials met in Ankara on Friday. "
    "Troops moved near Idlib, officials said! Aleppo was calm.\n"
    "A headline about Latakia\n"
    "Damascus? Nobody knew."
)


@pytest.mark.parametrize("name", ["ANKARA", "Ankara", "Idlib", "Aleppo", "Latakia", "Damascus"])
def test_excerpt_offsets_point_at_the_mention(name):
    start = TEXT.index(name) if name == "ANKARA" else TEXT.index(name, 1)
    ex = excerpt(TEXT, start, start + len(name))
    assert ex.name == name
    assert ex.before + ex.name + ex.after == ex.text
    assert len(ex.text) <= 280 + 2


def test_excerpt_is_the_sentence_around_the_mention():
    def sentence(name):
        start = TEXT.index(name, 1)
        return excerpt(TEXT, start, start + len(name)).text

    assert sentence("Ankara") == "Officials met in Ankara on Friday."
    assert sentence("Idlib") == "Troops moved near Idlib, officials said!"
    # the mention opens its sentence: the sentence before is not part of it
    assert sentence("Aleppo") == "Aleppo was calm."
    assert sentence("Latakia") == "A headline about Latakia"
    assert sentence("Damascus") == "Damascus?"


def test_excerpt_of_a_long_run_is_cut_around_the_name_and_marked():
    text = "word " * 200 + "Aleppo " + "word " * 200
    start = text.index("Aleppo")
    ex = excerpt(text, start, start + 6, max_chars=100)
    assert ex.name == "Aleppo"
    assert ex.text.startswith("…") and ex.text.endswith("…")
    assert len(ex.text) <= 100 + 2
    assert abs(len(ex.before) - len(ex.after)) <= 3  # centred


def test_excerpt_of_a_name_across_a_line_break_is_on_one_line():
    text = "He flew to New\nYork on Monday."
    start = text.index("New")
    ex = excerpt(text, start, text.index("York") + 4)
    assert ex.text == "He flew to New York on Monday."
    assert ex.name == "New York"


# --- JSON Lines are streamed ----------------------------------------------------------------


def test_jsonl_is_streamed_and_reads_as_the_whole_file_would(tmp_path):
    from geomap.text import _read_document

    data = ('\ufeff{"id": "1", "text": "Paris"}\r\n{"text": "Rome"}\r{"bad\n\n  \n{"text": ""}\n'
            '{"text": "A\u2028B\x85C"}\x0c\n{"id": 2, "text": "Oslo"}').encode("utf-8")
    path = tmp_path / "a.jsonl"
    path.write_bytes(data)
    whole = list(_read_document(str(path), data, kind="jsonl"))
    assert len(whole) == 6 and list(read_inputs([str(path)])) == whole


def test_a_bad_byte_late_in_a_large_jsonl_file_is_reported_before_any_article(tmp_path, monkeypatch):
    import geomap.text

    monkeypatch.setattr(geomap.text, "_CHUNK", 64)  # many chunks, and a bad byte in a late one
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"text": "Paris"}\n' * 100 + b'{"text": "\xff"}\n')
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], InputProblem)
    assert "not UTF-8 text (byte 0xff at offset 1810)" in items[0].reason

"""Property tests (Hypothesis) of the text pipeline and the exports on random Unicode (issue 14).

Random text from every plane, mixed with what news from the web holds: place names, combining
marks, right-to-left text, zero-width characters, NUL, very long lines and words, CRLF, U+0085
and U+2028 (inside JSON strings too), BOMs, lone surrogates, and files in UTF-16 and Latin-1.
Whatever comes in: no exception escapes, every span indexes its text
(``text[start:end] == name``), and every format parses back (CSV one row per mention).

The number of examples is bounded and the run derandomized, so CI runs the same examples in
the same time every time; set ``GEOMAP_HYPOTHESIS_EXAMPLES`` to search longer.
"""

from __future__ import annotations

import csv
import io
import json
import os

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.cli import cli
from geomap.exporters import FORMATS, render
from geomap.models import Article, InputProblem
from geomap.text import read_inputs

EXAMPLES = int(os.environ.get("GEOMAP_HYPOTHESIS_EXAMPLES", "40"))
BOUNDED = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                          HealthCheck.data_too_large])

#: What news from the web holds, beyond random characters.
FRAGMENTS = [
    "Ankara", "Aleppo", "Damascus, Syria", "Paris, Texas", "IDLIB", "the town of Kafr Nabl", "Saint-Étienne",
    "Côte d’Ivoire", "U.S.", "São Paulo", "Zürich", " in ", ". ", "\n", "\n\n", "\r\n", "\r", "\t",
    "\u0301", "\u0308\u0301", "שלום ירושלים", "مرحبا دمشق", "\u200b", "\u200d", "\u200e\u200f", "\ufeff",
    "\x00", "\x1b[31m", "\u0085", "\u2028", "\u2029", "\U0001f600", "\U0001d400", "\U00020000", "\U0010ffff",
    "\"", "'", ",", "=SUM(A1)", "+1", "-2", "@x", "\\", "<b>", "&amp;",
    "Talks in Ankara." * 30, "A" * 3000, "word " * 400,
]

_CHARACTERS = st.characters(blacklist_categories=())  # every plane, surrogates included
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(_CHARACTERS, max_size=20)), max_size=25).map("".join)
SAFE_TEXT = TEXT.map(lambda t: "".join(c for c in t if not 0xD800 <= ord(c) <= 0xDFFF))  # what a str file holds


@BOUNDED
@given(text=SAFE_TEXT)
def test_every_span_indexes_the_text(geoparser, text):
    result = geoparser.parse(Article("p", text))
    for r in result.resolutions:
        assert text[r.mention.start:r.mention.end] == r.mention.surface
        assert r.excerpt.text[r.excerpt.start:r.excerpt.end] == r.mention.surface.replace("\n", " ")


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "latin-1"]


@BOUNDED
@given(text=SAFE_TEXT, encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_any_file_is_read_or_reported_never_raised(tmp_path_factory, text, encoding, suffix):
    folder = tmp_path_factory.mktemp("prop")
    path = folder / f"in{suffix}"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    path.write_bytes(data)
    items = list(read_inputs([str(path)]))
    assert items and all(isinstance(i, (Article, InputProblem)) for i in items)
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip()
            item.text.encode("utf-8")  # no lone surrogate ever reaches a text
            item.id.encode("utf-8")
    written = text[1:] if text.startswith("\ufeff") else text  # a leading byte order mark is no text
    if encoding == "utf-8" and suffix in (".txt", ".md") and "\x00" not in text and written.strip():
        [article] = items  # plain text is read as written, line ends made \n
        assert article.text == written.replace("\r\n", "\n").replace("\r", "\n")


RECORD = st.fixed_dictionaries({"text": TEXT}, optional={"id": st.one_of(TEXT, st.integers()), "title": TEXT})


@BOUNDED
@given(records=st.lists(RECORD, min_size=1, max_size=4), ascii_only=st.booleans())
def test_every_format_parses_back_and_offsets_index_the_text_as_written(geoparser, tmp_path_factory, records,
                                                                      ascii_only):
    folder = tmp_path_factory.mktemp("jsonl")
    lines = [json.dumps(r, ensure_ascii=ascii_only) for r in records]
    if not ascii_only:  # a raw lone surrogate cannot be written as UTF-8: write it escaped
        lines = [json.dumps(r) if any(0xD800 <= ord(c) <= 0xDFFF for c in line) else line
                 for r, line in zip(records, lines)]
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = [i for i in geoparser.process([str(path)]) if not isinstance(i, InputProblem)]
    outputs = {fmt: render(results, fmt).encode("utf-8").decode("utf-8") for fmt in FORMATS}  # valid UTF-8
    docs = [json.loads(line) for line in outputs["jsonl"].split("\n") if line]
    assert len(docs) == len(outputs["jsonl"].splitlines())  # no line break inside a line, even U+2028
    kept = [r for r in records if r["text"].strip()]
    assert len({d["id"] for d in docs}) == len(docs) == len(kept)  # ids unique
    for doc, record in zip(docs, kept):
        for t in doc["toponyms"]:
            assert record["text"][t["start"]:t["end"]] == t["name"]  # the text as written
    rows = list(csv.DictReader(io.StringIO(outputs["csv"], newline="")))
    assert len(rows) == sum(len(d["toponyms"]) for d in docs)  # one row per mention
    assert [r["name"] for r in rows] == [t["name"] for d in docs for t in d["toponyms"]]
    json.loads(outputs["json"])
    assert json.loads(outputs["geojson"])["type"] == "FeatureCollection"
    assert all(c == "\n" or c.isprintable() for c in outputs["table"])  # nothing for a terminal to obey


@settings(BOUNDED, max_examples=max(1, EXAMPLES // 3))  # a whole command each: fewer
@given(text=TEXT)
def test_standard_input_of_any_bytes_is_read_or_reported(cache_dir, text):
    data = text.encode("utf-8", errors="surrogatepass")  # not always valid UTF-8
    result = CliRunner().invoke(cli, ["places", "-", "--format", "jsonl", "--cache-dir", str(cache_dir), "-j", "1"],
                                input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    for line in result.stdout_bytes.decode("utf-8").splitlines():
        json.loads(line)

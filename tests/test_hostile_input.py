"""Hostile input (issue 14): what a reader of the open web may hand geomap, and what each
must cost — one line naming the file (and line), the rest still processed, no hang, no
unbounded read, and outputs that stay well-formed (CSV rows, UTF-8 JSON, unique ids,
printable terminal lines).

Cases that could hang if they regressed (FIFOs, devices) run geomap as a process with a
time limit, so a regression fails the test instead of holding the suite.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import tracemalloc
from pathlib import Path

import pytest

import geomap.text as text_mod
from geomap.models import Article, InputProblem, group_places
from geomap.pipeline import Geoparser
from geomap.text import read_inputs

import conftest

STORY = "ANKARA, March 3. Officials in Ankara and Aleppo met. Later, Damascus agreed.\n"


@pytest.fixture
def run(run_here):
    return run_here


def geomap_process(*args, cwd, timeout=60, **kwargs):
    """conftest's, with stderr and stdout read back as text."""
    return conftest.geomap_process(*args, cwd=cwd, timeout=timeout, capture_output=True, text=True, **kwargs)


def _toponyms(stdout):
    return [json.loads(line) for line in stdout.splitlines()]


# -- files that are not files -------------------------------------------------------------------


def test_a_fifo_in_a_folder_is_skipped_with_a_line_not_waited_on(tmp_path, cache_dir):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(folder / "b.txt")  # nobody ever writes to it
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "c.txt"))
    try:
        proc = geomap_process("places", folder, "--format", "jsonl", "--cache-dir", cache_dir, cwd=tmp_path)
    finally:
        sock.close()
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"geomap: {folder / 'b.txt'}: a FIFO, not a file: skipped (give it as - to read it)",
        f"geomap: {folder / 'c.txt'}: a socket, not a file: skipped (give it as - to read it)"]
    assert [doc["id"] for doc in _toponyms(proc.stdout)] == ["a.txt"]


def test_a_fifo_named_like_a_results_file_is_skipped_not_waited_on(tmp_path, cache_dir):
    os.mkfifo(tmp_path / "r.jsonl")  # nobody ever writes to it: reading it would hang the run
    os.mkfifo(tmp_path / "r.geojson")
    (tmp_path / "good.jsonl").write_text(json.dumps({"id": "a", "toponyms": [
        {"name": "Idlib", "start": 0, "end": 5, "place": "Idlib", "lat": 35.93, "lon": 36.63}]}) + "\n")
    proc = geomap_process("map", "r.jsonl", "r.geojson", "good.jsonl", "-o", "m.html", "--tiles", "none",
                          "--cache-dir", cache_dir, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"geomap: {name}: a FIFO, not a file: skipped (give it as - to read it)" for name in ("r.jsonl", "r.geojson")]
    assert proc.stdout.startswith("1 place, 1 mention in 1 article -> ")
    assert (tmp_path / "m.html").is_file()


def test_a_device_named_as_input_is_not_read(tmp_path, cache_dir):
    proc = geomap_process("places", "/dev/zero", "--cache-dir", cache_dir, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == "geomap: /dev/zero: a device, not a file: skipped (give it as - to read it)\n"


def test_a_device_given_as_standard_input_stops_at_its_first_bytes(tmp_path, cache_dir):
    with open("/dev/zero", "rb") as zero:
        proc = geomap_process("places", "-", "--cache-dir", cache_dir, cwd=tmp_path, stdin=zero)
    assert proc.returncode == 1
    assert proc.stderr == "geomap: -: binary file, not text\n"


def test_an_unreadable_sub_folder_is_reported_and_exit_is_1(tmp_path, cache_dir):
    (tmp_path / "news" / "open").mkdir(parents=True)
    (tmp_path / "news" / "locked").mkdir()
    (tmp_path / "news" / "open" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "news" / "locked" / "b.txt").write_text("Talks in Cairo.", encoding="utf-8")
    os.chmod(tmp_path / "news" / "locked", 0)
    try:
        proc = geomap_process("places", "news", "--format", "jsonl", "--cache-dir", cache_dir, cwd=tmp_path,
                              prefix=conftest.without_root_powers())
    finally:
        os.chmod(tmp_path / "news" / "locked", 0o755)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == f"geomap: {Path('news') / 'locked'}: cannot read folder: Permission denied\n"
    assert [doc["id"] for doc in _toponyms(proc.stdout)] == ["a.txt"]


# -- bounded reading ------------------------------------------------------------------------------


def _paragraphs(n):
    cities = ["Ankara", "Cairo", "Beirut", "Amman", "Istanbul", "Kabul", "Riyadh", "Doha", "Nairobi", "Lagos"]
    return [f"Officials in {cities[i % 10]} met envoys from {cities[(i * 3 + 1) % 10]} on day {i}. "
            f"Talks went on in {cities[(i * 7 + 2) % 10]}." for i in range(n)]


def test_a_long_text_is_parsed_in_pieces_with_the_places_of_the_whole(tmp_path, geoparser, monkeypatch):
    """Every mention is found at the same place of the text, placed the same way. (Names whose
    choice hangs on the article's context are chosen by their piece's: here none is.)"""
    text = "\n\n".join(_paragraphs(400))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    whole = geoparser.parse(Article("long.txt", text))
    monkeypatch.setattr(text_mod, "PIECE_CHARS", 2_000)
    pieces = [i for i in read_inputs([str(path)])]
    assert all(isinstance(p, Article) and len(p.text) <= 2_000 for p in pieces) and len(pieces) > 10
    assert [p.id for p in pieces[:3]] == ["long.txt", "long.txt#2", "long.txt#3"]
    assert "".join(p.text for p in pieces) == text  # nothing lost or doubled
    assert all(text[p.offset: p.offset + 2] != "\n\n" and text[p.offset - 2: p.offset] == "\n\n"
               for p in pieces[1:])  # every piece starts right after a paragraph break
    got = [(p.offset + r.mention.start, p.offset + r.mention.end, r.mention.surface, r.place.key)
           for p in pieces for r in geoparser.parse(p).resolutions]
    assert got == [(r.mention.start, r.mention.end, r.mention.surface, r.place.key) for r in whole.resolutions]


def test_exports_of_a_long_text_index_the_whole_file(run, tmp_path, monkeypatch):
    text = "\n\n".join(_paragraphs(120))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(text_mod, "PIECE_CHARS", 1_500)
    docs = _toponyms(run("places", "long.txt", "--format", "jsonl").stdout)
    assert len(docs) > 3 and len({d["id"] for d in docs}) == len(docs)
    rows = list(csv.DictReader(io.StringIO(run("places", "long.txt", "--format", "csv").stdout)))
    spans = [(t["start"], t["end"], t["name"]) for d in docs for t in d["toponyms"]]
    assert spans == [(int(r["start"]), int(r["end"]), r["name"]) for r in rows]
    assert all(text[s:e] == name for s, e, name in spans)


def test_reading_a_long_text_holds_about_two_pieces_not_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(text_mod, "PIECE_CHARS", 100_000)
    path = tmp_path / "long.txt"
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(60):
            f.write("\n\n".join(_paragraphs(2_000)) + "\n\n")
    size = path.stat().st_size
    assert size > 9_000_000
    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([str(path)]) if isinstance(item, Article))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count >= size // 100_000
    assert peak < 3_000_000, f"peak {peak:,} bytes while reading {size:,}"  # a few pieces, not the file


def test_standard_input_is_read_in_pieces_too(run, monkeypatch):
    monkeypatch.setattr(text_mod, "PIECE_CHARS", 1_500)
    text = "\n\n".join(_paragraphs(60))
    docs = _toponyms(run("places", "-", "--format", "jsonl", input=text).stdout)
    assert [d["id"] for d in docs[:2]] == ["stdin", "stdin#2"] and len(docs) > 3
    assert all(text[t["start"]:t["end"]] == t["name"] for d in docs for t in d["toponyms"])


def test_a_jsonl_line_over_the_limit_is_reported_and_skipped(run, tmp_path, monkeypatch):
    monkeypatch.setattr(text_mod, "MAX_LINE_CHARS", 1_000)
    lines = [json.dumps({"id": "a", "text": "Talks in Ankara."}),
             json.dumps({"id": "huge", "text": "Cairo " * 2_000}),
             json.dumps({"id": "b", "text": "Talks in Aleppo."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("places", "feed.jsonl", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == "geomap: feed.jsonl:2: line longer than 1,000 characters: skipped\n"
    assert [d["id"] for d in _toponyms(result.stdout)] == ["a", "b"]


def test_deep_nesting_in_a_jsonl_line_is_one_line(run, tmp_path):
    deep = '{"text": ' + "[" * 200_000 + "]" * 200_000 + "}"
    (tmp_path / "feed.jsonl").write_text(deep + "\n" + json.dumps({"text": "Talks in Ankara."}) + "\n",
                                         encoding="utf-8")
    result = run("places", "feed.jsonl", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == "geomap: feed.jsonl:1: malformed JSON (nested too deeply)\n"
    assert [d["id"] for d in _toponyms(result.stdout)] == ["feed.jsonl:2"]


# -- outputs stay well-formed -------------------------------------------------------------------------


def test_lone_surrogates_give_valid_utf8_and_offsets_into_the_text_as_written(run, tmp_path):
    raw = '{"id": "s\\ud800", "title": "t\\udfff", "text": "Talks in \\ud83d Ankara \\udc00 and Aleppo \\ud83d\\ude00 met."}'
    (tmp_path / "feed.jsonl").write_text(raw + "\n", encoding="utf-8")
    written = json.loads(raw)["text"]  # the text as written, lone surrogates and all
    for fmt in ("jsonl", "json", "csv", "geojson"):
        result = run("places", "feed.jsonl", "--format", fmt, "-o", f"out.{fmt}")
        assert result.exit_code == 0, result.output
        data = (tmp_path / f"out.{fmt}").read_bytes().decode("utf-8")  # strict: no surrogate got through
        assert "\ufffd" in data
    [doc] = _toponyms((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert doc["id"] == "s\ufffd"
    assert [t["name"] for t in doc["toponyms"]] == ["Ankara", "Aleppo"]
    assert all(written[t["start"]:t["end"]] == t["name"] for t in doc["toponyms"])
    out = run("places", "feed.jsonl", "--format", "jsonl").stdout_bytes
    assert out.decode("utf-8") == (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_duplicate_ids_are_made_unique_and_places_credited_to_their_article(tmp_path, cache_dir):
    for folder, city in (("one", "Ankara"), ("two", "Aleppo")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Talks were held in {city}.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": "story.txt", "text": f"Aid reached {c}."}) + "\n"
                            for c in ("Damascus", "Beirut")), encoding="utf-8")
    with Geoparser(cache_dir) as gp:
        results = [r for r in gp.process([str(tmp_path / "one"), str(tmp_path / "two"), str(feed)])
                   if not isinstance(r, InputProblem)]
    assert [r.article.id for r in results] == ["story.txt", "story.txt#2", "story.txt#3", "story.txt#4"]
    credited = {m.place.name: m.article_ids for m in group_places(results)}
    assert credited == {"Ankara": ("story.txt",), "Aleppo": ("story.txt#2",), "Damascus": ("story.txt#3",),
                        "Beirut": ("story.txt#4",)}


def test_csv_is_one_row_per_mention_whatever_the_text_holds(run, tmp_path):
    text = ('=HYPERLINK("http://x") said\r officials in Ankara.\x00 "Quoted" Aleppo,\n'
            '+1 more in Damascus;\r\n@here -2 Cairo\u2028and Beirut.')
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "=cmd|' /C calc'!A0", "text": text}) + "\n",
                                         encoding="utf-8")
    result = run("places", "feed.jsonl", "--format", "csv")
    jsonl = run("places", "feed.jsonl", "--format", "jsonl")
    names = [t["name"] for t in json.loads(jsonl.stdout)["toponyms"]]
    assert len(names) >= 4
    raw = result.stdout_bytes
    assert b"\x00" not in raw and raw.endswith(b"\r\n")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert [r["name"] for r in rows] == names  # one row per mention, none split or merged
    assert all(r["article"] == "'=cmd|' /C calc'!A0" for r in rows)  # shown as text, never run
    for row in rows:
        for key in ("article", "name", "place", "reason", "excerpt"):
            assert not row[key].startswith(("=", "+", "-", "@", "\t", "\r")), row[key]


def test_terminal_lines_never_carry_control_characters(run, tmp_path):
    evil = "news\ngeomap: forged line \x1b[31mred\x1b[0m \u202eevil.txt"
    (tmp_path / evil).write_bytes(b"")
    result = run("places", evil)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "\x1b" not in line and "\u202e" not in line
    assert line == "geomap: news\\x0ageomap: forged line \\x1b[31mred\\x1b[0m \\u202eevil.txt: empty file"


def test_an_undecodable_file_name_is_shown_as_its_bytes_and_exported_as_valid_utf8(tmp_path, cache_dir):
    folder = tmp_path / "news"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: not UTF-8
    (folder / name).write_text(STORY, encoding="utf-8")
    (folder / os.fsdecode(b"vide\xff.txt")).write_bytes(b"")
    proc = geomap_process("places", folder, "--format", "jsonl", "--cache-dir", cache_dir, cwd=tmp_path)
    assert proc.stderr == f"geomap: {folder}/vide\\xff.txt: empty file\n"
    assert [d["id"] for d in _toponyms(proc.stdout)] == ["caf\ufffd.txt"]

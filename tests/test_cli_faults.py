"""The command line's error lines (issue 14): ``map --png`` with the real browser, the ``cache``
commands' faults, and outputs that cannot be written. Each fault is one line on stderr,
``geomap: …``, and exit 1 (2 for usage); nothing half-written is left.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cache import CACHE_FILE, SCHEMA_VERSION, Cache
from geomap.cli import cli

STORY = "ANKARA, March 3. Officials in Ankara and Aleppo met. Later, Damascus agreed.\n"


@pytest.fixture
def run(cache_dir, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")

    def invoke(*args, input=None, env=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return invoke


def _line(result, exit_code=1):
    assert result.exit_code == exit_code, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.stderr
    return lines[0]


# -- map --png, with the real browser ------------------------------------------------------------------


def test_map_png_writes_a_picture_of_the_map_with_the_real_browser(run, tmp_path):
    from test_browser import _chromium_path, _unavailable, colour_share, decode_png

    chromium = _chromium_path()
    if chromium is None:
        _unavailable("no Chromium for the --png test")
    result = run("map", "story.txt", "-o", "out/map.html", "--png", "out/map.png", "--tiles", "none",
                 env={"GEOMAP_BROWSER": chromium})
    assert result.exit_code == 0, result.output
    assert result.stdout == "3 places, 4 mentions in 1 article -> out/map.html and out/map.png\n"
    width, height, rows = decode_png((tmp_path / "out" / "map.png").read_bytes())
    assert (width, height) == (1280, 800)
    assert colour_share(rows, (0xF3, 0xF0, 0xE8)) > 0.1  # the map's land outlines, drawn


def test_map_png_with_a_browser_that_fails_is_one_line_and_the_map_is_kept(run, tmp_path):
    fake = tmp_path / "fake-chromium"
    fake.write_text("#!/bin/sh\necho 'the browser crashed' >&2\nexit 3\n")
    fake.chmod(0o755)
    result = run("map", "story.txt", "-o", "out/map.html", "--png", "out/map.png", env={"GEOMAP_BROWSER": str(fake)})
    assert _line(result).startswith("geomap: ")
    assert (tmp_path / "out" / "map.html").exists() and not (tmp_path / "out" / "map.png").exists()


# -- outputs that cannot be written ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "geojson"])
def test_places_o_to_a_path_under_a_file_is_one_line(run, tmp_path, fmt):
    (tmp_path / "afile").write_text("not a folder")
    result = run("places", "story.txt", "--format", fmt, "-o", "afile/out.txt")
    assert _line(result) == "geomap: afile/out.txt: cannot write: afile is a file, not a folder"
    assert (tmp_path / "afile").read_text() == "not a folder"


def test_places_o_to_a_folder_is_a_usage_error(run, tmp_path):
    (tmp_path / "adir").mkdir()
    result = run("places", "story.txt", "-o", "adir")
    assert result.exit_code == 2 and "'adir' is a directory" in result.stderr and "Traceback" not in result.output
    assert list((tmp_path / "adir").iterdir()) == []


def test_places_o_to_a_read_only_folder_is_one_line(cache_dir, tmp_path):
    """A process of its own, where permission bits apply (as root, without the capabilities
    that override them)."""
    from conftest import geomap_process, without_root_powers

    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o555)
    try:
        proc = geomap_process("places", "story.txt", "-o", "ro/out.jsonl", "--cache-dir", cache_dir, cwd=tmp_path,
                              prefix=without_root_powers(), capture_output=True, text=True, timeout=60)
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert proc.returncode == 1
    assert proc.stderr == "geomap: ro/out.jsonl: cannot write: Permission denied\n"
    assert list((tmp_path / "ro").iterdir()) == []


def test_map_o_to_a_path_under_a_file_is_one_line(run, tmp_path):
    (tmp_path / "afile").write_text("x")
    assert _line(run("map", "story.txt", "-o", "afile/map.html")) == "geomap: afile/map.html: cannot write: afile is a file, not a folder"


# -- the cache commands ----------------------------------------------------------------------------------


def _damage(cache_dir):
    (cache_dir / CACHE_FILE).write_bytes(b"this is no database " * 300)


@pytest.mark.parametrize("args", [["cache", "info"], ["cache", "clear"], ["cache", "export"]])
def test_cache_commands_on_a_damaged_cache_move_it_aside_in_one_line(run, cache_dir, args):
    _damage(cache_dir)
    result = run(*args)
    line = _line(result)
    [aside] = [p for p in cache_dir.glob(CACHE_FILE + ".damaged-*")]
    assert line.startswith(f"geomap: {Path('cache') / CACHE_FILE}: not a geomap cache (") and aside.name in line
    again = run(*args)
    assert (again.exit_code, again.stderr) == (0, "")  # the new cache is fine


def test_cache_import_into_a_damaged_cache_moves_it_aside_and_imports(run, cache_dir, tmp_path):
    _damage(cache_dir)
    entry = {"service": "nominatim", "query": "atmuz", "value": {"geonameid": 0, "name": "Atmuz", "lat": 36.2,
                                                                   "lon": 36.6}, "updated": 1.0}
    (tmp_path / "answers.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    result = run("cache", "import", "answers.jsonl")
    assert "moved aside to" in _line(result)
    assert result.stdout == "imported 1 entry\n"
    assert "nominatim: 1" in run("cache", "info").stdout


@pytest.mark.parametrize("args", [["cache", "info"], ["cache", "clear"], ["cache", "export"],
                                  ["cache", "import", "-"]])
def test_cache_commands_refuse_a_newer_geomaps_cache_in_one_line(run, cache_dir, args):
    with Cache(cache_dir / CACHE_FILE):
        pass
    conn = sqlite3.connect(cache_dir / CACHE_FILE)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    line = _line(run(*args, input=""))
    assert line == (f"geomap: {Path('cache') / CACHE_FILE}: written by a newer geomap (cache schema "
                    f"{SCHEMA_VERSION + 1}, this one knows {SCHEMA_VERSION}); upgrade geomap or use another --cache-dir")


def test_cache_import_of_a_file_that_is_not_utf8_is_one_line(run, tmp_path):
    (tmp_path / "answers.jsonl").write_bytes('{"service": "nominatim", "query": "Genève"}\n'.encode("latin-1"))
    line = _line(run("cache", "import", "answers.jsonl"))
    assert line == "geomap: answers.jsonl: not UTF-8 text (byte 0xe8); save it as UTF-8"


def test_cache_import_of_a_missing_file_is_a_usage_error(run):
    result = run("cache", "import", "nowhere.jsonl")
    assert result.exit_code == 2 and "nowhere.jsonl" in result.stderr and "Traceback" not in result.output


def test_cache_export_to_an_unwritable_path_is_one_line(run, tmp_path):
    (tmp_path / "afile").write_text("x")
    assert _line(run("cache", "export", "-o", "afile/answers.jsonl")) == (
        "geomap: afile/answers.jsonl: cannot write: afile is a file, not a folder")

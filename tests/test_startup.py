"""Start-up stays light: a run that geocodes nothing online never imports geopy (issue 16:
importing it loads every geocoder it has, about 75 ms of each run), and a map that links no
CDN never imports ``folium.plugins`` (that compiles some thirty plugins' templates, about a
third of the start-up of ``geomap map``)."""

import subprocess
import sys

from conftest import SEED_DIR

PROBE = """
import sys
from geomap.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(code, sorted(m for m in sys.modules if m.split(".")[0] == "geopy" or m.startswith("folium.plugins")))
"""


def _imports(*args):
    out = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True, text=True)
    return out.stdout.splitlines()[-1]


def test_an_offline_run_never_imports_geopy_nor_a_map_folium_plugins(cache_dir, tmp_path):
    """(With ``--cdn`` and clusters the plugin's links are read: tests/test_render.py's
    ``test_cdn_page_links_the_libraries``.)"""
    assert _imports("places", SEED_DIR, "--cache-dir", cache_dir, "-f", "jsonl", "-o", tmp_path / "p.jsonl") == "0 []"
    assert _imports("map", SEED_DIR, "--cache-dir", cache_dir, "-o", tmp_path / "m.html", "--tiles", "none") == "0 []"


def test_a_run_that_names_a_geocoder_imports_it(cache_dir, tmp_path):
    line = _imports("places", SEED_DIR, "--cache-dir", cache_dir, "--geocoder", "photon", "--offline", "-f", "jsonl",
                    "-o", tmp_path / "p.jsonl")
    assert line.startswith("0 [") and "'geopy.geocoders'" in line

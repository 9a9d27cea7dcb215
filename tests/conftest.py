"""Shared test fixtures."""

import os
import re
from typing import Sequence, Tuple

import pytest

from geomap.models import Article, ArticleResult, Excerpt, Mention, Place, Resolution

# Every server a test talks to is on 127.0.0.1, and geomap (and geopy) go through the proxy the
# environment names: a proxy set on the machine running the tests must not stand in between.
# (tests/test_web.py sets one where a proxy is the point.)
for _proxy in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
    os.environ.pop(_proxy, None)
    os.environ.pop(_proxy.upper(), None)

# ---------------------------------------------------------------------------------------
# BEGIN map fixtures (tests/test_render.py, tests/test_browser.py): hand-built results, so
# the map is tested without the pipeline. Edit this block only for map tests.
# ---------------------------------------------------------------------------------------

MAP_PLACES = {
    "Ankara": Place(323786, "Ankara", 39.91987, 32.85427, "TR", "city", 3517182, "Ankara"),
    "Damascus": Place(170654, "Damascus", 33.5102, 36.29128, "SY", "city", 1569394, "Dimashq"),
    "Aleppo": Place(170063, "Aleppo", 36.20124, 37.16117, "SY", "city", 1602264, "Aleppo"),
    "Idlib": Place(169388, "Idlib", 35.93062, 36.63393, "SY", "city", 128840, "Idlib"),
    "Syria": Place(163843, "Syria", 35.0, 38.0, "SY", "country", 22198110),
    "Turkey": Place(298795, "Turkey", 39.0, 35.0, "TR", "country", 82319724),
    "Moscow": Place(524901, "Moscow", 55.75222, 37.61556, "RU", "city", 10381222, "Moscow"),
    "Damascus, MD": Place(4351264, "Damascus", 39.28844, -77.20387, "US", "city", 15257, "Maryland"),
}

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def map_resolution(article: Article, name: str, place, *, nth: int = 0, confidence: float = 0.9,
                   reason: str = "most populous place of that name",
                   alternatives: Sequence[Place] = ()) -> Resolution:
    """A resolution of the ``nth`` occurrence of ``name`` in ``article``, with its sentence."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(name, start + 1)
    end = start + len(name)
    ends = [m.end() for m in _SENTENCE_END.finditer(article.text)]
    s0 = max([e for e in ends if e <= start], default=0)
    s1 = min([e for e in ends if e >= end], default=len(article.text))
    while s0 < start and article.text[s0].isspace():
        s0 += 1
    sentence = article.text[s0:s1]
    return Resolution(Mention(article.id, start, end, name), place,
                      Excerpt(sentence, start - s0, end - s0), confidence, reason, tuple(alternatives))


def map_result(article_id: str, text: str, names: Sequence[Tuple[str, object]], *, title=None,
               **kwargs) -> ArticleResult:
    """An :class:`ArticleResult` whose mentions are ``(name, place or None)`` in text order;
    a name listed twice stands for its next occurrence."""
    article = Article(article_id, text, source=f"{article_id}.txt", title=title)
    seen: dict = {}
    resolutions = []
    for name, place in names:
        nth = seen.get(name, 0)
        seen[name] = nth + 1
        resolutions.append(map_resolution(article, name, place, nth=nth, **kwargs))
    resolutions.sort(key=lambda r: r.mention.start)
    return ArticleResult(article, tuple(resolutions))


@pytest.fixture
def embassy_results():
    """Two articles: 6 places, one (Damascus) named by both, one unplaced mention."""
    p = MAP_PLACES
    one = map_result(
        "embassy", "ANKARA, February 14. Turkey summoned the Russian ambassador after troops near "
        "Idlib came under fire. Officials in Damascus and Moscow disagreed. Syria denied it; "
        "Damascus said Idlib was calm. Atlantis was not involved.",
        [("ANKARA", p["Ankara"]), ("Turkey", p["Turkey"]), ("Idlib", p["Idlib"]),
         ("Damascus", p["Damascus"]), ("Moscow", p["Moscow"]), ("Syria", p["Syria"]),
         ("Damascus", p["Damascus"]), ("Idlib", p["Idlib"]), ("Atlantis", None)],
        title="Embassy row")
    two = map_result(
        "aleppo", "Aid reached Aleppo on Monday. Convoys from Damascus followed.",
        [("Aleppo", p["Aleppo"]), ("Damascus", p["Damascus"])],
        title="Aid convoys", reason="Syria is named in this article",
        alternatives=[p["Damascus, MD"]])
    return [one, two]


#: What an attacker may put in an article; each payload, if it ran, sets window.__pwned.
XSS_PAYLOADS = (
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "${window.__pwned='template'}",
    "`+(window.__pwned='backtick')+`",
    "\\u{zz} \\x",  # a broken escape would be a syntax error inside a template literal
    "</div><svg onload=\"window.__pwned='svg'\">",
)


@pytest.fixture
def xss_results():
    """Payloads in the text, the excerpt, the title, the id, the place name and the reason."""
    payload = " ".join(XSS_PAYLOADS)
    evil_place = Place(0, "Evil<img src=x onerror=\"window.__pwned='place'\">${window.__pwned='p2'}`",
                       10.0, 20.0, "XX", "custom")
    text = f"Protest in Damascus. {payload} Later in Aleppo {payload}. Then Evil spoke."
    result = map_result(
        f"id-{XSS_PAYLOADS[1]}", text,
        [("Damascus", MAP_PLACES["Damascus"]), ("Aleppo", MAP_PLACES["Aleppo"]), ("Evil", evil_place)],
        title=f"Title {payload}", reason=f"reason {payload}", alternatives=[evil_place])
    other = map_result("plain", "Nothing but Ankara here.", [("Ankara", MAP_PLACES["Ankara"])],
                       title=XSS_PAYLOADS[2])
    return [result, other]


@pytest.fixture
def map_places():
    """Real GeoNames places by a short name (see ``MAP_PLACES``)."""
    return dict(MAP_PLACES)


@pytest.fixture
def make_map_result():
    """:func:`map_result`: build an ArticleResult from a text and ``(name, place)`` pairs."""
    return map_result


@pytest.fixture
def xss_payloads():
    return XSS_PAYLOADS

# ---------------------------------------------------------------------------------------
# END map fixtures
# ---------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------
# BEGIN geocoding fixtures (tests/test_geocoding.py): a real Nominatim/Photon look-alike on
# 127.0.0.1 (tests/geoserver.py) and a fresh cache. Edit this block only for geocoding tests.
# ---------------------------------------------------------------------------------------


@pytest.fixture
def geoserver():
    """A started :class:`geoserver.GeoServer` on an ephemeral port; stopped afterwards."""
    from geoserver import GeoServer

    server = GeoServer().start()
    yield server
    server.stop()


@pytest.fixture
def geo_cache(tmp_path):
    """A fresh on-disk :class:`geomap.cache.Cache` in ``tmp_path / "cache"``."""
    from geomap.cache import Cache

    with Cache.open(tmp_path / "cache") as cache:
        yield cache

# ---------------------------------------------------------------------------------------
# END geocoding fixtures
# ---------------------------------------------------------------------------------------

# --- foundation fixtures ---
# (tests/test_text.py, test_gazetteer.py, test_matching.py, test_disambiguation.py,
# test_exporters.py, test_golden.py, test_cli.py): the place index takes seconds to build,
# so ONE is built per test session and hard-linked (read-only, so sharing is safe) into
# every cache folder a test needs. Edit this block only for those tests.

import os as _os
import shutil as _shutil
from pathlib import Path as _Path

SEED_DIR = _Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory):
    """A folder holding the session's built place index (and nothing else)."""
    from geomap.gazetteer import Gazetteer

    folder = tmp_path_factory.mktemp("geomap-index")
    Gazetteer.open(folder).close()
    return folder


@pytest.fixture(scope="session")
def gazetteer(index_dir):
    """The session's :class:`geomap.gazetteer.Gazetteer`, opened once."""
    from geomap.gazetteer import Gazetteer

    with Gazetteer.open(index_dir) as gaz:
        yield gaz


@pytest.fixture(scope="session")
def geoparser(index_dir, tmp_path_factory):
    """A session-wide :class:`geomap.pipeline.Geoparser` over the shared index."""
    from geomap.pipeline import Geoparser

    folder = seed_cache_dir(index_dir, tmp_path_factory.mktemp("geomap-parser"))
    with Geoparser(folder) as gp:
        yield gp


def seed_cache_dir(index_dir, folder):
    """Make ``folder`` a cache folder that already holds the built index; return it."""
    folder = _Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # the index and the note that it was checked whole (a hard link shares what it records)
    for index in [*_Path(index_dir).glob("gazetteer-*.sqlite"), *_Path(index_dir).glob(".gazetteer-*.checked")]:
        target = folder / index.name
        if not target.exists():
            try:
                _os.link(index, target)
            except OSError:  # another file system: copy instead
                _shutil.copyfile(index, target)
    return folder


@pytest.fixture
def cache_dir(index_dir, tmp_path):
    """A fresh cache folder (empty geocoding cache) with the index already in it."""
    return seed_cache_dir(index_dir, tmp_path / "cache")


@pytest.fixture
def make_cache_dir(index_dir):
    """``make_cache_dir(path)``: turn any folder into a cache folder holding the index."""
    return lambda folder: seed_cache_dir(index_dir, folder)


@pytest.fixture(scope="session")
def seed_dir():
    """The folder of the sample article(s)."""
    return SEED_DIR

# --- end foundation fixtures ---


@pytest.fixture
def run_here(cache_dir, monkeypatch, tmp_path):
    """``run_here(*args, input=None)``: geomap's command in-process (CliRunner), in ``tmp_path``
    with a ready cache folder ``cache/`` there and no GEOMAP_CACHE_DIR or GEOMAP_USER_AGENT."""
    from click.testing import CliRunner

    from geomap.cli import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    monkeypatch.delenv("GEOMAP_USER_AGENT", raising=False)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def run(run_here):
    """``run(*args, input=None)``: :func:`run_here`, under the name most test modules use (a
    module may define its own ``run``)."""
    return run_here


# -- geomap as a process of its own (faults of real descriptors, signals, resource limits) -----

REPO = _Path(__file__).resolve().parent.parent


def geomap_process(*args, cwd, stdin=None, timeout=120, prefix=(), **kwargs):
    """``python -m geomap ARGS`` in ``cwd`` as a process of its own, this checkout's geomap
    first on the path, no GEOMAP_CACHE_DIR, standard input empty unless given; ``prefix`` runs
    it under another command (:func:`without_root_powers`)."""
    import subprocess
    import sys

    env = {**_os.environ, "PYTHONPATH": _os.pathsep.join(filter(None, [str(REPO), _os.environ.get("PYTHONPATH")]))}
    env.pop("GEOMAP_CACHE_DIR", None)
    return subprocess.run([*prefix, sys.executable, "-m", "geomap", *map(str, args)], cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL if stdin is None else stdin, timeout=timeout, **kwargs)


def without_root_powers():
    """The command prefix that runs geomap where permission bits apply: as root, without the
    capabilities that override them (util-linux's setpriv); nothing for another user."""
    if _os.geteuid() != 0:
        return []
    setpriv = _shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root without setpriv: permission bits cannot be made to apply")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def interrupted_after_progress(cmd, cwd, sigterm=None):
    """Run ``cmd``, press Ctrl-C (SIGINT to its process group) once its first progress line is
    out, and return the rest of its stderr after checking it exits 1. A shell started in the
    background ignores SIGINT, and children inherit that: the child takes Ctrl-C as a
    terminal's foreground job does, whatever runs the suite. With ``sigterm``, ``kill`` it
    instead, SIGTERM to the first process only (``"one"``) or to its group as ``timeout``
    sends it (``"group"``), and check it exits 143; or kill it outright (``"kill"``: SIGKILL to
    the first process only), and return what its workers write after it is gone."""
    import signal
    import subprocess

    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True, cwd=cwd,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        first = proc.stderr.readline()  # progress: the workers' first results are in
        assert first.startswith("geomap: 100 articles"), first
        if sigterm == "kill":
            proc.kill()
        elif sigterm == "one":
            proc.terminate()
        elif sigterm == "group":
            _os.killpg(proc.pid, signal.SIGTERM)
        else:
            _os.killpg(proc.pid, signal.SIGINT)
        try:
            _, rest = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            raise AssertionError("still running 60 s after Ctrl-C") from None  # a hang fails, and fast
        assert proc.returncode == {None: 1, "kill": -signal.SIGKILL}.get(sigterm, 143)
    finally:
        if proc.poll() is None:
            _os.killpg(proc.pid, signal.SIGKILL)
    return rest

"""How big is a map page, and how long does Chromium take to show it?

Prints, for the map of the sample article in ``seeds/`` (run through geomap) and for
2,000 synthetic places over 5 articles: the time to build the page in Python, its size, and
the time headless Chromium takes from navigation until the map is drawn (``window.geomap``
set and two animation frames painted), all network blocked, median of ``--runs``.

Needs the ``playwright`` package and Chromium (``apt-get install -y chromium``)::

    python3 benchmarks/map_load.py [--runs 3] [--browser /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # runs from a checkout, installed or not

from geomap.models import Article, ArticleResult, Excerpt, Mention, Place, Resolution  # noqa: E402
from geomap.render import render_map, save_map  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def synthetic(places, articles: int, mentions_per_place: int = 1) -> list:
    """Articles that name each place in a sentence of its own."""
    rng = random.Random(7)
    texts = [[] for _ in range(articles)]
    pending = [[] for _ in range(articles)]
    for i, (name, lat, lon, country) in enumerate(places):
        place = Place(i + 1, name, lat, lon, country, "city", 1000)
        for _ in range(mentions_per_place):
            a = rng.randrange(articles)
            before = sum(len(t) for t in texts[a])
            sentence = f"Reports from {name} said the situation was calm. "
            texts[a].append(sentence)
            start = before + len("Reports from ")
            pending[a].append((start, start + len(name), name, place, sentence))
    results = []
    for a in range(articles):
        text = "".join(texts[a])
        article = Article(f"article-{a}", text, title=f"Synthetic article {a + 1}")
        resolutions = tuple(
            Resolution(Mention(article.id, s, e, n), p, Excerpt(sent.strip(), 13, 13 + len(n)), 0.8,
                       "most populous place of that name")
            for s, e, n, p, sent in pending[a])
        results.append(ArticleResult(article, resolutions))
    return results


def seed() -> list:
    """The sample article in ``seeds/``, found and resolved by geomap itself."""
    from geomap.pipeline import Geoparser

    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp, Geoparser(tmp) as gp:
        return [r for r in gp.process([str(root / "seeds")]) if isinstance(r, ArticleResult)]


def large(n: int = 2000) -> list:
    rng = random.Random(42)
    places = [(f"Town {i}", rng.uniform(-55, 70), rng.uniform(-170, 170), "XX") for i in range(n)]
    return synthetic(places, articles=5)


def median_load(browser, path: Path, runs: int) -> tuple:
    """Median seconds Chromium takes to show the map at ``path`` (network blocked), over
    ``runs`` fresh pages after one that warms it up, and the number of markers it drew."""
    return median_load_cpu(browser, path, runs)[:2]


def median_load_cpu(browser, path: Path, runs: int) -> tuple:
    """:func:`median_load`, and the median CPU seconds the page's renderer process spent on
    it (from Chromium's own process list): a figure that a busy machine stretches far less
    than the wall time."""
    cdp = browser.new_browser_cdp_session()

    def renderers():
        info = cdp.send("SystemInfo.getProcessInfo")["processInfo"]
        return {p["id"]: p["cpuTime"] for p in info if p["type"] == "renderer"}

    times, cpus = [], []
    for run in range(runs + 1):  # the first load warms Chromium up and is not counted
        before = renderers()
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                   else r.abort())
        seconds = load_time(page, path)
        markers = page.evaluate("Object.keys(geomap.markers).length")
        after = renderers()
        if run:
            times.append(seconds)
            cpus.append(max(after[pid] - before.get(pid, 0.0) for pid in after))  # the page's own renderer
        context.close()
    return statistics.median(times), markers, statistics.median(cpus)


def load_time(page, path: Path) -> float:
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.geomap && window.geomap.ready", timeout=120_000)
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--browser", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("map_load: the playwright package is needed (pip install playwright)", file=sys.stderr)
        return 1
    cases = [("seed: seeds/ through the pipeline", seed()),
             ("large: 5 articles, 2,000 places", large())]
    print(f"{'map':34} {'build s':>8} {'HTML KB':>9} {'load s':>7} {'markers':>8}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.browser, args=ARGS)
        for label, results in cases:
            t0 = time.perf_counter()
            m = render_map(results, tiles="none")
            path = save_map(m, Path(tmp) / "map.html")
            build = time.perf_counter() - t0
            load, markers = median_load(browser, path, args.runs)
            print(f"{label:34} {build:8.2f} {path.stat().st_size / 1024:9.0f} "
                  f"{load:7.2f} {markers:8d}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Regenerate the README's pictures of the map: ``docs/seed.png``, ``docs/map-20.png`` and
``docs/map-200.png``.

Run by a maintainer (needs ``playwright`` and Chromium), not by the tests.

* ``seed.png`` is what ``geomap map seeds/ --title … --tiles none --png docs/seed.png
  --size 1200x760`` draws: the sample article through the whole pipeline, and geomap's own
  picture of it (:func:`geomap.render.png`).
* ``map-20.png`` and ``map-200.png`` are the interactive page, as a reader first sees it, of
  20 and 200 synthetic, dated articles naming real GeoNames towns (``tests/newsgen.py``: the
  places are real, the sentences made up), with no tiles (the offline basemap), at 1400 x 900
  in headless Chromium with the network blocked.

Usage::

    python3 tools/screenshots.py [--out docs] [--size 1400x900] [--browser /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from newsgen import news  # noqa: E402

from geomap.render import render_map, save_map  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--size", default="1400x900")
    ap.add_argument("--browser", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "geomap", "map", str(ROOT / "seeds"), "--title", "Ankara, 14 February",
                        "--tiles", "none", "-o", str(Path(tmp) / "seed.html"), "--png", str(args.out / "seed.png"),
                        "--size", "1200x760", "--cache-dir", str(Path(tmp) / "cache")], check=True, cwd=tmp)
        print(args.out / "seed.png")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.browser, args=ARGS)
        for n in (20, 200):
            html = save_map(render_map(news(n), title=f"{n} articles, January to December 2024", tiles="none"),
                            Path(tmp) / f"map-{n}.html")
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            page.goto(html.as_uri())
            page.wait_for_function("window.geomap && window.geomap.ready", timeout=30_000)
            page.wait_for_timeout(500)
            out = args.out / f"map-{n}.png"
            page.screenshot(path=str(out))
            page.close()
            print(f"{out}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

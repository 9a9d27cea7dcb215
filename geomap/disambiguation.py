"""Choose one place for each mention, from the article's own evidence.

Each candidate gets a score made of plain signals, and the highest wins:

* prior: how large the place is (population) and what it is (a country over a town);
* cue: "Idlib province" wants a region, "the city of Aleppo" a city, "the Quebec
  government" or "New York Gov." a region or a country;
* qualifier: "Paris, Texas" or "Moscow, Idaho" name the region or country around the place;
* country context: the countries this article names, and those of its unambiguous places
  (a Moscow near Ankara and Aleppo is in Russia); a town that shares a world city's name
  ("Rome", Georgia) takes it only where something local speaks for the town too, and one
  that shares a big city's name ("Portland", Texas) takes its region's mention only so;
* proximity: how close the candidate is to the article's other places (great-circle km);
  a large region is near the places that lie inside it, and a region that shares its name
  with a town inside it ("Quebec") is the region where the article's towns in it lie far
  from that town (Montreal), the town where they lie near it.

One name resolves the same way everywhere in one article. A small town known only by
an alternate name and backed by no signal is dropped: it is usually a common word or
a person's name. So is a town whose name is one common English word ("Congress",
"Centre", "Industry") unless it is large or the text itself points to it (a cue, a
qualifier, its region named): the country context alone does not make "Congress" a town.
All functions here are pure: what they remember from one article to the
next (names' look-up keys, distances, the priors of a name's candidates) never changes
an answer.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Set, Tuple

from .distance import great_circle_km
from .gazetteer import normalize
from .geodata import along_course, country_name, country_population, district, known_by_post_office, set_by_hand
from .models import Candidate, Match, Place
from .wordlists import COMMON_WORDS, COMPASS_WORDS

#: Kinds of place whose own name overrules the towns that bear it (see :class:`_Prior`).
OVERRULING = frozenset(("country", "continent", "region", "airport"))

# Added to log10(population + 10). A first-level region's population (its towns', see
# geodata.records) does not enter its prior, which puts it level with a city of about 30,000
# people; it decides only whether a town abroad named like it comes after it (Weights).
_FEATURE_PRIOR = {"country": 3.0, "continent": 3.0, "region": 5.5, "admin1": 3.5, "city": 0.0, "custom": 10.0,
                  "island": 5.5, "lake": 5.5, "river": 5.5, "mountain": 5.5, "airport": 5.5}


@dataclass(frozen=True)
class Weights:
    """The weights of the signals; tuned on annotated news, documented in docs/accuracy.md."""

    population: float = 1.0
    alt_name: float = -1.0
    cue: float = 3.0
    qualifier: float = 6.0
    country_named: float = 1.5
    country_extra: float = 0.5
    near_km: float = 300.0
    near: float = 1.5
    min_population: int = 20_000
    min_population_alt: int = 20_000
    region_town: int = 100_000
    region_named: float = 2.0
    common_word_town: int = 50_000
    coherence: float = 1.5
    coherence_cap: float = 2.0
    coherent_km: float = 100.0
    plausible: float = 2.0
    home_region: float = 4.0
    world_city: int = 1_000_000
    world_city_ratio: float = 50.0
    big_city: int = 300_000
    big_city_ratio: float = 20.0
    region_people: int = 1_000_000
    region_ratio: float = 5.0
    #: a town abroad comes after a region this populous and ``region_ratio`` times larger
    region_abroad_people: int = 500_000
    #: a town abroad this many times smaller than a region of ``world_city`` people of its
    #: name takes its country's mentions only where the text itself speaks for it
    region_rival_ratio: float = 1000.0
    #: a town of geomap's lists set by hand, whose population is not known, counts as a town
    #: of this many people in its prior (not in the rules that keep or drop a small place; a
    #: village of those lists as geodata.VILLAGE_PEOPLE)
    hand_set_town: int = 10_000


@dataclass(frozen=True)
class Choice:
    """The place chosen for one match (``place`` is ``None`` when the name is dropped)."""

    place: Optional[Place]
    confidence: float
    reason: str
    alternatives: Tuple[Place, ...] = ()


def resolve(matches: Sequence[Match], weights: Weights = Weights(),
            called: Sequence[Tuple[str, str]] = (),
            dialled: Optional[Mapping[int, Tuple[str, str]]] = None) -> List[Choice]:
    """Choose a place for every match, one choice per match in the same order.

    :param called: the ``(country, region)`` that the article's telephone numbers point to
        (:func:`geomap.phones.called_regions`; region "" for a whole country): each counts as
        the region (and its country) named once.
    :param dialled: by position in ``matches``, the ``(country, region)`` of a telephone number
        given right after the name (:func:`geomap.phones.dialled`): it qualifies the name as
        the region written after it would.
    """
    groups: Dict[str, List[int]] = {}
    for n, m in enumerate(matches):
        groups.setdefault(_group_key(m), []).append(n)
    _split_by_region(matches, groups)
    # a region written after one mention ("Lebanon, Ohio") says which place all of them are
    # (a country before it in the possessive, only which place that mention is: see _group_key)
    narrowed = {key: [n for n in idx if matches[n].region or matches[n].country] for key, idx in groups.items()}
    cands = {key: _union(matches, narrowed[key] or idx) for key, idx in groups.items()}
    in_county = _paired_with_counties(matches, cands)
    cues = {key: _cues(matches, idx) for key, idx in groups.items()}
    priors = {key: _prior(cands[key], weights) for key in groups}

    # First pass: each name on its own. Its picks give the article's context.
    first = {key: _pick(cands[key], priors[key], cues[key], weights) for key in groups}
    context = _Context.from_picks(first, groups)
    for country, region in called:
        if region:
            context.regions.setdefault((country, region), set()).add(_CALLED)
        context.countries[country] += 1
        context.called[country] += 1
    for key, abroad in _split_by_country(matches, groups, context).items():
        narrowed[key] = [n for n in groups[key] if matches[n].region or matches[n].country]
        cands[key] = _union(matches, narrowed[key] or groups[key])
        # (the mentions written with another country are that country's place where it has one)
        cands[key] = tuple(c for c in cands[key] if c.place.country in abroad) or cands[key]
        cues[key] = _cues(matches, groups[key])
        priors[key] = _prior(cands[key], weights)
    support = _coherence(cands, priors, weights)
    qualified = _qualified_regions(matches, groups)
    choices: List[Optional[Choice]] = [None] * len(matches)

    def choose(keys) -> None:
        for key in keys:
            idx = groups[key]
            located = any(matches[n].located for n in idx)
            ranked, firm, local = _rank(cands[key], priors[key], cues[key], context.without(key), weights,
                                        _qualifiers(matches, idx, dialled), support.get(key), qualified.get(key, ()),
                                        located)
            first_narrowed = matches[narrowed[key][0]] if narrowed[key] else None
            within = ((first_narrowed.region, "region") if first_narrowed and first_narrowed.region
                      else (first_narrowed.country, "country") if first_narrowed
                      else (in_county[key], "county") if key in in_county else None)
            choice = _choose(ranked, weights, firm or not _common_word(key.partition("\t")[0]), local, within,
                             located)
            if choice.place is not None and not firm and ranked[0][0].via == "alt":
                choice = _another_countrys_other_name(choice, key.partition("\t")[0], context.without(key), weights)
            for n in idx:
                choices[n] = choice

    choose(groups)
    # A name first taken for something else and chosen as a region in the end ("Georgia", the
    # country on its own, the state among Atlanta and Watkinsville) is then named for the
    # towns of the article too: they are chosen again with it ("Brunswick" is Georgia's).
    turned = {key: place for key, pick in first.items() if pick is not None and pick[0].place.feature != "admin1"
              for place in [choices[groups[key][0]].place] if place is not None and place.feature == "admin1"}
    if turned:
        for key, place in turned.items():
            context.regions.setdefault((place.country, place.name), set()).add(key)
        choose([key for key in groups if key not in turned])
    return [c for c in choices if c is not None]


def _another_countrys_other_name(choice: Choice, key: str, context: "_Context", w: Weights) -> Choice:
    """``choice``, a town known by this name only as another name of it, dropped where the
    article is about another country and never names the town's: "Sangay" (a volcano of
    Ecuador) is no Shanghai in Ecuador's news, "Upper Bann" no Bern in Northern Ireland's, nor
    "Filadelfia" (Costa Rica's) Philadelphia. Its own name's first words stay ("New York" for
    New York City, "St Paul" for Saint Paul)."""
    p = choice.place
    if p.feature != "city":
        return choice
    home = _home_country(context, w)
    if home is None or home == p.country or context.named(p.country):
        return choice
    own = _key(p.name).replace("saint ", "st ")
    if key == own or _short_form(key, own):
        return choice
    return Choice(None, 0.0, f"dropped: only another name of {p.name} ({_country_name(p.country)}), in an article "
                             f"about {_country_name(home)} that does not name {_country_name(p.country)}",
                  choice.alternatives)


def _split_by_region(matches: Sequence[Match], groups: Dict[str, List[int]]) -> None:
    """Split, in place, a name's mentions written with different regions after them
    ("JACKSON, Tenn." and "her daughter of Jackson, Miss."): each region's mention is a
    place of its own, the name's other mentions stay with the first region written."""
    for key in [key for key, idx in groups.items() if len(idx) > 1]:
        idx = groups[key]
        written = {n: _region_after(matches, n) for n in idx}
        regions = list(dict.fromkeys(region for region in written.values() if region))
        if len(regions) < 2:
            continue
        groups[key] = [n for n in idx if written[n] in ("", regions[0])]
        for region in regions[1:]:
            groups[f"{key}\t@{region}"] = [n for n in idx if written[n] == region]


def _split_by_country(matches: Sequence[Match], groups: Dict[str, List[int]],
                      context: "_Context") -> Dict[str, Set[str]]:
    """Split, in place, the mentions of a name written with another country than the
    article's after them ("FLORENCE — … named it for Florence in Italy", in an article about
    Alabama; "LAGOS, Nigeria — … a yard in Lagos, the fishing town in Portugal's Algarve")
    from its other mentions: the first are that country's place, the others one of the
    article's own country where the name has one. Return the groups split, each with the
    countries written after its mentions (none for the article's own). (Where the country is
    the article's, all are one place: "Valencia, Venezuela … Valencia".)"""
    new: Dict[str, Set[str]] = {}
    for key in [key for key, idx in groups.items() if len(idx) > 1 and "\t" not in key]:
        idx = groups[key]
        written = {n: _qualifiers(matches, [n]) for n in idx}
        if not any(written.values()) or any(region for n in idx for _, region in written[n]):
            continue
        others = context.without(key)
        home = max(others.countries, key=others.named, default=None)
        if home is None:
            continue
        abroad = [n for n in idx if written[n] and not any(country == home for country, _ in written[n])]
        countries = {country for n in abroad for country, _ in written[n]}
        if not abroad or len(abroad) == len(idx) or others.named(home) <= max(map(others.named, countries)) \
                or not any(c.place.country == home for n in idx for c in matches[n].candidates):
            continue
        split = f"{key}\t@{'/'.join(sorted(countries))}"
        groups[key], groups[split] = [n for n in idx if n not in abroad], abroad
        new[key], new[split] = set(), countries
    return new


def _region_after(matches: Sequence[Match], n: int) -> str:
    """The first-level region written after the ``n``-th match and a comma, which holds one
    of its towns, within a list too ("Columbus, Ohio, and Louisville, Ky."); "" if none."""
    m = matches[n]
    if m.region or not m.comma_after or n + 1 == len(matches):
        return m.region
    nxt = matches[n + 1]
    if not 0 < nxt.mention.start - m.mention.end <= 3:
        return ""
    regions = {(c.place.country, c.place.name) for c in nxt.candidates
               if c.place.feature == "admin1" and c.via in ("name", "abbr")}
    return next((c.place.admin1 for c in m.candidates
                 if c.place.feature == "city" and (c.place.country, c.place.admin1) in regions), "")


def _group_key(m: Match) -> str:
    """The key of the mentions resolved as one: a name's, or for a mention narrowed to the
    country written before it in the possessive, the name's and that country's ("India's
    Punjab" in an article from Lahore whose other mentions are Pakistan's Punjab); and a
    mention the text makes a river's, apart ("the Dnipro" and the city, "Dnipro was shelled")."""
    key = _key(m.mention.surface)
    if m.candidates and all(c.place.feature == "river" for c in m.candidates):
        key += "\triver"
    return f"{key}\t{m.country}" if m.country else key


def revise(text: str, matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """A second look at one article's ``choices`` (those of :func:`resolve`, in the order of
    ``matches``) with its text: a river's or a valley's name is no far-off town's (see
    :func:`_named_after_elsewhere`), a region named by compass words alone is one only
    where its country is named (see :func:`_compass_regions`), a small place far from all
    the article's others is no place of it (see :func:`_far_and_small`), nor are a few small
    towns of a country it does not name far from all its others (see :func:`_far_cluster`),
    nor a namesake abroad of a town the text puts in a region (see :func:`_outside_container`),
    nor a river named without its "River" far from them (see :func:`_far_rivers`), and a list
    names like with like (see :func:`_like_with_like`)."""
    choices = _far_and_small(matches, _far_cluster(matches, _compass_regions(
        matches, _named_after_elsewhere(matches, choices))))
    return _like_with_like(text, matches, _far_rivers(matches, _outside_container(text, matches, choices)))


#: A town placed this far from the region or country the text puts it in is not that town.
_OUTSIDE_KM = 500.0
#: ...where it has fewer people than this (a capital "in" another country is a visit).
_OUTSIDE_PEOPLE = 500_000
#: A capitalised word and "of" right before a name: a person's or a title's ("Gregory of").
_TITLED_OF = re.compile(r"[A-Z][\w.]* of $")


def _outside_container(text: str, matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with no place for a town the text puts in a region or country ("the town of
    Lassa in Borno state", "Ennis, Co Clare") where the place chosen for it lies in another
    country, 500 km or more from that region: it is then a town the gazetteer lacks, not a
    namesake abroad (Lhasa, of which "Lassa" is another name). A large city stands ("a
    delegation from Ankara in Damascus"), and so does a name after a capitalised word and "of"
    ("St. Gregory of Narek in the Vatican"); after a comma only a first-level region counts,
    as a country there may be a list's next name ("Santiago de Cuba and Cienfuegos, Peru
    has..."). Where the name has a town in that region or country, that mention alone is that
    town ("Saint-Denis, the capital of Réunion" in an article of Saint-Denis by Paris)."""
    out = list(choices)
    for k in range(len(matches) - 1):
        m, nxt = matches[k], matches[k + 1]
        p, q = choices[k].place, choices[k + 1].place
        if p is None or q is None or p.feature not in ("city", "admin2") or p.population >= _OUTSIDE_PEOPLE:
            continue
        if q.feature not in ("admin1", "country") or p.country == q.country:
            continue
        between = nxt.mention.start - m.mention.end
        if m.in_after and between == m.in_after:
            if _TITLED_OF.search(text, max(0, m.mention.start - 40), m.mention.start):
                continue  # "St. Gregory of Narek in the Vatican": a title, not where he is
        elif not (m.comma_after and 0 < between <= 3 and q.feature == "admin1"):
            continue  # after a comma, a country may be the list's next ("Cienfuegos, Peru")
        if _km(p.lat, p.lon, q.lat, q.lon) >= _OUTSIDE_KM:
            inside = [c.place for c in m.candidates if c.place.feature in ("city", "admin2")
                      and c.place.country == q.country and (q.feature == "country" or c.place.admin1 == q.name)]
            if inside:
                # a town of the name that lies there is this mention's, whatever the name's
                # other mentions are ("… confused with Saint-Denis, the capital of Réunion")
                town = max(inside, key=lambda t: t.population)
                out[k] = dataclasses.replace(choices[k], place=town, alternatives=(),
                                             reason=f"{town.name} ({_where(town)}): the text puts it in {q.name}")
                continue
            key = _group_key(m)
            for n, other in enumerate(matches):
                if _group_key(other) == key:
                    out[n] = dataclasses.replace(
                        choices[n], place=None, confidence=0.0, alternatives=(),
                        reason=f"not {p.name} ({_where(p)}): the text puts it in {q.name}")
    return out


#: How far from all of an article's places a river named without its "River" is no place
#: of the article.
_FAR_RIVER_KM = 1000.0


def _far_rivers(matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with no place for a name that stands for a river the index holds as "X
    River" without its "River" ("the Shire", "the Dnipro") where the river runs 1,000 km or
    more from every town and region of the article: its bare name there is something else
    ("the Shire" of an Australian council is no river of Malawi). A river named as the index
    names it ("the Nile", "the Shire River") stays, and so does one in an article with no
    such place."""
    spots = [c.place for c in choices
             if c.place is not None and c.place.feature in ("city", "admin1", "admin2", "nearby")]
    if not spots:
        return choices
    out = list(choices)
    for k, (m, c) in enumerate(zip(matches, choices)):
        p = c.place
        if (p is None or p.feature != "river" or not p.name.endswith(" River")
                or "river" in m.mention.surface.lower()):
            continue
        if all(_km(p.lat, p.lon, q.lat, q.lon) >= _FAR_RIVER_KM for q in spots):
            out[k] = dataclasses.replace(c, place=None, confidence=0.0, alternatives=(),
                                         reason=f"not the {p.name} ({_where(p)}): far from all this article's places")
    return out


#: How near another place of the article a town must lie for a river or a valley to be
#: named after it, where the town's region is none of the article's (within twice that where it
#: is).
_NAMED_AFTER_KM = 100.0


def _named_after_elsewhere(matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with no place for a river's, a valley's or a town's part's name (a context
    name with candidates, see :mod:`geomap.matching`) whose town it would be named after lies
    away from the article's other places: in none of their regions and 100 km or more from
    their towns, or in their region but 200 km or more from them ("the Thompson River" beside
    Kamloops is not by Thompson, British Columbia, 224 km off), or, where the article names
    countries only, in none of them ("the Po Valley" beside Parma is not by Pô, Burkina Faso; "the Blackfoot Valley" beside Missoula
    is not by Blackfoot, Idaho; "the Havelock neighborhood of Lincoln" is not Havelock, North
    Carolina). The name is then one the gazetteer lacks."""
    others = [c.place for m, c in zip(matches, choices) if c.place is not None and m.mention.kind != "context"]
    if not others or not any(m.mention.kind == "context" and c.place is not None for m, c in zip(matches, choices)):
        return choices
    regions = {(p.country, p.admin1) for p in others if p.admin1}
    points = [p for p in others if p.feature in ("city", "admin2")]
    countries = {p.country for p in others}

    def elsewhere(place: Place) -> bool:
        if regions or points:
            far = [_km(place.lat, place.lon, p.lat, p.lon) for p in points]
            # (a feature or a region of no one first-level unit: its country for its region)
            inside = (place.country, place.admin1) in regions if place.admin1 else place.country in countries
            return all(d >= _NAMED_AFTER_KM for d in far) and (
                not inside or bool(far) and min(far) >= 2 * _NAMED_AFTER_KM)
        return place.country not in countries

    return [dataclasses.replace(c, place=None, confidence=0.0, alternatives=(),
                                reason=f"not {c.place.name} ({_where(c.place)}): far from this article's other places")
            if m.mention.kind == "context" and c.place is not None and elsewhere(c.place) else c
            for m, c in zip(matches, choices)]


#: The words of a region's name that only say where in a country it lies ("North West",
#: "Far North", "Centre"; in French "Sud", "Nord-Est", "Extrême-Nord").
_WHERE_WORDS = COMPASS_WORDS | {"centre", "center", "nord", "sud", "est", "ouest", "extreme"}


def _compass_regions(matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with no place for a first-level region named by compass words alone
    ("North", "East", "Centre", "North West") where the article does not name the region's
    country: such a name says where in a country ("the upper North" of Thailand, "the North"
    for North Korea, "the East of England Ambulance Service"), and is Cameroon's, Lebanon's
    or South Africa's region only in news of that country ("Cameroon's Far North region")."""
    countries = {c.place.country for c in choices if c.place is not None and c.place.feature == "country"}
    out = list(choices)
    for k, (m, c) in enumerate(zip(matches, choices)):
        p = c.place
        if (p is not None and p.feature == "admin1" and p.country not in countries
                and all(w in _WHERE_WORDS for w in normalize(m.mention.surface).split())):
            out[k] = dataclasses.replace(c, place=None, confidence=0.0, alternatives=(),
                                         reason=f"not {p.name} ({_where(p)}): compass words, and the article "
                                                f"names no {country_name(p.country) or p.country}")
    return out


#: A place chosen for a name is taken for none where it is smaller than this, lies in none of
#: the countries of the article's other places and this far from every one of them, and the
#: article names at least this many other places; a town known by the name only as another
#: name of it, wherever it lies, where it is smaller than ``_ALT_SMALL_PEOPLE``.
_FAR_SMALL_PEOPLE = 100_000
_FAR_KM = 1500.0
_FAR_OTHERS = 2
_ALT_SMALL_PEOPLE = 10_000


def _far_and_small(matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with no place for a name whose place is a small town or region far from
    all of the article's other places and in none of their countries: news names places
    that belong together, and a lone small place thousands of kilometres away is more often
    a word, a person's name or a place the gazetteer lacks than that town ("Joda", India,
    in a report from South Sudan's border; "Kanal", Slovenia's Kanal ob Soči; "Fano", Italy, a
    surname), and so is a town of fewer than 10,000 people in such a country that bears the
    name only as another name, however near ("Tawila" of Darfur is no Yemeni village of that
    other name across the Red Sea). The name is then dropped (one found by the words around
    it stays, as a name the gazetteer lacks). A large city stands ("Geneva", "Washington" in
    any story)."""
    placed = [(m.mention.surface.lower(), c.place.key, c.place) for m, c in zip(matches, choices)
              if c.place is not None]
    if len({key for _, key, _ in placed}) <= _FAR_OTHERS:
        return choices
    by_country: Dict[str, List[Tuple[str, str]]] = {}
    for name, key, o in placed:
        by_country.setdefault(o.country, []).append((key, name))
    out = list(choices)
    for k, (m, c) in enumerate(zip(matches, choices)):
        p = c.place
        if p is None or p.population >= _FAR_SMALL_PEOPLE or p.feature not in ("city", "admin1", "admin2"):
            continue
        surface = m.mention.surface.lower()
        own = p.key
        if any(key != own and name != surface for key, name in by_country.get(p.country, ())):
            continue  # another place of the article lies in its country
        others = {key: o for name, key, o in placed if key != own and name != surface}
        if len(others) < _FAR_OTHERS:
            continue
        if p.population < _ALT_SMALL_PEOPLE and p.feature == "city" and all(
                cand.via == "alt" for cand in m.candidates if cand.place.key == own):
            out[k] = dataclasses.replace(c, place=None, confidence=0.0, alternatives=(),
                                         reason=f"not {p.name} ({_where(p)}): only another name of a small town abroad")
            continue
        if all(abs(o.lat - p.lat) * _KM_PER_DEGREE_LAT >= _FAR_KM or _km(p.lat, p.lon, o.lat, o.lon) >= _FAR_KM
               for o in others.values()):
            out[k] = dataclasses.replace(c, place=None, confidence=0.0, alternatives=(),
                                         reason=f"not {p.name} ({_where(p)}): a small place far from all this article's others")
    return out


def _far_cluster(matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with no place for the small towns and districts of a country the article
    does not name (nor any region of it) that lie 1,500 km or more from all of the article's
    other places, where those are more: they speak for one another only because they share
    a country's namesakes far off (Thirlmere, Grasmere and Cumberland of New South Wales
    in a story from Cumbria, beside Keswick and Cockermouth). The names are then ones the
    gazetteer lacks. A large city among them keeps them all. A name of one of them that is
    also a large city of a country the article names is that city ("Georgetown", Guyana's
    capital, once the Georgetown of Indiana, near "Fishers", is dropped from a story from
    Barbados that names Guyana)."""
    placed = [(k, c.place) for k, c in enumerate(choices) if c.place is not None]
    by_country: Dict[str, List[Tuple[int, Place]]] = {}
    for k, p in placed:
        by_country.setdefault(p.country, []).append((k, p))
    if len(by_country) < 2:
        return choices
    out = list(choices)
    for country, members in by_country.items():
        if not country or any(p.feature not in ("city", "admin2") or p.population >= _FAR_SMALL_PEOPLE
                              for _, p in members):
            continue
        own = {p.key for _, p in members}
        rest = [p for _, p in placed if p.country != country]
        if len({p.key for p in rest}) <= len(own):
            continue
        if all(abs(o.lat - p.lat) * _KM_PER_DEGREE_LAT >= _FAR_KM or _km(p.lat, p.lon, o.lat, o.lon) >= _FAR_KM
               for _, p in members for o in rest):
            named = {q.country for _, q in placed if q.feature == "country" and q.country != country}
            for k, p in members:
                other = max((c.place for c in matches[k].candidates
                             if c.place.country in named and c.via == "name" and c.place.feature == "city"
                             and c.place.population >= _FAR_SMALL_PEOPLE),
                            key=lambda o: o.population, default=None)
                if other is None:
                    out[k] = dataclasses.replace(
                        choices[k], place=None, confidence=0.0, alternatives=(),
                        reason=f"not {p.name} ({_where(p)}): its country's places are few here and far from all others")
                else:
                    out[k] = dataclasses.replace(
                        choices[k], place=other, alternatives=(),
                        reason=f"{other.name} ({_where(other)}), a large city of {_country_name(other.country)}, "
                               f"which this article names; not {p.name} ({_where(p)}), whose country's places "
                               "are few here and far from all others")
    return out


#: What stands between the names of a list ("Albany, Corvallis and Lebanon").
_LIST_GAP = re.compile(r"(?:,|,? and|,? or) ")
#: How near a list's other towns a town must lie to be taken for theirs.
_LIST_KM = 150.0


def _like_with_like(text: str, matches: Sequence[Match], choices: List[Choice]) -> List[Choice]:
    """``choices`` with each name of a list of three or more ("Albany, Corvallis and
    Lebanon") placed like all the others where it was not: a town of their country near
    them, or a region of their country, when it has such a place. News lists like with like:
    Lebanon among Oregon's towns is Oregon's, not the country."""
    out = list(choices)
    n = 0
    while n < len(matches):
        end = n + 1
        while (end < len(matches) and matches[end].candidates and matches[end - 1].candidates
               and _LIST_GAP.fullmatch(text, matches[end - 1].mention.end, matches[end].mention.start)):
            end += 1
        if end - n >= 3 and not _regions_alike(range(n, end), matches, out):
            _retype(range(n, end), matches, out)
        elif end - n == 2:
            _pair_of_regions(n, matches, out)
        n = end
    return out


def _own_region(c: Candidate) -> bool:
    """Whether a candidate is a first-level region by its own name or abbreviation."""
    return c.place.feature == "admin1" and c.via in ("name", "abbr")


def _regions_alike(members: range, matches: Sequence[Match], out: List[Choice]) -> bool:
    """Where each member of a list is the own name of a first-level region of one country
    ("Jalisco, Colima and Nayarit"), place at its region every member placed elsewhere but at
    a town of that country by the same name (Colima's capital may be meant; Xalisco of
    Nayarit, which bears "Jalisco" as another name, and Tepic, "Nayarit" as another name,
    are not); whether they were such a list."""
    shared: Optional[set] = None
    for k in members:
        codes = {c.place.country for c in matches[k].candidates if _own_region(c)}
        shared = codes if shared is None else shared & codes
        if not shared:
            return False
    if len(shared) != 1:
        return False
    country = shared.pop()
    for k in members:
        region = next(c.place for c in matches[k].candidates if _own_region(c) and c.place.country == country)
        p = out[k].place
        if p is not None and p.feature in ("city", "admin2") and p.country == country \
                and any(c.place is p and c.via == "name" for c in matches[k].candidates):
            continue  # (a town of its country by the same name: the region's capital, mostly)
        if p != region:
            out[k] = Choice(region, max(out[k].confidence, 0.5),
                            f"the region {region.name}, like the other regions of its list", out[k].alternatives)
    return True


def _pair_of_regions(n: int, matches: Sequence[Match], out: List[Choice]) -> None:
    """A pair ("California or Washington", "Minas Gerais and São Paulo") of which one is a
    first-level region and the other was placed at a town of that country whose name is also
    a region's there: the region, like the other ("Washington, Pennsylvania" is a town, its
    name's candidates cut to that region's before)."""
    for k, other in ((n, n + 1), (n + 1, n)):
        p, q = out[k].place, out[other].place
        if p is None or q is None or q.feature != "admin1" or p.feature != "city" or p.country != q.country:
            continue
        region = next((c.place for c in matches[k].candidates if _own_region(c) and c.place.country == q.country),
                      None)
        if region is not None:
            out[k] = Choice(region, max(out[k].confidence, 0.5),
                            f"the region {region.name}, like {q.name} beside it", out[k].alternatives)


def _retype(members: range, matches: Sequence[Match], out: List[Choice]) -> None:
    """Place the one member of a list unlike the others like them (see :func:`_like_with_like`)."""
    kinds = Counter((out[k].place.country, out[k].place.feature) for k in members if out[k].place is not None)
    if not kinds:
        return
    kind, count = kinds.most_common(1)[0]
    odd = [k for k in members if out[k].place is None or (out[k].place.country, out[k].place.feature) != kind]
    if len(odd) != 1 or count < 2 or kind[1] not in ("city", "admin1", "admin2"):
        return  # all alike, or no one kind for the others
    k = odd[0]
    others = [out[m].place for m in members if m != k]
    fits = [c.place for c in matches[k].candidates if (c.place.country, c.place.feature) == kind]
    if kind[1] != "admin1":
        fits = [p for p in fits if min(_km(p.lat, p.lon, o.lat, o.lon) for o in others) <= _LIST_KM]
    if not fits:
        return
    best = max(fits, key=lambda p: p.population)
    out[k] = Choice(best, max(out[k].confidence, 0.5),
                    f"{best.name} ({_where(best)}), like the other places of its list", out[k].alternatives)


def _where(p: Place) -> str:
    """A place's region and country, as a reason writes them ("Oregon, US")."""
    return ", ".join(x for x in (p.admin1, p.country) if x)


#: The key under which a region a telephone number points to is named (no name's key: it is
#: never a name's own evidence).
_CALLED = "(telephone)"

#: Look-up keys of the names seen so far (bounded: it starts afresh when full).
_KEYS: Dict[str, str] = {}
_MAX_KEYS = 50_000


def _key(surface: str) -> str:
    """``normalize(surface)``, remembered: the same names recur from article to article."""
    key = _KEYS.get(surface)
    if key is None:
        if len(_KEYS) >= _MAX_KEYS:
            _KEYS.clear()
        key = _KEYS[surface] = normalize(surface)
    return key


# --- scoring ------------------------------------------------------------------------------

@dataclass
class _Context:
    countries: Counter
    points: List[Tuple[str, float, float]]
    own: Dict[str, Tuple[str, int]] = field(default_factory=dict)
    regions: Dict[Tuple[str, str], Set[str]] = field(default_factory=dict)  # (country, region) -> its keys
    skip: Optional[str] = None  # the name whose own evidence does not count (see without)
    #: the countries of every name's first pick, clear or not, by name
    picked: Dict[str, str] = field(default_factory=dict)
    #: the clear picks that are towns or counties, by the region ``(country, name)`` they lie in
    towns: Dict[Tuple[str, str], List[Tuple[str, float, float]]] = field(default_factory=dict)
    #: regions named only through a town of theirs that bears their name ("New York" the city)
    homes: Dict[Tuple[str, str], Set[str]] = field(default_factory=dict)
    #: the countries the article's telephone numbers point to (counted in ``countries`` too)
    called: Counter = field(default_factory=Counter)

    @classmethod
    def from_picks(cls, picks, groups) -> "_Context":
        """The context made of the first pass's picks: ``{key: (best, score, clear, home)}`` (see
        :func:`_pick`)."""
        countries: Counter = Counter()
        points: List[Tuple[str, float, float]] = []
        own: Dict[str, Tuple[str, int]] = {}
        regions: Dict[Tuple[str, str], Set[str]] = {}
        picked: Dict[str, str] = {}
        towns: Dict[Tuple[str, str], List[Tuple[str, float, float]]] = {}
        homes: Dict[Tuple[str, str], Set[str]] = {}
        for group, pick in picks.items():
            if pick is None:
                continue
            best, score, clear, home = pick
            picked[group] = best.place.country
            count = len(groups[group])
            # a mention narrowed to a country before it ("India's Punjab", see _group_key) is
            # no evidence for the name's other mentions: its places count under the name's key
            key = group.partition("\t")[0]
            if best.place.feature == "admin1":
                # a region's own name is evidence for the places inside it even where a
                # town shares it ("Iowa", also a town in Louisiana)
                regions.setdefault((best.place.country, best.place.name), set()).add(key)
            elif best.place.feature == "region" and best.place.admin1:
                # and a part of it named by a compass word ("North Texas") as much
                regions.setdefault((best.place.country, best.place.admin1), set()).add(key)
            elif home is not None:
                # and where it is taken for a town in it that bears the name too ("New York",
                # "Oklahoma"): the town's name speaks for its region's other towns, but less
                # (see _scores)
                homes.setdefault(home, set()).add(key)
            # only picks that are clear on their own shape the rest of the context
            if not clear:
                continue
            if best.place.country and not (set_by_hand(best.place) and best.place.feature not in ("city", "admin2")):
                # (not a feature of the lists set by hand, which itself stands only where its
                # country is named: Scotland's Speyside names no country in a story of Tobago's)
                countries[best.place.country] += count
                own[group] = (best.place.country, count)
            if best.place.feature in ("city", "admin2", "admin1", "custom", "geocoded"):
                points.append((key, best.place.lat, best.place.lon))
            if best.place.feature in ("city", "admin2") and best.place.admin1:
                towns.setdefault((best.place.country, best.place.admin1), []).append(
                    (key, best.place.lat, best.place.lon))
        return cls(countries, points, own, regions, None, picked, towns, homes)

    def without(self, key: str) -> "_Context":
        """The context of every name but ``key``: a name is no evidence for itself."""
        return _Context(self.countries, self.points, self.own, self.regions, key, self.picked, self.towns,
                        self.homes, self.called)

    def towns_in(self, region: Tuple[str, str]) -> List[Tuple[str, float, float]]:
        """The article's other clear towns and counties that lie in ``region``."""
        return [t for t in self.towns.get(region, ()) if t[0] != self.skip]

    def mentions_country(self, country: str) -> bool:
        """Whether another name of the article (clear or not) is first taken for a place in
        ``country``."""
        return any(code == country for key, code in self.picked.items() if key != self.skip)

    def named(self, country: str) -> int:
        """How many times the article names ``country`` (by itself or through its places)."""
        count = self.countries.get(country, 0)
        if self.skip in self.own:
            code, own = self.own[self.skip]
            if code == country:
                count -= own
        return count

    def has_region(self, region: Tuple[str, str], otherwise: bool = False) -> bool:
        """Whether the article names the region ``(country, name)``; with ``otherwise``, by
        another name than the one being chosen and its longer forms ("Derry Borough" does
        not name the region Derry for "Derry")."""
        for key in self.regions.get(region, ()):
            if key != self.skip and not (otherwise and self.skip is not None and _short_form(self.skip, key)):
                return True
        return False

    def only_called(self, region: Tuple[str, str]) -> bool:
        """Whether the region ``(country, name)`` is named only by a telephone number's area code."""
        keys = self.regions.get(region, set())
        return _CALLED in keys and keys <= {_CALLED, self.skip}

    def has_home(self, region: Tuple[str, str]) -> bool:
        """Whether the article names a town of the region ``(country, name)`` by the region's
        name ("New York")."""
        for key in self.homes.get(region, ()):
            if key != self.skip:
                return True
        return False

    def other_points(self) -> List[Tuple[str, float, float]]:
        return [p for p in self.points if p[0] != self.skip]


def _paired_with_counties(matches: Sequence[Match], cands: Dict[str, Tuple[Candidate, ...]]) -> Dict[str, str]:
    """A town written before a comma and a county ("Smithville, DeKalb County"), or before an
    apposition that puts it in one ("Emmet, a village in Nevada County", "Washington, the old
    Hempstead County seat"), lies in that county: both names keep only their candidates that
    lie together, a town within ``_IN_COUNTY_KM`` of a county of its state, where some do.
    Updates ``cands`` in place; returns the county written after each town so narrowed, by
    the town's key."""
    out: Dict[str, str] = {}
    for n in range(len(matches) - 1):
        m, nxt = matches[n], matches[n + 1]
        between = nxt.mention.start - m.mention.end
        if not (m.comma_after and 0 < between <= 3 or m.in_after and between == m.in_after):
            continue
        town_key, county_key = _group_key(m), _group_key(nxt)
        towns = [c for c in cands.get(town_key, ()) if c.place.feature == "city"]
        counties = [c for c in cands.get(county_key, ()) if c.place.feature == "admin2"]
        if not towns or not counties or len(towns) + len(counties) == 2:
            continue
        pairs = [(t, c) for t in towns for c in counties if t.place.admin1 == c.place.admin1
                 and _km(t.place.lat, t.place.lon, c.place.lat, c.place.lon) <= _IN_COUNTY_KM]
        if pairs:
            cands[town_key] = tuple(dict.fromkeys(t for t, _ in pairs))
            cands[county_key] = tuple(dict.fromkeys(c for _, c in pairs))
            out[town_key] = nxt.mention.surface
    return out


def _union(matches: Sequence[Match], idx: Sequence[int]) -> Tuple[Candidate, ...]:
    """The candidates of a name's mentions, each place once (the first of its candidates)."""
    if len(idx) == 1 and len(matches[idx[0]].candidates) < 2:
        return tuple(matches[idx[0]].candidates)
    seen: Dict[object, Candidate] = {}
    for n in idx:
        for c in matches[n].candidates:
            # Place.key, without formatting it: "geonames:<id>" stands for the id
            gid = c.place.geonameid
            seen.setdefault(gid if type(gid) is int and gid else c.place.key, c)
    return tuple(seen.values())


def _cues(matches: Sequence[Match], idx: Sequence[int]) -> Counter:
    """How many of a name's mentions carry each cue (``None``: no cue)."""
    return Counter(matches[n].cue for n in idx)


def _qualifiers(matches: Sequence[Match], idx: Sequence[int],
                dialled: Optional[Mapping[int, Tuple[str, str]]] = None) -> Dict[Tuple[str, str], bool]:
    """Regions and countries written right after a name and a comma ("Paris, Texas") or
    after "in" ("Monroe County in northeast Missouri"), or served by a telephone number given
    right after it (``dialled``, see :func:`resolve`): ``(country, region)`` ("" for a
    country) -> whether by a telephone number.

    They qualify only a town or region inside them, and never a name that is itself a
    country's (in the list "China, Japan", see :class:`_Prior`).
    """
    out: Dict[Tuple[str, str], bool] = {}
    for n in idx:
        m = matches[n]
        if n + 1 < len(matches):
            nxt = matches[n + 1]
            between = nxt.mention.start - m.mention.end
            if (m.comma_after and 0 < between <= 3) or (m.in_after and between == m.in_after):
                # (a country's own name before a comma and another country's is a list, not a
                # place in it: "the borders with Niger, Nigeria and Cameroon")
                a_country = any(c.place.feature == "country" and c.via == "name" for c in m.candidates)
                for c in nxt.candidates:
                    if (c.place.feature == "admin1" or c.place.feature == "country" and not a_country) \
                            and c.via in ("name", "abbr"):
                        out[c.place.country, c.place.name if c.place.feature == "admin1" else ""] = False
        if dialled and n in dialled:
            out.setdefault(dialled[n], True)
    return out


class _Prior:
    """What a name's candidates score before the article has its say: the prior of each
    (population, feature, alternate name), which of them take no other signal, and the
    tie-breaks of the ranking. The same candidates recur from article to article, so this
    is worked out once for them (see :func:`_prior`).

    A name that is a country's, a continent's, a sea's or an airport's own name ("China",
    "Atlantic") gives its same-named towns no context bonus: the article's context tells towns
    apart, it does not turn a country's name into a town's. An island's, a lake's, a river's or
    a mountain's name leaves them theirs ("Trinidad, Colorado").
    """

    def __init__(self, cands: Tuple[Candidate, ...], w: Weights):
        self.weights = w
        big = any(c.place.feature in OVERRULING and c.via != "alt" and not _one_countrys(c.place) for c in cands)
        # and a region's own name ("Delaware") to the small towns of that name in its country:
        # whatever the article says of the country speaks for the region as much as for them
        # (and so does a region of one country: "Tipperary" is the county, not its town)
        regions = {c.place.country for c in cands if (c.place.feature == "admin1" or _one_countrys(c.place))
                   and c.via in ("name", "abbr")}
        own_regions = [(c.place.country, c.place.population) for c in cands if c.place.feature == "admin1"
                       and c.via in ("name", "abbr")]
        populous = [(country, people) for country, people in own_regions if people >= w.region_abroad_people]
        self.scores: List[float] = []
        self.plain: List[bool] = []  # a town that no signal speaks for
        for c in cands:
            p = c.place
            plain = p.feature == "city" and (big or p.country in regions and p.population < w.region_town)
            people = (p.population or w.hand_set_town) if p.feature == "city" and set_by_hand(p) else p.population
            if plain:
                score = w.population * math.log10(max(people, 1) + 10) + (w.alt_name if c.via == "alt" else 0.0)
                if p.country in regions and not big:
                    # a town named after its country's region, and no larger than a city of
                    # 100,000, comes after the region on its own ("a judge in Wyoming" is the
                    # state, not the town of 75,000 in Michigan)
                    score = min(score, w.population * 1.0 + _FEATURE_PRIOR["admin1"] - 0.01)
            else:
                size = 0 if p.feature == "admin1" else people
                score = w.population * math.log10(max(size, 1) + 10) + _FEATURE_PRIOR.get(p.feature, 0.0)
                if c.via == "alt":
                    score += w.alt_name
                if p.feature == "city" and any((p.country != country or c.via == "alt")
                                               and p.population * w.region_ratio <= people
                                               for country, people in populous):
                    # a town abroad named like a region of half a million or more, or a town of
                    # its country that bears the region's name only as another name, and much
                    # smaller than it, comes after the region on its own ("Florida" is the
                    # state, not the Cuban town of 63,000; "Ontario" the province, not the
                    # Californian city; "Venice" the Italian province, not the Californian
                    # district; "Bahia" the state, not Salvador)
                    score = min(score, w.population * 1.0 + _FEATURE_PRIOR["admin1"] - 0.01)
                elif p.feature == "city" and c.via == "alt" and p.population < w.world_city and any(
                        p.country == country and p.population < people for country, people in own_regions):
                    # a town that bears its own region's name only as another name, and is
                    # smaller than it, comes after it too ("Sonora" among Mexico's states is
                    # the state, not "Ejido Sonora" nor any village known also so)
                    score = min(score, w.population * 1.0 + _FEATURE_PRIOR["admin1"] - 0.01)
            self.scores.append(score)
            self.plain.append(plain)
        # a name that is both a country's and another country's first-level region
        # ("Georgia"): the country's code, else ""
        countries = {c.place.country for c in cands if c.place.feature == "country" and c.via == "name"}
        rival = [code for code in countries if any(
            c.place.feature == "admin1" and c.place.country != code and c.via in ("name", "abbr") for c in cands)]
        self.rival_country = rival[0] if len(rival) == 1 else ""
        #: how many countries the name may be
        self.countries = sum(1 for c in cands if c.place.feature == "country")
        #: per candidate, whether it is a town that shares its name with a world city (a city
        #: of a million people, fifty times its size: "Rome" of Georgia, "Brussels" of
        #: Illinois): the article's naming that town's country alone does not outweigh the city
        largest = max((c.place.population for c in cands if c.place.feature == "city"), default=0)

        def rivalled(size: int, ratio: float) -> List[bool]:
            if largest < size:
                return [False] * len(cands)  # (most names: no city that large)
            return [c.place.feature in ("city", "admin2") and c.place.population * ratio <= largest for c in cands]

        self.world_rival = rivalled(w.world_city, w.world_city_ratio)
        #: and whether it is a town abroad that shares its name with a region of a million
        #: people or more, ``region_rival_ratio`` times its size ("Texas", a village of
        #: Mexico): it takes its country's mentions only where the text itself speaks for it
        world_regions = [(country, people) for country, people in own_regions if people >= w.world_city]
        self.region_rival = [bool(world_regions) and c.place.feature in ("city", "admin2") and any(
            c.place.country != country and c.place.population * w.region_rival_ratio <= people
            for country, people in world_regions) for c in cands]
        #: and whether it shares its name with a big city (300,000 people, twenty times its
        #: size: "Portland" of Texas): the article's naming its region does not outweigh that
        #: city unless a neighbour, a cue or a qualifier speaks for the town too
        self.big_rival = rivalled(w.big_city, w.big_city_ratio)
        #: per candidate, whether it may take support from nearby places (see _coherence):
        #: towns and counties not far below the name's most likely place
        top = max(self.scores, default=0.0)
        self.local = [(n, c.place.lat, c.place.lon, math.floor(c.place.lat), math.floor(c.place.lon),
                       1 if abs(c.place.lat) < 45 else 2)
                      for n, (c, s) in enumerate(zip(cands, self.scores))
                      if c.place.feature in ("city", "admin2") and s >= top - 2 * w.plausible]
        # how likely each candidate is before the article has its say (a softmax of the
        # priors), for the towns and counties that may back their neighbours
        odds = [math.exp(s - top) for s in self.scores]
        total = sum(odds)
        self.backing = [(n, odds[n] / total) for n, c in enumerate(cands)
                        if c.place.feature in ("city", "admin2") and odds[n] / total >= 0.05]
        #: per candidate, the towns of the same name, for a region whose own name it is: in it
        #: ("Quebec") or not ("Mpumalanga", a township of KwaZulu-Natal)
        self.twins = [tuple(t.place for t in cands if t.place.feature == "city")
                      if c.place.feature == "admin1" and c.via != "alt" else () for c in cands]
        # ties go to the more populous place (a region by its towns), then to the place in
        # the more populous country
        # (the points along one river or range: the first, the lowest id, whatever its country)
        self.ties = [(-c.place.population, 0 if along_course(c.place) else -country_population(c.place.country),
                      c.place.geonameid) for c in cands]
        #: the region of a million people or more that is ``region_ratio`` times larger than
        #: every other place of the name (its people are its towns'), else -1
        sizes = [c.place.population for c in cands]
        self.dominant = -1
        for n, c in enumerate(cands):
            if (c.place.feature == "admin1" and c.via in ("name", "abbr") and sizes[n] >= w.region_people
                    and all(size * w.region_ratio <= sizes[n] for m, size in enumerate(sizes) if m != n)):
                self.dominant = n
        #: per candidate, the region ``(country, name)`` of the same name that holds it (a town
        #: or a county), else ``None``
        own_regions = {(c.place.country, c.place.name) for c in cands
                       if c.place.feature == "admin1" and c.via in ("name", "abbr")}
        self.home_region = [None] * len(cands)  # (most names: no region of theirs)
        if own_regions:
            self.home_region = [(c.place.country, c.place.admin1) if c.place.feature in ("city", "admin2")
                                and (c.place.country, c.place.admin1) in own_regions else None for c in cands]
        #: the first pass's pick (see :func:`_pick`) by the name's cues
        self.alone: Dict[frozenset, Tuple[int, float, bool]] = {}


#: Priors by candidates, keyed by the candidates' identities (``id``): a name's candidates
#: are the same objects from article to article (the gazetteer remembers its look-ups), and
#: a tuple of candidates hashes every field of every place, with two calls of Python per
#: candidate. Each entry keeps its candidates (so no id is reused while it stands); equal
#: candidates built anew get an equal prior of their own. Bounded: it starts afresh when full.
_PRIORS: Dict[Tuple[int, ...], Tuple[Tuple[Candidate, ...], _Prior]] = {}
_MAX_PRIORS = 10_000


def _one_countrys(place: Place) -> bool:
    """Whether a place is a region of one country ("Darfur", Tanzania's Pemba island): no
    world region, it leaves the towns of its name their signals."""
    return place.feature == "region" and bool(place.country)


def _prior(cands: Tuple[Candidate, ...], w: Weights) -> _Prior:
    key = tuple(map(id, cands))
    entry = _PRIORS.get(key)
    prior = entry[1] if entry is not None else None
    if prior is None or (prior.weights is not w and prior.weights != w):
        if len(_PRIORS) >= _MAX_PRIORS:
            _PRIORS.clear()
        prior = _Prior(cands, w)
        _PRIORS[key] = (cands, prior)
    return prior


def _pick(cands, prior: _Prior, cues: Counter, w: Weights):
    """A name's best candidate on its own, its score, whether it is clear (no runner-up
    within ``_CLEAR`` of its score, or a region of millions that dwarfs every other place of
    its name: "Florida", whose regions' priors leave out their people, and Uruguay's
    department of 67,000 would tie with the state of 16 million), and the region ``(country,
    name)`` of the same name that holds it, else ``None`` ("New York" the city is in New
    York the state). ``None`` for a name with no candidates."""
    if not cands:
        return None
    cue_key = frozenset(cues.items())
    pick = prior.alone.get(cue_key)
    if pick is None:
        scores = _scores(cands, prior, cues, None, w)[0]
        order = _order(prior, scores)
        clear = len(order) < 2 or scores[order[1]] <= scores[order[0]] - _CLEAR or order[0] == prior.dominant
        pick = prior.alone[cue_key] = (order[0], scores[order[0]], clear)
    best, score, clear = pick
    return cands[best], score, clear, prior.home_region[best]


#: How far a name's best candidate on its own must lead the runner-up to shape the article's
#: context.
_CLEAR = 2.0


def _rank(cands, prior: _Prior, cues: Counter, context: Optional[_Context], w: Weights, qualifiers=None,
          support=None, qualified=(), located=False):
    """Candidates with their scores and the reasons behind them, best first; whether the
    best has a signal of the text itself (a cue, a qualifier, its region named); and whether
    it has a signal nearer than its country's being named (see :func:`_choose`)."""
    scores, reasons, firm, country_named = _scores(cands, prior, cues, context, w, qualifiers, support, qualified,
                                                   located)
    order = _order(prior, scores)
    if not order:
        return [], False, False

    def local_of(best: int) -> bool:
        local = len(reasons[best]) > country_named[best]
        p = cands[best].place
        if local and known_by_post_office(p):
            # a village known only by its post office (see geodata) stands where the text puts
            # it ("in Amlin", "Zanesfield, Ohio", "the village of X") or among its neighbours,
            # not merely in an article that names its state ("a Creole community" in Louisiana)
            local = (located or (support is not None and support[best] > 0) or cues.get("city", 0) > 0
                     or bool(qualifiers) and (p.country, p.admin1) in qualifiers)
        if set_by_hand(p):
            # a place of the lists set by hand stands where its country is named too (its kind
            # and point are known, unlike a village's of GeoNames; docs/accuracy.md, fifteenth round)
            local = local or country_named[best] > 0
        return local

    best = order[0]
    local = local_of(best)
    if (not local and set_by_hand(cands[best].place) and cands[best].place.feature not in ("city", "admin2")
            and len(order) > 1):
        # a feature of the lists set by hand that nothing in the article points to (it would be
        # dropped, see _choose) gives way to the next place of the name: Cumbria's lake
        # Thirlmere to the town of New South Wales beside Picton
        order = order[1:] + order[:1]
        best = order[0]
        local = local_of(best)
    p = cands[best].place
    if along_course(p) and context is not None:
        order = _river_point(cands, order, context.other_points())
    return [(cands[i], scores[i], reasons[i]) for i in order], firm[best], local


#: How far a place of the article counts against a river's point (see :func:`_river_point`).
_RIVER_REACH_KM = 300.0


def _river_point(cands, order: List[int], points) -> List[int]:
    """``order`` with the river's (or range's) point nearest the article's other places first,
    however far (its points along its course are one river; the first stands where the
    article's places are none): "the Cauvery" in an article about Tamil Nadu is Tamil Nadu's
    stretch, "the Andes" in one about Cusco Peru's.
    Nearest to most of them: each place counts its distance up to ``_RIVER_REACH_KM`` (the
    Rhine of a story from Bonn, Cologne and Duisburg that names Basel once is Germany's),
    ties going to the point nearest any one of them."""
    river = cands[order[0]].place
    if not points:
        return order
    same = [i for i in order if (cands[i].place.name, cands[i].place.feature) == (river.name, river.feature)]

    def reach(i: int) -> Tuple[float, float]:
        q = cands[i].place
        km = [_km(q.lat, q.lon, lat, lon) for _, lat, lon in points]
        return sum(min(d, _RIVER_REACH_KM) for d in km), min(km)

    nearest = min(same, key=reach)
    return [nearest] + [i for i in order if i != nearest]


def _order(prior: _Prior, scores: List[float]) -> List[int]:
    """The candidates' positions, best score first (ties: see ``_Prior.ties``)."""
    keys = [(-score, tie) for score, tie in zip(scores, prior.ties)]
    return sorted(range(len(scores)), key=keys.__getitem__)


def _scores(cands, prior: _Prior, cues: Counter, context: Optional[_Context], w: Weights, qualifiers=None,
            support=None, qualified=(), located=False):
    """Each candidate's score and the reasons behind it: its prior and the signals.
    ``located``: the text puts the name somewhere ("in Warren")."""
    # each candidate's score starts at its prior; a town that no signal speaks for
    # (``prior.plain``) keeps it, with no reasons
    scores: List[float] = list(prior.scores)
    reasons_of: List[List[str]] = [[] for _ in scores]
    firm: List[bool] = [False] * len(scores)  # a signal of the text itself: a cue, a qualifier, the region named
    country_named: List[bool] = [False] * len(scores)  # whether one of its reasons is its country's being named
    cued = sum(cues.values())
    cued_by_words = cued > cues.get(None, 0)  # whether some mention has a cue (``None``: none)
    points = context.other_points() if context is not None else []
    home = None
    rival_free = context is not None and prior.rival_country and not context.mentions_country(prior.rival_country)
    if rival_free:
        home = _home_country(context, w)
    for n, (c, score, plain) in enumerate(zip(cands, prior.scores, prior.plain)):
        if plain and not (cued_by_words and cues.get("city", 0)):
            # (unless the text calls it a town: "the city of Nevada", "the City of Turkey")
            continue
        reasons = reasons_of[n]
        p = c.place
        if support is not None and support[n]:
            # unambiguous or likely places of the article lie near this one: local news
            score += w.coherence * support[n]
            reasons.append(f"within {w.coherent_km:.0f} km of other places in this article")
            if located:
                # a name the text puts somewhere, near the article's other places, is a
                # town's even where it is a common word too ("a fire in Warren … crews from
                # Morgandale")
                firm[n] = True
        if p.feature == "admin1":  # (the signals of a first-level region alone)
            if qualified and (p.country, p.name) in qualified:
                # "Atlanta, Georgia": the region that holds the town before it
                score += w.qualifier
                reasons.append("written after a town inside it")
                firm[n] = True
            if home is not None and p.country == home and c.via in ("name", "abbr") and prior.rival_country != home:
                # a US state over a same-name country in a US-centred article ("Georgia")
                score += w.home_region
                reasons.append(f"{_country_name(home)} is the country this article is about")
            elif (rival_free and c.via in ("name", "abbr") and p.country != prior.rival_country
                  and context.towns_in((p.country, p.name))):
                # and over it where the article's clear towns lie in the region, none in that country
                # ("Georgia lawmakers in Atlanta", "… Watkinsville")
                inside = len(context.towns_in((p.country, p.name)))
                score += w.home_region
                reasons.append(f"{_plural(inside, 'other place')} of this article "
                               f"lie{'s' if inside == 1 else ''} in it")
            if context is not None and prior.twins[n]:
                # a region that shares its name with a town, inside it ("Quebec", "New York") or
                # not ("Mpumalanga"): the article's towns in that region but far from that town
                # speak for the region, three or more twice
                far = [key for key, lat, lon in context.towns_in((p.country, p.name))
                       if all(_km(t.lat, t.lon, lat, lon) > w.coherent_km for t in prior.twins[n])]
                # (not where the article names the region by its longer name too: "Irkutsk
                # Oblast … in Irkutsk", the town)
                if far and not any(context.skip is not None and key.startswith(context.skip + " ")
                                   for key in context.regions.get((p.country, p.name), ())):
                    score += w.region_named * (2 if len(far) >= 3 else 1)
                    reasons.append(f"{_plural(len(far), 'other place')} of this article "
                                   f"lie{'s' if len(far) == 1 else ''} in it")
        if cued_by_words:  # (most names have no cue: ``cues`` then holds None alone)
            cued_as = cues.get(p.feature, 0) + (cues.get("polity", 0) if p.feature in _POLITIES else 0) \
                + (cues.get("admin1", 0) if p.feature == "region" or district(p) else 0)  # "Iraq's Kurdistan region"
            # (and "the Ugu district", "Wayanad district": a district outside the US)
            governed = cues.get("governed", 0) if p.feature == "admin1" else 0
        else:
            cued_as = governed = 0
        if cued_as or governed:
            firm[n] = True
            # weighed by how many of the name's mentions carry the cue; a governor's office
            # ("New York Gov.") as much as a region written after the name
            score += (w.cue * cued_as + w.qualifier * governed) / cued
            reasons.append(f"written as a {'district' if district(p) else _FEATURE_WORD.get(p.feature, p.feature)}"
                           if cued_as else
                           "written with its governor's title: a region")
        by_phone = None
        if qualifiers and p.feature in ("city", "admin2", "admin1"):
            region = (p.country, p.admin1) if p.admin1 and (p.country, p.admin1) in qualifiers else (p.country, "")
            by_phone = qualifiers.get(region)
            if by_phone is not None:
                score += w.qualifier
                reasons.append(f"a telephone number of {region[1] or _country_name(p.country)} is given for it"
                               if by_phone else f"followed by {region[1]}" if region[1]
                               else "followed by its country's name")
                firm[n] = True
        # (a river's points along its course too: the one by the article's places)
        near = (_nearest_km(p, points, w.near_km, context.skip if c.via == "alt" else None)
                if points and p.feature in ("city", "admin2", "admin1", "river") else math.inf)
        region_named = (context is not None and p.admin1 and p.feature in ("city", "admin2")
                        and context.has_region((p.country, p.admin1)))
        # its region named only through the town that bears the region's name ("New York"):
        # as much for the town, but no signal of the text itself (a common word stays one)
        home_named = (not region_named and context is not None and p.admin1 and p.feature in ("city", "admin2")
                      and context.has_home((p.country, p.admin1)))
        region_named = region_named or home_named
        # a town that shares a world city's name ("Rome", Georgia) takes its country's
        # mentions only where something local speaks for it too
        local = (not prior.world_rival[n] or firm[n] or region_named or near <= w.near_km or (
            support is not None and support[n] > 0)) and (
            # (and a town named like a region a thousand times its size only where the text
            # itself speaks for it: a cue, a qualifier, its region named, not its neighbours
            # alone: "Mexico City" lies near the Mexican village of Texas)
            not prior.region_rival[n] or cued_as or governed or by_phone is not None or region_named)
        if context is not None and p.country and (p.feature != "country" and local or p.feature == "country"
                                                  and prior.countries > 1):
            # (a name of two countries, "Congo": the one the article's other places lie in)
            named = context.named(p.country)
            if named:
                score += w.country_named + w.country_extra * math.log2(named)
                written = named - context.called[p.country]  # not counting telephone numbers
                if written:
                    reasons.append(f"{_country_name(p.country)} is named {written} time{'s' if written > 1 else ''} "
                                   "in this article")
                else:
                    reasons.append(f"a telephone number of {_country_name(p.country)} is in this article")
                country_named[n] = True
        if region_named and prior.big_rival[n] and not (firm[n] or (support is not None and support[n] > 0)):
            region_named = False
        if region_named:
            score += w.region_named
            if not context.only_called((p.country, p.admin1)):
                reasons.append(f"{p.admin1} is named in this article")
            elif not by_phone:  # (not twice: "… is given for it")
                reasons.append(f"a telephone number of {p.admin1} is in this article")
            firm[n] = firm[n] or not home_named
        elif (context is not None and p.feature == "admin1" and c.via != "alt"
              and context.has_region((p.country, p.name), True)):
            # the region is named otherwise too ("CAMP MURRAY, Wash." … "Washington"; not
            # where this name is only another name of it: "Toamasina" beside "Analanjirofo")
            score += w.region_named
            reasons.append(f"{p.name} is named otherwise in this article")
            firm[n] = True
        if points and p.feature in ("city", "admin2", "admin1", "river"):
            if near <= w.near_km:
                score += w.near
                reasons.append(f"{near:.0f} km from another place in this article")
            elif p.feature == "admin1" and context.towns_in((p.country, p.name)):
                # a large region is near the places that lie inside it, however far its centre
                score += w.near
                reasons.append("another place of this article lies in it")
        scores[n] = score
    return scores, reasons_of, firm, country_named


def _home_country(context: "_Context", w: Weights) -> Optional[str]:
    """The country an article is about: named at least three times, and twice as often as
    any other country."""
    ranked = context.countries.most_common(2)
    if not ranked:
        return None
    code, count = ranked[0]
    count = context.named(code)
    other = context.named(ranked[1][0]) if len(ranked) > 1 else 0
    return code if count >= 3 and count >= 2 * other else None


#: How far from a county's point a town may lie in it (most US counties are 30 to 60 km
#: across; their points are their ZIP codes' mean).
_IN_COUNTY_KM = 40.0


def _coherence(cands: Dict[str, Tuple[Candidate, ...]], priors: Dict[str, "_Prior"], w: Weights):
    """How much each candidate town of a name is backed by the article's other names: each
    other name with a town or county within ``coherent_km`` counts, by how likely that place
    is among the name's candidates before the article has its say (an unambiguous place
    counts fully), up to ``coherence_cap``. Unambiguous places anchor ambiguous ones; two
    ambiguous names that share a neighbourhood back each other ("Enfield", "Edmonton" and
    "London"), and a town and a county of its state fully where they are the only such pair
    of their names within ``_IN_COUNTY_KM`` ("Marion" and "Grant County": of fourteen Grant
    Counties and many Marions, one pair lies together, in Indiana); a name's only town is
    backed too, so that a small town near the article's other places stands ("Police in
    Eastlake and Wickliffe").

    Returns ``{key: [support per candidate]}`` for the names with some support.
    """
    grid: Dict[Tuple[int, int], List[Tuple[str, float, float, float]]] = {}
    for key, cs in cands.items():
        for n, weight in priors[key].backing:
            p = cs[n].place
            grid.setdefault((math.floor(p.lat), math.floor(p.lon)), []).append((key, p.lat, p.lon, weight))
    out: Dict[str, List[float]] = {}
    if len(grid) < 1:
        return out
    # the plausible counties of the ambiguous names, for the pairs they make with towns
    ambiguous: Dict[Tuple[int, int], List[Tuple[str, int, float, float]]] = {}
    for key, cs in cands.items():
        if len(cs) > 1:
            for m, lat, lon, cy, cx, _ in priors[key].local:
                if cs[m].place.feature == "admin2":
                    ambiguous.setdefault((cy, cx), []).append((key, m, lat, lon))
    # the rows (degrees of latitude) that hold a point of either grid: no other row is looked at
    rows = {cy for cy, _ in grid} | {cy for cy, _ in ambiguous}
    for key, cs in cands.items():
        if not cs:
            continue
        backings: Dict[int, Dict[str, float]] = {}
        pairs: Dict[str, Set[Tuple[int, int]]] = {}
        for n, plat, plon, cy, cx, reach in priors[key].local:
            backing: Dict[str, float] = {}
            alt = cs[n].via == "alt"
            town = bool(ambiguous) and cs[n].place.feature == "city"
            for dy in (-1, 0, 1):
                if cy + dy not in rows:
                    continue
                for dx in range(-reach, reach + 1):
                    for other, lat, lon, weight in grid.get((cy + dy, cx + dx), ()):
                        if other == key or weight <= backing.get(other, 0.0) or (
                                alt and lat == plat and lon == plon and not _short_form(key, other)):
                            # (a place another name of the article is, by another name of
                            # it: two names are two places more often than one, "Pernambuco"
                            # beside Recife is the state, not Recife's old name; but "New
                            # York" beside "New York City" is its short form)
                            continue
                        if _km(plat, plon, lat, lon) <= w.coherent_km:
                            backing[other] = weight
                    if town:
                        for other, m, lat, lon in ambiguous.get((cy + dy, cx + dx), ()):
                            if other != key and cands[other][m].place.admin1 == cs[n].place.admin1 \
                                    and _km(plat, plon, lat, lon) <= _IN_COUNTY_KM:
                                pairs.setdefault(other, set()).add((n, m))
            if backing:
                backings[n] = backing
        for other, found in pairs.items():
            if len(found) == 1:
                [(n, _)] = found
                backings.setdefault(n, {})[other] = 1.0
        if backings:
            values = [0.0] * len(cs)
            for n, backing in backings.items():
                values[n] = min(sum(backing.values()), w.coherence_cap)
            out[key] = values
    return out


def _qualified_regions(matches: Sequence[Match], groups: Dict[str, List[int]]) -> Dict[str, set]:
    """For each name written right after a town's name and a comma ("Atlanta, Georgia"), the
    first-level regions ``(country, name)`` that hold one of that town's candidates."""
    out: Dict[str, set] = {}
    for n in range(1, len(matches)):
        prev, m = matches[n - 1], matches[n]
        if not prev.comma_after or not 0 < m.mention.start - prev.mention.end <= 3:
            continue
        regions = {(c.place.country, c.place.admin1) for c in prev.candidates
                   if c.place.feature in ("city", "admin2") and c.place.admin1}
        if regions:
            out.setdefault(_group_key(m), set()).update(regions)
    return out


# No two points are closer than their difference in latitude: a cheap bound that spares
# the exact distance only for the points that may be near (most cannot).
_KM_PER_DEGREE_LAT = math.pi * 6371.0 / 180


def _nearest_km(p: Place, points, limit: float, alt: Optional[str] = None) -> float:
    """The great-circle distance to the nearest of ``points`` when it is within ``limit``
    km, else infinity; for ``p`` reached by another of its names, the key ``alt``, not
    counting a point at ``p`` itself (see :func:`_coherence`)."""
    reach = limit / _KM_PER_DEGREE_LAT
    plat, plon = p.lat, p.lon
    nearest = math.inf
    for key, lat, lon in points:
        if abs(lat - plat) <= reach and not (alt is not None and lat == plat and lon == plon
                                             and not _short_form(alt, key)):
            km = _km(plat, plon, lat, lon)
            if km < nearest:
                nearest = km
    return nearest


def _short_form(key: str, other: str) -> bool:
    """Whether one of two names' keys is the other's first words ("new york", "new york
    city")."""
    return other.startswith(key + " ") or key.startswith(other + " ")


#: Distances measured so far, by the two points' coordinates: the same pairs of places
#: recur from article to article. Bounded: it starts afresh when full.
_DISTANCES: Dict[Tuple[float, float, float, float], float] = {}
_MAX_DISTANCES = 50_000  # about 8 MB


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in km (:func:`great_circle_km`), remembered. Coordinates that
    compare equal give the same input (-0.0 reads as 0.0), so a remembered answer is the very float."""
    key = (lat1, lon1, lat2, lon2)
    km = _DISTANCES.get(key)
    if km is None:
        if len(_DISTANCES) >= _MAX_DISTANCES:
            _DISTANCES.clear()
        km = _DISTANCES[key] = great_circle_km(lat1, lon1, lat2, lon2)
    return km


_FEATURE_WORD = {"admin1": "region", "city": "city", "country": "country"}
#: What the cue "polity" ("the Quebec government") stands for: a region or a country.
_POLITIES = ("admin1", "country")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _country_name(code: str) -> str:
    return country_name(code) or code


def _common_word(key: str) -> bool:
    """Whether a name is one common English word ("centre", "congress")."""
    return key in COMMON_WORDS


def _choose(ranked, w: Weights, own_name: bool, local: bool,
            within: Optional[Tuple[str, str]] = None, located: bool = False) -> Choice:
    """The choice from the ranked candidates. ``own_name`` is false for a name that is a
    common English word, with no cue, qualifier or region of its own in the text: such a
    name ("Congress", "Centre", "Industry") stands for a town only if the town is large and
    this is its own name, and for a town under 200,000 people only with a signal beyond its
    country's name (``local``) or where the text puts it somewhere (``located``: "in
    Mobile"; not "the Kilimanjaro Native Co-operative Union" of a story naming the US once).

    A town under ``min_population`` people, or a district (whose population the gazetteer
    does not know), stands only where the article points to it
    (``local``: a signal other than its country's being named): in a
    country's news every small town of that country has its country named, and most such
    lone names are a person's or a firm's ("Pandora", "Notre Dame", "Zara").

    ``within``: ``(name, "region" or "county")`` where the candidates were narrowed to those
    inside the region or county written after the name ("Lebanon, Ohio")."""
    if not ranked:
        return Choice(None, 0.0, "no place of this name in the gazetteer")
    (best, score, reasons), *rest = ranked
    p = best.place
    if along_course(p):  # its other points along its course are no rival places
        ranked = [r for r in ranked if r[0] is best or (r[0].place.name, r[0].place.feature) != (p.name, p.feature)]
        rest = ranked[1:]
    if p.feature == "city" and not own_name and (best.via == "alt" or p.population < w.common_word_town
                                                 or not (local or located)
                                                 and p.population < 4 * w.common_word_town):
        why = "only another name of" if best.via == "alt" else "the name of a small place,"
        return Choice(None, 0.0, f"dropped: a common word, {why} {p.name} ({_people(p)}), "
                                 "and no cue or qualifier in the article", tuple(r[0].place for r in ranked[:3]))
    if set_by_hand(p) and p.feature not in ("city", "admin2") and not local:
        kind = _NATURAL_WORDS.get(p.feature, "a region")
        return Choice(None, 0.0, f"dropped: {p.name}, {kind} of a country the article does not name",
                      tuple(r[0].place for r in ranked[:3]))
    if (p.feature == "city" or district(p)) and not local:
        floor = w.min_population_alt if best.via == "alt" else w.min_population
        if p.population < floor:
            if district(p):
                return Choice(None, 0.0, f"dropped: {p.name}, a district, and the article does not put it "
                                         "anywhere", tuple(r[0].place for r in ranked[:3]))
            if known_by_post_office(p):
                return Choice(None, 0.0, f"dropped: {p.name}, a village known by its post office, and the article "
                                         "does not put it anywhere", tuple(r[0].place for r in ranked[:3]))
            but = " but its country's name" if reasons else ""
            return Choice(None, 0.0, f"dropped: only a small place ({_people(p)}) and nothing in the article "
                                     f"points to it{but}", tuple(r[0].place for r in ranked[:3]))
    # confidence: the winner's share of a softmax over the scores
    total = sum(math.exp(s - score) for _, s, _ in ranked)
    confidence = round(1.0 / total, 3)
    lead = _lead_reason(best, ranked, within)
    reason = "; ".join([lead] + reasons)
    return Choice(p, confidence, reason, tuple(r[0].place for r in rest[:3]))


def _people(p: Place) -> str:
    """How many people live in a town, as a reason says it: "8,126 people", or "a village"
    where the gazetteer does not know (a US post office's place, see geodata), "a town of
    unknown size" for one of geomap's lists set by hand (Bolivia's El Alto)."""
    if set_by_hand(p):  # (its population only what geodata.VILLAGE_PEOPLE says a village has)
        return "a village" if p.population else "a town of unknown size"
    if p.population:
        return f"{p.population:,} people"
    return "a village"


#: How the reason names the kinds of place that go by a name of their own.
_KIND_WORDS = {"country": "the country", "admin1": "the region", "admin2": "the county", "continent": "the continent",
               "region": "the region", "airport": "the airport", "custom": "your place"}
_NATURAL_WORDS = {"island": "an island", "lake": "a lake", "river": "a river", "mountain": "a mountain or range"}


def _lead_reason(best: Candidate, ranked, within: Optional[Tuple[str, str]] = None) -> str:
    p = best.place
    if within:  # the candidates were the towns of the region (or county) written after the name
        name, what = within  # (or of the country written before it: "India's Punjab")
        where = "written before it" if what == "country" else "written after it"
        return (f"the only {p.name} in {name}, the {what} {where}" if len(ranked) == 1 else
                f"most populous {p.name} ({_people(p)}) of {len(ranked)} in {name}, the {what} {where}")
    kind = "the district" if district(p) else _KIND_WORDS.get(p.feature)
    label = f"{kind} {p.name}"
    if p.feature in _NATURAL_WORDS:  # "Lake Victoria, a lake", not "the lake Lake Victoria"
        kind, label = _NATURAL_WORDS[p.feature], f"{p.name}, {_NATURAL_WORDS[p.feature]}"
    if best.via == "demonym":
        return f"{best.place.name}, the place the word refers to"
    if len(ranked) == 1:
        return f"the only {p.name} in the gazetteer" if not kind else label
    if kind:
        return f"{label}, over {len(ranked) - 1} other place{'s' if len(ranked) > 2 else ''} of that name"
    # the largest town (a region's population is its towns')
    biggest = max(ranked, key=lambda r: r[0].place.population if r[0].place.feature != "admin1" else -1)[0]
    if biggest is best:
        return f"most populous {p.name} ({_people(p)}) of {len(ranked)}"
    return f"{p.name} ({_people(p)}), not the larger {biggest.place.name} in {biggest.place.country or '?'}"

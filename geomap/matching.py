"""Find the spans of an article that name places, with the gazetteer's candidates for each.

General rules, no list of any article's names:

* the longest name wins, left to right; names run over spaces, line breaks and hyphens,
  never over other punctuation ("Turkey's" gives ``Turkey``);
* a name starts with a capital ("Nice" the city, "nice" the word); ALL-CAPS counts only
  for abbreviations ("U.S."), datelines ("ANKARA, February 14") and all-caps lines;
* common English words count only where a capital cannot come from the sentence start or
  a title-case headline; function and calendar words never count;
* a name that ends a longer run of capitalised words that is not itself a place, or that
  follows a title ("President …"), is a person's name, and so is every later use of it;
* in a person's full name, a given name ("Victoria Beckham", the middle one of "James Tyler
  Williams") and a surname after a given
  name, an initial or a particle ("Ashley Sutton", "George W. Bush", "Mike de Kock") are no
  places, however large the town of that name; such a surname that names only towns is the
  person's in the whole article ("… Sutton said"), except right after "in", "near" or
  "outside", and but for one half of a double-barrelled surname ("Sophie Hyères-Martin");
  any word that is no place before "van" or "von" is a given name ("Marieke van Goes"), and a
  saint hyphened to a name opens a town's name, no title ("Saint-Ouen");
* a preposition opening a sentence ("In Klamath Falls, …") and an article before a name
  that modifies a noun ("The Innisfail skater") are no first word of a person's name;
* a town's own name before the word of one of its public bodies or officials ("Danbury
  Police", "Bantam Superior Court", "Beaconsfield Mayor …") stays the town's;
* a town hyphened to a capitalised word that is no sure place is part of a longer name
  ("Wal-Mart", "Al-Ahram", "Champs-Elysees");
* a lone word naming only small towns that speaks ("Johnson said", "… said Noma.") is a
  person's name in the whole article, and so is one after a title ("Mr Dewsbury"); a town
  before a word that speaks or bears a title ("Vladimir Putin … Mr Putin") is a given name; a
  name before "herself" or a relative ("Georgia herself", "Georgia's father") is a person's in
  the whole article, even a country's; a word with digits ("A429") is a code, never part of a
  person's name;
* a place's name before a building's word is the building's whole name, placed at that place
  ("Manila Cathedral", "Colorado State University"); a name in the possessive there ("St.
  Paul's Hospital") and "the White House" are buildings, no places;
* a region named by compass words alone ("Far North") right before another place's name only
  says where in that place ("Far North Queensland");
* a name the article puts somewhere ("in Riverdale", "the city of Douma", "Hugo, Oklahoma")
  is a place in its other mentions too, unless it speaks ("Nelson said"); a town that opens a
  club's or a society's name stays the town ("The Allendale Woman's Club");
* a place's name before a street's or a park's word is the street's ("Hampton Avenue",
  "Queens Park"), and no place is reported;
* after a county's full name ("Suffolk County"), its bare name in the same article is that
  county or a town near it ("the Suffolk Times").
"""

from __future__ import annotations

import functools
import re
from operator import itemgetter
from typing import Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from .gazetteer import Gazetteer, normalize
from .geodata import country_population, district, postal_codes, river_names
from .models import Article, Candidate, Match, Mention, Place
from .tokens import Tokens, allcaps
from .wordlists import (
    BUILDING_HEADS,
    CALENDAR_WORDS,
    CAPITALISED_WORDS,
    COMMON_WORDS,
    COMPASS_WORDS,
    CONNECTORS,
    DIRECTIONS,
    DISEASE_NAMES,
    DISEASE_WORDS,
    FEATURE_WORDS_BEFORE,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HEALTH_WORDS,
    INSTITUTION_WORDS,
    KIND_AFTER,
    KIND_BEFORE_OF,
    KIND_PLURAL,
    LOWER_CONNECTORS,
    NAME_HEADS,
    NAME_PARTICLES,
    OFFICIAL_KINDS,
    OFFICIAL_OPENERS,
    ORGANISATION_WORDS,
    ORIGIN_WORDS,
    PERSON_TITLES,
    SPEECH_VERBS,
    STREET_WORDS,
    SURNAME_PARTICLES,
)

MAX_TOKENS = 6
#: Words right before a name that make it a place even where the article uses it for a person.
_LOCATIVES = frozenset(("in", "near", "outside"))
#: Words right before a name that put it on a way ("from Rifle through Meeker", "between Silt
#: and Rifle"): a place, and the names listed after it too (see :func:`_placed`).
_ROUTES = frozenset(("from", "through", "via", "between", "toward", "towards"))
_DATELINE = re.compile(r"\s*(?:,(?!\s*[a-z])|\(|—|–|-|\s-|:\s|\)\s*(?:—|–|-)|/(?=[A-Z]{2}))")
_DC = re.compile(r", D\.C\.")
#: A road's number right after "U.S." ("U.S. 82", "US-30").
_ROUTE_NUMBER = re.compile(r"[ -]\d{1,3}[A-Z]?\b")
#: Words after "U.S." that make it a road's name ("U.S. Route 1", "U.S. Highway 61").
_ROUTE_WORDS = frozenset(("route", "highway", "hwy", "hwy.", "rte", "rte."))
#: A news agency's mark and a dash after a place in capitals: a dateline wherever it stands,
#: after a byline too ("By JILL COLVIN, Associated Press WASHINGTON (AP) —").
#: News agencies, written in parentheses after a dateline ("WASHINGTON (AP) —", "GUANGZHOU,
#: June 18 (Xinhua) --"): such a word in parentheses is the agency, no place ("Xinhua" is a
#: Chinese town's name too).
AGENCIES = frozenset("AP Reuters AFP UPI dpa Xinhua CNN Bloomberg IANS PTI ANI KUNA WAM SPA TASS APA "
                     "Antara Bernama Yonhap Kyodo Anadolu IRNA EFE ANSA Lusa "
                     # Europe's national agencies, and more of the world's
                     "Belga ANP MTI PAP ČTK CTK TASR Ritzau NTB TT STT BTA Hina HINA Tanjug Agerpres Ukrinform "
                     "LETA BNS ELTA Interfax RIA AAP NZPA NAN KNA ENA APS MAP TAP MENA WAFA SANA Petra QNA BNA "
                     "ONA PNA Jiji Notimex Telam AA".split())
_AGENCY = re.compile(r" \((?:" + "|".join(sorted(AGENCIES)) + r")\) ?[—–-]")
_DIGIT = re.compile(r"\d")

#: Normalised keys of words and word runs seen before (bounded; cleared when full).
_KEYS: Dict[str, str] = {}
_MAX_KEYS = 200_000


def _key(words: str) -> str:
    """``normalize(words)`` for words joined by single spaces, memoised.

    Words are made of letters, digits, "_", apostrophes and dots, so for ASCII text the
    key is the text without dots, in lower case; anything else takes the full path.
    """
    key = _KEYS.get(words)
    if key is None:
        if words.isascii():
            key = words.replace(".", "").lower() if "." in words else words.lower()
        else:
            key = normalize(words)
        if len(_KEYS) >= _MAX_KEYS:
            _KEYS.clear()
        _KEYS[words] = key
    return key


class Matcher:
    """Finds place names in articles with a :class:`~geomap.gazetteer.Gazetteer`.

    :param gazetteer: the name index.
    :param extra: more names (normalised key -> candidates) that win over the gazetteer,
        such as a user's own places.
    :param ignore: names never to report (compared normalised).
    :param demonyms: also report demonyms ("Syrian", "Texans") as mentions of their place
        (the default, as GeoWebNews annotates them); ``False`` follows the conventions that
        never count them as place names.
    :param organisations: report a place whose name starts the name of one of its public
        bodies or of a building ("Danbury Police", "Manila Cathedral": the town, the building
        as a whole), as both development corpora annotate them (the default); ``False``
        follows the conventions that count no place inside such a name.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        extra: Optional[Dict[str, Tuple[Candidate, ...]]] = None,
        ignore: Iterable[str] = (),
        demonyms: bool = True,
        organisations: bool = True,
    ) -> None:
        self.gazetteer = gazetteer
        self.demonyms = demonyms
        self.organisations = organisations
        self.extra = dict(extra or {})
        self._extra_keys = frozenset(self.extra)
        self.ignore = {normalize(n) for n in ignore}

    def find(self, article: Article, tokens: Optional[Tokens] = None) -> List[Match]:
        """Every place name in ``article`` in text order, each with its candidates.

        :param tokens: the article's words, when the caller has them already.
        """
        text = article.text
        toks = Tokens(text) if tokens is None else tokens
        # names start with a capital: every rule below starts from these words only
        capitals = toks.capitals
        spans = self._spans(toks, capitals)
        listed = _county_lists(toks) if "ounties" in text or "arishes" in text else {}
        kinds = _list_cues(toks) if any(word in text for word in KIND_PLURAL) else {}
        found = self.gazetteer.lookup((set(map(itemgetter(2), spans)) | {key for _, key in listed.values()})
                                      - self._extra_keys)
        if not self.demonyms:
            found = {key: kept for key, kept in
                     ((key, tuple(c for c in cands if c.via != "demonym")) for key, cands in found.items()) if kept}
        found.update(self.extra)
        _bare_counties(found, spans)
        bare_rivers = self._bare_rivers(toks, spans, found)
        # Only the spans that name some place matter below (about a quarter of them), and
        # only the words those spans cover.
        named = [span for span in spans if span[2] in found]
        for i, (j, key) in listed.items():
            counties = tuple(c for c in found.get(key, ()) if c.place.feature == "admin2")
            if counties:
                # "Tulare and Kings counties": each name of the list is its county's
                found[key] = counties
                named = [span for span in named if not (span[0] < j and i < span[1])] + [(i, j, key)]
        covered: Set[int] = set()
        for i, j, _ in named:
            covered.update(range(i, j))
        persons, in_person, name_words, placed = self._person_names(toks, found, covered, _placed(toks, named, found))

        by_start: Dict[int, List[Tuple[int, str]]] = {}
        for i, j, key in named:
            by_start.setdefault(i, []).append((j, key))
        diseases = _diseases(toks, named, found) - placed

        # the rivers of names written "the X" or "X river" (see below), looked up at once
        rivers = self.gazetteer.lookup({
            key + " river" for i, j, key in named
            if (j < toks.n and toks.words[j] == "river"
                or i > 0 and (toks.words[i - 1] == "the" or toks.words[i - 1] in _STRETCHES and _the_before(toks, i)))
            and key in _bare_river_keys()})
        matches: List[Match] = []
        done = 0  # the first word not yet inside a match
        for i in sorted(by_start):
            if i < done:
                continue
            best = None
            for j, key in sorted(by_start[i], reverse=True):
                cands = found.get(key)
                if not cands or key in self.ignore:
                    continue
                if listed.get(i) == (j, key):
                    best = (j, cands, key)  # a county of a list ("… Morris counties"), whatever else it names
                    break
                if key in diseases and not (i > 0 and toks.gaps[i] == " " and toks.words[i - 1] in _WHERE):
                    # "Lassa fever … Lassa cases": the disease in its bare mentions, and no
                    # name inside it either ("West Nile" is not the Nile)
                    done = j
                    break
                if j - i > 1 and toks.words[j - 1].lower() in _BODY_HEADS and _for_a_name(toks, j):
                    continue  # "Michigan Center for Computer Security": Michigan's, not the town
                if in_person and not in_person.isdisjoint(range(i, j)) and not _strong(cands):
                    continue
                if j - i > 1 and toks.words[i].lower() == "the" and all(c.via == "alt" for c in cands):
                    continue  # "The Bend Bulletin": Bend's paper, not South Bend's other name
                if j - i == 1 and i in name_words:
                    continue  # "Victoria Beckham", "Ashley Sutton", "George W. Bush": a person's name
                if (toks.words[i] in ("St", "St.", "Ste", "Ste.") and i > 0 and toks.gaps[i] == " " and toks.capital(i - 1)
                        and toks.lower(i - 1) not in FUNCTION_WORDS and all(c.via == "alt" for c in cands)):
                    continue  # "Paris St. Germain": a saint's town only by its short form ends a longer name
                if key in bare_rivers and j < toks.n and toks.gaps[j] == " " and toks.capital(j):
                    continue  # "Gomti Nagar" beside "the Gomti": a longer name, the river's only in part
                if (j - i == 1 and toks.lower(i) in NAME_HEADS and i > 0 and toks.gaps[i] == " "
                        and toks.capital(i - 1) and toks.lower(i - 1) not in FUNCTION_WORDS):
                    continue  # "Bay" of "Kroo Bay" (Somalia's Bay region): the head of a longer name
                if (toks.lower(i) in DIRECTIONS and (
                        NAME_HEADS.get(toks.words[j - 1].lower()) == "admin" and j - i > 1
                        or (_head_after(toks, j) or (0, ""))[1] == "admin")
                        and i > 0 and toks.gaps[i] == " " and toks.capital(i - 1) and i - 1 not in toks.possessive
                        and toks.lower(i - 1) not in FUNCTION_WORDS and not toks.sentence_start(i)):
                    continue  # "East District" of "Obuasi East District": the end of a longer name
                if (j - i > 1 and j < toks.n and toks.words[j] == "Council" and toks.gaps[j] == " "
                        and toks.lower(j - 1) in _COUNCIL_KINDS and any(
                            k == j - 1 and (toks.lower(j - 1) != "county" or any(
                                c.place.country != "US" for c in found.get(short, ())))
                            for k, short in by_start[i])):
                    continue  # "Wyre Forest District Council", "Kent County Council": the council of Wyre Forest
                if j - i == 1 and _particle_tail(toks, i):
                    continue  # "Ain" of "Ras al-Ain": the end of a longer name the index lacks
                if (j - i == 1 and toks.words[i] in AGENCIES and i > 0 and text[toks.starts[i] - 1] == "("
                        and text[toks.ends[i] : toks.ends[i] + 1] == ")"):
                    continue  # "(Xinhua)": the news agency
                if j - i == 1 and _article_tail(toks, i) and not any(
                        c.place.feature == "country" or c.place.feature == "city" and c.place.population >= 100_000
                        for c in cands):
                    # "Sila" of "Al Sila" (Chad's Sila region): the end of a longer name the
                    # index lacks ("Al Anbar", "El Fasher" it holds whole)
                    continue
                if j - i == 1 and (_romance_tail(toks, i) and (not _strong(cands) or _feature_tail(toks, i))
                                   or _romance_head(toks, j) and (
                        not _strong(cands) or i > 0 and toks.gaps[i] == " " and toks.words[i - 1] == "the")):
                    # "Sur" and "Lanao" of "Lanao del Sur": a longer name's first or last word
                    # (but "the Tour de France" is France, a surely named place, unless a
                    # feature's word opens the name: "Paso de Cortés"; a large town's name
                    # after "the" opens the longer name: "the Serra da Estrela")
                    continue
                if j - i == 1 and key != _key(toks.words[i]) and key == _postal_key(toks, i):
                    # a postal code stands for its region only after a town there ("Henderson, TX")
                    before = matches[-1] if matches and matches[-1].mention.end == toks.ends[i - 1] else None
                    cands = tuple(Candidate(c.place, "abbr") for c in cands if before is not None
                                  and c.place.feature == "admin1" and c.place.name == before.region)
                    if not cands:
                        continue
                if (j - i == 1 and _particle_name_follows(toks, j)
                        and not _strong([c for c in cands if c.via != "alt"])):
                    # "Bab" of "Bab al-Hawa" is not the town Al Bāb: a word that is surely a
                    # place only through another place's alternate name starts a longer name
                    continue
                if (j == i + 1 and toks.words[i] in FEATURE_WORDS_BEFORE and j < toks.n and toks.gaps[j] == " "
                        and toks.capital(j) and toks.lower(j) not in INSTITUTION_WORDS):
                    continue  # "Wadi" of "Wadi Derna" (a town of India): the feature's word before its name
                if (j < toks.n and toks.gaps[j] in _HYPHENS and toks.words[j] in ("speaking", "language", "speakers")
                        and any(c.via == "demonym" for c in cands)):
                    continue  # "its English-speaking regions": a language, not England (nor English, Indiana)
                if _compound_before_kind(toks, i, j, found):
                    continue  # "Mayo" of "the Mayo-Sava department": a longer name of a unit
                if _hyphened_to_a_name(toks, i, j, found) and not _strong(cands) \
                        and all(c.place.feature in ("city", "admin2") for c in cands):
                    continue  # "Wal-Mart", "Champs-Elysees", "Miracle-Ear": one longer name
                cands = self._admissible(toks, i, j, key, cands, persons, found, key in placed)
                if cands:
                    best = (j, cands, key)
                    break
            if best is None:
                continue
            j, cands, key = best
            if (j - i > 1 and NAME_HEADS.get(toks.words[j - 1].lower()) == "admin"
                    and toks.words[j - 1].lower() not in _LOOSE_HEADS and all(c.via == "alt" for c in cands)):
                # "Central District": Israel's by another name of it, and also every unit named
                # "Central" (Botswana's district): the article decides between them (a unit
                # whose own name it is keeps it: "Middlesex County")
                ids = {c.place.geonameid for c in cands}
                cands += tuple(c for c in found.get(_key(" ".join(toks.words[i : j - 1])), ())
                               if c.place.feature in _UNITS and c.place.geonameid not in ids)
            if (j - i > 1 and toks.words[j - 1].lower() in _BUILDING_NAMES and i > 0
                    and toks.words[i - 1].lower() in _DETERMINERS and all(c.place.feature == "city" for c in cands)):
                continue  # "the White House", "this White House": a building, not the town of that name
            if j - i > 1 and all(toks.words[k].lower() in COMMON_WORDS for k in range(i, j)) and not (
                    all(toks.words[k].lower() in DIRECTIONS for k in range(i, j))
                    and all(c.place.feature in _UNITS for c in cands)):
                # (compass words alone are a region's name: "North-Western", Zambia's province)
                if all(c.via == "alt" for c in cands):
                    continue  # "The Mission", "The City": everyday words, only another name of a town
                # "White House": everyday words that translate a town's name (Casablanca's)
                # are no name of it; a short form is ("New York" for New York City)
                words = {toks.words[k].lower() for k in range(i, j)}
                cands = tuple(c for c in cands if c.via != "alt" or words & set(c.place.name.lower().split()))
            if j == i + 1 and toks.words[i].lower() in DIRECTIONS and j in by_start and toks.gaps[j] in (" ", "-"):
                continue  # "West" of "West Wales": the compass word goes with the name after it
            if (j == i + 1 and toks.words[i].lower() in _COMPASS_ADJECTIVES and _head_after(toks, j) is None
                    and not _region_follows(toks, j, cands, found) and not _region_of_town_before(matches, toks, i, cands)):
                # "Western allies", "Southern influence": no region of Ghana or Illinois (but
                # "Central, Louisiana" is the town, "Kabala, Northern" Sierra Leone's region)
                continue
            if j > i + 1 and j in by_start and toks.gaps[j] == " " and all(
                    toks.words[k].lower() in COMPASS_WORDS for k in range(i, j)):
                # "Far North Queensland", "South East Asia": a region named by compass words
                # alone ("Far North" is one of Cameroon's) only says where in the next place
                done = j
                continue
            if j < toks.n and toks.gaps[j] == " " and toks.capital(j) and (
                    toks.words[j].lower() in STREET_WORDS and not _body_after(toks, j + 1)
                    or toks.words[j].lower() in ("st", "st.") and not (
                        j + 1 < toks.n and toks.capital(j + 1) and toks.joinable(j + 1))):
                done = j + 1
                # "Hampton Avenue", "Atlantic Avenue", "500 Washington St. in Boston": a street
                # named after the place ("St." before a name is a saint's: "Paris St. Germain")
                continue
            if i > 0 and toks.words[i - 1].lower() in ("pan", "trans") and toks.gaps[i] in (" ", "-"):
                continue  # "the Pan American Health Organization", "the Trans-Niger Pipeline"
            if _feature_before(toks, i):
                continue  # "Mount Kenya", "Lake Maracaibo", "the Sea of Marmara": not the country, the town
            if (j == i + 1 and toks.words[i] in _FEATURE_OF_WORDS and j + 1 < toks.n and toks.words[j] == "of"
                    and toks.gaps[j] == " " and toks.gaps[j + 1] == " " and toks.capital(j + 1)):
                continue  # "the Bay of Fundy", "the Gulf of Uraba": no region called "Bay" or "Gulf"
            if i > 0 and toks.gaps[i] == " " and toks.words[i - 1] in _STORM_WORDS:
                continue  # "Hurricane Florence", "Tropical Storm Agnes": a storm's name
            if key in ("us", "u.s.") and _us_road(toks, j, text, cands):
                continue  # "U.S. 82", "U.S. Route 1": a federal highway, not the country
            if (j < toks.n and toks.gaps[j] in (" ", "-") and toks.words[j].lower() in DISEASE_WORDS
                    and not (toks.words[j].lower() in ORIGIN_WORDS and any(
                        c.place.feature in ("country", "continent") or c.via == "demonym" for c in cands))):
                # "Marburg virus", "the Delta variant", "Japanese encephalitis", "Sudan virus": a
                # disease named after a place or a people (a country's name before "variant"
                # stays, the country where it was found: "the Brazil variant")
                done = j + 1
                continue
            cue = _cue(toks, i, j) or kinds.get(i)
            # "the Havelock neighborhood of Lincoln": a part of a town, which a town of that name
            # elsewhere is not (the choice keeps such a town only near the article's places; not
            # a country's name: "the Britain section of the print edition")
            kind = ("context" if j < toks.n and toks.gaps[j] == " " and toks.words[j] in _PARTS_OF_TOWNS
                    and all(c.place.feature == "city" for c in cands) else "gazetteer")
            # span edges: a compass word before the name and a generic head after it are
            # part of the name as written ("West Surrey", "Fars Province", "Napa Valley")
            first = i - 1 if i > done and _direction_before(toks, i) and _has_compass(cands) else i
            if first < i and cue is None:
                cue = "admin1"  # "Western New York", "Eastern Washington": a part of a region
            if first == i and i > done and _county_before(toks, i):
                # "County Fermanagh", "Co Donegal", "Co. Kerry": Ireland's and Northern Ireland's
                # counties as they are written, the county's whole name
                counties = tuple(c for c in cands if c.place.feature in ("admin1", "admin2", "region"))
                if counties:
                    first, cands, cue = i - 1, counties, cue or "admin1"
            # "the Township of Woolwich", "Rural Municipality of Ritchot", "Region of
            # Waterloo": a unit's official name, written whole
            first = _official_kind_before(toks, first, done)
            if (first == i and i > done and toks.words[i - 1] in _SMALLER and toks.gaps[i] == " "
                    and NAME_HEADS.get(toks.lower(j - 1)) == "physical"):
                # "the Little Scioto River", "Little Colorado River": another river than the
                # Scioto, one the index lacks (it would have found the whole name)
                first, cands, kind = i - 1, (), "context"
            elif (j - i > 1 and NAME_HEADS.get(toks.lower(j - 1)) == "physical"
                  and all(c.place.feature == "city" and c.via == "alt" for c in cands)):
                # "Salt Creek", "Little River": a creek's or a river's name that is only another
                # name of a town (Nephi, Utah; Little River-Academy, Texas), a feature the index lacks
                cands, kind = (), "context"
            head = _head_after(toks, j)
            if key + " river" in rivers and head is None and first == i and key not in _REGION_RIVERS and (
                    j < toks.n and toks.words[j] == "river" and toks.gaps[j] == " "
                    or _the_before(toks, i) and toks.gaps[i] == " " and key not in _PARTY_WORDS
                    and not _a_towns_word_after(toks, j) and not (j < toks.n and toks.gaps[j] == " " and toks.capital(j))
                    and (not any(c.place.feature == "country" for c in cands) or _confluence_before(toks, i, j))) \
                    and not any(c.place.feature == "river" for c in cands):
                # "the Dnipro", "the Niger river": the river the index holds as "Dnipro River",
                # not the city, the region or the country of its name ("the Congo" alone stays
                # the country, but not where a river meets it: "flows into the Congo"); not a
                # name before a word it qualifies ("the Dnipro city council")
                # nor one that opens a longer name ("the Missouri State Highway Patrol")
                cands = tuple(c for c in rivers.get(key + " river", ()) if c.place.feature == "river") or cands
            building = None
            if head is None and _leads_a_building(toks, i, cands):
                building = _building_after(toks, j, found)
            if not self.organisations and (building is not None or _starts_a_body(toks, j)):
                continue  # the convention that counts no place inside an organisation's name
            if building is not None and j - 1 in toks.possessive:
                if building == j + 1:
                    continue  # "St. Paul's Hospital": a building named after a saint or a person
                building = None  # "Derry's Altnagelvin Hospital": the town's, before a building's name
            if building is not None:
                # "Manila Cathedral", "Colorado State University": the building's whole name, at
                # the place it is named after, or at the place the text puts it in ("Washington
                # University in St. Louis", "Washington Elementary School in Fresno")
                j = building
                cands = _place_after_in(toks, j, by_start, found) or cands
            if (head is not None and toks.lower(j) == "state" and key not in _STATES_SO_CALLED
                    and any(c.place.country == "US" and c.place.feature == "admin1" and c.via == "name"
                            for c in cands)):
                # "Mississippi State", "Penn State": a university and its teams, which opens with
                # the state's name (an organisation's first place is marked alone)
                head = None
            if head is not None:
                j, what = head
                if what == "local":
                    # the township itself where the index holds it ("West Bloomfield Township")
                    cands = found.get(_key(" ".join(toks.words[first:j])), ())
                    kind = "gazetteer" if cands else "context"
                elif what != "admin":
                    # (a park, a bay or a channel named after a feature or a region of its own
                    # lies there: "Durmitor National Park", "the Mactan Channel")
                    wanted = ("city",) if what == "airport" else ("city", "admin2", "region", "island", "mountain",
                                                                  "lake")
                    local = tuple(c for c in cands if c.place.feature in wanted)
                    if what == "airport" and not local:
                        local = cands
                    elif what == "physical" and any(c.place.feature in ("admin1", "country") and c.via == "name"
                                                    for c in cands):
                        # a river or a range named after a state or a country lies elsewhere
                        # than a town of that name ("the Iowa River" was Iowa, Louisiana)
                        local = ()
                    cands = local
                    # a river's or a valley's name that is no town's it is named after (the town
                    # dropped as unlikely) is one the gazetteer lacks
                    kind = "gazetteer" if cands and what == "airport" else "context"
                elif toks.words[j - 1].lower() == "city":
                    # "Quebec City", "Oklahoma City": the town, where one has the name; the town
                    # whose own name it is, where there is one ("Air Station Elizabeth City" is
                    # not Elizabeth)
                    whole = tuple(c for c in found.get(_key(" ".join(toks.words[first:j])), ()) if c.via == "name")
                    cands = whole or tuple(c for c in cands if c.place.feature == "city") or cands
                else:
                    # "Somali Region": a region of that name, not the country of those people;
                    # "Idlib Province", "Jefferson Parish", "Lagos State": the unit, not its
                    # town of that name ("Southern Province": Zambia's, by the article)
                    cands = tuple(c for c in cands if c.via != "demonym") or cands
                    if toks.words[j - 1].lower() not in _LOOSE_HEADS:
                        units = tuple(c for c in cands if c.place.feature in _UNITS)
                        if units:
                            cands = units
                        else:
                            # a unit the index lacks, named after a town ("Colchester County",
                            # Nova Scotia): that town only near the article's other places
                            kind = "context"
            if toks.words[j - 1].lower() in _COUNTY_WORDS:
                # "Kings County" is a county (California's or New York's), not Brooklyn, whose
                # other name it is (a place that bears the name as its own stays: Ontario's
                # Norfolk County)
                cands = tuple(c for c in cands if c.place.feature == "admin2" or c.via != "alt") or cands
            # "Lebanon, Ohio": the town in that region, not the country
            cands, region = _town_of_region_after(toks, first, j, cands, found) or (cands, "")
            # "India's Punjab", "Zambia's Southern Province": the place in that country
            cands, country = (cands, "") if region else _in_country_before(matches, toks, first, cands)
            start, end = toks.starts[first], toks.ends[j - 1]
            surface = text[start:end]
            if (any(c.via == "abbr" for c in cands) and text[end : end + 1] == "."
                    and "." not in surface and not surface.isupper()):
                end += 1  # "Ky." and "Calif." keep their dot, as written
            elif _DC.match(text, end):
                # "Washington, D.C." is the capital's name as written: one name, the town in
                # the federal district
                inside = self._in_district(cands)
                if inside:
                    end, cands = _DC.match(text, end).end(), inside
                    while j < toks.n and toks.starts[j] < end:
                        j += 1
            if first == i and head is None and cue is None and i > 0 and toks.lower(i - 1) == "the":
                # "the Red Sea": the sea, not Sudan's or Egypt's state of that name (which is
                # "Red Sea state", "in Red Sea")
                seas = tuple(c for c in cands if c.place.feature == "region" and not c.place.country
                             and c.place.name.endswith(_WATER_TAILS))
                if seas:
                    cands = seas
            mention = Mention(article.id, start, end, text[start:end], kind)
            comma = text[end : end + 2].lstrip(" ").startswith(",")
            inside = _IN_AFTER.match(text, end)
            # (or the article puts the name somewhere else: "in Nixa, Ozark and Republic")
            # (or on a way: "from New Castle to Silt", which lets a town named like a word
            # near the article's other places stand: see disambiguation)
            located = (first > 0 and toks.gaps[first] == " " and (
                toks.words[first - 1] in _LOCATIVES or toks.words[first - 1] in _ROUTES
                or toks.words[first - 1] == "to" and not (first > 1 and toks.lower(first - 2) == "according"))
                or key in placed or _home_town(toks, first, j))
            matches.append(Match(mention, cands, cue, comma, inside.end() - end if inside else 0, region, located,
                                 country))
            done = j
        return matches

    def _in_district(self, cands: Tuple[Candidate, ...]) -> Tuple[Candidate, ...]:
        """The towns among ``cands`` that lie in the District of Columbia (within 25 km of
        the point of the region "D.C." names)."""
        districts = [c.place for c in self.gazetteer.lookup(["dc"]).get("dc", ()) if c.place.feature == "admin1"]
        return tuple(c for c in cands if c.place.feature == "city" and any(
            abs(c.place.lat - d.lat) < 0.25 and abs(c.place.lon - d.lon) < 0.3 for d in districts))

    def _bare_rivers(self, toks: Tokens, spans: Sequence[Tuple[int, int, str]],
                     found: Dict[str, Tuple[Candidate, ...]]) -> Set[str]:
        """Add to ``found`` the rivers the index holds only as "X River" ("Jamuna River") for
        their bare names that no place bears, where the article writes one "the X" or "X
        river" ("the Jamuna", "the Jamuna river", "the Kosi and Gandak rivers"; not "the Jamuna
        Bank", "the Teesta-based firm"): the name is then the river's in the whole article (but
        for the first word of a longer name: "Gomti Nagar", see :meth:`find`). Returns the names
        added. "The Amazon" alone is the rainforest."""
        rivers = _bare_river_keys()
        if rivers.isdisjoint(map(itemgetter(2), spans)):
            return set()  # (most articles: no span is a great river's bare name)
        words, gaps, n = toks.words, toks.gaps, toks.n
        wanted = {key + " river" for i, j, key in spans
                  if key in rivers and key not in found and key not in _REGION_RIVERS and (
                      j < n and words[j] in ("river", "rivers") and gaps[j] == " "
                      or i > 0 and words[i - 1] in ("the", "The") and gaps[i] == " " and key not in _PARTY_WORDS
                      and not _a_towns_word_after(toks, j)
                      and not (j < n and gaps[j] == " " and toks.capital(j)))}
        added: Set[str] = set()
        if wanted:
            for key, cands in self.gazetteer.lookup(wanted).items():
                rivers = tuple(c for c in cands if c.place.feature == "river")
                if rivers:
                    found[key[: -len(" river")]] = rivers
                    added.add(key[: -len(" river")])
        return added

    def _spans(self, toks: Tokens, capitals: Sequence[int]) -> List[Tuple[int, int, str]]:
        spans: List[Tuple[int, int, str]] = []
        words, gaps = toks.words, toks.gaps
        for i in capitals:
            _runs(toks, i, spans)
            postal = _postal_key(toks, i) if len(words[i]) == 2 else None  # (a code has two letters)
            if postal is not None and postal != _key(words[i]):
                spans.append((i, i + 1, postal))  # "Henderson, TX": Texas, if a town before it is there
            if i > 0 and gaps[i] in _HYPHENS and words[i - 1] in NAME_PARTICLES and not (
                    i > 1 and gaps[i - 1] == " " and words[i - 2][0].isupper()):
                # a name that opens with its particle, in lower case: "al-Bab", "al-Qaim"
                _runs(toks, i - 1, spans)
        return spans

    def _admissible(
        self,
        toks: Tokens,
        i: int,
        j: int,
        surface_key: str,
        cands: Tuple[Candidate, ...],
        persons: Set[str],
        found: Dict[str, Tuple[Candidate, ...]],
        placed: bool,
    ) -> Tuple[Candidate, ...]:
        if surface_key in persons and not _located(toks, i, j, cands, found):
            return ()  # a person's name, unless the word before says a place ("… in Samos")
        text = toks.text
        first_allcaps = toks.allcaps(i)
        if first_allcaps and all(toks.allcaps(k) for k in range(i + 1, j)):
            # a dateline opens a line or a sentence: "WASHINGTON (AP) —", "… Press. ANKARA, Feb. 14"
            # ("BEIJING/WASHINGTON (Reuters) -", "KYIV/MOSCOW, Nov 3": a dateline's two places)
            dateline = _AGENCY.match(text, toks.ends[j - 1]) is not None or (
                toks.line_start(i) or toks.sentence_start(i)
                or i > 0 and toks.gaps[i] == "/" and toks.allcaps(i - 1)) and (
                _DATELINE.match(text, toks.ends[j - 1]) is not None
                # or runs into the story's first sentence at a line's start ("WASHINGTON Barack
                # Obama …"); a short one there is an acronym ("CIA Director …")
                or toks.line_start(i) and j < toks.n and toks.capital(j) and not toks.allcaps(j)
                and toks.gaps[j] == " "
                and sum(c.isalpha() for c in text[toks.starts[i] : toks.ends[j - 1]]) > 3)
            if not (toks.line_shape(i)[0] or dateline):
                # only abbreviations (U.S., UK) may be written in capitals mid-text
                cands = tuple(c for c in cands if c.via == "abbr")
        if j - i == 1 and not first_allcaps and not _unit_named(toks, j, cands):
            low = toks.words[i].lower().rstrip(".")
            if (i > 0 and toks.gaps[i] == ", " and toks.capital(i - 1) and toks.text[toks.ends[i]:toks.ends[i] + 1] == "."
                    and any(c.via == "abbr" for c in cands)):
                # a state's abbreviation after a town and a comma, even one spelled like a word
                # of another language: "Monroe, La.", "Milford, Del."
                return tuple(c for c in cands if c.via == "abbr")
            if low in FUNCTION_WORDS or low in CALENDAR_WORDS or low in CAPITALISED_WORDS:
                return ()
            sentence_start = toks.sentence_start(i)
            if low in COMMON_WORDS and (sentence_start or toks.line_shape(i)[1] or toks.line_shape(i)[0]) and not (
                    placed and j < toks.n and toks.gaps[j] in (", ", " ") and not toks.capital(j)):
                # (but a name the article puts somewhere, before a comma or a lower-case word:
                # "WEED, Calif. … Weed, a town of 2,700, sits …")
                return ()
            if low in PERSON_TITLES and j < toks.n and toks.capital(j):
                return ()
            if low in COMMON_WORDS and (
                (j < toks.n and toks.capital(j) and toks.joinable(j))
                or (i > 0 and toks.capital(i - 1) and not toks.sentence_start(i - 1) and toks.joinable(i))
            ):
                return ()  # a word of a longer name we do not know ("Eastern Ghouta", "Trade Centre")
            # (unless the article puts the name somewhere elsewhere: "the city of Douma. …
            # Douma's fall", "in Nelson … Nelson residents")
            if sentence_start and all(c.via == "alt" for c in cands) and not placed:
                return ()  # a capital from the sentence start, and no place's own name
            if low in GIVEN_NAMES and not _surely_named_place(cands) and not placed \
                    and not _located(toks, i, j, cands, found) and not (i > 0 and _county_before(toks, i)):
                return ()  # "Paul", "Nelson": a person, unless surely a place, "in Nelson", "Co. Kerry"
            if (low in GIVEN_NAMES and j + 1 < toks.n and toks.gaps[j] == " " and toks.words[j] == "of"
                    and toks.capital(j + 1) and not any(c.place.feature in ("country", "continent") for c in cands)):
                return ()  # "Mary of Bethany", "Catherine of Aragon": a person named by a place
        # A town's one-word name right after a capitalised word of no list that is no place
        # either ends a longer name: a band's, a project's, a firm's, a person's or a place's
        # the gazetteer lacks ("Rainbow Kitten Surprise", "the Cooking Enterprise Project",
        # "Speedworks Toyota"); so does a smaller region's ("Donja Jablanica" is no Jablanica
        # district of Serbia). A word that says which part of a town ("Downtown Tacoma"), a
        # county's word before it ("Co Donegal"), a city of a million and a region of a million
        # ("the Connecting California column") stand.
        if (j - i == 1 and i > 0 and toks.gaps[i] == " " and toks.capital(i - 1) and not first_allcaps
                and not toks.sentence_start(i - 1) and toks.words[i - 1].isalpha() and _unknown_word(toks.words[i - 1])
                and toks.lower(i - 1) not in _TOWN_QUALIFIERS
                and not found.get(_key(toks.words[i - 1])) and not _metropolis(cands)
                and not _county_before(toks, i)
                and all((c.place.feature in ("city", "admin2") or c.place.feature == "admin1"
                         and c.place.population < 1_000_000) and c.via != "demonym" for c in cands)):
            return ()
        # A name right after a title is a person ("President Erdogan", "Dr. Paris Smith").
        if i > 0 and toks.words[i - 1].lower().rstrip(".") in PERSON_TITLES and toks.capital(i - 1):
            if toks.joinable(i) and not any(c.place.feature == "country" for c in cands):
                return ()
        # A town's name before "administration", "presidency" or "-era" is a leader's ("the Obama
        # administration", "Obama-era rules"), unless the town is a sure place.
        if (j < toks.n and toks.gaps[j] in (" ", "-") and toks.words[j].lower() in _TENURES and not _strong(cands)
                and all(c.place.feature == "city" for c in cands)):
            return ()
        # A name with a figure in it before "million" is a sum of money ("K2 million", two
        # million kina), not the mountain.
        if (j < toks.n and toks.gaps[j] == " " and toks.lower(j) in _AMOUNTS
                and any(ch.isdigit() for ch in toks.text[toks.starts[i] : toks.ends[j - 1]])):
            return ()
        # A town after the word that opens a sports club's name is the club ("Real Madrid",
        # "Inter Milan", "AC Milan"): its name leads the club's, a place's does not.
        if i > 0 and toks.words[i - 1] in _CLUB_OPENERS and toks.joinable(i) and toks.gaps[i] not in _HYPHENS \
                and not any(c.place.feature == "country" for c in cands):
            return ()
        # Abbreviations written in lower case ("us", "ky") are words.
        if any(c.via == "abbr" for c in cands):
            if toks.text.startswith("$", toks.ends[j - 1]):
                # a currency's sign: "US$3.7m", "NZ$1.5 million", "NT$28 billion"
                return tuple(c for c in cands if c.via != "abbr")
            abbreviated = _looks_abbreviated(toks, i, j)
            surface = toks.text[toks.starts[i] : toks.ends[j - 1]]
            # a name's first letters in capitals and with no dot are a word ("WASH", water and
            # sanitation; "MASS"): a shortened name keeps its dot ("Wash.", "Calif."), an
            # acronym needs none ("DPRK", "USSR")
            bare = (len(surface) >= 4 and surface.isalpha() and surface.isupper()
                    and toks.text[toks.ends[j - 1] : toks.ends[j - 1] + 1] != ".")
            cands = tuple(c for c in cands if c.via != "abbr" or abbreviated and not (
                bare and normalize(c.place.name).startswith(surface_key)))
            if _INITIALS.fullmatch(surface):
                # letters with dots are a name's initials ("N.J.", "U.S."): "M.D." and "L.A." are
                # not Maryland's and Louisiana's, whose postal codes they spell
                letters = surface.replace(".", "").lower()
                cands = tuple(c for c in cands if c.via != "abbr" or _initials(c.place.name) == letters)
        return cands

    def _person_names(
        self, toks: Tokens, found: Dict[str, Tuple[Candidate, ...]], covered: Set[int], placed: Set[str]
    ) -> Tuple[Set[str], Set[int], Set[int], Set[str]]:
        """Names this article uses for people, the tokens inside longer names, and the words of
        full names that are never places on their own: a given name that starts one
        ("Victoria Beckham"), a surname after a given name ("Ashley Sutton"), after an
        initial ("George W. Bush") or after a given name and particles ("Mike de Kock").

        Inside a run of capitalised words that is not itself a place ("Irina Kasimova",
        "Federal Reserve Bank"), only strong places (countries, regions, large cities,
        demonyms) count. A short run with no strong place, or a run after a title, is a
        person's name, and its words that name small towns are that person's everywhere in
        the article ("Kasimova said").

        A run is a longest chain of capitalised words (not in capitals) joined by a space or
        a line break. Only runs that share a word with a span naming a place (``covered``)
        are looked at: the rules read these results for such spans alone.

        ``placed`` holds the names the article puts somewhere ("in Riverdale"): a short run
        makes no person of them ("Riverdale Lukoil" is a shop), and they come back, less the
        ones that speak, as the names that are places in all their mentions.
        """
        persons: Set[str] = set()
        inside: Set[int] = set()
        name_words: Set[int] = set()
        surnames: Set[int] = set()
        words, n, gaps = toks.words, toks.n, toks.gaps

        # the words that may stand in a person's name: capitalised, not in capitals, and with
        # no digit (a word with digits is a code: "the A429 Cirencester junction")
        # (a word of letters alone has no digit: the search only for the others)
        runnable = {k for k in toks.capitals if not (words[k].isupper() and allcaps(words[k]))
                    and (words[k].isalpha() or not _DIGIT.search(words[k]))}
        in_run = runnable.__contains__

        def linked(k: int) -> bool:  # word k continues the run that word k - 1 is in
            # (not across a line break: a headline's last word and a paragraph's first are
            # no one person's name: "… stumble in Jos" / "Enyimba of Aba …"; nor across an en
            # dash, which joins two places: "the Kharkov–Kyiv line")
            return in_run(k) and (gaps[k] == " " or toks.joinable(k) and gaps[k] not in ("-", "–")
                                  and "\n" not in gaps[k])

        def barrelled(k: int) -> bool:
            # word k is one half of a double-barrelled name ("Sophie Hyères-Martin"): not the
            # surname news goes on to use alone, so the town stays a place elsewhere
            return (k + 1 < n and gaps[k + 1] in _HYPHENS and in_run(k + 1)
                    or k > 0 and gaps[k] in _HYPHENS and in_run(k - 1))

        spoken: List[Set[str]] = []
        lone: List[Set[str]] = []

        def speakers(alone: bool = False) -> Set[str]:
            """The words of this article that speak or bear a title: "Putin said", "… said
            Putin.", "Mr Putin"; with ``alone``, the capitalised words it also uses on their own,
            outside any longer name, that name no place and are no everyday word ("Putin
            attended"). Each worked out once, when a rule first asks."""
            if alone:
                if not lone:
                    alone_here: Set[str] = set()
                    for k in toks.capitals:
                        low = words[k].lower()
                        if (not in_run(k) or low in COMMON_WORDS or low in FUNCTION_WORDS or low in PERSON_TITLES
                                or low in CALENDAR_WORDS or (k > 0 and in_run(k - 1) and linked(k))
                                or (k + 1 < n and linked(k + 1))):
                            continue
                        key = _key(words[k])
                        if key not in found:
                            alone_here.add(key)
                    lone.append(alone_here)
                return lone[0]
            if not spoken:
                found_here: Set[str] = set()
                for k in toks.capitals:
                    if not in_run(k):
                        continue
                    after = k + 1 < n and gaps[k + 1] == " " and words[k + 1].lower() in SPEECH_VERBS
                    before = k > 0 and gaps[k] == " " and (
                        words[k - 1].lower() in SPEECH_VERBS and (k + 1 == n or gaps[k + 1][:1] in _CLAUSE_ENDS)
                        or words[k - 1][0].isupper() and words[k - 1].lower().rstrip(".") in PERSON_TITLES)
                    if after or before:
                        low = words[k].lower()
                        if low not in _AFFILIATIONS and low not in PERSON_TITLES and low not in COMMON_WORDS:
                            found_here.add(_key(words[k]))
                spoken.append(found_here)
            return spoken[0]

        done = 0
        for k in sorted(covered):
            if k < done or not in_run(k):
                continue
            i, j = k, k + 1
            while i > 0 and in_run(i - 1) and linked(i):
                i -= 1
            while j < n and linked(j):
                j += 1
            done = j
            lo = i
            # (a saint hyphened to the name is a town's, "Saint-Ouen", "Sainte-Foy", but for a
            # surname after a particle: "Antoine de Saint-Exupéry")
            titled = (i > 0 and toks.words[i - 1].lower().rstrip(".") in PERSON_TITLES and toks.joinable(i)
                      and not (gaps[i] in _HYPHENS and toks.words[i - 1].lower() in _SAINTS
                               and not (i > 1 and toks.words[i - 2] in SURNAME_PARTICLES)))
            # (not a saint's name that is a town's the article puts somewhere: "in Saint
            # Charles, Missouri", "in St. Augustine")
            if toks.words[i].lower().rstrip(".") in PERSON_TITLES and not (
                    toks.words[i].lower().rstrip(".") in _SAINTS and _key(" ".join(words[i:j])) in placed):
                titled, lo = True, i + 1
            elif j - i > 2 and _key(" ".join(words[i:j])) not in found:
                # a title inside the run opens the person's name after it ("County
                # Commissioner Patricia Madison", "Health Minister Veena George")
                for t in range(j - 2, i, -1):
                    title = toks.words[t].lower().rstrip(".")
                    if title in PERSON_TITLES and title not in _SAINTS and not any(
                            _key(" ".join(words[a:b])) in found for a in range(i, t + 1) for b in range(t + 1, j + 1)
                            if b - a > 1):
                        # (not a word of a place's name: "Call Hilton Head Island police")
                        titled, lo = True, t + 1
                        break
            # a preposition opening a sentence is no part of a name ("In Klamath Falls, …"), nor
            # is an article before a name used as a noun's modifier ("The Innisfail skater",
            # "A Nenagh councillor"; not "The Boons said", "The Hague")
            if j - lo > 1 and _opener(toks, lo, j) and _key(" ".join(words[lo:j])) not in found:
                lo += 1
            # a place may run straight into a name: "in Turkey Irina Kasimova said"
            # (not a given name that no country bears: "Mary Ann Quitugua" is one name)
            # (not where the run is itself a place's name: "San Luis Obispo")
            while j - lo > 2 and _key(words[lo]) in found and _strong(found[_key(words[lo])]) \
                    and _key(" ".join(words[lo:j])) not in found and not (
                    words[lo].lower() in GIVEN_NAMES
                    and not any(c.place.feature in ("country", "continent") for c in found[_key(words[lo])])):
                lo += 1
            run = words[lo:j]
            tail = j  # (past a surname's hyphened parts: "said Hassan Abdel-Rahim, who …")
            while tail < n and gaps[tail] in _HYPHENS and in_run(tail):
                tail += 1
            if j - lo >= 2 and _AGE_AFTER.match(toks.text, toks.ends[j - 1]) and _key(" ".join(run)) not in found:
                # a full name before an age between commas ("José Manuel Rivas, 29, travelling"):
                # a person's, every word of it, however large the place a word names
                name_words.update(range(lo, j))
            elif (j - lo == 2 and not titled and _key(" ".join(run)) not in found
                  and (_WHO_AFTER.match(toks.text, toks.ends[tail - 1])
                       or lo > 0 and (gaps[lo] == " " and words[lo - 1].lower() in SPEECH_VERBS
                                      # (a hyphened given name: "said Jean-Luc Namur, councillor")
                                      or lo > 1 and gaps[lo] in _HYPHENS and in_run(lo - 1) and gaps[lo - 1] == " "
                                      and words[lo - 2].lower() in SPEECH_VERBS)
                       and (tail == n or gaps[tail][:1] in _CLAUSE_ENDS))
                  and not any(c.place.feature in ("country", "continent") or c.via == "demonym"
                              for c in found.get(_key(words[j - 1]), ()))):
                # two words before ", who" or after "said" and before a clause's end ("said
                # Leanne Sheffield, who runs a caravan park", "Ewan Stirling, who has fished"):
                # a person's, however large the town the surname names
                name_words.update(range(lo, j))
                surnames.add(j - 1)
            if not titled:
                # (and a club's or a society's word after a possessive: "Allendale Woman's Club")
                after = words[j] if j < n and gaps[j] in _POSSESSIVE_GAPS and words[j][0].isupper() else ""
                own = _institution(run, found) or _organisation(run, after, found)
                if own:
                    # "Danbury Police Department": the town's name, and no person's; the words
                    # after it stay inside a longer name
                    inside.update(range(lo + own, j))
                    continue
            if len(run) >= 2 or (titled and run):
                keys = [_key(w) for w in run]
                whole = _key(" ".join(run))
                if _edged_place(run, keys, found):
                    continue  # "Napa Valley", "West Surrey": a place's name with its edges
                if titled and len(run) == 1 and whole in found and not _strong(found[whole]):
                    persons.add(whole)  # "Mr Hyland", "Governor Tate": the person's in the whole article
                    continue
                if whole not in found:
                    # inside a longer name that is no place, only strong places count
                    inside.update(range(lo, j))
                    weak = [k for k in keys if k in found and not _strong(found[k])]
                    personal = titled or len(run) <= 3 and not any(k in found and _strong(found[k]) for k in keys)
                    if personal:
                        # its last word only, the surname news goes on to use alone ("Mr
                        # Bonny Igwe … Mr Igwe" makes no person of the town Bonny), and not a
                        # name the article puts somewhere ("Riverdale Lukoil … in Riverdale")
                        if keys[-1] in weak and keys[-1] not in placed and not barrelled(j - 1):
                            persons.add(keys[-1])
                    given = run[0].lower() in GIVEN_NAMES
                    if (len(run) == 2 and not given and keys[1] not in found and keys[0] in found
                            and not any(c.place.feature in ("country", "continent") or c.via == "demonym"
                                        for c in found[keys[0]])
                            and (titled or keys[1] in speakers() or keys[1] in speakers(alone=True))):
                        # a full name after a title, or whose second word speaks or bears a
                        # title in the article ("Russian leader Vladimir Putin", "Paris Hilton …
                        # Ms Hilton"): the first word is a given name, however large the town
                        name_words.add(lo)
                    elif len(run) <= 3 and given and not any(k in found for k in keys[1:]) and not (
                            _metropolis(found.get(keys[0], ())) and keys[-1] not in speakers()):
                        # "Victoria Beckham"; but a city of a million people before a word that
                        # never speaks is the city ("the Dallas Mavericks")
                        name_words.add(lo)
                    elif (len(run) == 3 and given and run[1].lower() in GIVEN_NAMES and not titled
                          and not (keys[2] in found and _strong(found[keys[2]]))):
                        # a given name in the middle of a full name ("James Tyler Williams") is
                        # the person's, and so is its later use where it names only towns ("his
                        # brother Tyler")
                        name_words.update((lo, lo + 1))
                        if keys[1] in found and all(_townish(c.place) for c in found[keys[1]]):
                            persons.add(keys[1])
                    elif (len(run) == 2 and given and keys[1] in found
                          and run[0].lower() not in COMMON_WORDS and run[0].lower() not in FUNCTION_WORDS):
                        if not (keys[0] in found and _strong(found[keys[0]])):
                            name_words.add(lo + 1)  # a surname: "Ashley Sutton", "Andrew Jordan"
                            surnames.add(lo + 1)
                        elif all(_townish(c.place) for c in found[keys[1]]):
                            # both words towns, the first a given name: "Tyler Williams", "Victoria
                            # Rowell" (a region or country after it stays a place: "Austin Texas")
                            name_words.update((lo, lo + 1))
                            surnames.add(lo + 1)
                    elif (len(run) == 2 and not titled and all(district(c.place) for c in found.get(keys[0], ()))
                          and keys[1] in found and _unknown_word(run[0])
                          and all(_townish(c.place) for c in found[keys[1]])
                          and not _metropolis(found[keys[1]])):
                        # a word no place (or only a district abroad) and no everyday word
                        # before a town: a given name the list lacks before a surname ("Jeb
                        # Bush", "Sergei Lavrov", "Mat Jackson")
                        name_words.add(lo + 1)
                        surnames.add(lo + 1)
                    elif (titled and len(run) >= 2 and keys[-1] in found
                          and all(_townish(c.place) for c in found[keys[-1]])):
                        # a full name after a title ends in a surname, whatever the given name
                        # ("Health Minister Veena George")
                        name_words.add(j - 1)
                        surnames.add(j - 1)
        for k in covered:
            if k < 2:
                continue
            # a capitalised word after an initial that follows a capitalised word is a surname
            # ("George W. Bush", "Harry S. Truman", "Gino D. Bassett"; not "World War I. Paris")
            initial = words[k - 1]
            if (gaps[k] == ". " and len(initial) == 1 and initial.isupper() and initial != "I"
                    and words[k - 2][0].isupper()):
                name_words.add(k)
                surnames.add(k)
                continue
            # and so is one after a given name and particles ("Mike de Kock", "Roger van
            # Boxtel", "Ursula von der Leyen")
            p = k - 1
            while p >= 1 and words[p] in SURNAME_PARTICLES and gaps[p + 1] == " ":
                p -= 1
            if p < k - 1 and gaps[p + 1] == " " and words[p][0].isupper() and (
                    words[p].lower() in GIVEN_NAMES
                    # (or any word that is no place before "van" or "von": "Marieke van Goes")
                    or words[p + 1] in _GERMANIC_PARTICLES and in_run(p) and _key(words[p]) not in found):
                name_words.add(k)
                surnames.add(k)
        # News names a person in full once and by the surname after that ("Ashley Sutton …
        # Sutton said"): a surname that names only towns is the person's in the whole article.
        # (not a name the article puts somewhere, unless it speaks: "WEED, Calif. … named for
        # lumberman Abner Weed")
        for k in surnames:
            if barrelled(k):
                continue
            key = _key(words[k])
            if key in found and all(_townish(c.place) for c in found[key]) and (
                    key not in placed or key in speakers()):
                persons.add(key)
        # A lone word that names only small towns and speaks is a person, in the whole article
        # ("Johnson said", "… said Noma."); not after a preposition ("from Dewsbury said").
        for k in covered:
            if not in_run(k) or (k > 0 and in_run(k - 1) and linked(k)) or (k + 1 < n and linked(k + 1)):
                continue
            key = _key(words[k])
            cands = found.get(key)
            if not cands:
                continue
            if k + 1 < n and (gaps[k + 1] == " " and words[k + 1].lower() in _REFLEXIVES
                              or k in toks.possessive and words[k + 1].lower() in _KIN):
                # "Georgia herself", "Georgia's father": only a person, whatever the name
                persons.add(key)
                continue
            if _strong(cands) or not all(_townish(c.place) for c in cands):
                continue
            if k > 0 and (words[k - 1].lower() in _OPENING_PREPOSITIONS or words[k - 1].lower() in _LOCATIVES):
                continue
            if key in placed and k > 0 and (words[k - 1] in ("and", "or") or gaps[k] == ", "):
                continue  # the last of a list of places ("Officials in Ellensburg and Wenatchee said")
            speaks = k + 1 < n and gaps[k + 1] == " " and words[k + 1].lower() in SPEECH_VERBS
            spoken_of = (k > 0 and gaps[k] == " " and words[k - 1].lower() in SPEECH_VERBS
                         and k not in toks.possessive
                         and (k + 1 == n or gaps[k + 1][:1] in _CLAUSE_ENDS)
                         # (not the first of a list of places: "Forecasters said Whangarei,
                         # Kaitaia and Kerikeri could see rain")
                         and not (k + 1 < n and gaps[k + 1] == ", " and _key(words[k + 1]) in found
                                  and _list_goes_on(toks, k + 1)))
            if speaks or spoken_of:
                persons.add(key)
        # a name the article puts somewhere is a place in its other mentions, unless it also
        # speaks ("Nelson said … in Nelson"); asked only of the names that rule is for (given
        # names, towns known by another name), as working out the speakers reads every word
        contested = {key for key in placed
                     if key in GIVEN_NAMES or all(c.via == "alt" for c in found.get(key, ()))}
        return persons, inside, name_words, placed - (contested & speakers()) if contested else placed


#: Particles of Dutch and German surnames, which open no place's name ("Marieke van Goes").
_GERMANIC_PARTICLES = frozenset(("van", "von"))
#: Titles that also open towns' names ("Saint Charles", "St. Augustine").
_SAINTS = frozenset(("saint", "st", "ste", "sainte"))
#: Lower-case words before a name that speak of a part of a large area: "central Washington",
#: "upstate New York", "northern Syria".
_AREA_WORDS = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern southwestern upstate "
    "downstate".split())
#: A unit's word that a council's name writes after the unit's own ("Tendring District Council",
#: "Toowoomba Regional Council"): the place is the unit, named without it.
_COUNCIL_KINDS = frozenset({"district", "borough", "shire", "regional", "county"})
#: Capitalised words before a river's or a lake's name that make it another's ("the Little Scioto
#: River", "Big Sandy Lake").
_SMALLER = frozenset(("Little", "Big"))
#: The words after a figure that make it a sum: "K2 million".
_AMOUNTS = frozenset({"million", "billion", "trillion", "mn", "bn", "m"})
#: Words after a leader's name for the time or the government they led ("the Obama administration").
_TENURES = frozenset(("administration", "presidency", "era", "premiership"))
#: Words that open a sports club's name before its town's, as written ("Real Madrid").
_CLUB_OPENERS = frozenset(("Real", "Atletico", "Atlético", "Inter", "AC", "FC", "Sporting", "Olympique", "Dynamo",
                           "Dinamo", "Borussia", "Deportivo"))
_HYPHENS = ("-", "‐", "–")
#: Last words of a town's name that also end a body's name before "for" ("Michigan Center").
_BODY_HEADS = frozenset(("center", "centre", "centers", "centres", "institute"))
#: A French or Italian particle elided before a capitalised word, written as one word with
#: it: "d'Ivoire", "d'Arc", "l'Aquila", "dell'Emilia", "sull'Adda" end or continue a name.
_ELIDED = re.compile(r"(?:d|l|dell|nell|sull|all|dall)['’][A-ZÀ-ÖØ-Þ]")
#: Words before a name that say a place, not a disease ("passengers from Norwalk").
_WHERE = frozenset("in at from near outside to across around".split())
#: Prepositions that open a sentence before a name ("In Klamath Falls, …").
_OPENING_PREPOSITIONS = frozenset("in at from near outside to on of for with by across throughout".split())
#: Prepositions that are no part of a name where they open a sentence.
_SENTENCE_PREPOSITIONS = frozenset(
    "beyond besides despite through inside around toward towards behind like along among amid amidst against "
    "after before under over within without between past unlike into onto upon about above below beneath beside "
    "until since via".split())
_ARTICLES = frozenset(("the", "a", "an"))
#: Verbs that open a request to the reader, as local news ends its articles.
_IMPERATIVES = frozenset("call contact visit email text phone dial write see".split())
#: Words for a settlement before "of" and its name ("the city of Douma").
_SETTLEMENTS = frozenset(("city", "town", "village"))
#: Words before a name that make a building of a town's name ending in a building's word.
_DETERMINERS = frozenset(("the", "this", "that"))
_BUILDING_NAMES = BUILDING_HEADS | {"house"}
_POSSESSIVE_GAPS = ("'s ", "’s ", "' ", "’ ")
#: Words for a person's party or side, which speak in news after a place's name ("the Arizona
#: Republican asked"): no surnames.
_AFFILIATIONS = frozenset(
    "republican republicans democrat democrats democratic conservative conservatives tory tories labour "
    "liberal liberals socialist socialists green greens independent nationalist nationalists".split()
)
#: Words after a name that only a person's name takes: "Georgia herself", "Georgia's father".
_REFLEXIVES = frozenset(("himself", "herself"))
_KIN = frozenset(
    "father mother son daughter wife husband brother sister dad mom mum grandfather grandmother "
    "grandson granddaughter boyfriend girlfriend fiance fiancé fiancee fiancée".split()
)
#: What may follow a name that ends a clause ("… said Noma.", "… says Tyler, who …").
_CLAUSE_ENDS = frozenset(".,;:!?")
#: Words after "The X" that make X a noun on its own, not a modifier ("The Boons said").
_VERBISH = frozenset(
    "is are was were has have had will would can could may might must shall should did does do said says "
    "told say also then and or but who which that".split()
)


#: Words that, capitalised after a street's word, make a public body of the name ("Kansas
#: Highway Patrol", "Chicago Park District"): the place before them stays a place.
_BODIES = frozenset("patrol department commission district authority service police board agency "
                    "administration division".split())


def _townish(place: Place) -> bool:
    """Whether a place is a town, or a district outside the US (``geodata.district``): a
    name a person's surname may share ("Logan", "Silva", "Hastings")."""
    return place.feature == "city" or district(place)


def _body_after(toks: Tokens, k: int) -> bool:
    """Whether word ``k`` is a public body's word after a street's ("Highway Patrol")."""
    return k < toks.n and toks.gaps[k] == " " and toks.capital(k) and toks.lower(k) in _BODIES


def _opener(toks: Tokens, lo: int, j: int) -> bool:
    """Whether word ``lo``, a capitalised word opening a run of capitalised words that ends
    before word ``j``, is only the sentence's first word: a preposition, a request to the
    reader, a verb's -ing form, or an article before a name that modifies the lower-case noun
    after the run."""
    word = toks.lower(lo)
    if word in _OPENING_PREPOSITIONS or (word in _IMPERATIVES or word in _SENTENCE_PREPOSITIONS) \
            and toks.sentence_start(lo):
        # (or a request that opens a sentence: "Call Erie police at …", "Visit Erie"; or another
        # preposition that opens it: "Beyond Madinaty, the club …")
        return True
    if len(word) > 5 and word.endswith("ing") and word not in GIVEN_NAMES and toks.sentence_start(lo):
        return True  # a verb's -ing form opening a sentence or a headline: "Rising Platte, Elkhorn …"
    if word not in _ARTICLES or j >= toks.n or toks.gaps[j] != " ":
        return False
    after = toks.words[j]
    return after.islower() and after not in _VERBISH and after not in FUNCTION_WORDS


def _institution(run: Sequence[str], found) -> int:
    """How many words of a run of capitalised words are a town's own name followed by an
    institution's or an official's word ("Danbury Police", "Bantam Superior Court",
    "Beaconsfield Mayor Georges Bourelle"), counting a function word that opens the run
    ("The Danbury Police"); 0 when the run is no such name."""
    first = 1 if run[0].lower() in FUNCTION_WORDS else 0
    for k in range(min(len(run) - 1, first + 3), first, -1):
        if run[k].lower() in INSTITUTION_WORDS and (run[k].lower() not in _TOWN_WORDS or (
                k + 1 < len(run) and run[k + 1].lower() in INSTITUTION_WORDS)):
            # ("Town" and "Village" only before an office: "Kittery Town Manager", not "Old
            # Town Manassas")
            if any(c.via != "alt" for c in found.get(_key(" ".join(run[first:k + 1])), ())):
                return k + 1  # the word ends the town's own name: "Dade City", "Johnson City Police"
            cands = found.get(_key(" ".join(run[first:k])))
            if cands and any(c.via != "alt" or c.place.feature != "city" for c in cands) \
                    and (k - first > 1 or run[first].lower() not in COMMON_WORDS):
                return k
    return 0


def _organisation(run: Sequence[str], after: str, found) -> int:
    """How many words of a run of capitalised words are the place's own name that opens a
    club's or a society's name ("Allendale Woman's Club", "Springfield Rotary Club"):
    one of its next three words, or ``after`` (the word after a possessive that ends the run),
    is one of ``ORGANISATION_WORDS``. 0 when the run is no such name."""
    first = 1 if run[0].lower() in FUNCTION_WORDS else 0
    words = list(run[first : first + 4]) + ([after] if after and len(run) - first <= 3 else [])
    if ORGANISATION_WORDS.isdisjoint(map(str.lower, words[1:])):
        return 0
    for k in range(min(len(run) - first - 1, 3), 0, -1):
        cands = found.get(_key(" ".join(run[first : first + k])))
        if cands and any(c.via != "alt" or c.place.feature != "city" for c in cands) \
                and (k > 1 or run[first].lower() not in COMMON_WORDS) \
                and not any(w.lower() in ORGANISATION_WORDS for w in run[first : first + k]):
            return first + k
    return 0


def _hyphened_to_a_name(toks: Tokens, i: int, j: int, found) -> bool:
    """Whether words ``i`` to ``j`` are hyphened to a capitalised word that is no sure place
    ("Wal-Mart", "Al-Ahram", "Champs-Elysees"), or to an elided particle ("Saint-Jean-d'Arc"):
    they are then part of a longer name. An acronym ("IBA-Karachi") or a sure place
    ("Middlesex-London", "Syrian-Turkish") beside them is another name."""
    for k, gap in ((i - 1, toks.gaps[i]), (j, toks.gaps[j] if j < toks.n else "")):
        if k < 0 or k >= toks.n or gap not in ("-", "‐"):
            continue
        if k == j and _ELIDED.match(toks.words[k]):
            return True  # "Saint-Jean-d'Arc": a longer name that goes on after an elided particle
        if not toks.capital(k) or toks.allcaps(k):
            continue
        other = found.get(_key(toks.words[k]))
        if not (other and _strong(other)):
            return True
    return False


#: Lower-case kinds of administrative unit written after a unit's name ("the Mayo-Sava
#: department", "Irumu territory").
_UNITS_AFTER = frozenset(
    "department departments district districts region regions province provinces prefecture prefectures "
    "county counties state states division divisions zone zones territory territories commune communes "
    "municipality municipalities governorate governorates".split()
)


def _a_towns_word_after(toks: Tokens, j: int) -> bool:
    """Whether word ``j`` makes the name before it a town's or a unit's: a hyphened word ("the
    Dnipro-based firm"), or a town's people, bodies, units or premises in lower case ("the Dnipro
    city council", "the Dnipro authorities", "the Kherson and the Dnipro regions", "the Nelson
    office")."""
    if j >= toks.n:
        return False
    if toks.gaps[j] in _HYPHENS:
        return True
    word = toks.words[j]
    return toks.gaps[j] == " " and (word in ("city", "mayor") or word in _TOWNSFOLK or word in _TOWN_BODIES
                                    or word in _UNITS_AFTER or word in _TOWNS_PREMISES)


#: A body's premises in a town, in lower case after its name ("the Nelson office").
_TOWNS_PREMISES = frozenset("office offices branch branches campus station hospital".split())


def _compound_before_kind(toks: Tokens, i: int, j: int, found) -> bool:
    """Whether words ``i`` to ``j`` are hyphened to more capitalised words, and the whole
    stands before a lower-case kind of unit ("Mayo" and "Sava" of "the Mayo-Sava department"):
    the whole is the unit's name, none of its words a place. Not where a word is a continent's,
    an ocean's or a people's ("the Asia-Pacific region": two names)."""
    a, b = i, j
    while a > 0 and toks.gaps[a] in _HYPHENS and toks.capital(a - 1):
        a -= 1
    while b < toks.n and toks.gaps[b] in _HYPHENS and toks.capital(b):
        b += 1
    if (a, b) == (i, j) or b >= toks.n or toks.gaps[b] != " " or toks.words[b] not in _UNITS_AFTER:
        return False
    return not any(c.place.feature == "continent" or c.place.feature == "region" and not c.place.country
                   or c.via == "demonym" for k in range(a, b) for c in found.get(_key(toks.words[k]), ()))


def _edged_place(run: Sequence[str], keys: Sequence[str], found) -> bool:
    """Whether a run of capitalised words is a known place's name with a compass word or a
    feature's word before it and/or a generic head after it ("West Surrey", "Wadi Derna",
    "Napa Valley", "Upper Fars Province"): no person's name."""
    n = len(run)
    edges = [lo for lo in (0, 1) if not lo or run[0].lower() in DIRECTIONS or run[0] in FEATURE_WORDS_BEFORE]
    heads = [hi for hi in (n, n - 1) if hi == n or run[-1].lower() in NAME_HEADS]
    # (either edge alone or both: "Western Province" is Western's, "West Surrey" Surrey's)
    return any(_key(" ".join(run[lo:hi])) in found for lo in edges for hi in heads if (lo, hi) != (0, n) and hi - lo >= 1)


#: Lower-case words for a stretch of a river between "the" and its name ("the middle Loire").
_STRETCHES = frozenset(("upper", "lower", "middle"))


#: Verbs and prepositions before "the" and a river that another river flows into ("where the
#: Benue meets the Niger", "empties into the Congo").
_CONFLUENCE = frozenset("meets meet joins join into".split())


def _confluence_before(toks: Tokens, i: int, j: int) -> bool:
    """Whether "the" before word ``i`` follows a word another river meets it by ("meets the
    Niger", "flows into the Congo"), and the name before word ``j`` qualifies no noun after it
    ("into the American market"): a country's name there is its river's."""
    return (i > 1 and toks.words[i - 1] == "the" and toks.words[i - 2] in _CONFLUENCE
            and not (j < toks.n and toks.gaps[j] == " " and toks.words[j].islower()
                     and toks.words[j] not in FUNCTION_WORDS))


def _the_before(toks: Tokens, i: int) -> bool:
    """Whether "the" stands right before word ``i``, or "the" and a stretch's word ("the
    upper Rhine", "the middle Loire")."""
    if i > 0 and toks.words[i - 1] == "the":
        return True
    return i > 1 and toks.words[i - 1] in _STRETCHES and toks.gaps[i] == " " and toks.words[i - 2] == "the"


def _particle_name_follows(toks: Tokens, k: int) -> bool:
    """Whether word ``k`` is a lower-case particle hyphened to a capitalised word, one space
    after the word before it ("… al-Hawa", "… ez-Zor", "… el-Sheikh"): that word is then the
    first word of a longer name."""
    if k + 1 >= toks.n or toks.words[k] not in NAME_PARTICLES:
        return False
    return (toks.gaps[k] == " "
            and toks.gaps[k + 1] in ("-", "‐")
            and toks.words[k + 1][0].isupper())


#: The last words of the names of seas, oceans and gulfs.
_WATER_TAILS = (" Sea", " Ocean", " Gulf")


#: Great rivers whose bare name news uses for the land around them ("the Amazon": the rainforest).
_REGION_RIVERS = frozenset(("amazon",))
#: Words news writes after "the" for a party or its members, which rivers bear too: "the
#: Republican governors" is no Republican River ("the Republican river" is).
_PARTY_WORDS = frozenset(("republican", "democrat", "democratic"))


@functools.lru_cache(maxsize=1)
def _river_keys() -> FrozenSet[str]:
    """The keys of the great rivers' names written with "River" ("dnipro river", "niger
    river"): the only names worth looking up for "the Dnipro"."""
    return frozenset(normalize(n) for n in river_names() if n.endswith(" River"))


@functools.lru_cache(maxsize=1)
def _bare_river_keys() -> FrozenSet[str]:
    """The keys of :func:`_river_keys` without their " river": ``key in _bare_river_keys()``
    is ``key + " river" in _river_keys()``, with no new string for every span."""
    return frozenset(key[: -len(" river")] for key in _river_keys() if key.endswith(" river"))


def _postal_key(toks: Tokens, k: int) -> Optional[str]:
    """The key of the region whose postal code word ``k`` is, written after a name and a
    comma ("Henderson, TX", "HENDERSON, TX (KLTV)", "Hamilton, ON"); ``None`` elsewhere."""
    word = toks.words[k]
    if len(word) != 2 or not word.isupper() or k == 0 or toks.gaps[k] != ", " or not toks.words[k - 1][0].isupper():
        return None
    name = postal_codes().get(word)
    return None if name is None else _key(name)


def _runs(toks: Tokens, i: int, spans: List[Tuple[int, int, str]]) -> None:
    """Add to ``spans`` every run of words from word ``i`` that may be a name: ``(i, j,
    key)``, the run growing by capitalised words and, between them, the lower-case words that
    stand inside names ("Rio de Janeiro", "Deir ez-Zor", "Dar es Salaam")."""
    words, n, gaps = toks.words, toks.n, toks.gaps
    run = words[i]
    # (the key memo read here first: this is the matcher's most frequent call of _key)
    spans.append((i, i + 1, _KEYS.get(run) or _key(run)))
    last = min(n, i + MAX_TOKENS)
    k = i + 1  # the next word: a capitalised one or a connector continues the run
    while k < last:
        word = words[k]
        # whether the run may end with this word: a capitalised word, or an elided particle
        # with its name ("d'Ivoire"); a connector in lower case only goes on to the next
        # (a connector's word in capitals may end a name: "Lanao del Sur", "Hoi An")
        if word[0].isupper():
            ends = True
        elif word.lower() in CONNECTORS or word in LOWER_CONNECTORS or word in NAME_PARTICLES:
            ends = False
        elif ("'" in word or "’" in word) and _ELIDED.match(word):
            ends = True
        else:
            break
        gap = gaps[k]
        if gap == " " or toks.joinable(k):
            run += " " + word
        elif gap in ("'s ", "’s ") and k - 1 in toks.possessive:
            # a possessive inside a name: "King's Lynn", "People's Republic of China"
            run += gap[:2] + " " + word
        else:
            break
        k += 1
        if ends:
            spans.append((i, k, _KEYS.get(run) or _key(run)))


def _list_goes_on(toks: Tokens, k: int) -> bool:
    """Whether word ``k`` goes on a list of capitalised words to its "and" or "or"
    ("Kaitaia and Kerikeri", "Kaitaia, Paihia or Kerikeri")."""
    n, words, gaps = toks.n, toks.words, toks.gaps
    while k < n and words[k][0].isupper():
        if k + 2 < n and gaps[k + 1] == " " and words[k + 1] in ("and", "or") and words[k + 2][0].isupper():
            return True
        if k + 1 < n and gaps[k + 1] == ", ":
            k += 1
            continue
        k += 1
        if k < n and gaps[k] != " ":
            return False
    return False


def _place_after_in(toks: Tokens, j: int, by_start, found) -> Tuple[Candidate, ...]:
    """The candidates of the longest place name right after " in " at word ``j`` ("… in St.
    Louis"), else ``()``."""
    if j + 1 >= toks.n or toks.words[j] != "in" or toks.gaps[j] != " " or toks.gaps[j + 1] != " ":
        return ()
    spans = [(end, key) for end, key in by_start.get(j + 1, ()) if key in found]
    return found[max(spans)[1]] if spans else ()


def _particle_tail(toks: Tokens, i: int) -> bool:
    """Whether word ``i`` ends a name after its particle and the word before it ("Ras
    al-Ain", "Jisr al-Shughur", "Bashar al-Assad"): alone it is no place ("Ain" is a French
    department)."""
    return (i > 1 and toks.gaps[i] in _HYPHENS and toks.words[i - 1] in NAME_PARTICLES
            and toks.gaps[i - 1] == " " and toks.words[i - 2][0].isupper())


#: Arabic articles written as a capitalised word of their own ("Al Sila", "El Fasher").
_ARABIC_ARTICLES = frozenset(("Al", "El", "Ar", "Ash", "Az"))  # (not "As", "An": English words)


def _article_tail(toks: Tokens, i: int) -> bool:
    """Whether word ``i`` follows an Arabic article written as a capitalised word ("Sila" of
    "Al Sila"): the end of a longer name."""
    return i > 0 and toks.words[i - 1] in _ARABIC_ARTICLES and toks.gaps[i] == " "


#: Particles of Spanish, Portuguese, Italian and French names, written with spaces
#: ("Lanao del Sur", "Eldorado do Sul", "Castellón de la Plana").
_ROMANCE_PARTICLES = frozenset("de del della di da do dos das du des".split())


def _romance_tail(toks: Tokens, i: int) -> bool:
    """Whether word ``i`` ends a name after a Romance particle (and an article: "de la") and
    a capitalised word: "Sur" of "Lanao del Sur"."""
    k = i - 1
    if k > 0 and toks.words[k] in ("la", "las", "los", "el") and toks.gaps[i] == " ":
        k -= 1
    return (k > 0 and toks.words[k] in _ROMANCE_PARTICLES and toks.gaps[k + 1] == " " and toks.gaps[k] == " "
            and toks.words[k - 1][0].isupper())


def _feature_tail(toks: Tokens, i: int) -> bool:
    """Whether the name that word ``i`` ends after a Romance particle opens with a feature's
    word ("Cortés" of "Paso de Cortés", "Ingenios" of "Valle de los Ingenios"); see
    :func:`_romance_tail`."""
    k = i - 2 if toks.words[i - 1] in ("la", "las", "los", "el") else i - 1
    return k > 0 and toks.words[k - 1] in FEATURE_WORDS_BEFORE


def _romance_head(toks: Tokens, j: int) -> bool:
    """Whether the word before word ``j`` opens a name that goes on after a Romance particle
    (and an article) with a capitalised word: "Cerro" of "Cerro del Fortín"."""
    k = j
    if k + 1 < toks.n and toks.words[k] in _ROMANCE_PARTICLES and toks.gaps[k] == " " and toks.gaps[k + 1] == " ":
        k += 1
        if k + 1 < toks.n and toks.words[k] in ("la", "las", "los", "el") and toks.gaps[k + 1] == " ":
            k += 1
        return toks.capital(k)
    return False


def _placed(toks: Tokens, named: Sequence[Tuple[int, int, str]], found) -> Set[str]:
    """The names this article puts somewhere at least once: after "in", "near" or "outside",
    on a way ("from Rifle through Meeker", "between Silt and Rifle"), after "the city (town,
    village) of", or before a comma and a region that holds a place of that name ("Hugo,
    Oklahoma"), and the names listed after such a name ("in Lebanon, Mason and Franklin", "in
    Porterville, Lindsay and Exeter"). Such a name is a place in its other mentions too."""
    words, text = toks.words, toks.text
    out: Set[str] = set()
    longest: Dict[int, Tuple[int, str]] = {}
    for i, j, key in named:
        if i not in longest or j > longest[i][0]:
            longest[i] = (j, key)
        if key in out:
            continue
        if (i > 1 and toks.gaps[i] == " " and words[i - 1] == "of" and words[i - 2].lower() in _SETTLEMENTS
                or _located(toks, i, j, found[key], found)
                or i > 0 and toks.gaps[i] == " " and words[i - 1] in _ROUTES and i not in toks.possessive
                and key not in DISEASE_NAMES):  # (not "died from Marburg", "from Wilson's Farm")
            out.add(key)
    # a list after a place goes on with places (a person's name in it stays one), and so
    # does a way from a place ("from Palisade to Clifton")
    last = None  # the end of the last name placed
    since = 0  # where it starts
    for i in sorted(longest):
        j, key = longest[i]
        if last is not None and i < last:
            continue
        gap = text[toks.ends[last - 1]:toks.starts[i]] if last is not None else None
        if gap in _LIST_GAPS or gap == " to " and since > 0 and words[since - 1] == "from":
            out.add(key)
        last, since = (j, i) if key in out else (None, 0)
    return out


#: An age between commas before "of" and a town ("Smith, 34, of Mentor").
_AGE_OF = re.compile(r", \d{1,3}, $")
#: An age between commas after a name ("Samira Abu Hassan, 61, who …").
_AGE_AFTER = re.compile(r", \d{1,3},")
#: ", who" after a name: a person's.
_WHO_AFTER = re.compile(r", who\b")
_INDEFINITE = frozenset(("a", "an", "A", "An"))
#: Words for people after "a" and their town's name ("a Mentor man").
_RESIDENTS = frozenset("man woman men women boy girl teen teenager resident couple family native mother father "
                       "student driver motorist".split())
#: A town's people and services, in lower case after its name ("Lawrence police said").
_TOWNSFOLK = frozenset("police officers officials residents firefighters councillors councilors voters "
                       "authorities schools".split())
#: A town's public bodies and papers, capitalised after its name ("the Lawrence Police
#: Department"); not the words that are surnames too ("Post", "Press", "Court").
_TOWN_BODIES = frozenset("police sheriff fire council township borough transit ambulance ems herald tribune "
                         "gazette chronicle courier bulletin journal observer dispatch sentinel examiner inquirer "
                         "enquirer".split())
#: Words after a name that make it a part of a town ("the Five Points neighborhood").
_PARTS_OF_TOWNS = frozenset(("neighborhood", "neighbourhood", "suburb", "section"))
#: Institution words that name a town's offices only before another one ("Town Manager").
_TOWN_WORDS = frozenset(("town", "village"))
#: Places that lie inside a first-level region.
_LOCAL = ("city", "admin2")
#: Last words of a county's name as written.
_COUNTY_WORDS = frozenset(("county", "parish", "borough"))
#: What stands between the names of a list.
_LIST_GAPS = frozenset((", ", " and ", ", and ", " or ", ", or "))


def _diseases(toks: Tokens, named: Sequence[Tuple[int, int, str]], found) -> Set[str]:
    """The names this article gives a disease: a town's or a region's name before a disease
    word ("Lassa fever", "Marburg virus"; a country's stays a place: "the Brazil variant"),
    and in an article about illness, a disease named after a place ("a Marburg outbreak")."""
    out: Set[str] = set()
    health: Optional[bool] = None
    for i, j, key in named:
        if key in out:
            continue
        if key in DISEASE_NAMES:
            if health is None:
                text = toks.text.lower()
                health = any(word in text for word in HEALTH_WORDS)
            if health:
                out.add(key)
        elif j < toks.n and toks.gaps[j] in (" ", "-") and toks.words[j].lower() in DISEASE_WORDS and not any(
                c.place.feature in ("country", "continent", "region") or c.via == "demonym" for c in found[key]):
            out.add(key)
    return out


def _located(toks: Tokens, i: int, j: int, cands: Sequence[Candidate], found) -> bool:
    """Whether the words around words ``i`` to ``j`` say a place: "in", "near" or "outside"
    right before them, or a comma and a region that holds one of ``cands`` after them
    ("Hugo, Oklahoma")."""
    return (i > 0 and toks.words[i - 1] in _LOCATIVES and toks.gaps[i] == " " and i not in toks.possessive
            or _region_follows(toks, j, cands, found) or _home_town(toks, i, j))


def _home_town(toks: Tokens, i: int, j: int) -> bool:
    """Whether words ``i`` to ``j`` name where someone lives or serves, as local news writes
    it: after an age ("John Smith, 34, of Mentor"), between "a" and a resident's word ("a
    Mentor man", "an Akron teen"), or before the town's people or services in lower case
    ("Lawrence police said", "Tracy firefighters") or its public bodies and papers ("the
    Lawrence Police Department", "the Lawrence Journal-World"), where no person's name stands."""
    before = toks.words[i - 1] if i > 0 else ""
    if before == "of":
        return toks.gaps[i] == " " and _AGE_OF.search(
            toks.text, max(0, toks.starts[i - 1] - 8), toks.starts[i - 1]) is not None
    if j >= toks.n or toks.gaps[j] != " ":
        return False
    after = toks.words[j]
    return (after in _TOWNSFOLK or before in _INDEFINITE and after in _RESIDENTS and toks.gaps[i] == " "
            or after[0].isupper() and after.lower() in _TOWN_BODIES)


#: :func:`_strong` of a name's candidates, by the tuple's ``id``: several rules ask it of the
#: same name, and a name's candidates are one tuple from article to article (the gazetteer
#: remembers its look-ups), of dozens of places for a common name ("Springfield"). Each entry
#: keeps its tuple, so that no id is reused while it stands. Bounded: it starts afresh when full.
_STRONG: Dict[int, Tuple[Tuple[Candidate, ...], bool]] = {}
_MAX_STRONG = 50_000


def _strong(cands: Sequence[Candidate]) -> bool:
    """Whether a name is surely a place: a country, region, large city or demonym (a
    district abroad, whose population the gazetteer does not know, is not). Another
    place's alternate name counts only for a country or a continent ("Holy See"): many
    given names and surnames are old or foreign names of large cities ("Riad", "Abo")."""
    if type(cands) is not tuple:
        return _any_strong(cands)  # (a list made for one question: nothing to remember)
    entry = _STRONG.get(id(cands))
    if entry is None:
        if len(_STRONG) >= _MAX_STRONG:
            _STRONG.clear()
        entry = _STRONG[id(cands)] = (cands, _any_strong(cands))
    return entry[1]


def _any_strong(cands: Iterable[Candidate]) -> bool:
    for c in cands:
        p = c.place
        if c.via == "alt":
            if p.feature in ("country", "continent"):
                return True
        elif p.feature != "city" and not district(p) or c.via in ("demonym", "abbr") or p.population >= 100_000:
            return True  # (not _townish(p), written out: this is the matcher's most frequent test)
    return False


def _regions_after(toks: Tokens, j: int, found) -> Iterator[Tuple[int, List[Place]]]:
    """The first-level regions written after word ``j - 1`` and a comma, by where their name
    ends: ``(end, regions)`` for a name of one, two and three words ("Texas", "New Mexico";
    a postal code after a town, "TX", is its region's)."""
    if j >= toks.n or toks.gaps[j] != ", " or not toks.capital(j):
        return
    for end in (j + 1, j + 2, j + 3):
        if end > toks.n or (end > j + 1 and not toks.joinable(end - 1)):
            return
        key = (end == j + 1 and _postal_key(toks, j)) or _key(" ".join(toks.words[j:end]))
        yield end, [c.place for c in found.get(key, ()) if c.place.feature == "admin1" and c.via in ("name", "abbr")]


def _town_of_region_after(toks: Tokens, i: int, j: int, cands: Sequence[Candidate],
                          found) -> Optional[Tuple[Tuple[Candidate, ...], str]]:
    """The towns and counties among ``cands`` that lie in the first-level region written
    after words ``i`` to ``j`` and a comma, where that pair is no part of a list ("Lebanon,
    Ohio, on Monday"; not "Nevada, Missouri and Ohio", nor "… Texas, Nevada, Missouri"), and
    the region's name; else ``None``.

    Such a region says which place the name is, even a country's or a state's name: the
    towns of Lebanon, Mexico or Nevada in Ohio and Missouri, the Clark County of Washington."""
    if j >= toks.n or toks.gaps[j] != ", ":
        return None  # (most names: no comma after them)
    if i > 0 and toks.gaps[i] == ", ":
        return None  # the name follows a comma itself: an item of a list
    towns = {(c.place.country, c.place.admin1) for c in cands if c.place.feature in _LOCAL and c.place.admin1}
    if not towns:
        return None
    for end, regions in _regions_after(toks, j, found):
        held = [r for r in regions if (r.country, r.name) in towns]
        if not held:
            continue
        if end < toks.n and toks.gaps[end] in (" ", ", ") and (
                toks.lower(end) in ("and", "or") or toks.gaps[end] == ", " and _key(toks.words[end]) in found):
            return None  # a list of regions: "Nevada, Missouri and Ohio", "Nevada, Missouri, Ohio"
        if end < toks.n and toks.gaps[end] == " " and toks.lower(end) in _COUNTY_WORDS:
            return None  # a county named after the region: "Springdale, Washington County"
        inside = {(r.country, r.name) for r in held}
        return tuple(c for c in cands if c.place.feature in _LOCAL
                     and (c.place.country, c.place.admin1) in inside), held[0].name
    return None


def _in_country_before(matches: Sequence[Match], toks: Tokens, i: int,
                       cands: Tuple[Candidate, ...]) -> Tuple[Tuple[Candidate, ...], str]:
    """The places among ``cands`` that lie in the country written right before word ``i`` in
    the possessive ("India's Punjab", "Zambia's Southern Province"), and that country's name,
    where some of them do and others not; else ``cands`` and ""."""
    if not matches or i == 0 or i - 1 not in toks.possessive:
        return cands, ""
    before = matches[-1]
    if before.mention.end != toks.ends[i - 1]:  # the country is the word before the "'s"
        return cands, ""
    countries = {c.place.country: c.place.name for c in before.candidates
                 if c.place.feature == "country" and c.via in ("name", "alt")}
    inside = tuple(c for c in cands if c.place.country in countries and c.place.feature != "country")
    if not inside or len(inside) == len(cands):
        return cands, ""
    return inside, countries[inside[0].place.country]


def _region_follows(toks: Tokens, j: int, cands: Sequence[Candidate], found) -> bool:
    """Whether a comma and a region that holds one of ``cands`` follow word ``j - 1`` ("Hugo,
    Oklahoma", "Ada, New Mexico")."""
    if j >= toks.n or toks.gaps[j] != ", ":
        return False  # (most names: no comma after them)
    held = {(c.place.country, c.place.admin1) for c in cands if c.place.admin1}
    return bool(held) and any((r.country, r.name) in held for _, regions in _regions_after(toks, j, found)
                              for r in regions)


#: Heads of a US county's name ("Suffolk County", "Orleans Parish").
_COUNTY_HEADS = (" county", " parish")


def _bare_counties(found: Dict[str, Tuple[Candidate, ...]], spans: Sequence[Tuple[int, int, str]]) -> None:
    """In an article that names a county with its head ("Suffolk County"), its bare name
    ("the Suffolk Times", "Suffolk detectives") is that county or a town near it: one name,
    one place in one article ("near": within about a degree, some 100 km). Not where the bare
    name is also a large city, a region or another county of the county's country that lies
    elsewhere ("Washington County … Washington"). Updates ``found`` in place."""
    heads = [key for key in found if key.endswith(_COUNTY_HEADS)]
    if not heads:
        return
    keys = {key for _, _, key in spans}
    for key in heads:
        counties = tuple(c for c in found[key] if c.place.feature == "admin2")
        bare = key.rsplit(" ", 1)[0]
        if not counties or bare not in keys:
            continue
        near, far = [], False
        for c in found.get(bare, ()):
            p = c.place
            if any(abs(p.lat - k.place.lat) < 1.0 and abs(p.lon - k.place.lon) < 1.2 for k in counties):
                near.append(c)
            elif p.country == counties[0].place.country and (p.feature != "city" or p.population >= 100_000):
                far = True
        if not far:
            found[bare] = counties + tuple(c for c in near if c not in counties)


def _county_lists(toks: Tokens) -> Dict[int, Tuple[int, str]]:
    """The names of a list before "counties" or "parishes" ("Tulare and Kings counties",
    "Bergen, Passaic and Morris counties"), by their first word: ``{i: (j, key)}``, the key
    their county's full name's ("kings county")."""
    out: Dict[int, Tuple[int, str]] = {}
    for k in range(2, toks.n):
        kind = toks.lower(k)
        if kind in ("counties", "parishes") and toks.gaps[k] == " ":
            names = _list_before(toks, k)
            suffix = " county" if kind == "counties" else " parish"
            for i, j in names:
                out[i] = (j, _key(" ".join(toks.words[i:j])) + suffix)
                if j - i > 1 and toks.sentence_start(i):
                    # a capitalised word that opens the sentence may be no part of the name
                    # ("Neighboring Gregg, Cherokee and Van Zandt counties")
                    out[i + 1] = (j, _key(" ".join(toks.words[i + 1:j])) + suffix)
    return out


def _list_cues(toks: Tokens) -> Dict[int, str]:
    """The kind of place each name of a list is said to be by a plural word after the list
    or before it and "of" ("Edo and Ondo states", "the provinces of Idlib and Hama"), by the
    name's first word: ``{i: cue}``."""
    out: Dict[int, str] = {}
    for k, word in enumerate(toks.words):
        kind = KIND_PLURAL.get(word.lower())
        if kind is None:
            continue
        if toks.gaps[k] == " ":
            for i, _ in _list_before(toks, k):
                out[i] = kind
        if k + 2 < toks.n and toks.words[k + 1] == "of" and toks.gaps[k + 1] == toks.gaps[k + 2] == " ":
            for i, _ in _list_after(toks, k + 2):
                out[i] = kind
    return out


def _list_name_before(toks: Tokens, j: int) -> int:
    """The first word of a name of up to three capitalised words (joined by spaces or
    hyphens) that ends before word ``j``, or -1."""
    words, gaps = toks.words, toks.gaps
    i = j - 1
    if i < 0 or not toks.capital(i) or toks.allcaps(i) or words[i].lower() in FUNCTION_WORDS:
        return -1
    while i > 0 and j - i < 3 and gaps[i] in (" ", "-") and toks.capital(i - 1) and not toks.allcaps(i - 1) \
            and (words[i - 1].lower() not in FUNCTION_WORDS or words[i - 1].lower() in SURNAME_PARTICLES):
        i -= 1  # (a hyphened name is one: "Haut-Uele"; a capitalised particle starts one: "Van Zandt")
    return i


def _list_before(toks: Tokens, k: int) -> List[Tuple[int, int]]:
    """The names ``(i, j)`` of a list of two or more that ends before word ``k`` ("Tulare and
    Kings", "Bergen, Passaic and Morris"), last first; none if there is no such list."""
    words, gaps = toks.words, toks.gaps
    names: List[Tuple[int, int]] = []
    j = k
    while True:
        i = _list_name_before(toks, j)
        if i < 0:
            break
        names.append((i, j))
        if i >= 2 and words[i - 1].lower() in ("and", "or") and gaps[i] == " " and gaps[i - 1] in (" ", ", "):
            j = i - 1
        elif i >= 1 and gaps[i] == ", ":
            j = i
        else:
            break
    return names if len(names) >= 2 else []


def _list_after(toks: Tokens, k: int) -> List[Tuple[int, int]]:
    """The names ``(i, j)`` of a list of two or more that starts at word ``k`` ("Idlib and
    Hama", "Aleppo, Homs and Hama"); none if there is no such list."""
    words, gaps = toks.words, toks.gaps
    names: List[Tuple[int, int]] = []
    i = k
    while i < toks.n and toks.capital(i) and not toks.allcaps(i) and words[i].lower() not in FUNCTION_WORDS:
        j = i + 1
        while j < toks.n and j - i < 3 and gaps[j] in (" ", "-") and toks.capital(j) and not toks.allcaps(j) \
                and words[j].lower() not in FUNCTION_WORDS:
            j += 1
        names.append((i, j))
        if j + 1 < toks.n and words[j].lower() in ("and", "or") and gaps[j] in (" ", ", ") and gaps[j + 1] == " ":
            i = j + 1
        elif j < toks.n and gaps[j] == ", ":
            i = j
        else:
            break
    return names if len(names) >= 2 else []


#: Capitalised words that say which part or kind of a town follows ("Downtown Enfield").
_TOWN_QUALIFIERS = frozenset(("downtown", "uptown", "midtown", "metro", "upstate", "downstate", "suburban",
                              "rural", "coastal", "inner", "occupied", "historic", "borough", "township"))


def _unknown_word(word: str) -> bool:
    """Whether a capitalised word is no word of any list: not an everyday, function, calendar
    or title word, nor written in capitals."""
    low = word.lower().rstrip(".")
    return not (low in COMMON_WORDS or low in FUNCTION_WORDS or low in CALENDAR_WORDS or low in PERSON_TITLES
                or low in CAPITALISED_WORDS or low in DIRECTIONS or allcaps(word))


def _metropolis(cands: Sequence[Candidate]) -> bool:
    """Whether a name is its own name for a city of a million people ("Dallas", "Houston")."""
    return any(c.place.feature == "city" and c.via == "name" and c.place.population >= 1_000_000 for c in cands)


def _surely_named_place(cands: Sequence[Candidate]) -> bool:
    """Whether a word that is also a given name surely names a place by its own name: a
    country or larger, a city of 100,000 people, or a region of a populous country
    ("Virginia", not the regions "Paul" or "Nelson" of smaller countries)."""
    for c in cands:
        p = c.place
        if c.via not in ("name", "abbr", "demonym", "user"):
            continue
        if p.feature in ("country", "continent", "region", "airport", "custom") or c.via == "demonym":
            return True
        if p.feature == "city" and p.population >= 100_000:
            return True
        if p.feature == "admin1" and country_population(p.country) >= 20_000_000:
            return True
    return False


#: " in " after a name, with a compass word or none, ", the capital of", or an apposition
#: that says what the place is and where, before a capitalised word: what may follow is the
#: region or country that holds it ("Monroe County in northeast Missouri", "Victoria, the
#: capital of the Seychelles", "Lagos, the fishing town in Portugal's Algarve").
_COMPASS_RE = (r"(?:north|south|east|west|northeast|northwest|southeast|southwest|central|"
               r"northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern) ")
_IN_AFTER = re.compile(r"(?: in (?:" + _COMPASS_RE + r")?"
                       r"|, (?:the )?capital of (?:the )?"
                       # "Lagos, the fishing town in Portugal's Algarve", "Kafue, a town in central Zambia"
                       r"|, (?:a|an|the) (?:[a-z-]+ ){0,3}(?:town|city|village|port|district|province|county|suburb|"
                       r"island|municipality|commune|settlement|hamlet|community|seat) (?:in|of|on) (?:the )?(?:"
                       + _COMPASS_RE + r")?"
                       # "Hope, the Hempstead County seat", "Washington, the old Hempstead County seat"
                       r"|, (?:a|an|the) (?:[a-z-]+ ){0,2}(?=(?:[A-Z][\w.'-]* ){1,3}(?:County|Parish) seat\b))"
                       r"(?=[A-Z])")
#: Letters each followed by a dot: "U.S.", "N.J.", "M.D." (the last dot may stand after the word).
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\.?")


def _initials(name: str) -> str:
    """The initials of a place's name, its small words left out ("District of Columbia": dc)."""
    return "".join(w[0] for w in name.lower().replace("-", " ").split() if w not in ("of", "the", "and"))


def _looks_abbreviated(toks: Tokens, i: int, j: int) -> bool:
    """Whether a name is written as an abbreviation: with dots ("Calif.", "U.S."), in capitals
    ("NJ"), or after a dateline's place and its comma ("EDMONTON, Ky (WBKO) —")."""
    text, last = toks.text, toks.ends[j - 1]
    return ("." in text[toks.starts[i] : last] or text[last : last + 1] == "."
            or all(toks.allcaps(k) for k in range(i, j))
            or j == i + 1 and i > 0 and toks.gaps[i] == ", " and toks.allcaps(i - 1)
            and (toks.line_start(i - 1) or toks.sentence_start(i - 1)))


def _direction_before(toks: Tokens, i: int) -> bool:
    """Whether a capitalised compass word stands right before word ``i`` ("West Surrey",
    "Southern California"), written as the name is (both in capitals or neither)."""
    k = i - 1
    word = toks.words[k]
    return (word.lower() in DIRECTIONS and word[0].isupper() and toks.gaps[i] in (" ", "-")
            and toks.allcaps(k) == toks.allcaps(i))


def _has_compass(cands: Sequence[Candidate]) -> bool:
    """Whether a compass word before a name makes one name with it: not before a sea, an
    ocean or a continent ("Southern Europe", "South Pacific" lie far from those names'
    points, so they are left as they are found)."""
    return any(c.place.country for c in cands)


#: Compass adjectives that some countries' regions bear alone ("Western", Ghana's): alone,
#: without their head ("Western Region"), an adjective ("Western allies").
_COMPASS_ADJECTIVES = frozenset(w for w in DIRECTIONS if w.endswith("ern") or w == "central")
#: Words before a storm's name ("Hurricane Florence", "Tropical Storm Agnes").
_STORM_WORDS = frozenset(("Hurricane", "Typhoon", "Cyclone", "Storm"))
#: Capitalised words that open the name of a sea, a gulf or a strait before "of" ("the Sea of
#: Marmara", "the Gulf of Aden"; wordlists.FEATURE_WORDS_BEFORE opens one before its name).
_FEATURE_OF_WORDS = frozenset(("Sea", "Gulf", "Bay", "Lake", "Strait", "Straits", "Isthmus"))


def _feature_before(toks: Tokens, i: int) -> bool:
    """Whether the name at word ``i`` ends the name of a mountain, a lake, a cape or a sea
    that the gazetteer lacks as a whole ("Mount Kenya", "the Sea of Marmara"): it is neither
    the country nor the town, and news names such places apart ("Lake Charles", "Cape Town",
    "the Gulf of Mexico" are found whole before this)."""
    if i == 0 or toks.gaps[i] != " ":
        return False
    if toks.words[i - 1].rstrip(".") in FEATURE_WORDS_BEFORE:  # ("Mt." as written)
        return True
    return (i > 1 and toks.words[i - 1] == "of" and toks.gaps[i - 1] == " "
            and toks.words[i - 2] in _FEATURE_OF_WORDS)


def _region_of_town_before(matches: Sequence[Match], toks: Tokens, i: int, cands: Sequence[Candidate]) -> bool:
    """Whether the name at word ``i`` is the region written after the town matched right
    before it ("Kabala, Northern")."""
    before = matches[-1] if matches and matches[-1].mention.end == toks.ends[i - 1] else None
    return before is not None and any(c.place.feature == "admin1" and c.place.name == before.region for c in cands)


def _county_before(toks: Tokens, i: int) -> bool:
    """Whether "County", "Co" or "Co." stands right before word ``i`` ("County Clare", "Co.
    Kerry"), as Ireland writes its counties."""
    word, gap = toks.words[i - 1], toks.gaps[i]
    return word == "County" and gap == " " or word == "Co" and gap in (" ", ". ")


def _official_kind_before(toks: Tokens, i: int, done: int) -> int:
    """The first word of a unit's kind written before "of" and word ``i`` ("Township of
    Woolwich"), where that kind starts a name (not "the Kurdistan Region of Iraq"), and not
    before word ``done``; else ``i``."""
    k = i - 2
    if k < done or toks.words[i - 1] != "of" or toks.gaps[i] != " " or toks.gaps[i - 1] != " " \
            or toks.words[k] not in OFFICIAL_KINDS:
        return i
    if k >= 1 and k - 1 >= done and toks.gaps[k] == " " and toks.words[k - 1] in OFFICIAL_OPENERS:
        k -= 1
    if k >= 1 and toks.gaps[k] == " " and toks.capital(k - 1) and toks.lower(k - 1) not in FUNCTION_WORDS:
        return i  # the kind ends a longer name ("the Kurdistan Region of Iraq")
    return k


def _us_road(toks: Tokens, j: int, text: str, cands: Sequence[Candidate]) -> bool:
    """Whether "U.S." (or "US") ending before word ``j`` names a federal highway: a road's
    number or word right after it ("U.S. 82", "US-30", "U.S. Route 1", "U.S. Highway 61")."""
    if not all(c.place.country == "US" for c in cands):
        return False
    end = toks.ends[j - 1]
    return (_ROUTE_NUMBER.match(text, end) is not None
            or j < toks.n and toks.gaps[j] == " " and toks.lower(j) in _ROUTE_WORDS)


#: The first words of two-word heads ("National Park", "Game Reserve").
_PARK_WORDS = frozenset(("national", "game", "nature"))


def _head_after(toks: Tokens, j: int) -> Optional[Tuple[int, str]]:
    """The end of a capitalised generic head right after a name, and its kind (see
    ``NAME_HEADS``): "Fars Province", "Napa Valley", "Dulles International Airport". A head
    that runs on into a longer capitalised name ("Walker County Sheriff's Office") is left out:
    that name is an organisation's."""
    if j >= toks.n or toks.gaps[j] != " " or not toks.capital(j) or toks.allcaps(j):
        return None
    end = j + 1
    word = toks.lower(j)
    if word == "international" and end < toks.n and toks.lower(end) == "airport" and toks.gaps[end] == " ":
        word, end = "airport", end + 1
    elif word in _PARK_WORDS and end < toks.n and toks.gaps[end] == " " and toks.capital(end):
        word, end = f"{word} {toks.lower(end)}", end + 1  # "Doñana National Park"
    what = NAME_HEADS.get(word)
    if what is None:
        return None
    if end < toks.n and toks.capital(end) and toks.gaps[end] == " ":
        return None  # (not a new line's first word: "… of Nampula Province\nHealth workers …")
    return end, what


#: How many capitalised words a building's name may have after a place's name ("Colorado
#: State University"); longer ones ("Paris Regional Medical Center") are often annotated
#: with the town alone.
_MAX_BUILDING_WORDS = 2


#: The US states that news calls "X State" to tell them from a city of their name; any other
#: state's name before "State" is a university's ("Ohio State", "Penn State").
_STATES_SO_CALLED = frozenset(("new york", "washington"))


#: Administrative heads after a name that may stand for a town as much as for a unit
#: ("Quebec City", "the Denver Area").
_LOOSE_HEADS = frozenset(("city", "area"))
#: The features of administrative units.
_UNITS = frozenset(("admin1", "admin2", "region"))


def _unit_named(toks: Tokens, j: int, cands: Sequence[Candidate]) -> bool:
    """Whether an administrative kind word after a name makes it a unit's that the index
    holds ("Western Region", "Central Province", "Upper West Region"): a word that alone is
    an everyday one or a person's name is then a place's."""
    head = _head_after(toks, j)
    return (head is not None and head[1] == "admin" and toks.lower(head[0] - 1) not in _LOOSE_HEADS
            and any(c.place.feature in _UNITS for c in cands))


def _for_a_name(toks: Tokens, k: int) -> bool:
    """Whether word ``k`` is "for" before a capitalised word: what a body's name goes on with
    after its "Centre" or "Institute" ("… Center for Computer Security")."""
    return (k + 1 < toks.n and toks.words[k] == "for" and toks.gaps[k] == " " and toks.gaps[k + 1] == " "
            and toks.capital(k + 1))


def _starts_a_body(toks: Tokens, j: int) -> bool:
    """Whether the name ending before word ``j`` starts the name of a public body or an
    official's title ("Danbury Police", "Beaconsfield Mayor …"): word ``j`` is one of
    ``INSTITUTION_WORDS``, capitalised, after a space."""
    return (j < toks.n and toks.gaps[j] == " " and toks.capital(j) and not toks.allcaps(j)
            and toks.lower(j) in INSTITUTION_WORDS)


def _leads_a_building(toks: Tokens, i: int, cands: Sequence[Candidate]) -> bool:
    """Whether the place's name at word ``i`` may lead a building's name: it opens its run of
    capitalised words (not "Florida Atlantic University"), and it is no demonym nor compass
    word ("American Center", "Northwestern Memorial Hospital" are named otherwise)."""
    if i > 0 and toks.capital(i - 1) and toks.joinable(i) and toks.words[i - 1].lower() not in FUNCTION_WORDS:
        return False
    return toks.words[i].lower() not in DIRECTIONS and not any(c.via == "demonym" for c in cands)


def _building_after(toks: Tokens, j: int, found) -> Optional[int]:
    """The end of a building's name that the place's name ending before word ``j`` leads
    ("Manila Cathedral", "Colorado State University", "Cavan Town Hall"): up to two
    capitalised words, none a sure place's name, the last a building's word (``BUILDING_HEADS``),
    and no capitalised word right after them. ``None`` when no such name follows."""
    k = j
    while k < toks.n and k - j < _MAX_BUILDING_WORDS:
        gap = toks.gaps[k]
        if not (gap == " " or k == j and gap in _POSSESSIVE_GAPS) or not toks.capital(k) or toks.allcaps(k):
            return None
        word = toks.lower(k)
        if word in BUILDING_HEADS:
            after = k + 1
            if after < toks.n and toks.capital(after) and toks.joinable(after) and toks.gaps[after] != "-":
                return None  # "… Hospital Trust": the building's name runs on into another's
            if _for_a_name(toks, after):
                return None  # "the Nigeria Centre for Disease Control": a body, no building
            return after
        other = found.get(_key(toks.words[k]))
        if other and _strong(other):
            return None  # another place's name ("Dubai London Clinic")
        k += 1
    return None


def _cue(toks: Tokens, i: int, j: int) -> Optional[str]:
    if i > 0 and toks.gaps[i] == " " and toks.words[i - 1] in _AREA_WORDS:
        return "polity"  # "central Washington", "upstate New York": the region (or country)
    if j < toks.n:
        after = KIND_AFTER.get(toks.words[j].lower().rstrip("."))
        if after is not None:
            return after
        # "Quebec Health Minister", "Ontario Finance Ministry": an office of a region or a country
        k = j + 1
        if k < toks.n and toks.capital(j) and toks.gaps[k] == " " and toks.words[k].lower() in ("minister", "ministry"):
            return "polity"
    if i >= 2 and toks.words[i - 1].lower() == "of" and toks.words[i - 2].lower() in KIND_BEFORE_OF:
        if toks.words[i - 2].lower() == "capital" and _capital_of(toks, i - 2):
            return "polity"  # "Springfield, the capital of Illinois": the region that holds it
        return KIND_BEFORE_OF[toks.words[i - 2].lower()]
    return None


def _capital_of(toks: Tokens, k: int) -> bool:
    """Whether word ``k``, "capital" before "of", stands in apposition to a name before it
    ("Springfield, the capital of Illinois", "Juba, capital of South Sudan"; not "the
    provincial capital of Kunduz", which is the town)."""
    if k >= 2 and toks.gaps[k] == " " and toks.words[k - 1].lower() == "the":
        k -= 1
    return k >= 1 and toks.gaps[k] == ", " and toks.capital(k - 1)

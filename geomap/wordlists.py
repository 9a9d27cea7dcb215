"""Small word lists the matcher's general rules need (English news text).

None of these lists names a place to keep or drop: they describe English words (function
words, calendar words, titles) so that a town that happens to be called "Of", "March" or
"Police" is not found in every article.
"""

from pathlib import Path


def _read_words(name: str) -> frozenset:
    """A word list from ``geomap/data`` (one word a line, ``#`` starts a comment)."""
    text = (Path(__file__).resolve().parent / "data" / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Common English given names (US Census 1990 lists, lower case). A town that shares one
#: is usually a person in the news ("Paul said"), unless it is surely a place.
GIVEN_NAMES = _read_words("given_names.txt")

#: Words that are never a place on their own, however they are written.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor of in on at to for from by with without within into onto upon over under
    about above after against along among around as before behind below beneath beside besides between
    beyond during except inside near off out outside since than through throughout till toward towards
    until up via is are was were be been being am do does did done have has had having will would shall
    should can could may might must ought i me my mine we us our ours you your yours he him his she her
    hers it its they them their theirs this that these those who whom whose which what where when why how
    all any both each few more most other some such no not only own same so too very just also yet still
    here there then now again once ever never always often sometimes soon already however therefore thus
    if because while although though unless whether either neither per plus via vs de la le el al des du
    del der die das den von van y e o st mr mrs ms dr jr sr
    one two three four five six seven eight nine ten hundred thousand million billion first second third
    instead meanwhile moreover furthermore otherwise nevertheless nonetheless likewise
    similarly additionally consequently accordingly afterwards afterward eventually ultimately initially
    finally earlier later elsewhere overall despite perhaps indeed
    """.split()
)

#: Calendar words: capitalised in English, never meant as places.
CALENDAR_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    christmas easter ramadan eid thanksgiving halloween today tomorrow yesterday
    """.split()
)

#: Words English always capitalises that name no place: deities, scriptures, the like.
CAPITALISED_WORDS = frozenset(
    """
    god gods allah jesus christ lord bible koran quran torah gospel internet web
    """.split()
)

#: Common English words that begin sentences and headlines; capitalised there, they are
#: taken for the word, not for a town of that name. Mid-sentence, a capital makes them names.
_COMMON_WORDS = frozenset(
    """
    about after again against ago ahead aid air all almost alone already also although among and
    another answer any anyone anything area army around art as ask at attack away back bad bank bar
    base bath battle beach bear beautiful bed before begin being believe bell best better big bill
    black blue board boat body book border born both box boy branch bridge bring broad brown build
    building burn business but buy by call calm camp can capital car care carry case cash castle
    cause center central centre century chance change charge check chief child children church city
    class clean clear close club coast cold college come commerce common company congress content control
    cool corner council country county court cover cross crown cup cut dam dark date day dead deal dear
    death deep defence defense delta desert did dollar door double down dry during early earth east
    eastern easy edge education eight end energy enough even evening every everyone fair fall false
    family far farm fast father federal field fight final fine fire first fish five flat flint floor follow
    food force forest fort forward four free fresh friend front full fund gain game garden gate general
    get gift girl give glass go gold golden good government grand grant great green ground group grove
    guard gulf half hall hand happy harbor harbour hard harvest head health hear heart heat heaven help
    high hill history hold holiday home hope horse hospital hot hotel hour house human hunt hunter ice
    idea independence industry iron island it jack job join joy judge just justice keep key kind king
    knight labor labour lake land large last late law lead leader league left less let liberal liberty life
    light like lime line lion little live local lock long look lord lost love low lucky main major make
    man many mark market mass master match matter mayor mean meet member middle might mile military
    mill mind mine minister mission mobile model money moon more morning most mother mount mountain
    move much music must name nation national natural nature navy near new news next nice night nine
    no noble normal north northern not nothing now number oak ocean offer office officer oil old olive
    once only open orange order other our out over page palm paradise park part party pass past path
    peace people pine place plain plant point police policy poor port post power present president
    press price prince progress public queen question quick quiet race rain range reading ready real
    record red report republic rest rich ridge right river road rock rose round royal rule run safe
    said saint sale salt same sand save say school scout scouts sea second secretary security see senate senator
    service set seven shell shelter ship shore short side sign silver simple since sir six small snow
    so social soldier some son south southern space speaker split spring square star start state
    station still stone story street strong student success summer sun supreme sweet table take talk
    team temple ten tender than that the their them then there these they third this those three
    through time today together top tower town trade train travel tree trial true trust truth two
    under union unity university up upper us valley very victory view village vision visit voice
    wall war ward warren water way we weather well west western what when where white who why wide
    will win wind winter with wood word work world year yes yet york young youth
    """.split()
)
#: ... and plurals of the common nouns for features of the land ("Lakes", "Hills", "Woods"),
#: which stand in the names of estates, schools and teams as often as the singular words do;
#: and every other everyday English word that only small towns are named ("Freedom",
#: "Media", "Enterprise": ``english_town_words.txt``, written by tools/build_wordlists.py).
_LAND_PLURALS = frozenset(
    "lakes hills woods pines palms mills parks plains groves gardens heights falls meadows fields sands "
    "ridges valleys rivers".split()
)
#: The everyday words written here by hand: what the gazetteer's data leaves out of towns'
#: other names (geomap.geodata). Not the generated list, which is read from those names.
EVERYDAY_WORDS = _COMMON_WORDS | _LAND_PLURALS
COMMON_WORDS = EVERYDAY_WORDS | _read_words("english_town_words.txt")

#: Titles and roles that come before a person's name ("President Recep Tayyip Erdogan").
PERSON_TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady president vice ambassador minister secretary senator sen sens reps
    rep representative gov governor mayor judge justice king queen prince princess pope sheikh sheik
    emir sultan general gen colonel col major maj captain capt lieutenant lt sergeant sgt officer
    commander admiral chancellor premier spokesman spokeswoman spokesperson chairman chairwoman chair
    director chief coach councillor councilor councilman councilwoman detective inspector constable
    father rev reverend bishop archbishop cardinal imam rabbi saint st dean professor deputy agent
    leader head founder ceo cfo author actor actress singer player striker goalkeeper manager
    commissioner supervisor superintendent trustee alderman alderwoman selectman assemblyman
    assemblywoman congressman congresswoman
    midfielder defender winger fullback quarterback pitcher batsman bowler jockey boxer sprinter golfer
    """.split()
)

#: Verbs of speech that, right after a lone capitalised word or right before one that ends
#: the clause, make it a person's name ("Johnson said", "… said Noma."). Countries, regions
#: and large cities speak in news too ("Britain says", "Beijing said"): the rule leaves them be.
SPEECH_VERBS = frozenset(
    "said says told tells added adds explained explains wrote writes argued argues noted notes "
    "asked asks replied replies recalled recalls insisted insists admitted admits".split()
)

#: Words that, right after a name, say what kind of place it is ("Idlib province").
#: "polity" stands for a region or a country: bodies and offices a town does not have ("the
#: Quebec government", "Ontario Health Minister …"). "governed" is a governor's office, which
#: only a region has ("New York Gov. Cuomo", "the Kabul governor"): the firmest cue of all.
KIND_AFTER = {
    "province": "admin1", "governorate": "admin1", "region": "admin1", "state": "admin1",
    "oblast": "admin1", "prefecture": "admin1", "county": "admin1", "district": "admin1", "zone": "admin1",
    "city": "city", "town": "city", "village": "city",
    "government": "polity", "premier": "polity", "legislature": "polity", "parliament": "polity",
    "minister": "polity", "ministry": "polity",
    "governor": "governed", "gov": "governed", "gubernatorial": "governed",
}

#: Plural words that, after a list of names or before "of" and a list, say what kind of
#: place each name is ("Edo and Ondo states", "the provinces of Idlib and Hama").
KIND_PLURAL = {
    "provinces": "admin1", "governorates": "admin1", "regions": "admin1", "states": "admin1",
    "oblasts": "admin1", "prefectures": "admin1", "districts": "admin1", "zones": "admin1",
    "cities": "city", "towns": "city", "villages": "city",
}

#: Capitalised kinds of unit written before "of" and a name, as official names are
#: ("Township of Woolwich", "County of Brant"), and the words that may open them ("Rural
#: Municipality of Rudy").
OFFICIAL_KINDS = frozenset("Municipality Township Region County Town Village Borough Parish Province RM".split())
OFFICIAL_OPENERS = frozenset("Rural Regional Municipal District Metropolitan".split())

#: Words that, before "of NAME", say what kind of place it is ("the city of Aleppo").
KIND_BEFORE_OF = {
    "city": "city", "town": "city", "village": "city", "capital": "city", "port": "city",
    "province": "admin1", "state": "admin1", "region": "admin1", "governorate": "admin1",
    "county": "admin1", "district": "admin1", "republic": "country", "kingdom": "country",
    "governor": "governed",
}

#: Lower-case words that may stand inside a multi-word place name ("Rio de Janeiro").
CONNECTORS = frozenset(
    "of de da do dos das del della di du des la le les el al ad ed as ash at ul upon on sur am an im "
    "der den van von y e and the en in bei".split()
)

#: More words that stand inside place names, but only as written in lower case: in
#: capitals they are words of their own ("Dar es Salaam", "Port-au-Prince", "Santiago de los
#: Caballeros", "Ústí nad Labem", "Bergen op Zoom", "Wijk aan Zee", "Rostov-na-Donu",
#: "Loir-et-Cher", "Mazar-i-Sharif").
LOWER_CONNECTORS = frozenset(
    "es los las lès lez nad pod pri sous aux au sul sulla dei delle degli aan op ob près din lui dels i "
    "ye na wa ar devant nel unter et".split()
)

#: Lower-case particles that stand inside Arabic-style and Romance names ("Bab al-Hawa",
#: "Deir ez-Zor", "Ras el Ain", "Rio de Janeiro").
NAME_PARTICLES = frozenset(
    "al el ad ed ash as at az ez es ar ur an ibn bin bint abu umm um de del della di da du des la le".split()
)

#: Particles between a given name and a surname ("Mike de Kock", "Ursula von der Leyen"),
#: written in lower case.
SURNAME_PARTICLES = frozenset("de del della di da du des dos das la le van von der den ter ten".split())

#: Compass words that, capitalised right before a place's name, are part of the name as
#: written ("West Surrey", "Southern California", "Greater Manchester").
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater".split()
)

#: Compass words, "far" among them, that name regions alone ("Far North", "Upper East").
COMPASS_WORDS = DIRECTIONS | {"far"}

#: Generic heads that, capitalised right after a place's name, are part of the name: an
#: administrative unit of that name ("Fars Province", "Cavan County"), its airport, or a
#: feature named after it ("Napa Valley"). The value says which places the longer name can
#: stand for: ``admin`` the same candidates, ``airport`` the towns, ``physical`` the towns
#: and counties (a river or a mountain range named after a state or a country lies elsewhere:
#: the name is then listed with no place, for an online geocoder), ``local`` none: a township
#: is named after a town or a person far off as often as not ("Washington Township"), and is
#: placed by the article's own towns (:mod:`geomap.nearby`).
NAME_HEADS = {
    "county": "admin", "parish": "admin", "borough": "admin", "district": "admin", "province": "admin",
    "prefecture": "admin", "governorate": "admin", "region": "admin", "municipality": "admin",
    "oblast": "admin", "city": "admin", "area": "admin", "state": "admin",
    "airport": "airport",
    "river": "physical", "valley": "physical", "mountains": "physical", "mountain": "physical",
    "lake": "physical", "bay": "physical", "delta": "physical", "peninsula": "physical",
    "island": "physical", "islands": "physical", "canyon": "physical", "desert": "physical",
    "falls": "physical", "creek": "physical", "harbour": "physical", "harbor": "physical",
    "strait": "physical", "hills": "physical", "basin": "physical", "plateau": "physical",
    "gorge": "physical", "reservoir": "physical", "gap": "physical", "lagoon": "physical",
    "escarpment": "physical", "archipelago": "physical", "range": "physical", "channel": "physical",
    "inlet": "physical", "trench": "physical", "lakes": "physical", "pass": "physical",
    "plain": "physical", "plains": "physical", "highlands": "physical", "marshes": "physical",
    "swamp": "physical", "wetlands": "physical", "glacier": "physical", "volcano": "physical",
    "peak": "physical", "sound": "physical", "firth": "physical", "estuary": "physical", "fjord": "physical",
    # (two words: "Doñana National Park", "Selous Game Reserve", see matching._head_after)
    "national park": "physical", "national forest": "physical", "national reserve": "physical",
    "national monument": "physical", "game reserve": "physical", "nature reserve": "physical",
    "township": "local",
}

#: Capitalised words that open the name of a lake, a mountain, a cape or a river as its kind
#: ("Lake Murray", "Mount Kenya", "the River Nore", "Lough Neagh", "Loch Ness"): with the
#: name after them, a place the gazetteer may lack (geomap.context), and that name alone no
#: country's or town's (geomap.matching).
FEATURE_WORDS_BEFORE = frozenset(("Lake", "Mount", "Mt", "Cape", "River", "Lough", "Loch",
                                  # and as other languages write them in English news ("Wadi
                                  # Rum", "Oued M'zab", "Sungai Kelantan", "Gunung Semeru",
                                  # "Pulau Tioman", "Lago Maggiore", "Cerro Piltriquitrón",
                                  # "Cordillera Real", "Serra Gaúcha")
                                  "Wadi", "Oued", "Ouadi", "Jebel", "Djebel", "Jbel", "Jabal",
                                  "Sungai", "Gunung", "Pulau", "Danau", "Bukit", "Tanjung", "Lago", "Lac",
                                  "Cerro", "Cordillera", "Sierra", "Serra", "Río", "Volcán", "Nevado",
                                  "Isla", "Ilha", "Laguna", "Bahía", "Playa", "Praia", "Abra", "Pico",
                                  "Morro", "Quebrada", "Paso", "Valle"))

#: Words that, capitalised right after a town's name, start the name of one of its public
#: bodies, courts, papers or teams, or the title of one of its officials ("Danbury Police",
#: "Bantam Superior Court", "Owensboro Public Schools", "Beaconsfield Mayor …"): the town's
#: name there is still the town's, not part of a person's name. (Universities, schools,
#: churches and buildings named after a place are left out: annotators mark such names whole
#: or not at all.)
INSTITUTION_WORDS = frozenset(
    """
    police sheriff sheriff's department fire council court superior crown magistrates district regional
    public city town village county township borough mayor governor gov senator coroner commissioner
    manager administrator clerk
    government transit ambulance ems times post press herald tribune gazette chronicle courier
    bulletin journal observer dispatch sentinel examiner inquirer enquirer
    rangers rovers athletic wanderers
    """.split()
)

#: Words that end the name of a club, a society or a town's festival, a few words after the
#: place's name that starts it ("Allendale Woman's Club", "Springfield Rotary Club", "Palisade
#: Peach Festival"): the place is still the place for most annotators, and its name no
#: person's. (Not firms': "Campbell Soup Company",
#: "Hopewell Farms" are named after people and homesteads as often as after towns.)
ORGANISATION_WORDS = frozenset(
    """
    club clubs society association foundation league federation orchestra choir chorus
    festival fair parade rodeo regatta carnival
    """.split()
)

#: Words that, capitalised right after a place's name, make it a street's or a park's ("Hampton
#: Avenue", "Atlantic Avenue", "Falcon Street", "Queens Park"): the name is theirs, and no place
#: is reported (streets and parks carry no coordinates of their own here).
STREET_WORDS = frozenset(
    "street avenue road drive boulevard lane highway parkway park ave ave. rd rd. blvd blvd.".split()
)

#: Words after a town's or a region's name that make it the name of a disease, in health news
#: ("Marburg virus", "Norwalk virus", "La Crosse encephalitis", "the Delta variant"): no
#: place there.
DISEASE_WORDS = frozenset("virus viruses disease fever encephalitis syndrome variant respiratory hemorrhagic "
                          "haemorrhagic equine ebolavirus".split())
#: Of those, the words after which a country's or a people's name says where the disease was
#: found ("the Brazil variant"), not a disease's own name ("Japanese encephalitis", "Sudan
#: virus", "Middle East respiratory syndrome").
ORIGIN_WORDS = frozenset(("variant",))

#: Diseases named after a place that health news writes alone ("a Marburg outbreak", "Lassa
#: cases", "the Ebola vaccine"): in an article about illness (one of HEALTH_WORDS in it) the
#: bare name is the disease, unless the article puts it somewhere ("in Marburg").
DISEASE_NAMES = frozenset(["marburg", "lassa", "ebola", "zika", "nipah", "hendra", "west nile"])

#: Words that make an article one about illness.
HEALTH_WORDS = ("outbreak", "virus", "vaccin", "infect", "epidemic", "fever", "disease", "patient", "mosquito")

#: Words that end the name of a building or a campus ("Manila Cathedral", "Colorado State
#: University", "Vancouver Art Gallery"). News annotators mark such a name whole, as a place:
#: led by a place's own name, the whole name is found and placed at that place; led by a
#: name in the possessive ("St. Paul's Hospital", "Caesar's Palace") it names a building after
#: a person or a saint, and the name in it is no place.
BUILDING_HEADS = frozenset(
    """
    university college academy institute school hospital clinic cathedral church chapel mosque
    temple synagogue abbey castle palace museum gallery theatre theater stadium arena centre
    center hall prison armory armoury capitol courthouse library complex basilica monastery convent
    shrine priory
    """.split()
)

"""General word lists for names: places, nationalities, titles, organisation and place words.

World knowledge every English news reader has, not lists made for one article. They type
the fallback recogniser's guesses and give the model's output evidence to be corrected by.
"""

from __future__ import annotations

from tui.analysis.lexicon import words_of

COUNTRIES = frozenset(
    words_of("""Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia
    Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China
    Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt
    Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana
    Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran
    Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg
    Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia
    Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal
    Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama
    Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
    Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland
    Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu
    Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
    England Scotland Wales Britain America Gaza Crimea Tibet Kashmir Greenland Catalonia
    Kurdistan Chechnya Darfur Türkiye Turkiye Swaziland Aotearoa Timor-Leste""")
) | {
    "United States",
    "United Kingdom",
    "Great Britain",
    "South Africa",
    "South Korea",
    "North Korea",
    "New Zealand",
    "Saudi Arabia",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Ivory Coast",
    "Sierra Leone",
    "Papua New Guinea",
    "Dominican Republic",
    "Czech Republic",
    "Central African Republic",
    "United Arab Emirates",
    "South Sudan",
    "North Macedonia",
    "West Bank",
    "Hong Kong",
    "Puerto Rico",
    "Northern Ireland",
    "Vatican City",
    "East Timor",
    "Côte d'Ivoire",
    "Cote d'Ivoire",
    "Cape Verde",
    "Cabo Verde",
}
REGIONS = frozenset(
    words_of("""Africa Asia Europe Antarctica Oceania Caribbean Pacific Atlantic Arctic
    Mediterranean Balkans Baltics Sahel Sahara Scandinavia Siberia Andes Alps
    Himalayas Patagonia Asia-Pacific Indo-Pacific
    Caucasus Levant Midwest
    Punjab Bihar Kerala Karnataka Gujarat Maharashtra Rajasthan Assam Odisha Telangana
    Jharkhand Chhattisgarh Haryana Uttarakhand Manipur Mizoram Nagaland Tripura Meghalaya Sikkim
    Goa Sichuan Guangdong Fujian Zhejiang Jiangsu Shandong Henan Hubei Hunan Yunnan Guizhou
    Xinjiang Guangxi Hainan Hebei Shanxi Shaanxi Gansu Qinghai Anhui Jiangxi Liaoning Jilin
    Heilongjiang Ningxia Ontario Quebec Alberta Manitoba Saskatchewan Yukon Nunavut
    Queensland Tasmania Bavaria Saxony Brandenburg Thuringia Hesse Lombardy Tuscany Sicily
    Sardinia Andalusia Galicia Normandy Brittany Provence Flanders Wallonia Crete Rhodes
    Corfu Lesbos Bali Java Sumatra Borneo Sulawesi Mindanao Luzon Hokkaido Okinawa Kyushu
    Donbas Kherson Zaporizhzhia Kursk Belgorod Dagestan Balochistan Sindh Khyber
    Texas California Florida Arizona Nevada Utah Oregon Ohio Michigan Illinois Wisconsin
    Minnesota Iowa Missouri Kansas Nebraska Oklahoma Arkansas Louisiana Mississippi Alabama
    Tennessee Kentucky Pennsylvania Massachusetts Connecticut Vermont Maine Delaware Maryland
    Idaho Montana Wyoming Colorado Alaska Hawaii Virginia Indiana""")
) | {
    "Tamil Nadu",
    "New England",  # the six states, not the Patriots (whose name holds it whole)
    "Andhra Pradesh",
    "Uttar Pradesh",
    "Madhya Pradesh",
    "Himachal Pradesh",
    "Arunachal Pradesh",
    "West Bengal",
    "Jammu and Kashmir",
    "Inner Mongolia",
    "British Columbia",
    "Nova Scotia",
    "New Brunswick",
    "New South Wales",
    "Western Australia",
    "South Australia",
    "Northern Territory",
    "North Rhine-Westphalia",
    "Baden-Württemberg",
    "Lower Saxony",
    "Khyber Pakhtunkhwa",
    "New Jersey",
    "New Mexico",
    "New Hampshire",
    "Rhode Island",
    "North Carolina",
    "South Carolina",
    "North Dakota",
    "South Dakota",
    "West Virginia",
    "Middle East",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "East Asia",
    "Southeast Asia",
    "South Asia",
    "Central Asia",
    "Western Europe",
    "Eastern Europe",
    "Indian Ocean",
    "Red Sea",
    "Black Sea",
    "South China Sea",
    "Persian Gulf",
    "Gulf of Mexico",
    "Silicon Valley",
    "Wall Street",
}
CITIES = frozenset(
    words_of("""London Paris Berlin Madrid Rome Moscow Kyiv Kiev Beijing Shanghai Tokyo Seoul Delhi
    Nice Mumbai Karachi Lahore Dhaka Jakarta Manila Bangkok Hanoi Singapore Sydney Melbourne
    Toronto Montreal Vancouver Ottawa Washington Chicago Boston Houston Dallas Miami Atlanta
    Seattle Denver Philadelphia Detroit Brooklyn Manhattan Oakland Caracas Bogota Lima Quito
    Santiago Havana Brasilia Rio Buenos Aires Cairo Lagos Nairobi Johannesburg Addis Ababa
    Khartoum Kinshasa Accra Dakar Tehran Baghdad Damascus Beirut Jerusalem Tel Aviv Riyadh
    Dubai Doha Istanbul Ankara Athens Vienna Prague Warsaw Budapest Bucharest Brussels
    Amsterdam Geneva Zurich Stockholm Oslo Copenhagen Helsinki Dublin Edinburgh Glasgow
    Manchester Liverpool Birmingham Lisbon Barcelona Milan Munich Frankfurt Hamburg Kabul
    Islamabad Kathmandu Taipei Osaka Canberra Auckland Wellington Pyongyang Minsk Tbilisi
    Baku Yerevan Tashkent Almaty Astana Mosul Aleppo Kharkiv Odesa Odessa Mariupol Donetsk
    Luhansk Gaza Rafah Brussels Strasbourg Davos Hollywood
    Lusaka Harare Kampala Kigali Dodoma Maputo Luanda Windhoek Gaborone Lilongwe Antananarivo
    Mogadishu Asmara Juba Abuja Niamey Bamako Ouagadougou Conakry Freetown Monrovia Abidjan
    Lome Cotonou Libreville Yaounde Douala Bangui Brazzaville Tripoli Benghazi Tunis Algiers
    Rabat Casablanca Nouakchott Banjul Maseru Mbabane Sanaa Aden Muscat Manama Amman Ramallah
    Nicosia Valletta Sofia Belgrade Zagreb Ljubljana Sarajevo Skopje Tirana Podgorica Pristina
    Chisinau Vilnius Riga Tallinn Bratislava Reykjavik Bern Ashgabat Dushanbe Bishkek
    Ulaanbaatar Colombo Thimphu Naypyidaw Yangon Vientiane Dili Suva Montevideo Asuncion
    Managua Tegucigalpa Paramaribo Nassau Bridgetown Kingston
    Kolkata Chennai Bengaluru Bangalore Hyderabad Ahmedabad Pune Jaipur Lucknow Kanpur Patna
    Chittagong Chattogram Khulna Peshawar Rawalpindi Faisalabad Multan Quetta Kandahar Herat
    Guangzhou Shenzhen Chongqing Chengdu Wuhan Tianjin Nanjing Hangzhou Xian Harbin Shenyang
    Yokohama Nagoya Kyoto Fukuoka Sapporo Busan Incheon Daegu Surabaya Bandung Medan
    Denpasar Makassar Cebu Davao Brisbane Perth Adelaide Calgary Edmonton Winnipeg
    Guadalajara Monterrey Tijuana Medellin Cali Cartagena Maracaibo Valparaiso Cordoba Rosario
    Recife Fortaleza Manaus Curitiba Giza Mombasa Kisumu Durban Pretoria
    Soweto Kano Ibadan Marrakesh Tangier Oran Sfax Basra Erbil Kirkuk Homs Hama Latakia
    Idlib Mecca Jeddah Isfahan Mashhad Tabriz Shiraz Izmir Antalya Bursa Thessaloniki
    Naples Turin Venice Genoa Bologna Palermo Marseille Lyon Toulouse Bordeaux
    Lille Seville Valencia Bilbao Malaga Porto Rotterdam Antwerp Ghent Stuttgart
    Bristol Leeds Sheffield Nottingham Coventry Bradford Cardiff Swansea Aberdeen Dundee
    Belfast Southampton Portsmouth Plymouth Brighton Oxford Cambridge Exeter Aberystwyth
    Wrexham Inverness Canterbury Salisbury Winchester Gloucester Worcester Hereford
    Dusseldorf Dortmund Leipzig Dresden Hanover Nuremberg Gdansk Krakow Wroclaw Lviv Dnipro
    Novosibirsk Yekaterinburg Kazan Vladivostok Sochi""")
) | {
    "Dar es Salaam",
    "Phnom Penh",
    "La Paz",
    "Panama City",
    "Guatemala City",
    "San Salvador",
    "Port-au-Prince",
    "Santo Domingo",
    "Port of Spain",
    "Port Moresby",
    "Kuwait City",
    "Los Angeles",
    "New York",
    "San Francisco",
    "Las Vegas",
    "New Delhi",
    "Mexico City",
    "Sao Paulo",
    "São Paulo",
    "Rio de Janeiro",
    "Hong Kong",
    "Kuala Lumpur",
    "Tel Aviv",
    "Buenos Aires",
    "Addis Ababa",
    "Cape Town",
    "Abu Dhabi",
    "New Orleans",
    "Washington DC",
}
PLACES = (
    COUNTRIES
    | REGIONS
    | CITIES
    | {"US", "U.S.", "U-S", "USA", "U.S.A.", "UK", "U.K.", "UAE", "DRC", "Solomons", "Falklands"}
)

# faiths, which news annotators file with the faithful, as groups (12 of 13 "Islam")
RELIGIONS = frozenset(words_of("Islam Christianity Judaism Hinduism Buddhism Sikhism"))
NATIONALITIES = frozenset(
    words_of("""American Americans British Briton Britons English Scottish Welsh Irish French German
    Germans Italian Italians Spanish Spaniard Portuguese Dutch Belgian Swiss Austrian Swedish
    Swede Norwegian Danish Finnish Polish Pole Poles Czech Slovak Hungarian Romanian Bulgarian
    Greek Greeks Turkish Turk Turks Russian Russians Ukrainian Ukrainians Belarusian Georgian
    Armenian Azerbaijani Iranian Iranians Iraqi Iraqis Syrian Syrians Lebanese Israeli
    Israelis Palestinian Palestinians Jordanian Saudi Saudis Emirati Qatari Yemeni Egyptian
    Egyptians Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Kenyan Nigerian
    Nigerians Ghanaian Somali Congolese Rwandan Ugandan Tanzanian Zimbabwean
    African Chinese Japanese Korean Koreans Taiwanese Vietnamese Thai Cambodian Burmese
    Indonesian Malaysian Filipino Filipinos Indian Indians Pakistani Pakistanis Afghan Afghans
    Bangladeshi Nepali Australian Australians Canadian Canadians Mexican Mexicans
    Cuban Cubans Venezuelan Venezuelans Colombian Colombians Brazilian Brazilians Argentine
    Argentinian Chilean Peruvian Bolivian Ecuadorian Haitian Haitians Nicaraguan Salvadoran
    Guatemalan Honduran Panamanian European Europeans African Africans Asian Asians Arab Arabs
    Latino Latinos Hispanic Kurdish Kurds Jewish Jews Muslim Muslims Moslem Moslems Christian
    Christians
    Catholic Catholics Protestant Protestants Hindu Hindus Sikh Sikhs Buddhist Buddhists
    Sunni Shia Shiite Democrat Democrats Republican Republicans Democratic Conservative
    Conservatives Liberal Liberals Socialist Socialists Communist Communists
    Rohingya Uyghur Uighur Yazidi Maori Māori Aboriginal Soviet Nazi Nazis Islamist Islamists
    Zionist Bolivarian Chavista Chavistas Western Scandinavian Latin
    Danes Scots Uzbek Uzbeks Tajik Tajiks Kazakh Kazakhs Basque Basques
    Inuit Zulu Druze Hutu Hutus Tutsi Tutsis Tory Tories Kurd Pashtun Pashtuns Baloch
    Tamil Tamils Sinhalese Bengali Punjabi Hazara Bedouin Berber Berbers Slav Slavs
    Cameroonian Senegalese Ivorian Malian Angolan Mozambican Zambian Namibian Malawian
    Eritrean Chadian Nigerien Beninese Togolese Burkinabe Guinean Liberian Gambian Gabonese
    Burundian Mauritanian Djiboutian Malagasy Botswanan Somalis Ethiopians Kenyans Ugandans
    Croatian Croats Serbian Serbs Bosnian Bosniaks Slovenian Albanian Albanians Macedonian
    Montenegrin Kosovar Kosovars Lithuanian Latvian Estonian Moldovan Icelandic Maltese Cypriot
    Kazakhstani Kyrgyz Turkmen Mongolian Tibetan Tibetans Laotian Singaporean Fijian Samoan
    Jamaican Jamaicans Trinidadian Barbadian Bahamian Dominican Dominicans Paraguayan
    Uruguayan Surinamese Guyanese Omani Bahraini Kuwaiti Emiratis Yemenis Mauritian Nepalese
    Bhutanese Maldivian Chechen Chechens Catalan Catalans Flemish Walloon Bavarian Sicilian
    Corsican Cornish Quebecois Hungarians Romanians Bulgarians Czechs Slovaks Finns Swedes
    Norwegians Austrians Belgians Portuguese Greenlandic Azerbaijanis Georgians Armenians
    Ghanaians Somalians Sudanese Libyans Tunisians Algerians Moroccans Jordanians Lebanese
    Philippine Filipina Filipinas Icelander Icelanders Kuwaitis Bahrainis Argentines Chileans
    Peruvians Bolivians Ecuadorians Salvadorans Guatemalans Hondurans Nicaraguans Panamanians
    Nepalis Bangladeshis Cameroonians Zimbabweans Rwandans Eritreans Tanzanians Belarusians
    Lithuanians Latvians Estonians Moldovans Slovenians Croatians Bosnians Macedonians Cypriots
    Mauritanians
    Qataris Omanis Thais Malaysians Indonesians Vietnamese Cambodians Koreans Mongolians
    Kashmiri Kashmiris Kiwi Kiwis Aussie Aussies Aborigines""")
) | {  # peoples named in two words
    f"{first} {second}{plural}"
    for first, second in (
        ("Sri", "Lankan"),
        ("South", "African"),
        ("South", "Korean"),
        ("North", "Korean"),
        ("New", "Zealander"),
        ("Saudi", "Arabian"),
        ("Puerto", "Rican"),
        ("Costa", "Rican"),
        ("Sierra", "Leonean"),
        ("South", "Sudanese"),
        ("East", "Timorese"),
    )
    for plural in ("", "s")
    if not (plural and second.endswith("ese"))
}

TITLES = frozenset(
    words_of("""President Vice Prime Minister Ministers Chancellor Secretary Senator Sen Sen.
    Representative Rep Rep. Governor Gov Gov. Mayor King Queen Prince Princess Princes Pope Emperor
    Sheikh Ayatollah General Gen Gen. Admiral Colonel Col Col. Lieutenant Lt Lt. Captain
    Capt Capt. Sergeant Sgt Major Commander Judge Justice Chief Director Chairman Chairwoman
    Chair CEO Professor Prof Prof. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Sir Dame Lord Lady Saint
    Baron Baroness Viscount Earl MEP MSP Rev Rev. Reverend Father Bishop Archbishop Cardinal
    Rabbi Imam Ambassador Envoy Speaker
    Leader Deputy Attorney Foreign Defence Defense Interior Finance Health Opposition Coach
    Manager Officer Detective Inspector Superintendent Commissioner Spokesman Spokeswoman
    Spokesperson Senators Presidents Former Acting Interim Crown State Supreme Agent Pastor
    Sultan Emir Tsar Czar Marshal Brigadier Councillor Councilman Congressman Congresswoman
    MP Premier Secretary-General Auditor Comptroller Treasurer Solicitor Barrister Chef
    Shadow Skipper Maulana Mullah Mufti Sprinter Striker Midfielder Defender Goalkeeper
    Winger Hurdler Swimmer Cyclist Batsman Jockey Sheriff""")
)
PERSON_HONORIFICS = frozenset(words_of("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame"))

ORG_WORDS = frozenset(
    words_of("""Committee Committees Council Association Party Ministry Department Bank Inc
    Inc. Corp Corp. Corporation Ltd Ltd. LLC Plc plc Group Foundation Institute University
    College
    School Agency Commission Court Army Navy Union Federation League Club FC Office Service
    Services Police Forces Force Network News Times Post Journal Organization Organisation
    Front Movement Alliance Coalition Company Co Co. Holdings Airlines Airways Motors
    Industries Systems Technologies Partners Fund Authority Board Bureau Centre Center
    Parliament Congress Senate Assembly Cabinet Government Administration Tribunal Guard
    Brigade Brigades Battalion Regiment Corps Society Trust Institution Observatory Watch
    Clinic Hospital Infirmary Laboratory Laboratories Labs Media Press Broadcasting Television Radio
    Agency Exchange Reserve Treasury Secretariat Directorate Church Mission Cartel Gang Team
    United Rovers Athletic Wanderers Church Conference Summit Nations Capital Ventures
    Fellowship Gaming Esports
    Securities Pharmaceuticals Energy Petroleum Oil Gas Telecom Communications Electric
    Management Investments Advisors Advisers Ratings Air Pharma Biotech Therapeutics
    Biosciences Software Solutions Brands Resources Mining Logistics Studios Entertainment
    Pictures Records Foods
    Railway Railways Railroad AG SE NV SA A/S ASA AB Oyj SpA GmbH BV""")
)
PLACE_WORDS = frozenset(
    words_of("""River Sea Ocean Mountains Mountain Mount Mt Island Islands Strait Straits Gulf Bay
    Valley Province Region County State Republic Kingdom Emirates Peninsula Desert Lake Lakes
    Coast Canal Border Basin Heights Hills Plains Delta Highway Road Street Avenue Square
    Bridge Airport Port Prison Stadium Park District Territory Territories City Town Village
    Cape Falls Forest""")
)
# A common noun right after a name that says what kind of thing the name is.
PLACE_HEADS = frozenset(
    words_of("""prison jail airport port harbour harbor stadium base camp bridge square city town
    village state province region county district river valley mountains island border
    crossing province municipality neighbourhood neighborhood highway street""")
)
ORG_HEADS = frozenset(
    words_of("""organization organisation group party company firm agency ministry committee council
    union movement network newspaper broadcaster charity foundation institute cartel gang
    militia coalition alliance club team bank fund maker producer owner operator developer
    manufacturer carrier retailer lender insurer startup conglomerate subsidiary publisher
    airline automaker carmaker chipmaker regulator watchdog""")
)
CORPORATE_SUFFIXES = frozenset(
    words_of(
        "Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC Plc plc PLC Group Holdings"
        " Company SA AG NV SE A/S ASA AB Oyj SpA GmbH BV SRL Srl S.r.l. SARL SAS S.A. Pty"
        " LLP LP Limited Incorporated KK K.K. Motor"
    )
)
# US states as AP style abbreviates them after a town: "NASHVILLE, Tenn.", "Chester, Pa."
US_STATE_ABBREVIATIONS = {
    "Ala.": "alabama",
    "Ariz.": "arizona",
    "Ark.": "arkansas",
    "Calif.": "california",
    "Colo.": "colorado",
    "Conn.": "connecticut",
    "Del.": "delaware",
    "Fla.": "florida",
    "Ga.": "georgia",
    "Ill.": "illinois",
    "Ind.": "indiana",
    "Kan.": "kansas",
    "Ky.": "kentucky",
    "La.": "louisiana",
    "Md.": "maryland",
    "Mass.": "massachusetts",
    "Mich.": "michigan",
    "Minn.": "minnesota",
    "Miss.": "mississippi",
    "Mo.": "missouri",
    "Mont.": "montana",
    "Neb.": "nebraska",
    "Nev.": "nevada",
    "N.H.": "new hampshire",
    "N.J.": "new jersey",
    "N.M.": "new mexico",
    "N.C.": "north carolina",
    "N.D.": "north dakota",
    "Okla.": "oklahoma",
    "Ore.": "oregon",
    "Pa.": "pennsylvania",
    "R.I.": "rhode island",
    "S.C.": "south carolina",
    "S.D.": "south dakota",
    "Tenn.": "tennessee",
    "Vt.": "vermont",
    "Va.": "virginia",
    "Wash.": "washington",
    "W.Va.": "west virginia",
    "Wis.": "wisconsin",
    "Wyo.": "wyoming",
}


def _state_key(short: str) -> str:
    """ "W.Va." -> "wva": a state's abbreviation as the alias table keys it."""
    return short.replace(".", "").lower()


ALIASES = {
    "united states": ("us", "usa", "america", "united states of america", "u-s"),
    "united kingdom": ("uk", "britain", "great britain"),
    "united nations": ("un",),
    "european union": ("eu",),
    "islamic state": ("isis", "isil", "daesh", "daech", "is"),
    "iran": ("islamic republic",),  # (the French spelling, in quotes)
    "islamic revolutionary guard corps": (
        "irgc",
        "revolutionary guards",
        "revolutionary guard",
        "revolutionary guard corps",
        "islamic revolutionary guards corps",
        "guards",
    ),
    "volkswagen": ("vw",),
    "citigroup": ("citi",),
    "exxon mobil": ("exxon", "exxonmobil"),
    # the U.S. defence ministry by its building
    "defense department": (
        "pentagon",
        "department of defense",
        "u.s. defense department",
        "dod",
    ),
    "north korea": ("dprk",),
    "china": ("people's republic of china", "prc"),
    "group of seven": ("g7", "g-7", "group of 7"),
    "group of eight": ("g8", "g-8", "group of 8"),
    "group of 20": ("g20", "g-20", "group of twenty"),
    # "the GOP", the Grand Old Party, for the party and its members
    "republican party": ("gop",),
    "republicans": ("gop",),
    "republican": ("gop",),
    "metropolitan police": ("met", "met police", "metropolitan police service"),
    "internet explorer": ("ie",),
    "tuberculosis": ("tb",),
    "plaid cymru": ("plaid",),
    "olympic games": ("olympics", "olympic"),
    "soviet union": ("ussr",),
    "united arab emirates": ("uae",),
    "democratic republic of congo": ("drc", "dr congo", "congo"),
    "democratic republic of the congo": ("drc", "dr congo", "congo"),
    # countries' other names in the news: "Türkiye" and "Turkey", "Aotearoa" (the longer
    # spelling is the key, whichever name is the official one)
    "new zealand": ("aotearoa",),
    "türkiye": ("turkey", "turkiye"),
    "czech republic": ("czechia",),
    "myanmar": ("burma",),
    "netherlands": ("holland",),
    "swaziland": ("eswatini",),
    "côte d'ivoire": ("ivory coast", "cote d'ivoire"),
    "timor-leste": ("east timor",),
    "cabo verde": ("cape verde",),
    "north macedonia": ("macedonia",),
    "new york city": ("new york", "nyc", "big apple", "gotham"),
    # places by the epithets news writes for them ("the Red Planet", "the Windy City")
    "mars": ("red planet",),
    "chicago": ("windy city",),
    "detroit": ("motor city",),
    "new orleans": ("big easy",),
    "nashville": ("music city",),
    "philadelphia": ("philly",),
    "south carolina": ("palmetto state",),
    "texas": ("lone star state",),
    "ireland": ("emerald isle",),
    "vatican": ("holy see",),
    "las vegas": ("vegas",),
    "los angeles": ("la", "l.a."),
    "washington dc": ("washington", "dc"),
    # British parties by their other names
    "conservatives": ("conservative", "tories", "tory"),
    "conservative party": ("conservatives", "conservative", "tories", "tory", "tory party"),
    "liberal democrats": ("liberal democrat", "lib dems", "lib dem"),
    # houses of a parliament by their short names
    "house of commons": ("commons",),
    "house of lords": ("lords", "upper house"),
    # parties by their short names
    "australian labor party": ("alp", "labor"),
    "labour party": ("labour", "new labour", "old labour"),
    # island states and territories by their short names
    "solomon islands": ("solomons",),
    "falkland islands": ("falklands",),
    "cayman islands": ("caymans",),
    "marshall islands": ("marshalls",),
    "gaza strip": ("gaza",),
    # seas news names without "Sea" (not "the Baltic" or "the Mediterranean": regions too)
    "aegean sea": ("aegean",),
    # US states by their AP-style abbreviations: "NASHVILLE, Tenn." and "Tennessee"
    **{state: (_state_key(short),) for short, state in US_STATE_ABBREVIATIONS.items()},
}
# The other way round: each short form and the full names it stands for, in ALIASES' order
# ("congo" for both spellings of the Democratic Republic of the Congo).
ALIAS_FULLS: dict[str, tuple[str, ...]] = {}
for _full, _forms in ALIASES.items():
    for _form in _forms:
        ALIAS_FULLS[_form] = (*ALIAS_FULLS.get(_form, ()), _full)
# Short forms of well-known bodies, found even where the model skips them ("a U.N.-backed monitor").
ABBREVIATIONS = {
    "U.N.": "organization",
    "UN": "organization",
    "EU": "organization",
    "E.U.": "organization",
    "NATO": "organization",
    "U.S.": "place",
    "U.K.": "place",
    # agencies every reader knows, which the model types as places or skips
    "FBI": "organization",
    "F.B.I.": "organization",
    "CIA": "organization",
    "C.I.A.": "organization",
    "NASA": "organization",
    "OPEC": "organization",
    "UNICEF": "organization",
    "UNESCO": "organization",
    "ISIS": "organization",
    "ISIL": "organization",
    "Interpol": "organization",
    "Europol": "organization",
    "Frontex": "organization",
    # news agencies, named in datelines the model reads past: "MELBOURNE (AFP) -"
    "AFP": "organization",
    "Xinhua": "organization",
    "Yonhap": "organization",
    "Kyodo": "organization",
    "TASS": "organization",
    "KCNA": "organization",
    "DPRK": "place",  # North Korea by its initials, as Pyongyang and the U.N. write it
}
# Names every reader of the news knows and the small model often mistypes or skips
# ("Verizon" as a place, "Snapchat" as a person, "Facebook" not at all). Only names that
# are no common word, first name or place as well (not "Apple", "Amazon", "Bloomberg").
_KNOWN_BODIES = """Facebook Twitter Instagram WhatsApp Snapchat YouTube TikTok LinkedIn Reddit
    Defra Ofcom Ofsted Ofgem Ofwat Acas Nato Nasa Opec Unicef Unesco Icann Aslef
    GitHub Google Microsoft Alphabet Verizon AT&T T-Mobile Comcast Netflix Spotify Uber Lyft Airbnb
    PayPal eBay Yahoo Tesla SpaceX OpenAI Nvidia Intel IBM Samsung Huawei Alibaba Tencent
    Baidu Toyota Volkswagen BMW Walmart Costco Kroger Starbucks Disney Boeing
    Airbus Pfizer Moderna AstraZeneca Novartis ExxonMobil Chevron Citigroup BlackRock HSBC
    Barclays JPMorgan Reuters CNN BBC NBC CBS MSNBC NPR TMZ PolitiFact Politifact Snopes
    Wikipedia Mozilla RSPCA Hamas Hezbollah al-Qaeda al-Shabab Taliban Zanu-PF Nasdaq Qualcomm
    Oracle Salesforce Lenovo Xiaomi Foxconn TSMC Nissan Hyundai Renault Peugeot Stellantis
    Siemens Bayer BASF Nestle Nestlé Unilever Gazprom Rosneft Aramco Glencore Vodafone
    Ericsson Nokia Cisco Mashable Politico Axios BuzzFeed HuffPost Gizmodo TechCrunch
    Citi SWIFT"""
# Products and software every reader knows, which the model takes for firms or people.
_KNOWN_PRODUCTS = """Android iOS Linux WordPress Minecraft Firefox JavaScript PHP Bitcoin Kindle
    Xbox PlayStation Photoshop Fortnite ChatGPT MacBook AirPods Stadia Chromecast Alexa Siri
    Thunderbolt HDMI Wi-Fi Bluetooth macOS watchOS tvOS iPadOS MagSafe USB USB-C"""
# The same, named in two words (the model reads "MacBook Pro" as a person)
_KNOWN_PRODUCT_NAMES = """MacBook Pro|MacBook Air|Mac Pro|Mac mini|AirPods Pro|Apple Watch|Apple TV
    |Apple Pay|Apple Music|Apple Arcade|Nintendo Switch|Touch Bar|Face ID|Touch ID|Echo Dot
    |Google Stadia|Google Home|Google Assistant|Windows 10|Fire TV|Disney+|Apple TV+"""
# Leaders every reader of the news knows by surname, which the small model often takes for
# firms ("Trump", after Trump Tower and the Trump Organization)
_KNOWN_PEOPLE = """Trump Obama Biden Putin Netanyahu Zelensky Zelenskyy Erdogan Macron Merkel Modi
    Trudeau Pelosi Bolsonaro"""
# Feasts and holidays: events to news annotators, and a year after one is a date
FEASTS = frozenset(words_of("Christmas Easter Ramadan Thanksgiving Hanukkah Diwali"))
WELL_KNOWN: dict[str, str] = {
    **{name: "organization" for name in words_of(_KNOWN_BODIES)},
    **{name: "other" for name in words_of(_KNOWN_PRODUCTS)},
    **{name: "person" for name in words_of(_KNOWN_PEOPLE)},
    **{" ".join(name.split()): "other" for name in _KNOWN_PRODUCT_NAMES.split("|")},
    "Cambridge Analytica": "organization",
    "Goldman Sachs": "organization",
    "Exxon Mobil": "organization",
    "Exxon": "organization",
    "Wall Street": "place",  # ("beat Wall Street's expectations", which the model skips)
    # the capital with its district, one place (the model makes two, split at the comma)
    "Washington, D.C.": "place",
    "Washington, DC": "place",
    "Washington D.C.": "place",
    "Morgan Stanley": "organization",
    "Rio Tinto": "organization",
    "Under Armour": "organization",  # no "Under Trump": a preposition opening a sentence
    "Lockheed Martin": "organization",
    "Fox News": "organization",
    "Islamic State": "organization",
    "Muslim Brotherhood": "organization",
    "Labour": "organization",  # a party, as Labor is
    "New Labour": "organization",  # the same party, so its annotators say
    "Old Labour": "organization",
    "Liberal Democrats": "organization",
    "Liberal Democrat": "organization",  # "Liberal Democrat leader Charles Kennedy"
    "Plaid Cymru": "organization",  # and "Plaid", the Welsh party's short name
    "Plaid": "organization",
    "UK Independence Party": "organization",
    "Internet Explorer": "other",
    "Blu ray": "other",  # the disc format, which the model cuts to "Blu", a person
    "Blu-ray": "other",
    "HD DVD": "other",
    "Parliament": "organization",  # the one the story is in, named with a capital
    # the prime minister's office, not the street, to news annotators (12 of 12 times)
    "Downing Street": "organization",
    "Downing St": "organization",
    # to news annotators the president's office (103 of 107 times) and a place (5 of 5)
    "White House": "organization",
    "Capitol Hill": "place",
    "U.S. Virgin Islands": "place",  # a territory, no "U.S." and "Virgin Islands"
    "State of the Union": "other",  # the president's address (7 of 7), no body
    "DoD": "organization",  # the Department of Defense, as its officials write it
    # scriptures, works (annotators: other, 3 of 3), which the model takes for people
    **{name: "other" for name in ("Bible", "Holy Bible", "Koran", "Quran", "Torah")},
    # a peninsula named by its people's adjective, its head word lowercase as the news
    # writes it: a place to annotators (9 of 10), no people
    **{
        f"{people} peninsula": "place"
        for people in ("Korean", "Iberian", "Crimean", "Arabian", "Balkan", "Malay", "Italian")
    },
    # the rich nations' clubs (annotators: organisations, 36 of 36), which the model skips,
    # takes for a place or cuts to "Group"
    **{
        name: "organization"
        for name in (
            *(f"G{n}" for n in ("7", "8", "20", "-7", "-8", "-20")),
            *(f"Group of {n}" for n in ("Seven", "Eight", "20", "Twenty", "7", "8")),
        )
    },
    "Number 10": "organization",
    # British papers, which the model cuts to "Telegraph" or "Mail"
    **{
        f"{day} {paper}": "organization"
        for day in ("Sunday", "Daily")
        for paper in words_of("Telegraph Times Mirror Express Mail Herald Post Record Star")
    },
    "Mail on Sunday": "organization",
    # Westminster's houses and offices, always marked where named with a capital
    "Commons": "organization",
    "House of Commons": "organization",
    "House of Lords": "organization",
    "Whitehall": "place",
    "Metropolitan Police": "organization",  # London's, also "the Met"
    "Metropolitan police": "organization",
    **{name: "other" for name in FEASTS},
    # the feasts that end Ramadan and the pilgrimage
    **{f"Eid{gap}al-{feast}": "other" for gap in (" ", "-") for feast in ("Fitr", "Adha")},
    "Eid": "other",
    "New Year": "other",
    "Boko Haram": "organization",
    "Amnesty International": "organization",
    "Human Rights Watch": "organization",
    "Al Qaeda": "organization",
    "al Qaeda": "organization",
    "Her Majesty's Revenue and Customs": "organization",  # Britain's tax office, "HMRC"
    "Al Qaeda in the Arabian Peninsula": "organization",
    "al Qaeda in the Arabian Peninsula": "organization",
    "Al Qaeda in the Islamic Maghreb": "organization",
    "al Qaeda in the Islamic Maghreb": "organization",
    "al-Qaida": "organization",
    "al Qaida": "organization",
    "Al-Qaeda": "organization",
    "I/B/E/S": "other",  # Thomson Reuters' forecasts, a data set: "according to ... I/B/E/S"
    "West Texas Intermediate": "other",  # a crude oil, priced as a benchmark
    "WTI": "other",
    "World Trade Center": "place",
    "World Trade Centre": "place",
    "Soviet Union": "place",
    "Arab Spring": "other",
    "Medicaid": "other",
    "Medicare": "other",
    "Obamacare": "other",
    "Brexit": "other",
    "Oscars": "other",
}
# Every name known to all, abbreviated or not.
KNOWN_NAMES: dict[str, str] = {**WELL_KNOWN, **ABBREVIATIONS}

# Common first names, so "Daniel Rothman" is a person whatever the model guessed. Names
# that are also places or common words ("Jordan", "Georgia", "Will") are left out.
GIVEN_NAMES = frozenset(
    words_of("""Aaron Abdul Abdullah Adam Adrian Ahmed Alan Albert Alberto Alex Alexander Alexandra
    Alexis Alfred Ali Alice Alicia Alison Allison Amanda Amber Amy Ana Andrea Andreas Andrew Andy
    Angela Angelo Anna Anne Anthony Antonio Arthur Ashley Barbara Ben Benjamin Bernard Beth Betty
    Bill Billy Bob Bobby Brad Bradley Brandon Brenda Brian Bruce Bryan Carl Carla Carlos Carmen
    Carol Caroline Catherine Charles Charlie Charlotte Cheryl Chris Christian Christina Christine
    Christopher Claire Claude Claudia Craig Cynthia Daniel Daniela Danielle Daniele David Dean
    Deborah Debra Dennis Derek Diana Diane Diego Dmitry Donald Donna Doris Dorothy Douglas Dylan
    Edward Elena Elizabeth Ellen Emily Emma Emmanuel Eric Erik Ethan Eugene Eva Evan Fatima
    Fernando Francesca Francesco Francis Francisco Frank Fred Frederick Gabriel Gary George
    Gerald Gerhard Gloria Gordon Greg Gregory Hannah Hans Harold Harry Heather Helen Helena Henry
    Hiroshi Howard Hugo Ian Igor Isabel Ivan Jack Jacob Jacqueline James Jamie Jan Jane Janet
    Jason Javier Jean Jeff Jeffrey Jennifer Jeremy Jerry Jessica Jim Jimmy Joan Joanna Joe
    Joel Johan John Jonathan Jorge Jose Joseph Joshua Juan Judith Julia Julian Julie Justin
    Karen Karl Kate Katherine Kathleen Kathryn Katie Keith Kelly Kenneth Kevin Kim Klaus Kyle
    Larry Laura Lauren Laurent Leonard Lisa Louis Louise Lucas Luis Luke Lynn Marc Marco Margaret
    Maria Marie Marina Mario Mark Martha Martin Mary Matthew Maurice Max Megan Melissa Michael
    Michel Michelle Miguel Mike Mohamed Mohammed Muhammad Nancy Natalie Nathan Nicholas Nicola
    Nicole Nikolai Olga Olivia Oscar Pablo Pamela Patricia Patrick Paul Paula Pedro Peter Philip
    Philippe Pierre Rachel Rafael Ralph Ramon Randy Raymond Rebecca Richard Rick Robert Roberto
    Robin Roger Ronald Rosa Ruth Ryan Samantha Samuel Sandra Sara Sarah Scott Sean Sergei
    Sergio Sharon Shirley Simon Sofia Sophie Stefan Stephanie Stephen Steve Steven Susan
    Tatiana Teresa Thomas Timothy Tina Todd Tom Tony Tyler Valerie Vanessa Victor Vincent
    Vladimir Walt Walter Wang Wayne Wendy William Wolfgang Yuri Zachary
    Gianluca Federico Giuseppe Giovanni Luca Matteo Alessandro Paolo Stefano Massimo Fabio
    Riccardo Lorenzo Davide Simone Carlo Enrico Emilio Giorgio Luigi Salvatore Vincenzo
    Giulia Chiara Francois François Olivier Nicolas Sebastien Sébastien Julien Antoine
    Guillaume Thierry Didier Yves Bruno Jacques Henri Juergen Jürgen Dieter Helmut Olaf
    Friedrich Markus Matthias Tobias Florian Horst Ursula Alejandro Manuel Jesus Jesús Alvaro
    Álvaro Raul Raúl Sofia Lucia Omar Khalid Hassan Hussein Youssef Ibrahim Mustafa Karim
    Tariq Amir Nasser Hamid Rahul Amit Sanjay Vijay Anil Sunil Priya Narendra Arvind Rajesh
    Suresh Ravi Alexei Mikhail Andrei Oleg Yevgeny Anatoly Boris Joao João Luiz Paulo
    Fernanda Takeshi Kenji Yuki Shinzo Fumio Kwame Cyril Uhuru Abiy""")
)

# Role nouns that make a name beside them a person's: "X, the opposition leader".
PERSON_HEADS = frozenset(
    words_of("""leader president minister spokesman spokeswoman spokesperson chief director founder
    candidate official head chairman chairwoman chair ceo secretary lawyer attorney activist
    journalist reporter author writer professor senator governor mayor economist analyst
    coach player striker captain manager actor actress singer artist scientist researcher
    doctor nurse teacher student officer commander general judge prosecutor ambassador envoy
    mediator negotiator diplomat politician lawmaker legislator mp deputy businessman
    businesswoman billionaire entrepreneur investor executive founder dissident
    king queen prince princess pope cleric priest son daughter wife husband mother father
    brother sister widow resident victim witness survivor veteran
    goalkeeper midfielder defender forward pitcher quarterback driver""")
)
# Roles a company has, so "Nvidia chief executive Jensen Huang" makes Nvidia an organisation.
CORPORATE_ROLES = frozenset(
    words_of(
        """chief ceo cfo coo chairman chairwoman spokesman spokeswoman spokesperson founder
        co-founder boss executive engineers employees shareholders investors president owner
        analyst analysts economist economists strategist strategists"""
    )
)
# Last words that make a name a law, prize, event or other named thing.
OTHER_WORDS = frozenset(
    words_of(
        """Bill Act Treaty Convention Accord Accords Agreement Directive Amendment Prize Award
        Awards Cup Olympics Games Championship Championships Open War Revolution Summit
        Festival Expo Protocol Doctrine Plan Index Fire Store Telescope Marathon"""
    )
)


# Short forms of given names: "Greg" is Gregory Tan where he is the one Gregory in the text.
_SHORT_GIVEN = {
    "Gregory": "Greg",
    "William": "Bill Will Billy",
    "Robert": "Bob Rob Bobby",
    "James": "Jim Jimmy Jamie",
    "Michael": "Mike Mick Mickey",
    "Thomas": "Tom Tommy",
    "David": "Dave",
    "Stephen": "Steve",
    "Steven": "Steve",
    "Christopher": "Chris",
    "Anthony": "Tony",
    "Joseph": "Joe",
    "Daniel": "Dan Danny",
    "Benjamin": "Ben Benji",
    "Alexander": "Alex",
    "Nicholas": "Nick",
    "Matthew": "Matt",
    "Andrew": "Andy",
    "Edward": "Ed Eddie Ted",
    "Samuel": "Sam",
    "Patrick": "Pat Paddy",
    "Jeffrey": "Jeff",
    "Kenneth": "Ken",
    "Timothy": "Tim",
    "Elizabeth": "Liz Beth Betty",
    "Katherine": "Kate Katie",
    "Catherine": "Kate Cathy",
    "Susan": "Sue",
    "Jennifer": "Jenny Jen",
    "Margaret": "Maggie Peggy",
    "Richard": "Rick Dick",
    "Charles": "Charlie Chuck",
    "Peter": "Pete",
    "Donald": "Don",
    "Ronald": "Ron",
    "Frederick": "Fred Freddie",
    "Gerald": "Gerry",
    "Zachary": "Zach",
    "Joshua": "Josh",
    "Nathaniel": "Nate",
    "Nathan": "Nate",
    "Philip": "Phil",
    "Phillip": "Phil",
    "Abigail": "Abby",
    "Gabriel": "Gabe",
    "Lawrence": "Larry",
    "Walter": "Walt",
    "Stanley": "Stan",
    "Raymond": "Ray",
    "Rebecca": "Becky",
    "Victoria": "Vicky Tori",
}
FULL_GIVEN: dict[str, frozenset[str]] = {}  # "Steve": {"Stephen", "Steven"}
for _full, _shorts in _SHORT_GIVEN.items():
    for _short in _shorts.split():
        FULL_GIVEN[_short] = FULL_GIVEN.get(_short, frozenset()) | {_full}

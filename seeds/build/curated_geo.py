"""Hand-curated reference tables merged by ``build_geo.py``.

Everything here is written by hand (``source=curated`` in the outputs).
Formats are pipe-separated blocks, one record per line, so that diffs stay
reviewable.  Lines starting with ``#`` are comments.

Wikidata QIDs are only filled where they were checked against a published
table (OWID countries-regions, OpenSanctions' international-org registry and
other public Wikidata-derived code).  Unknown -> empty, never guessed.
"""

# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# Short English names as newspapers write them, where pycountry's ``name`` is
# formal/inverted or not what the press uses.
COMMON_NAMES = {
    "BOL": "Bolivia", "BES": "Caribbean Netherlands", "BRN": "Brunei",
    "CCK": "Cocos Islands", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CIV": "Ivory Coast", "CPV": "Cape Verde",
    "CZE": "Czech Republic", "FLK": "Falkland Islands", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea",
    "PRK": "North Korea", "LAO": "Laos", "MDA": "Moldova", "MAC": "Macau",
    "MAF": "Saint Martin", "PSE": "Palestine", "RUS": "Russia",
    "SHN": "Saint Helena", "SXM": "Sint Maarten", "SYR": "Syria",
    "TWN": "Taiwan", "TZA": "Tanzania", "TUR": "Turkey", "TLS": "East Timor",
    "USA": "United States", "VAT": "Vatican City", "VEN": "Venezuela",
    "VNM": "Vietnam", "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands", "MKD": "North Macedonia", "GMB": "Gambia",
    "BHS": "Bahamas", "NLD": "Netherlands", "SWZ": "Eswatini",
    "UMI": "United States Minor Outlying Islands", "ALA": "Åland Islands",
    "REU": "Réunion", "CUW": "Curaçao", "BLM": "Saint Barthélemy",
}

# Official names where pycountry has none or an unsuitable one.
OFFICIAL_NAMES = {
    "USA": "United States of America",
    "TWN": "Republic of China",
    "PSE": "State of Palestine",
    "RUS": "Russian Federation",
    "KOR": "Republic of Korea",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CIV": "Republic of Côte d'Ivoire",
    "VAT": "Holy See",
    "SYR": "Syrian Arab Republic",
    "LAO": "Lao People's Democratic Republic",
    "VNM": "Socialist Republic of Viet Nam",
    "CZE": "Czech Republic",
    "MKD": "Republic of North Macedonia",
    "TUR": "Republic of Türkiye",
    "GMB": "Republic of the Gambia",
    "BHS": "Commonwealth of the Bahamas",
    "JPN": "Japan",
    "CAN": "Canada",
    "HUN": "Hungary",
    "IRL": "Ireland",
    "MYS": "Malaysia",
    "SLB": "Solomon Islands",
    "TUV": "Tuvalu",
    "GEO": "Georgia",
    "JAM": "Jamaica",
    "MNG": "Mongolia",
    "MNE": "Montenegro",
    "NZL": "New Zealand",
    "ROU": "Romania",
    "UKR": "Ukraine",
    "BLZ": "Belize",
    "BRB": "Barbados",
    "GRD": "Grenada",
    "LCA": "Saint Lucia",
    "TKM": "Turkmenistan",
    "XKX": "Republic of Kosovo",
    "MMR": "Republic of the Union of Myanmar",
}

# States that are not ISO 3166-1 entries.
EXTRA_COUNTRIES = [
    # iso3, iso2, name, official_name
    ("XKX", "XK", "Kosovo", "Republic of Kosovo"),
]

# ISO 3166-1 entries that are NOT UN members.  Everything else in ISO 3166-1
# is one of the 193 UN member states (asserted in build_geo.py).
NON_UN_ISO = """
ALA ASM AIA ATA ABW BMU BES BVT IOT VGB CYM CXR CCK COK CUW FLK FRO GUF PYF
ATF GIB GRL GLP GUM GGY HMD HKG IMN JEY MAC MTQ MYT MSR NCL NIU NFK MNP PCN
PRI REU BLM SHN MAF SPM SXM SGS SJM TKL TCA UMI VIR WLF ESH VAT PSE TWN
""".split()
# Non-UN-member entities treated as states (is_state=true).
UN_OBSERVER_STATES = {"VAT": "observer", "PSE": "observer"}
OTHER_STATES = {"XKX": "none", "TWN": "none"}

# Wikidata QIDs (checked against OWID's countries-regions table, which maps
# ISO codes to Wikidata; NLD uses Q55 "Netherlands" (the European country),
# not Q29999 "Kingdom of the Netherlands").
COUNTRY_QIDS = """
AFG Q889|ALA Q5689|ALB Q222|DZA Q262|ASM Q16641|AND Q228|AGO Q916|AIA Q25228
ATA Q51|ATG Q781|ARG Q414|ARM Q399|ABW Q21203|AUS Q408|AUT Q40|AZE Q227
BHS Q778|BHR Q398|BGD Q902|BRB Q244|BLR Q184|BEL Q31|BLZ Q242|BEN Q962
BMU Q23635|BTN Q917|BOL Q750|BES Q27561|BIH Q225|BWA Q963|BVT Q23408|BRA Q155
IOT Q43448|VGB Q25305|BRN Q921|BGR Q219|BFA Q965|BDI Q967|KHM Q424|CMR Q1009
CAN Q16|CPV Q1011|CYM Q5785|CAF Q929|TCD Q657|CHL Q298|CHN Q148|CXR Q31063
CCK Q36004|COL Q739|COM Q970|COG Q971|COK Q26988|CRI Q800|CIV Q1008|HRV Q224
CUB Q241|CUW Q25279|CYP Q229|CZE Q213|COD Q974|DNK Q35|DJI Q977|DMA Q784
DOM Q786|ECU Q736|EGY Q79|SLV Q792|GNQ Q983|ERI Q986|EST Q191|SWZ Q1050
ETH Q115|FRO Q4628|FLK Q9648|FJI Q712|FIN Q33|FRA Q142|GUF Q3769|PYF Q30971
ATF Q129003|GAB Q1000|GMB Q1005|GEO Q230|DEU Q183|GHA Q117|GIB Q1410|GRC Q41
GRL Q223|GRD Q769|GLP Q17012|GUM Q16635|GTM Q774|GGY Q25230|GIN Q1006|GNB Q1007
GUY Q734|HTI Q790|HMD Q131198|HND Q783|HKG Q8646|HUN Q28|ISL Q189|IND Q668
IDN Q252|IRN Q794|IRQ Q796|IRL Q27|IMN Q9676|ISR Q801|ITA Q38|JAM Q766
JPN Q17|JEY Q785|JOR Q810|KAZ Q232|KEN Q114|KIR Q710|KWT Q817|KGZ Q813
LAO Q819|LVA Q211|LBN Q822|LSO Q1013|LBR Q1014|LBY Q1016|LIE Q347|LTU Q37
LUX Q32|MAC Q14773|MDG Q1019|MWI Q1020|MYS Q833|MDV Q826|MLI Q912|MLT Q233
MHL Q709|MTQ Q17054|MRT Q1025|MUS Q1027|MYT Q17063|MEX Q96|FSM Q702|MDA Q217
MCO Q235|MNG Q711|MNE Q236|MSR Q13353|MAR Q1028|MOZ Q1029|MMR Q836|NAM Q1030
NRU Q697|NPL Q837|NLD Q55|NCL Q33788|NZL Q664|NIC Q811|NER Q1032|NGA Q1033
NIU Q34020|NFK Q31057|PRK Q423|MKD Q221|MNP Q16644|NOR Q20|OMN Q842|PAK Q843
PLW Q695|PSE Q219060|PAN Q804|PNG Q691|PRY Q733|PER Q419|PHL Q928|PCN Q35672
POL Q36|PRT Q45|PRI Q1183|QAT Q846|REU Q17070|ROU Q218|RUS Q159|RWA Q1037
BLM Q25362|SHN Q192184|KNA Q763|LCA Q760|MAF Q126125|SPM Q34617|VCT Q757|WSM Q683
SMR Q238|STP Q1039|SAU Q851|SEN Q1041|SRB Q403|SYC Q1042|SLE Q1044|SGP Q334
SXM Q26273|SVK Q214|SVN Q215|SLB Q685|SOM Q1045|ZAF Q258|SGS Q35086|KOR Q884
SSD Q958|ESP Q29|LKA Q854|SDN Q1049|SUR Q730|SJM Q842829|SWE Q34|CHE Q39
SYR Q858|TWN Q865|TJK Q863|TZA Q924|THA Q869|TLS Q574|TGO Q945|TKL Q36823
TON Q678|TTO Q754|TUN Q948|TUR Q43|TKM Q874|TCA Q18221|TUV Q672|UGA Q1036
UKR Q212|ARE Q878|GBR Q145|USA Q30|UMI Q16645|VIR Q11703|URY Q77|UZB Q265
VUT Q686|VAT Q237|VEN Q717|VNM Q881|WLF Q35555|ESH Q6250|YEM Q805|ZMB Q953
ZWE Q954|XKX Q1246
"""

# Per-state adjectives, demonyms, capitals and seats of government.
# ISO3 | adjectives | demonyms (people, incl. plurals) | capitals | seats
# Empty demonym column -> plural derived from adjectives (+s) unless the
# adjective ends in -ese/-sh/-ch/-ss/-i (Iraqi -> Iraqis is derived anyway).
STATE_TERMS = """
AFG|Afghan|Afghans|Kabul|
ALB|Albanian|Albanians|Tirana|
DZA|Algerian|Algerians|Algiers|
AND|Andorran|Andorrans|Andorra la Vella|
AGO|Angolan|Angolans|Luanda|
ATG|Antiguan|Antiguans,Barbudans|St. John's,Saint John's|
ARG|Argentine,Argentinian|Argentines,Argentinians|Buenos Aires|Casa Rosada
ARM|Armenian|Armenians|Yerevan|
AUS|Australian|Australians|Canberra|AusAID
AUT|Austrian|Austrians|Vienna|
AZE|Azerbaijani,Azeri|Azerbaijanis,Azeris|Baku|
BHS|Bahamian|Bahamians|Nassau|
BHR|Bahraini|Bahrainis|Manama|
BGD|Bangladeshi|Bangladeshis|Dhaka|
BRB|Barbadian,Bajan|Barbadians,Bajans|Bridgetown|
BLR|Belarusian,Belarussian|Belarusians|Minsk|
BEL|Belgian|Belgians||
BLZ|Belizean|Belizeans|Belmopan|
BEN|Beninese|Beninese|Porto-Novo|Cotonou
BTN|Bhutanese|Bhutanese|Thimphu|
BOL|Bolivian|Bolivians|Sucre|La Paz
BIH|Bosnian|Bosnians,Herzegovinians|Sarajevo|
BWA|Botswanan|Batswana,Motswana|Gaborone|
BRA|Brazilian|Brazilians|Brasília,Brasilia|Planalto,Planalto Palace,Itamaraty
BRN|Bruneian|Bruneians|Bandar Seri Begawan|
BGR|Bulgarian|Bulgarians|Sofia|
BFA|Burkinabe,Burkinabè|Burkinabes|Ouagadougou|
BDI|Burundian|Burundians|Gitega|Bujumbura
KHM|Cambodian|Cambodians|Phnom Penh|
CMR|Cameroonian|Cameroonians|Yaoundé,Yaounde|
CAN|Canadian|Canadians|Ottawa|Parliament Hill,CIDA
CPV|Cape Verdean|Cape Verdeans|Praia|
CAF|||Bangui|
TCD|Chadian|Chadians|N'Djamena,Ndjamena,N'Djaména|
CHL|Chilean|Chileans|Santiago|La Moneda
CHN|Chinese|Chinese|Beijing|Zhongnanhai
COL|Colombian|Colombians|Bogotá,Bogota|Casa de Nariño
COM|Comorian|Comorians|Moroni|
COD|||Kinshasa|
COG|||Brazzaville|
CRI|Costa Rican|Costa Ricans|San José|
CIV|Ivorian|Ivorians|Yamoussoukro|Abidjan
HRV|Croatian|Croatians,Croats|Zagreb|
CUB|Cuban|Cubans|Havana|
CYP|Cypriot|Cypriots|Nicosia|
CZE|Czech|Czechs|Prague|
DNK|Danish|Danes|Copenhagen|Christiansborg
DJI|Djiboutian|Djiboutians|Djibouti City|
DMA|||Roseau|
DOM|Dominican|Dominicans|Santo Domingo|
ECU|Ecuadorian,Ecuadorean|Ecuadorians,Ecuadoreans|Quito|
EGY|Egyptian|Egyptians|Cairo|
SLV|Salvadoran,Salvadorean|Salvadorans,Salvadoreans|San Salvador|
GNQ|Equatorial Guinean,Equatoguinean|Equatorial Guineans,Equatoguineans|Malabo|
ERI|Eritrean|Eritreans|Asmara|
EST|Estonian|Estonians|Tallinn|
SWZ|Swazi|Swazis,Emaswati|Mbabane|Lobamba
ETH|Ethiopian|Ethiopians|Addis Ababa|
FJI|Fijian|Fijians|Suva|
FIN|Finnish|Finns|Helsinki|
FRA|French|Frenchman,Frenchmen,Frenchwoman,Frenchwomen|Paris|Élysée,Elysee,the Élysée,the Elysee,Élysée Palace,Elysee Palace,Elysée Palace,Quai d'Orsay,Matignon
GAB|Gabonese|Gabonese|Libreville|
GMB|Gambian|Gambians|Banjul|
GEO|Georgian|Georgians|Tbilisi|
DEU|German|Germans|Berlin|
GHA|Ghanaian|Ghanaians|Accra|
GRC|Greek|Greeks|Athens|Maximos Mansion
GRD|Grenadian|Grenadians|St. George's,Saint George's|
GTM|Guatemalan|Guatemalans|Guatemala City|
GIN|Guinean|Guineans|Conakry|
GNB|Bissau-Guinean|Bissau-Guineans|Bissau|
GUY|Guyanese|Guyanese|Georgetown|
HTI|Haitian|Haitians|Port-au-Prince|
HND|Honduran|Hondurans|Tegucigalpa|
HUN|Hungarian|Hungarians|Budapest|
ISL|Icelandic|Icelanders|Reykjavík,Reykjavik|
IND|Indian|Indians|New Delhi|South Block
IDN|Indonesian|Indonesians|Jakarta|
IRN|Iranian|Iranians|Tehran|
IRQ|Iraqi|Iraqis|Baghdad|
IRL|Irish|Irishman,Irishmen,Irishwoman|Dublin|
ISR|Israeli|Israelis|Jerusalem|
ITA|Italian|Italians|Rome|Palazzo Chigi
JAM|Jamaican|Jamaicans|Kingston|
JPN|Japanese|Japanese|Tokyo|Kantei,JICA
JOR|Jordanian|Jordanians|Amman|
KAZ|Kazakh,Kazakhstani|Kazakhs,Kazakhstanis|Astana,Nur-Sultan|Akorda
KEN|Kenyan|Kenyans|Nairobi|State House Nairobi
KIR|I-Kiribati|I-Kiribati|Tarawa,South Tarawa|
KWT|Kuwaiti|Kuwaitis|Kuwait City|
KGZ|Kyrgyz,Kyrgyzstani|Kyrgyzstanis|Bishkek|
LAO|Laotian,Lao|Laotians|Vientiane|
LVA|Latvian|Latvians|Riga|
LBN|Lebanese|Lebanese|Beirut|Baabda
LSO|Basotho|Mosotho|Maseru|
LBR|Liberian|Liberians|Monrovia|
LBY|Libyan|Libyans|Tripoli|
LIE|Liechtensteiner|Liechtensteiners|Vaduz|
LTU|Lithuanian|Lithuanians|Vilnius|
LUX|Luxembourgish|Luxembourgers,Luxembourger|Luxembourg City|
MDG|Malagasy|Malagasy|Antananarivo|
MWI|Malawian|Malawians|Lilongwe|
MYS|Malaysian|Malaysians|Kuala Lumpur|Putrajaya
MDV|Maldivian|Maldivians|Malé|
MLI|Malian|Malians|Bamako|
MLT|Maltese|Maltese|Valletta|
MHL|Marshallese|Marshallese|Majuro|
MRT|Mauritanian|Mauritanians|Nouakchott|
MUS|Mauritian|Mauritians|Port Louis|
MEX|Mexican|Mexicans|Mexico City|
FSM|||Palikir|
MDA|Moldovan|Moldovans|Chișinău,Chisinau,Kishinev|
MCO|Monegasque,Monégasque|Monegasques|Monaco|
MNG|Mongolian|Mongolians|Ulaanbaatar,Ulan Bator|
MNE|Montenegrin|Montenegrins|Podgorica|
MAR|Moroccan|Moroccans|Rabat|
MOZ|Mozambican|Mozambicans|Maputo|
MMR|Burmese,Myanmarese|Burmese|Naypyidaw,Naypyitaw,Nay Pyi Taw|
NAM|Namibian|Namibians|Windhoek|
NRU|Nauruan|Nauruans|Yaren|
NPL|Nepali,Nepalese|Nepalis|Kathmandu|
NLD|Dutch|Dutchman,Dutchmen,Dutchwoman|Amsterdam|
NZL||New Zealanders|Wellington|Beehive,NZAID
NIC|Nicaraguan|Nicaraguans|Managua|
NER|Nigerien|Nigeriens|Niamey|
NGA|Nigerian|Nigerians|Abuja|Aso Rock,Aso Villa
PRK|North Korean|North Koreans|Pyongyang|
MKD|North Macedonian|North Macedonians|Skopje|
NOR|Norwegian|Norwegians|Oslo|
OMN|Omani|Omanis|Muscat|
PAK|Pakistani|Pakistanis|Islamabad|
PLW|Palauan|Palauans|Ngerulmud|
PAN|Panamanian|Panamanians|Panama City|
PNG|Papua New Guinean|Papua New Guineans|Port Moresby|
PRY|Paraguayan|Paraguayans|Asunción,Asuncion|
PER|Peruvian|Peruvians|Lima|
PHL|Filipino,Philippine|Filipinos|Manila|Malacañang,Malacanang,Malacañang Palace
POL|Polish|Poles|Warsaw|
PRT|Portuguese|Portuguese|Lisbon|
QAT|Qatari|Qataris|Doha|
KOR|South Korean|South Koreans|Seoul|Blue House,Cheong Wa Dae
ROU|Romanian|Romanians|Bucharest|Cotroceni Palace
RUS|Russian|Russians|Moscow|Kremlin,the Kremlin
RWA|Rwandan|Rwandans|Kigali|
KNA|Kittitian,Nevisian|Kittitians,Nevisians|Basseterre|
LCA|Saint Lucian,St. Lucian|Saint Lucians,St. Lucians|Castries|
VCT|Vincentian|Vincentians|Kingstown|
WSM|Samoan|Samoans|Apia|
SMR|Sammarinese|Sammarinese|City of San Marino|
STP|Santomean,São Toméan|Santomeans|São Tomé,Sao Tome|
SAU|Saudi,Saudi Arabian|Saudis,Saudi Arabians|Riyadh|
SEN|Senegalese|Senegalese|Dakar|
SRB|Serbian|Serbians,Serbs|Belgrade|
SYC|Seychellois|Seychellois||
SLE|Sierra Leonean|Sierra Leoneans|Freetown|
SGP|Singaporean|Singaporeans|Singapore|
SVK|Slovak,Slovakian|Slovaks,Slovakians|Bratislava|
SVN|Slovenian,Slovene|Slovenians,Slovenes|Ljubljana|
SLB||Solomon Islanders|Honiara|
SOM|Somali|Somalis|Mogadishu|Villa Somalia
ZAF|South African|South Africans|Pretoria,Cape Town,Bloemfontein|Union Buildings
SSD|South Sudanese|South Sudanese|Juba|
ESP|Spanish|Spaniards,Spaniard|Madrid|Moncloa,La Moncloa,Moncloa Palace
LKA|Sri Lankan|Sri Lankans|Sri Jayawardenepura Kotte|Colombo
SDN|Sudanese|Sudanese|Khartoum|Port Sudan
SUR|Surinamese|Surinamese,Surinamers|Paramaribo|
SWE|Swedish|Swedes|Stockholm|Rosenbad
CHE|Swiss|Swiss|Bern,Berne|
SYR|Syrian|Syrians|Damascus|
TJK|Tajik,Tajikistani|Tajiks,Tajikistanis|Dushanbe|
TZA|Tanzanian|Tanzanians|Dodoma|
THA|Thai|Thais|Bangkok|Government House (Thailand)
TLS|East Timorese,Timorese|East Timorese|Dili|
TGO|Togolese|Togolese|Lomé,Lome|
TON|Tongan|Tongans|Nuku'alofa,Nukuʻalofa|
TTO|Trinidadian,Tobagonian|Trinidadians,Tobagonians|Port of Spain|
TUN|Tunisian|Tunisians|Tunis|Carthage Palace
TUR|Turkish|Turks|Ankara|
TKM|Turkmen|Turkmens|Ashgabat|
TUV|Tuvaluan|Tuvaluans|Funafuti|
UGA|Ugandan|Ugandans|Kampala|
UKR|Ukrainian|Ukrainians|Kyiv,Kiev|Bankova
ARE|Emirati|Emiratis|Abu Dhabi|
GBR|British|Britons,Briton,Brits,Brit|London|Downing Street,Number 10,No 10,No. 10,Whitehall,Westminster,DFID
USA|American|Americans|Washington,Washington D.C.,Washington DC,"Washington, D.C."|White House,the White House,Pentagon,the Pentagon,Capitol Hill,Foggy Bottom,Oval Office,Bush administration,Obama administration,Trump administration,Biden administration,Clinton administration,Reagan administration,Carter administration,Nixon administration,USAID
URY|Uruguayan|Uruguayans|Montevideo|
UZB|Uzbek,Uzbekistani|Uzbeks,Uzbekistanis|Tashkent|
VUT|Ni-Vanuatu|Ni-Vanuatu|Port Vila|
VAT|Vatican|||
VEN|Venezuelan|Venezuelans|Caracas|Miraflores Palace,Miraflores
VNM|Vietnamese|Vietnamese|Hanoi|
YEM|Yemeni|Yemenis|Sanaa,Sana'a,Sana’a|Aden
ZMB|Zambian|Zambians|Lusaka|
ZWE|Zimbabwean|Zimbabweans|Harare|
PSE|Palestinian|Palestinians||Ramallah
XKX|Kosovar,Kosovan|Kosovars,Kosovans|Pristina,Prishtina,Priština|
TWN|Taiwanese|Taiwanese|Taipei|
"""

# Demonyms/adjectives for selected territories (capitals of territories are
# not used as metonyms).
TERRITORY_TERMS = """
GRL|Greenlandic|Greenlanders
PRI|Puerto Rican|Puerto Ricans
HKG|Hong Kong|Hong Kongers,Hongkongers
MAC|Macanese|Macanese
BMU|Bermudian|Bermudians
GIB|Gibraltarian|Gibraltarians
FLK||Falkland Islanders
FRO|Faroese|Faroese
GUM|Guamanian|Guamanians
ESH|Sahrawi|Sahrawis
NCL|New Caledonian|New Caledonians,Kanak
PYF|French Polynesian|French Polynesians
CUW|Curaçaoan|Curaçaoans
ABW|Aruban|Arubans
CYM|Caymanian|Caymanians
"""

# Extra aliases per country (alias_type=alias).  ``;``-separated.
COUNTRY_ALIASES = """
USA|US;U.S.;USA;U.S.A.;United States of America;America;the United States;the US;the U.S.
GBR|UK;U.K.;Britain;Great Britain;the UK;the U.K.;United Kingdom of Great Britain and Northern Ireland
TUR|Türkiye;Turkiye;Turkey
CIV|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire;Ivory Coast
MMR|Burma;Myanmar
COD|DRC;DR Congo;D.R. Congo;Congo-Kinshasa;Democratic Republic of Congo;DRC Congo
COG|Congo-Brazzaville;Republic of Congo
KOR|Republic of Korea;ROK;S. Korea;South Korea
PRK|DPRK;D.P.R.K.;Democratic People's Republic of Korea;N. Korea
NLD|Holland;the Netherlands
RUS|Russian Federation
CHN|People's Republic of China;PRC;P.R.C.;mainland China;Mainland China
TWN|Republic of China;ROC;Chinese Taipei
CZE|Czechia
SWZ|Swaziland;Kingdom of Swaziland
TLS|Timor-Leste;Timor Leste;East Timor
CPV|Cabo Verde
MKD|North Macedonia;Republic of Macedonia;Republic of North Macedonia;FYROM;Former Yugoslav Republic of Macedonia
VAT|Vatican;the Vatican;Holy See;the Holy See;Vatican City State
PSE|State of Palestine;Palestinian territories;Occupied Palestinian Territory;occupied Palestinian territories;Palestinian Territories
IRN|Islamic Republic of Iran;Persia
SYR|Syrian Arab Republic
LAO|Lao PDR;Lao People's Democratic Republic
VNM|Viet Nam
BOL|Plurinational State of Bolivia
VEN|Bolivarian Republic of Venezuela
TZA|United Republic of Tanzania
MDA|Republic of Moldova
BRN|Brunei Darussalam
FSM|Federated States of Micronesia
GMB|The Gambia;the Gambia
BHS|The Bahamas;the Bahamas
ARE|UAE;U.A.E.;the Emirates;Emirates
SAU|KSA;Kingdom of Saudi Arabia
DEU|Federal Republic of Germany
FRA|French Republic
XKX|Republic of Kosovo
BIH|Bosnia;Bosnia-Herzegovina;Bosnia-Hercegovina
TTO|Trinidad;Trinidad & Tobago
ATG|Antigua;Antigua & Barbuda
STP|Sao Tome and Principe;São Tomé & Príncipe
KNA|St Kitts and Nevis;St. Kitts and Nevis;St Kitts & Nevis
LCA|St Lucia;St. Lucia
VCT|St Vincent and the Grenadines;St. Vincent and the Grenadines
PNG|PNG
NZL|N.Z.;Aotearoa
AUS|Commonwealth of Australia
ZAF|RSA
GNB|Guinea Bissau
IRL|Republic of Ireland;Eire;Éire
VGB|BVI
VIR|US Virgin Islands;USVI
MAC|Macao
HKG|Hong Kong SAR;Hong Kong Special Administrative Region
FLK|Falklands;Malvinas;Islas Malvinas;the Falklands
ESH|Western Sahara;Sahrawi Arab Democratic Republic;SADR
SJM|Svalbard
"""

# Aliases never emitted for countries (too ambiguous / harmful), with reason.
COUNTRY_ALIAS_BLOCKLIST = {
    "Congo": "ambiguous between COD and COG",
    "Congolese": "ambiguous between COD and COG",
    "Dominica": None,  # placeholder removed below (kept as name)
    "Brussels": "seat of EU institutions; not a Belgian metonym in news",
    "The Hague": "seat of ICC/ICJ; not used as Dutch metonym here",
    "Victoria": "Seychelles capital; collides with Australian state, BC capital, person names",
    "Male": "Maldives capital without accent collides with English 'male'",
    "English": "language / England only",
    "Arabic": "language",
    "Island": "Icelandic endonym but an English word",
    "Mann": "Manx endonym; German word / surname",
    "Prathet": "Thai word for 'country'",
    "Guiana": "region spanning several countries",
    "Indian": "kept for IND (deliberate) - see README",
    "Central African": "generic regional adjective",
    "Micronesian": "also the Micronesia region",
    "Macedonian": "also the Greek region / ethnic group",
    "Korean": "ambiguous between KOR and PRK",
    "Dominican": "kept for DOM (deliberate) - see README",
    "the States": "too ambiguous",
    "Kiwi": "informal; also fruit/bird",
    "Kiwis": "informal; also fruit/bird",
    "Aussie": "informal",
    "Yankee": "informal",
    "Thai": None,
}
# Entries with a reason of None are not blocked (documentation only).
COUNTRY_ALIAS_BLOCKLIST = {k: v for k, v in COUNTRY_ALIAS_BLOCKLIST.items()
                           if v is not None and not v.startswith("kept ")}

# Aliases that resolve to more than one country that we keep deliberately
# for a single country (alias -> iso3).
COUNTRY_ALIAS_DELIBERATE = {
    "Dominican": "DOM",   # DOM is far more frequent in news than Dominica (DMA)
    "Indian": "IND",      # also 'Native American'/'Indian Ocean'
}

# Lowercase forms that collide with common English words (or very common
# person names); aliases equal to one of these (case-insensitively) are marked
# case_sensitive=true.  Seeded from the English word list in Debian's
# ``wamerican`` package and reviewed by hand; see README.
FORCE_CASE_SENSITIVE = """
chad jordan georgia turkey china guinea niger oman togo mali cuba japan chile
jersey guernsey polish pole poles dane danes swede swedes finn finns afghan
afghans panama morocco brazil india lima sofia santiago kingston georgetown
swiss dutch holland sucre quad amnesty wagner nassau valletta praia bern
berne victoria hamilton douglas stanley guam nice reading mobile split bath
phoenix jos aba ufa kota hue salvador persia
emirates french beehive wellington muscat reunion pentagon shanghai cologne
madras arctic tangier mecca anchorage
"""

"""Hand-curated organisations, aliases and memberships (source=curated).

ORGS block: org_id | name | acronym | org_type | wikidata_id | founded | aliases
  - aliases are ``;``-separated; the name and acronym are added automatically.
  - wikidata_id only where checked against a published Wikidata-derived table
    (OpenSanctions' international-organisation registry, OWID, and other
    public code); empty means "not verified", never "guessed".
  - founded: year the organisation (or its direct legal predecessor, noted in
    README) was established; empty if not certain.
"""

ORGS = """
# --- United Nations system ---------------------------------------------
united-nations|United Nations|UN|igo|Q1065|1945|the United Nations;U.N.;the UN;the U.N.;UNO
un-general-assembly|United Nations General Assembly|UNGA|igo_body|Q47423|1945|UN General Assembly;U.N. General Assembly;the UN General Assembly
un-security-council|United Nations Security Council|UNSC|igo_body|Q37470|1945|UN Security Council;U.N. Security Council;the UN Security Council;the U.N. Security Council
un-human-rights-council|United Nations Human Rights Council|UNHRC|igo_body|Q205650|2006|UN Human Rights Council;U.N. Human Rights Council
ecosoc|United Nations Economic and Social Council|ECOSOC|igo_body|Q170075|1945|UN Economic and Social Council
ohchr|Office of the United Nations High Commissioner for Human Rights|OHCHR|agency|Q656812|1993|UN human rights office;U.N. human rights office;UN Human Rights Office;UN Office of the High Commissioner for Human Rights
unhcr|Office of the United Nations High Commissioner for Refugees|UNHCR|agency|Q132551|1950|United Nations High Commissioner for Refugees;UN refugee agency;U.N. refugee agency;UN Refugee Agency;UNHCR
unicef|UNICEF|UNICEF|agency|Q740308|1946|United Nations Children's Fund;Unicef;UN Children's Fund;U.N. Children's Fund
wfp|World Food Programme|WFP|agency|Q204344|1961|World Food Program;UN World Food Programme;U.N. World Food Program
unrwa|UNRWA|UNRWA|agency|Q846656|1949|United Nations Relief and Works Agency for Palestine Refugees in the Near East;Unrwa;UN Relief and Works Agency;UN agency for Palestinian refugees;U.N. agency for Palestinian refugees
unesco|UNESCO|UNESCO|agency|Q7809|1945|United Nations Educational, Scientific and Cultural Organization;Unesco
undp|United Nations Development Programme|UNDP|agency|Q161718|1965|UN Development Programme;UN Development Program
ocha|United Nations Office for the Coordination of Humanitarian Affairs|OCHA|agency|Q1065854|1991|UN Office for the Coordination of Humanitarian Affairs;UN humanitarian office;U.N. humanitarian office;UN OCHA
iaea|International Atomic Energy Agency|IAEA|agency|Q41984|1957|UN nuclear watchdog;U.N. nuclear watchdog
who|World Health Organization|WHO|agency|Q7817|1948|World Health Organisation
wto|World Trade Organization|WTO|igo|Q7825|1995|World Trade Organisation
ilo|International Labour Organization|ILO|agency|Q54129|1919|International Labor Organization;International Labour Organisation;International Labour Office;International Labor Office
fao|Food and Agriculture Organization of the United Nations|FAO|agency|Q82151|1945|Food and Agriculture Organization;UN Food and Agriculture Organization
imo|International Maritime Organization|IMO|agency|Q201054|1948|International Maritime Organisation
icao|International Civil Aviation Organization|ICAO|agency||1947|
itu|International Telecommunication Union|ITU|agency|Q376150|1865|
wmo|World Meteorological Organization|WMO|agency|Q170424|1950|
wipo|World Intellectual Property Organization|WIPO|agency|Q177773|1967|
unep|United Nations Environment Programme|UNEP|agency||1972|UN Environment Programme;UN Environment
unfccc|United Nations Framework Convention on Climate Change|UNFCCC|igo_body||1992|UN climate change secretariat
ipcc|Intergovernmental Panel on Climate Change|IPCC|igo_body||1988|UN climate panel
un-women|UN Women|UN Women|agency|Q641576|2010|United Nations Entity for Gender Equality and the Empowerment of Women
unfpa|United Nations Population Fund|UNFPA|agency||1969|UN Population Fund
unodc|United Nations Office on Drugs and Crime|UNODC|agency||1997|UN Office on Drugs and Crime
iom|International Organization for Migration|IOM|agency||1951|UN migration agency
unifil|United Nations Interim Force in Lebanon|UNIFIL|igo_body|Q160805|1978|Unifil
monusco|MONUSCO|MONUSCO|igo_body||2010|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo;Monusco
unmiss|United Nations Mission in South Sudan|UNMISS|igo_body||2011|
opcw|Organisation for the Prohibition of Chemical Weapons|OPCW|igo||1997|Organization for the Prohibition of Chemical Weapons;chemical weapons watchdog
ctbto|Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO|igo||1996|
un-commission-on-human-rights|United Nations Commission on Human Rights||igo_body||1946|UN Commission on Human Rights;U.N. Commission on Human Rights
un-peacebuilding-commission|United Nations Peacebuilding Commission||igo_body||2005|Peacebuilding Commission;UN Peacebuilding Commission;U.N. Peacebuilding Commission
unctad|United Nations Conference on Trade and Development|UNCTAD|agency||1964|UN Conference on Trade and Development
untso|United Nations Truce Supervision Organization|UNTSO|igo_body||1948|
unmik|United Nations Interim Administration Mission in Kosovo|UNMIK|igo_body||1999|UN Interim Administration Mission in Kosovo
unama|United Nations Assistance Mission in Afghanistan|UNAMA|igo_body||2002|UN Assistance Mission in Afghanistan
unami|United Nations Assistance Mission for Iraq|UNAMI|igo_body||2003|UN Assistance Mission for Iraq
unmil|United Nations Mission in Liberia|UNMIL|igo_body||2003|UN Mission in Liberia
minustah|United Nations Stabilisation Mission in Haiti|MINUSTAH|igo_body||2004|United Nations Stabilization Mission in Haiti;UN Stabilization Mission in Haiti;UN Stabilisation Mission in Haiti
unmis|United Nations Mission in Sudan|UNMIS|igo_body||2005|UN Mission in Sudan
unmit|United Nations Integrated Mission in Timor-Leste|UNMIT|igo_body||2006|UN Integrated Mission in Timor-Leste
unamid|African Union – United Nations Hybrid Operation in Darfur|UNAMID|igo_body||2007|African Union-United Nations Hybrid Operation in Darfur;AU-UN Hybrid Operation in Darfur
# --- courts ---------------------------------------------------------------
icj|International Court of Justice|ICJ|court|Q7801|1945|World Court
icc|International Criminal Court|ICC|court|Q47488|2002|
echr|European Court of Human Rights|ECtHR|court|Q122880|1959|ECHR;Strasbourg court
cjeu|Court of Justice of the European Union|CJEU|court|Q4951|1952|European Court of Justice;ECJ;EU Court of Justice
pca|Permanent Court of Arbitration|PCA|court||1899|
itlos|International Tribunal for the Law of the Sea|ITLOS|court||1996|
stl|Special Tribunal for Lebanon|STL|court||2009|
icty|International Criminal Tribunal for the former Yugoslavia|ICTY|court||1993|Yugoslav war crimes tribunal
# --- financial institutions ----------------------------------------------
imf|International Monetary Fund|IMF|financial_institution|Q7804|1944|
world-bank|World Bank||financial_institution|Q7164|1944|World Bank Group;International Bank for Reconstruction and Development;IBRD
gef|Global Environment Facility|GEF|financial_institution||1991|
ifc|International Finance Corporation|IFC|financial_institution||1956|
aiib|Asian Infrastructure Investment Bank|AIIB|financial_institution||2015|
ebrd|European Bank for Reconstruction and Development|EBRD|financial_institution|Q488981|1991|
adb|Asian Development Bank|ADB|financial_institution||1966|
afdb|African Development Bank|AfDB|financial_institution||1964|
idb|Inter-American Development Bank|IDB|financial_institution|Q1153087|1959|IADB
isdb|Islamic Development Bank|IsDB|financial_institution||1973|
ndb|New Development Bank|NDB|financial_institution||2015|BRICS bank;BRICS Development Bank
bis|Bank for International Settlements|BIS|financial_institution||1930|
ecb|European Central Bank|ECB|financial_institution|Q8901|1998|
eib|European Investment Bank|EIB|financial_institution|Q192247|1958|
paris-club|Paris Club||coalition||1956|
fatf|Financial Action Task Force|FATF|igo||1989|
# --- European Union -------------------------------------------------------
european-union|European Union|EU|igo|Q458|1993|E.U.;the EU;the E.U.;the European Union
european-economic-community|European Economic Community|EEC|igo||1958|European Community;the European Community;European Communities;the European Communities;the European Economic Community
european-commission|European Commission||igo_body|Q8880|1958|EU Commission;the European Commission
eurozone|Eurozone||bloc||1999|euro zone;euro area;euro-zone;the eurozone
european-council|European Council||igo_body|Q8886|1975|
council-of-the-eu|Council of the European Union||igo_body|Q8896|1958|Council of the EU;EU Council of Ministers;Council of Ministers of the European Union
european-parliament|European Parliament||igo_body|Q8889|1952|Europarl;EU Parliament;EU parliament
eeas|European External Action Service|EEAS|igo_body|Q672941|2010|EU diplomatic service
eurogroup|Eurogroup||igo_body|Q149964||
european-defence-agency|European Defence Agency|EDA|agency|Q1134173|2004|European Defense Agency
frontex|European Border and Coast Guard Agency|Frontex|agency||2004|
europol|European Union Agency for Law Enforcement Cooperation|Europol|agency||1998|
# --- NATO and Euro-Atlantic ---------------------------------------------
nato|NATO|NATO|alliance|Q7184|1949|North Atlantic Treaty Organization;Nato;N.A.T.O.;North Atlantic Treaty Organisation;North Atlantic Alliance;Atlantic Alliance
north-atlantic-council|North Atlantic Council|NAC|igo_body|Q944947|1949|
shape|Supreme Headquarters Allied Powers Europe|SHAPE|igo_body|Q1432908|1951|
osce|Organization for Security and Co-operation in Europe|OSCE|igo|Q81299|1975|Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe;CSCE
council-of-europe|Council of Europe|CoE|igo|Q8908|1949|
oecd|Organisation for Economic Co-operation and Development|OECD|igo|Q41550|1961|Organization for Economic Cooperation and Development;Organisation for Economic Cooperation and Development
efta|European Free Trade Association|EFTA|bloc||1960|
nordic-council|Nordic Council||igo||1952|
visegrad-group|Visegrád Group|V4|coalition||1991|Visegrad Group;Visegrad Four;Visegrád Four
weimar-triangle|Weimar Triangle||coalition||1991|
european-political-community|European Political Community|EPC|coalition||2022|
isaf|International Security Assistance Force|ISAF|igo_body||2001|
kfor|Kosovo Force|KFOR|igo_body||1999|
# --- Ukraine-war formats ---------------------------------------------------
coalition-of-the-willing|Coalition of the Willing (Ukraine, 2025-)||coalition||2025|coalition of the willing;Coalition of the Willing
ukraine-defense-contact-group|Ukraine Defense Contact Group|UDCG|coalition||2022|Ukraine Defence Contact Group;Ramstein group;Ramstein format;Ramstein Group
# --- other groupings / alliances -----------------------------------------
g7|Group of Seven|G7|coalition||1975|G-7;Group of 7
g8|G8|G8|coalition||1997|Group of Eight;G-8;Group of 8
g20|G20|G20|coalition|Q19771|1999|Group of Twenty;G-20;Group of 20
g77|Group of 77|G77|coalition||1964|G-77;Group of 77 and China
brics|BRICS|BRICS|bloc||2009|Brics;BRIC
opec|OPEC|OPEC|igo|Q7795|1960|Organization of the Petroleum Exporting Countries;Opec;Organisation of the Petroleum Exporting Countries
opec-plus|OPEC+|OPEC+|coalition||2016|Opec+;OPEC Plus;Opec Plus;OPEC-plus
quad|Quadrilateral Security Dialogue|Quad|coalition||2007|the Quad
aukus|AUKUS|AUKUS|alliance||2021|Aukus
five-eyes|Five Eyes|FVEY|alliance||1946|Five Eyes alliance
nam|Non-Aligned Movement|NAM|coalition|Q83201|1961|Non-Aligned Movement
apec|Asia-Pacific Economic Cooperation|APEC|igo||1989|Apec
interpol|International Criminal Police Organization|Interpol|igo|Q8475|1923|INTERPOL
commonwealth|Commonwealth of Nations||igo||1949|Commonwealth Secretariat;British Commonwealth
cis|Commonwealth of Independent States|CIS|igo||1991|
csto|Collective Security Treaty Organization|CSTO|alliance||2002|Collective Security Treaty Organisation
eaeu|Eurasian Economic Union|EAEU|bloc||2015|
sco|Shanghai Cooperation Organisation|SCO|igo||2001|Shanghai Cooperation Organization
arctic-council|Arctic Council||igo||1996|
middle-east-quartet|Quartet on the Middle East||coalition||2002|Middle East Quartet
iea|International Energy Agency|IEA|agency||1974|
wef|World Economic Forum|WEF|ngo||1971|Davos forum
nuclear-suppliers-group|Nuclear Suppliers Group|NSG|coalition||1974|
iwc|International Whaling Commission|IWC|igo||1946|
eurasec|Eurasian Economic Community|EurAsEC|bloc||2000|
multi-national-force-iraq|Multi-National Force – Iraq|MNF-I|coalition||2004|Multi-National Force - Iraq;Multi-National Force-Iraq;Multinational Force Iraq;Multinational Force-Iraq;Multi-National Force in Iraq;Multinational Force in Iraq
coalition-provisional-authority|Coalition Provisional Authority||agency||2003|
# --- Africa ---------------------------------------------------------------
african-union|African Union|AU|igo|Q7159|2002|the African Union
african-union-commission|African Union Commission|AUC|igo_body|Q2362881|2002|AU Commission
ecowas|Economic Community of West African States|ECOWAS|igo|Q193272|1975|Ecowas;Cedeao;CEDEAO
sadc|Southern African Development Community|SADC|igo||1992|
eac|East African Community|EAC|igo|Q337456|2000|
igad|Intergovernmental Authority on Development|IGAD|igo||1996|
eccas|Economic Community of Central African States|ECCAS|igo||1983|
alliance-of-sahel-states|Alliance of Sahel States|AES|alliance||2023|Confederation of Sahel States;Sahel alliance
oau|Organisation of African Unity|OAU|igo||1963|Organization of African Unity
amisom|African Union Mission to Somalia|AMISOM|igo_body||2007|African Union Mission in Somalia;AU Mission in Somalia
# --- Americas -------------------------------------------------------------
oas|Organization of American States|OAS|igo|Q123759|1948|
mercosur|Mercosur|Mercosur|bloc||1991|MERCOSUR;Mercosul;Southern Common Market
caricom|Caribbean Community|CARICOM|igo|Q205995|1973|Caricom
celac|Community of Latin American and Caribbean States|CELAC|igo||2011|Celac
unasur|Union of South American Nations|UNASUR|igo|Q4230|2008|Unasur
lima-group|Lima Group||coalition||2017|
nafta|North American Free Trade Agreement|NAFTA|bloc||1994|Nafta
cafta-dr|Dominican Republic–Central America Free Trade Agreement|CAFTA-DR|bloc||2004|CAFTA;Central America Free Trade Agreement;Central American Free Trade Agreement
andean-community|Andean Community||bloc||1969|Andean Community of Nations;Comunidad Andina
rio-group|Rio Group||coalition||1986|
# --- Asia / Middle East ---------------------------------------------------
asean|ASEAN|ASEAN|igo|Q7768|1967|Association of Southeast Asian Nations;Asean
saarc|South Asian Association for Regional Cooperation|SAARC|igo||1985|
pacific-islands-forum|Pacific Islands Forum|PIF|igo||1971|
arab-league|Arab League||igo|Q7172|1945|League of Arab States;the Arab League
gcc|Gulf Cooperation Council|GCC|igo|Q217172|1981|Cooperation Council for the Arab States of the Gulf
oic|Organisation of Islamic Cooperation|OIC|igo|Q47543|1969|Organization of Islamic Cooperation;Organisation of the Islamic Conference;Organization of the Islamic Conference
# --- humanitarian / rights NGOs ------------------------------------------
icrc|International Committee of the Red Cross|ICRC|ngo||1863|Red Cross;the Red Cross
ifrc|International Federation of Red Cross and Red Crescent Societies|IFRC|ngo||1919|Red Crescent;the Red Crescent;Red Cross and Red Crescent
msf|Médecins Sans Frontières|MSF|ngo||1971|Medecins Sans Frontieres;Doctors Without Borders
amnesty-international|Amnesty International||ngo|Q42970|1961|
human-rights-watch|Human Rights Watch|HRW|ngo||1978|
save-the-children|Save the Children||ngo||1919|
oxfam|Oxfam||ngo||1942|Oxfam International
norwegian-refugee-council|Norwegian Refugee Council|NRC|ngo||1946|
international-rescue-committee|International Rescue Committee|IRC|ngo||1933|
reporters-without-borders|Reporters Without Borders||ngo||1985|Reporters Sans Frontières;Reporters Sans Frontieres
cpj|Committee to Protect Journalists|CPJ|ngo||1981|
transparency-international|Transparency International||ngo||1993|
greenpeace|Greenpeace||ngo||1971|
international-crisis-group|International Crisis Group||ngo||1995|Crisis Group
# --- armed groups / non-state actors ------------------------------------
hamas|Hamas||armed_group|Q38799|1987|HAMAS;Islamic Resistance Movement;Qassam Brigades;al-Qassam Brigades;Izz ad-Din al-Qassam Brigades;Ezzedine al-Qassam Brigades
hezbollah|Hezbollah||armed_group||1982|Hizbollah;Hizbullah;Hizballah;Hezbollah movement
houthis|Houthi movement (Ansar Allah)||armed_group|||Houthis;Houthi;the Houthis;Houthi rebels;Houthi militia;Ansar Allah;Ansarallah;Ansar Allah movement
islamic-state|Islamic State|ISIS|armed_group|Q2429253||ISIL;Daesh;Da'esh;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria;Islamic State group;the Islamic State;IS group
islamic-state-khorasan|Islamic State Khorasan Province|ISKP|armed_group||2015|ISIS-K;IS-K;Islamic State Khorasan;ISIS-Khorasan
iswap|Islamic State West Africa Province|ISWAP|armed_group||2016|
al-qaeda|al-Qaeda||armed_group|Q34490|1988|al-Qaida;al Qaeda;al Qaida;Al Qaeda;Al-Qaeda;al-Qa'ida
aqap|al-Qaeda in the Arabian Peninsula|AQAP|armed_group||2009|
aqim|al-Qaeda in the Islamic Maghreb|AQIM|armed_group||2007|
jnim|Jama'at Nusrat al-Islam wal-Muslimin|JNIM|armed_group||2017|Jamaat Nusrat al-Islam wal-Muslimin
al-shabaab|al-Shabaab||armed_group||2006|al-Shabab;Al-Shabaab;Al Shabaab;al Shabaab;Harakat al-Shabaab al-Mujahideen
boko-haram|Boko Haram||armed_group||2002|
taliban|Taliban||armed_group||1994|the Taliban;Taleban;Islamic Emirate of Afghanistan
ttp|Tehrik-i-Taliban Pakistan|TTP|armed_group||2007|Pakistani Taliban;Tehreek-e-Taliban Pakistan
haqqani-network|Haqqani network||armed_group|||Haqqani Network
lashkar-e-taiba|Lashkar-e-Taiba|LeT|armed_group|||Lashkar-e-Tayyiba;Lashkar-e-Toiba
jaish-e-mohammed|Jaish-e-Mohammed|JeM|armed_group||2000|Jaish-e-Muhammad
wagner-group|Wagner Group||armed_group||2014|Wagner;PMC Wagner;Wagner mercenaries;Wagner mercenary group
africa-corps|Africa Corps (Russia)||armed_group||2023|Africa Corps;Russian Africa Corps
rsf|Rapid Support Forces|RSF|armed_group||2013|
m23|March 23 Movement|M23|armed_group||2012|Mouvement du 23 mars;AFC/M23
pkk|Kurdistan Workers' Party|PKK|armed_group|Q152220|1978|Kurdistan Workers Party
ypg|People's Defense Units|YPG|armed_group|||People's Protection Units;People's Defence Units
sdf|Syrian Democratic Forces|SDF|armed_group||2015|
hts|Hayat Tahrir al-Sham|HTS|armed_group||2017|Hay'at Tahrir al-Sham;Tahrir al-Sham
al-nusra-front|al-Nusra Front||armed_group||2012|Nusra Front;Jabhat al-Nusra;al-Nusra
farc|Revolutionary Armed Forces of Colombia|FARC|armed_group||1964|Fuerzas Armadas Revolucionarias de Colombia
eln|National Liberation Army (Colombia)|ELN|armed_group||1964|Ejército de Liberación Nacional;Ejercito de Liberacion Nacional
palestinian-islamic-jihad|Palestinian Islamic Jihad|PIJ|armed_group||1981|Islamic Jihad;Islamic Jihad Movement in Palestine;al-Quds Brigades
popular-mobilization-forces|Popular Mobilization Forces|PMF|armed_group||2014|Popular Mobilisation Forces;Hashd al-Shaabi;al-Hashd al-Shaabi;Popular Mobilization Units;PMU
kataib-hezbollah|Kata'ib Hezbollah||armed_group|||Kataib Hezbollah;Kataib Hizbollah
lords-resistance-army|Lord's Resistance Army|LRA|armed_group|||
irgc|Islamic Revolutionary Guard Corps|IRGC|agency||1979|Revolutionary Guards;Iran's Revolutionary Guards;Islamic Revolutionary Guards Corps;Revolutionary Guard Corps;Sepah
quds-force|Quds Force||agency|||IRGC Quds Force;IRGC-QF
ltte|Liberation Tigers of Tamil Eelam|LTTE|armed_group||1976|Tamil Tigers;Tamil Tiger;Liberation Tigers
eta|ETA (separatist group)|ETA|armed_group||1959|Euskadi Ta Askatasuna
milf|Moro Islamic Liberation Front|MILF|armed_group||1977|
mnlf|Moro National Liberation Front|MNLF|armed_group||1972|
abu-sayyaf|Abu Sayyaf||armed_group||1991|Abu Sayyaf Group
jemaah-islamiyah|Jemaah Islamiyah||armed_group||1993|
islamic-courts-union|Islamic Courts Union||armed_group|||Union of Islamic Courts;Islamic Courts;Islamic Courts' Union;Council of Islamic Courts;United Islamic Courts
justice-and-equality-movement|Justice and Equality Movement||armed_group|||
sudan-liberation-movement|Sudan Liberation Movement/Army|SLM|armed_group|||Sudan Liberation Movement;Sudan Liberation Army;SLA;SLM/A;Sudanese Liberation Movement;Sudanese Liberation Army
janjaweed|Janjaweed||armed_group|||Janjawid
national-forces-of-liberation|National Forces of Liberation|FNL|armed_group|||Palipehutu-FNL;Palipehutu
forces-nouvelles|Forces Nouvelles de Côte d'Ivoire||armed_group|||Forces Nouvelles;New Forces of the Ivory Coast
mend|Movement for the Emancipation of the Niger Delta|MEND|armed_group|||
ulfa|United Liberation Front of Asom|ULFA|armed_group||1979|United Liberation Front of Assam
simi|Students Islamic Movement of India|SIMI|armed_group||1977|
al-qaeda-in-iraq|al-Qaeda in Iraq|AQI|armed_group||2004|al Qaeda in Iraq;al-Qaida in Iraq;al Qaida in Iraq
mahdi-army|Mahdi Army||armed_group||2003|Mehdi Army;Jaish al-Mahdi
hezb-e-islami-gulbuddin|Hezb-e-Islami Gulbuddin||armed_group|||Hezb-e-Islami;Hizb-i-Islami
mek|People's Mojahedin Organization of Iran|MEK|armed_group||1965|MeK;MKO;PMOI;People's Mujahedin of Iran;Mujahedin-e-Khalq;Mojahedin-e-Khalq;Mujahedin-e Khalq;Mojahedin-e Khalq
pflp|Popular Front for the Liberation of Palestine|PFLP|armed_group||1967|
popular-resistance-committees|Popular Resistance Committees||armed_group||2000|
al-aqsa-martyrs-brigades|Al-Aqsa Martyrs' Brigades||armed_group||2000|al-Aqsa Martyrs Brigades;al-Aqsa Martyrs' Brigade;al-Aqsa Martyrs Brigade
provisional-ira|Provisional Irish Republican Army|IRA|armed_group||1969|Irish Republican Army;Provisional IRA
real-ira|Real Irish Republican Army||armed_group||1997|Real IRA;RIRA
continuity-ira|Continuity Irish Republican Army||armed_group||1986|Continuity IRA;CIRA
uvf|Ulster Volunteer Force|UVF|armed_group||1966|
uda|Ulster Defence Association|UDA|armed_group||1971|Ulster Defense Association
# --- Palestinian political bodies ---------------------------------------
fatah|Fatah||political_party||1959|Fateh
plo|Palestine Liberation Organization|PLO|coalition||1964|Palestine Liberation Organisation
palestinian-authority|Palestinian Authority||agency||1994|Palestinian National Authority;PNA
# --- parties and movements in conflicts and peace processes -------------
sinn-fein|Sinn Féin||political_party||1905|
republican-sinn-fein|Republican Sinn Féin||political_party||1986|
dup|Democratic Unionist Party|DUP|political_party||1971|
uup|Ulster Unionist Party|UUP|political_party||1905|
sdlp|Social Democratic and Labour Party|SDLP|political_party||1970|
batasuna|Batasuna||political_party||2001|
movement-for-democratic-change|Movement for Democratic Change|MDC|political_party||1999|
zanu-pf|ZANU–PF||political_party||1987|ZANU-PF;Zanu-PF;Zimbabwe African National Union – Patriotic Front;Zimbabwe African National Union-Patriotic Front
splm|Sudan People's Liberation Movement|SPLM|political_party||1983|Sudan People's Liberation Movement/Army;SPLM/A
orange-democratic-movement|Orange Democratic Movement||political_party|||
peoples-alliance-for-democracy|People's Alliance for Democracy|PAD|political_party|||
movement-for-the-liberation-of-the-congo|Movement for the Liberation of the Congo||political_party||1998|Movement for the Liberation of Congo
muslim-brotherhood|Muslim Brotherhood||political_party||1928|
islamic-supreme-council-of-iraq|Islamic Supreme Council of Iraq||political_party||1982|Supreme Islamic Iraqi Council;Supreme Council for the Islamic Revolution in Iraq;SCIRI;ISCI
iraqi-islamic-party|Iraqi Islamic Party||political_party||1960|
kuomintang|Kuomintang|KMT|political_party|||
chinese-communist-party|Chinese Communist Party||political_party||1921|Communist Party of China
"""

# Aliases deliberately NOT emitted, with reasons (documented in README).
ORG_ALIAS_BLOCKLIST = {
    "IS": "Islamic State; collides with the English verb",
    "the alliance": "too generic",
    "Brussels": "city metonym; too ambiguous for an org alias",
    "General Assembly": "every organisation has one",
    "Security Council": "also national security councils",
    "Amnesty": "common English word (amnesty laws)",
    "Commonwealth": "also Australia/Massachusetts/Puerto Rico/etc.",
    "EC": "two letters; Electoral Commission, European Community",
    "EP": "two letters; also 'extended play'",
    "PA": "two letters; Pennsylvania, Press Association",
    "National Liberation Army": "several groups",
    "Coalition": "too generic",
    "EEU": "ambiguous",
    "Ramstein": "air base",
}

# Membership rows: org_id | iso3 list (space separated) | since | until | source
MEMBERS = """
nato|BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA|1949-08-24||curated
nato|GRC TUR|1952-02-18||curated
nato|DEU|1955-05-06||curated
nato|ESP|1982-05-30||curated
nato|CZE HUN POL|1999-03-12||curated
nato|BGR EST LVA LTU ROU SVK SVN|2004-03-29||curated
nato|ALB HRV|2009-04-01||curated
nato|MNE|2017-06-05||curated
nato|MKD|2020-03-27||curated
nato|FIN|2023-04-04||curated
nato|SWE|2024-03-07||curated
european-union|BEL FRA DEU ITA LUX NLD|1958-01-01||curated
european-union|DNK IRL|1973-01-01||curated
european-union|GBR|1973-01-01|2020-01-31|curated
european-union|GRC|1981-01-01||curated
european-union|ESP PRT|1986-01-01||curated
european-union|AUT FIN SWE|1995-01-01||curated
european-union|CYP CZE EST HUN LVA LTU MLT POL SVK SVN|2004-05-01||curated
european-union|BGR ROU|2007-01-01||curated
european-union|HRV|2013-07-01||curated
g7|USA GBR FRA DEU ITA JPN|1975||curated
g7|CAN|1976||curated
g8|USA GBR FRA DEU ITA JPN CAN|1997|2014|curated
g8|RUS|1997|2014|curated
g20|ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA|1999||curated
brics|BRA RUS IND CHN|2009||curated
brics|ZAF|2010-12-24||curated
brics|EGY ETH IRN ARE|2024-01-01||curated
brics|IDN|2025-01-06||curated
asean|IDN MYS PHL SGP THA|1967-08-08||curated
asean|BRN|1984-01-07||curated
asean|VNM|1995-07-28||curated
asean|LAO MMR|1997-07-23||curated
asean|KHM|1999-04-30||curated
asean|TLS|2025-10-26||curated
african-union|DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SDN TZA TGO TUN UGA ZMB ZWE ESH|2002-07-09||curated
african-union|SSD|2011-07-28||curated
african-union|MAR|2017-01-30||curated
gcc|SAU KWT ARE QAT BHR OMN|1981-05-25||curated
quad|USA JPN IND AUS|2007||curated
aukus|AUS GBR USA|2021-09-15||curated
five-eyes|USA GBR|1946||curated
five-eyes|CAN|1948||curated
five-eyes|AUS NZL|1956||curated
opec|IRN IRQ KWT SAU VEN|1960-09-14||curated
opec|QAT|1961|2019-01-01|curated
opec|LBY|1962||curated
opec|IDN|1962|2009|curated
opec|IDN|2016-01-01|2016-11-30|curated
opec|ARE|1967||curated
opec|DZA|1969||curated
opec|NGA|1971||curated
opec|ECU|1973|1992|curated
opec|ECU|2007|2020-01-01|curated
opec|GAB|1975|1995|curated
opec|GAB|2016-07-01||curated
opec|AGO|2007-01-01|2024-01-01|curated
opec|GNQ|2017-05-25||curated
opec|COG|2018-06-22||curated
sco|CHN RUS KAZ KGZ TJK UZB|2001-06-15||curated
sco|IND PAK|2017-06-09||curated
sco|IRN|2023-07-04||curated
sco|BLR|2024-07-04||curated
csto|RUS BLR ARM KAZ KGZ TJK|2002-10-07||curated
coalition-of-the-willing|GBR FRA DEU ITA ESP POL NLD BEL DNK SWE FIN NOR EST LVA LTU CZE ROU PRT IRL ISL LUX HRV CAN AUS NZL JPN TUR UKR|2025||curated-best-effort
nafta|USA CAN MEX|1994-01-01||curated
andean-community|BOL COL ECU PER|1969-05-26||curated
andean-community|CHL|1969-05-26|1976|curated
"""

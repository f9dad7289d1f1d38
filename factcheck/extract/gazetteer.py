"""Word lists for telling what a capitalised name names: a person, an organisation, a place
or a work.

General lists (common given names, countries, US states, large cities, well-known
organisations, the words organisations and places end with), written once as prose so that
a reviewer can read them; nothing here is taken from a fixture article.
"""

from __future__ import annotations

from factcheck.extract.lexicon import words

GIVEN_NAMES = words(
    """
    aaron abdul abigail adam adrian dean ahmed aisha alan albert alex alexander alexandra alice
    alicia alison amanda amber amy ana andrea andrew andy angela angelina ann anna anne
    anthony antonio arjun arthur ashley barack barbara ben benjamin bernie beth betty bill
    bob bonnie brad brandon brenda brian bruce bryan carl carla carlos carmen carol caroline
    catherine charles charlie chen cheryl chris christina christine christopher claire
    claudia colin craig cynthia dan daniel danielle dario dave david deborah debra denise
    dennis diana diane donald donna doris dorothy douglas dylan ed edward elena eli elijah
    elizabeth ellen elon emily emma eric erin ethan eva evelyn fatima frances francesca
    francis frank gabriel gary george gloria grace greg gregory hannah harold harry heather
    helen henry hillary howard ian isaac isabel jack jacob jake james jamie jane janet jason
    javier jay jean jeff jeffrey jennifer jenny jeremy jerome jesse jessica jim jimmy joan
    joe joel john jonathan jordan jorge jose joseph joshua joyce juan judith judy julia
    julian julie justin karen kate katherine kathleen kathryn kathy keith kelly kenneth
    kevin kim kimberly kyle larry laura lauren lawrence lee leo leon leslie liam lily linda
    lisa lori louis louise lucas lucy luis luke lynn marco margaret maria marie marilyn mark
    martha martin mary matt matthew maya megan melissa michael michelle miguel mike mohammed
    muhammad nancy naomi natalie nathan neil nicholas nick nicole noah nora olivia oscar
    pamela patricia patrick paul paula peter philip priya rachel rafael rahul ralph randy
    raymond rebecca richard rick rita rob robert roger ron ronald rose ruth ryan sally sam
    samantha samuel sandra sara sarah satya scott sean sergey sharon shirley simon sophia
    sophie stephanie stephen steve steven sundar susan tanya teresa terry theresa thomas
    tim timothy tina todd tom tony tyler valerie vanessa victor victoria vincent virginia
    walter wayne wei william xi yuki zach zachary
    abebe ade adaeze agnieszka aiko akira alejandro aleksandr alessandro ali amara amina
    anders andreas anika anton astrid bjorn björn camila carmen chidi chloe chiara cristina
    dana darius dmitri elif emeka emil enrique erik esther fatuma felipe fernando fidji
    francesco freya gustavo hamid hans hassan hiroshi ibrahim ifeoma ines ingrid irina
    isabella ivan jana jens jess joao joão jonas jorge julio jurgen jürgen kai karim
    katarzyna kenji klaus kofi lars leila lena lina lorenzo lucia magnus malik marcus
    mariana marta mateo matteo mehmet mei mohamed nadia nikolai nils noor nora oksana
    olga omar pablo pedro pierre piotr rosa sakura salma santiago sebastian sergio shreya
    sipho sofia stefan sven tariq thibault tomás tomas ulrich valentina wanjiru yasmin
    yusuf zainab zoe
    agatha ailsa alastair alistair aled angharad angus annika arne asbjørn barnaby beatrice
    bethan birgit bryn callum carys catriona cecily ciara ciaran clive clodagh conor cormac
    crispin cyril dafydd declan derek dervla donal duncan edmund eilidh einar eirik eleri
    emyr eoin euan ewan felix fergus ffion finn fionn fraser geoffrey gethin giles gordon
    graham gráinne gudrun gunnar gwen gwendolen halvard hamish harriet hedda henrik huw
    iain imogen ingvild iwan jasper kari kirsty knut leif liv lowri malcolm mared marit
    mette mhairi morag nia niamh nigel oisin olaf olav orla owain padraig penelope piers
    quentin ragnhild rhian rhona rhys rosalind rupert seamus shona sian signe sigrid sindre
    siobhan sinead solveig stuart tobias torbjørn tove trevor tristan
    """
)


def _names(text: str) -> frozenset[str]:
    """A list of names written as comma-separated prose (names hold spaces)."""
    return frozenset(name.strip() for name in text.split(","))


PLACES = _names(
    """
    Afghanistan, Africa, Alabama, Alaska, Albania, Algeria, America, Amsterdam, Angola,
    Antarctica, Argentina, Arizona, Arkansas, Armenia, Asia, Athens, Atlanta, Austin,
    Australia, Austria, Baghdad, Bangkok, Bangladesh, Barcelona, Beijing, Beirut, Belarus,
    Belgium, Berlin, Bolivia, Boston, Brazil, Brooklyn, Brussels, Budapest, Buenos Aires,
    Bulgaria, Cairo, California, Cambodia, Cameroon, Canada, Cape Town, Chicago, Chile,
    China, Colombia, Colorado, Connecticut, Copenhagen, Croatia, Cuba, Cyprus, Dallas,
    Delaware, Delhi, Denmark, Denver, Detroit, Dubai, Dublin, Ecuador, Edinburgh, Egypt,
    England, Estonia, Ethiopia, Europe, Finland, Florida, France, Frankfurt, Gaza, Geneva,
    Georgia, Germany, Ghana, Glasgow, Greece, Guatemala, Haiti, Hawaii, Helsinki, Hong Kong,
    Houston, Hungary, Iceland, Idaho, Illinois, India, Indiana, Indonesia, Iowa, Iran, Iraq,
    Ireland, Israel, Istanbul, Italy, Jakarta, Jamaica, Japan, Jerusalem, Jordan, Kansas,
    Kentucky, Kenya, Kyiv, Kiev, Korea, Kuwait, Lagos, Latvia, Lebanon, Libya, Lisbon,
    Lithuania, London, Los Angeles, Louisiana, Luxembourg, Madrid, Maine, Malaysia, Manchester,
    Manhattan, Maryland, Massachusetts, Melbourne, Mexico, Mexico City, Miami, Michigan, Milan,
    Minnesota, Mississippi, Missouri, Montana, Montreal, Morocco, Moscow, Mumbai, Munich,
    Myanmar, Nairobi, Nebraska, Nepal, Netherlands, Nevada, New Delhi, New Hampshire,
    New Jersey, New Mexico, New York, New York City, New Zealand, Nigeria, North Carolina,
    North Dakota, North Korea, Norway, Ohio, Oklahoma, Oregon, Oslo, Ottawa, Pakistan,
    Palestine, Panama, Paris, Pennsylvania, Peru, Philadelphia, Philippines, Phoenix, Poland,
    Portland, Portugal, Prague, Qatar, Rhode Island, Rio de Janeiro, Romania, Rome, Russia,
    Rwanda, San Diego, San Francisco, San Jose, Santiago, Saudi Arabia, Scotland, Seattle,
    Senegal, Seoul, Serbia, Shanghai, Singapore, Slovakia, Slovenia, Somalia, South Africa,
    South Carolina, South Dakota, South Korea, Spain, Sri Lanka, Stockholm, Sudan, Sweden,
    Switzerland, Sydney, Syria, Taipei, Taiwan, Tanzania, Tehran, Tel Aviv, Tennessee, Texas,
    Thailand, Tokyo, Toronto, Tunisia, Turkey, Uganda, Ukraine, United Kingdom,
    United States, Uruguay, Utah, Venezuela, Vermont, Vienna, Vietnam, Virginia, Wales,
    Warsaw, Washington, West Virginia, Wisconsin, Wyoming, Yemen, Zambia, Zimbabwe, Zurich,
    Silicon Valley, Middle East, Latin America, Scandinavia, Britain, Great Britain,
    U.S., U.K., US, UK, USA, UAE, Caribbean, Pacific, Atlantic, Mediterranean, Arctic,
    Crimea, Donbas, Kashmir, Tibet, Xinjiang, Quebec, Ontario, Bavaria, Catalonia,
    Oakland, Sacramento, Baltimore, Pittsburgh, Cleveland, Minneapolis, Nashville, Orlando,
    New Orleans, Las Vegas, Honolulu, Anchorage, Vancouver, Calgary, Lyon, Marseille,
    Hamburg, Naples, Venice, Florence, Osaka, Kyoto, Shenzhen, Hangzhou, Bangalore,
    Bengaluru, Hyderabad, Karachi, Lahore, Manila, Hanoi, Addis Ababa, Johannesburg,
    Kinshasa, Khartoum, Riyadh, Doha, Abu Dhabi, Ankara, Lima, Bogota, Caracas, Havana,
    Nova Scotia, British Columbia, Alberta, Manitoba, Saskatchewan, New Brunswick,
    Newfoundland, Queensland, Victoria, Tasmania, New South Wales, Northern Ireland,
    Puerto Rico, Guam, Sicily, Sardinia, Corsica, Andalusia, Flanders, Wallonia,
    Malta, Seychelles, Mauritius, Maldives, Czech Republic, Czechia, Moldova,
    Montenegro, Bosnia, Kosovo, North Macedonia, Azerbaijan, Kazakhstan, Uzbekistan,
    Kyrgyzstan, Tajikistan, Turkmenistan, Mongolia, Laos, Brunei, Timor-Leste, East Timor,
    Papua New Guinea, Fiji, Samoa, Tonga, Oman, Bahrain, Mali, Niger, Benin,
    Togo, Burkina Faso, Ivory Coast, Liberia, Sierra Leone, Guinea, Gambia, Mauritania,
    Namibia, Botswana, Mozambique, Madagascar, Malawi, Eritrea, Djibouti, South Sudan,
    Congo, Gabon, Honduras, Nicaragua, El Salvador, Costa Rica, Paraguay, Dominican Republic,
    Rotterdam, The Hague, Antwerp, Cologne, Stuttgart, Düsseldorf, Dresden, Leipzig, Seville,
    Valencia, Porto, Turin, Bologna, Gothenburg, Bergen, Riga, Vilnius, Tallinn, Kraków,
    Krakow, Gdańsk, Gdansk, Wrocław, Bratislava, Ljubljana, Zagreb, Belgrade,
    Bucharest, Chisinau, Minsk, Tbilisi, Yerevan, Baku, Almaty, Tashkent, Ulaanbaatar,
    Kabul, Islamabad, Dhaka, Kathmandu, Colombo, Yangon, Phnom Penh, Vientiane,
    Kuala Lumpur, Ho Chi Minh City, Busan, Incheon, Nagoya, Yokohama, Sapporo, Fukuoka,
    Guangzhou, Chengdu, Wuhan, Tianjin, Chongqing, Guangdong, Kolkata, Chennai, Pune,
    Ahmedabad, Accra, Abuja, Kano, Ibadan, Dakar, Kampala, Kigali, Dar es Salaam, Luanda,
    Harare, Lusaka, Maputo, Casablanca, Tunis, Algiers, Alexandria, Jeddah, Muscat,
    Amman, Damascus, Aleppo, Mosul, Basra, Haifa, Limassol, Nicosia, Valletta, Marrakesh,
    Montevideo, Quito, La Paz, Asunción, Brasília, São Paulo, Sao Paulo, Medellín, Monterrey,
    Guadalajara, Tijuana, Auckland, Wellington, Brisbane, Perth, Adelaide, Canberra,
    Salzburg, Innsbruck, Graz, Basel, Bern, Lausanne, Luxembourg City, Monaco, Bordeaux,
    Toulouse, Lille, Strasbourg, Nantes, Rennes, Marseilles, Regensburg,
    Nuremberg, Bonn, Hanover, Bremen, Aarhus, Malmö, Uppsala, Tampere, Trondheim, Reykjavik
    """
)

# Names that end with one of these words are places ("Orange County", "Hudson River").
PLACE_ENDINGS = words(
    """
    County City Province State Region River Valley Island Islands Mountains Mountain
    Street Avenue Road Boulevard Square Bay Lake Beach Heights Township Peninsula Coast
    Sea Ocean Desert Canyon Harbor Harbour Village Borough Parish Park Mall Station Airport
    Stadium Arena Bridge Tower Plaza Port Falls Springs Hills Forest Glacier Glaciers Strait
    Gulf Cape Reef Volcano Plateau Basin Delta Lagoon Fjord Pass Archipelago Palace Canal
    Manor Abbey Cathedral Gardens Quay Wharf Pier Crescent Terrace Hall Shelf Firth Estuary
    Cove Creek Highlands Lowlands Plains Wetlands Dunes Gorge
    Highway Motorway Freeway Expressway Drive
    """
)

ORGANISATIONS = words(
    """
    Google Alphabet Microsoft Apple Amazon Meta Facebook Anthropic OpenAI Nvidia Intel AMD
    IBM Oracle Samsung Sony Tesla Netflix Uber Airbnb Twitter Reuters Bloomberg Pfizer
    Moderna Boeing Airbus Walmart Disney Toyota Volkswagen Siemens Shell BP Exxon
    ExxonMobil Chevron Goldman JPMorgan Citigroup Visa Mastercard Salesforce Adobe Spotify
    Huawei Alibaba Tencent Baidu ByteDance Xiaomi NASA FBI CIA NATO UN UNESCO UNICEF WHO
    IMF OPEC Interpol Europol Pentagon Kremlin Congress Senate Parliament Bundestag
    Harvard Stanford MIT Oxford Cambridge Yale Princeton Berkeley Greenpeace Amnesty
    AP AFP BBC CNN NPR NBC CBS ABC Fox DeepMind Mistral Cohere Hugging Face xAI
    EU E.U. ASEAN OECD WTO UNHCR WFP ICC ICJ IAEA UEFA FIFA Eurostat PwC Deloitte KPMG
    EY Lazard Nomura Barclays HSBC UBS
    """
)

# Names that end with one of these words are organisations ("Acme Corp", "City Council").
ORGANISATION_ENDINGS = words(
    """
    Inc Inc. Corp Corp. Corporation Company Co Co. Ltd Ltd. LLC PLC plc Group Holdings
    Journal Times Post News Press Herald Tribune Gazette Chronicle Agency University College
    Institute School Academy Bank Fund Foundation Trust Project Association Council
    Committee Department Ministry Office Party Court Senate Congress Parliament Assembly
    Administration Commission Authority Board Bureau Service Services Network Studios Labs
    Laboratories Lab Capital Partners Ventures Hospital Clinic Center Centre Union League
    Federation Society Club Church Museum Library Police Army Navy Airlines Airways Motors
    Energy Systems Technologies Technology Pharmaceuticals Therapeutics Industries
    Enterprises Organization Organisation Coalition Alliance Institution Commission
    Reserve Exchange Guard Force Forces Brigade Cabinet Government FC United Athletic
    Rovers Wanderers Semiconductor Semiconductors Electronics Pharma Biotech Airlines
    Logistics Media Software Robotics Insurance Bancorp Securities Petroleum Mining Steel
    Homes Properties Realty Builders Construction Developments Minerals Resources Metals
    Records Recordings Railway Railways Dynamics Aerospace Analytics Solutions Consulting
    Consultants Healthcare Automotive Biosciences Investments Brands Outfitters Networks Rail
    Express Mutual
    Management Athletics
    GmbH AG SA S.A. SE NV N.V. BV B.V. AB ASA Oy SpA S.p.A. Srl Pty KK Bhd Tbk
    Instruments Electric Shipping Chemicals Foods Brewing Telecom Communications
    Entertainment Theatre Theater Orchestra Ensemble Philharmonic Choir Ballet AI
    Management Athletics Associates Architects Arquitectos Architekten Abogados Asociados
    """
)

# Names that start with one of these words are organisations: clubs ("Borussia
# Dortmund", "Stade Rennais") and companies named by a legal form first.
ORGANISATION_STARTS = words(
    """
    Olympique Borussia Stade Sporting Dynamo Dinamo Atlético Atletico Racing Real Inter
    FC AC AS SC SV VfB VfL RB PSV Ajax Celtic Rangers
    Partido Alianza Frente Movimiento Banco Grupo Compañía Sociedad Universidad Fundación
    Asociación Partei Parti Unión
    """
)

# "University of Chicago", "Department of Justice": an organisation named by what it is.
ORGANISATION_HEADS = words(
    """
    University Department Ministry Bank Institute Office Board Bureau Council Court House
    Church Museum College School Academy Federation Society League Union Association
    Commission Committee Agency Center Centre Library Organization Organisation Order
    """
)

# Names that end with one of these words name a work: an event ("World Cup", "Web Summit")
# or a law or treaty ("Chips Act").
WORK_ENDINGS = words(
    """
    Cup Games Olympics Summit Conference Festival Championship Championships Awards Expo
    Open Bowl Marathon Tournament Forum Week Prize Grand Prix Series Act Treaty Accord
    Accords Agreement Protocol Convention Doctrine Plan Report Review Index Survey
    Award Medal Declaration Charter Compact Initiative Strategy Sessions Regulation
    Regulations Directive Bill Symphony Concerto Sonata Quartet Requiem Overture Oratorio
    """
)

# "East Linden", "North Shore": a name opened by a compass word is a place.
COMPASS = words("North South East West Northern Southern Eastern Western Upper Lower Central")

# Nouns that, just before a name, say it names a work: "the chatbot Claude", "the game Dota".
WORK_NOUNS = words(
    """
    app apps model models game games chatbot chatbots book books novel novels film films
    movie movies album albums song songs show shows series report reports program programs
    programme tool tools product products platform platforms browser software device
    devices phone phones assistant assistants agent agents drug drugs vaccine vaccines
    podcast podcasts documentary newsletter magazine operating system feature features
    journal journals trial trials satellite satellites single singles track tracks mission
    missions telescope telescopes
    service play opera painting sculpture musical bill law act treaty debut memoir
    collection exhibition index robot robots work works panel canvas portrait triptych
    """
)

# Honorifics before a name: left out of the person's name, and not a job title.
HONORIFICS = words("Mr Mr. Mrs Mrs. Ms Ms. Mx Mx. Dr Dr. Sir Dame Lord Lady Prof Prof.")

# Adjectives of nationality: capitalised, yet alone they name no one ("a German
# photographer", "the Austrian champions").
NATIONALITIES = words(
    """
    American British English Scottish Welsh Irish French German Austrian Swiss Italian
    Spanish Portuguese Dutch Belgian Danish Swedish Norwegian Finnish Icelandic Polish
    Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Serbian
    Croatian Chinese Japanese Korean Vietnamese Thai Indonesian Malaysian Filipino Indian
    Pakistani Bangladeshi Afghan Iranian Iraqi Syrian Lebanese Israeli Palestinian Saudi
    Egyptian Moroccan Algerian Tunisian Libyan Nigerian Ghanaian Kenyan Ethiopian Somali
    Sudanese Congolese Angolan Senegalese Ugandan Tanzanian Rwandan Zimbabwean Zambian
    Canadian Mexican Brazilian Argentine Argentinian Chilean Peruvian Colombian Venezuelan
    Cuban Australian European African Asian Latin Arab Western Eastern Nordic Baltic
    Scandinavian Catalan Basque Kurdish Yemeni Qatari Emirati Jordanian Cambodian Burmese
    Uruguayan Paraguayan Bolivian Ecuadorian Jamaican Ivorian Cameroonian Malian Estonian
    Latvian Lithuanian Slovenian Slovene Bosnian Albanian Macedonian Montenegrin Georgian
    Armenian Azerbaijani Kazakh Uzbek Mongolian Taiwanese Singaporean Nepali Nepalese
    Haitian Salvadoran Guatemalan Honduran Nicaraguan Panamanian Maltese Cypriot Luxembourgish
    Moldovan Belarusian Kosovan Tajik Kyrgyz Turkmen Laotian Omani Bahraini Kuwaiti Sri
    Roman Byzantine Celtic Saxon Anglo-Saxon Viking
    Flemish Walloon Frisian Bavarian Breton Cornish Corsican Sicilian Tuscan Andalusian
    Galician Sardinian Manx Quebecois Québécois Punjabi Bengali Tamil Gujarati
    """
)

# Kin just before a name say it is a person's: "his daughter Folake", "a son, Tunde".
KIN = words(
    """
    daughter daughters son sons wife husband mother father brother sister widow widower
    grandson granddaughter grandmother grandfather niece nephew cousin partner fiancé
    fiancée children grandchildren brothers sisters siblings parents
    """
)

# Roles a checker underlines beside the general ones in `lexicon.ROLE_WORDS` (which the
# speaker rules share): positions in sport, the arts and diplomacy, and two-word offices.
MORE_ROLES = words(
    """
    secretary-general director-general under-secretary midfielder defender striker
    goalkeeper winger playwright novelist poet composer conductor choreographer
    photographer curator critic provost chancellor rector registrar auditor envoy
    diplomat negotiator businessman businesswoman entrepreneur actor actress
    cellist pianist violinist violist guitarist writer essayist referee inspector constable
    umpire lecturer botanist detectorist coroner emperor empress translator archaeologist
    librarian surveyor painter sculptor illustrator printmaker
    surgeon paramedic pharmacist dentist psychologist psychiatrist therapist midwife
    teacher headteacher solicitor barrister magistrate accountant presenter commentator
    filmmaker screenwriter songwriter singer drummer bassist saxophonist dancer chef
    firefighter detective pitcher catcher shortstop outfielder infielder quarterback
    jockey cyclist sprinter activist campaigner auctioneer conservator archivist planner chair
    assistant candidate steeplechaser hurdler marathoner swimmer rower boxer cricketer
    footballer golfer elder knight substitute film-maker farmer schoolteacher co-ordinator
    coordinator
    """
)

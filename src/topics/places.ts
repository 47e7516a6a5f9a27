// The embedded gazetteer of places: countries with their other names and demonyms, regions,
// major cities and a few sky bodies. One line per place: `Name|alias…;demonym…`.

/** Sovereign states and a few much-named territories. */
export const COUNTRIES = `
Afghanistan;Afghan
Albania;Albanian
Algeria;Algerian
Andorra;Andorran
Angola;Angolan
Antigua and Barbuda;Antiguan
Argentina;Argentine|Argentinian
Armenia;Armenian
Australia;Australian
Austria;Austrian
Azerbaijan;Azerbaijani|Azeri
Bahamas|The Bahamas;Bahamian
Bahrain;Bahraini
Bangladesh;Bangladeshi
Barbados;Barbadian
Belarus;Belarusian
Belgium;Belgian
Belize;Belizean
Benin;Beninese
Bhutan;Bhutanese
Bolivia;Bolivian
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina;Bosnian
Botswana;Motswana
Brazil;Brazilian
Brunei;Bruneian
Bulgaria;Bulgarian
Burkina Faso;Burkinabe
Burundi;Burundian
Cambodia;Cambodian
Cameroon;Cameroonian
Canada;Canadian
Cape Verde|Cabo Verde;Cape Verdean
Central African Republic
Chad;Chadian
Chile;Chilean
China|PRC|People's Republic of China|Mainland China;Chinese
Colombia;Colombian
Comoros;Comorian
Republic of the Congo|Congo-Brazzaville
Costa Rica;Costa Rican
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast;Ivorian
Croatia;Croatian|Croat
Cuba;Cuban
Cyprus;Cypriot
Czech Republic|Czechia;Czech
Democratic Republic of the Congo|DRC|DR Congo|Democratic Republic of Congo|Congo|Congo-Kinshasa;Congolese
Denmark;Danish|Dane
Djibouti;Djiboutian
Dominica
Dominican Republic;Dominican
East Timor|Timor-Leste;Timorese|East Timorese
Ecuador;Ecuadorian|Ecuadorean
Egypt;Egyptian
El Salvador;Salvadoran|Salvadorean
Equatorial Guinea;Equatoguinean
Eritrea;Eritrean
Estonia;Estonian
Eswatini|Swaziland;Swazi
Ethiopia;Ethiopian
Fiji;Fijian
Finland;Finnish|Finn
France;French
Gabon;Gabonese
Gambia|The Gambia;Gambian
Georgia;Georgian
Germany;German
Ghana;Ghanaian
Greece;Greek
Grenada;Grenadian
Guatemala;Guatemalan
Guinea;Guinean
Guinea-Bissau
Guyana;Guyanese
Haiti;Haitian
Honduras;Honduran
Hungary;Hungarian
Iceland;Icelandic|Icelander
India;Indian
Indonesia;Indonesian
Iran|Islamic Republic of Iran;Iranian
Iraq;Iraqi
Ireland|Republic of Ireland;Irish
Israel;Israeli
Italy;Italian
Jamaica;Jamaican
Japan;Japanese
Jordan;Jordanian
Kazakhstan;Kazakh|Kazakhstani
Kenya;Kenyan
Kiribati
Kosovo;Kosovar|Kosovan
Kuwait;Kuwaiti
Kyrgyzstan;Kyrgyz
Laos;Laotian
Latvia;Latvian
Lebanon;Lebanese
Lesotho;Basotho
Liberia;Liberian
Libya;Libyan
Liechtenstein
Lithuania;Lithuanian
Luxembourg
Madagascar;Malagasy
Malawi;Malawian
Malaysia;Malaysian
Maldives;Maldivian
Mali;Malian
Malta;Maltese
Marshall Islands
Mauritania;Mauritanian
Mauritius;Mauritian
Mexico|México;Mexican
Micronesia;Micronesian
Moldova;Moldovan
Monaco;Monegasque
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco;Moroccan
Mozambique;Mozambican
Myanmar|Burma;Burmese
Namibia;Namibian
Nauru
Nepal;Nepali|Nepalese
Netherlands|The Netherlands|Holland;Dutch
New Zealand;New Zealander
Nicaragua;Nicaraguan
Niger;Nigerien
Nigeria;Nigerian
North Korea|DPRK|Democratic People's Republic of Korea;North Korean
North Macedonia|Macedonia;Macedonian
Norway;Norwegian
Oman;Omani
Pakistan;Pakistani
Palau
Palestine|Palestinian Territories|State of Palestine|Occupied Palestinian Territories;Palestinian
Panama;Panamanian
Papua New Guinea;Papua New Guinean
Paraguay;Paraguayan
Peru;Peruvian
Philippines|The Philippines;Filipino|Filipina|Philippine
Poland;Polish
Portugal;Portuguese
Qatar;Qatari
Romania;Romanian
Russia|Russian Federation;Russian
Rwanda;Rwandan
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa;Samoan
San Marino
São Tomé and Príncipe|Sao Tome and Principe
Saudi Arabia;Saudi
Senegal;Senegalese
Serbia;Serbian|Serb
Seychelles
Sierra Leone;Sierra Leonean
Singapore;Singaporean
Slovakia;Slovak|Slovakian
Slovenia;Slovenian|Slovene
Solomon Islands
Somalia;Somali
South Africa;South African
South Korea|Republic of Korea|ROK;South Korean
South Sudan;South Sudanese
Spain;Spanish|Spaniard
Sri Lanka;Sri Lankan
Sudan;Sudanese
Suriname;Surinamese
Sweden;Swedish|Swede
Switzerland;Swiss
Syria;Syrian
Taiwan;Taiwanese
Tajikistan;Tajik
Tanzania;Tanzanian
Thailand;Thai
Togo;Togolese
Tonga;Tongan
Trinidad and Tobago;Trinidadian
Tunisia;Tunisian
Turkey|Türkiye;Turkish|Turk
Turkmenistan;Turkmen
Tuvalu
Uganda;Ugandan
Ukraine;Ukrainian
United Arab Emirates|UAE|U.A.E.;Emirati
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton
United States|US|U.S.|USA|U.S.A.|United States of America|America;American
Uruguay;Uruguayan
Uzbekistan;Uzbek
Vanuatu
Vatican City|Vatican|Holy See
Venezuela;Venezuelan
Vietnam|Viet Nam;Vietnamese
Yemen;Yemeni
Zambia;Zambian
Zimbabwe;Zimbabwean
Soviet Union|USSR|U.S.S.R.;Soviet
Puerto Rico;Puerto Rican
Greenland;Greenlandic
Hong Kong
Macau|Macao
Western Sahara
French Guiana
French Polynesia
New Caledonia
Bermuda
Guam
Somaliland
`;

/** Continents, seas, sub-national regions and disputed territories. */
export const REGIONS = `
Africa;African
Asia;Asian
Europe;European
North America;North American
South America;South American
Latin America;Latin American
Central America;Central American
Middle East|Mideast;Middle Eastern
Oceania
Caribbean
Balkans
Scandinavia;Scandinavian
Sub-Saharan Africa
North Africa;North African
West Africa;West African
East Africa;East African
Southern Africa
Horn of Africa
Central Asia;Central Asian
South Asia;South Asian
Southeast Asia;Southeast Asian
East Asia;East Asian
Eastern Europe;Eastern European
Western Europe
Maghreb
Levant
Sahel
Sahara
Himalayas|Himalaya;Himalayan
Andes;Andean
Alps
Arctic
Antarctica|Antarctic
Siberia;Siberian
Pacific Ocean|Pacific
Atlantic Ocean|Atlantic
Indian Ocean
Mediterranean|Mediterranean Sea
Red Sea
Black Sea
Caspian Sea
Persian Gulf|Arabian Gulf
South China Sea
Gulf of Mexico
Tibet;Tibetan
Xinjiang
Kashmir;Kashmiri
Gaza|Gaza Strip
West Bank
Chechnya;Chechen
Crimea;Crimean
Kurdistan|Iraqi Kurdistan
Darfur
Abkhazia
South Ossetia
Transnistria
Scotland;Scottish|Scot
Wales;Welsh
England
Northern Ireland
Catalonia
Basque Country
Bavaria;Bavarian
Sicily;Sicilian
Sardinia
Corsica
Andalusia
Patagonia
Zanzibar
Punjab
Bengal
Sindh
Balochistan|Baluchistan
Tamil Nadu
Kerala
Gujarat
Uttar Pradesh
Maharashtra
Assam
Manipur
Mindanao
Java
Sumatra
Borneo
Bali
Aceh
Papua
Sinai
Galilee
Golan Heights
Kurdistan Region
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
Newfoundland
New South Wales
Queensland
Tasmania
Western Australia
South Australia
Alabama
Alaska;Alaskan
Arizona
Arkansas
California;Californian
Colorado
Connecticut
Delaware
Florida
Hawaii;Hawaiian
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York State
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas;Texan
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Cape Canaveral
Baikonur|Baikonur Cosmodrome
Kourou
Plesetsk
Tanegashima
Jiuquan
Sriharikota
Vandenberg Air Force Base
`;

/** Capitals and other much-reported cities (names that are also common words left out). */
export const CITIES = `
Kabul
Tirana
Algiers
Luanda
Buenos Aires
Yerevan
Canberra
Sydney
Melbourne
Brisbane
Perth
Vienna
Baku
Manama
Dhaka
Minsk
Brussels
La Paz
Santa Cruz
Sucre
Cochabamba
Sarajevo
Gaborone
Brasília|Brasilia
Rio de Janeiro|Rio
São Paulo|Sao Paulo
Sofia
Ouagadougou
Phnom Penh
Yaoundé|Yaounde
Douala
Ottawa
Toronto
Montreal
Vancouver
N'Djamena
Santiago
Beijing|Peking
Shanghai
Guangzhou
Shenzhen
Chongqing
Wuhan
Chengdu
Tianjin
Nanjing
Lhasa
Urumqi
Bogotá|Bogota
Medellín|Medellin
Kinshasa
Goma
Brazzaville
San José|San Jose
Abidjan
Zagreb
Havana
Nicosia
Prague
Copenhagen
Santo Domingo
Quito
Guayaquil
Cairo
Alexandria
San Salvador
Asmara
Tallinn
Addis Ababa
Helsinki
Paris
Marseille
Lyon
Toulouse
Strasbourg
Libreville
Banjul
Tbilisi
Berlin
Munich
Frankfurt
Hamburg
Cologne
Bonn
Accra
Athens
Guatemala City
Conakry
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik|Reykjavík
New Delhi|Delhi
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Hyderabad
Jakarta
Surabaya
Tehran
Isfahan
Mashhad
Tabriz
Shiraz
Qom
Baghdad
Basra
Mosul
Erbil
Fallujah
Dublin
Jerusalem
Tel Aviv
Haifa
Rome
Milan
Naples
Turin
Venice
Kingston
Tokyo
Osaka
Kyoto
Hiroshima
Fukushima
Amman
Astana
Almaty
Nairobi
Mombasa
Kisumu
Nakuru
Eldoret
Nyeri
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Monrovia
Tripoli
Benghazi
Misrata
Vilnius
Antananarivo
Lilongwe
Kuala Lumpur
Bamako
Timbuktu
Valletta
Nouakchott
Mexico City
Guadalajara
Monterrey
Tijuana
Chisinau
Ulaanbaatar|Ulan Bator
Podgorica
Rabat
Casablanca
Marrakesh|Marrakech
Maputo
Yangon|Rangoon
Naypyidaw
Mandalay
Windhoek
Kathmandu
Amsterdam
Rotterdam
The Hague
Wellington
Auckland
Christchurch
Managua
Niamey
Abuja
Lagos
Kano
Pyongyang
Skopje
Oslo
Muscat
Islamabad
Karachi
Lahore
Peshawar
Quetta
Ramallah
Panama City
Port Moresby
Asunción|Asuncion
Lima
Manila
Warsaw
Kraków|Krakow
Lisbon
Porto
Doha
Bucharest
Moscow
Saint Petersburg|St. Petersburg
Novosibirsk
Vladivostok
Kigali
Riyadh
Jeddah
Mecca
Medina
Dakar
Belgrade
Freetown
Bratislava
Ljubljana
Mogadishu
Pretoria
Johannesburg
Cape Town
Durban
Seoul
Busan
Juba
Madrid
Barcelona
Seville
Valencia
Colombo
Khartoum
Paramaribo
Stockholm
Geneva
Zurich
Bern
Damascus
Aleppo
Homs
Hama
Daraa
Taipei
Dushanbe
Dar es Salaam
Dodoma
Bangkok
Lomé|Lome
Port of Spain
Tunis
Ankara
Istanbul
Izmir
Ashgabat
Kampala
Kyiv|Kiev
Kharkiv|Kharkov
Odessa|Odesa
Donetsk
Dubai
Abu Dhabi
London
Manchester
Birmingham
Liverpool
Glasgow
Edinburgh
Belfast
Cardiff
Oxford
Cambridge
Washington|Washington D.C.
New York|New York City|NYC
Los Angeles
Chicago
Houston
San Francisco
Boston
Philadelphia
Seattle
Miami
Atlanta
Dallas
Denver
Detroit
Pasadena
Huntsville
Orlando
New Orleans
Las Vegas
San Diego
San Antonio
Baltimore
Pittsburgh
Minneapolis
St. Louis|Saint Louis
Portland
Sacramento
Salt Lake City
Honolulu
Anchorage
Tucson
Albuquerque
Cincinnati
San Juan
El Alto
Puebla
Oaxaca
Chiapas
Veracruz
Barquisimeto
Valparaíso|Valparaiso
Córdoba|Cordoba
Rosario
Montería|Monteria
Cali
Cartagena
Arequipa
Cusco|Cuzco
Recife
Salvador
Belo Horizonte
Porto Alegre
Curitiba
Manaus
Fortaleza
Montevideo
Tashkent
Samarkand
Caracas
Maracaibo
Hanoi
Ho Chi Minh City|Saigon
Sanaa|Sana'a
Aden
Taiz
Lusaka
Harare
Bulawayo
Sidi Bouzid
Gaza City
Hebron
Nablus
Bethlehem
Dhahran
Karbala
Najaf
Kandahar
Herat
Mazar-i-Sharif
Chittagong
`;

/** Planets and moons: a space story's places. Earth and the Sun are left out as too general. */
export const SKY = `
Mercury
Venus
Moon
Mars;Martian
Jupiter;Jovian
Saturn
Uranus
Neptune
Pluto
Ceres
Vesta
Titan
Europa
Enceladus
Ganymede
Callisto
Phobos
Deimos
Charon
Triton
Io
`;

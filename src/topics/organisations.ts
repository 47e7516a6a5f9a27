// The embedded list of organisations that news names without an "Agency" or "Inc" to mark them,
// or by more than one name. One line each: `Name|alias…`; the first name is the topic's name.

export const ORGANISATIONS = `
NASA|National Aeronautics and Space Administration
European Space Agency|ESA
JAXA|Japan Aerospace Exploration Agency
Roscosmos|Russian Federal Space Agency|Russian Space Agency|Federal Space Agency
ISRO|Indian Space Research Organisation|Indian Space Research Organization
China National Space Administration|CNSA
Canadian Space Agency
Jet Propulsion Laboratory|JPL
NOAA|National Oceanic and Atmospheric Administration
United States Geological Survey|USGS|U.S. Geological Survey|US Geological Survey
Federal Aviation Administration|FAA
National Science Foundation|NSF
Massachusetts Institute of Technology|MIT
California Institute of Technology|Caltech
Space Telescope Science Institute
SpaceX|Space Exploration Technologies
Boeing
Airbus
Lockheed Martin
Northrop Grumman
Orbital Sciences|Orbital Sciences Corporation
Arianespace
United Launch Alliance|ULA
Virgin Galactic
Blue Origin
General Motors
News Corp|News Corp.|News Corporation
Google
Facebook
Twitter
YouTube
Microsoft
Apple
Wikipedia
Sina Weibo|Weibo
Oxfam
LiveJournal
VKontakte
Instagram
Flickr
Skype
Yahoo
Amazon.com
Wikimedia Foundation
Reuters
Associated Press|AP
Agence France-Presse|AFP
BBC|British Broadcasting Corporation
CNN
Al Jazeera|Al-Jazeera|Aljazeera
Xinhua|Xinhua News Agency
IRNA|Islamic Republic News Agency
Fars News Agency|Fars
TASS|ITAR-TASS
RIA Novosti
The New York Times|New York Times
The Washington Post|Washington Post
The Guardian
United Nations|UN|U.N.
UN Security Council|United Nations Security Council|Security Council
European Union|EU|E.U.
European Commission
European Parliament
NATO|North Atlantic Treaty Organization
World Health Organization|WHO
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
UNESCO
UNICEF
UNHCR
UNDP
OPEC
ASEAN|Association of Southeast Asian Nations
African Union
Arab League
Organization of American States|OAS
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
Red Cross|International Red Cross|International Committee of the Red Cross|ICRC
Amnesty International|Amnesty
Human Rights Watch|HRW
Reporters Without Borders|RSF|Reporters Sans Frontières
Committee to Protect Journalists|CPJ
Greenpeace
Médecins Sans Frontières|MSF|Doctors Without Borders
Hamas
Hezbollah|Hizbollah|Hizballah
Taliban
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida
Muslim Brotherhood
Islamic State|ISIS|ISIL
Boko Haram
al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab
FARC
FIFA
International Olympic Committee|IOC
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA|National Security Agency
Pentagon
White House
Kremlin
`;

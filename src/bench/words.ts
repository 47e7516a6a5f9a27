// Word lists and sentence templates for the synthetic benchmark archive.
// Slots in templates: {P} person, {Prole} person with their job ("Ana Silva, the chair of the X Board"),
// {L}/{L2} place, {O}/{O2} organisation (with "the"), {Oh} organisation (bare, for headlines),
// {N}/{N2} topic noun, {verb}/{verbs}/{verbed}, {adj}, {num}, {pct}, {money}, {small}, {weekday},
// {month}, {year}, {pastYear}.

export const firstNames = [
  'Amara', 'Lucas', 'Ingrid', 'Tomasz', 'Priya', 'Mateo', 'Sofia', 'Kwame', 'Hannah', 'Daniel',
  'Yuki', 'Olga', 'Samuel', 'Fatima', 'Liam', 'Chiara', 'Rafael', 'Aisha', 'Jonas', 'Elena',
  'Marcus', 'Nadia', 'Oscar', 'Leila', 'Henrik', 'Grace', 'Tariq', 'Camille', 'Pedro', 'Mei',
  'Viktor', 'Zoë', 'Andrés', 'Freya', 'Ibrahim', 'Clara', 'Dmitri', 'Ruth', 'Kenji', 'Beatriz',
  'Patrick', 'Ngozi', 'Anders', 'Lucía', 'Omar', 'Helena', 'Stefan', 'Imani', 'Felix', 'Marta',
  'Arjun', 'Eva', 'Gabriel', 'Sana', 'Tobias', 'Julia', 'Emeka', 'Nora', 'Karim', 'Alice',
  'Mikael', 'Rosa', 'Hugo', 'Ayesha', 'Pavel', 'Lina', 'Jamal', 'Astrid', 'Diego', 'Yasmin',
  'Connor', 'Mirela', 'Thabo', 'Ines', 'Bruno', 'Sakura', 'Ali', 'Greta', 'Nikolai', 'Esther',
];

export const lastNames = [
  'Okafor', 'Lindqvist', 'Moreau', 'Kowalski', 'Sharma', 'García', 'Rossi', 'Mensah', 'Becker', 'Cohen',
  'Tanaka', 'Ivanova', 'Adeyemi', 'Haddad', "O'Brien", 'Bianchi', 'Silva', 'Bello', 'Nilsson', 'Petrova',
  'Walsh', 'Rahman', 'Jensen', 'Farah', 'Larsen', 'Mwangi', 'Aziz', 'Dubois', 'Costa', 'Chen',
  'Novak', 'Fischer', 'Ortega', 'Halvorsen', 'Yilmaz', 'Schneider', 'Volkov', 'Abrams', 'Sato', 'Pereira',
  'Murphy', 'Eze', 'Berg', 'Fernández', 'Mansour', 'Andersson', 'Weber', 'Otieno', 'Keller', 'Nowak',
  'Patel', 'Horvat', 'Santos', 'Qureshi', 'Hoffmann', 'Kovač', 'Nwosu', 'Holm', 'Khalil', 'Martin',
  'Virtanen', 'Romero', 'Lefebvre', 'Khan', 'Popescu', 'Dahl', 'Osei', 'Edvardsen', 'Navarro', 'Kim',
  'Doyle', 'Marić', 'Ndlovu', 'Lopes', 'Ferrari', 'Watanabe', 'Hassan', 'Brandt', 'Sokolov', 'Levi',
  'Castillo', 'Achebe', 'Laine', 'Moretti', 'Salazar', 'Nakamura', 'Okonkwo', 'Strand', 'Varga', 'Reyes',
  'Lund', 'Gallagher', 'Ferreira', 'Kaur', 'Amato', 'Bergström', 'Diallo',
];

export const places = [
  'Lisbon', 'Nairobi', 'Gothenburg', 'Kraków', 'Pune', 'Valencia', 'Turin', 'Accra', 'Hamburg', 'Haifa',
  'Osaka', 'Kazan', 'Ibadan', 'Beirut', 'Cork', 'Bologna', 'Porto Alegre', 'Kano', 'Malmö', 'Plovdiv',
  'Galway', 'Chittagong', 'Aarhus', 'Mombasa', 'Bergen', 'Kisumu', 'Tangier', 'Lyon', 'Coimbra', 'Chengdu',
  'Brno', 'Leipzig', 'Cusco', 'Tromsø', 'Izmir', 'Stuttgart', 'Novosibirsk', 'Halifax', 'Sapporo', 'Recife',
  'Limerick', 'Enugu', 'Uppsala', 'Seville', 'Alexandria', 'Tampere', 'Graz', 'Kumasi', 'Dresden', 'Gdańsk',
  'Ahmedabad', 'Split', 'Salvador', 'Lahore', 'Bremen', 'Zagreb', 'Durban', 'Trondheim', 'Casablanca', 'Marseille',
  'Oulu', 'Granada', 'Nantes', 'Karachi', 'Cluj-Napoca', 'Odense', 'Lagos', 'Curitiba', 'Naples', 'Busan',
  'Haarlem', 'Dundee', 'Kigali', 'Antwerp', 'Bilbao', 'Wrocław', 'Stavanger', 'Fez', 'Bordeaux', 'Kochi',
  'Ghent', 'Cardiff', 'Arusha', 'Linz', 'Nagoya', 'Hobart', 'Tbilisi', 'Salzburg', 'Zaragoza', 'Riga',
  'Vilnius', 'Tallinn', 'Dakar', 'Quito', 'Medellín', 'Rosario', 'Montevideo', 'Aberdeen', 'Rotterdam', 'Basel',
  'Lausanne', 'Innsbruck', 'Ljubljana', 'Sarajevo', 'Skopje', 'Thessaloniki', 'Patras', 'Catania', 'Palermo', 'Genoa',
  'Verona', 'Toulouse', 'Lille', 'Rennes', 'Malaga', 'Vigo', 'Braga', 'Faro', 'Funchal', 'Reykjavik',
  'Akureyri', 'Tórshavn', 'Visby', 'Lund', 'Kiel', 'Rostock', 'Szczecin', 'Poznań', 'Olomouc', 'Košice',
  'Debrecen', 'Timișoara', 'Varna', 'Burgas', 'Constanța', 'Odesa', 'Batumi', 'Yerevan', 'Baku', 'Almaty',
  'Tashkent', 'Kandy', 'Mysore', 'Jaipur', 'Da Nang', 'Cebu', 'Penang', 'Surabaya', 'Darwin', 'Dunedin',
];

export const orgPrefixes = [
  'National', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Federal', 'Regional',
  'Coastal', 'United', 'Metropolitan', 'Independent', 'Royal', 'Provincial', 'Municipal',
];

export const orgKinds = [
  'Rail Authority', "Farmers' Union", 'Health Service', 'Water Board', 'Audit Office',
  "Teachers' Association", 'Energy Agency', 'Housing Trust', 'Ports Authority', 'Transport Commission',
  'Medical Association', 'Statistics Office', 'Environment Agency', 'Chamber of Commerce', 'Bar Association',
  'Election Commission', 'Broadcasting Council', 'Police Federation', 'Science Foundation', 'Arts Council',
];

export const agencies = [
  'Harbour Press', 'Meridian Pictures', 'Northlight Photo', 'Civic Wire', 'Lantern Images', 'Atlas Agency',
  'Quayside Media', 'Beacon Photo Service', 'Compass News', 'Fieldwork Pictures', 'Tidewater Press', 'Kestrel Images',
];

export const nouns = [
  'rail line', 'budget', 'housing plan', 'water supply', 'bridge repair programme', 'school funding formula',
  'hospital expansion', 'tram network', 'harbour redevelopment', 'tax reform', 'pension scheme',
  'flood defence scheme', 'bus network', 'library service', 'wind farm', 'recycling programme',
  'minimum wage', 'police budget', 'airport expansion', 'ring road', 'vaccination campaign', 'fishing quota',
  'port upgrade', 'park renovation', 'rent control law', 'broadband rollout', 'energy subsidy',
  'heritage site', 'youth centre', 'museum extension', 'ferry service', 'water treatment plant',
  'cycle lane network', 'stadium project', 'teacher contract', 'childcare scheme', 'tourism levy',
  'parking policy', 'market hall', 'sewer upgrade', 'night train', 'solar programme', 'coastal path',
  'emergency ward', 'university merger', 'farm subsidy', 'land registry', 'census', 'voting system',
  'court reform', 'prison review', 'social housing project', 'district heating plan', 'metro extension',
];

/** Verbs as `base:past`; the third person is derived. */
export const verbs = [
  'approve:approved', 'reject:rejected', 'delay:delayed', 'expand:expanded', 'review:reviewed', 'cut:cut',
  'fund:funded', 'block:blocked', 'back:backed', 'propose:proposed', 'announce:announced', 'suspend:suspended',
  'unveil:unveiled', 'defend:defended', 'criticise:criticised', 'investigate:investigated', 'launch:launched',
  'extend:extended', 'close:closed', 'reopen:reopened', 'challenge:challenged', 'endorse:endorsed',
  'postpone:postponed', 'restore:restored', 'scrap:scrapped', 'revise:revised', 'reconsider:reconsidered',
  'overhaul:overhauled', 'finance:financed', 'simplify:simplified',
];

export const adjectives = [
  'ambitious', 'controversial', 'modest', 'costly', 'overdue', 'sweeping', 'limited', 'long-delayed',
  'popular', 'divisive', 'pragmatic', 'bold', 'cautious', 'unexpected', 'significant', 'temporary',
];

export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
export const smallNumbers = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
export const utcOffsets = ['+00:00', '+01:00', '+02:00', '+03:00', '-05:00', '-03:00', '+05:30', '+09:00'];

export const roles = [
  'mayor', 'spokesperson', 'chair', 'chief executive', 'finance director', 'minister', 'councillor',
  'union leader', 'chief economist', 'head of planning', 'senior engineer', 'regional director',
];

export const tags = [
  'politics', 'economy', 'transport', 'health', 'education', 'environment', 'housing', 'energy', 'climate',
  'courts', 'crime', 'culture', 'sport', 'science', 'technology', 'business', 'labour', 'agriculture',
  'fisheries', 'tourism', 'elections', 'local government', 'budget', 'infrastructure', 'weather', 'water',
  'arts', 'music', 'film', 'books', 'religion', 'immigration', 'defence', 'foreign affairs', 'trade',
  'finance', 'banking', 'property', 'retail', 'aviation', 'rail', 'shipping', 'media', 'internet', 'privacy',
  'public health', 'hospitals', 'schools', 'universities', 'research', 'wildlife', 'oceans', 'forests',
  'pollution', 'heritage', 'festivals', 'football', 'cycling', 'obituaries', 'opinion',
];

export const ledes = [
  '{O} on {weekday} {verbed} a long-awaited plan for the {N} in {L}, a decision that {P} said would affect about {num} households over the coming years.',
  'Officials in {L} {verbed} the {adj} {N} on {weekday}, ending weeks of uncertainty for residents and businesses who had pressed {O} for a clearer answer.',
  '{P} said on {weekday} that {O} would {verb} the {N} in {L}, the most significant change to local policy there since {pastYear}.',
  'A {adj} dispute over the {N} in {L} deepened on {weekday} after {O} declined to {verb} a proposal backed by {P} and several neighbouring councils.',
  'The {N} in {L} will cost an estimated {money}, according to figures released on {weekday} by {O}, well above the total projected when the project was first announced.',
  'Hundreds of residents gathered in central {L} on {weekday} to urge {O} to {verb} the {N}, in one of the largest local protests the city has seen since {pastYear}.',
  'After months of delay, {O} {verbed} the {N} on {weekday}, clearing the way for work to begin in {L} as early as {month}, officials said.',
  '{Prole}, resigned on {weekday} after a row over the {N} in {L} that has divided the organisation for much of the year.',
  'Plans to {verb} the {N} in {L} were thrown into doubt on {weekday} when {O} said it could no longer guarantee the money promised in {pastYear}.',
  'The future of the {N} in {L} looked more secure on {weekday} after {O} and {O2} agreed to share the cost, ending a dispute that {P} called {adj}.',
];

export const sentences = [
  '{P} told reporters that the {N} had already been {verbed} twice before.',
  'The figures suggest that {pct} of residents in {L} now rely on the {N} in some form.',
  'Critics, including {P}, argue that {O} has moved far too slowly.',
  '{O} said in a statement that it would {verb} the {N} before the end of {month}.',
  'Supporters say the change will bring {adj} benefits to {L} and the surrounding region.',
  'The proposal still needs approval from {O}, which is expected to vote next {weekday}.',
  'In {L}, where the {N} became a campaign issue years ago, the reaction was mixed.',
  '{P} said the {N2} would not be affected by the decision.',
  'According to {O}, about {num} people attended the public meetings held in {L} last month.',
  'Local business owners said they had not been consulted about the {N}.',
  'The last comparable project, in {L2}, took {small} years to complete and ran well over budget.',
  '{P}, who has followed the issue closely, described the plan as {adj} but necessary.',
  'Opposition members questioned whether {O} had the money to {verb} the {N}.',
  'A spokesperson for {O} declined to comment on the timing.',
  'Earlier this year, {O} {verbed} a similar measure covering the {N2}.',
  'Residents of {L} have until the end of {month} to submit comments.',
  '{P} said the next step would be to {verb} the {N2} together with {O2}.',
  'Analysts at {O} expect costs to rise by {pct} over the next {small} years.',
  'The debate has exposed divisions within {O} over how to pay for the {N}.',
  'Several councillors in {L} said they would oppose any attempt to delay the work.',
  'Turnout at the consultation was lower than officials had hoped.',
  '{P} noted that the {N} had been neglected for more than a decade.',
  'The announcement came a day after {P} visited {L} to meet community leaders.',
  'Independent experts have warned that the {N} could face further delays.',
  '{O} has promised to publish a full report by the end of {year}.',
  'Teachers, nurses and transport workers in {L} are among those most affected.',
  'The decision follows months of negotiations between {O} and {O2}.',
  'It was not immediately clear how the change would affect the {N2}.',
  '{Prole}, said the timetable was realistic.',
  'Neighbouring {L2} {verbed} its own {N} in {pastYear}, with results that are still disputed.',
  'Some {num} jobs depend directly on the {N}, according to {O}.',
  '{Prole}, called for an independent review.',
  'Families in {L} say the uncertainty has made it hard to plan ahead.',
  'The government has so far refused to {verb} the {N2}, citing the cost.',
  '{P} said the measure was {adj}, but added that it was better than doing nothing.',
  'Ticket prices, rents and fees have all risen by about {pct} since {pastYear}.',
  'The {N} was first proposed in {pastYear} but stalled after a change of leadership at {O}.',
  'Officials said the work would be carried out in stages to limit disruption in {L}.',
  '{P} warned that without extra money the {N2} could close within {small} years.',
  'A survey commissioned by {O} found broad support for the plan among younger residents.',
  'Older residents in {L} were more sceptical, according to people who attended the meetings.',
  'The contract is expected to be awarded by the end of {month}.',
  '{P} accused {O} of ignoring the concerns of smaller towns.',
  'Environmental groups said they would study the details before taking a position.',
  'The plan would be paid for partly through loans and partly through higher fees.',
  'On {weekday}, {P} met representatives of {O2} to discuss the next steps.',
  '{Prole}, said the organisation had learned from mistakes made in {L2}.',
  'About {num} residents signed a petition calling for the {N} to be {verbed}.',
  'Legal challenges could delay the project by as much as {small} months, lawyers said.',
  'The {N} has been under review since {pastYear}, when an audit found serious problems.',
  '{O} insisted that the {N2} remained a priority.',
  'Staff at {O} were told of the decision in an email on {weekday} morning.',
  'Unions representing workers in {L} said they had not been given enough notice.',
  'Similar schemes have been tried in {L2}, with mixed results.',
  '{P} said that the figures published by {O} were out of date.',
  'The cost of borrowing has risen sharply since the plan was drawn up.',
  'A final report on the {N} is due to be presented to {O} in {month}.',
  'Residents who spoke to reporters in {L} said they wanted clear answers rather than promises.',
  'The {adj} proposal drew criticism from both business groups and campaigners.',
  '{P} declined to say whether the {N2} would be next.',
];

export const quoteIntros = [
  'Speaking outside the council chamber, {P} said:',
  'In a statement issued late on {weekday}, {O} said:',
  '{P} put it bluntly:',
  'Asked about the timetable, {P} replied:',
  'At a packed public meeting in {L}, {P} told the audience:',
];

export const quotes = [
  'We have waited long enough for the {N}, and people in {L} deserve a straight answer.',
  'This is not the end of the process. It is the beginning of a much harder conversation about the {N}.',
  'Nobody wants to see the {N2} fall apart, but the money has to come from somewhere.',
  'We will {verb} the {N} because it is the right thing to do for {L}.',
  'I have lived here for {small} decades and I have never seen anything like it.',
  'The numbers simply do not add up, and everyone in this room knows it.',
];

export const captions = [
  'Residents gather outside the town hall in {L} on {weekday}.',
  '{P} speaks to reporters in {L}.',
  'Work continues on the {N} near {L}.',
  'Members of {O} arrive for the vote in {L}.',
  'A view of the site of the proposed {N} on the edge of {L}.',
];

/** Subheadings: two to six words, no final punctuation. */
export const subheadings = [
  'What happens next', 'Reaction in {L}', 'A long road', 'Questions remain', 'Who pays',
  'Opposition grows', 'Looking ahead to {year}', 'Voices from {L}', 'The numbers', 'A divided council',
  'Lessons from {L2}', 'Costs and delays', 'The view from {L}',
];

export const headlines = [
  '{Oh} {verbs} {N} plan for {L}',
  '{L} residents split over {N}',
  '"We deserve answers": {L} waits on {N}',
  '{P} vows to {verb} {N} despite cost concerns',
  'Cost of {L} {N} rises to {money}',
  'What the {N} decision means for {L}',
  '{Oh} delays vote on {N}',
  "Inside the fight over {L}'s {N}",
  '{L} {N}: a {adj} plan, and its critics',
  '{Oh} {verbs} {adj} {N} after long row',
  '{P} resigns over {N} dispute',
  'Protesters in {L} demand answers on {N}',
  '{L} and {L2} to share cost of {N}',
  'Doubts grow over {N} in {L}',
];

export const listIntros = ['The plan includes:', 'Under the proposal, {O} would fund:', 'The main points:'];

export const listItems = [
  'upgrades to the {N} in {L}', 'a review of the {N2} by {O}', 'about {num} new jobs by {year}',
  'a {adj} timetable for the {N2}', 'new money for {L2}', 'a public consultation ending in {month}',
];

export const closers = [
  'Further details are expected to be published by {O} in {month}.',
  '{P} said the matter would be revisited after the summer.',
  'The next meeting of {O} is scheduled for {weekday}.',
  'A final decision on the {N} is not expected before {year}.',
];

// Word lists the name heuristics read: which capitalised words are never names, which words
// around a name say what kind of thing it is. All sets hold lower-case words.

import { WordList } from './word-shapes.js';

const words = (list: string): WordList => new WordList(list.trim().split(/\s+/));

/** Capitalised only because they start a sentence or a heading: never part of a name. */
export const STOPWORDS = words(`
  a an the this that these those there here then now today yesterday tomorrow tonight
  i me my we us our you your he him his she her it its they them their one ones
  and or but nor so yet for of in on at by from to with without into onto under over about as
  if because unlike like despite although though even just only still also too very much more
  most less least many some several all both each every any no none not other another such
  same own what which who whom whose why how when where while whether whatever whenever
  wherever however meanwhile furthermore moreover additionally instead indeed perhaps maybe
  finally overall currently recently previously earlier later once twice again already almost
  among between against along around across behind beyond inside outside within upon until
  unless after before during since through throughout toward towards via per than
  according regarding following including excluding concerning considering given
  let do does did done is are was were be been being has have had having will would can could
  should may might must shall ought yes yeah oh ok okay well hi hello dear thanks thank please
  first second third fourth fifth last next former latter few half whole
  two three four five six seven eight nine ten hundred thousand million billion
  january february march april june july august september october november december
  jan feb apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  update updates read see click photo photos image images video videos source sources note
  translation original editor's related links link share follow watch listen whilst onboard
  visit thus hence therefore otherwise nevertheless nonetheless besides anyway
`);

/** Honorifics and offices written before a person's name ("Defense Minister Mohammad …"). */
export const TITLES = words(`
  mr mrs ms miss mx dr prof sir dame lord lady rev fr sheikh shaikh imam ayatollah
  president minister premier chancellor secretary senator sen representative rep congressman
  congresswoman governor gov mayor king queen prince princess pope emperor emir sultan
  ambassador judge justice general gen colonel col captain capt commander cmdr lieutenant lt
  admiral adm major maj sergeant sgt chairman chairwoman chairperson director administrator
  professor commissioner spokesman spokeswoman spokesperson astronaut cosmonaut officer
  bishop archbishop cardinal rabbi mullah president-elect pres late engineer pilot specialist
  detective doctor psychologist co-president vice-president co-founder ceo
`);

/** Words that qualify an office ("Defense Minister", "Vice President"): dropped with the title. */
export const TITLE_MODIFIERS = words(`
  vice deputy prime foreign defense defence finance interior health education justice former
  acting chief executive assistant associate senior opposition interim science culture trade
  energy information economy agriculture environment labour labor transport home attorney
  first crown state security mission project program programme flight managing general
  principal lead special high supreme grand royal
`);

/** Lower-case nouns that introduce a person's name ("spokesman Robert Villanueva"). */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson blogger journalist activist reporter correspondent writer
  author astronaut cosmonaut scientist researcher professor director president minister
  chairman leader official senator governor analyst lawyer commander actor actress singer
  artist poet photographer filmmaker economist astronomer engineer manager founder expert
  student candidate coach player premier mayor colleague editor novelist musician rapper
  dissident opponent tweeter physicist biologist geologist chemist investigator
`);

/** Verbs of speech that follow a person's name ("Villanueva said"). */
export const SAID_VERBS = words(`
  said says told added explained wrote writes stated noted argued asked tweeted tweets
  commented comments recalled warned insisted replied answered agreed admitted acknowledged
  confirmed denied remarked observed suggested claimed believes thinks describes described
  concluded continued responded posted shared blogged urged
`);

/** Words allowed between "Villanueva" and "said" ("Villanueva also said"). */
export const SAID_ADVERBS = words('also then later has had once further previously recently earlier');

/** Lower-case words that may sit inside a name ("Bank of England", "Osama bin Laden"). */
export const CONNECTORS = words('of de del della der den van von da di do dos das du la le y bin ibn bint al el');

/** A name ending in one of these is an organisation ("Fars News Agency", "Boeing Company"). */
export const ORG_SUFFIXES = words(`
  agency ministry university college school academy institute institution party council
  company co inc incorporated corp corporation ltd limited llc plc group holdings association
  organization organisation committee commission bank fund foundation trust society union
  league federation alliance coalition movement front army navy force forces police guard
  court parliament congress senate assembly department office bureau administration authority
  service board centre center laboratory laboratories observatory news times post herald
  journal tribune gazette daily press review magazine network channel television tv radio
  airlines airways motors systems technologies industries partners club church brigade
  brigades battalion initiative consortium cooperative collective
`);

/** A name opening "X of …" with one of these is an organisation ("University of Nairobi"). */
export const ORG_PREFIXES = words(`
  university bank ministry department office council church institute academy commission
  committee federation league party union court house board bureau college school
  society
`);

/** Lower-case nouns after a name that make it an organisation ("Fars news agency"). */
export const ORG_NOUNS = words(`
  agency newspaper daily magazine party company corporation network channel airline
  movement militia foundation firm broadcaster
`);

/** A name ending in one of these is a place ("Hormozgan Province", "Tahrir Square"). */
export const PLACE_SUFFIXES = words(`
  province county district region island islands mountains mountain river lake sea ocean bay
  gulf valley desert peninsula strait square street avenue road airport park canyon crater
  plain plains basin governorate prefecture oblast territory coast city town village
`);

/** A name opening with one of these is a place ("Mount Kenya", "Cape Canaveral"). */
export const PLACE_PREFIXES = words('mount mt lake cape port fort');

/** These open a place name only before "of" ("Sea of Japan"; not the company "Sea Launch"). */
export const PLACE_OF_PREFIXES = words('gulf isle bay sea strait straits island islands');

/** Compass words folded into the place they qualify ("Central Kenya" → Kenya). */
export const DIRECTIONS = words(`
  north south east west northern southern eastern western central northeast northwest
  southeast southwest northeastern northwestern southeastern southwestern upper lower greater
  inner outer rural coastal
`);

/** A capitalised group holding one of these names a thing, not a person ("Delta IV Heavy"). */
export const NOT_PERSON = words(`
  telescope station rover mission probe satellite spacecraft rocket orbiter lander shuttle
  launch launcher program programme project award prize cup games festival day week month
  year act law bill treaty agreement accord declaration revolution war spring summit
  conference forum conference protocol convention report plan index survey system module
  vehicle heavy explorer express experiment array facility camera instrument spectrometer
  network facebook twitter youtube google blog page group square street road avenue bridge
  museum hospital prison stadium hotel airport highway online internet web media news
  republic kingdom state states government empire dynasty era age period theory effect
  disease syndrome virus unit team comet hurricane typhoon cyclone storm eclipse galaxy
  cluster spot arm microscope antenna odyssey impact awards code constitution classic circus
  shed plaza puerta portal star planetarium theatre theater space composites communications
  journalism voices finale international muslims christians poles blogs ion x-ray election
  elections scientists world asteroid meteor meteorite planet nebula supernova crater
`);

/** All-capital words that are not organisations. */
export const NOT_ACRONYMS = words(`
  ok tv it pc am pm gmt utc est edt pst pdt cet bst ceo cfo coo cto phd md ba bsc msc mba
  dvd cd gps hiv aids dna rna sms mms pdf url usb led lcd gdp faq rss hd ufo lol omg rt
  cc nc nd sa lgbt lgbtq ngo ngos id ip pr vip diy fyi asap aka etc vs ad bc ce bce
  km kg mph kph nb ps ii iii iv vi vii viii ix xi xii xiii xiv xv xx
  breaking update news live video photo photos watch read more
`);

/** Abbreviations whose period does not end a sentence ("Mr. Ashtiani", "Mt. Kenya"). */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof st mt ft jr sr inc corp ltd co gen sen rep gov lt col capt sgt adm cmdr
  rev fr hon messrs vs no approx dept univ est fig jan feb mar apr jun jul aug sep sept oct
  nov dec
`);

/** Second halves of "US-led", "Kenya-based": the first half is the name. */
export const HYPHEN_MODIFIERS = words(`
  led backed based born made owned run funded era style controlled sponsored linked allied
  bound wide speaking supported held occupied dominated friendly centric related specific
  only type like class level bred educated trained native built designed produced
  manufactured
`);

/** Prefixes of "pro-Kremlin", "anti-American": the second half is the name. */
export const HYPHEN_PREFIXES = words('pro anti non ex post pre neo pan trans inter');

/** Words before a language name ("in Spanish", "from Arabic"), not a place. */
export const LANGUAGE_CUES = words('in from into to speak speaks speaking spoken');

/** Organisation names made only of these are generic ("Foreign Ministry", "Air Force"). */
export const GENERIC_ORG_WORDS = words(`
  national federal central public constitutional people democratic republican socialist
  communist liberal conservative green islamic royal international air space world global
  local regional provincial municipal city town state supreme high
`);

/** Articles of other languages: a name opening with one is a title or place ("La Mutualité"). */
export const FOREIGN_ARTICLES = words('la le les los las el il lo der die das un una une');

/** An office or role, singular or plural ("Minister", "Flight Engineers", "Bloggers"). */
export function isOffice(word: string): boolean {
  return isOfficeKey((word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word).toLowerCase());
}

/** Titles and role nouns and their plurals with "s": one look-up answers `isOfficeKey`, asked of
 * nearly every capitalised word. */
const OFFICES = new WordList([...TITLES, ...ROLE_NOUNS].flatMap((word) => [word, `${word}s`]));

/** `isOffice` for a word already lower-cased and stripped of a final period. */
export function isOfficeKey(key: string): boolean {
  return OFFICES.has(key);
}

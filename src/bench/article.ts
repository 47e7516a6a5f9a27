// Composes one synthetic news article (wire text or Markdown) from a seeded random stream.
// Pure: the same seed, index and date always give the same text; nothing here touches the disk.
import { between, mixSeed, mulberry32, pick, sample, shuffled, type Rng } from './random.js';
import * as w from './words.js';

// Pools of a few hundred so the same people and organisations recur across articles, as in a real archive.
// 80 first names and 97 surnames are coprime, so these pairs are all distinct.
const people = Array.from({ length: 320 }, (_, i) => `${w.firstNames[i % 80]} ${w.lastNames[i % 97]}`);
const reporters = Array.from({ length: 40 }, (_, i) => `${w.firstNames[(i * 7 + 3) % 80]} ${w.lastNames[(i * 11 + 5) % 97]}`);
const orgs = w.orgPrefixes.flatMap((prefix) => w.orgKinds.map((kind) => `${prefix} ${kind}`));
const FOLD: Record<string, string> = { ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', đ: 'd', ı: 'i' };

/** The cast of one article and the state needed to write about them consistently. */
interface Scene {
  rng: Rng;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  year: number;
  weekday: string;
  people: string[];
  /** Each person's job, fixed for the article: "the chair of the Northern Water Board". */
  jobs: Map<string, string>;
  places: string[];
  orgs: string[];
  /** The article's subject first, a related one second. */
  topics: [string, string];
  /** Body sentence templates not yet used, so an article does not repeat itself. */
  deck: string[];
  /** People already introduced by full name; later mentions use the surname. */
  named: Set<string>;
  /** Whether to sprinkle Markdown links and emphasis into prose. */
  decorate: boolean;
}

type Block =
  | { kind: 'paragraph' | 'heading' | 'intro' | 'quote' | 'caption'; text: string }
  | { kind: 'list'; items: string[] };

export interface ArticleSpec {
  seed: number;
  index: number;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  format: 'wire' | 'markdown';
}

export interface ComposedArticle {
  /** Short ASCII slug from the headline, for the file name. */
  slug: string;
  text: string;
}

function slugify(text: string, maxWords = 5): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .replace(/[øłßæđı]/g, (c) => FOLD[c] ?? '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'article';
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code > 127;

/** Whitespace-separated tokens with a letter or digit in them; a char loop, as this runs per sentence. */
function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) counted = false;
    else if (!counted && isWordChar(code)) {
      words++;
      counted = true;
    }
  }
  return words;
}

function castScene(rng: Rng, date: string, decorate: boolean): Scene {
  const day = new Date(`${date}T00:00:00Z`);
  const [topic, related] = sample(rng, w.nouns, 2) as [string, string];
  const cast = sample(rng, people, between(rng, 2, 4));
  const castOrgs = sample(rng, orgs, between(rng, 1, 3));
  const jobs = new Map(cast.map((name) => [name, `the ${pick(rng, w.roles)} of the ${pick(rng, castOrgs)}`]));
  return {
    rng, date, decorate, year: day.getUTCFullYear(), weekday: w.weekdays[day.getUTCDay()] as string,
    people: cast, jobs, places: sample(rng, w.places, between(rng, 1, 3)), orgs: castOrgs,
    topics: [topic, related], deck: [], named: new Set(),
  };
}

/** Full name on first mention, surname after, as newspapers do. */
function mention(s: Scene, name: string): string {
  if (s.named.has(name)) return name.slice(name.lastIndexOf(' ') + 1);
  s.named.add(name);
  return s.decorate && s.rng() < 0.1 ? `**${name}**` : name;
}

function link(s: Scene, text: string, section: string): string {
  if (!s.decorate || s.rng() >= 0.05) return text;
  return `[${text}](https://example.org/${section}/${slugify(text, 8)})`;
}

const mainPlace = (s: Scene): string => (s.rng() < 0.6 ? (s.places[0] as string) : pick(s.rng, s.places));
const verb = (s: Scene): [string, string] => pick(s.rng, w.verbs).split(':') as [string, string];
const thirdPerson = (base: string): string =>
  /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const slots: Record<string, (s: Scene) => string> = {
  P: (s) => mention(s, pick(s.rng, s.people)),
  Prole: (s) => {
    const name = pick(s.rng, s.people);
    return `${mention(s, name)}, ${s.jobs.get(name) ?? 'a spokesperson'}`;
  },
  L: (s) => link(s, mainPlace(s), 'places'),
  L2: (s) => pick(s.rng, w.places),
  O: (s) => `the ${link(s, pick(s.rng, s.orgs), 'organisations')}`,
  O2: (s) => `the ${pick(s.rng, orgs)}`,
  Oh: (s) => s.orgs[0] as string,
  N: (s) => s.topics[0],
  N2: (s) => s.topics[1],
  verb: (s) => verb(s)[0],
  verbs: (s) => thirdPerson(verb(s)[0]),
  verbed: (s) => verb(s)[1],
  adj: (s) => (s.decorate && s.rng() < 0.08 ? `_${pick(s.rng, w.adjectives)}_` : pick(s.rng, w.adjectives)),
  num: (s) => grouped(between(s.rng, 120, 48000)),
  pct: (s) => `${between(s.rng, 3, 60)} per cent`,
  money: (s) => `${between(s.rng, 2, 950)} million euros`,
  small: (s) => pick(s.rng, w.smallNumbers),
  weekday: (s) => s.weekday,
  month: (s) => pick(s.rng, w.months),
  year: (s) => String(s.year + between(s.rng, 0, 2)),
  pastYear: (s) => String(s.year - between(s.rng, 1, 15)),
};

/** Templates split once into literal text and slot fillers, alternating. */
const compiled = new Map<string, (string | ((s: Scene) => string))[]>();

function compile(template: string): (string | ((s: Scene) => string))[] {
  return template.split(/\{(\w+)\}/).map((part, i) => {
    if (i % 2 === 0) return part;
    const slot = slots[part];
    if (!slot) throw new Error(`word template uses unknown slot {${part}}: ${template}`);
    return slot;
  });
}

function fill(s: Scene, template: string): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = compile(template)));
  let text = '';
  for (const part of parts) text += typeof part === 'string' ? part : part(s);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills a template with no Markdown and without spending anyone's first mention (headlines, summaries). */
function plain(s: Scene, template: string): string {
  return fill({ ...s, named: new Set(), decorate: false }, template);
}

function nextSentence(s: Scene): string {
  if (s.deck.length === 0) s.deck = shuffled(s.rng, w.sentences);
  return fill(s, s.deck.pop() as string);
}

function paragraph(s: Scene, wordsWanted: number): Block {
  const sentences: string[] = [];
  let words = 0;
  for (let n = between(s.rng, 2, 4); n > 0 && words < wordsWanted; n--) {
    const sentence = nextSentence(s);
    sentences.push(sentence);
    words += countWords(sentence);
  }
  return { kind: 'paragraph', text: sentences.join(' ') };
}

const credit = (s: Scene): string => `(credit: ${pick(s.rng, reporters)}/${pick(s.rng, w.agencies)})`;

/** Quotes, captions and lists appear in some articles only, each at a random point in the body. */
function plannedExtras(s: Scene, markdown: boolean, target: number): { at: number; blocks: () => Block[] }[] {
  const extras: { at: number; blocks: () => Block[] }[] = [];
  const at = (): number => target * (0.2 + 0.6 * s.rng());
  if (s.rng() < 0.45) {
    extras.push({ at: at(), blocks: () => [{ kind: 'intro', text: fill(s, pick(s.rng, w.quoteIntros)) }, { kind: 'quote', text: fill(s, pick(s.rng, w.quotes)) }] });
  }
  if (!markdown && s.rng() < 0.35) {
    extras.push({ at: at(), blocks: () => [{ kind: 'caption', text: `${plain(s, pick(s.rng, w.captions))} ${credit(s)}` }] });
  }
  if (markdown && s.rng() < 0.4) {
    const items = () => sample(s.rng, w.listItems, between(s.rng, 3, 5)).map((item) => fill(s, item));
    extras.push({ at: at(), blocks: () => [{ kind: 'intro', text: fill(s, pick(s.rng, w.listIntros)) }, { kind: 'list', items: items() }] });
  }
  return extras.sort((a, b) => a.at - b.at);
}

const blockWords = (block: Block): number => countWords(block.kind === 'list' ? block.items.join(' ') : block.text);

/** Lede, then paragraphs until the word target, with 1–3 subheadings spread through; always ends on prose. */
function composeBody(s: Scene, markdown: boolean): Block[] {
  const target = between(s.rng, 430, 820);
  const headingCount = between(s.rng, 1, 3);
  const headingsAt = Array.from({ length: headingCount }, (_, h) => (target * (h + 1)) / (headingCount + 1));
  const extras = plannedExtras(s, markdown, target);
  const blocks: Block[] = [];
  let words = 0;
  const add = (...added: Block[]): void => {
    for (const block of added) words += blockWords(block);
    blocks.push(...added);
  };
  add({ kind: 'paragraph', text: fill(s, pick(s.rng, w.ledes)) });
  while (words < target) {
    add(paragraph(s, target - words));
    const nextExtra = extras[0];
    if (headingsAt.length > 0 && words >= (headingsAt[0] as number)) {
      headingsAt.shift();
      add({ kind: 'heading', text: plain(s, pick(s.rng, w.subheadings)) });
    } else if (nextExtra && words >= nextExtra.at && words < target) {
      extras.shift();
      add(...nextExtra.blocks());
    }
  }
  if (blocks.at(-1)?.kind !== 'paragraph') add({ kind: 'paragraph', text: fill(s, pick(s.rng, w.closers)) });
  return blocks;
}

function wireBlock(block: Block): string {
  if (block.kind === 'list') return block.items.join('\n');
  return block.kind === 'quote' ? `"${block.text}"` : block.text;
}

function renderWire(date: string, blocks: Block[]): string {
  const [lede, ...rest] = blocks.map(wireBlock);
  return ` date ${date} ${lede}\n\n${rest.join('\n\n')}\n`;
}

function markdownBlock(block: Block): string {
  if (block.kind === 'list') return block.items.map((item) => `- ${item}`).join('\n');
  if (block.kind === 'heading') return `## ${block.text}`;
  return block.kind === 'quote' ? `> ${block.text}` : block.text;
}

/** One article in ten carries a time with a UTC offset, as CMS exports often do. */
function dateField(s: Scene): string {
  if (s.rng() >= 0.1) return s.date;
  const time = `${String(between(s.rng, 6, 22)).padStart(2, '0')}:${pick(s.rng, ['00', '15', '30', '45'])}:00`;
  return `${s.date}T${time}${pick(s.rng, w.utcOffsets)}`;
}

/** YAML front matter; strings go through JSON.stringify, which is valid YAML double-quoted style. */
function frontMatter(s: Scene, title: string): string {
  const lines = ['---', `title: ${JSON.stringify(title)}`, `date: ${dateField(s)}`, 'authors:'];
  for (const author of sample(s.rng, reporters, between(s.rng, 1, 3))) lines.push(`  - ${JSON.stringify(author)}`);
  lines.push('tags:');
  for (const tag of sample(s.rng, w.tags, between(s.rng, 1, 4))) lines.push(`  - ${JSON.stringify(tag)}`);
  if (s.rng() < 0.4) lines.push(`summary: ${JSON.stringify(plain(s, pick(s.rng, w.sentences)))}`);
  lines.push('---');
  return lines.join('\n');
}

export function composeArticle(spec: ArticleSpec): ComposedArticle {
  const markdown = spec.format === 'markdown';
  const s = castScene(mulberry32(mixSeed(spec.seed, spec.index)), spec.date, markdown);
  const headline = plain(s, pick(s.rng, w.headlines));
  if (!markdown) return { slug: slugify(headline), text: renderWire(spec.date, composeBody(s, false)) };
  const head = frontMatter(s, headline);
  const body = composeBody(s, true).map(markdownBlock).join('\n\n');
  return { slug: slugify(headline), text: `${head}\n\n${body}\n` };
}

/** One more news sentence, for editing an article in place. */
export function extraSentence(seed: number, date: string): string {
  const s = castScene(mulberry32(seed), date, false);
  return fill(s, pick(s.rng, w.sentences));
}

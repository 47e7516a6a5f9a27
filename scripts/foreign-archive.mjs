// Writes a Markdown archive as another generator's users keep one, not as Dateline's bench makes it:
// lorem-ipsum articles of 400–900 words under `posts/`, YAML front matter with ISO date-times, tags,
// categories and a description, and in about a quarter of the articles each of a GFM table, a bare
// web address and an HTML figure (the `mixed` style; the others keep one kind, or none).
// Usage: node scripts/foreign-archive.mjs <folder> [articles=4000] [plain|tables|addresses|html|mixed]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [out, count = '4000', style = 'mixed'] = process.argv.slice(2);
const STYLES = ['plain', 'tables', 'addresses', 'html', 'mixed'];
if (!out || !STYLES.includes(style) || !(Number(count) > 0)) {
  console.error(`Usage: node scripts/foreign-archive.mjs <folder> [articles=4000] [${STYLES.join('|')}]`);
  process.exit(1);
}
const has = (kind) => style === kind || style === 'mixed';

/** mulberry32: the same archive on every run. */
let seed = 42;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const WORDS = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna '
  + 'aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in '
  + 'reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui '
  + 'officia deserunt mollit anim id est laborum').split(' ');
const TAGS = ['politics', 'economy', 'sport', 'culture', 'science', 'health', 'world', 'local', 'tech', 'climate'];

function sentence() {
  let text = Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(WORDS)).join(' ');
  if (random() < 0.15) text = text.replace(/(\w+) (\w+)/, '**$1** $2');
  if (random() < 0.1) text = text.replace(/ (\w+)$/, ' *$1*');
  if (random() < 0.1) text += ` [${pick(WORDS)}](https://example.com/${pick(WORDS)})`;
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function block(number) {
  const roll = random();
  if (roll < 0.08) return `## ${sentence().slice(0, -1)}`;
  if (roll < 0.13) return Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n');
  if (roll < 0.16) return `> ${sentence()}`;
  if (roll < 0.18 && has('html')) return `<figure><img src="/img/${number}.jpg" alt="${pick(WORDS)}"><figcaption>${sentence()}</figcaption></figure>`;
  if (roll < 0.20 && has('tables')) return `| ${pick(WORDS)} | ${pick(WORDS)} |\n|---|---:|\n| ${pick(WORDS)} | ${Math.floor(random() * 100)} |`;
  if (roll < 0.22 && has('addresses')) return `${sentence()} See https://example.com/${pick(WORDS)} for more.`;
  return Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');
}

mkdirSync(path.join(out, 'posts'), { recursive: true });
for (let number = 0; number < Number(count); number++) {
  const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3000) * 86_400_000).toISOString().replace('.000Z', 'Z');
  const title = Array.from({ length: 5 + Math.floor(random() * 5) }, () => pick(WORDS)).join(' ');
  const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])];
  const blocks = [];
  for (let words = 0, target = 400 + Math.floor(random() * 500); words < target;) {
    const next = block(number);
    blocks.push(next);
    words += next.split(' ').length;
  }
  const front = `---\ntitle: "${title}"\ndate: ${date}\ndraft: false\ntags: [${tags.map((tag) => `"${tag}"`).join(', ')}]\n`
    + `categories: ["news"]\ndescription: "${sentence()}"\n---\n\n`;
  writeFileSync(path.join(out, 'posts', `post-${String(number).padStart(5, '0')}.md`), `${front}${blocks.join('\n\n')}\n`);
}
console.log(`Wrote ${count} ${style} articles to ${path.join(out, 'posts')}`);

// Copies a demo selection of the real corpus into content/demo/, adding front matter that credits
// each article's source and licence (CC BY asks for attribution beside the work).
// Usage: node scripts/import-demo.mjs ../shared/corpus/real content/demo 84
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [corpus = '../shared/corpus/real', target = 'content/demo', wanted = '84'] = process.argv.slice(2);
const rows = (await readFile(path.join(corpus, 'manifest.tsv'), 'utf8')).trim().split('\n').slice(1)
  .map((line) => line.split('\t'))
  .map(([file, date, headline, url, licence, source, language, author]) => ({ file, date, headline, url, licence, source, language, author }));

/** Every n-th article of each source, so the demo spans the years of one and the days of the other. */
function pick(source, count) {
  const all = rows.filter((row) => row.source === source);
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]);
}

const half = Number(wanted) / 2;
const chosen = [...pick('wikinews-en', Math.ceil(half)), ...pick('globalvoices-en', Math.floor(half))];
const quote = (value) => JSON.stringify(value);
for (const row of chosen) {
  const folder = path.join(target, row.source, row.date.slice(0, 4));
  await mkdir(folder, { recursive: true });
  const body = await readFile(path.join(corpus, row.file), 'utf8');
  const licenceUrl = row.licence === 'CC BY 2.5' ? 'https://creativecommons.org/licenses/by/2.5/' : 'https://creativecommons.org/licenses/by/3.0/';
  const publisher = row.source === 'wikinews-en' ? 'Wikinews' : 'Global Voices';
  const frontMatter = ['---', `credit: ${quote(`${row.author}, ${publisher}`)}`, `source_url: ${quote(row.url)}`,
    `licence: ${quote(row.licence)}`, `licence_url: ${quote(licenceUrl)}`, '---', ''].join('\n');
  await writeFile(path.join(folder, row.file), frontMatter + body);
}
console.log(`Copied ${chosen.length} articles into ${target}`);

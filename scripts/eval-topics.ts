// Measures automatic topics on a folder of wire articles: cost per article, how many topics, and
// a sample to judge by eye. Usage: npx --yes tsx scripts/eval-topics.ts [corpusDir] [--headlines] [--seed N]

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractEntities, topicSlug, type EntityInput, type FoundEntity } from '../src/topics/extract.js';
import { mulberry32 } from '../src/bench/random.js';

interface Article {
  file: string;
  input: EntityInput;
  bytes: number;
}

/** Wire format: optional BOM/whitespace, `date YYYY-MM-DD ` then the lede, blank-line paragraphs. */
function readArticle(dir: string, file: string, headlines: Map<string, string>): Article {
  const raw = readFileSync(join(dir, file), 'utf8');
  const text = raw.replace(/^\uFEFF?\s*/, '').replace(/^date \d{4}-\d{2}-\d{2}\s*/, '');
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const input: EntityInput = {
    title: headlines.get(file) ?? '',
    paragraphs: blocks.filter((b) => !b.includes('(credit:')),
    captions: blocks.filter((b) => b.includes('(credit:')),
  };
  return { file, input, bytes: Buffer.byteLength(raw) };
}

/** Headlines from `manifest.tsv`, for `--headlines` (wire files in production have none). */
function readHeadlines(dir: string): Map<string, string> {
  const path = join(dir, 'manifest.tsv');
  if (!existsSync(path)) return new Map();
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((row) => row.split('\t')).map((cols) => [cols[0] ?? '', cols[2] ?? '']));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;


/** Each article's best time over three passes: other work on the machine only ever adds time. */
function timeAll(articles: Article[]): { times: number[]; results: FoundEntity[][] } {
  for (const article of articles) extractEntities(article.input); // warm-up: let the JIT settle
  const times = articles.map(() => Infinity);
  const results: FoundEntity[][] = [];
  for (let pass = 0; pass < 3; pass++) {
    articles.forEach((article, index) => {
      const start = performance.now();
      results[index] = extractEntities(article.input);
      times[index] = Math.min(times[index]!, performance.now() - start);
    });
  }
  return { times, results };
}

function printCost(articles: Article[], times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  const kb = articles.reduce((sum, a) => sum + a.bytes, 0) / 1024;
  console.log(`articles: ${articles.length}, ${kb.toFixed(0)} KB`);
  console.log(`time per article: median ${percentile(sorted, 0.5).toFixed(3)} ms, p95 ${percentile(sorted, 0.95).toFixed(3)} ms, max ${sorted[sorted.length - 1]?.toFixed(3)} ms`);
  console.log(`total ${total.toFixed(1)} ms (${((total / kb) * 2).toFixed(3)} ms per 2 KB)`);
}

function printTopics(results: FoundEntity[][]): void {
  const counts = results.map((r) => r.length);
  console.log(`entities per article: mean ${(counts.reduce((s, c) => s + c, 0) / counts.length).toFixed(2)}, max ${Math.max(...counts)}, none ${counts.filter((c) => c === 0).length}`);
  const topics = new Map<string, { name: string; kinds: Set<string>; articles: number }>();
  for (const entities of results) {
    for (const e of entities) {
      const slug = topicSlug(e.name);
      const topic = topics.get(slug) ?? { name: e.name, kinds: new Set<string>(), articles: 0 };
      topic.kinds.add(e.kind);
      topic.articles++;
      topics.set(slug, topic);
    }
  }
  const all = [...topics.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  console.log(`distinct topics: ${all.length}, in ≥2 articles: ${all.filter((t) => t.articles >= 2).length}`);
  console.log('\nmost frequent topics:');
  for (const t of all.slice(0, 40)) console.log(`  ${String(t.articles).padStart(4)}  ${t.name} (${[...t.kinds].join('/')})`);
}

function printSample(articles: Article[], results: FoundEntity[][], seed: number): void {
  const random = mulberry32(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(10, articles.length)) picked.add(Math.floor(random() * articles.length));
  console.log(`\nsample (seed ${seed}):`);
  for (const index of [...picked].sort((a, b) => a - b)) {
    const { file, input } = articles[index]!;
    console.log(`\n${file}  ${input.title ? `"${input.title}"` : ''}\n  ${(input.paragraphs[0] ?? '').slice(0, 160)}…`);
    for (const e of results[index]!) console.log(`    ${e.mentions}× ${e.name} [${e.kind}]`);
  }
}

function main(args: string[]): void {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--seed') ?? '/work/shared/corpus/real';
  const headlines = flags.has('--headlines') ? readHeadlines(dir) : new Map<string, string>();
  const files = readdirSync(dir).filter((f) => /^\d+_[0-9a-f]+\.txt$/.test(f)).sort();
  const articles = files.map((f) => readArticle(dir, f, headlines));
  const { times, results } = timeAll(articles);
  printCost(articles, times);
  printTopics(results);
  printSample(articles, results, seed);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
main(process.argv.slice(2));

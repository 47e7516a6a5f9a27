// Scores inferHeadline against a corpus with known headlines (manifest.tsv), beside the naive
// "whole first sentence" baseline, so rule changes are judged on numbers rather than anecdotes.
// Usage: npx --yes tsx scripts/eval-headlines.ts [corpusDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstSentence, inferHeadline } from '../src/content/headline.js';

interface Sample {
  file: string;
  truth: string;
  paragraphs: string[];
}

const DEFAULT_CORPUS = '/work/shared/corpus/real';
const EXAMPLE_COUNT = 12;

/** Seed format: optional whitespace/BOM, `date YYYY-MM-DD `, then paragraphs split by blank lines. */
function readParagraphs(text: string): string[] {
  const body = text.replace(/^[\s\uFEFF]*date \d{4}-\d{2}-\d{2}[ \t]*/, '');
  return body.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim());
}

function loadCorpus(dir: string): Sample[] {
  const rows = readFileSync(join(dir, 'manifest.tsv'), 'utf8').split(/\r?\n/).slice(1);
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const [file = '', , truth = ''] = row.split('\t');
      return { file, truth, paragraphs: readParagraphs(readFileSync(join(dir, file), 'utf8')) };
    });
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((t) => t !== '');
}

/** Bag-of-words F1: each word counts as often as it occurs in both. */
function wordF1(guess: string, truth: string): number {
  const truthCounts = new Map<string, number>();
  for (const t of tokens(truth)) truthCounts.set(t, (truthCounts.get(t) ?? 0) + 1);
  const guessTokens = tokens(guess);
  let overlap = 0;
  for (const t of guessTokens) {
    const left = truthCounts.get(t) ?? 0;
    if (left > 0) {
      overlap += 1;
      truthCounts.set(t, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / guessTokens.length;
  const recall = overlap / tokens(truth).length;
  return (2 * precision * recall) / (precision + recall);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function describe(name: string, guesses: string[], samples: Sample[]): void {
  const f1 = mean(guesses.map((g, i) => wordF1(g, samples[i]?.truth ?? '')));
  const lengths = guesses.map((g) => g.length);
  const words = guesses.map((g) => tokens(g).length);
  console.log(
    `${name.padEnd(16)} F1 ${f1.toFixed(3)}  mean length ${mean(lengths).toFixed(1)}` +
      `  max ${Math.max(...lengths)}  over 100: ${lengths.filter((n) => n > 100).length}` +
      `  mean words ${mean(words).toFixed(1)}`,
  );
}

function main(): void {
  const dir = process.argv[2] ?? DEFAULT_CORPUS;
  const samples = loadCorpus(dir);
  const baseline = samples.map((s) => firstSentence(s.paragraphs.find((p) => p !== '') ?? ''));
  const started = performance.now();
  const inferred = samples.map((s) => inferHeadline(s.paragraphs));
  const perArticleMs = (performance.now() - started) / Math.max(samples.length, 1);

  console.log(`${samples.length} articles from ${dir}`);
  describe('baseline', baseline, samples);
  describe('inferHeadline', inferred, samples);
  console.log(`time per article: ${perArticleMs.toFixed(4)} ms (first run, includes JIT warm-up)`);
  console.log(`true headlines: mean length ${mean(samples.map((s) => s.truth.length)).toFixed(1)}`);

  const step = Math.max(1, Math.floor(samples.length / EXAMPLE_COUNT));
  for (let i = 0; i < samples.length; i += step) {
    console.log(`\n[${samples[i]?.file}]\n  inferred: ${inferred[i]}\n  true:     ${samples[i]?.truth}`);
  }
}

main();

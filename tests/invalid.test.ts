// Invalid content fails the build completely and loudly: every bad file in one run, with where, a
// stable code and a hint, and the previous site left exactly as it was.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { formatProblems } from '../src/report.js';
import type { Problem } from '../src/types.js';
import { buildInto, fixture, remove, tempDir } from './helpers/site.js';
import { siblingsOf, snapshotTree } from './helpers/tree.js';

/** Each bad file of `tests/fixtures/invalid-mixed` and the error codes it must get, and where. */
const EXPECTED: Record<string, { codes: string[]; line?: number; column?: number }> = {
  '2023/nested/wire-feb-30.txt': { codes: ['invalid-date'], line: 1, column: 7 },
  '2023/wire-date-only.txt': { codes: ['missing-body'], line: 1 },
  '2023/wire-front-matter-no-date.txt': { codes: ['missing-date'], line: 4, column: 1 },
  '2023/wire-no-date.txt': { codes: ['missing-date'], line: 1, column: 1 },
  '2023/wire-vague.txt': { codes: ['invalid-date'], line: 1, column: 7 },
  'bad-indentation.md': { codes: ['invalid-front-matter'], line: 3 },
  'broken-draft.md': { codes: ['invalid-date'], line: 3, column: 7 },
  'crlf-bad-date.md': { codes: ['invalid-date'], line: 3, column: 7 },
  'empty.md': { codes: ['empty-file'] },
  'front-matter-list.md': { codes: ['invalid-front-matter'], line: 2 },
  'javascript-source-url.md': { codes: ['invalid-field'], line: 4 },
  'month-thirteen.md': { codes: ['invalid-date'], line: 3, column: 7 },
  'no-date.md': { codes: ['missing-date'], line: 1 },
  'not-a-leap-year.md': { codes: ['invalid-date'], line: 3, column: 7 },
  'only-front-matter.md': { codes: ['missing-body'], line: 5 },
  'scan.md': { codes: ['binary-file'] },
  'title-mapping.md': { codes: ['invalid-field'], line: 2 },
  'unclosed-front-matter.md': { codes: ['invalid-front-matter'], line: 1, column: 1 },
  'whitespace-and-bom.txt': { codes: ['empty-file'] },
  'yaml-function-tag.md': { codes: ['invalid-front-matter'], line: 4 },
  'yesterday-ish.md': { codes: ['invalid-date'], line: 3, column: 7 },
};

function errorsByFile(problems: Problem[]): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const problem of problems.filter((p) => p.severity === 'error')) {
    (byFile[problem.file] ??= []).includes(problem.code) || byFile[problem.file]!.push(problem.code);
  }
  return byFile;
}

describe('a content folder full of mistakes, beside one good article', () => {
  let dir: string;
  let out: string;
  let before: Record<string, string>;
  let result: BuildResult;
  beforeAll(async () => {
    dir = await tempDir();
    out = path.join(dir, 'public');
    const good = await buildInto(path.join(fixture('basic'), 'content'), out);
    expect(good.ok).toBe(true);
    before = await snapshotTree(out);
    result = await buildInto(path.join(fixture('invalid-mixed'), 'content'), out);
  });
  afterAll(() => remove(dir));

  it('fails', () => {
    expect(result.ok).toBe(false);
  });

  it('names every bad file in one run, with its stable code, and never the good one', () => {
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([file, { codes }]) => [file, codes]));
    expect(errorsByFile(result.problems)).toEqual(expected);
  });

  it('gives the line and column where the mistake is', () => {
    for (const [file, { line, column }] of Object.entries(EXPECTED)) {
      const problem = result.problems.find((p) => p.file === file && p.severity === 'error');
      if (line !== undefined) expect({ file, line: problem?.line }).toEqual({ file, line });
      if (column !== undefined) expect({ file, column: problem?.column }).toEqual({ file, column });
    }
  });

  it('says how to fix every mistake', () => {
    for (const problem of result.problems) expect(problem.hint, `${problem.file} ${problem.code}`).toMatch(/\w{3,}/);
  });

  it('prints file, line:column, the code and the hint the way an editor reads them', () => {
    const printed = formatProblems(result.problems);
    expect(printed).toMatch(/^yesterday-ish\.md\n\s*3:7\s+error\s+`yesterday-ish` is not a real date\. Hint: .+invalid-date/m);
    expect(printed).toMatch(/^2023\/nested\/wire-feb-30\.txt\n\s*1:7\s+error .+invalid-date/m);
    expect(printed).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('leaves the previous site byte-for-byte as it was, with nothing beside it', async () => {
    expect(await snapshotTree(out)).toEqual(before);
    expect((await siblingsOf(out)).filter((name) => !name.endsWith('.dateline-nocache'))).toEqual(['public']);
  });
});

describe('the invalid cases the issue names, one file each', () => {
  it('are all reported together with a code each, and nothing is written', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'public');
    const result = await buildInto(path.join(fixture('invalid'), 'content'), out);
    expect(result.ok).toBe(false);
    expect(Object.keys(errorsByFile(result.problems))).toHaveLength(9);
    expect(await snapshotTree(out)).toEqual({});
    await remove(dir);
  });
});

describe('printing many warnings of one kind', () => {
  const problem = (file: string, code: Problem['code'], severity: Problem['severity']): Problem =>
    ({ file, code, severity, message: `${code} in ${file}.` });
  const problems = [
    ...Array.from({ length: 25 }, (_, i) => problem(`a/${String(i).padStart(2, '0')}.md`, 'duplicate-url', 'warning')),
    ...Array.from({ length: 3 }, (_, i) => problem(`b/${i}.md`, 'unsafe-slug', 'warning')),
    ...Array.from({ length: 30 }, (_, i) => problem(`c/${String(i).padStart(2, '0')}.md`, 'invalid-date', 'error')),
  ];

  it('prints every error, the first 20 warnings of each kind, and counts the rest', () => {
    const printed = formatProblems(problems);
    expect(printed.match(/invalid-date in/g)).toHaveLength(30);
    expect(printed.match(/duplicate-url in/g)).toHaveLength(20);
    expect(printed).toContain('a/19.md');
    expect(printed).not.toContain('a/20.md');
    expect(printed.match(/unsafe-slug in/g)).toHaveLength(3);
    expect(printed).toContain('5 more duplicate-url warnings not shown (25 in all); --all-warnings lists every one');
    expect(printed).not.toMatch(/more unsafe-slug/);
  });

  it('prints every warning when asked', () => {
    const printed = formatProblems(problems, { warningsPerCode: Infinity });
    expect(printed.match(/duplicate-url in/g)).toHaveLength(25);
    expect(printed).not.toMatch(/not shown/);
  });
});

// A fixture archive big enough to paginate: generated articles on a few days of 2015 and 2022, plus
// the project's sample wire story (20 July 2023), so that 20 July has an "On this day" in 2022.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { generateArchive } from '../../src/bench/generate.js';
import { projectRoot } from './site.js';

export const SAMPLE_FILE = '000_61ce3dd94c004aff.txt';

/** Writes the fixture's content folder into `dir` and returns its path: 121 articles. */
export async function generatedContent(dir: string): Promise<string> {
  const content = path.join(dir, 'content');
  await generateArchive({ count: 100, format: 'mixed', seed: 3, outDir: path.join(content, 'older'), startDate: '2015-01-01' });
  await generateArchive({ count: 20, format: 'mixed', seed: 4, outDir: path.join(content, 'newer'), startDate: '2022-07-20' });
  await mkdir(content, { recursive: true });
  await copyFile(path.join(projectRoot, 'content', SAMPLE_FILE), path.join(content, SAMPLE_FILE));
  return content;
}

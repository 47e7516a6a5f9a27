// `dateline new "Headline"`: a Markdown article dated today, with its front matter filled in.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { BuildOptions } from '../build.js';
import { loadConfig } from '../config.js';
import { pad2, todayIn } from '../content/date.js';
import { slugFromTitle } from '../content/slug.js';
import { absoluteUrl, articlePath } from '../site/routes.js';

export async function runNew(options: BuildOptions, title: string): Promise<number> {
  if (!title.trim()) {
    process.stderr.write('Give the headline: npm run new -- "Headline of the story"\n');
    return 1;
  }
  const config = await loadConfig(options.root, { baseUrl: options.baseUrl });
  const today = todayIn(config.timeZone);
  const slug = slugFromTitle(title);
  const file = path.join(options.contentDir, String(today.year), pad2(today.month), `${today.iso}-${slug}.md`);
  const frontMatter = yaml.dump({ title: title.trim(), date: today.iso, authors: [], tags: [], summary: '', draft: false }, { schema: yaml.CORE_SCHEMA });
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, `---\n${frontMatter}---\n\nWrite the story here.\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    process.stderr.write(`${path.relative(process.cwd(), file)} already exists; nothing was changed.\n`);
    return 1;
  }
  process.stdout.write(`Created ${path.relative(process.cwd(), file)}\nIt will be published at ${absoluteUrl(config.baseUrl, articlePath(today, slug))}\n`);
  return 0;
}

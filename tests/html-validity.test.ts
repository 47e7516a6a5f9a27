// Every page of a built archive is valid HTML, as the Nu Html Checker (the W3C validator) reads it.
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedContent } from './helpers/generated-site.js';
import { buildInto, fixture, projectRoot, remove, tempDir } from './helpers/site.js';

const VNU_JAR = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Why the checker cannot run here, if it cannot: a failure, never a skip. */
function javaMissing(): Error | undefined {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return new Error('The HTML check runs the Nu Html Checker, which needs Java 11 or later, and `java` was not found. '
      + 'Install a JRE (on Debian: `apt-get install default-jre-headless`; .ci/run does this when java is missing).');
  }
  return undefined;
}

/** Runs the checker once over several folders; it exits 1 when it finds errors, so read its report instead. */
async function checkHtml(dirs: string[]): Promise<VnuMessage[]> {
  // Feeds and sitemaps in the output are XML, not HTML: only HTML documents are checked.
  const args = ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs];
  const { stderr } = await promisify(execFile)('java', args, { maxBuffer: 64 * 1024 * 1024 })
    .catch((error: { stderr?: string; code?: number }) => {
      if (error.code === 1 && error.stderr) return { stderr: error.stderr };
      throw error;
    });
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}

const where = (message: VnuMessage) => `${message.url.replace(/^file:/, '')}:${message.lastLine ?? message.firstLine ?? '?'}:${message.firstColumn ?? '?'} ${message.message}`;

describe('the HTML of a built archive', () => {
  let dir: string;
  let out: string;
  let control: string;
  let imported: string;
  let messages: VnuMessage[] = [];
  const missing = javaMissing();

  beforeAll(async () => {
    if (missing) return;
    dir = await tempDir();
    out = path.join(dir, 'public');
    const result = await buildInto(await generatedContent(dir), out);
    expect(result.ok).toBe(true);
    // An archive from other generators: GFM tables, footnotes and task lists have markup of their own.
    imported = path.join(dir, 'imported');
    expect((await buildInto(fixture('imported/content'), imported)).ok).toBe(true);
    // A page with a known mistake, checked in the same run, proves the checker really read the files.
    control = path.join(dir, 'control');
    await mkdir(control);
    await writeFile(path.join(control, 'broken.html'), '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
    messages = await checkHtml([out, imported, control]);
  }, 300_000);
  afterAll(() => (dir ? remove(dir) : undefined));

  it('is checked for real: a page with a known mistake is reported', () => {
    if (missing) throw missing;
    expect(messages.filter((message) => message.url.includes('/control/')).length).toBeGreaterThan(0);
  });

  it('has no errors on any page', () => {
    if (missing) throw missing;
    const errors = messages.filter((message) => !message.url.includes('/control/') && message.type === 'error').map(where);
    expect(errors).toEqual([]);
  });
});

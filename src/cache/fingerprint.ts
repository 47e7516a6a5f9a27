// What cached work depends on besides its own input: Dateline's version and code, and the options it
// ran with. A change to any of them starts afresh, so a cache can never serve stale output.
import { createHash, hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const codeRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const hashes = new Map<string, string>();

/** Hash of the code in some folders of Dateline (compiled JS, or TS sources under tests). */
function codeHash(folders: string[]): string {
  const cacheKey = folders.join(',');
  const known = hashes.get(cacheKey);
  if (known) return known;
  const digest = createHash('sha1').update(version());
  for (const folder of folders) {
    const dir = path.join(codeRoot, folder);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(js|ts)$/.test(name)).sort();
    for (const file of files) digest.update(file).update(readFileSync(path.join(dir, file)));
  }
  const hex = digest.digest('hex');
  hashes.set(cacheKey, hex);
  return hex;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(codeRoot, '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Hash of the parts, each followed by a NUL. Strings alone are hashed in one call, a third cheaper for page keys. */
export function hashParts(...parts: (string | Uint8Array)[]): string {
  if (parts.every((part) => typeof part === 'string')) return hash('sha1', `${parts.join('\0')}\0`);
  const digest = createHash('sha1');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex');
}

/** Names a parse-cache generation: the parse stage's code and options. */
export function parseFingerprint(options: object): string {
  return hashParts(codeHash(['content', 'topics']), JSON.stringify(options)).slice(0, 16);
}

/** Everything in Dateline's code that can change a rendered page. */
export function renderCodeHash(): string {
  return codeHash(['.']);
}

/** Hash of every file in a folder (templates and their assets), names included. */
export function folderHash(dir: string): string {
  const digest = createHash('sha1');
  let files: string[] = [];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return 'missing';
  }
  for (const file of files) {
    try {
      digest.update(file).update(readFileSync(path.join(dir, file)));
    } catch {
      // A folder entry: its files are listed on their own.
    }
  }
  return digest.digest('hex');
}

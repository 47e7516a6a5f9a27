// The hash that names a content file's bytes: the parse cache's key, and the `hash` in its metadata.
// Apart from the parser so that a build which parses nothing in this thread need not load the parser.
import { createHash } from 'node:crypto';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

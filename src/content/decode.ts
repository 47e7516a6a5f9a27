// Turns a content file's bytes into clean text: UTF-8 (else Windows-1252), no BOM, LF line endings.
import type { Problem } from '../types.js';

export interface DecodedText {
  text: string;
  problems: Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €…); the rest is Latin-1. Node's own
 * `TextDecoder('windows-1252')` decodes as Latin-1 and turns these into invisible C1 controls.
 * The five bytes Windows-1252 leaves undefined stay C1 controls and are dropped with the others.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g,
      (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
  }
  return text;
}

/** True when the bytes look like a binary file rather than text (NUL bytes in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  // Every file is checked: a Buffer's search is a `memchr`, several times faster than a typed
  // array's `includes` (and the Buffer is a view, not a copy).
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).indexOf(0) !== -1;
}

/** Decodes a text file; returns undefined text with an error problem for a binary file. */
export function decodeContent(file: string, bytes: Uint8Array): DecodedText {
  if (looksBinary(bytes)) {
    return {
      text: '',
      problems: [{
        file, code: 'binary-file', severity: 'error',
        message: 'This is a binary file, not a text article.',
        hint: 'Move it out of the content folder, or give it an extension Dateline does not read.',
      }],
    };
  }
  const problems: Problem[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    problems.push({
      file, code: 'decoded-as-windows-1252', severity: 'warning',
      message: 'The file is not valid UTF-8; it was read as Windows-1252.',
      hint: 'Save the file as UTF-8 to be sure every character shows as intended.',
    });
  }
  return { text: normaliseText(text), problems };
}

/**
 * Strips byte-order marks (tools that re-save a file sometimes add a second) and turns CRLF/CR line
 * endings into LF, so all inputs parse alike; drops control characters: invisible to readers, and
 * not allowed in the XML of feeds and sitemaps.
 * Form and vertical-tab feeds (page breaks in old word processors) become line breaks.
 */
export function normaliseText(text: string): string {
  // Most files have none of these characters; one scan then spares the four replacing passes.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n').replace(/[\v\f]/g, '\n').replace(CONTROL_CHARACTERS, '');
}

/** C0 controls but tab and line feed, DEL, C1 controls, and lone surrogate halves. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character one of the replacements above could change (a BOM anywhere, CR, VT, FF, controls, surrogates). */
const NEEDS_NORMALISING = /[\uFEFF\r\v\f\u0000-\u0008\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

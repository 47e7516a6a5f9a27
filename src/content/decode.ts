// Turns a content file's bytes into clean text: UTF-8 (else Windows-1252), no BOM, LF line endings.
import type { Problem } from '../types.js';

export interface DecodedText {
  text: string;
  problems: Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/** True when the bytes look like a binary file rather than text (NUL bytes in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
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
    text = windows1252.decode(bytes);
    problems.push({
      file, code: 'decoded-as-windows-1252', severity: 'warning',
      message: 'The file is not valid UTF-8; it was read as Windows-1252.',
      hint: 'Save the file as UTF-8 to be sure every character shows as intended.',
    });
  }
  return { text: normaliseText(text), problems };
}

/** Strips a byte-order mark and turns CRLF/CR line endings into LF, so all inputs parse alike. */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

// Tables cut out of a Markdown body, so the rest can keep the fast CommonMark reading. micromark, which
// knows GFM tables, takes 4 ms or more for a long article; given only the table, a fraction of that.
// A table is cut out only where nothing around it can reach into it or across it: it stands alone
// between blank lines at the start of its lines, and the body has no fence, long HTML block or link
// definition (which can span blank lines, or be used from another part).
import { isDelimiterRow } from './gfm.js';

/** A part of a body, and the line of the body it starts on (0 = the first). */
export interface BodyPart {
  text: string;
  line: number;
}

/**
 * Blocks that run on past blank lines, so a line between blank lines may be inside one: a fence, and
 * the HTML blocks that end only at their closing tag (`<pre>`, `<script>`…; a `<figure>` ends at a
 * blank line). Matched anywhere in a line, which only errs towards finding one.
 */
export const LONG_BLOCK = /^ {0,3}(?:```|~~~)|<(?:pre|script|style|textarea)/im;
/** Comments and processing instructions also run past blank lines; definitions tie parts together. */
const SPANNING = /^ {0,3}(?:<[!?]|\[[^\]]*\]:)/m;

/**
 * The body cut into tables and what lies between them, in order; undefined when it cannot be cut
 * safely or holds no table that stands alone (the caller reads it whole).
 */
export function tableBlocks(text: string): BodyPart[] | undefined {
  if (LONG_BLOCK.test(text) || SPANNING.test(text)) return undefined;
  const lines = text.split('\n');
  const parts: BodyPart[] = [];
  let partStart = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!isTableStart(lines, i)) {
      // A delimiter row that is no table's second line: micromark may still read a table there.
      if (isDelimiterRow(lines[i] as string)) return undefined;
      continue;
    }
    let end = i + 2;
    while (end < lines.length && (lines[end] as string).startsWith('|')) end++;
    // A table must end at a blank line (or the body's end): anything else could continue it.
    if (end < lines.length && (lines[end] as string).trim() !== '') return undefined;
    if (i > partStart) parts.push({ text: lines.slice(partStart, i).join('\n'), line: partStart });
    parts.push({ text: lines.slice(i, end).join('\n'), line: i });
    partStart = end;
    i = end - 1;
  }
  if (!parts.length) return undefined;
  if (partStart < lines.length) parts.push({ text: lines.slice(partStart).join('\n'), line: partStart });
  return parts.length > 1 ? parts : undefined;
}

/** A header row at a line's start after a blank line (or the body's start), then a delimiter row. */
function isTableStart(lines: string[], i: number): boolean {
  const line = lines[i] as string;
  const next = lines[i + 1];
  return line.startsWith('|') && next !== undefined && next.startsWith('|') && isDelimiterRow(next)
    && (i === 0 || (lines[i - 1] as string).trim() === '');
}

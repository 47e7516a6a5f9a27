// The wire format's parser: ` date YYYY-MM-DD <lede…>`, blank-line paragraphs, subheadings
// and photo captions, turned into the same mdast that Markdown yields so both share every transform.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/** What the date line said, for the article stage. */
export interface WireData {
  /** The raw date text after `date`, e.g. `2023-07-20`; absent when the first line has no date. */
  dateText?: string;
  /** 1-based line and column of the date text, for error messages. */
  dateLine: number;
  dateColumn: number;
}

const DATE_LINE = /^(\s*)date[ \t]+(\S+)[ \t]*/;
const CREDIT = /\s*\(credit:\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/i;
/** Subheadings are short; anything longer is a paragraph however it ends. */
const SUBHEADING_MAX_CHARS = 90;
const SUBHEADING_MAX_WORDS = 12;

interface Block {
  text: string;
  line: number;
  column: number;
}

/** Splits text into blank-line separated blocks, remembering where each starts. */
function blocksOf(text: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let current: string[] = [];
  let start = 0;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      if (current.length) blocks.push({ text: current.join(' '), line: firstLine + start, column: 1 });
      current = [];
      return;
    }
    if (!current.length) start = index;
    current.push(line);
  });
  if (current.length) blocks.push({ text: current.join(' '), line: firstLine + start, column: 1 });
  return blocks;
}

/** A short line with no closing punctuation is a subheading; a line ending in `:` introduces a quote. */
export function isSubheading(text: string): boolean {
  if (text.length > SUBHEADING_MAX_CHARS || text.split(/\s+/).length > SUBHEADING_MAX_WORDS) return false;
  if (/[.!?:;,…"'”’)\]»]$/.test(text)) return false;
  return /^[\p{L}\p{N}"“‘'(]/u.test(text);
}

function position(block: Block): Paragraph['position'] {
  return {
    start: { line: block.line, column: block.column },
    end: { line: block.line, column: block.column + block.text.length },
  };
}

/** A caption becomes `<figure><figcaption>text <small class="credit">…</small></figcaption></figure>`. */
function captionNode(block: Block, caption: string, credit: string): RootContent {
  const children: PhrasingContent[] = [{ type: 'text', value: caption }];
  children.push({ type: 'text', value: ' ' });
  children.push({
    type: 'emphasis',
    data: { hName: 'small', hProperties: { className: ['credit'] } },
    children: [{ type: 'text', value: `Credit: ${credit}` }],
  });
  const figcaption = {
    type: 'paragraph',
    data: { hName: 'figcaption' },
    children,
  } as Paragraph;
  return {
    type: 'paragraph',
    data: { hName: 'figure' },
    children: [figcaption as unknown as PhrasingContent],
    position: position(block),
  } as Paragraph;
}

/**
 * Whether text ends as every CREDIT match does, in `)` and white space (`trimEnd` trims what `\s`
 * matches). Trying CREDIT from each position of every paragraph was most of wire.ts's time; most
 * paragraphs fail this test, which does not scan them, and CREDIT only runs on the rest.
 */
function endsWithParenthesis(text: string): boolean {
  return text.trimEnd().endsWith(')');
}

function blockNode(block: Block, isFirst: boolean): RootContent {
  const credit = endsWithParenthesis(block.text) ? CREDIT.exec(block.text) : null;
  if (credit) {
    const caption = block.text.slice(0, credit.index).trim();
    return captionNode(block, caption, (credit[1] ?? '').trim());
  }
  if (!isFirst && isSubheading(block.text)) {
    const heading: Heading = {
      type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }], position: position(block),
    };
    return heading;
  }
  return { type: 'paragraph', children: [{ type: 'text', value: block.text }], position: position(block) };
}

/**
 * Parses wire text (front matter already removed) into mdast. `lineOffset` is the number of lines
 * front matter took, so positions point into the original file.
 */
export function parseWireText(text: string, lineOffset = 0): { tree: Root; wire: WireData } {
  const match = DATE_LINE.exec(text);
  const leading = match ? (match[1] ?? '') : '';
  const before = text.slice(0, leading.length);
  const dateLine = lineOffset + 1 + (before.match(/\n/g)?.length ?? 0);
  const dateColumn = leading.length - before.lastIndexOf('\n') + 'date '.length;
  const wire: WireData = { dateText: match?.[2], dateLine, dateColumn: match ? dateColumn : 1 };
  const body = match ? text.slice(match[0].length) : text;
  const firstLine = match ? dateLine : lineOffset + 1;
  const blocks = blocksOf(body, firstLine);
  const tree: Root = { type: 'root', children: blocks.map((block, i) => blockNode(block, i === 0)) };
  return { tree, wire };
}

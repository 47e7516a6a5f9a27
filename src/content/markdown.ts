// Markdown bodies parsed by commonmark.js, the CommonMark reference parser, into mdast, so every step
// after it (mdast-util-to-hast, the sanitiser, our facts) is remark's own. micromark parses the same
// spec, but at about 1 ms per article it was most of a cold Markdown build; commonmark.js takes a
// twentieth of that. Both follow CommonMark, so the trees carry the same content. Bodies with GitHub's
// extensions to it (tables, strikethrough…) go to micromark, which knows them (gfm.ts).
import { Parser, type Node } from 'commonmark';
import type { BlockContent, Image, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmConstructsOf, linkAddresses, parseGfm } from './gfm.js';
import { LONG_BLOCK, tableBlocks } from './table-blocks.js';

const parser = new Parser();

/**
 * The mdast of a Markdown body; `lineOffset` lines of front matter came before it in the file. Only
 * images carry a position (their line, for the missing-alt-text warning): nothing else reads one.
 */
export function parseMarkdown(body: string, lineOffset: number): Root {
  const text = withoutMoreMarkers(body);
  const tree = parseCommonMark(text, lineOffset);
  const constructs = gfmConstructsOf(text, tree);
  if (constructs.length === 0) return tree;
  if (constructs.length === 1 && constructs[0] === 'address' && linkAddresses(text, tree)) return tree;
  const parts = constructs.includes('table') ? tableBlocks(text) : undefined;
  // Each part read on its own: the tables by micromark, the rest as any body is.
  if (parts) return { type: 'root', children: parts.flatMap((part) => parseMarkdown(part.text, lineOffset + part.line).children) };
  try {
    return parseGfm(text, lineOffset, constructs);
  } catch {
    // micromark's GFM extensions assert on some malformed bodies (fuzzing found an empty list item
    // followed by a lazy `[x]` line). One odd article must not stop a build: it keeps CommonMark's reading.
    return tree;
  }
}

/** The summary divider of Hugo, Jekyll and WordPress posts, on a line of its own. */
const MORE_MARKER = /^ {0,3}<!--\s*more\s*-->[ \t]*\r?$/;

/**
 * The body without its `<!--more-->` dividers, each left a blank line (so lines keep their numbers).
 * A divider is raw HTML, which sends a body through the slow general pipeline only to be dropped by
 * the sanitiser; one between blank lines, in a body where nothing could hold it, is dropped here.
 */
function withoutMoreMarkers(text: string): string {
  if (!text.includes('<!--') || LONG_BLOCK.test(text)) return text;
  const lines = text.split('\n');
  const blank = (i: number) => i < 0 || i >= lines.length || (lines[i] as string).trim() === '';
  const markers = lines.flatMap((line, i) => (MORE_MARKER.test(line) && blank(i - 1) && blank(i + 1) ? [i] : []));
  // Any other comment could be open across a divider (its `-->` would close it): left as it is.
  if (markers.length === 0 || text.split('<!--').length - 1 !== markers.length) return text;
  for (const i of markers) lines[i] = '';
  return lines.join('\n');
}

/** commonmark.js's reading of a body, as mdast (exported for the test that GFM-free bodies read the same). */
export function parseCommonMark(text: string, lineOffset: number): Root {
  const document = parser.parse(text);
  return { type: 'root', children: blocks(document, { text, lineOffset, lineStarts: undefined }) as RootContent[] };
}

interface Source {
  text: string;
  lineOffset: number;
  /** Offset of each line's first character, worked out only when an image needs a position. */
  lineStarts: number[] | undefined;
}

function blocks(parent: Node, source: Source): RootContent[] {
  const children: RootContent[] = [];
  for (let node = parent.firstChild; node; node = node.next) {
    const converted = block(node, source);
    if (converted) children.push(converted);
  }
  return children;
}

function block(node: Node, source: Source): RootContent | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: inlines(node, source) };
    case 'heading':
      return { type: 'heading', depth: node.level as 1 | 2 | 3 | 4 | 5 | 6, children: inlines(node, source) };
    case 'block_quote':
      return { type: 'blockquote', children: blocks(node, source) as BlockContent[] };
    case 'list': {
      const spread = !node.listTight;
      const items: ListItem[] = [];
      for (let item = node.firstChild; item; item = item.next) {
        items.push({ type: 'listItem', spread, checked: null, children: blocks(item, source) as BlockContent[] });
      }
      const ordered = node.listType === 'ordered';
      return { type: 'list', ordered, start: ordered ? node.listStart : null, spread, children: items };
    }
    case 'code_block': {
      const info = (node.info ?? '').trim();
      const space = info.search(/\s/);
      return {
        type: 'code', lang: info ? (space < 0 ? info : info.slice(0, space)) : null,
        meta: space < 0 ? null : info.slice(space).trim() || null, value: withoutFinalNewline(node.literal ?? ''),
      };
    }
    case 'html_block':
      return { type: 'html', value: withoutFinalNewline(node.literal ?? '') };
    case 'thematic_break':
      return { type: 'thematicBreak' };
    default:
      return undefined;
  }
}

function withoutFinalNewline(value: string): string {
  return value.endsWith('\n') ? value.slice(0, -1) : value;
}

/**
 * Inline content as mdast has it: adjacent text (soft line breaks included, as `\n`) is one text node.
 * Inline nodes carry no position in commonmark.js; lines are counted from the block's first.
 */
function inlines(parent: Node, source: Source): PhrasingContent[] {
  return phrasing(parent, { source, line: parent.sourcepos[0][0] });
}

interface State {
  source: Source;
  /** Line of the body the walk has reached. */
  line: number;
}

/** The start of a line, as a unist position (column 1) in the file. */
function lineStart(state: State): NonNullable<Image['position']> {
  const { source, line } = state;
  source.lineStarts ??= [0, ...[...source.text.matchAll(/\n/g)].map((match) => (match.index as number) + 1)];
  const point = { line: line + source.lineOffset, column: 1, offset: source.lineStarts[line - 1] ?? 0 };
  return { start: point, end: point };
}

function phrasing(parent: Node, state: State): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  const text = (value: string) => {
    const last = children[children.length - 1];
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  };
  for (let node = parent.firstChild; node; node = node.next) {
    switch (node.type) {
      case 'text':
        text(node.literal ?? '');
        break;
      case 'softbreak':
        state.line++;
        text('\n');
        break;
      case 'linebreak':
        state.line++;
        children.push({ type: 'break' });
        break;
      case 'emph':
        children.push({ type: 'emphasis', children: phrasing(node, state) });
        break;
      case 'strong':
        children.push({ type: 'strong', children: phrasing(node, state) });
        break;
      case 'code':
        children.push({ type: 'inlineCode', value: node.literal ?? '' });
        break;
      case 'html_inline':
        children.push({ type: 'html', value: node.literal ?? '' });
        break;
      case 'link':
        children.push({ type: 'link', url: node.destination ?? '', title: node.title || null, children: phrasing(node, state) });
        break;
      case 'image': {
        const position = lineStart(state);
        const alt = plainText(phrasing(node, state));
        children.push({ type: 'image', url: node.destination ?? '', title: node.title || null, alt, position });
        break;
      }
      default:
        break;
    }
  }
  return children;
}

/** An image's alt text: the text of what its brackets hold, markup dropped. */
function plainText(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if ('value' in node && node.type !== 'html') text += node.value;
    else if ('alt' in node) text += node.alt ?? '';
    else if ('children' in node) text += plainText(node.children as PhrasingContent[]);
  }
  return text;
}

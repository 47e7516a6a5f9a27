// GitHub Flavored Markdown: tables, ~~strikethrough~~, footnotes, task lists and bare links, as Hugo and
// GitHub render them. Archives moved over from other generators carry these, and without them a table
// reaches the reader as rows of pipes. micromark (remark's parser) knows GFM; commonmark.js, which
// parses plain CommonMark twenty to sixty times faster, does not. GFM adds only these constructs to
// CommonMark, so a body that holds none of their marks parses the same either way: only a body with
// a mark that could start one goes through micromark, and with only the extensions its marks call
// for (each one costs: bare links alone double micromark's time).
import type { Image, Nodes, Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Extension } from 'micromark-util-types';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/** One GFM construct: how micromark reads it, and how its tokens become mdast. */
interface Construct {
  syntax: () => Extension;
  mdast: () => MdastExtension;
}

/** In the order `micromark-extension-gfm` lists them, which decides who reads a character first. */
const CONSTRUCTS = {
  address: { syntax: gfmAutolinkLiteral, mdast: gfmAutolinkLiteralFromMarkdown },
  footnote: { syntax: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  strikethrough: { syntax: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
  table: { syntax: gfmTable, mdast: gfmTableFromMarkdown },
  taskList: { syntax: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
} satisfies Record<string, Construct>;

export type GfmConstruct = keyof typeof CONSTRUCTS;
export const ALL_CONSTRUCTS = Object.keys(CONSTRUCTS) as GfmConstruct[];

/**
 * A table's delimiter row: only pipes, colons, dashes and blanks, with a dash and a pipe or colon
 * (`:-` under one column is a table too; a bare `---` is a rule or a heading's underline).
 */
const DELIMITER_ROW = /^[ \t|:-]*-[ \t|:-]*\r?$/;

/**
 * Whether a line of the body is a delimiter row. Lines are found by hand and only those that start
 * with a mark are matched: a multiline pattern tries every character of every body, five times the cost.
 */
function hasDelimiterRow(text: string): boolean {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let first = start;
    while (text[first] === ' ' || text[first] === '\t') first++;
    if ((text[first] === '|' || text[first] === ':' || text[first] === '-') && isDelimiterRow(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/** Whether one line (without its line break) is a table's delimiter row. */
export function isDelimiterRow(line: string): boolean {
  return DELIMITER_ROW.test(line) && (line.includes('|') || line.includes(':'));
}

/**
 * The GFM constructs a body may use, never missing one it does: found by their marks in the text,
 * and for bare addresses in the text of its CommonMark tree. (A footnote's text is no text to
 * CommonMark, which reads `[^1]: …` as a link definition: with footnotes, any address counts; and
 * likewise with tables.)
 */
export function gfmConstructsOf(text: string, commonMark: Root): GfmConstruct[] {
  const found = new Set<GfmConstruct>();
  if (hasDelimiterRow(text)) found.add('table');
  if (text.includes('~')) found.add('strikethrough');
  if (text.includes('[^')) found.add('footnote');
  // A task-list item's box (the item may sit anywhere: in a quote, a nested list, after a lazy line).
  if (TASK_BOX.test(text)) found.add('taskList');
  // A table's cells are text where CommonMark saw a paragraph, a code span even: with a table too, any address counts.
  if (found.has('footnote') || found.has('table') ? mayHoldAddress(text) : mentionsAddress(commonMark)) found.add('address');
  return ALL_CONSTRUCTS.filter((name) => found.has(name));
}

/** A task-list item's box, empty (a space or a tab) or checked. */
const TASK_BOX = /\[[ \txX]\]/;
/** A mail address's `@`: between characters a mail address is made of (not a handle such as ` @newsdesk`). */
const MAIL_AT = /[\w+.-]@[\w.-]/;
const WWW = /www\./i;

/**
 * Whether a text may hold a bare web or mail address, where GFM makes a link of one: a protocol's
 * `://` (GFM links only `http://` and `https://`), `www.`, or a mail address's `@` (which `mailto:`
 * and `xmpp:` links need too). Handles such as `@newsdesk` are common in news text and no link. Run on
 * every text of every Markdown body, so the cheap tests go first.
 */
function mayHoldAddress(text: string): boolean {
  return text.includes('://') || (text.includes('@') && MAIL_AT.test(text)) || WWW.test(text);
}

/**
 * Whether the text of a CommonMark tree holds what GFM could make a link of: outside code, and
 * outside links (an autolink's text is its address, and GFM makes no link inside a link).
 */
function mentionsAddress(node: Nodes): boolean {
  if (node.type === 'text') return mayHoldAddress(node.value);
  return 'children' in node && node.type !== 'link' && node.children.some(mentionsAddress);
}

/**
 * A whitespace-free run holding what may be a bare address, and the shape of one that GFM's two ways
 * of finding addresses (micromark's tokeniser, and the pass over CommonMark's text) read alike: a web
 * address with a dotted host and a plain path, or a mail address, with brackets, quotes and
 * punctuation only around it. No inline mark (`*`, `_`, `` ` ``, `&`, `<`…) can reach into such a run
 * (an underscore can open emphasis, so addresses with one are left to micromark).
 */
const ADDRESS_RUN = /[^\s]*(?::\/\/|www\.|@)[^\s]*/gi;
/** A run ending in a link's destination: `[text](https://…)`, with punctuation after, or a title to come. */
const LINKED_RUN = /\]\(([^\s()<>]+)(?:\)[.,;:!?"')]*)?$/;
const PLAIN_ADDRESS_RUN = new RegExp(String.raw`^[("']*(?:(?:https?://|www\.)[a-z\d][a-z\d-]*(?:\.[a-z\d][a-z\d-]*)+(?:[/?#][a-z\d/.%?#=+-]*)?`
  + String.raw`|(?!.*(?:www\.|://))[a-z\d.+-]+@[a-z\d][a-z\d-]*(?:\.[a-z\d][a-z\d-]*)+)[.,;:!?)"']*$`, 'i');

/**
 * Makes links of the bare addresses in a CommonMark tree, as GFM reads them, when each is a plain
 * address (above); false, the tree untouched, otherwise. micromark with the address extension takes
 * 5 ms or more for a long article; this, a few hundredths of that.
 */
export function linkAddresses(text: string, commonMark: Root): boolean {
  const destinations = linkDestinations(commonMark);
  for (const [run] of text.matchAll(ADDRESS_RUN)) {
    const mayBeAddress = run.includes('://') || WWW.test(run) || MAIL_AT.test(run);
    if (!mayBeAddress || PLAIN_ADDRESS_RUN.test(run)) continue;
    // A link's or image's destination is no bare address, and common in any article: a run that is
    // one, as CommonMark read it (each destination once), is left to CommonMark's link.
    const destination = LINKED_RUN.exec(run);
    const before = destination ? run.slice(0, destination.index) : '';
    const uses = destination ? destinations.get(destination[1] as string) ?? 0 : 0;
    if (!uses || before.includes('://') || WWW.test(before) || before.includes('@')) return false;
    destinations.set(destination?.[1] as string, uses - 1);
  }
  for (const transform of gfmAutolinkLiteralFromMarkdown().transforms ?? []) transform(commonMark);
  return true;
}

/** How many links and images lead to each destination. */
function linkDestinations(node: Nodes, found = new Map<string, number>()): Map<string, number> {
  if (node.type === 'link' || node.type === 'image') found.set(node.url, (found.get(node.url) ?? 0) + 1);
  if ('children' in node) for (const child of node.children) linkDestinations(child, found);
  return found;
}

/** micromark's options per set of constructs, made once. */
const optionsFor = new Map<string, { extensions: Extension[]; mdastExtensions: MdastExtension[] }>();

/**
 * The mdast of a body read with the given GFM constructs (in `ALL_CONSTRUCTS` order); `lineOffset`
 * lines of front matter came before it. As in markdown.ts, only images carry a position (their line).
 */
export function parseGfm(text: string, lineOffset: number, constructs: readonly GfmConstruct[]): Root {
  const key = constructs.join();
  let options = optionsFor.get(key);
  if (!options) {
    options = { extensions: constructs.map((name) => CONSTRUCTS[name].syntax()), mdastExtensions: constructs.map((name) => CONSTRUCTS[name].mdast()) };
    optionsFor.set(key, options);
  }
  const tree = fromMarkdown(text, options);
  keepImagePositions(tree, lineOffset);
  return tree;
}

function keepImagePositions(node: Nodes, lineOffset: number): void {
  if (node.type === 'image') {
    const start = (node as Image).position?.start;
    const point = start && { line: start.line + lineOffset, column: 1, offset: (start.offset ?? 0) - (start.column - 1) };
    node.position = point && { start: point, end: point };
  } else {
    delete node.position;
  }
  if ('children' in node) for (const child of node.children) keepImagePositions(child, lineOffset);
}

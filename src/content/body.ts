// One unified processor per format: wire or Markdown in, the same mdast transforms, remark-html out.
import type { Root } from 'mdast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { SourceFile } from '../types.js';
import { collectFacts, demoteHeadings, type BodyFacts } from './facts.js';
import { wireParse, type WireData } from './wire.js';

/** GitHub's sanitising rules, plus the figure and credit markup the wire format produces. */
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'small'],
  attributes: {
    ...defaultSchema.attributes,
    small: [['className', 'credit']],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'loading', 'decoding'],
  },
};

const processors = {
  wire: unified().use(wireParse).use(remarkHtml, { sanitize: schema }).freeze(),
  markdown: unified().use(remarkParse).use(remarkHtml, { sanitize: schema }).freeze(),
};

export interface RenderedBody {
  html: string;
  facts: BodyFacts;
  /** The date line of a wire file; absent for Markdown. */
  wire?: WireData;
}

/** Parses a body (front matter removed) and renders it to sanitised HTML. */
export function renderBody(format: SourceFile['format'], text: string, lineOffset: number): RenderedBody {
  const processor = processors[format];
  const file = new VFile({ value: text, data: { lineOffset } });
  const tree = processor.parse(file) as Root;
  demoteHeadings(tree);
  const facts = collectFacts(tree);
  const html = processor.stringify(processor.runSync(tree, file) as Root, file) as string;
  return { html, facts, wire: file.data.wire };
}

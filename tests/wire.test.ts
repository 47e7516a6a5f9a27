import { readFileSync } from 'node:fs';
import type { Heading, Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../src/content/body.js';
import { isSubheading, parseWireText } from '../src/content/wire.js';
import { normaliseText } from '../src/content/decode.js';

const sample = normaliseText(readFileSync(new URL('../content/000_61ce3dd94c004aff.txt', import.meta.url), 'utf8'));

function textOf(node: Root['children'][number]): string {
  return JSON.stringify(node);
}

describe('wire parser on the sample article', () => {
  const { tree, wire } = parseWireText(sample);

  it('reads the date line and its position', () => {
    expect(wire.dateText).toBe('2023-07-20');
    expect(wire.dateLine).toBe(1);
    expect(wire.dateColumn).toBe(7);
  });

  it('makes the rest of the first line the first paragraph', () => {
    const first = tree.children[0] as Paragraph;
    expect(first.type).toBe('paragraph');
    expect((first.children[0] as { value: string }).value).toMatch(/^Iranian Defense Minister Mohammad Reza Ashtiani signed/);
  });

  it('finds the one subheading', () => {
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.depth).toBe(2);
    expect(textOf(headings[0]!)).toContain("Iran's outreach to South America");
  });

  it('renders the caption as a figure with a marked-up credit', () => {
    const { html } = renderBody('wire', sample, 0);
    expect(html).toContain('<figure><figcaption>Bolivia\'s President Evo Morales talks with Iran President Hassan Rohani');
    expect(html).toContain('<small class="credit">Credit: Hugo Aseff/Courtesy of Bolivian Presidency/Handout via REUTERS</small></figcaption></figure>');
    expect(html).toContain('<h2>Iran\'s outreach to South America</h2>');
    expect(html.match(/<p>/g)).toHaveLength(9);
  });
});

describe('wire parser on tricky input', () => {
  it('treats a line ending in a colon as a paragraph that introduces a quote', () => {
    const { tree } = parseWireText('date 2020-01-01 Lede here.\n\nThe minister said:\n\n"We will win."');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps long unpunctuated lines as paragraphs', () => {
    const long = 'This line runs on and on without any final punctuation but is far too long to be a heading at all really';
    expect(isSubheading(long)).toBe(false);
    expect(isSubheading('Reaction abroad')).toBe(true);
    expect(isSubheading('He said so.')).toBe(false);
    expect(isSubheading('Why now?')).toBe(false);
  });

  it('accepts leading whitespace and a date-only first line', () => {
    const { tree, wire } = parseWireText('\n\n   date 2021-03-04\nThe lede is on the next line.\n\nSecond.');
    expect(wire.dateText).toBe('2021-03-04');
    expect(wire.dateLine).toBe(3);
    expect(tree.children).toHaveLength(2);
  });

  it('reports no date when the first line lacks one', () => {
    expect(parseWireText('Just a paragraph.').wire.dateText).toBeUndefined();
  });

  it('shows markup-like text literally, never as HTML or Markdown', () => {
    const { html } = renderBody('wire', 'date 2020-01-01 <script>alert(1)</script> **not bold** {{ site.title }}', 0);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> **not bold** {{ site.title }}');
    expect(html).not.toContain('<script>');
  });

  it('points positions past the front matter', () => {
    const { tree } = parseWireText('date 2020-01-01 One.\n\nTwo.', 4);
    expect(tree.children[1]?.position?.start.line).toBe(7);
  });
});

// GitHub Flavored Markdown, as archives from Hugo or GitHub carry it: tables, strikethrough, footnotes,
// task lists, bare links. Bodies with none of their marks keep the fast CommonMark reading, and the
// rest are read with only the constructs they use: either way, as all of GFM would read them.
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownStack, renderBody } from '../src/content/body.js';
import { ALL_CONSTRUCTS, gfmConstructsOf, parseGfm, type GfmConstruct } from '../src/content/gfm.js';
import { sanitisedTree } from '../src/content/markdown-stack.js';
import { parseCommonMark, parseMarkdown } from '../src/content/markdown.js';
import { tableBlocks } from '../src/content/table-blocks.js';

const html = (markdown: string) => renderBody('markdown', markdown, 0).html;

beforeAll(loadMarkdownStack);

/** Every in-page link's target, and whether an element in the same HTML has that id. */
function fragmentTargets(out: string): [string, boolean][] {
  return [...out.matchAll(/href="#([^"]+)"/g)].map(([, id]) => [id as string, out.includes(`id="${id}"`)]);
}

describe('GFM bodies', () => {
  it('renders a table, aligning columns by class (the align attribute is obsolete)', () => {
    expect(html('Results:\n\n| Party | Seats |\n|:------|------:|\n| Green | 12 |\n| Blue | 9 |\n')).toBe(
      '<p>Results:</p>\n<table>\n<thead>\n<tr>\n<th class="align-left">Party</th>\n<th class="align-right">Seats</th>\n</tr>\n'
      + '</thead>\n<tbody>\n<tr>\n<td class="align-left">Green</td>\n<td class="align-right">12</td>\n</tr>\n'
      + '<tr>\n<td class="align-left">Blue</td>\n<td class="align-right">9</td>\n</tr>\n</tbody>\n</table>\n');
  });

  it('renders strikethrough, bare web and mail addresses as links, and task lists with disabled boxes', () => {
    const out = html('The vote was ~~Tuesday~~ Wednesday. See www.example.org or write to desk@example.org.\n\n- [x] Filed\n- [ ] Checked\n');
    expect(out).toContain('<del>Tuesday</del> Wednesday');
    expect(out).toContain('<a href="http://www.example.org">www.example.org</a>');
    expect(out).toContain('<a href="mailto:desk@example.org">desk@example.org</a>');
    expect(out).toContain('<li class="task-list-item"><label><input type="checkbox" checked disabled> Filed</label></li>');
    expect(out).toContain('<li class="task-list-item"><label><input type="checkbox" disabled> Checked</label></li>');
  });

  it('labels each box with its item\'s words, in tight and loose lists, leaving nested lists out of the label', () => {
    expect(html('- [ ] Sign *it*\n  - sub\n')).toContain('<li class="task-list-item"><label><input type="checkbox" disabled> Sign <em>it</em></label>\n<ul>');
    expect(html('- [x] One\n\n- [ ] Two\n')).toContain('<p><label><input type="checkbox" checked disabled> One</label></p>');
  });

  it('keeps the CommonMark reading of a body micromark\'s GFM cannot read, rather than failing the build', () => {
    expect(html('-\n[x] a\n')).toContain('<ul>');
  });

  it('links footnotes both ways to ids that exist, all prefixed so they cannot clobber the page', () => {
    const out = html('The council met.[^a] It voted.[^b]\n\n[^a]: On 3 May.\n[^b]: By 7 to 2.\n');
    const targets = fragmentTargets(out);
    expect(targets.length).toBe(4);
    expect(targets.every(([id, found]) => found && id.startsWith('user-content-'))).toBe(true);
    expect(out).not.toContain('user-content-user-content-');
    expect(out).toContain('On 3 May.');
  });

  it('points links in raw HTML at the prefixed ids too, and drops obsolete presentational attributes', () => {
    const out = html('<a href="#part-2">Skip</a>\n\n<h2 id="part-2">Part 2</h2>\n\n'
      + '<table border="1" cellpadding="4" width="80%"><tr><td align="CENTER" valign="top" nowrap>x</td></tr></table>\n');
    expect(out).toContain('<a href="#user-content-part-2">Skip</a>');
    expect(out).toContain('id="user-content-part-2"');
    expect(out).toContain('<td class="align-center">x</td>');
    expect(out).not.toMatch(/border=|cellpadding|width=|valign|nowrap|align=/i);
  });

  it('leaves a fragment alone when the article has no such id (it may be the page\'s own)', () => {
    expect(html('<a href="#main">Top</a>\n')).toContain('href="#main"');
  });

  it('counts a table\'s words and keeps the image line, front matter counted, on the GFM path', () => {
    const { facts } = renderBody('markdown', '| a | b |\n|---|---|\n| c | d |\n\n![](x.jpg)\n', 5);
    expect(facts.imagesWithoutAlt).toEqual([{ url: 'x.jpg', line: 10 }]);
    expect(facts.text).toContain('c');
  });
});

describe('gfmConstructsOf', () => {
  const constructs = (text: string) => gfmConstructsOf(text, parseCommonMark(text, 0));

  it.each([
    ['| a | b |\n| - | - |\n| 1 | 2 |', ['table']], ['a|b\n-|-', ['table']], ['a\n:-', ['table']], ['~~gone~~', ['strikethrough']],
    ['A note[^1]\n\n[^1]: x', ['footnote']], ['* [ ] todo', ['taskList']], ['> 1. [x] done', ['taskList']],
    ['Go to www.example.org', ['address']], ['See https://example.org now', ['address']], ['Mail me@example.org', ['address']],
    ['(http://x.org)', ['address']], ['_https://x.org', ['address']], ['](https://x.org', ['address']], ['[a](https://x.org', ['address']],
    ['A note[^1]\n\n[^1]: https://x.org', ['address', 'footnote']], ['~~www.x.org~~\n\n|a|\n|-|', ['address', 'strikethrough', 'table']],
  ])('finds in %j: %j', (text, expected) => {
    expect(constructs(text)).toEqual(expected);
  });

  it.each(['Plain *text* with [a link](https://example.org) and ![a map](http://x.org/m.png).', 'Score: 3-1 | not a table',
    'Follow @newsdesk and (@editor) for updates',
    '---\n\n***', '`www.example.org`', '    http://x.org', '<https://x.org> <me@x.org> [www.x.org](/a)'])(
    'finds none in %j (destinations, code and links hold no bare address)', (text) => {
      expect(constructs(text)).toEqual([]);
    });
});

/** The HTML of micromark's reading, or what it threw (its development build asserts on some odd input). */
function gfmHtml(text: string, constructs: readonly GfmConstruct[]): string {
  try {
    return toHtml(sanitisedTree(parseGfm(text, 0, constructs), true));
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

/**
 * That parseMarkdown reads a body as all of GFM does, where commonmark.js and micromark read its
 * CommonMark alike (they differ on some empty list items, which is markdown-html's concern).
 */
function expectReadAsAllOfGfm(text: string): void {
  fc.pre(toHtml(sanitisedTree(parseCommonMark(text, 0), true)) === gfmHtml(text, []));
  let read: string;
  try {
    read = toHtml(sanitisedTree(parseMarkdown(text, 0), true));
  } catch (error) {
    read = `threw ${(error as Error).message}`;
  }
  expect(read).toBe(gfmHtml(text, ALL_CONSTRUCTS));
}

describe('bare addresses linked in CommonMark\'s tree, without micromark', () => {
  // Bodies whose only GFM is a bare address skip micromark when no inline mark touches the address:
  // the links must be those all of GFM makes, for any text around them.
  const piece = fc.constantFrom('a', 'B c', ' ', '\n', '\n\n', '.', ',', ';', ':', '?', '!', ')', '(', '"', "'", '-', '/', '#', '=', '%', '+',
    'www.', 'http://', 'https://', 'https://x.org', 'example.com', 'a.b', 'x@', '@y', 'me@x.org', 'mailto:', 'xmpp:a@b.c', 'WWW.', 'HTTPS://',
    '*', '_', '`', '&amp;', '<', '>', '[', ']', '~', '\\', '> ', '- ', '1. ', '# ', '    ', 'é', '1', '_a', 'a_',
    '[a](https://x.org/a)', '](www.x.org)', '](', '<https://x.org>', '<me@x.org>', ' "t")', '![i](http://x.org/i.png)');
  it('makes the links all of GFM makes (fuzzed)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      // Only bodies whose one GFM construct is an address take this path (the rest: the test below).
      fc.pre(gfmConstructsOf(text, parseCommonMark(text, 0)).join() === 'address');
      expectReadAsAllOfGfm(text);
    }), { numRuns: 5000, maxSkipsPerRun: 100 });
  });

  it('links an address at a sentence\'s end without its full stop, and one in brackets without them', () => {
    expect(html('Read it at https://example.org/report.\n')).toContain('<a href="https://example.org/report">https://example.org/report</a>.');
    expect(html('(see www.example.org/a)\n')).toContain('(see <a href="http://www.example.org/a">www.example.org/a</a>)');
  });
});

describe('tables read apart from the rest of the body', () => {
  // A table that stands alone is read by micromark on its own and the rest by commonmark.js: the
  // body must read as all of GFM reads it whole, whatever surrounds the tables.
  const piece = fc.constantFrom('a', 'B c', ' ', '\n', '\n\n', '\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n', '| x |\n| - |\n', '|', '-', ':',
    '\n|---|\n', '> ', '- ', '1. ', '# ', '    ', '*', '_', '`', '[', ']', '(', ')', '![i](x.png)', '[l](/a)', 'www.x.org', '~', '\r\n',
    '\n\n|a|\n|-|\n|b|\nc', '***', '===', '\t', 'é', '<figure>', '</figure>', '<!-- ', ' -->', '<pre>', '</pre>', '<em>', '<?x', '<div>\n\n');
  it('reads as all of GFM reads the body whole (fuzzed)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      fc.pre(gfmConstructsOf(text, parseCommonMark(text, 0)).includes('table'));
      expectReadAsAllOfGfm(text);
    }), { numRuns: 3000, maxSkipsPerRun: 100 });
  });

  it('cuts out only tables that stand alone, in a body nothing ties together', () => {
    expect(tableBlocks('Intro.\n\n| a |\n| - |\n| 1 |\n\nAfter.\n')?.map((part) => [part.line, part.text]))
      .toEqual([[0, 'Intro.\n'], [2, '| a |\n| - |\n| 1 |'], [5, '\nAfter.\n']]);
    expect(tableBlocks('Intro.\n| a |\n| - |\n')).toBeUndefined();
    expect(tableBlocks('| a |\n| - |\n| 1 |\nmore\n\nText')).toBeUndefined();
    expect(tableBlocks('```\n\n| a |\n| - |\n\n```\n\nText')).toBeUndefined();
    expect(tableBlocks('[ref]: /x\n\n| a |\n| - |\n\nText')).toBeUndefined();
    expect(tableBlocks('<!-- a\n\n| a |\n| - |\n\n-->')).toBeUndefined();
    expect(tableBlocks('<figure>x</figure>\n\n| a |\n| - |\n')?.map((part) => part.line)).toEqual([0, 2, 4]);
  });
});

describe('reading a body with only the constructs found in it', () => {
  // micromark with the constructs found must read every body as with all of GFM; with none found,
  // as plain CommonMark. (That commonmark.js reads CommonMark as micromark does is markdown-html's test.)
  const piece = fc.constantFrom('a', 'B c', ' ', '\n', '\n\n', '|', '-', ':', '~', '[', ']', '^', '(', ')', '<', '>', '@', '.',
    'www.', 'http://', 'https://x.org', 'mailto:', '* ', '1. ', '[ ] ', '[x] ', '[^1]', '[^1]: ', '# ', '> ', '```', '    ', '*', '_',
    '`', '!', '\\', 'é', 'x@', '@y', 'a@b.c', '@.', ' @news', '+', 'http:', 'HTTPS://', 'WWW.', 'xmpp:a@b.c', '/', '//');
  it('is what all of GFM reads (fuzzed)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      const found = gfmConstructsOf(text, parseCommonMark(text, 0));
      expect(gfmHtml(text, found)).toBe(gfmHtml(text, ALL_CONSTRUCTS));
    }), { numRuns: 3000 });
  });
});

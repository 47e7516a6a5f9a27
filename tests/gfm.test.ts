// GitHub Flavored Markdown, as archives from Hugo or GitHub carry it: tables, strikethrough, footnotes,
// task lists, bare links. Bodies with none of their marks keep the fast CommonMark reading: the GFM
// extensions must make no difference to them.
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { renderBody, sanitisedTree } from '../src/content/body.js';
import { mayUseGfm, mentionsAddress, parseGfm } from '../src/content/gfm.js';
import { parseCommonMark } from '../src/content/markdown.js';

const html = (markdown: string) => renderBody('markdown', markdown, 0).html;

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

describe('mayUseGfm', () => {
  it.each(['| a | b |\n| - | - |\n| 1 | 2 |', 'a|b\n-|-', 'a\n:-', '~~gone~~', 'A note[^1]\n\n[^1]: x', '* [ ] todo', '> 1. [x] done'])(
    'says yes to %j', (text) => {
      expect(mayUseGfm(text)).toBe(true);
    });

  it.each(['Plain *text* with [a link](https://example.org).', 'Score: 3-1 | not a table', '---\n\n***'])('says no to %j', (text) => {
    expect(mayUseGfm(text)).toBe(false);
  });
});

describe('mentionsAddress', () => {
  const mentions = (text: string) => mentionsAddress(parseCommonMark(text, 0));

  it.each(['Go to www.example.org', 'See https://example.org now', 'Mail me@example.org', '(http://x.org)', '_https://x.org',
    '](https://x.org', '[a](https://x.org'])('finds an address in %j', (text) => {
    expect(mentions(text)).toBe(true);
  });

  it.each(['Plain [a link](https://example.org) and ![a map](http://x.org/m.png).', '`www.example.org`', '    http://x.org',
    '<https://x.org> <me@x.org> [www.x.org](/a)'])(
    'finds none in %j (destinations, code and links)', (text) => {
      expect(mentions(text)).toBe(false);
    });
});

describe('reading a body without GFM', () => {
  // Where both say no, the GFM extensions must change nothing: micromark with them and without them
  // give the same HTML. (That commonmark.js reads CommonMark as micromark does is markdown-html's test.)
  const piece = fc.constantFrom('a', 'B c', ' ', '\n', '\n\n', '|', '-', ':', '~', '[', ']', '^', '(', ')', '<', '>', '@', '.',
    'www.', 'http://', 'https://x.org', 'mailto:', '* ', '1. ', '[ ] ', '[x] ', '# ', '> ', '```', '    ', '*', '_', '`', '!', '\\', 'é');
  it('is what the GFM extensions would read too (fuzzed)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      fc.pre(!mayUseGfm(text) && !mentionsAddress(parseCommonMark(text, 0)));
      const withoutGfm = toHtml(sanitisedTree(fromMarkdown(text), true));
      const withGfm = toHtml(sanitisedTree(parseGfm(text, 0), true));
      expect(withGfm).toBe(withoutGfm);
    }), { numRuns: 3000 });
  });
});

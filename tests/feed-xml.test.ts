// RSS and Atom as written by hand, read back by a real feed parser (rss-parser, on a strict XML
// parser): every odd character a story can hold must come back as the story wrote it.
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../src/content/date.js';
import type { RoutedArticle } from '../src/site/model.js';
import { atom1, rss2, type FeedHead } from '../src/syndication/feed-xml.js';
import type { FeedEntry } from '../src/syndication/feeds.js';

const ODD = 'Tom & Jerry\'s "<b>bold</b>" ]]> end';
const BODY = '<p>Code: <code>a[b[0]]&gt;c</code> ]]&gt; and a CDATA closer ]]> in text</p>';

const head: FeedHead = {
  title: `News ${ODD}`, description: `About ${ODD}`, link: 'https://news.example.org/topics/odd/',
  self: 'https://news.example.org/topics/odd/feed.xml', updated: '2023-07-20T08:00:00+02:00',
  language: 'en', publisher: 'The <Daily> & Co', rights: 'CC BY 4.0 & more',
};

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  const article = {
    title: `Headline ${ODD}\u0001`, summary: `Summary ${ODD}`, authors: ['Ada <Reporter>', 'Ben & Co'],
    topics: [{ name: '<b>Bold</b> & "Co"', slug: 'bold-co', kind: 'tag' }], date: calendarDate(2023, 7, 20), url: '/2023/07/20/odd/',
  } as unknown as RoutedArticle;
  return { article, url: 'https://news.example.org/2023/07/20/odd/?a=1&b=2', content: BODY,
    published: '2023-07-19T09:30:00+02:00', modified: '2023-07-20T08:00:00+02:00', ...overrides };
}

const parser = new Parser({ customFields: { item: ['content:encoded', 'dc:creator', 'summary', ['category', 'categories', { keepArray: true }]] } });

describe('RSS 2.0 written by hand', () => {
  it('reads back every title, link, date and body exactly, odd characters and a CDATA closer included', async () => {
    const feed = await parser.parseString(rss2(head, [entry()]));
    expect(feed.title).toBe(head.title);
    expect(feed.link).toBe(head.link);
    expect(feed.lastBuildDate).toBe('Thu, 20 Jul 2023 06:00:00 GMT');
    const [item] = feed.items as unknown as Record<string, unknown>[];
    // The control character is dropped: XML cannot hold it, even as a reference.
    expect(item!.title).toBe(`Headline ${ODD}`);
    expect(item!.link).toBe('https://news.example.org/2023/07/20/odd/?a=1&b=2');
    expect(item!.guid).toBe(item!.link);
    expect(item!['content:encoded']).toBe(BODY);
    expect(item!['dc:creator']).toBe('Ada <Reporter>, Ben & Co');
    expect(new Date(item!.pubDate as string).toISOString()).toBe('2023-07-19T07:30:00.000Z');
    expect(item!.categories).toEqual(['<b>Bold</b> & "Co"']);
  });

  it('makes the summary HTML that shows as the text it was, and leaves out the body of a summary feed', async () => {
    const xml = rss2(head, [entry({ content: undefined })]);
    expect(xml).not.toContain('content:encoded>');
    const [item] = (await parser.parseString(xml)).items;
    expect(item!.content).toBe('Summary Tom &amp; Jerry&#39;s &quot;&lt;b&gt;bold&lt;/b&gt;&quot; ]]&gt; end');
  });
});

describe('Atom 1.0 written by hand', () => {
  it('reads back the entry as text, the body as HTML, and each topic as a category', async () => {
    const xml = atom1(head, [entry()]);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(head.title);
    const [item] = feed.items as unknown as Record<string, unknown>[];
    expect(item!.title).toBe(`Headline ${ODD}`);
    expect(item!.link).toBe('https://news.example.org/2023/07/20/odd/?a=1&b=2');
    expect(item!.content).toBe(BODY);
    expect(item!.summary).toBe(`Summary ${ODD}`);
    expect(item!.pubDate).toBe('2023-07-19T07:30:00.000Z');
    expect(xml).toContain('<category term="bold-co" label="&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;"/>');
    expect(xml).toContain('<updated>2023-07-20T06:00:00.000Z</updated>');
  });

  it('has no content element in a summary feed, and no entries in an empty one', async () => {
    expect(atom1(head, [entry({ content: undefined })])).not.toContain('<content');
    const empty = await parser.parseString(atom1(head, []));
    expect(empty.items).toEqual([]);
    expect(empty.title).toBe(head.title);
  });
});

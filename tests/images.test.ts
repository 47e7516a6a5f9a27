// Images next to an article: published with the page, sized, offered in smaller copies, lazy below the fold.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findImages, imageTag } from '../src/images/markup.js';
import type { BuildResult } from '../src/build.js';
import { buildInto, listFiles, read, remove, tempDir } from './helpers/site.js';

describe('image tags in a body', () => {
  it('reads attributes as text and writes them back escaped', () => {
    const [tag] = findImages('<p>One.</p><p><img src="a%20b.jpg" alt="Fish &#x26; chips" title="Say &#x22;hi&#x22;"></p>');
    expect(tag?.attributes.get('alt')).toBe('Fish & chips');
    expect(tag?.paragraphsBefore).toBe(1);
    expect(imageTag(tag!.attributes)).toBe('<img src="a%20b.jpg" alt="Fish &amp; chips" title="Say &quot;hi&quot;">');
  });
});

describe('building an article with images beside it', () => {
  let content: string;
  let out: string;
  let result: BuildResult;
  let page: string;

  beforeAll(async () => {
    content = await tempDir('dateline-images-content-');
    out = await tempDir('dateline-images-out-');
    const folder = path.join(content, 'harbour');
    await mkdir(path.join(folder, 'pictures'), { recursive: true });
    const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3b6e8f' } }).jpeg().toBuffer();
    await writeFile(path.join(folder, 'boats.jpg'), await photo(1000, 600));
    await writeFile(path.join(folder, 'pictures', 'crane.jpg'), await photo(300, 400));
    await writeFile(path.join(folder, 'story.md'), [
      '---', 'title: The harbour reopens', 'date: 2022-05-01', 'slug: the-harbour-reopens', '---',
      '![Fishing boats tied up at the quay](boats.jpg)', '',
      'The harbour reopened on Sunday.', '', 'Boats came back in the afternoon.', '',
      '![The new crane](pictures/crane.jpg)', '', '![A chart of the bay](chart.png)', '',
    ].join('\n'));
    result = await buildInto(content, out);
    page = await read(out, '2022/05/01/the-harbour-reopens/index.html');
  });

  afterAll(async () => {
    await remove(content);
    await remove(out);
  });

  it('publishes each image beside the page, with WebP copies no wider than the original', async () => {
    const files = (await listFiles(out)).filter((file) => file.startsWith('2022/05/01/the-harbour-reopens/'));
    expect(files).toEqual(expect.arrayContaining([
      '2022/05/01/the-harbour-reopens/boats.jpg',
      '2022/05/01/the-harbour-reopens/boats.480w.webp',
      '2022/05/01/the-harbour-reopens/boats.800w.webp',
      '2022/05/01/the-harbour-reopens/boats.1000w.webp',
      '2022/05/01/the-harbour-reopens/pictures/crane.jpg',
      '2022/05/01/the-harbour-reopens/pictures/crane.300w.webp',
    ]));
    expect(files.some((file) => file.includes('1200w'))).toBe(false);
    const copy = await sharp(path.join(out, '2022/05/01/the-harbour-reopens/boats.800w.webp')).metadata();
    expect([copy.format, copy.width, copy.height]).toEqual(['webp', 800, 480]);
  });

  it('gives every image its size, a srcset, and loads only the first one at once', () => {
    const [boats, crane] = findImages(page);
    expect(Object.fromEntries(boats!.attributes)).toMatchObject({
      src: 'boats.jpg', width: '1000', height: '600', loading: 'eager', alt: 'Fishing boats tied up at the quay',
      srcset: 'boats.480w.webp 480w, boats.800w.webp 800w, boats.1000w.webp 1000w',
    });
    expect(Object.fromEntries(crane!.attributes)).toMatchObject({
      src: 'pictures/crane.jpg', width: '300', height: '400', loading: 'lazy', srcset: 'pictures/crane.300w.webp 300w',
    });
  });

  it('warns about an image that is not there, and still builds', () => {
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'missing-image', file: 'harbour/story.md', severity: 'warning' })]);
    expect(page).toContain('src="chart.png"');
  });
});

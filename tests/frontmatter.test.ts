// Front matter splits where gray-matter split it (Dateline used it until the split moved in-house):
// a changed split would move text between the fields and the body of existing articles.
import { describe, expect, it } from 'vitest';
import { positionOfField, readFrontMatter } from '../src/content/frontmatter.js';

describe('readFrontMatter', () => {
  it.each([
    ['---\ntitle: x\ndate: 2020-01-01\n---\nBody', { title: 'x', date: '2020-01-01' }, 'Body', 4],
    ['---\n---\nBody', {}, 'Body', 2],
    ['---\n# just a comment\n---\nBody', {}, 'Body', 3],
    ['---\n\t\n---\nBody', {}, 'Body', 3],
    ['---\n#a\n #b\n\n---\n\n\nBody', {}, '\n\nBody', 5],
    ['---\t\ndate: 2020-01-01\n---\t\nBody', { date: '2020-01-01' }, '\t\nBody', 2],
    ['---\ndate: 2020-01-01\n--- trailing\nmore: 1\n---\nBody', { date: '2020-01-01' }, ' trailing\nmore: 1\n---\nBody', 2],
    ['---\ntitle: x\n----\ndate: 2020-01-01\n---\nBody', { title: 'x' }, '-\ndate: 2020-01-01\n---\nBody', 2],
    ['---\n---yaml\n---\nBody', {}, 'yaml\n---\nBody', 1],
  ])('splits %j at the first line that starts with ---', (text, data, body, lineOffset) => {
    const { frontMatter, problems } = readFrontMatter('a.md', text);
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({ data, body, lineOffset });
  });

  it('reports YAML that is not a mapping, and a closing line that is not one', () => {
    expect(readFrontMatter('a.md', '---\n- a\n- b\n---\nBody').problems[0]?.code).toBe('invalid-front-matter');
    expect(readFrontMatter('a.md', '---\ntitle: [unclosed\n---\nBody').problems[0]).toMatchObject({ code: 'invalid-front-matter', line: 3 });
    expect(readFrontMatter('a.md', '---\ntitle: x\n---Body').problems[0]?.message).toMatch(/never closed/);
  });

  it('reads TOML between +++ lines, as Hugo writes it, with dates kept as written', () => {
    const { frontMatter, problems } = readFrontMatter('a.md',
      '+++\ntitle = "Ferry"\ndate = 2023-07-19T09:00:00+02:00\nday = 2023-07-19\ntags = ["a", "b"]\ndraft = false\n+++\nBody');
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({ body: 'Body', lineOffset: 7,
      data: { title: 'Ferry', date: '2023-07-19T09:00:00.000+02:00', day: '2023-07-19', tags: ['a', 'b'], draft: false } });
    expect(positionOfField(frontMatter!, 'tags')).toEqual({ line: 5, column: 8 });
    expect(positionOfField(frontMatter!, 'title')).toEqual({ line: 2, column: 9 });
  });

  it('reports a TOML mistake at its line in the file, and an unclosed +++', () => {
    expect(readFrontMatter('a.md', '+++\ntitle = "Ferry"\ndate = \n+++\nBody').problems[0])
      .toMatchObject({ code: 'invalid-front-matter', line: 3, message: expect.stringMatching(/not valid TOML/) });
    expect(readFrontMatter('a.md', '+++\ntitle = "x"\nBody').problems[0]?.message).toMatch(/opened with `\+\+\+` is never closed/);
  });
});

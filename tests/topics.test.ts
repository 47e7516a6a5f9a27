import { describe, expect, it } from 'vitest';
import { extractEntities, topicSlug, type EntityInput, type FoundEntity } from '../src/topics/extract.js';

// The article from the issue; the 6th paragraph is a photo caption, the 7th a subheading.
const LEDE =
  'Iranian Defense Minister Mohammad Reza Ashtiani signed a memorandum with his Bolivian counterpart according to reports from Iranian pro-regime media this week.';
const CAPTION =
  "Bolivia's President Evo Morales talks with Iran President Hassan Rohani during a meeting in New York, U.S. September 24, 2018. P (credit: Hugo Aseff/Courtesy of Bolivian Presidency/Handout via REUTERS)";
const SAMPLE = [
  LEDE,
  'Iran had earlier said that it could meet Bolivia’s “demands for defense equipment and advanced technologies to help it counter threats,” according to reports.',
  '"We maintain that improving the bilateral defense relations will lead to increasing the Bolivian government\'s deterrence power," Ashtiani was quoted by the official news agency IRNA as saying earlier this week.',
  'Iran claims the countries have “common enemies.” This likely is a reference to the United States.',
  'According to the political reporter of Fars news agency, a bilateral cooperation memorandum was signed this on Thursday between the defense ministers of Bolivia and Iran.',
  CAPTION,
  "Iran's outreach to South America",
  'This is part of Iran’s outreach to South America. The report says Iran has shown Bolivia Iran’s “achievements” in defense and border security.',
  'Iran exports drones to Russia and makes missiles. It is not clear what else Iran makes that it will send to Bolivia. Iran expects that some export controls and sanctions on defense products will end in October.',
  'Iran has hosted Bolivian Defense Minister Edmundo Novillo Aguilar. The Bolivian official said the country faces hurdles from drug smuggling and border controls. Iran however helps to fuel drug smuggling in South America and in the Middle East and Iran tends to empower proxies that cross borders illegally, meaning it’s unclear if Iran has expertise in stopping the very things it fuels.',
  'Iran’s president has recently sought to do outreach in Africa and South America. This comes in the context of greater cooperation between Iran, Russia and China and their attempts to upend the US-led global order.',
];

const sample: EntityInput = { title: '', paragraphs: SAMPLE.filter((p) => p !== CAPTION), captions: [CAPTION] };
const article = (paragraphs: string[], title = ''): EntityInput => ({ title, paragraphs, captions: [] });
const names = (found: FoundEntity[]): string[] => found.map((e) => e.name);
const kindOf = (found: FoundEntity[], name: string): string | undefined => found.find((e) => e.name === name)?.kind;

describe('extractEntities on the sample article', () => {
  const found = extractEntities(sample);

  it('finds the places, the minister and the news agency, with their kinds', () => {
    expect(kindOf(found, 'Iran')).toBe('place');
    expect(kindOf(found, 'Bolivia')).toBe('place');
    expect(kindOf(found, 'Mohammad Reza Ashtiani')).toBe('person');
    expect(kindOf(found, 'IRNA')).toBe('organisation');
  });

  it('counts the most-mentioned first, and a later surname as the same person', () => {
    expect(found[0]).toEqual({ name: 'Iran', kind: 'place', mentions: expect.any(Number) });
    expect(found.find((e) => e.name === 'Mohammad Reza Ashtiani')?.mentions).toBe(2);
    expect(names(found)).not.toContain('Ashtiani');
  });

  it('folds "U.S.", "US" and "United States" into one place', () => {
    expect(kindOf(found, 'United States')).toBe('place');
    expect(names(found).filter((n) => /^(US|U\.S\.)$/.test(n))).toEqual([]);
  });

  it('leaves out a name mentioned once in passing in paragraph 5', () => {
    expect(names(found).some((n) => n.includes('Fars'))).toBe(false);
    expect(names(found)).not.toContain('Edmundo Novillo Aguilar');
  });

  it('counts a headline mention only for names the body uses', () => {
    const withTitle = extractEntities({ ...sample, title: 'Ashtiani signs defense pact with Bolivia in Zanzibar' });
    expect(withTitle.find((e) => e.name === 'Mohammad Reza Ashtiani')?.mentions).toBe(3);
    expect(withTitle.find((e) => e.name === 'Bolivia')?.mentions).toBe(found.find((e) => e.name === 'Bolivia')!.mentions + 1);
    expect(names(withTitle)).not.toContain('Zanzibar');
  });

  it('keeps to at most eight topics', () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(8);
  });

  it('gives the same result when the caption is left among the paragraphs', () => {
    expect(extractEntities({ ...sample, paragraphs: SAMPLE })).toEqual(found);
  });
});

describe('clean names', () => {
  it('folds possessives, straight and curly, into the name', () => {
    const found = extractEntities(article(["Bolivia's army grew.", 'Bolivia’s navy did not.', "Boeing's rocket flew for Boeing's client."]));
    expect(names(found)).toContain('Bolivia');
    expect(found.find((e) => e.name === 'Bolivia')?.mentions).toBe(2);
    for (const name of names(found)) expect(name).not.toMatch(/['’]s?$|[.,;:!?"”)]$/);
  });

  it('folds demonyms into their place', () => {
    const found = extractEntities(article(['Kenyan farmers met Kenyan officials in Nairobi.']));
    expect(names(found)).toEqual(expect.arrayContaining(['Kenya', 'Nairobi']));
    expect(names(found)).not.toContain('Kenyan');
  });

  it('never takes photo credits or captions as people', () => {
    const found = extractEntities({
      title: '',
      paragraphs: [
        'Protesters marched in Tunis on Sunday (photo: Amine Ghrabi, who said little).',
        'Demonstration on Avenue Habib Bourguiba, Tunis (credit: Amine Ghrabi on Flickr (CC BY-NC 2.0))',
        'Police in Tunis said the march was calm (photo by Amine Ghrabi).',
        'Image credit: Kasia Odrozek',
      ],
      captions: ['Kasia Odrozek at the panel (credit: Kasia Odrozek)', 'Photo by Kasia Odrozek'],
    });
    expect(names(found).some((n) => /Ghrabi|Odrozek/.test(n))).toBe(false);
    expect(names(found)).toContain('Tunis');
  });

  it('never takes a byline as a person', () => {
    const found = extractEntities(article(['By Jane Doe', 'Rain fell in Lagos on Monday.', 'Doe said the rain would stop.']));
    expect(names(found).some((n) => n.includes('Doe'))).toBe(false);
  });

  it('never takes sentence-initial common words, months or days as entities', () => {
    const starters = ['The', 'This', 'According', 'However', 'Meanwhile', 'January', 'Monday', 'Thursday', 'Following', 'Using'];
    const found = extractEntities(
      article([
        'The minister spoke. This was new. According to aides, talks went well. However, nothing was signed.',
        'Meanwhile the talks went on. January was cold. Monday was colder. Thursday, the talks ended.',
        'Following the talks, the minister left. Using a plane, he flew home. The minister said so.',
        'However Smith said no. Meanwhile Smith said yes. Thursday Smith said maybe. Following Smith said nothing.',
      ]),
    );
    for (const name of names(found)) for (const starter of starters) expect(name.split(' ')).not.toContain(starter);
  });
});

describe('words the article writes in lower case', () => {
  const agency = ['The Public Works Agency said on Monday it would act.', 'The Public Works Agency has not yet replied.'];
  const union = ['The Café Workers Union said on Monday it would strike.', 'The Café Workers Union has not yet replied.'];
  const lee = ['Tom Lee said the plan for the port would go ahead.', 'Lee said the costs of the plan would rise.'];

  it('make a name of only such words a phrase, lower-casing changed or not ("café")', () => {
    expect(names(extractEntities(article(agency)))).toEqual(['Public Works Agency']);
    expect(extractEntities(article([...agency, 'Critics say public works agency staff are overstretched.']))).toEqual([]);
    expect(names(extractEntities(article(union)))).toEqual(['Café Workers Union']);
    expect(extractEntities(article([...union, 'Every café has workers, and every union has members.']))).toEqual([]);
  });

  // They are filed by length and first and last letters: "lee" shares "the"'s bucket.
  it('are told apart from words of the same length and letters at the ends', () => {
    expect(extractEntities(article(lee))).toEqual([{ name: 'Tom Lee', kind: 'person', mentions: 2 }]);
    expect(extractEntities(article([...lee, 'Ships shelter in the lee of the tom.']))).toEqual([]);
  });

  it('never carry over from one article to the next', () => {
    const alone = extractEntities(article(agency));
    extractEntities(article([...agency, 'Critics say public works agency staff are overstretched.']));
    expect(extractEntities(article(agency))).toEqual(alone);
  });
});

describe('the words around a name', () => {
  it('make a person of a name after a role noun, with or without a comma between', () => {
    const person = [{ name: 'Robert Villanueva', kind: 'person', mentions: 1 }];
    expect(extractEntities(article(['The agency spokesman Robert Villanueva declined to comment on the plan.']))).toEqual(person);
    expect(extractEntities(article(['Ships left port, and spokesman, Robert Villanueva confirmed it.']))).toEqual(person);
  });

  it('make a person of a full name followed by ", who" or by a verb of speech', () => {
    expect(extractEntities(article(['Talks stalled, Dana Whitfield, who chairs the panel, told reporters.', 'Whitfield also said more talks would follow.'])))
      .toEqual([{ name: 'Dana Whitfield', kind: 'person', mentions: 2 }]);
    expect(extractEntities(article(['Residents met Keller Brandt on Monday.', 'Keller Brandt also warned of delays.'])))
      .toEqual([{ name: 'Keller Brandt', kind: 'person', mentions: 2 }]);
  });

  it('make an organisation of a name before "news agency", and of one its acronym stands for', () => {
    expect(extractEntities(article(['A report by the Tolmar news agency said prices rose.']))).toEqual([{ name: 'Tolmar', kind: 'organisation', mentions: 1 }]);
    expect(extractEntities(article(['The Bloggers Association of Kenya (BAKE) sued.', 'BAKE said it would appeal.'])))
      .toEqual([{ name: 'Bloggers Association of Kenya', kind: 'organisation', mentions: 3 }]);
  });

  it('split a run at office titles into the people named', () => {
    expect(extractEntities(article(['President Evo Morales met Defense Minister Edmundo Novillo Aguilar in La Paz.']))).toEqual([
      { name: 'Evo Morales', kind: 'person', mentions: 1 },
      { name: 'Edmundo Novillo Aguilar', kind: 'person', mentions: 1 },
      { name: 'La Paz', kind: 'place', mentions: 1 },
    ]);
  });
});

describe('headline mentions', () => {
  it('count a full name and its surname as one person', () => {
    const found = extractEntities(article(['Mei Watanabe spoke first. Watanabe said the vote was close.', 'Watanabe later left.'], 'Mei Watanabe wins the vote in Osaka'));
    expect(found).toEqual([{ name: 'Mei Watanabe', kind: 'person', mentions: 4 }]);
  });

  it('count a gazetteer name longer than any name the body uses', () => {
    const found = extractEntities(article(['Officials in Washington said the U.S. would act.', 'The U.S. has not yet said when.'], 'United States of America weighs action'));
    expect(found).toEqual([
      { name: 'United States', kind: 'place', mentions: 3 },
      { name: 'Washington', kind: 'place', mentions: 1 },
    ]);
  });
});

describe('robustness', () => {
  it('returns the same list, in the same order, every time', () => {
    const runs = [extractEntities(sample), extractEntities(sample), extractEntities({ ...sample, captions: [] })];
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('breaks ties between equally mentioned names by first appearance', () => {
    const found = extractEntities(article(['Peru and Chile and Mexico met.', 'Mexico, Chile and Peru agreed.']));
    expect(names(found)).toEqual(['Peru', 'Chile', 'Mexico']);
  });

  it('never throws on empty or odd input', () => {
    const odd: unknown[] = [
      { title: '', paragraphs: [], captions: [] },
      { title: '   ', paragraphs: ['', '   ', '\n\n'], captions: [''] },
      { title: '…', paragraphs: ['!!! ??? ... —', '(((', '))) “ ” ’s', "'s 's", '@ # @user #Tag'], captions: [] },
      { title: 'العربية', paragraphs: ['مرحبا بالعالم', '日本語のテキスト。東京。', '🙂🙂 Émile Zola 🙂'], captions: [] },
      { title: 'X', paragraphs: ['A'.repeat(100_000), 'Of of Of the The of.', 'U.S. U.S. US-led pro-US -US- Mr. Dr. Mt.'], captions: [] },
      { title: undefined, paragraphs: undefined, captions: undefined },
      { title: 42, paragraphs: [null, 7, 'Kenya and Kenya.'], captions: null },
    ];
    for (const input of odd) expect(() => extractEntities(input as EntityInput)).not.toThrow();
  });
});

describe('topicSlug', () => {
  it('makes an ASCII slug from a name', () => {
    expect(topicSlug('Mohammad Reza Ashtiani')).toBe('mohammad-reza-ashtiani');
    expect(topicSlug("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(topicSlug('IRNA')).toBe('irna');
  });

  it('still gives a stable ASCII slug for names with no Latin letters', () => {
    const slug = topicSlug('毛泽东');
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(topicSlug('毛泽东')).toBe(slug);
    expect(topicSlug('周恩来')).not.toBe(slug);
  });
});

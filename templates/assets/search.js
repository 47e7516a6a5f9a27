// The search page: asks the index built with the site (search-index.js reads it), and lists matching
// articles with their date and an excerpt. The query lives in the address (`?q=…&year=…&topic=…`), so
// the header's search box, the back button and shared links all land on the same results.
const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 200;

const form = document.querySelector('form.search-form');
const status = document.querySelector('.search-status');
const list = document.querySelector('.search-results');
const more = document.querySelector('.search-more');
const longDate = new Intl.DateTimeFormat(form.dataset.locale || undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

let index;
let matchesQuery;
let latest = 0;

start().catch((error) => {
  console.error(error);
  status.textContent = 'Sorry: search could not start. Every article can still be found in the archive and topics pages.';
});

async function start() {
  form.hidden = false;
  status.textContent = 'Loading the search index…';
  const reader = await import(form.dataset.reader);
  matchesQuery = reader.matchesQuery;
  index = await reader.openIndex(form.dataset.index);
  fillFilters(index);
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'year', 'topic']) form.elements[name].value = params.get(name) ?? '';
  const header = document.getElementById('site-search-query');
  if (header) header.value = params.get('q') ?? '';
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });
  form.addEventListener('change', () => run());
  let typing;
  form.elements.q.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(run, TYPING_PAUSE_MS); });
  await run();
}

/** Years newest first; topics by how many articles they have, the commonest first (the index keeps that order). */
function fillFilters({ years, topics }) {
  for (const [year] of years) form.elements.year.append(new Option(String(year), String(year)));
  for (const [topic, count] of topics) form.elements.topic.append(new Option(`${topic} (${count})`, topic));
}

async function run() {
  const query = form.elements.q.value.trim();
  const filters = {};
  if (form.elements.year.value) filters.year = form.elements.year.value;
  if (form.elements.topic.value) filters.topic = form.elements.topic.value;
  rememberInAddress(query, filters);
  const ticket = ++latest;
  if (!query && !Object.keys(filters).length) return show(ticket, undefined, 'Type a word or a name to search every article.');
  // A search with only filters lists every article that has them.
  const search = await index.search(query, filters);
  if (ticket !== latest) return;
  const { count } = search;
  const what = query ? `“${query}”` : 'these filters';
  show(ticket, search, count ? `${count} ${count === 1 ? 'article matches' : 'articles match'} ${what}.` : `No article matches ${what}.`);
}

function rememberInAddress(query, filters) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Shows the message, then the results a page at a time; each page's records are fetched only when shown. */
function show(ticket, search, message) {
  status.textContent = message;
  list.replaceChildren();
  let shown = 0;
  const showNext = async () => {
    const page = search ? await search.page(shown, shown + PAGE_SIZE) : [];
    if (ticket !== latest) return;
    list.append(...page.map((record) => resultItem(record, search.words)));
    shown += page.length;
    more.hidden = shown >= (search?.count ?? 0);
  };
  more.querySelector('button').onclick = showNext;
  more.hidden = true;
  return showNext();
}

function resultItem(record, words) {
  const item = document.createElement('li');
  const article = item.appendChild(document.createElement('article'));
  const title = article.appendChild(element('h2', 'item-title'));
  const link = title.appendChild(document.createElement('a'));
  // Records hold site paths; the base path puts them under the site's prefix.
  link.href = form.dataset.basePath + record.url.slice(1);
  link.textContent = record.title;
  const time = article.appendChild(element('p', 'item-meta')).appendChild(document.createElement('time'));
  time.dateTime = record.date;
  time.textContent = longDate.format(new Date(`${record.date}T00:00:00Z`));
  article.appendChild(element('p', 'item-summary')).append(...highlighted(record.excerpt, words));
  return item;
}

function element(name, className) {
  const node = document.createElement(name);
  node.className = className;
  return node;
}

/** The excerpt as text, with the words the query finds marked; it is never parsed as markup. */
function highlighted(excerpt, words) {
  return excerpt.split(/([\p{L}\p{N}\p{M}]+)/u).map((part, i) => {
    if (i % 2 === 0 || !matchesQuery(part, words)) return document.createTextNode(part);
    const mark = document.createElement('mark');
    mark.textContent = part;
    return mark;
  });
}

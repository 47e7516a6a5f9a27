// The search page: asks the Pagefind index built with the site, and lists matching articles with their
// date and an excerpt. The query lives in the address (`?q=…&year=…&topic=…`), so the header's search
// box, the back button and shared links all land on the same results.
const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 200;

const form = document.querySelector('form.search-form');
const status = document.querySelector('.search-status');
const list = document.querySelector('.search-results');
const more = document.querySelector('.search-more');
const longDate = new Intl.DateTimeFormat(form.dataset.locale || undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

let pagefind;
let latest = 0;

start().catch((error) => {
  console.error(error);
  status.textContent = 'Sorry: search could not start. Every article can still be found in the archive and topics pages.';
});

async function start() {
  form.hidden = false;
  status.textContent = 'Loading the search index…';
  pagefind = await import(form.dataset.bundle);
  // Result addresses are stored as site paths; the base path puts them under the site's prefix.
  await pagefind.options({ baseUrl: form.dataset.basePath, excerptLength: 30 });
  await fillFilters(await pagefind.filters());
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

/** Years newest first; topics by how many articles they have, the commonest first. */
async function fillFilters(filters) {
  const years = Object.keys(filters.year ?? {}).sort().reverse();
  const topics = Object.entries(filters.topic ?? {}).sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
  for (const year of years) form.elements.year.append(new Option(year, year));
  for (const [topic, count] of topics) form.elements.topic.append(new Option(`${topic} (${count})`, topic));
}

async function run() {
  const query = form.elements.q.value.trim();
  const filters = {};
  if (form.elements.year.value) filters.year = form.elements.year.value;
  if (form.elements.topic.value) filters.topic = form.elements.topic.value;
  rememberInAddress(query, filters);
  const ticket = ++latest;
  if (!query && !Object.keys(filters).length) return show(ticket, [], 'Type a word or a name to search every article.');
  // A search with only filters lists every article that has them.
  const search = await pagefind.search(query || null, { filters });
  if (ticket !== latest || !search) return;
  const count = search.results.length;
  const what = query ? `“${query}”` : 'these filters';
  show(ticket, search.results, count ? `${count} ${count === 1 ? 'article matches' : 'articles match'} ${what}.` : `No article matches ${what}.`);
}

function rememberInAddress(query, filters) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Shows the message, then the results a page at a time; each page's data is fetched only when shown. */
function show(ticket, results, message) {
  status.textContent = message;
  list.replaceChildren();
  let shown = 0;
  const showNext = async () => {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    list.append(...page.map(resultItem));
    shown += page.length;
    more.hidden = shown >= results.length;
  };
  more.querySelector('button').onclick = showNext;
  more.hidden = true;
  return showNext();
}

function resultItem(data) {
  const item = document.createElement('li');
  const article = item.appendChild(document.createElement('article'));
  const title = article.appendChild(element('h2', 'item-title'));
  const link = title.appendChild(document.createElement('a'));
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  if (data.meta.date) {
    const time = article.appendChild(element('p', 'item-meta')).appendChild(document.createElement('time'));
    time.dateTime = data.meta.date;
    time.textContent = longDate.format(new Date(`${data.meta.date}T00:00:00Z`));
  }
  article.appendChild(element('p', 'item-summary')).append(...highlighted(data.excerpt));
  return item;
}

function element(name, className) {
  const node = document.createElement(name);
  node.className = className;
  return node;
}

/** The excerpt's text with Pagefind's `<mark>`s kept and any other markup dropped, never run. */
function highlighted(excerpt) {
  const parsed = document.createElement('template');
  parsed.innerHTML = excerpt;
  return [...parsed.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent);
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

// The live-reload script the dev server adds to every HTML page it serves. It never reaches the
// output folder: the server injects it into responses, so `npm run build` output stays clean.

export function reloadScript(eventsUrl: string): string {
  return `(() => {
  const key = 'dateline-scroll';
  const saved = JSON.parse(sessionStorage.getItem(key) || 'null');
  if (saved && saved.path === location.pathname) {
    addEventListener('load', () => scrollTo(0, saved.y));
    scrollTo(0, saved.y);
  }
  sessionStorage.removeItem(key);
  let overlay;
  function hide() { if (overlay) { overlay.remove(); overlay = undefined; } }
  function show(text) {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'Dateline build error');
    overlay.id = 'dateline-error-overlay';
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,16,14,.94);color:#fff;'
      + 'font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
    const title = document.createElement('strong');
    title.textContent = 'Dateline could not rebuild: the last good pages are still served.\\n\\n';
    overlay.append(title, document.createTextNode(text));
    document.body.append(overlay);
  }
  const events = new EventSource(${JSON.stringify(eventsUrl)});
  events.addEventListener('problems', (event) => show(JSON.parse(event.data).text));
  function reload() {
    sessionStorage.setItem(key, JSON.stringify({ path: location.pathname, y: scrollY }));
    location.reload();
  }
  // Swapping in the new body is faster than a reload (no stylesheet or font to fetch again) and keeps
  // the scroll position; a changed <head> (new stylesheet, new title) takes a full reload.
  async function refresh() {
    try {
      const response = await fetch(location.href, { cache: 'no-store' });
      if (!response.ok) return reload();
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (next.head.innerHTML !== document.head.innerHTML) return reload();
      const y = scrollY;
      document.body.replaceChildren(...next.body.childNodes);
      for (const { name, value } of next.body.attributes) document.body.setAttribute(name, value);
      scrollTo(0, y);
    } catch {
      reload();
    }
  }
  events.addEventListener('built', (event) => {
    hide();
    const { paths } = JSON.parse(event.data);
    if (paths.includes('*')) reload();
    else if (paths.includes(location.pathname)) refresh();
  });
})();
`;
}

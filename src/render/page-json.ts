// Page data as JSON text for the render workers. Articles recur across pages (an article page shows its
// neighbours and related articles, every listing shows twenty), so each article is written once per
// build and its text reused: far cheaper than cloning the same objects again for every page.

const MEMORY = 10_000;

/** Writes values as `JSON.stringify` would, reusing the text of every article it has written. */
export class PageJson {
  /** Recent articles' text. Pages near each other show the same articles; bounded, for large archives. */
  private readonly articles = new Map<object, string>();

  write(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value)) {
      let text = '[';
      for (let i = 0; i < value.length; i++) text += (i ? ',' : '') + (isWritable(value[i]) ? this.write(value[i]) : 'null');
      return `${text}]`;
    }
    if (isArticle(value)) {
      let text = this.articles.get(value);
      if (text === undefined) {
        if (this.articles.size >= MEMORY) this.articles.clear();
        this.articles.set(value, text = JSON.stringify(value));
      }
      return text;
    }
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
    let text = '{';
    let first = true;
    const object = value as Record<string, unknown>;
    for (const name in object) {
      if (!Object.hasOwn(object, name) || !isWritable(object[name])) continue;
      text += `${first ? '' : ','}${JSON.stringify(name)}:${this.write(object[name])}`;
      first = false;
    }
    return `${text}}`;
  }
}

function isWritable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** A routed article: what `Site.articles` holds and pages refer to. */
function isArticle(value: object): boolean {
  const object = value as { hash?: unknown; url?: unknown; index?: unknown };
  return typeof object.hash === 'string' && typeof object.url === 'string' && typeof object.index === 'number';
}

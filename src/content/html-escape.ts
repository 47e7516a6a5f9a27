// The escaping hast-util-to-html does with its default options, for the writers that skip it
// (wire-html.ts, markdown-html.ts): their output must be the bytes it would give.

/** In text hast-util-to-html escapes only `<` and `&`, as hexadecimal references. */
export function escapeText(value: string): string {
  // Two `includes` cost a quarter of one `/[<&]/.test` on a paragraph, and most have neither.
  const marked = value.includes('<') || value.includes('&');
  return marked ? value.replace(/[<&]/g, (char) => (char === '<' ? '&#x3C;' : '&#x26;')) : value;
}

/** In a double-quoted attribute it escapes NUL, `"`, `&`, `'` and backtick, in hexadecimal. */
export function escapeAttribute(value: string): string {
  return /[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, (char) => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`) : value;
}

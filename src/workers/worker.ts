// What a worker thread of the build's pool can do: parse a batch of files, or render a batch of pages.
export { parseBatch as parse } from '../content/parse-worker.js';
export { renderBatch as render } from '../render/render-worker.js';

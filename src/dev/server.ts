// The dev server: serves the output folder and nothing else, adds the live-reload script to HTML,
// and pushes rebuild events to open pages over server-sent events.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { reloadScript } from './client.js';

export interface ServerOptions {
  root: string;
  /** Path prefix the site lives under, `/` or e.g. `/archive/`. */
  basePath: string;
  host: string;
  port: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.avif': 'image/avif', '.gif': 'image/gif', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon',
};

/** Rebuilds remembered for pages whose script is not yet listening. */
const RECENT_BUILDS = 100;

export class DevServer {
  private readonly clients = new Set<http.ServerResponse>();
  private lastEvent?: { name: string; data: string };
  /** Rebuilds announced so far, and what the latest of them changed. */
  private generation = 0;
  private readonly recent: { generation: number; paths: string[] }[] = [];
  private readonly server: http.Server;
  private readonly events: string;
  private readonly script: string;

  constructor(private readonly options: ServerOptions) {
    this.events = `${options.basePath}__dateline/events`;
    this.script = `${options.basePath}__dateline/reload.js`;
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch(() => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('Internal error');
      });
    });
  }

  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        const address = this.server.address();
        const port = typeof address === 'object' && address ? address.port : this.options.port;
        const host = this.options.host.includes(':') ? `[${this.options.host}]` : this.options.host;
        resolve(`http://${host}:${port}${this.options.basePath}`);
      });
    });
  }

  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : this.options.port;
  }

  /**
   * Tells every open page what changed. An error is remembered so a page opened later learns of it,
   * and a rebuild so a page served before it, whose script was not yet listening, learns of it too.
   */
  send(name: 'built' | 'problems', data: unknown): void {
    const payload = JSON.stringify(data);
    this.lastEvent = name === 'problems' ? { name, data: payload } : undefined;
    if (name === 'built') {
      this.recent.push({ generation: ++this.generation, paths: (data as { paths: string[] }).paths });
      if (this.recent.length > RECENT_BUILDS) this.recent.shift();
    }
    for (const client of this.clients) client.write(`event: ${name}\ndata: ${payload}\n\n`);
  }

  close(): Promise<void> {
    for (const client of this.clients) client.end();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const since = Number(url.searchParams.get('since') ?? this.generation);
    if (url.pathname === this.events) return this.subscribe(response, since);
    if (url.pathname === this.script) {
      response.writeHead(200, { 'content-type': TYPES['.js'] as string, 'cache-control': 'no-store' });
      response.end(reloadScript(`${this.events}?since=${since}`));
      return;
    }
    if (!url.pathname.startsWith(this.options.basePath)) {
      response.writeHead(302, { location: this.options.basePath }).end();
      return;
    }
    const file = await this.resolveFile(url.pathname);
    if (!file) return this.notFound(response);
    // Versioned assets (`style.css?v=…`) change URL when they change, so a reload need not fetch them again.
    await this.serveFile(file, response, request.method === 'HEAD', 200, url.searchParams.has('v'));
  }

  /** Opens a page's event stream; `since` is the generation the page was served at. */
  private subscribe(response: http.ServerResponse, since: number): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': connected\n\n');
    const missed = this.builtSince(since);
    if (missed.length) response.write(`event: built\ndata: ${JSON.stringify({ paths: missed })}\n\n`);
    if (this.lastEvent) response.write(`event: ${this.lastEvent.name}\ndata: ${this.lastEvent.data}\n\n`);
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  /** What the rebuilds after generation `since` changed: every page (`*`) when they are no longer all remembered. */
  private builtSince(since: number): string[] {
    if (!(since < this.generation)) return [];
    if ((this.recent[0]?.generation ?? Infinity) > since + 1) return ['*'];
    return [...new Set(this.recent.filter((build) => build.generation > since).flatMap((build) => build.paths))];
  }

  /**
   * Maps a URL path to a file inside the output folder. Decoding, `..` segments and symlinks are all
   * checked against the real path of the folder, so nothing outside it can be read.
   */
  async resolveFile(pathname: string): Promise<string | undefined> {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(this.options.basePath.length));
    } catch {
      return undefined;
    }
    if (relative.includes('\0')) return undefined;
    const root = await realpath(this.options.root);
    let candidate = path.resolve(root, `.${path.sep}${relative}`);
    if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
    try {
      if ((await stat(candidate)).isDirectory()) candidate = path.join(candidate, 'index.html');
      const real = await realpath(candidate);
      if (!real.startsWith(root + path.sep) || !(await stat(real)).isFile()) return undefined;
      return real;
    } catch {
      return undefined;
    }
  }

  private async notFound(response: http.ServerResponse): Promise<void> {
    const page = await this.resolveFile(`${this.options.basePath}404.html`);
    if (page) return this.serveFile(page, response, false, 404);
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  private async serveFile(file: string, response: http.ServerResponse, headOnly: boolean, status: number, versioned = false): Promise<void> {
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': versioned ? 'max-age=31536000, immutable' : 'no-store' };
    if (type.startsWith('text/html')) {
      // The generation before the read: a rebuild that ends after it reaches the page once its script listens.
      const since = this.generation;
      const html = (await readFile(file, 'utf8')).replace(/<\/body>/i, `<script src="${this.script}?since=${since}" defer></script></body>`);
      response.writeHead(status, headers);
      response.end(headOnly ? undefined : html);
      return;
    }
    response.writeHead(status, headers);
    if (headOnly) response.end();
    else createReadStream(file).pipe(response);
  }
}

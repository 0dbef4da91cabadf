import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static server whose files can be swapped while it runs (e.g. /graph-data.json for a generated graph). */
export interface OverlayServer {
  url: string;
  /** URL path → file served instead of the site's own; undefined restores the site's. */
  override(path: string, file: string | undefined): void;
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const file of [join(root, path), join(root, path, 'index.html')]) {
    if (!file.startsWith(root)) continue;
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

/**
 * Serves `dir` on 127.0.0.1 like a plain static server (`/x/` → `/x/index.html`), plus `mounts`
 * (URL prefix → folder, e.g. `/__bench/` → the baseline page) and run-time overrides of single paths.
 */
export async function serveOverlay(dir: string, mounts: Record<string, string> = {}): Promise<OverlayServer> {
  const root = resolve(dir);
  const overrides = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const mount = Object.keys(mounts).find((prefix) => urlPath.startsWith(prefix));
    const found = overrides.has(urlPath)
      ? Promise.resolve(overrides.get(urlPath))
      : mount
        ? fileFor(resolve(mounts[mount]!), urlPath.slice(mount.length - 1))
        : fileFor(root, urlPath);
    void found.then((file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    override: (path, file) => (file === undefined ? overrides.delete(path) : overrides.set(path, file)),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

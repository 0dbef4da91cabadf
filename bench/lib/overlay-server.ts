import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { contentTypeOf, resolveFile } from '../../tests/e2e/support/static-server';

/** A static server whose files can be swapped while it runs (e.g. /graph-data.json for a generated graph). */
export interface OverlayServer {
  url: string;
  /** URL path → file served instead of the site's own; undefined restores the site's. */
  override(path: string, file: string | undefined): void;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 like the browser tests' static server (same file resolution and types), plus `mounts`
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
        ? resolveFile(resolve(mounts[mount]!), urlPath.slice(mount.length - 1))
        : resolveFile(root, urlPath);
    void found.then((file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': contentTypeOf(file),
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

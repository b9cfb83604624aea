/** A static file server for the built demo: dist/demo/ and dist/browser/ only, on 127.0.0.1 and a free port. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The folders of dist/ the demo page may load from. */
const SERVED = ['demo', 'browser'];

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Every path asked for, in order. */
  requested: string[];
  close(): Promise<void>;
}

export async function serveDist(dist: string): Promise<StaticServer> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requested.push(path);
    const file = normalize(join(dist, path));
    const allowed = SERVED.some((folder) => file.startsWith(join(dist, folder) + sep)) && TYPES[extname(file)] !== undefined;
    if (!allowed || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)]!, 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

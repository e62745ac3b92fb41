/**
 * Serves the built renderer over http on loopback for e2e tests, through the
 * app's own protocol handler (`handleAppRequest`), so tests get the same
 * files, fallbacks and security headers as the `app://` scheme.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { APP_ORIGIN } from '@shared/ipc/origin';
import { handleAppRequest } from '../../../electron/main/services/appProtocol';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');

/**
 * An empty page on the same origin (test-only: the app's handler has no such
 * file), so a benchmark can start the app by a navigation that unloads next
 * to nothing and stays in the same renderer process.
 */
export const BLANK_PATH = '/__blank';

export type RendererServer = { origin: string; close: () => Promise<void> };

export const startRendererServer = async (root = RENDERER_DIR): Promise<RendererServer> => {
  const server: Server = createServer((req, res) => {
    if (req.url === BLANK_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>blank</title><link rel="icon" href="data:,">');
      return;
    }
    void (async () => {
      const response = await handleAppRequest(`${APP_ORIGIN}${req.url ?? '/'}`, root);
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
};

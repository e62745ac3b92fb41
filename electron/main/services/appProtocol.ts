/**
 * Serves the built renderer for the `app://` scheme. Plain Node: maps a
 * request URL to a file strictly inside the renderer folder and answers with
 * the security headers. Refuses traversal (`..`, encoded or not), other hosts
 * and anything outside the root. Falls back to index.html for app routes.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST } from '@shared/ipc/origin';
import { SECURITY_HEADERS } from '../security/csp';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type ResolvedPath =
  | { kind: 'file'; path: string }
  | { kind: 'refused'; status: 400 | 403 | 404 };

/**
 * Resolves `requestUrl` (e.g. `app://crossroads/assets/x.js`) to a file under
 * `root`. Pure apart from nothing: no file system access.
 */
export const resolveAppPath = (requestUrl: string, root: string, host = APP_HOST): ResolvedPath => {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.host !== host) return { kind: 'refused', status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'refused', status: 400 };
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refused', status: 403 };
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, ...(segments.length > 0 ? segments : ['index.html']));
  if (target !== rootAbs && !target.startsWith(rootAbs + sep))
    return { kind: 'refused', status: 403 };
  return { kind: 'file', path: target };
};

/**
 * Files under `assets/` carry a content hash in their name (the build makes
 * them so), so they never change under one URL: the browser may keep them,
 * and with them the compiled code of the scripts, instead of parsing and
 * compiling the bundle again on every start. Everything else (index.html)
 * is checked every time.
 */
export const cacheControlFor = (path: string, root: string): string =>
  path.startsWith(resolve(root, 'assets') + sep)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';

const respond = (
  status: number,
  body: BodyInit | null,
  contentType?: string,
  cacheControl?: string,
): Response =>
  new Response(body, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      ...(contentType ? { 'Content-Type': contentType } : {}),
      ...(cacheControl ? { 'Cache-Control': cacheControl } : {}),
    },
  });

/** Handles one protocol request. Unknown extension-less paths get index.html (client routes). */
export const handleAppRequest = async (requestUrl: string, root: string): Promise<Response> => {
  const resolved = resolveAppPath(requestUrl, root);
  if (resolved.kind === 'refused') return respond(resolved.status, null);
  let path = resolved.path;
  const isFile = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    if (extname(path) !== '') return respond(404, null);
    path = resolve(root, 'index.html');
  }
  try {
    const body = await readFile(path);
    return respond(
      200,
      new Uint8Array(body),
      MIME[extname(path)] ?? 'application/octet-stream',
      cacheControlFor(path, root),
    );
  } catch {
    return respond(404, null);
  }
};

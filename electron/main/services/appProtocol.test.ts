import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security/csp';
import { handleAppRequest, resolveAppPath } from './appProtocol';

// Layout: <tmp>/renderer is the root; secret.txt and renderer-evil/ sit beside it.
let tmp: string;
let root: string;
const INDEX = '<!doctype html><title>INDEX</title>';
const APP_JS = 'console.log("app")';
const SECRET = 'TOP SECRET';
const EVIL = 'EVIL SIBLING';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crossroads-appproto-'));
  root = join(tmp, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(tmp, 'renderer-evil'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app.js'), APP_JS);
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'assets', 'blob.bin'), 'bin');
  await writeFile(join(tmp, 'secret.txt'), SECRET);
  await writeFile(join(tmp, 'renderer-evil', 'x.js'), EVIL);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const insideRoot = (path: string) => path.startsWith(root + sep);

describe('resolveAppPath', () => {
  it('maps the root to index.html and assets to their files', () => {
    expect(resolveAppPath('app://crossroads/', root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html'),
    });
    expect(resolveAppPath('app://crossroads', root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html'),
    });
    expect(resolveAppPath('app://crossroads/assets/app.js?v=1#x', root)).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'app.js'),
    });
  });

  it('refuses other hosts with 403', () => {
    for (const url of [
      'app://evil/index.html',
      'app://crossroads.evil.com/index.html',
      'app://crossroads:8080/index.html',
      'app://evil.com/crossroads/index.html',
      'app://crossroads@evil/index.html',
    ]) {
      expect(resolveAppPath(url, root), url).toEqual({ kind: 'refused', status: 403 });
    }
  });

  it('refuses unparsable URLs and broken escapes with 400', () => {
    expect(resolveAppPath('not a url', root)).toEqual({ kind: 'refused', status: 400 });
    // %E0%A4%A is a truncated UTF-8 escape: decodeURIComponent throws.
    expect(resolveAppPath('app://crossroads/%E0%A4%A', root)).toEqual({
      kind: 'refused',
      status: 400,
    });
  });

  it('refuses encoded ".." segments with 403', () => {
    // The first case would stay inside the root (assets/../index.html); it is
    // refused anyway, because a decoded ".." segment is never followed.
    for (const path of [
      'assets/%2E%2E%2Findex.html',
      '%2E%2E%2Fsecret.txt',
      'assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '..%2Fsecret.txt',
      '%2e%2e%2F',
    ]) {
      expect(resolveAppPath(`app://crossroads/${path}`, root), path).toEqual({
        kind: 'refused',
        status: 403,
      });
    }
  });

  it('refuses backslashes and NUL with 400', () => {
    for (const path of [
      '..%5Csecret.txt',
      '%5C..%5C..%5Csecret.txt',
      '..\\secret.txt',
      'index.html%00.js',
      'a%00',
    ]) {
      expect(resolveAppPath(`app://crossroads/${path}`, root), path).toEqual({
        kind: 'refused',
        status: 400,
      });
    }
  });

  it('keeps literal and parser-normalised ".." inside the root', () => {
    // The URL parser already drops "..", "%2e%2e" and "." segments, so these
    // become /secret.txt — a path inside the root (which does not exist there).
    for (const path of [
      '../secret.txt',
      '%2e%2e/secret.txt',
      '%2E%2E/%2E%2E/secret.txt',
      'a/../../../secret.txt',
    ]) {
      expect(resolveAppPath(`app://crossroads/${path}`, root), path).toEqual({
        kind: 'file',
        path: join(root, 'secret.txt'),
      });
    }
  });

  it('decodes only once: double-encoded dots stay a literal folder name inside the root', () => {
    // %252e%252e decodes to the text "%2e%2e", a harmless folder name.
    expect(resolveAppPath('app://crossroads/%252e%252e/secret.txt', root)).toEqual({
      kind: 'file',
      path: join(root, '%2e%2e', 'secret.txt'),
    });
  });

  it('treats doubled and encoded slashes as plain separators inside the root', () => {
    expect(resolveAppPath('app://crossroads//etc/passwd', root)).toEqual({
      kind: 'file',
      path: join(root, 'etc', 'passwd'),
    });
    expect(resolveAppPath('app://crossroads/%2Fetc%2Fpasswd', root)).toEqual({
      kind: 'file',
      path: join(root, 'etc', 'passwd'),
    });
  });

  it('never resolves outside the root, whatever the path', () => {
    const pathChars = fc.constantFrom(
      '.',
      '.',
      '/',
      '/',
      '%',
      '2',
      'e',
      'E',
      'f',
      'F',
      '5',
      'c',
      'C',
      '\\',
      '0',
      'a',
      '~',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: pathChars }), fc.string(), fc.webPath()), (path) => {
        const resolved = resolveAppPath(`app://crossroads/${path}`, root);
        if (resolved.kind === 'file') expect(insideRoot(resolved.path), path).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

const text = (res: Response) => res.text();

describe('handleAppRequest', () => {
  it('serves index.html for the root with the HTML type', async () => {
    const res = await handleAppRequest('app://crossroads/', root);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await text(res)).toBe(INDEX);
  });

  it('serves an asset with its type', async () => {
    const js = await handleAppRequest('app://crossroads/assets/app.js', root);
    expect(js.status).toBe(200);
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await text(js)).toBe(APP_JS);
    const css = await handleAppRequest('app://crossroads/assets/style.css', root);
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    const bin = await handleAppRequest('app://crossroads/assets/blob.bin', root);
    expect(bin.headers.get('Content-Type')).toBe('application/octet-stream');
  });

  it('lets the browser keep hashed assets for good, and makes it check index.html every time', async () => {
    const js = await handleAppRequest('app://crossroads/assets/app.js', root);
    expect(js.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['', 'index.html', 'offers/3', 'assets']) {
      const page = await handleAppRequest(`app://crossroads/${path}`, root);
      expect(page.headers.get('Cache-Control'), path).toBe('no-cache');
    }
    // Refusals and misses carry no caching at all.
    const missing = await handleAppRequest('app://crossroads/assets/missing.js', root);
    expect(missing.headers.get('Cache-Control')).toBeNull();
  });

  it('falls back to index.html for extension-less routes and folders', async () => {
    for (const path of ['offers/3', 'compare', 'assets']) {
      const res = await handleAppRequest(`app://crossroads/${path}`, root);
      expect(res.status, path).toBe(200);
      expect(await text(res), path).toBe(INDEX);
    }
  });

  it('answers 404 for a missing asset instead of index.html', async () => {
    for (const path of ['assets/missing.js', 'favicon.ico', 'secret.txt']) {
      const res = await handleAppRequest(`app://crossroads/${path}`, root);
      expect(res.status, path).toBe(404);
      expect(await text(res), path).toBe('');
    }
  });

  it('answers 404 for a route when there is no index.html', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'crossroads-empty-'));
    try {
      expect((await handleAppRequest('app://crossroads/offers', empty)).status).toBe(404);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('never serves a file outside the root', async () => {
    const attempts = [
      '../secret.txt',
      '%2e%2e/secret.txt',
      '%2E%2E%2Fsecret.txt',
      '%252e%252e/secret.txt',
      '%252e%252e%252fsecret.txt',
      '..%5Csecret.txt',
      '..\\secret.txt',
      '%2e%2e%2f..%2frenderer-evil%2fx.js',
      '..%2Frenderer-evil%2Fx.js',
      '../renderer-evil/x.js',
      'assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'secret.txt%00.html',
    ];
    for (const path of attempts) {
      const res = await handleAppRequest(`app://crossroads/${path}`, root);
      const body = await text(res);
      expect(body, path).not.toContain(SECRET);
      expect(body, path).not.toContain(EVIL);
      expect(res.status, path).not.toBe(200);
    }
    const other = await handleAppRequest('app://evil/index.html', root);
    expect(other.status).toBe(403);
    expect(await text(other)).toBe('');
  });

  it('sends the security headers on every response, including errors', async () => {
    const cases: [string, number][] = [
      ['app://crossroads/', 200],
      ['app://crossroads/assets/app.js', 200],
      ['app://crossroads/offers/1', 200],
      ['app://crossroads/missing.js', 404],
      ['app://evil/', 403],
      ['app://crossroads/%2E%2E%2Fsecret.txt', 403],
      ['app://crossroads/a%00', 400],
      ['nonsense', 400],
    ];
    for (const [url, status] of cases) {
      const res = await handleAppRequest(url, root);
      expect(res.status, url).toBe(status);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers.get(name), `${url} ${name}`).toBe(value);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp, url).not.toContain('unsafe-eval');
      expect(csp, url).not.toContain('unsafe-inline');
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows no eval, no inline code and no remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|wasm-unsafe/);
  });

  it('defaults to none and allows scripts from self only', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('goes with nosniff', () => {
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedSender, originOf } from './sender';

const DEV = 'http://localhost:5173';

describe('originOf', () => {
  it('gives scheme://host[:port] for special and app URLs', () => {
    expect(originOf('app://crossroads/index.html?x=1#y')).toBe('app://crossroads');
    expect(originOf('https://Example.COM:443/a')).toBe('https://example.com');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    // userinfo is not part of the host.
    expect(originOf('app://crossroads@evil.com/')).toBe('app://evil.com');
  });

  it('returns null when the URL does not parse', () => {
    for (const url of ['', 'not a url', '//crossroads/index.html', 'http://[::1']) {
      expect(originOf(url), url).toBeNull();
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts the top-level app page', () => {
    expect(
      isTrustedSender({ url: 'app://crossroads/index.html', parent: null }, [APP_ORIGIN]),
    ).toBe(true);
    expect(isTrustedSender({ url: 'app://crossroads/', parent: null }, [APP_ORIGIN])).toBe(true);
  });

  it('refuses other origins, look-alikes and junk', () => {
    const urls = [
      'https://evil.com/',
      'app://crossroads.evil.com/index.html',
      'https://app.crossroads.evil.com/',
      'app://evil.com/crossroads/index.html',
      'app://crossroads@evil.com/',
      'app://crossroads:8080/',
      'app:crossroads/index.html',
      'file:///crossroads/index.html',
      'about:blank',
      'not a url',
      '',
    ];
    for (const url of urls)
      expect(isTrustedSender({ url, parent: null }, [APP_ORIGIN]), url).toBe(false);
  });

  it('refuses sub-frames and missing frames', () => {
    expect(isTrustedSender({ url: 'app://crossroads/index.html', parent: {} }, [APP_ORIGIN])).toBe(
      false,
    );
    expect(
      isTrustedSender({ url: 'app://crossroads/index.html', parent: undefined }, [APP_ORIGIN]),
    ).toBe(false);
    expect(isTrustedSender(null, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(undefined, [APP_ORIGIN])).toBe(false);
  });

  it('trusts the dev server only when it is in the list', () => {
    expect(isTrustedSender({ url: `${DEV}/`, parent: null }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ url: `${DEV}/`, parent: null }, [APP_ORIGIN, DEV])).toBe(true);
  });

  it('trusts nothing with an empty list', () => {
    expect(isTrustedSender({ url: 'app://crossroads/index.html', parent: null }, [])).toBe(false);
  });
});

describe('isTrustedSender properties', () => {
  it('never trusts a frame that has a parent', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (url, parent) => {
        fc.pre(parent !== null);
        expect(isTrustedSender({ url, parent }, [APP_ORIGIN, DEV])).toBe(false);
      }),
    );
  });

  it('trusts an arbitrary string only if it parses to an allowed origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `app://${s}`),
        ),
        (url) => {
          const trusted = isTrustedSender({ url, parent: null }, [APP_ORIGIN]);
          if (!trusted) return;
          const parsed = new URL(url);
          expect(parsed.protocol).toBe('app:');
          expect(parsed.host).toBe('crossroads');
        },
      ),
    );
  });

  it('never trusts any web URL when only the app origin is allowed', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isTrustedSender({ url, parent: null }, [APP_ORIGIN])).toBe(false);
      }),
    );
  });

  it('trusts every path, query and fragment on the app origin', () => {
    fc.assert(
      fc.property(
        fc.webPath(),
        fc.webQueryParameters(),
        fc.webFragments(),
        (path, query, fragment) => {
          const url = `${APP_ORIGIN}${path.startsWith('/') ? path : `/${path}`}?${query}#${fragment}`;
          expect(isTrustedSender({ url, parent: null }, [APP_ORIGIN]), url).toBe(true);
        },
      ),
    );
  });
});

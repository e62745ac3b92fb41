import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EXTERNAL_URL_LENGTH, vetExternalUrl } from './externalUrl';

const accepted = (input: string) => {
  const verdict = vetExternalUrl(input);
  return verdict.ok ? verdict.url : null;
};

describe('vetExternalUrl examples', () => {
  it('accepts https links with a dotted host and returns the normalised URL', () => {
    expect(accepted('https://www.amazon.jobs/en/')).toBe('https://www.amazon.jobs/en/');
    // Scheme and host are lower-cased; an empty path becomes "/".
    expect(accepted('HTTPS://EXAMPLE.COM')).toBe('https://example.com/');
    expect(accepted('hTtPs://Example.com/A?b=C#D')).toBe('https://example.com/A?b=C#D');
  });

  it('accepts a mailto address', () => {
    expect(accepted('mailto:recruiter@example.com')).toBe('mailto:recruiter@example.com');
    expect(accepted('mailto:a@b.com?subject=Offer')).toBe('mailto:a@b.com?subject=Offer');
  });

  it('refuses mailto links that ask a mail client to attach a file (#18 item 9)', () => {
    for (const input of [
      'mailto:a@b.com?attach=/etc/passwd',
      'mailto:a@b.com?subject=Hi&attachment=C:%5Cdata%5Cworkbook.json',
      'mailto:a@b.com?ATTACH=~/.ssh/id_rsa',
      'mailto:a@b.com?x-unknown=1',
    ])
      expect(vetExternalUrl(input), input).toEqual({
        ok: false,
        reason:
          'That email link asks for more than an address, subject and text, so it is not opened.',
      });
    expect(accepted('mailto:a@b.com?cc=c@d.com&bcc=e@f.com&body=Hello')).toBe(
      'mailto:a@b.com?cc=c@d.com&bcc=e@f.com&body=Hello',
    );
  });

  it('refuses bare IP addresses as localhost is refused (#18 item 9)', () => {
    for (const input of [
      'https://127.0.0.1/',
      'https://0x7f.1/',
      'https://2130706433/',
      'https://192.168.1.1/admin',
      'https://[::1]/',
    ])
      expect(accepted(input), input).toBeNull();
  });

  it('refuses mailto without an address', () => {
    for (const input of ['mailto:', 'mailto:nobody', 'mailto:?to=a@b.com'])
      expect(accepted(input), input).toBeNull();
  });

  it('refuses dangerous and non-https schemes', () => {
    const inputs = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'javascript://example.com/%0aalert(1)',
      'file:///etc/passwd',
      'file://host/share/x.exe',
      'data:text/html,<script>alert(1)</script>',
      'http://example.com/',
      'ftp://example.com/file',
      'app://crossroads/index.html',
      'vbscript:msgbox(1)',
      'ms-settings:privacy',
      'smb://server/share',
    ];
    for (const input of inputs) expect(accepted(input), input).toBeNull();
  });

  it('refuses credentials in the URL', () => {
    for (const input of [
      'https://user:pw@x.com',
      'https://user@x.com/',
      'https://:pw@x.com/',
      'https://x.com@evil.com/',
    ]) {
      expect(accepted(input), input).toBeNull();
    }
  });

  it('refuses hosts without a dot', () => {
    for (const input of ['https://localhost/', 'https://intranet/', 'https://[::1]/']) {
      expect(accepted(input), input).toBeNull();
    }
  });

  it('treats look-alike hosts as ordinary external sites (opened in the browser, never the app)', () => {
    // Nothing here grants app privileges; it is just an https site.
    expect(accepted('https://app.crossroads.evil.com/')).toBe('https://app.crossroads.evil.com/');
  });

  it('refuses empty, non-string and junk input', () => {
    for (const input of ['', 'example.com', '//example.com', 'https://', 'https:///x', ':::']) {
      expect(accepted(input), input).toBeNull();
    }
    expect(vetExternalUrl(undefined as unknown as string).ok).toBe(false);
    expect(vetExternalUrl(42 as unknown as string).ok).toBe(false);
  });

  it('refuses whitespace and control characters anywhere', () => {
    const inputs = [
      ' https://example.com/',
      'https://example.com/ ',
      'https://exa mple.com/',
      'https://example.com/\n',
      'https://example.com/\tx',
      'https://example.com/\r\n',
      'https://example.com/\u0000',
      'https://example.com/\u001f',
      'https://example.com/\u007f',
      'https://example.com/\u00a0',
      'https://example.com/\u2028',
      'https://example.com/\ufeff',
    ];
    for (const input of inputs) expect(accepted(input), JSON.stringify(input)).toBeNull();
  });

  it('refuses input longer than 2048 characters', () => {
    expect(MAX_EXTERNAL_URL_LENGTH).toBe(2048);
    const base = 'https://a.com/';
    // base is 14 characters; 14 + 2034 = 2048 (accepted), 14 + 2035 = 2049 (refused).
    expect(accepted(base + 'x'.repeat(2034))).not.toBeNull();
    expect(accepted(base + 'x'.repeat(2035))).toBeNull();
    expect(accepted(base + 'x'.repeat(1_000_000))).toBeNull();
  });

  it('gives a reason when refusing', () => {
    const verdict = vetExternalUrl('javascript:alert(1)');
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason.length).toBeGreaterThan(0);
  });
});

/** Strings shaped roughly like URLs, so the property also meets accepted ones. */
const urlish = fc
  .tuple(
    fc.constantFrom(
      'https',
      'HTTPS',
      'hTtPs',
      'http',
      'javascript',
      'file',
      'data',
      'mailto',
      'ftp',
      'app',
      '',
    ),
    fc.constantFrom('://', ':', ':/', ':\\\\', '//'),
    fc.option(fc.constantFrom('user@', 'user:pw@', ':pw@', 'a.com@'), { nil: '' }),
    fc.oneof(
      fc.domain(),
      fc.constantFrom('localhost', '127.0.0.1', '[::1]', 'crossroads', ''),
      fc.string(),
    ),
    fc.oneof(fc.webPath(), fc.string()),
  )
  .map(([scheme, sep, userinfo, host, path]) => `${scheme}${sep}${userinfo}${host}${path}`);

const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webUrl({
    validSchemes: ['https', 'http', 'ftp', 'file'],
    withQueryParameters: true,
    withFragments: true,
  }),
  urlish,
  fc.emailAddress().map((e) => `mailto:${e}`),
);

describe('vetExternalUrl properties', () => {
  it('accepts only https URLs with a dotted host and no credentials, or mailto', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const verdict = vetExternalUrl(input);
        if (!verdict.ok) return;
        const original = new URL(input); // must parse, or it would have been refused
        const out = new URL(verdict.url);
        expect(out.href).toBe(original.href);
        if (out.protocol === 'mailto:') {
          expect(out.pathname).toContain('@');
        } else {
          expect(out.protocol).toBe('https:');
          expect(out.hostname).toContain('.');
          expect(out.username).toBe('');
          expect(out.password).toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts input with whitespace or control characters', () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.nat(),
        fc.constantFrom(
          ' ',
          '\t',
          '\n',
          '\r',
          '\u0000',
          '\u0008',
          '\u001b',
          '\u007f',
          '\u00a0',
          '\u2028',
          '\u3000',
        ),
        (input, at, bad) => {
          const i = at % (input.length + 1);
          expect(vetExternalUrl(input.slice(0, i) + bad + input.slice(i)).ok).toBe(false);
        },
      ),
    );
  });

  it('never accepts input over the length limit', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const padded = `https://example.com/${input}`.padEnd(MAX_EXTERNAL_URL_LENGTH + 1, 'a');
        expect(vetExternalUrl(padded).ok).toBe(false);
      }),
    );
  });

  it('accepts every plain https URL on a domain (so the property above is not vacuous)', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
        (url) => {
          expect(vetExternalUrl(url).ok, url).toBe(true);
        },
      ),
    );
  });

  it('never accepts a non-https, non-mailto scheme', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'http',
          'javascript',
          'file',
          'data',
          'ftp',
          'app',
          'vbscript',
          'chrome',
          'ws',
          'wss',
        ),
        fc.webUrl({ validSchemes: ['https'] }),
        (scheme, url) => {
          expect(vetExternalUrl(url.replace(/^https/, scheme)).ok).toBe(false);
        },
      ),
    );
  });
});

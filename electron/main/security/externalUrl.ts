/**
 * The one gate for opening anything outside the app. Accepts only `https:`
 * URLs to a named host (not a bare IP address) without credentials, and
 * `mailto:` addresses with no fields beyond to/cc/bcc/subject/body, parsed
 * with the WHATWG URL parser; everything else (javascript:, file:, data:,
 * custom schemes, attachments, junk) is refused.
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** The `mailto:` fields of an ordinary message (RFC 6068); anything else is refused. */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

/** True when `text` holds whitespace or an ASCII control character. */
const hasControlOrSpace = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return /\s/.test(text);
};

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** Checks `input` and returns the normalised URL to open, or why not. */
export const vetExternalUrl = (input: string): UrlVerdict => {
  if (typeof input !== 'string' || input.length === 0)
    return { ok: false, reason: 'No address given.' };
  if (input.length > MAX_EXTERNAL_URL_LENGTH)
    return { ok: false, reason: 'That address is too long.' };
  if (hasControlOrSpace(input))
    return { ok: false, reason: 'That address contains spaces or control characters.' };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, reason: 'That is not a web address.' };
  }
  if (url.protocol === 'mailto:') {
    if (!url.pathname.includes('@')) return { ok: false, reason: 'That is not an email address.' };
    // Some mail clients attach a named local file (attach=, attachment=, …):
    // only the fields of an ordinary message pass.
    const fields = [...url.searchParams.keys()].map((k) => k.toLowerCase());
    if (fields.some((k) => !MAILTO_FIELDS.has(k)))
      return {
        ok: false,
        reason:
          'That email link asks for more than an address, subject and text, so it is not opened.',
      };
    return { ok: true, url: url.href };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'Only https:// links can be opened.' };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'Links with a user name or password are not opened.' };
  if (url.hostname === '' || !url.hostname.includes('.'))
    return { ok: false, reason: 'That link has no proper host name.' };
  // The WHATWG parser has already turned 0x7f.1, 2130706433 and the like into
  // dotted IPv4; IPv6 hosts keep their brackets. Neither is a public site's name.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) || url.hostname.startsWith('['))
    return { ok: false, reason: 'Links to a bare IP address are not opened; use the site’s name.' };
  return { ok: true, url: url.href };
};

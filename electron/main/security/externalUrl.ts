/**
 * The one gate for opening anything outside the app. Accepts only `https:`
 * URLs without credentials and `mailto:` addresses, parsed with the WHATWG URL
 * parser; everything else (javascript:, file:, data:, custom schemes, junk)
 * is refused.
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

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
    return url.pathname.includes('@')
      ? { ok: true, url: url.href }
      : { ok: false, reason: 'That is not an email address.' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'Only https:// links can be opened.' };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'Links with a user name or password are not opened.' };
  if (url.hostname === '' || !url.hostname.includes('.'))
    return { ok: false, reason: 'That link has no proper host name.' };
  return { ok: true, url: url.href };
};

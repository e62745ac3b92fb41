/**
 * Turns the formats offer letters arrive in — an HTML email, a saved `.eml`
 * message — into the plain text the extractor reads. Tables become one row
 * per line with cells joined by " | ", so a label and its figure stay
 * together. Main-process only (uses Node's Buffer for decoding); it never
 * throws and never fetches anything an email links to.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  euro: '€',
  pound: '£',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
};

const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * Plain text of an HTML document: scripts, styles and the head dropped;
 * block elements and `<br>` end a line; table cells of a row joined by
 * " | "; list items start with "- "; entities decoded; runs of blank lines
 * squeezed to one.
 */
export function htmlToText(html: string): string {
  const s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<\/t[dh]>\s*(?=<t[dh]\b)/gi, ' | ')
    .replace(/<\/tr>\s*<tr\b[^>]*>/gi, '<br>')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /<\/?(?:p|div|tr|table|h[1-6]|ul|ol|li|section|article|header|footer|blockquote|thead|tbody)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '');
  return decodeEntities(s)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const decodeQuotedPrintable = (s: string): string => {
  const joined = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
};

const decodeBase64 = (s: string): string =>
  Buffer.from(s.replace(/\s+/g, ''), 'base64').toString('utf8');

type Part = { headers: Record<string, string>; body: string };

const splitPart = (raw: string): Part => {
  const text = raw.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut < 0 ? text : text.slice(0, cut);
  const body = cut < 0 ? '' : text.slice(cut + 2);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
};

const decodeBody = (part: Part): string => {
  const enc = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (enc === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (enc === 'base64') return decodeBase64(part.body);
  return part.body;
};

/** The best text of a MIME part: text/plain first, else text/html as text. */
const textOfPart = (part: Part, depth: number): string | null => {
  const type = (part.headers['content-type'] ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = /boundary="?([^";]+)"?/i.exec(part.headers['content-type'] ?? '')?.[1];
    if (!boundary) return null;
    const pieces = part.body.replace(/\r\n/g, '\n').split(`--${boundary}`).slice(1);
    const parts = pieces
      .filter((p) => !p.startsWith('--'))
      .map((p) => splitPart(p.replace(/^\n/, '')));
    const plain = parts.find((p) =>
      (p.headers['content-type'] ?? 'text/plain').toLowerCase().startsWith('text/plain'),
    );
    if (plain) return decodeBody(plain);
    for (const p of parts) {
      const t = textOfPart(p, depth + 1);
      if (t) return t;
    }
    return null;
  }
  if (type.startsWith('text/html')) return htmlToText(decodeBody(part));
  if (type.startsWith('text/')) return decodeBody(part);
  return null;
};

/**
 * The readable text of a saved email (`.eml`, RFC 822/MIME): its plain-text
 * body (quoted-printable and base64 decoded), or its HTML body as text when
 * there is no plain one. Headers are left out. Unreadable input gives "".
 */
export function emlToText(eml: string): string {
  try {
    return (textOfPart(splitPart(eml), 0) ?? '').trim();
  } catch {
    return '';
  }
}

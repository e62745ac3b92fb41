/**
 * The small things an offer letter is made of, found in plain text: money
 * amounts (with their currency and local number format), percents, counts of
 * units and calendar dates. Each token carries its absolute position in the
 * text, so every figure can point back at its source. Pure and total: no
 * clock, no I/O, never throws — text that does not read cleanly is skipped.
 */
import { parseMoneyInput } from '../money';

/** A money amount as written: `[from, to)` is its place in the text. */
export type MoneyToken = {
  from: number;
  to: number;
  raw: string;
  /** Minor units (cents, pence). */
  cents: number;
  /** ISO code, or null when the amount has no currency mark. */
  currency: string | null;
};

export type PercentToken = { from: number; to: number; raw: string; pct: number };
export type DateToken = { from: number; to: number; raw: string; iso: string };

const CURRENCY_MARKS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:US\$|USD|\$)$/i, 'USD'],
  [/^(?:C\$|CAD|CA\$)$/i, 'CAD'],
  [/^(?:A\$|AUD)$/i, 'AUD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?)$/i, 'GBP'],
  [/^CHF$/i, 'CHF'],
  [/^dollars?$/i, 'USD'],
];

const currencyOf = (mark: string): string | null => {
  for (const [re, code] of CURRENCY_MARKS) if (re.test(mark.trim())) return code;
  return null;
};

// Grouped digits: 150,000 · 85.000 · 85'000 · 85 000 (no-break/thin space only).
const NUM = String.raw`\d{1,3}(?:[,.'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SUFFIX = String.raw`(?:\s?(?:million|mio\.?|k|m)\b)?`;
const PRE = String.raw`(?:US\$|C\$|CA\$|A\$|USD|EUR|GBP|CHF|CAD|AUD|\$|€|£)`;
const POST = String.raw`(?:€|£|EUR|GBP|USD|CHF|CAD|euros?|Euro|dollars?|pounds?)\b`;
const MONEY_RE = new RegExp(
  String.raw`${PRE}\s?(${NUM})(${SUFFIX})|(?<![\w.,])(${NUM})(${SUFFIX})\s?(${POST}|€|£)`,
  'gi',
);

/**
 * Turns digits written with any thousands/decimal convention into a plain
 * "1234.56" string. One kind of separator followed by exactly three digits is
 * a thousands mark ("150,000", "85.000"); otherwise the last separator is the
 * decimal point ("85.000,50", "1,234.5"). Returns null for shapes that mix
 * marks inconsistently.
 */
export function normaliseDigits(written: string): string | null {
  const s = written.replace(/[\u00a0\u202f']/g, ',');
  const seps = [...s.matchAll(/[.,]/g)].map((m) => m.index ?? 0);
  if (seps.length === 0) return s;
  const last = seps[seps.length - 1] ?? 0;
  const tail = s.slice(last + 1);
  const kinds = new Set(seps.map((i) => s[i]));
  if (kinds.size === 1 && tail.length === 3) return s.replace(/[.,]/g, '');
  if (tail.length > 2 && kinds.size > 1) return null;
  const intPart = s.slice(0, last).replace(/[.,]/g, '');
  return `${intPart}.${tail}`;
}

/**
 * The one place where written digits become minor units — through the app's
 * own money parser, so a change to how money is read reaches letters too.
 * `suffix` is "", "k" or "m". Null when the parser refuses (e.g. over its cap).
 */
const toCents = (plain: string, suffix: string): number | null => {
  const parsed = parseMoneyInput(`${plain}${suffix}`);
  return parsed.ok ? parsed.cents : null;
};

const suffixLetter = (raw: string): string => {
  const s = raw.trim().toLowerCase();
  if (s === '') return '';
  if (s === 'k') return 'k';
  return 'm';
};

/** Every money amount in `text`, in order. A bare number is never money. */
export function findMoney(text: string): MoneyToken[] {
  const out: MoneyToken[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const raw = m[0];
    const from = m.index ?? 0;
    const digits = m[1] ?? m[3] ?? '';
    const suffix = suffixLetter(m[2] ?? m[4] ?? '');
    const mark = m[1] !== undefined ? raw.slice(0, raw.indexOf(digits)) : (m[5] ?? '');
    const plain = normaliseDigits(digits);
    if (plain === null) continue;
    const cents = toCents(plain, suffix);
    if (cents === null || cents === 0) continue;
    out.push({ from, to: from + raw.length, raw, cents, currency: currencyOf(mark) });
  }
  return out;
}

const PERCENT_RE = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|percent\b|per cent\b|Prozent\b)/gi;

/** Every percent in `text` ("15%", "12.5 percent", "10 Prozent", "7,5 %"). */
export function findPercents(text: string): PercentToken[] {
  const out: PercentToken[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const pct = Number((m[1] ?? '').replace(',', '.'));
    if (!Number.isFinite(pct)) continue;
    const from = m.index ?? 0;
    out.push({ from, to: from + m[0].length, raw: m[0], pct });
  }
  return out;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  feb: 2,
  february: 2,
  februar: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  jul: 7,
  july: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  dez: 12,
  dezember: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const DATE_RES: ReadonlyArray<[RegExp, (m: RegExpMatchArray, dayFirst: boolean) => number[]]> = [
  [
    new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi'),
    (m) => [Number(m[3]), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2])],
  ],
  [
    new RegExp(
      String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(${MONTH_NAMES})\.?,?\s+(\d{4})\b`,
      'gi',
    ),
    (m) => [Number(m[3]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[1])],
  ],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [
    /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    (m, dayFirst) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const first = a > 12 || (dayFirst && b <= 12);
      return first ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
    },
  ],
];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

const validIso = (y: number, mo: number, d: number): string | null => {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (d > (days[mo - 1] ?? 0)) return null;
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
};

/**
 * Every full calendar date in `text` (with a year), as ISO `YYYY-MM-DD`.
 * `dayFirst` reads 03/04/2026 as 3 April (UK/EU letters) rather than 4 March.
 * Overlapping matches keep the first found; impossible dates are skipped.
 */
export function findDates(text: string, dayFirst: boolean): DateToken[] {
  const out: DateToken[] = [];
  for (const [re, read] of DATE_RES) {
    for (const m of text.matchAll(re)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (out.some((t) => from < t.to && to > t.from)) continue;
      const [y = 0, mo = 0, d = 0] = read(m, dayFirst);
      const iso = validIso(y, mo, d);
      if (iso !== null) out.push({ from, to, raw: m[0], iso });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

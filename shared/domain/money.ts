/**
 * Money helpers: rounding to whole cents, splitting an amount into equal
 * instalments, reading what a person types into a money field, and showing an
 * amount. Amounts are integers in minor units (cents). Pure: no clock, no
 * storage, no DOM — only the standard `Intl` API for display.
 */
import { MAX_CENTS } from '../schemas/primitives';

/**
 * Rounds to the nearest whole number, halves away from zero
 * (2.5 → 3, −2.5 → −3), unlike `Math.round` which sends −2.5 to −2.
 *
 * A value within a tiny relative tolerance (1e-13, at least 1e-9) below a half
 * counts as the half itself: binary floating point turns exact decimal halves
 * such as 1.005 × 100 into 100.49999999999999, and the user meant 100.5.
 * Never returns −0. Throws a RangeError for NaN or ±Infinity.
 */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value} to whole cents.`);
  const magnitude = Math.abs(value);
  const whole = Math.floor(magnitude);
  const tolerance = Math.max(1e-9, magnitude * 1e-13);
  const rounded = magnitude - whole >= 0.5 - tolerance ? whole + 1 : whole;
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

/**
 * Splits a whole, non-negative number of cents into `parts` instalments that
 * add up to it exactly: every part gets ⌊total/parts⌋ and the first
 * `total mod parts` parts get one extra cent. Example: 14,200,000 cents over 12
 * months → months 1–4 get 1,183,334 and months 5–12 get 1,183,333.
 * Throws a RangeError when `total` is not a non-negative integer or `parts` is
 * not a positive integer.
 */
export function splitCents(total: number, parts: number): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError('splitCents needs whole, non-negative cents.');
  if (!Number.isInteger(parts) || parts < 1)
    throw new RangeError('splitCents needs a positive number of parts.');
  const each = Math.floor(total / parts);
  const remainder = total - each * parts;
  const out = new Array<number>(parts);
  for (let i = 0; i < parts; i++) out[i] = i < remainder ? each + 1 : each;
  return out;
}

/** The result of reading a typed amount. */
export type MoneyParseResult = { ok: true; cents: number } | { ok: false; message: string };

export const MONEY_MESSAGES = {
  empty: 'Enter an amount.',
  notANumber: 'Enter an amount as a number, such as 142,000 or 142k.',
  negative: 'Amounts cannot be negative.',
  tooLarge: 'That is over $100 million — check for extra digits.',
  tooPrecise: 'Use at most two decimal places — amounts are kept to the cent.',
  commas: 'Put commas only between groups of three digits, as in 142,000.',
} as const;

const AMOUNT_PATTERN = /^[$€£]?\s*(\d[\d,]*(?:\.\d*)?|\.\d+)\s*([kKmM])?$/;
const GROUPED_PATTERN = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Reads an amount typed into a money field and returns it in cents
 * (two decimal places, as for USD).
 *
 * Accepts surrounding spaces, an optional leading `$` / `€` / `£`, thousands
 * commas in groups of three, up to two decimals, and a `k` (thousand) or `m`
 * (million) suffix in either case: "$142,000", "142000", "142k", "142.5K",
 * "1.2m", " 142,000.50 ". The arithmetic is done on the digits (BigInt), so
 * "1.2m" is exactly 120,000,000 cents with no floating-point drift. Decimals
 * beyond the cent are refused unless they are zeros ("1.2345k" is 1,234.50;
 * "1.23456k" is refused).
 *
 * Refuses: empty text, anything that is not a number, negatives, more than
 * {@link MAX_CENTS} ($100M), and fractions of a cent. The message says why.
 */
export function parseMoneyInput(text: string): MoneyParseResult {
  const trimmed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (trimmed === '') return { ok: false, message: MONEY_MESSAGES.empty };
  if (/^[$€£]?\s*[-−–]/.test(trimmed) || /^\(.*\)$/.test(trimmed)) {
    return { ok: false, message: MONEY_MESSAGES.negative };
  }
  const match = AMOUNT_PATTERN.exec(trimmed);
  if (!match) return { ok: false, message: MONEY_MESSAGES.notANumber };
  const [intPartRaw = '', fracPart = ''] = (match[1] ?? '').split('.');
  if (intPartRaw.includes(',') && !GROUPED_PATTERN.test(intPartRaw)) {
    return { ok: false, message: MONEY_MESSAGES.commas };
  }
  const intPart = intPartRaw.replaceAll(',', '');
  const suffix = (match[2] ?? '').toLowerCase();
  // Digits after the point that still count: 2 for cents, plus 3 or 6 for k / m.
  const places = 2 + (suffix === 'k' ? 3 : suffix === 'm' ? 6 : 0);
  let digits = intPart + fracPart;
  if (fracPart.length > places) {
    const dropped = fracPart.slice(places);
    if (/[^0]/.test(dropped)) return { ok: false, message: MONEY_MESSAGES.tooPrecise };
    digits = digits.slice(0, digits.length - dropped.length);
  } else {
    digits += '0'.repeat(places - fracPart.length);
  }
  const cents = BigInt(digits === '' ? '0' : digits);
  if (cents > BigInt(MAX_CENTS)) return { ok: false, message: MONEY_MESSAGES.tooLarge };
  return { ok: true, cents: Number(cents) };
}

const minorDigitsCache = new Map<string, number>();

/**
 * How many minor-unit digits a currency has (USD 2, JPY 0), as `Intl` knows
 * it. Throws a RangeError for a code `Intl` does not accept.
 */
export function currencyMinorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

const formatterCache = new Map<string, Intl.NumberFormat>();

/**
 * Shows an amount of minor units as money in `currency` for `locale`, through
 * `Intl.NumberFormat`. Whole amounts show no decimals ("$142,000"); amounts
 * with cents show them all ("$142,000.50"). `cents` is in the currency's minor
 * unit (cents for USD, yen for JPY). `locale` defaults to the runtime's.
 */
export function formatMoney(cents: number, currency: string, locale?: string): string {
  const digits = currencyMinorDigits(currency);
  const scale = 10 ** digits;
  const fractionDigits = cents % scale === 0 ? 0 : digits;
  const key = `${locale ?? ''}|${currency}|${fractionDigits}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatterCache.set(key, formatter);
  }
  return formatter.format(cents / scale);
}

/**
 * Money helpers and the one boundary between text and money: rounding to
 * whole minor units, splitting an amount into equal instalments, reading what
 * a person types into a money field, and showing an amount — both ways aware
 * of the currency (its minor-unit digits and limit) and of the locale (its
 * decimal and group separators, digits and symbols). Amounts are integers in
 * the currency's minor units (cents, yen, fils). Pure: no clock, no storage,
 * no DOM — only the standard `Intl` API.
 */
import { currencyMinorDigits, maxMinorUnits } from './currencyLimits';

export { currencyMinorDigits, maxMinorUnits };

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

/** The result of reading a typed amount; `cents` is in the currency's minor units. */
export type MoneyParseResult = { ok: true; cents: number } | { ok: false; message: string };

/**
 * What a money text is read or written in: an ISO 4217 code and a BCP 47
 * locale. `locale` undefined means the runtime's own (the app's display
 * locale: in the renderer, Chromium's, which follows the system).
 */
export type MoneyContext = { currency: string; locale?: string | undefined };

/** US dollars typed the US way: what the reader assumes when told nothing. */
const US: MoneyContext = { currency: 'USD', locale: 'en-US' };

export const MONEY_MESSAGES = {
  empty: 'Enter an amount.',
  notANumber: 'Enter an amount as a number, such as 142,000 or 142k.',
  negative: 'Amounts cannot be negative.',
  tooLarge: 'That is over $100 million — check for extra digits.',
  tooPrecise: 'Use at most two decimal places — amounts are kept to the cent.',
  commas: 'Put commas only between groups of three digits, as in 142,000.',
} as const;

/** Separators and grouping of a locale, after {@link normalise}. */
type LocaleNumbers = { decimal: string; group: string; lakh: boolean };

const MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/**
 * Folds the many ways the same text can be written onto one: compatibility
 * forms (full-width ￥ and digits, no-break and narrow no-break spaces → space,
 * via NFKC), bidi marks dropped, Arabic-Indic and Persian digits → 0–9, the
 * Arabic decimal and group signs → "." and ",", every apostrophe → "'", runs
 * of white space → one space.
 */
const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim();

const numbersCache = new Map<string, LocaleNumbers>();

const localeNumbers = (locale: string | undefined): LocaleNumbers => {
  const key = locale ?? '';
  let found = numbersCache.get(key);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).formatToParts(
      1234567.5,
    );
    const group = normalise(parts.find((p) => p.type === 'group')?.value ?? ',') || ' ';
    const decimal = normalise(parts.find((p) => p.type === 'decimal')?.value ?? '.');
    const crore = normalise(new Intl.NumberFormat(locale).format(10_000_000));
    found = { decimal, group, lakh: /^1\D00\D00\D000$/.test(crore) };
    numbersCache.set(key, found);
  }
  return found;
};

const symbolsCache = new Map<string, string[]>();

/** Words written after amounts that Intl does not give as symbols (150,000,000원). */
const CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  KRW: ['원'],
  JPY: ['円'],
  CNY: ['元'],
};

/**
 * Everything that may stand for `currency` around a typed amount: its code,
 * its symbols as `Intl` shows them in this locale and in English, and the
 * common signs $ € £ ¥ ₩ ₹ (people type these whatever the currency; the
 * currency is the offer's, not the sign's). Longest first.
 */
const currencyTokens = (currency: string, locale: string | undefined): string[] => {
  const key = `${locale ?? ''}|${currency}`;
  let tokens = symbolsCache.get(key);
  if (!tokens) {
    const found = new Set<string>([
      currency,
      ...(CURRENCY_WORDS[currency] ?? []),
      '$',
      '€',
      '£',
      '¥',
      '₩',
      '₹',
    ]);
    for (const where of [locale, 'en']) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
        const part = new Intl.NumberFormat(where, { style: 'currency', currency, currencyDisplay })
          .formatToParts(1)
          .find((p) => p.type === 'currency');
        if (part) found.add(normalise(part.value));
      }
    }
    tokens = [...found].filter((t) => t !== '').sort((a, b) => b.length - a.length);
    symbolsCache.set(key, tokens);
  }
  return tokens;
};

const KNOWN_CODES = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);

/** Takes one currency token off the start and one off the end of `text`. */
const stripCurrency = (text: string, tokens: readonly string[]): string => {
  let s = text;
  const upper = () => s.toUpperCase();
  for (const t of tokens) {
    if (upper().startsWith(t.toUpperCase())) {
      s = s.slice(t.length).trim();
      break;
    }
  }
  for (const t of tokens) {
    if (upper().endsWith(t.toUpperCase())) {
      s = s.slice(0, s.length - t.length).trim();
      break;
    }
  }
  return s;
};

const SEPARATOR_NAMES: Readonly<Record<string, string>> = {
  ',': 'commas',
  '.': 'points',
  ' ': 'spaces',
  "'": 'apostrophes',
};

const groupingMessage = (group: string, ctx: MoneyContext, lakh: boolean): string => {
  const name = SEPARATOR_NAMES[group] ?? 'separators';
  const nf = new Intl.NumberFormat(ctx.locale);
  return lakh
    ? `Put ${name} only between groups of digits, as in ${nf.format(1_420_000)} or ${nf.format(142_000)}.`
    : `Put ${name} only between groups of three digits, as in ${nf.format(142_000)}.`;
};

const tooPreciseMessage = (currency: string): string => {
  const digits = currencyMinorDigits(currency);
  if (digits === 2) return MONEY_MESSAGES.tooPrecise;
  if (digits === 0) return `Use whole amounts — ${currency} has no smaller unit.`;
  return `Use at most ${digits} decimal places — ${currency} amounts are kept to ${digits} places.`;
};

/**
 * The message for an amount over {@link maxMinorUnits}, naming the currency
 * and its limit: "That is over $100 million — check for extra digits." for
 * USD, "That is over ₩100 billion — …" for KRW.
 */
export const tooLargeMessage = (ctx: MoneyContext): string => {
  const limit = maxMinorUnits(ctx.currency) / 10 ** currencyMinorDigits(ctx.currency);
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  const [size, word] = scales.find(([n]) => limit % n === 0 && limit >= n) ?? [1, ''];
  const figure = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: ctx.currency,
    maximumFractionDigits: 0,
  }).format(limit / size);
  return `That is over ${figure}${word ? ` ${word}` : ''} — check for extra digits.`;
};

const isGrouped = (intPart: string, group: string, lakh: boolean): boolean => {
  const parts = intPart.split(group);
  const [first = '', ...rest] = parts;
  if (rest.length === 0) return true;
  const threes = /^\d{1,3}$/.test(first) && rest.every((p) => /^\d{3}$/.test(p));
  if (threes) return true;
  if (!lakh) return false;
  const last = rest[rest.length - 1] ?? '';
  return (
    /^\d{1,2}$/.test(first) &&
    /^\d{3}$/.test(last) &&
    rest.slice(0, -1).every((p) => /^\d{2}$/.test(p))
  );
};

/**
 * Reads an amount typed into a money field and returns it in the minor units
 * of `ctx.currency` (yen for JPY, cents for USD, fils for KWD), reading
 * separators the way `ctx.locale` writes them. Without `ctx`, US dollars typed
 * the US way.
 *
 * Accepts: surrounding spaces; the currency's code or symbol (and $ € £ ¥ ₩ ₹)
 * before or after; the locale's decimal sign; group separators between groups
 * of three digits — the locale's own, and also spaces (ordinary, no-break,
 * narrow no-break) and apostrophes (as de-CH writes them), and in locales that
 * group by lakh and crore (hi-IN) "14,20,000"; digits in the locale's own
 * script (Arabic-Indic in ar-EG); a "k" (thousand) or "m" (million) suffix.
 * When both "," and "." appear, the last one is the decimal sign ("1.234,50"
 * and "1,234.50" are both 1,234.50); when only one of them appears it is read
 * the locale's way, so "1,500" is 1,500 in en-US and 1,50 in de-DE — show the
 * reading with {@link formatMoney} before the user moves on.
 * The arithmetic is done on the digits (BigInt), so "1.2m" is exactly
 * 120,000,000 cents. Decimals beyond the currency's minor unit are refused
 * unless they are zeros.
 *
 * Refuses, with a message saying why: empty text, anything that is not a
 * number, negatives, another currency's code, more than
 * {@link maxMinorUnits} for the currency, and fractions of the minor unit.
 */
export function parseMoneyInput(text: string, ctx: MoneyContext = US): MoneyParseResult {
  const { currency, locale } = ctx;
  const s = normalise(text);
  if (s === '') return { ok: false, message: MONEY_MESSAGES.empty };
  if (/^\(.*\)$/.test(s) || /^[^\d]*[-\u2212\u2012\u2013\u2014]/.test(s)) {
    return { ok: false, message: MONEY_MESSAGES.negative };
  }
  const bare = stripCurrency(s, currencyTokens(currency, locale));
  const otherCode = /^([A-Za-z]{3})\b|\b([A-Za-z]{3})$/.exec(bare);
  const code = (otherCode?.[1] ?? otherCode?.[2] ?? '').toUpperCase();
  if (code && code !== currency && KNOWN_CODES.has(code)) {
    return {
      ok: false,
      message: `This offer is in ${currency}; leave out “${code}”, or change the offer’s currency first.`,
    };
  }
  const match = /^([\d.,' ]*?)\s?([kKmM])?$/.exec(bare);
  const number = match?.[1] ?? '';
  if (!match || !/^[\d.,]/.test(number) || !/\d/.test(number) || number.endsWith(' ')) {
    return { ok: false, message: MONEY_MESSAGES.notANumber };
  }
  const numbers = localeNumbers(locale);
  const lastComma = number.lastIndexOf(',');
  const lastPoint = number.lastIndexOf('.');
  let decimal: string;
  if (lastComma >= 0 && lastPoint >= 0) decimal = lastComma > lastPoint ? ',' : '.';
  else if (lastComma >= 0) decimal = numbers.decimal === ',' ? ',' : '';
  else if (lastPoint >= 0) decimal = numbers.decimal === ',' ? '' : '.';
  else decimal = '';
  if (decimal !== '' && number.indexOf(decimal) !== number.lastIndexOf(decimal)) {
    return { ok: false, message: MONEY_MESSAGES.notANumber };
  }
  const at = decimal === '' ? -1 : number.lastIndexOf(decimal);
  const intPartRaw = at < 0 ? number : number.slice(0, at);
  const fracPart = at < 0 ? '' : number.slice(at + 1);
  if (!/^\d*$/.test(fracPart)) return { ok: false, message: MONEY_MESSAGES.notANumber };
  const separators = new Set(intPartRaw.replace(/\d/g, ''));
  if (separators.size > 1) return { ok: false, message: MONEY_MESSAGES.notANumber };
  const [group] = [...separators];
  if (group !== undefined) {
    const lakh = numbers.lakh && group === numbers.group;
    if (!isGrouped(intPartRaw, group, lakh)) {
      return { ok: false, message: groupingMessage(group, ctx, numbers.lakh) };
    }
  }
  const intPart = group === undefined ? intPartRaw : intPartRaw.split(group).join('');
  const suffix = (match[2] ?? '').toLowerCase();
  // Digits after the point that still count: the minor digits, plus 3 or 6 for k / m.
  const places = currencyMinorDigits(currency) + (suffix === 'k' ? 3 : suffix === 'm' ? 6 : 0);
  let digits = intPart + fracPart;
  if (fracPart.length > places) {
    const dropped = fracPart.slice(places);
    if (/[^0]/.test(dropped)) return { ok: false, message: tooPreciseMessage(currency) };
    digits = digits.slice(0, digits.length - dropped.length);
  } else {
    digits += '0'.repeat(places - fracPart.length);
  }
  const minor = BigInt(digits === '' ? '0' : digits);
  if (minor > BigInt(maxMinorUnits(currency))) {
    return {
      ok: false,
      message: currency === 'USD' ? MONEY_MESSAGES.tooLarge : tooLargeMessage(ctx),
    };
  }
  return { ok: true, cents: Number(minor) };
}

const formatterCache = new Map<string, Intl.NumberFormat>();

const cachedFormat = (key: string, make: () => Intl.NumberFormat): Intl.NumberFormat => {
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = make();
    formatterCache.set(key, formatter);
  }
  return formatter;
};

/** Past results of each formatter, by amount; emptied when it grows past `FORMATTED_MAX`. */
const formattedCache = new Map<Intl.NumberFormat, Map<number, string>>();
const FORMATTED_MAX = 4_096;

/**
 * `formatter.format(amount)`, remembered: a keystroke in the offer grid redraws every offer's
 * figures, and most of them are the amounts the screen already showed (`Intl.NumberFormat`'s
 * `format` costs microseconds a call, ~100 calls an edit with six offers).
 */
const formatOnce = (formatter: Intl.NumberFormat, amount: number): string => {
  // A Map holds −0 and 0 as one key, and Intl writes them differently ("-$0", "$0").
  if (Object.is(amount, -0)) return formatter.format(amount);
  let seen = formattedCache.get(formatter);
  if (!seen) {
    seen = new Map();
    formattedCache.set(formatter, seen);
  }
  let text = seen.get(amount);
  if (text === undefined) {
    if (seen.size >= FORMATTED_MAX) seen.clear();
    text = formatter.format(amount);
    seen.set(amount, text);
  }
  return text;
};

/**
 * Shows an amount of minor units as money in `currency` for `locale`, through
 * `Intl.NumberFormat`. Whole amounts show no decimals ("$142,000"); amounts
 * with a fraction show all the currency's digits ("$142,000.50", "KWD 1.250").
 * `cents` is in the currency's minor unit (cents for USD, yen for JPY).
 * `locale` defaults to the runtime's (the app's display locale).
 */
export function formatMoney(cents: number, currency: string, locale?: string): string {
  const digits = currencyMinorDigits(currency);
  const scale = 10 ** digits;
  const fractionDigits = cents % scale === 0 ? 0 : digits;
  const formatter = cachedFormat(
    `m|${locale ?? ''}|${currency}|${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  );
  return formatOnce(formatter, cents / scale);
}

/**
 * Rounds minor units to whole major units (cents → dollars), halves away from
 * zero; an amount in a currency with no minor unit is returned as is. For
 * figures shown in whole units, such as chart labels.
 */
export function roundToWholeUnits(minor: number, currency: string): number {
  const scale = 10 ** currencyMinorDigits(currency);
  return roundHalfAwayFromZero(minor / scale) * scale;
}

/**
 * Shows an amount rounded to whole units of its currency ("$445,667" for
 * 44,566,668 cents), for figures shown next to a table of whole amounts, such
 * as chart labels and tooltips, so the two never disagree by cents.
 */
export function formatWholeMoney(minor: number, currency: string, locale?: string): string {
  return formatMoney(roundToWholeUnits(minor, currency), currency, locale);
}

/**
 * Writes the minus sign of a number Intl formatted as a true minus sign
 * (U+2212), the one every signed figure on screen uses: Intl writes a
 * hyphen-minus for en-US ("-$60K", "-7.08%"). The first hyphen-minus is the
 * sign, since neither digits nor currency signs contain one.
 */
export function withTrueMinus(formatted: string): string {
  return formatted.replace('-', '−');
}

/**
 * An amount with its sign always shown, for a difference: "+$1,200.50",
 * "−$14,750" (a true minus sign, U+2212) or "$0".
 */
export function formatSignedMoney(minor: number, currency: string, locale?: string): string {
  if (minor > 0) return `+${formatMoney(minor, currency, locale)}`;
  if (minor < 0) return `−${formatMoney(-minor, currency, locale)}`;
  return formatMoney(0, currency, locale);
}

/**
 * {@link formatSignedMoney} rounded to whole units first, for a difference shown
 * next to whole amounts: "+$1,000", "−$1,000" or "$0". An amount that rounds to
 * nothing reads "$0", never "−$0".
 */
export function formatSignedWholeMoney(minor: number, currency: string, locale?: string): string {
  return formatSignedMoney(roundToWholeUnits(minor, currency), currency, locale);
}

/**
 * Shows minor units as the text a money field holds: the number in the
 * locale's own digits and separators, no currency sign, all the currency's
 * decimal digits when there is a fraction and none when it is whole
 * ("142,000", "142,000.50"; de-DE "142.000,50"; JPY "12,000,000").
 * {@link parseMoneyInput} with the same context reads it back to the same
 * amount.
 */
export function formatMoneyDraft(minor: number, ctx: MoneyContext = US): string {
  const digits = currencyMinorDigits(ctx.currency);
  const scale = 10 ** digits;
  const fractionDigits = minor % scale === 0 ? 0 : digits;
  const formatter = cachedFormat(
    `d|${ctx.locale ?? ''}|${fractionDigits}`,
    () =>
      new Intl.NumberFormat(ctx.locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
        useGrouping: true,
      }),
  );
  return formatOnce(formatter, minor / scale);
}

/**
 * How a typed amount was read, for the line under a money field ("= €1.50"),
 * so that a reading the user did not mean ("1,500" in de-DE is 1,50) is seen
 * before they move on.
 */
export function describeReading(minor: number, ctx: MoneyContext): string {
  return `= ${formatMoney(minor, ctx.currency, ctx.locale)}`;
}

/**
 * Converts minor units of `from` into minor units of `to` at `rate` (units of
 * `to` per one unit of `from`), rounded half away from zero; the same amount
 * when the currencies match. ¥1,000 at 0.0067 USD per JPY → 670 cents.
 */
export function convertMinorUnits(amount: number, from: string, to: string, rate: number): number {
  return from === to
    ? amount
    : roundHalfAwayFromZero(
        (amount / 10 ** currencyMinorDigits(from)) * rate * 10 ** currencyMinorDigits(to),
      );
}

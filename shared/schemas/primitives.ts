/**
 * Primitive schemas shared by every record: ids, money in minor units (with
 * each currency's digits and upper limit), percents, ISO dates. Pure zod and
 * the standard `Intl` API, no other runtime APIs.
 */
import { z } from 'zod';

/** An opaque record id (a UUID in practice). */
export const IdSchema = z.string().min(1).max(100);
export type Id = z.infer<typeof IdSchema>;

/** Upper bound for any single amount: $100M in cents. Above it is a typo. */
export const MAX_CENTS = 100_000_000_00;

/**
 * The ceiling any stored amount stays under whatever its currency, in minor
 * units: 10^15, well inside `Number.MAX_SAFE_INTEGER`, so sums of a few
 * amounts stay exact. The per-currency limit ({@link maxMinorUnits}) is far
 * lower; this only keeps arithmetic safe.
 */
export const MAX_MINOR_UNITS = 1_000_000_000_000_000;

const minorDigitsCache = new Map<string, number>();

/**
 * How many minor-unit digits a currency has (USD 2, JPY 0, KWD 3), as `Intl`
 * knows it for every ISO 4217 code. Throws a RangeError for a code `Intl`
 * does not accept.
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

/**
 * Orders of magnitude of a currency against the US dollar: how many powers of
 * ten more units of it a dollar buys, rounded to the nearest power (¥150 to
 * the dollar → 2, ₩1,400 → 3). A fixed table, not a live rate: it only sets
 * where "an amount this large is surely a typo" starts. A currency not listed
 * counts as 0 (about a dollar, as EUR, GBP, CHF, KWD).
 */
const ORDERS_PER_USD: Readonly<Record<string, number>> = {
  AED: 1,
  ARS: 3,
  BDT: 2,
  BRL: 1,
  CLP: 3,
  CNY: 1,
  COP: 3,
  CZK: 1,
  DKK: 1,
  EGP: 2,
  HKD: 1,
  HUF: 2,
  IDR: 4,
  ILS: 1,
  INR: 2,
  IRR: 5,
  ISK: 2,
  JPY: 2,
  KES: 2,
  KRW: 3,
  KZT: 3,
  LBP: 5,
  LKR: 2,
  MAD: 1,
  MXN: 1,
  MYR: 1,
  NGN: 3,
  NOK: 1,
  PEN: 1,
  PHP: 2,
  PKR: 2,
  PLN: 1,
  QAR: 1,
  RON: 1,
  RUB: 2,
  SAR: 1,
  SEK: 1,
  THB: 2,
  TRY: 2,
  TWD: 1,
  UAH: 2,
  UGX: 3,
  UZS: 4,
  VND: 4,
  ZAR: 1,
};

/**
 * The largest amount accepted in `currency`, in its minor units: the
 * equivalent of $100 million by order of magnitude ({@link ORDERS_PER_USD})
 * — $100M (= {@link MAX_CENTS}) for USD, ¥10 billion for JPY, ₩100 billion
 * for KRW, KWD 100 million (in fils) for KWD — so ordinary salaries in every
 * currency pass and a figure with several extra digits is still caught.
 * Never above {@link MAX_MINOR_UNITS}.
 */
export function maxMinorUnits(currency: string): number {
  const orders = ORDERS_PER_USD[currency] ?? 0;
  return Math.min(MAX_MINOR_UNITS, 10 ** (8 + orders + currencyMinorDigits(currency)));
}

/**
 * A money amount in minor units of its record's currency, never negative,
 * whole, and below {@link MAX_MINOR_UNITS}. The per-currency limit
 * ({@link maxMinorUnits}) is checked where the currency is known (the money
 * reader, and the offer schema).
 */
export const CentsSchema = z
  .number({ error: 'Enter an amount.' })
  .int('Amounts are whole cents.')
  .min(0, 'Amounts cannot be negative.')
  .max(MAX_MINOR_UNITS, 'That amount is too large to be pay — check for extra digits.');
export type Cents = z.infer<typeof CentsSchema>;

/** ISO 4217 currency code, e.g. USD. */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.');
export type Currency = z.infer<typeof CurrencySchema>;

/** A percent as a plain number: 5 means 5%. */
export const percentSchema = (min: number, max: number) =>
  z
    .number({ error: 'Enter a number.' })
    .finite()
    .min(min, `Must be at least ${min}%.`)
    .max(max, `Must be at most ${max}%.`);

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ error: 'Use a date like 2026-12-31.' });
/** Instant with offset, e.g. `2026-11-26T10:00:00.000Z`. */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Use a full date and time.',
});

const knownZones = new Map<string, boolean>();

/**
 * True when `Intl` can format dates in `zone` (an IANA name such as
 * `America/Los_Angeles`, or `UTC`). Aliases Intl accepts count too, which
 * `Intl.supportedValuesOf('timeZone')` would leave out. Cached per name.
 */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** An IANA time zone name such as `America/Los_Angeles`, one `Intl` knows. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, 'Choose a time zone from the list, such as America/Los_Angeles.');

/**
 * Exchange rates a comparison can compute with: 0.000001–1,000,000 units
 * per unit. The widest real pair (Iranian rial per US dollar) is under 10^6;
 * a larger rate times the largest amount would overflow the comp engine's
 * whole-cent rounding.
 */
export const MIN_FX_RATE = 0.000_001;
export const MAX_FX_RATE = 1_000_000;
export const FxRateSchema = z
  .number({ error: 'Enter a rate such as 1.08.' })
  .finite('Enter a rate such as 1.08.')
  .min(MIN_FX_RATE, 'Enter a rate of at least 0.000001.')
  .max(MAX_FX_RATE, 'Enter a rate of at most 1,000,000 — check for extra digits.');

/** Short free text (names, labels). */
export const shortText = (max = 120) =>
  z.string().trim().max(max, `Keep it under ${max} characters.`);
/** Long free text (notes). */
export const longText = (max = 20_000) => z.string().max(max, `Keep it under ${max} characters.`);

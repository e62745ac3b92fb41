/**
 * Each currency's minor-unit digits and the largest amount accepted in it.
 * Plain TypeScript over the standard `Intl` API and no zod, so the money
 * reader (and the offer-letter worker that uses it) does not pull the schema
 * library into its bundle. The schemas re-export these from `primitives.ts`.
 */

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
  XAF: 3,
  XOF: 3,
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

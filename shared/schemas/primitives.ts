/**
 * Primitive schemas shared by every record: ids, money in minor units (with
 * each currency's digits and upper limit), percents, ISO dates. Pure zod and
 * the standard `Intl` API, no other runtime APIs.
 *
 * Every schema here is built on first use (`lazySchema`, see `lazy.ts`), so
 * importing this module constructs none; a schema's parts are declared the same way.
 */
import { z } from 'zod';
import {
  currencyMinorDigits,
  MAX_CENTS,
  MAX_MINOR_UNITS,
  maxMinorUnits,
} from '../domain/currencyLimits';
import { lazySchema } from './lazy';

/** An opaque record id (a UUID in practice). */
export const IdSchema = lazySchema(() => z.string().min(1).max(100));
export type Id = z.infer<typeof IdSchema>;

// Re-exported so schema users keep one import for money limits.
export { currencyMinorDigits, MAX_CENTS, MAX_MINOR_UNITS, maxMinorUnits };

/**
 * A money amount in minor units of its record's currency, never negative,
 * whole, and below {@link MAX_MINOR_UNITS}. The per-currency limit
 * ({@link maxMinorUnits}) is checked where the currency is known (the money
 * reader, and the offer schema).
 */
export const CentsSchema = lazySchema(() =>
  z
    .number({ error: 'Enter an amount.' })
    .int('Amounts are whole cents.')
    .min(0, 'Amounts cannot be negative.')
    .max(MAX_MINOR_UNITS, 'That amount is too large to be pay — check for extra digits.'),
);
export type Cents = z.infer<typeof CentsSchema>;

/** ISO 4217 currency code, e.g. USD. */
export const CurrencySchema = lazySchema(() =>
  z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.'),
);
export type Currency = z.infer<typeof CurrencySchema>;

/** A percent as a plain number: 5 means 5%. */
export const percentSchema = (min: number, max: number) =>
  z
    .number({ error: 'Enter a number.' })
    .finite()
    .min(min, `Must be at least ${min}%.`)
    .max(max, `Must be at most ${max}%.`);

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = lazySchema(() => z.iso.date({ error: 'Use a date like 2026-12-31.' }));
/** Instant with offset, e.g. `2026-11-26T10:00:00.000Z`. */
export const IsoDateTimeSchema = lazySchema(() =>
  z.iso.datetime({
    offset: true,
    error: 'Use a full date and time.',
  }),
);

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
export const TimeZoneSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(64)
    .refine(isKnownTimeZone, 'Choose a time zone from the list, such as America/Los_Angeles.'),
);

/**
 * Exchange rates a comparison can compute with: 0.000001–1,000,000 units
 * per unit. The widest real pair (Iranian rial per US dollar) is under 10^6;
 * a larger rate times the largest amount would overflow the comp engine's
 * whole-cent rounding.
 */
export const MIN_FX_RATE = 0.000_001;
export const MAX_FX_RATE = 1_000_000;
export const FxRateSchema = lazySchema(() =>
  z
    .number({ error: 'Enter a rate such as 1.08.' })
    .finite('Enter a rate such as 1.08.')
    .min(MIN_FX_RATE, 'Enter a rate of at least 0.000001.')
    .max(MAX_FX_RATE, 'Enter a rate of at most 1,000,000 — check for extra digits.'),
);

/** Short free text (names, labels). */
export const shortText = (max = 120) =>
  z.string().trim().max(max, `Keep it under ${max} characters.`);
/** Long free text (notes). */
export const longText = (max = 20_000) => z.string().max(max, `Keep it under ${max} characters.`);

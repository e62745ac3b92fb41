/**
 * Readers for the offer editor's fields: each turns typed text into a value
 * and checks it with the shared Offer schema, returning the schema's own
 * message when it is refused. No storage, no React.
 */

import { parseColIndex } from '@shared/domain/costOfLiving';
import {
  describeReading,
  formatMoneyDraft as formatDraft,
  type MoneyContext,
  parseMoneyInput,
} from '@shared/domain/money';
import { parseNumberInput, parseYearPctInput } from '@shared/domain/offers';
import { firstIssueMessage, type ParseResult } from '@shared/domain/parse';
import { FxRateSchema } from '@shared/schemas/primitives';
import {
  OfferSchema,
  RefresherSchema,
  TakeHomeSettingsSchema,
  VestingSchema,
} from '@shared/schemas/records';

type Shape = typeof OfferSchema.shape;

const check = <T>(schema: { safeParse: (v: unknown) => unknown }, value: T): ParseResult<T> => {
  const result = schema.safeParse(value) as
    | { success: true; data: T }
    | { success: false; error: { issues: { message: string }[] } };
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: firstIssueMessage(result.error) };
};

export type MoneyField = 'baseSalary' | 'signOnYear1' | 'signOnYear2' | 'rsuGrantValue';
export type PercentField = 'bonusTargetPct' | 'stockGrowthPct' | 'raisePct';
export type TextField = 'name' | 'company' | 'level' | 'location' | 'scopeNotes';

/**
 * The money context of an offer's amounts: its currency, and the app's display
 * locale — the runtime's default (`locale` undefined), the same one every
 * figure on screen is shown in, so a field reads back what the table shows.
 */
export const moneyContext = (currency: string): MoneyContext => ({ currency });

/**
 * Reads a money amount ("$142,000", "142k", de-DE "142.000,50") into minor
 * units of `currency` (cents for USD, yen for JPY), checked by the schema.
 * Every money cell or field of an offer calls this with the offer's currency.
 */
export const parseMoneyField =
  (field: MoneyField, currency: string) =>
  (text: string): ParseResult<number> => {
    const parsed = parseMoneyInput(text, moneyContext(currency));
    if (!parsed.ok) return parsed;
    return check((OfferSchema.shape as Shape)[field], parsed.cents);
  };

/**
 * Reads a refresher's yearly value like every other money cell of the offer
 * (same reader, same messages), checked by the refresher schema.
 */
export const parseRefresherValue =
  (currency: string) =>
  (text: string): ParseResult<number> => {
    const parsed = parseMoneyInput(text, moneyContext(currency));
    if (!parsed.ok) return parsed;
    return check(RefresherSchema.shape.annualValue, parsed.cents);
  };

/**
 * The formatter for a money field in `currency`: minor units as text the money
 * reader reads back ("142,000", "142,000.50"; de-DE "142.000,50"; ¥ "12,000,000").
 */
export const formatMoneyDraft =
  (currency: string) =>
  (minor: number): string =>
    formatDraft(minor, moneyContext(currency));

/**
 * The line under a money field saying how the typed text was read ("= €1.50"),
 * or null when the text already is the amount written the locale's way (nothing
 * to catch). `text` is what the user typed; `minor` what it was read as.
 */
export const moneyReading =
  (currency: string) =>
  (minor: number, text: string): string | null =>
    text.trim() === formatDraft(minor, moneyContext(currency))
      ? null
      : describeReading(minor, moneyContext(currency));

/** Reads a percent, checked against the field's range. */
export const parsePercentField =
  (field: PercentField) =>
  (text: string): ParseResult<number> => {
    const parsed = parseNumberInput(text);
    if (!parsed.ok) return parsed;
    return check(OfferSchema.shape[field], parsed.value);
  };

export const formatNumberDraft = (n: number): string => String(n);

/** Reads free text, checked for length (and, for the name, not empty). */
export const parseTextField =
  (field: TextField) =>
  (text: string): ParseResult<string> =>
    check(OfferSchema.shape[field], text);

/** Reads a three-letter currency code (case-insensitive). */
export const parseCurrency = (text: string): ParseResult<string> =>
  check(OfferSchema.shape.currency, text.trim().toUpperCase());

/** Reads a date from a date input; empty means no deadline. */
export const parseDeadline = (text: string): ParseResult<string | null> =>
  text === '' ? { ok: true, value: null } : check(OfferSchema.shape.deadline, text);

/**
 * Reads an exchange rate (units of the baseline's currency per 1 unit of
 * another): empty means no rate (those offers stay apart); otherwise a number
 * above 0 within the schema's bounds, so a rate the comparison cannot compute
 * with never reaches it.
 */
export const parseFxRate = (text: string): ParseResult<number | null> => {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseNumberInput(text);
  if (!parsed.ok || parsed.value <= 0)
    return { ok: false, message: 'Enter a rate above 0, such as 1.08.' };
  return check(FxRateSchema, parsed.value);
};

/** Reads a custom schedule ("10, 20, 30, 40") and checks it adds up to 100. */
export const parseCustomYearPct = (text: string): ParseResult<number[]> => {
  const parsed = parseYearPctInput(text);
  if (!parsed.ok) return parsed;
  const checked = check(VestingSchema, { preset: 'custom', yearPct: parsed.value });
  return checked.ok ? { ok: true, value: parsed.value } : checked;
};

/** Reads the user's tax rate in percent; empty means no rate (null). */
export const parseUserTaxRate = (text: string): ParseResult<number | null> => {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseNumberInput(text);
  if (!parsed.ok) return parsed;
  return check(OfferSchema.shape.userTaxRatePct, parsed.value);
};

/** Reads a cost-of-living index (10–1000, 100 = the baseline's location); empty means none. */
export const parseColIndexField = (text: string): ParseResult<number | null> => {
  const parsed = parseColIndex(text);
  if (!parsed.ok || parsed.value === null) return parsed;
  return check(OfferSchema.shape.colIndex, parsed.value);
};

/** Reads the note of where the index came from, checked for length. */
export const parseColNote = (text: string): ParseResult<string> =>
  check(OfferSchema.shape.colNote, text);

/** A number or nothing, as a draft: "" for null. */
export const formatOptionalNumber = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : String(n);

/** Reads the household's other income a year, in US dollars (the tax tables' currency). */
export const parseOtherIncome = (text: string): ParseResult<number> => {
  const parsed = parseMoneyInput(text, moneyContext('USD'));
  if (!parsed.ok) return parsed;
  return check(TakeHomeSettingsSchema.shape.otherIncome, parsed.cents);
};

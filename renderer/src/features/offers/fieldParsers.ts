/**
 * Readers for the offer editor's fields: each turns typed text into a value
 * and checks it with the shared Offer schema, returning the schema's own
 * message when it is refused. No storage, no React.
 */
import { parseMoneyInput } from '@shared/domain/money';
import { parseNumberInput, parseYearPctInput } from '@shared/domain/offers';
import { firstIssueMessage, type ParseResult } from '@shared/domain/parse';
import { OfferSchema, VestingSchema } from '@shared/schemas/records';

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

/** Reads a money amount ("$142,000", "142k") into cents, checked by the schema. */
export const parseMoneyField =
  (field: MoneyField) =>
  (text: string): ParseResult<number> => {
    const parsed = parseMoneyInput(text);
    if (!parsed.ok) return parsed;
    return check((OfferSchema.shape as Shape)[field], parsed.cents);
  };

/** Shows cents as an amount the money reader reads back ("142,000" or "142,000.5"). */
export const formatMoneyDraft = (cents: number): string =>
  (cents / 100).toLocaleString('en-US', { maximumFractionDigits: 2, useGrouping: true });

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

/** Reads a custom schedule ("10, 20, 30, 40") and checks it adds up to 100. */
export const parseCustomYearPct = (text: string): ParseResult<number[]> => {
  const parsed = parseYearPctInput(text);
  if (!parsed.ok) return parsed;
  const checked = check(VestingSchema, { preset: 'custom', yearPct: parsed.value });
  return checked.ok ? { ok: true, value: parsed.value } : checked;
};

/**
 * The schema of a tax table file in `resources/tax/`: one US federal file per
 * tax year (income-tax brackets and standard deduction per filing status,
 * Social Security, Medicare, Additional Medicare) and one file per state (or
 * state plus city) region. Every file names its tax year and, for each figure,
 * the source it was read from with its URL and the date read. Amounts are
 * integer cents; rates are fractions from 0 to 1 (0.062 = 6.2%), not percents,
 * because that is how tax tables print them. Pure zod; it computes nothing.
 *
 * Every schema here is built on first use (`lazySchema`, see `lazy.ts`), so
 * importing this module constructs none; a schema's parts are declared the same way.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { CentsSchema, CurrencySchema, IdSchema, IsoDateSchema } from './primitives';

/** Every filing status, in the order a form lists them. */
export const FILING_STATUSES = ['single', 'marriedJointly', 'headOfHousehold'] as const;

/** The filing statuses the estimate supports. */
export const FilingStatusSchema = lazySchema(() => z.enum(FILING_STATUSES));
export type FilingStatus = z.infer<typeof FilingStatusSchema>;

/**
 * The US tax region ids an offer can be set to (kept equal to `US_TAX_REGIONS`
 * in `domain/tax.ts`, checked by a test there).
 */
export const US_TAX_REGION_IDS = [
  'us-wa',
  'us-tx',
  'us-ca',
  'us-ny',
  'us-ny-nyc',
  'us-ma',
  'us-va',
  'us-other',
] as const;

/**
 * An offer's tax choice: a US region, `user-rate` (outside the US: the user's
 * effective rate on all pay) or `gross-only` (compare gross pay only).
 */
export const OfferTaxRegionSchema = lazySchema(() =>
  z.enum([...US_TAX_REGION_IDS, 'user-rate', 'gross-only'], {
    error: 'Choose a tax region from the list.',
  }),
);
export type OfferTaxRegion = z.infer<typeof OfferTaxRegionSchema>;

/** Which pay the verdict reads: before tax, or the take-home estimate. */
export const VerdictBasisSchema = lazySchema(() => z.enum(['gross', 'take-home']));
export type VerdictBasis = z.infer<typeof VerdictBasisSchema>;

/** A tax rate as a fraction: 0.22 is 22%. */
export const TaxRateSchema = lazySchema(() =>
  z
    .number()
    .finite()
    .min(0, 'A tax rate cannot be below 0.')
    .max(1, 'A tax rate is a fraction from 0 to 1 (0.22 for 22%).'),
);

/** Where a figure was read. */
export const TaxSourceSchema = lazySchema(() =>
  z.object({
    name: z.string().min(1).max(400),
    url: z.url({ protocol: /^https$/ }),
    /** The date the figure was read, `YYYY-MM-DD`. */
    readOn: IsoDateSchema,
    /** Which figures of the file this source gives. */
    covers: z.string().min(1).max(400),
  }),
);
export type TaxSource = z.infer<typeof TaxSourceSchema>;

/**
 * One bracket: income above the previous bracket's `upTo` (or 0) and up to
 * this `upTo` (cents, inclusive) is taxed at `rate`. The last bracket has
 * `upTo: null` (no upper end).
 */
export const TaxBracketSchema = lazySchema(() =>
  z.object({
    upTo: CentsSchema.nullable(),
    rate: TaxRateSchema,
  }),
);
export type TaxBracket = z.infer<typeof TaxBracketSchema>;

/**
 * A bracket schedule: at least one bracket, upper ends strictly ascending,
 * and exactly the last one open-ended, so every amount of income falls in
 * exactly one bracket.
 */
export const BracketScheduleSchema = lazySchema(() =>
  z
    .array(TaxBracketSchema)
    .min(1)
    .max(30)
    .superRefine((brackets, ctx) => {
      let previous = 0;
      brackets.forEach((b, i) => {
        const last = i === brackets.length - 1;
        if (last && b.upTo !== null) {
          ctx.addIssue({
            code: 'custom',
            message: 'The last bracket must be open-ended (upTo: null).',
            path: [i, 'upTo'],
          });
        }
        if (!last && b.upTo === null) {
          ctx.addIssue({
            code: 'custom',
            message: 'Only the last bracket may be open-ended.',
            path: [i, 'upTo'],
          });
        }
        if (b.upTo !== null) {
          if (b.upTo <= previous) {
            ctx.addIssue({
              code: 'custom',
              message: 'Bracket upper ends must be strictly ascending and above 0.',
              path: [i, 'upTo'],
            });
          }
          previous = b.upTo;
        }
      });
    }),
);
export type BracketSchedule = z.infer<typeof BracketScheduleSchema>;

/** An income tax for one filing status: standard deduction, then brackets. */
export const StatusIncomeTaxSchema = lazySchema(() =>
  z.object({
    standardDeduction: CentsSchema,
    brackets: BracketScheduleSchema,
  }),
);
export type StatusIncomeTax = z.infer<typeof StatusIncomeTaxSchema>;

/** One income tax per filing status; every status must be present. */
export const IncomeTaxByStatusSchema = lazySchema(() =>
  z.object({
    single: StatusIncomeTaxSchema,
    marriedJointly: StatusIncomeTaxSchema,
    headOfHousehold: StatusIncomeTaxSchema,
  }),
);
export type IncomeTaxByStatus = z.infer<typeof IncomeTaxByStatusSchema>;

/** The fields every tax file starts with (a function, so importing builds no schema). */
const fileHeader = () => ({
  id: IdSchema,
  /** A plain-language name, e.g. "Washington". */
  name: z.string().min(1).max(120),
  /** The tax year the figures are for. */
  taxYear: z.number().int().min(2000).max(2100),
  currency: CurrencySchema,
  sources: z.array(TaxSourceSchema).min(1).max(20),
});

/** The US federal file: income tax plus the employee share of payroll tax. */
export const FederalTaxTableSchema = lazySchema(() =>
  z.object({
    kind: z.literal('us-federal'),
    ...fileHeader(),
    incomeTax: IncomeTaxByStatusSchema,
    socialSecurity: z.object({ rate: TaxRateSchema, wageBase: CentsSchema }),
    medicare: z.object({ rate: TaxRateSchema }),
    additionalMedicare: z.object({
      rate: TaxRateSchema,
      /** Wages above this (per filing status, cents) pay the extra rate. */
      threshold: z.object({
        single: CentsSchema,
        marriedJointly: CentsSchema,
        headOfHousehold: CentsSchema,
      }),
    }),
  }),
);
export type FederalTaxTable = z.infer<typeof FederalTaxTableSchema>;

/**
 * A state's or a city's income tax on wages: `none` (no income tax on wages)
 * or brackets per filing status after a standard deduction.
 */
export const LocalIncomeTaxSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('brackets'), byStatus: IncomeTaxByStatusSchema }),
  ]),
);
export type LocalIncomeTax = z.infer<typeof LocalIncomeTaxSchema>;

/** A state (and optional city) file for one tax region. */
export const StateTaxTableSchema = lazySchema(() =>
  z.object({
    kind: z.literal('us-state'),
    ...fileHeader(),
    /** The tax region this file covers, e.g. `us-wa`. */
    regionId: IdSchema,
    state: LocalIncomeTaxSchema,
    /** The city's income tax, or null when the region has no city tax. */
    city: LocalIncomeTaxSchema.nullable(),
  }),
);
export type StateTaxTable = z.infer<typeof StateTaxTableSchema>;

/** Any tax table file. */
export const TaxTableFileSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [FederalTaxTableSchema, StateTaxTableSchema]),
);
export type TaxTableFile = z.infer<typeof TaxTableFileSchema>;

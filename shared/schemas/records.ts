/**
 * The records a workbook is made of — one schema per Dexie table — and the
 * whole-workbook snapshot the main process keeps on disk. Every record carries
 * its `workbookId`. Money is cents, percents are plain numbers (5 = 5%).
 *
 * Every schema here is built on first use (`lazySchema`, see `lazy.ts`), so
 * importing this module constructs none; a schema's parts are declared the same way.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import {
  CentsSchema,
  CurrencySchema,
  FxRateSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  longText,
  maxMinorUnits,
  percentSchema,
  shortText,
  TimeZoneSchema,
} from './primitives';
import { FilingStatusSchema, OfferTaxRegionSchema, VerdictBasisSchema } from './tax';
import { ClawbackSchema, VestingPresetSchema } from './template';

// ---------------------------------------------------------------- workbook

export const PaperSizeSchema = lazySchema(() => z.enum(['auto', 'letter', 'a4']));
export type PaperSize = z.infer<typeof PaperSizeSchema>;

/** Bounds of the pay scale's percent per point. */
export const PAY_POINT_MIN = 0.5;
export const PAY_POINT_MAX = 10;

export const DecisionFactorSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    label: shortText(60).min(1, 'Name the factor.'),
    /** `pay` and `fit` are scored from the workbook; `manual` by the user. */
    kind: z.enum(['pay', 'fit', 'manual']),
    /** Relative weight, 0–10. */
    weight: z.number().min(0, 'Weights are 0–10.').max(10, 'Weights are 0–10.'),
  }),
);
export type DecisionFactor = z.infer<typeof DecisionFactorSchema>;

export const DecisionSchema = lazySchema(() =>
  z.object({
    notes: longText(),
    chosenOfferId: IdSchema.nullable(),
    factors: z.array(DecisionFactorSchema).max(20),
    /** scores[factorId][offerId] = 0–10, for manual factors. */
    scores: z.record(IdSchema, z.record(IdSchema, z.number().min(0).max(10))),
    /**
     * The pay scale: the percent of pay below the best-paid offer that costs one
     * pay point (2 = "1 point of pay = 2% less pay"). Added in schema version 2.
     */
    payPointPct: z
      .number()
      .min(PAY_POINT_MIN, 'Use a number from 0.5 to 10 for the percent per point.')
      .max(PAY_POINT_MAX, 'Use a number from 0.5 to 10 for the percent per point.'),
  }),
);
export type Decision = z.infer<typeof DecisionSchema>;

export const TakeHomeSettingsSchema = lazySchema(() =>
  z.object({
    filingStatus: FilingStatusSchema,
    otherIncome: CentsSchema,
    basis: VerdictBasisSchema,
  }),
);
export type TakeHomeSettings = z.infer<typeof TakeHomeSettingsSchema>;

/** The settings a workbook without `takeHome` reads as. */
export const DEFAULT_TAKE_HOME: TakeHomeSettings = {
  filingStatus: 'single',
  otherIncome: 0,
  basis: 'gross',
};

/** The highest effective tax rate an offer may carry, percent. */
export const USER_TAX_RATE_MAX = 60;
/** Cost-of-living index bounds (equal to `COL_INDEX_MIN`/`MAX` in `domain/costOfLiving.ts`). */
export const COL_INDEX_LOW = 10;
export const COL_INDEX_HIGH = 1000;

/** The longest workbook name, in characters (UTF-16 code units, as `maxLength` counts). */
export const WORKBOOK_NAME_MAX = 80;

export const WorkbookSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    name: shortText(WORKBOOK_NAME_MAX).min(1, 'Give the workbook a name.'),
    templateId: IdSchema,
    templateVersion: z.number().int().min(1),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    /** The offer others are compared against. */
    baselineOfferId: IdSchema.nullable(),
    /** Units of the baseline's currency per one unit of each other currency. */
    fxRates: z.record(CurrencySchema, FxRateSchema),
    decision: DecisionSchema,
    paperSize: PaperSizeSchema,
    /** Which optional sections follow the PDF's one-page brief; absent = all of them. */
    pdfSections: z
      .object({
        offers: z.boolean(),
        charts: z.boolean(),
        fit: z.boolean(),
        prep: z.boolean(),
        references: z.boolean(),
      })
      .optional(),
    /**
     * The take-home settings: filing status, the household's other taxable
     * income a year (cents) and which pay the verdict reads. Absent = single,
     * no other income, gross (files from before take-home load unchanged).
     */
    takeHome: TakeHomeSettingsSchema.optional(),
    /** How many years the by-year table and chart show; absent = 4. Every "4-year" figure stays 4-year. */
    projectionYears: z.union([z.literal(4), z.literal(5), z.literal(6)]).optional(),
  }),
);
export type Workbook = z.infer<typeof WorkbookSchema>;

// ---------------------------------------------------------------- offers

export const NumberSourceSchema = lazySchema(() =>
  z.enum(['offer-letter', 'recruiter-verbal', 'public-data', 'estimate']),
);
export type NumberSource = z.infer<typeof NumberSourceSchema>;

export const OfferNumberFieldSchema = lazySchema(() =>
  z.enum([
    'baseSalary',
    'signOnYear1',
    'signOnYear2',
    'bonusTargetPct',
    'rsuGrantValue',
    'stockGrowthPct',
    'raisePct',
  ]),
);
export type OfferNumberField = z.infer<typeof OfferNumberFieldSchema>;

export const VestingSchema = lazySchema(() =>
  z
    .object({
      preset: VestingPresetSchema,
      /** Percent of the grant vesting in each year; adds up to 100. */
      yearPct: z.array(z.number().min(0, 'No negative years.').max(100)).min(1).max(10),
    })
    .refine((v) => Math.abs(v.yearPct.reduce((a, b) => a + b, 0) - 100) < 1e-9, {
      message: 'The yearly percents must add up to 100.',
      path: ['yearPct'],
    }),
);
export type Vesting = z.infer<typeof VestingSchema>;

/**
 * A refresher assumption: a grant worth `annualValue` (minor units of the
 * offer's currency, at its grant date) every year from `firstGrantYear` on,
 * each vesting on `vesting` from its own grant year.
 */
export const RefresherSchema = lazySchema(() =>
  z.object({
    annualValue: CentsSchema,
    vesting: VestingSchema,
    firstGrantYear: z
      .number()
      .int('The first refresher year is a whole year, 2 to 6.')
      .min(2, 'The first refresher comes in year 2 at the earliest.')
      .max(6, 'The first refresher year is 6 at the latest.'),
  }),
);
export type Refresher = z.infer<typeof RefresherSchema>;

/** The offer's amounts, each in minor units of the offer's currency. */
export const OFFER_MONEY_FIELDS = [
  'baseSalary',
  'signOnYear1',
  'signOnYear2',
  'rsuGrantValue',
] as const;

export const OfferSchema = lazySchema(() =>
  z
    .object({
      id: IdSchema,
      workbookId: IdSchema,
      /** Order on screen, ascending. */
      position: z.number().int().min(0),
      name: shortText(80).min(1, 'Give the offer a name.'),
      company: shortText(80),
      /** A role id of the workbook's template, or `other`. */
      roleId: IdSchema,
      level: shortText(40),
      location: shortText(80),
      currency: CurrencySchema,
      baseSalary: CentsSchema,
      signOnYear1: CentsSchema,
      signOnYear2: CentsSchema,
      /** Sign-on paid in 12 monthly instalments per year rather than a lump. */
      signOnPaidMonthly: z.boolean(),
      bonusTargetPct: percentSchema(0, 200),
      /** The whole RSU grant's value at grant date — not a per-year figure. */
      rsuGrantValue: CentsSchema,
      vesting: VestingSchema,
      stockGrowthPct: percentSchema(-100, 100),
      raisePct: percentSchema(-50, 100),
      clawback: ClawbackSchema,
      /** Equity that cannot be sold yet (pre-IPO); shown apart from cash. */
      equityIlliquid: z.boolean(),
      deadline: IsoDateSchema.nullable(),
      scopeNotes: longText(4000),
      sources: z.partialRecord(OfferNumberFieldSchema, NumberSourceSchema),
      /** Sample data, labelled as an example on screen. */
      isExample: z.boolean(),
      /**
       * The tax region chosen by the user; absent or null = guessed from
       * `location` (shown as a guess the user can correct).
       */
      taxRegion: OfferTaxRegionSchema.nullable().optional(),
      /**
       * The user's own effective rate, percent of pay: state (and city) tax
       * where no sourced table exists, or all tax for `user-rate`.
       */
      userTaxRatePct: z
        .number({ error: 'Enter your tax rate as a number, such as 9.3.' })
        .finite()
        .min(0, 'Enter a tax rate from 0 to 60%.')
        .max(
          USER_TAX_RATE_MAX,
          'Enter a tax rate from 0 to 60%; no income tax on wages goes higher.',
        )
        .nullable()
        .optional(),
      /** Cost-of-living index, 100 = the baseline offer's location. */
      colIndex: z
        .number({ error: 'Enter the index as a number, such as 115.' })
        .finite()
        .min(COL_INDEX_LOW, "Enter an index from 10 to 1000; 100 is the baseline's location.")
        .max(COL_INDEX_HIGH, "Enter an index from 10 to 1000; 100 is the baseline's location.")
        .nullable()
        .optional(),
      /** Where the cost-of-living index came from. */
      colNote: shortText(200).optional(),
      /** Yearly refresher grants the user assumes; absent or null = none. */
      refresher: RefresherSchema.nullable().optional(),
    })
    // Amounts are minor units of the offer's own currency, so their limit is that currency's.
    .superRefine((offer, ctx) => {
      const limit = maxMinorUnits(offer.currency);
      for (const field of OFFER_MONEY_FIELDS) {
        if (offer[field] > limit) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `That is over the limit for ${offer.currency} amounts — check for extra digits.`,
          });
        }
      }
      if (offer.refresher && offer.refresher.annualValue > limit) {
        ctx.addIssue({
          code: 'custom',
          path: ['refresher', 'annualValue'],
          message: `That is over the limit for ${offer.currency} amounts — check for extra digits.`,
        });
      }
    }),
);
export type Offer = z.infer<typeof OfferSchema>;

// ---------------------------------------------------------------- role fit

export const RatingSchema = lazySchema(() => z.number().int().min(1).max(5));

export const AssessmentSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    workbookId: IdSchema,
    /** artifactId → 1–5, or null for "not sure". A missing key is unanswered. */
    ratings: z.record(IdSchema, RatingSchema.nullable()),
    /** artifactId → has a real story about it. */
    stories: z.record(IdSchema, z.boolean()),
    backgroundIds: z.array(IdSchema).max(20),
    /** The role whose recurring work the user would rather repeat, `unsure`, or unanswered. */
    weeklyFilter: IdSchema.nullable(),
    updatedAt: IsoDateTimeSchema,
  }),
);
export type Assessment = z.infer<typeof AssessmentSchema>;

// ---------------------------------------------------------------- prep

export const PrepItemSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    workbookId: IdSchema,
    templateItemId: IdSchema.nullable(),
    /** A role id or `both`. */
    roleId: IdSchema,
    position: z.number().int().min(0),
    title: shortText(160).min(1, 'Give the item a title.'),
    target: z.number().int('Use a whole number.').min(0, 'Targets cannot be negative.').max(100),
    done: z.number().int('Use a whole number.').min(0, 'Done cannot be below zero.').max(100),
    notes: longText(4000),
    /** Where the user keeps the artifact: an https URL or a file path. */
    link: shortText(2000),
    /** Every change of `done`, oldest first, for the progress chart. */
    history: z
      .array(z.object({ at: IsoDateTimeSchema, done: z.number().int().min(0).max(100) }))
      .max(1000),
  }),
);
export type PrepItem = z.infer<typeof PrepItemSchema>;

export const RoundStatusSchema = lazySchema(() =>
  z.enum(['not-scheduled', 'scheduled', 'done', 'passed', 'not-passed']),
);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

export const InterviewRoundSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    workbookId: IdSchema,
    templateRoundId: IdSchema.nullable(),
    roleId: IdSchema,
    position: z.number().int().min(0),
    name: shortText(80).min(1, 'Name the round.'),
    scheduledAt: IsoDateTimeSchema.nullable(),
    timeZone: TimeZoneSchema,
    status: RoundStatusSchema,
    interviewer: shortText(120),
    notes: longText(4000),
    confidence: RatingSchema.nullable(),
  }),
);
export type InterviewRound = z.infer<typeof InterviewRoundSchema>;

export const QuestionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    workbookId: IdSchema,
    roleId: IdSchema,
    templateQuestionId: IdSchema.nullable(),
    text: shortText(400).min(1, 'Write the question.'),
    createdAt: IsoDateTimeSchema,
  }),
);
export type Question = z.infer<typeof QuestionSchema>;

export const MOCK_PARTS = [
  'audience',
  'problem',
  'positioning',
  'launchPlan',
  'enablement',
  'metrics',
] as const;
export type MockPart = (typeof MOCK_PARTS)[number];

export const MockAnswerSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    workbookId: IdSchema,
    questionId: IdSchema,
    createdAt: IsoDateTimeSchema,
    parts: z.object({
      audience: longText(4000),
      problem: longText(4000),
      positioning: longText(4000),
      launchPlan: longText(4000),
      enablement: longText(4000),
      metrics: longText(4000),
    }),
    durationSec: z.number().int().min(0).max(86_400).nullable(),
    selfScore: RatingSchema.nullable(),
  }),
);
export type MockAnswer = z.infer<typeof MockAnswerSchema>;

// ---------------------------------------------------------------- snapshot

const RECORD_TABLES = [
  ['offers', 'offer'],
  ['assessments', 'role-fit answer set'],
  ['prepItems', 'prep item'],
  ['rounds', 'interview round'],
  ['questions', 'question'],
  ['mockAnswers', 'mock answer'],
] as const;

/**
 * The rules that tie a workbook's records together, which a file can break
 * while every record on its own is valid: ids are unique within each table
 * (and among decision factors), and every record belongs to this workbook.
 * A file breaking them would show and save fewer records than it holds —
 * two offers with one id become one, an offer of another workbook is never
 * shown — so it is refused, naming the record.
 *
 * References to records that no longer exist (a chosen offer since deleted,
 * scores for a removed factor) are allowed: the app reads them as "none".
 */
function checkReferences(
  data: {
    workbook: { id: string; decision: { factors: { id: string }[] } };
    offers: { id: string; workbookId: string }[];
    assessments: { id: string; workbookId: string }[];
    prepItems: { id: string; workbookId: string }[];
    rounds: { id: string; workbookId: string }[];
    questions: { id: string; workbookId: string }[];
    mockAnswers: { id: string; workbookId: string }[];
  },
  ctx: z.RefinementCtx,
) {
  const unique = (ids: string[], path: (i: number) => PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: path(i),
          message: `is the same as another ${what}’s id, so one of them would be lost`,
        });
      }
      seen.add(id);
    });
  };
  for (const [table, what] of RECORD_TABLES) {
    const records = data[table];
    unique(
      records.map((r) => r.id),
      (i) => [table, i, 'id'],
      what,
    );
    records.forEach((record, i) => {
      if (record.workbookId !== data.workbook.id) {
        ctx.addIssue({
          code: 'custom',
          path: [table, i, 'workbookId'],
          message: `names a different workbook, so this ${what} would not be shown`,
        });
      }
    });
  }
  unique(
    data.workbook.decision.factors.map((f) => f.id),
    (i) => ['workbook', 'decision', 'factors', i, 'id'],
    'decision factor',
  );
}

/** The whole workbook: what main writes to disk and what a file holds. */
export const WorkbookDataSchema = lazySchema(() =>
  z
    .object({
      workbook: WorkbookSchema,
      offers: z.array(OfferSchema).max(50),
      assessments: z.array(AssessmentSchema).max(10),
      prepItems: z.array(PrepItemSchema).max(500),
      rounds: z.array(InterviewRoundSchema).max(200),
      questions: z.array(QuestionSchema).max(1000),
      mockAnswers: z.array(MockAnswerSchema).max(5000),
    })
    .superRefine(checkReferences),
);
export type WorkbookData = z.infer<typeof WorkbookDataSchema>;

export const WORKBOOK_FORMAT = 'crossroads-workbook';
/** The snapshot schema version this build writes. */
export const SCHEMA_VERSION = 2;

/** The versioned file envelope around a {@link WorkbookData}. */
export const WorkbookEnvelopeSchema = lazySchema(() =>
  z.object({
    format: z.literal(WORKBOOK_FORMAT),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().min(1).max(40),
    writtenAt: IsoDateTimeSchema,
    /** Hex SHA-256 of `JSON.stringify(payload)`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    payload: z.unknown(),
  }),
);
export type WorkbookEnvelope = z.infer<typeof WorkbookEnvelopeSchema>;

/**
 * The template schema: everything a workbook's worksheets show comes from a
 * template file in `resources/templates/`. A template is data; adding one
 * needs no code change.
 *
 * Every schema here is built on first use (`lazySchema`, see `lazy.ts`), so
 * importing this module constructs none; a schema's parts are declared the same way.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { CurrencySchema, IdSchema, IsoDateSchema, percentSchema } from './primitives';

export const RoleSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    /** Short label, e.g. "PMM". */
    shortName: z.string().min(1).max(12),
    /** Full title, e.g. "Product Marketing Manager". */
    name: z.string().min(1).max(80),
    /** One sentence on what the role owns. */
    summary: z.string().min(1).max(400),
  }),
);
export type Role = z.infer<typeof RoleSchema>;

export const ArtifactSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    roleId: IdSchema,
    name: z.string().min(1).max(80),
    description: z.string().min(1).max(300),
  }),
);
export type Artifact = z.infer<typeof ArtifactSchema>;

export const VestingPresetSchema = lazySchema(() => z.enum(['amazon', 'even-cliff', 'custom']));
export type VestingPreset = z.infer<typeof VestingPresetSchema>;

export const ClawbackSchema = lazySchema(() => z.enum(['none', 'prorated', 'full']));
export type Clawback = z.infer<typeof ClawbackSchema>;

/** A company's pay conventions, used to pre-fill new offers. */
export const ConventionsSchema = lazySchema(() =>
  z.object({
    vestingPreset: VestingPresetSchema,
    signOnPaidMonthly: z.boolean(),
    bonusTargetPct: percentSchema(0, 200),
    stockGrowthPct: percentSchema(-100, 100),
    clawback: ClawbackSchema,
    currency: CurrencySchema,
    /** Plain-language notes on the conventions, shown as hints. */
    notes: z.array(z.string().min(1).max(400)).max(10),
    /**
     * Why a refresher assumption matters at this company, shown next to the
     * offers' refresher rows, with where the facts were read. Optional.
     */
    refresherNote: z
      .object({ text: z.string().min(1).max(600), source: z.string().min(1).max(300) })
      .optional(),
  }),
);
export type Conventions = z.infer<typeof ConventionsSchema>;

/**
 * A published pay figure. A point figure has `low === high`. Money figures are
 * in cents of `currency`; a `gapPct` figure is a percent range.
 */
export const ReferenceFigureSchema = lazySchema(() =>
  z
    .object({
      id: IdSchema,
      /** The role it describes, or null for a comparison between roles. */
      roleId: IdSchema.nullable(),
      label: z.string().min(1).max(160),
      level: z.string().max(20).nullable(),
      location: z.string().max(80).nullable(),
      metric: z.enum(['totalComp', 'base', 'gapPct']),
      low: z.number().finite(),
      high: z.number().finite(),
      currency: CurrencySchema.nullable(),
      sourceName: z.string().min(1).max(160),
      sourceUrl: z.url({ protocol: /^https$/ }),
      /** The date the figure was read, `YYYY-MM-DD`. */
      readOn: IsoDateSchema,
      note: z.string().max(400).optional(),
    })
    .refine((f) => f.low <= f.high, { message: 'low must not exceed high', path: ['high'] }),
);
export type ReferenceFigure = z.infer<typeof ReferenceFigureSchema>;

export const PrepTemplateItemSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    /** A role id, or `both`. */
    roleId: IdSchema,
    title: z.string().min(1).max(160),
    description: z.string().max(400),
    target: z.number().int().min(0).max(100),
  }),
);
export type PrepTemplateItem = z.infer<typeof PrepTemplateItemSchema>;

export const LoopRoundTemplateSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    roleId: IdSchema,
    name: z.string().min(1).max(80),
    description: z.string().max(400),
    /** Artifact ids whose stories this round draws on. */
    artifactIds: z.array(IdSchema),
  }),
);
export type LoopRoundTemplate = z.infer<typeof LoopRoundTemplateSchema>;

export const TemplateQuestionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    roleId: IdSchema,
    text: z.string().min(1).max(400),
  }),
);
export type TemplateQuestion = z.infer<typeof TemplateQuestionSchema>;

export const TemplateSchema = lazySchema(() =>
  z
    .object({
      format: z.literal('crossroads-template'),
      id: IdSchema,
      version: z.number().int().min(1),
      name: z.string().min(1).max(80),
      company: z.string().max(80).nullable(),
      description: z.string().min(1).max(600),
      roles: z.tuple([RoleSchema, RoleSchema]),
      artifacts: z.array(ArtifactSchema).min(2),
      backgrounds: z.array(z.object({ id: IdSchema, label: z.string().min(1).max(60) })),
      fit: z.object({
        weights: z.object({
          preference: z.number().min(0).max(1),
          stories: z.number().min(0).max(1),
          filter: z.number().min(0).max(1),
        }),
        /** Points a role must lead by to be called the lean. */
        leanMargin: z.number().min(0).max(100),
        /** One recurring-work description per role, for the weekly-work filter. */
        filterOptions: z.array(z.object({ roleId: IdSchema, label: z.string().min(1).max(200) })),
      }),
      prepChecklist: z.array(PrepTemplateItemSchema),
      loopRounds: z.array(LoopRoundTemplateSchema),
      questions: z.array(TemplateQuestionSchema),
      conventions: ConventionsSchema.nullable(),
      references: z.array(ReferenceFigureSchema),
      sources: z.array(
        z.object({ label: z.string().min(1).max(200), url: z.url({ protocol: /^https$/ }) }),
      ),
    })
    .superRefine((t, ctx) => {
      const roleIds = new Set(t.roles.map((r) => r.id));
      if (roleIds.size !== 2)
        ctx.addIssue({ code: 'custom', message: 'roles must have distinct ids', path: ['roles'] });
      const w = t.fit.weights;
      if (Math.abs(w.preference + w.stories + w.filter - 1) > 1e-9) {
        ctx.addIssue({
          code: 'custom',
          message: 'fit weights must add up to 1',
          path: ['fit', 'weights'],
        });
      }
      const ids = new Set<string>();
      for (const [i, a] of t.artifacts.entries()) {
        if (!roleIds.has(a.roleId))
          ctx.addIssue({
            code: 'custom',
            message: `unknown role ${a.roleId}`,
            path: ['artifacts', i, 'roleId'],
          });
        if (ids.has(a.id))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate artifact ${a.id}`,
            path: ['artifacts', i, 'id'],
          });
        ids.add(a.id);
      }
      for (const [i, r] of t.loopRounds.entries()) {
        if (!roleIds.has(r.roleId))
          ctx.addIssue({
            code: 'custom',
            message: `unknown role ${r.roleId}`,
            path: ['loopRounds', i, 'roleId'],
          });
        for (const a of r.artifactIds) {
          if (!ids.has(a))
            ctx.addIssue({
              code: 'custom',
              message: `unknown artifact ${a}`,
              path: ['loopRounds', i, 'artifactIds'],
            });
        }
      }
      for (const [i, p] of t.prepChecklist.entries()) {
        if (p.roleId !== 'both' && !roleIds.has(p.roleId)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown role ${p.roleId}`,
            path: ['prepChecklist', i, 'roleId'],
          });
        }
      }
      for (const [i, q] of t.questions.entries()) {
        if (!roleIds.has(q.roleId))
          ctx.addIssue({
            code: 'custom',
            message: `unknown role ${q.roleId}`,
            path: ['questions', i, 'roleId'],
          });
      }
    }),
);
export type Template = z.infer<typeof TemplateSchema>;

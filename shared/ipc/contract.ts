/**
 * The IPC contract: for every channel in `channels.ts`, the zod schema of its
 * request and of its response. Main parses every request with it before a
 * handler runs. The preload never imports this module at runtime (types only).
 */
import { z } from 'zod';
import { IsoDateTimeSchema } from '../schemas/primitives';
import { WorkbookDataSchema } from '../schemas/records';
import { TemplateSchema } from '../schemas/template';
import type { Channel } from './channels';

const None = z.undefined();

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
  platform: z.string(),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** What a user sees about a workbook file before opening it. */
export const FileSummarySchema = z.object({
  name: z.string(),
  offers: z.number().int().min(0),
  writtenAt: IsoDateTimeSchema,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
});
export type FileSummary = z.infer<typeof FileSummarySchema>;

/**
 * Why a pinned backup was taken. `before-delete`: before a confirmed large
 * deletion; `before-new`: before starting a new workbook.
 */
export const PIN_REASONS = [
  'before-open',
  'before-restore',
  'before-upgrade',
  'before-delete',
  'before-new',
  'manual',
] as const;
export const PinReasonSchema = z.enum(PIN_REASONS);
export type PinReason = z.infer<typeof PinReasonSchema>;

/** Rolling (taken on a timer), pinned (kept before a risky step), or the previous copy. */
export const BackupKindSchema = z.enum(['rolling', 'pinned', 'previous']);
export type BackupKind = z.infer<typeof BackupKindSchema>;

/**
 * A backup as listed to the user. When `unreadable` is null it has been
 * decoded and validated and can be restored; otherwise `unreadable` says why
 * not in a sentence, and only `id`, `kind`, `reason` and `takenAt` describe
 * it (`writtenAt` repeats `takenAt`, `workbookName` is empty, `offers` 0).
 */
export const BackupInfoSchema = z.object({
  /** File name in the backups folder, or `workbook.prev.json` for the previous copy. */
  id: z.string().min(1).max(200),
  kind: BackupKindSchema,
  /** Set for pinned backups only. */
  reason: PinReasonSchema.nullable(),
  /** When the backup was taken (ISO instant, from the file name). */
  takenAt: IsoDateTimeSchema,
  /** When the workbook it holds was written (ISO instant, from the envelope). */
  writtenAt: IsoDateTimeSchema,
  workbookName: z.string(),
  offers: z.number().int().min(0),
  /** File size in bytes (0 when it could not be read). */
  bytes: z.number().int().min(0),
  /**
   * Null for a good, restorable backup; otherwise why it cannot be restored,
   * as a sentence. An unreadable backup is listed, never offered for restore.
   */
  unreadable: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** Records per kind, as compared by the large-deletion guard. */
export const RecordCountsSchema = z.object({
  offers: z.number().int(),
  prepItems: z.number().int(),
  rounds: z.number().int(),
  questions: z.number().int(),
  mockAnswers: z.number().int(),
  /** Artifacts given a 1–5 rating ("not sure" is not a rating). */
  ratedArtifacts: z.number().int(),
  total: z.number().int(),
});
export type RecordCounts = z.infer<typeof RecordCountsSchema>;

/** A save that stands; `warning` says what did not happen after it (a backup copy). */
const SavedSchema = z.object({
  kind: z.literal('saved'),
  savedAt: IsoDateTimeSchema,
  /** Set when the file was saved but a backup copy after it could not be made. */
  warning: z.string().optional(),
});

const SaveResultSchema = z.discriminatedUnion('kind', [
  SavedSchema,
  z.object({
    kind: z.literal('needs-confirmation'),
    /** File name of the held snapshot in the data folder; pass it to `confirmPending`. */
    pendingFile: z.string(),
    before: RecordCountsSchema,
    after: RecordCountsSchema,
    /** Records of `before` missing from `after`, matched by id; never negative. */
    removed: z.number().int().min(0),
  }),
]);
export type SaveResponse = z.infer<typeof SaveResultSchema>;

const Cancelled = z.object({ kind: z.literal('cancelled') });
const PendingFile = z.strictObject({ pendingFile: z.string().min(1).max(300) });
/** Largest CSV the renderer may hand main: 2 million characters (a comparison is a few KB). */
export const CSV_MAX_CHARS = 2_000_000;

/** Request and response schemas per channel. */
export const contract = {
  'app:getInfo': { request: None, response: AppInfoSchema },
  'templates:list': {
    request: None,
    response: z.object({
      templates: z.array(TemplateSchema),
      problems: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  'sample:load': { request: None, response: WorkbookDataSchema },
  'workbook:load': {
    request: None,
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('missing') }),
      z.object({
        kind: z.literal('ok'),
        data: WorkbookDataSchema,
        /** ISO instant the file was written (after an upgrade: when it was rewritten). */
        writtenAt: IsoDateTimeSchema,
        /** The older schema version the file was upgraded from, else null. */
        upgradedFrom: z.number().int().nullable(),
      }),
      z.object({
        kind: z.literal('corrupt'),
        /** Name the damaged file now has in the data folder; null if it could not be moved. */
        quarantinedAs: z.string().nullable(),
        message: z.string(),
        /** Valid copies to offer: the previous copy first, then backups newest first. */
        backups: z.array(BackupInfoSchema),
      }),
    ]),
  },
  'workbook:save': { request: WorkbookDataSchema, response: SaveResultSchema },
  'workbook:startNew': { request: WorkbookDataSchema, response: SavedSchema },
  'workbook:confirmPending': { request: PendingFile, response: SaveResultSchema },
  'workbook:discardPending': {
    request: PendingFile,
    response: z.object({ discarded: z.boolean() }),
  },
  'workbook:saveAs': {
    request: z.strictObject({ data: WorkbookDataSchema, defaultName: z.string().min(1).max(200) }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), path: z.string() }),
      Cancelled,
    ]),
  },
  'workbook:pickOpen': {
    request: None,
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('picked'), token: z.string(), summary: FileSummarySchema }),
      Cancelled,
    ]),
  },
  'workbook:confirmOpen': {
    request: z.strictObject({ token: z.string().min(1).max(100) }),
    response: z.object({ data: WorkbookDataSchema, summary: FileSummarySchema }),
  },
  'workbook:exportAll': {
    request: None,
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('exported'), path: z.string(), bytes: z.number().int() }),
      Cancelled,
    ]),
  },
  'backups:list': { request: None, response: z.object({ backups: z.array(BackupInfoSchema) }) },
  'backups:restore': {
    request: z.strictObject({ id: z.string().min(1).max(200) }),
    response: z.object({ data: WorkbookDataSchema }),
  },
  'backups:pin': {
    /**
     * Pins the workbook file as it is now; with `data`, pins that workbook
     * instead (start-up keeps the app database's copy before loading a newer file).
     */
    request: z.strictObject({
      reason: PinReasonSchema.extract(['before-upgrade', 'before-open', 'manual']),
      data: WorkbookDataSchema.optional(),
    }),
    response: z.object({ id: z.string().nullable() }),
  },
  'shell:openExternal': {
    request: z.strictObject({ url: z.string().min(1).max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
  'shell:showDataFolder': { request: None, response: z.object({ shown: z.boolean() }) },
  'pdf:export': {
    request: z.strictObject({ paperSize: z.enum(['letter', 'a4']) }),
    response: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('saved'),
        path: z.string(),
        bytes: z.number().int().min(0),
        /** Milliseconds from the request to the file written (dialog time excluded). */
        ms: z.number().min(0),
      }),
      Cancelled,
    ]),
  },
  /** Opens the hidden print page ahead of an export (the Summary page is showing). */
  'pdf:prepare': { request: None, response: z.object({ preparing: z.boolean() }) },
  /**
   * Asks the user for an offer letter file (.txt, .eml, .html, .pdf) and
   * returns its plain text, or why it has none (a scan, a file type it cannot read).
   */
  'letter:open': {
    request: None,
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('text'), name: z.string(), text: z.string() }),
      z.object({ kind: z.literal('no-text'), name: z.string(), message: z.string() }),
      z.object({ kind: z.literal('unsupported'), name: z.string(), message: z.string() }),
      Cancelled,
    ]),
  },
  /** Opens the PDF main wrote last, in the system's PDF viewer; the path is main's, never sent. */
  'pdf:openLast': { request: None, response: z.object({ opened: z.boolean() }) },
  /** Shows the PDF main wrote last in the system's file manager. */
  'pdf:showLast': { request: None, response: z.object({ shown: z.boolean() }) },
  /** Asks where to save and writes the comparison as CSV (text made by `shared/domain/csv`). */
  'csv:export': {
    request: z.object({
      csv: z.string().max(CSV_MAX_CHARS),
      /** The file name the save dialog suggests, without folder. */
      suggestedName: z
        .string()
        .min(1)
        .max(120)
        .regex(/^[^/\\]+\.csv$/),
    }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), path: z.string(), bytes: z.number().int().min(0) }),
      Cancelled,
    ]),
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type ChannelRequest<C extends Channel> = z.input<(typeof contract)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<(typeof contract)[C]['response']>;

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

export const FileSummarySchema = z.object({
  name: z.string(),
  offers: z.number().int().min(0),
  writtenAt: IsoDateTimeSchema,
});
export type FileSummary = z.infer<typeof FileSummarySchema>;

export const BackupReasonSchema = z.enum([
  'rolling',
  'before-open',
  'before-restore',
  'before-upgrade',
  'manual',
]);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

export const BackupInfoSchema = z.object({
  id: z.string().min(1).max(200),
  createdAt: IsoDateTimeSchema,
  reason: BackupReasonSchema,
  pinned: z.boolean(),
  summary: FileSummarySchema,
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

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
  'shell:openExternal': {
    request: z.object({ url: z.string().min(1).max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
  'shell:showDataFolder': { request: None, response: z.object({ shown: z.boolean() }) },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type ChannelRequest<C extends Channel> = z.input<(typeof contract)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<(typeof contract)[C]['response']>;

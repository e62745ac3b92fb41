/**
 * The list of IPC channels and main→renderer events, as plain constants.
 * Imports no npm package: the sandboxed preload bundles this file, and it may
 * require nothing but `electron`. Request/response schemas live in
 * `contract.ts` (zod, main side only).
 */

/** Every renderer→main call, named `namespace:verb`. */
export const CHANNELS = [
  'app:getInfo',
  'templates:list',
  'sample:load',
  'workbook:load',
  'workbook:save',
  'workbook:startNew',
  'workbook:confirmPending',
  'workbook:discardPending',
  'workbook:saveAs',
  'workbook:pickOpen',
  'workbook:confirmOpen',
  'workbook:exportAll',
  'backups:list',
  'backups:restore',
  'backups:pin',
  'shell:openExternal',
  'shell:showDataFolder',
  'pdf:export',
  'pdf:prepare',
  'letter:open',
  'pdf:openLast',
  'pdf:showLast',
  'csv:export',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Commands main sends to the renderer (menu items, lifecycle). */
export const COMMANDS = [
  'file:open',
  'file:saveAs',
  'file:backups',
  'file:exportAll',
  'file:exportPdf',
  'file:pasteOfferLetter',
  'file:exportCsv',
  'help:about',
  'app:flush',
] as const;
export type Command = (typeof COMMANDS)[number];

/** The single main→renderer event channel carrying a {@link Command}. */
export const COMMAND_EVENT = 'app:command';
/** Renderer→main acknowledgement that a flush finished (fire-and-forget). */
export const FLUSHED_EVENT = 'app:flushed';

export type Namespace<C extends string> = C extends `${infer N}:${string}` ? N : never;
export type Verb<C extends string> = C extends `${string}:${infer V}` ? V : never;

/** Splits `namespace:verb`. */
export const splitChannel = (channel: Channel): [string, string] => {
  const i = channel.indexOf(':');
  return [channel.slice(0, i), channel.slice(i + 1)];
};

/**
 * The handler bodies for every IPC channel, as plain Node functions over
 * injected ports (folders, dialogs, shell, printer, clock). Knows nothing about
 * Electron, so unit tests and the e2e harness run the real thing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { daysBetween, shiftWorkbookDates } from '../../../shared/domain/sampleDates';
import type { AppInfo } from '../../../shared/ipc/contract';
import { WorkbookDataSchema } from '../../../shared/schemas/records';
import { vetExternalUrl } from '../security/externalUrl';
import { loadTemplates } from '../services/templates';
import { HandlerError, type Handlers } from './dispatch';

/** What the handlers need from the outside world. */
export type Ports = {
  appInfo: () => AppInfo;
  /** The `resources/` folder (templates, sample workbook). */
  resourcesDir: string;
  /** The user's data folder. */
  dataDir: string;
  openExternal: (url: string) => Promise<void>;
  showItemInFolder: (path: string) => void;
  now: () => Date;
};

export const SAMPLE_FILE = join('sample', 'sample-workbook.crossroads.json');

/** Builds the handler table over `ports`. */
export const createHandlers = (ports: Ports): Handlers => ({
  'app:getInfo': async () => ports.appInfo(),
  'templates:list': async () => loadTemplates(join(ports.resourcesDir, 'templates')),
  'sample:load': async () => {
    const text = await readFile(join(ports.resourcesDir, SAMPLE_FILE), 'utf8');
    const envelope = JSON.parse(text) as { payload?: unknown; writtenAt?: unknown };
    const parsed = WorkbookDataSchema.safeParse(envelope.payload);
    if (!parsed.success || typeof envelope.writtenAt !== 'string') {
      throw new HandlerError(
        'bad-sample',
        'The sample workbook that ships with the app is damaged.',
      );
    }
    // The sample is written relative to its writtenAt day: move it to today.
    return shiftWorkbookDates(parsed.data, daysBetween(new Date(envelope.writtenAt), ports.now()));
  },
  'shell:openExternal': async ({ url }) => {
    const verdict = vetExternalUrl(url);
    if (!verdict.ok) throw new HandlerError('refused-url', verdict.reason);
    await ports.openExternal(verdict.url);
    return { opened: true };
  },
  'shell:showDataFolder': async () => {
    ports.showItemInFolder(ports.dataDir);
    return { shown: true };
  },
});

/**
 * The storage work the first screen waits on, started before React is
 * evaluated (`startEarly.ts`): the store's pre-upgrade step, then the records
 * the opening section shows, read ahead (`db/firstReads.ts`). Reads only; the
 * recovery and the autosaver stay in `persistence.tsx`.
 */

import { db } from '@renderer/db/db';
import { fulfilledValue } from '@renderer/lib/fulfilled';
import type { SectionId } from '@renderer/lib/routes';
import { prepareStore } from '@renderer/lib/startup';
import { readAssessmentAhead } from '@renderer/lib/useAssessment';
import { readOffersAhead } from '@renderer/lib/useOffers';
import { readWorkbookAhead } from '@renderer/lib/useWorkbook';

let storePrepared: Promise<void> | null = null;
let openingRead: Promise<void> | null = null;
let openingReadDone: () => true | undefined = () => undefined;

/**
 * Starts, once, the step that must finish before anything opens the live
 * store (a pending upgrade's pin comes first); the persistence provider and
 * {@link readOpeningRecords} share the run.
 */
export const prepareLiveStore = (): Promise<void> => {
  storePrepared ??= prepareStore(db);
  return storePrepared;
};

/**
 * The reads the opening section's first render needs beyond the workbook
 * (which every section shows), each kept by its hook's module.
 */
const OPENING_READS: Record<SectionId, readonly ((workbookId: string) => Promise<unknown>)[]> = {
  offers: [readOffersAhead, readAssessmentAhead],
  fit: [readAssessmentAhead],
  prep: [],
  summary: [readAssessmentAhead],
};

/**
 * Starts, once, the store's preparation and then the reads of what the
 * opening `section` shows: the workbook, then that section's records, so the
 * first render finds them instead of waiting a round trip per live query.
 * Nothing reads the store before the preparation is done. Rejects only when
 * the preparation does; a read that fails is left to the live query, which
 * reports it where it is shown.
 */
export const readOpeningRecords = (section: SectionId): Promise<void> => {
  if (openingRead === null) {
    openingRead = prepareLiveStore().then(async () => {
      try {
        const workbook = await readWorkbookAhead();
        if (workbook) await Promise.all(OPENING_READS[section].map((read) => read(workbook.id)));
      } catch {
        // Left to the live queries.
      }
    });
    openingReadDone = fulfilledValue(openingRead.then(() => true as const));
  }
  return openingRead;
};

/** Whether {@link readOpeningRecords} has finished (a component's first state, without a render to wait). */
export const openingRecordsRead = (): boolean => openingReadDone() === true;

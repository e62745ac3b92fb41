/** The app's single database instance. Only hooks and mutations import it. */
import { AppDB } from './AppDB';
import { createFirstReads } from './firstReads';
import { countWritesInFlight, createWritesInFlight } from './writesInFlight';

export const db = new AppDB();

/** The write transactions `db` has started and not finished (see `app/unloadGuard.ts`). */
export const writesInFlight = createWritesInFlight();
countWritesInFlight(db, writesInFlight);

/** `db`'s records read ahead of the first screen (`firstReads.ts`). */
export const firstReads = createFirstReads(writesInFlight);

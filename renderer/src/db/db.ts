/** The app's single database instance. Only hooks and mutations import it. */
import { AppDB } from './AppDB';
import { countWritesInFlight, createWritesInFlight } from './writesInFlight';

export const db = new AppDB();

/** The write transactions `db` has started and not finished (see `app/unloadGuard.ts`). */
export const writesInFlight = createWritesInFlight();
countWritesInFlight(db, writesInFlight);

/** The app's single database instance. Only hooks and mutations import it. */
import { AppDB } from './AppDB';

export const db = new AppDB();

/**
 * The first thing the bundle runs (`main.tsx` imports it first, for its side
 * effect): starts what the first screen waits on — the templates from main,
 * the store's pre-upgrade step and the opening section's records — so they
 * are on their way while React DOM and the app's own modules are evaluated
 * (tens of milliseconds at start), not after. Imports nothing that pulls in
 * React DOM or a page.
 */

import { currentSection } from '@renderer/lib/routes';
import { requestTemplates } from '@renderer/lib/templates';
import { isPrintRouteHash } from '@shared/ipc/print';
import { readOpeningRecords } from './openingReads';

void requestTemplates().catch(() => undefined);
// The print route needs the templates too, but it never opens the store for writing, so it has
// no pre-upgrade step to run, and it reads the workbook afresh for each print run.
if (!isPrintRouteHash(window.location.hash))
  void readOpeningRecords(currentSection()).catch(() => undefined);

// Says once, where the run is read, why the smoke tests are skipped (the list
// reporter does not print skip reasons).
import { hasElectronBinary, MISSING_BINARY } from './binary';

export default async function globalSetup(): Promise<void> {
  if (!(await hasElectronBinary())) console.warn(MISSING_BINARY);
}

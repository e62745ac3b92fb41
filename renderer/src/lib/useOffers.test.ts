/** `onOfferPatches`: what makes the offers hook look at the pending writes again. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@renderer/db/db', async () => (await import('@renderer/db/testing')).liveDbModule());

const { onOfferPatches } = await import('./useOffers');
const { pendingWrites } = await import('./pendingWrites');

describe('onOfferPatches', () => {
  it('calls back when an offer’s pending patch changes, not for another kind’s or a settle count', () => {
    let calls = 0;
    const stop = onOfferPatches(() => {
      calls += 1;
    });
    try {
      // Another feature's edit, shown and then failed: the offers' patches are untouched.
      pendingWrites.show('assessment', 'a1', { notes: 'x' } as never);
      pendingWrites.settle('assessment', 'a1', { notes: 'x' } as never, false);
      expect(calls).toBe(0);
      // An offer's edit: shown, then its write fails and the patch goes.
      pendingWrites.show('offer', 'o1', { name: 'Renamed' });
      expect(calls).toBe(1);
      pendingWrites.settle('offer', 'o1', { name: 'Renamed' }, false);
      expect(calls).toBe(2);
    } finally {
      stop();
    }
    pendingWrites.show('offer', 'o1', { name: 'Again' });
    pendingWrites.settle('offer', 'o1', { name: 'Again' }, false);
    expect(calls).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { fulfilledValue } from './fulfilled';

describe('fulfilledValue', () => {
  it('reads undefined until the promise has fulfilled, then its value', async () => {
    let resolve: (v: number) => void = () => {};
    const promise = new Promise<number>((r) => {
      resolve = r;
    });
    const read = fulfilledValue(promise);
    expect(read()).toBeUndefined();
    resolve(7);
    await promise;
    expect(read()).toBe(7);
  });

  it('stays undefined after a rejection, which it does not leave unhandled', async () => {
    const promise = Promise.reject(new Error('no'));
    const read = fulfilledValue(promise);
    await promise.catch(() => undefined);
    expect(read()).toBeUndefined();
  });
});

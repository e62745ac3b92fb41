/**
 * What a promise started before React gave, read synchronously: a
 * component's first state can then be the answer that is already in, rather
 * than a loading state and a render to wait (the opening section's code, its
 * records read ahead, the templates).
 */

/**
 * A reader of `promise`'s value: `undefined` until it has fulfilled, its
 * value after. A rejection leaves it `undefined` (whoever awaits `promise`
 * reports it).
 */
export const fulfilledValue = <T>(promise: Promise<T>): (() => T | undefined) => {
  let value: T | undefined;
  promise.then(
    (v) => {
      value = v;
    },
    () => undefined,
  );
  return () => value;
};

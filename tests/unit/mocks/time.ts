/** A fake clock that advances by each sleep, so timeouts in the code under test run instantly. */
export const fakeTime = () => {
  let t = 0;
  return {
    clock: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
};

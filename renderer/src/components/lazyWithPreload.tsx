/**
 * Like React.lazy, but with a `preload()` that starts the import early, and a
 * component that renders synchronously once the module is in. React.lazy
 * suspends on its first render even when the chunk is already loaded, and
 * React then holds the revealed content back for its fallback throttle
 * (~300 ms); a preloaded section should simply appear.
 */
import type { ComponentType } from 'react';

export type PreloadableComponent<P> = ComponentType<P> & { preload: () => Promise<void> };

export const lazyWithPreload = <P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> => {
  let loaded: ComponentType<P> | null = null;
  let failed: { error: unknown } | null = null;
  let pending: Promise<void> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        failed = { error };
      },
    );
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: one stable component per lazily loaded module, made once at module level.
  const Lazy = (props: P) => {
    const Component = loaded;
    if (Component) return <Component {...props} />;
    // A chunk that failed to load goes to the nearest error boundary.
    if (failed) throw failed.error;
    // Not loaded yet: suspend until it is (the nearest Suspense shows its fallback).
    throw preload();
  };
  return Object.assign(Lazy, { preload });
};

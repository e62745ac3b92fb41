/**
 * The test stand-in for electron/preload/index.ts. Runs in the page before
 * the app and builds `window.crossroads` with the very same `createBridge`,
 * but its transport is a Playwright binding into the test process, where the
 * real main-process handlers run. Bundled to an IIFE by the global setup.
 */
import { createBridge } from '@shared/ipc/bridge';
import type { Command } from '@shared/ipc/channels';

type HarnessWindow = Window & {
  __crossroadsInvoke?: (channel: string, payload: unknown) => Promise<unknown>;
  __crossroadsFlushed?: () => Promise<void>;
  __crossroadsEmit?: (command: Command) => void;
  crossroads?: unknown;
};

const w = window as HarnessWindow;
const listeners = new Set<(command: Command) => void>();

w.__crossroadsEmit = (command) => {
  for (const listener of listeners) listener(command);
};

const bridge = createBridge(
  (channel, payload) => {
    const invoke = w.__crossroadsInvoke;
    if (!invoke) return Promise.reject(new Error('The test bridge is not connected.'));
    return invoke(channel, payload);
  },
  (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  () => void w.__crossroadsFlushed?.(),
);

Object.defineProperty(w, 'crossroads', {
  value: bridge,
  writable: false,
  configurable: false,
  enumerable: true,
});

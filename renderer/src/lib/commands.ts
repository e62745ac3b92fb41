/**
 * Routes commands from the native menu (and quit) to whoever handles them.
 * One subscription to the bridge for the whole app; components register a
 * handler per command with `useCommand`.
 */

import type { Command } from '@shared/ipc/channels';
import { useEffect, useRef } from 'react';

type Handler = () => void | Promise<void>;
const handlers = new Map<Command, Set<Handler>>();
let unsubscribe: (() => void) | null = null;

const ensureSubscribed = () => {
  if (unsubscribe || !window.crossroads) return;
  unsubscribe = window.crossroads.onCommand((command) => {
    for (const handler of handlers.get(command) ?? []) void handler();
  });
};

/** Runs `handler` whenever main sends `command`, for as long as the component is mounted. */
export const useCommand = (command: Command, handler: Handler): void => {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    ensureSubscribed();
    const wrapped: Handler = () => latest.current();
    const set = handlers.get(command) ?? new Set();
    set.add(wrapped);
    handlers.set(command, set);
    return () => {
      set.delete(wrapped);
    };
  }, [command]);
};

/**
 * Builds the one object the renderer sees as `window.crossroads`, from the
 * channel list. The real preload passes `ipcRenderer.invoke`; the e2e harness
 * passes a Playwright binding — so tests exercise this same code. Imports no
 * npm package and no runtime value from zod (types only).
 */

import {
  CHANNELS,
  type Channel,
  COMMANDS,
  type Command,
  type Namespace,
  splitChannel,
  type Verb,
} from './channels';
import type { ChannelRequest, ChannelResponse } from './contract';

/** What every call resolves to: plain data or a `{ code, message }` error. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };
export type IpcError = { code: string; message: string };

export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;
export type Subscribe = (listener: (command: Command) => void) => () => void;

type Method<C extends Channel> = [ChannelRequest<C>] extends [undefined]
  ? () => Promise<IpcResult<ChannelResponse<C>>>
  : (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;

export type Bridge = {
  readonly [N in Namespace<Channel>]: {
    readonly [C in Extract<Channel, `${N}:${string}`> as Verb<C>]: Method<C>;
  };
} & {
  /** Listen for commands from main (menu items, quit). Returns an unsubscribe function. */
  readonly onCommand: (listener: (command: Command) => void) => () => void;
  /** Tell main a requested flush has finished. */
  readonly flushed: () => void;
};

const isResult = (value: unknown): value is IpcResult<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { ok?: unknown }).ok === 'boolean';

/**
 * Creates the frozen bridge object. Every method forwards to `invoke` with its
 * channel name; anything that is not a well-formed result becomes an error
 * result, so callers never see a raw exception from the transport.
 */
export const createBridge = (
  invoke: Invoke,
  subscribe: Subscribe,
  notifyFlushed: () => void,
): Bridge => {
  const namespaces: Record<
    string,
    Record<string, (request?: unknown) => Promise<IpcResult<unknown>>>
  > = {};
  for (const channel of CHANNELS) {
    const [ns, verb] = splitChannel(channel);
    const target = namespaces[ns] ?? {};
    namespaces[ns] = target;
    target[verb] = async (request?: unknown) => {
      try {
        const result = await invoke(channel, request);
        return isResult(result)
          ? result
          : {
              ok: false,
              error: { code: 'bad-response', message: 'The app returned an unexpected answer.' },
            };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return { ok: false, error: { code: 'transport', message } };
      }
    };
  }
  const commands = new Set<string>(COMMANDS);
  const bridge = {
    ...Object.fromEntries(
      Object.entries(namespaces).map(([ns, verbs]) => [ns, Object.freeze(verbs)]),
    ),
    onCommand: (listener: (command: Command) => void) =>
      subscribe((command) => {
        if (commands.has(command)) listener(command);
      }),
    flushed: () => notifyFlushed(),
  };
  return Object.freeze(bridge) as unknown as Bridge;
};

/** The top-level keys of the bridge, for tests asserting nothing else is exposed. */
export const bridgeKeys = (): string[] =>
  [...new Set(CHANNELS.map((c) => splitChannel(c)[0])), 'onCommand', 'flushed'].sort();

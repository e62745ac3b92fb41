/**
 * Runs one IPC call: parse the request with the contract's zod schema, run the
 * handler, return plain data or a `{ code, message }` error. Plain Node, no
 * electron: `register.ts` calls it for real IPC and the e2e harness calls it
 * for the test bridge, so both paths share the same checks.
 */
import type { IpcResult } from '@shared/ipc/bridge';
import { CHANNELS, type Channel } from '@shared/ipc/channels';
import { type ChannelRequest, type ChannelResponse, contract } from '@shared/ipc/contract';

/** A handler per channel, receiving the parsed request. */
export type Handlers = {
  [C in Channel]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;
};

/** An error a handler throws on purpose; its message is shown to the user. */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

const channelSet = new Set<string>(CHANNELS);
export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && channelSet.has(value);

/** Formats the first zod issue as a short sentence. */
const describeIssue = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string => {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? ` (at ${first.path.map(String).join('.')})` : '';
  return `${first.message}${where}`;
};

/**
 * Dispatches `payload` on `channel`. Never throws: unknown channels, invalid
 * requests and handler failures all become error results. Unexpected errors
 * are logged with `logError` and reported without internals.
 */
export const dispatch = async (
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  logError: (err: unknown) => void = (err) => console.error(err),
): Promise<IpcResult<unknown>> => {
  if (!isChannel(channel))
    return { ok: false, error: { code: 'unknown-channel', message: 'Unknown request.' } };
  const parsed = contract[channel].request.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: describeIssue(parsed.error.issues) },
    };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const data = await handler(parsed.data);
    return { ok: true, data };
  } catch (err) {
    if (err instanceof HandlerError)
      return { ok: false, error: { code: err.code, message: err.message } };
    logError(err);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong in the app. Your saved data is unchanged.',
      },
    };
  }
};

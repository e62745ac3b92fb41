/**
 * Runs one IPC call: parse the request with the contract's zod schema, run the
 * handler, return plain data or a `{ code, message }` error. Plain Node, no
 * electron: `register.ts` calls it for real IPC and the e2e harness calls it
 * for the test bridge, so both paths share the same checks.
 *
 * Responses: with `checkResponses` (development builds and every test), each
 * handler's answer is parsed with the channel's response schema too, and one
 * that breaks the contract becomes a `bad-response` error (logged) instead of
 * reaching the renderer. Packaged builds skip that parse: the handlers are
 * ours, and a workbook-sized answer would be parsed once more on every load.
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

export type DispatchOptions = {
  /** Parse every answer with the channel's response schema (development and tests). */
  checkResponses?: boolean;
};

/** The error a caller sees when a handler's answer breaks the contract. */
export const BAD_RESPONSE_MESSAGE =
  'The app gave an answer this version does not expect. Your saved data is unchanged; restart Crossroads and try again.';

/**
 * Dispatches `payload` on `channel`. Never throws: unknown channels, invalid
 * requests and handler failures all become error results. Unexpected errors
 * (and, with `checkResponses`, answers that break the contract) are logged
 * with `logError` and reported without internals.
 */
export const dispatch = async (
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  logError: (err: unknown) => void = (err) => console.error(err),
  options: DispatchOptions = {},
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
    if (options.checkResponses) {
      const answer = contract[channel].response.safeParse(data);
      if (!answer.success) {
        logError(
          new Error(
            `The ${channel} handler answered outside the contract: ${describeIssue(answer.error.issues)}`,
          ),
        );
        return { ok: false, error: { code: 'bad-response', message: BAD_RESPONSE_MESSAGE } };
      }
    }
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

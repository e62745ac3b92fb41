/**
 * Typed access to the preload object. The only way the renderer reaches the
 * main process. Unwraps `{ ok, data | error }` results into values or an
 * {@link ApiError} the UI can show.
 */
import type { Bridge, IpcError, IpcResult } from '@shared/ipc/bridge';

declare global {
  // biome-ignore lint/style/useConsistentTypeDefinitions: declaration merging needs an interface.
  interface Window {
    crossroads?: Bridge;
  }
}

/** An error reported by the main process, with a message fit for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The bridge; throws a clear error when the app runs without its preload. */
export const api = (): Bridge => {
  const bridge = window.crossroads;
  if (!bridge) throw new ApiError('no-bridge', 'Crossroads must be opened as the desktop app.');
  return bridge;
};

/** Awaits a bridge call and returns its data, throwing {@link ApiError} on failure. */
export const unwrap = async <T>(call: Promise<IpcResult<T>>): Promise<T> => {
  const result = await call;
  if (result.ok) return result.data;
  const error: IpcError = result.error;
  throw new ApiError(error.code, error.message);
};

/**
 * What to say when the app's own database was closed under it (its data
 * cleared while the app runs): the edit was not kept, and a reload reopens
 * the database and brings the workbook back from the data folder.
 */
export const DATABASE_CLOSED_MESSAGE =
  'The app’s database was closed, so this change was not kept. Reload Crossroads (View › Reload): your workbook comes back from the data folder.';

const isDatabaseClosed = (err: Error): boolean => {
  const inner: unknown = (err as Error & { inner?: unknown }).inner;
  return (
    err.name === 'DatabaseClosedError' ||
    (inner instanceof Error && inner.name === 'DatabaseClosedError')
  );
};

/** A message for any thrown value, for showing next to the action that failed. */
export const messageOf = (err: unknown): string => {
  if (!(err instanceof Error)) return 'Something went wrong. Your saved data is unchanged.';
  if (isDatabaseClosed(err)) return DATABASE_CLOSED_MESSAGE;
  return err.message;
};

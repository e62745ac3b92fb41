/**
 * Decides whether an IPC message comes from our own top-level page. Parses
 * the frame URL with the WHATWG URL parser and compares origins exactly; a
 * sub-frame or a page from any other origin is refused.
 */

import { APP_ORIGIN } from '@shared/ipc/origin';

/** The origin the packaged renderer is served from (defined in `@shared/ipc/origin`). */
export { APP_ORIGIN };

export type SenderFrame = { url: string; parent: unknown | null } | null | undefined;

/** Returns the origin of `url`, or null when it does not parse. */
export const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    // Non-special schemes report origin "null"; build it from the parts instead.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
};

/** True only for a top-level frame whose origin is one of `allowedOrigins`. */
export const isTrustedSender = (frame: SenderFrame, allowedOrigins: readonly string[]): boolean => {
  if (!frame || frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && allowedOrigins.includes(origin);
};

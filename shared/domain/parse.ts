/**
 * The one shape for "typed text → value or a message" across the app, and the
 * one way to turn a schema's refusal into that message. Pure: no zod import,
 * so the sandboxed preload and every runtime can use it.
 */

/** What reading a typed value gives: the value, or a sentence saying what to fix. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The message of a schema's first issue, or `fallback` when it has none.
 * Takes the structural shape of a ZodError so this module needs no zod.
 */
export const firstIssueMessage = (
  error: { issues: readonly { message: string }[] },
  fallback = 'That value cannot be used.',
): string => error.issues[0]?.message || fallback;

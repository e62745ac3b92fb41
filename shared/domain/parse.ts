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

/**
 * Field → message for each field a schema refused: the key is the issue's
 * first path segment (the record's own field, e.g. `title`, `decision`), or
 * `form` for an issue about the whole record; the first issue of each field
 * wins. Structural like {@link firstIssueMessage}, so it needs no zod.
 */
export const issueFieldMap = (error: {
  issues: readonly { message: string; path: readonly PropertyKey[] }[];
}): Partial<Record<string, string>> => {
  const fields: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const head = issue.path[0];
    const key = head === undefined ? 'form' : String(head);
    fields[key] ??= issue.message;
  }
  return fields;
};

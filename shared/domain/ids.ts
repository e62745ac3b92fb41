/**
 * Record ids. Owns how a new id is made; must not import node:crypto or any
 * runtime-specific module — it relies on the Web Crypto global that browsers
 * and Node 20 both provide.
 */

/** The one piece of Web Crypto used here; shared's lib has no DOM or node types. */
type UuidCrypto = { randomUUID(): string };

/**
 * A new random record id: an RFC 4122 version-4 UUID (36 characters,
 * lowercase hex). Throws if the runtime has no `crypto.randomUUID`.
 */
export const newId = (): string => {
  const c = (globalThis as { crypto?: Partial<UuidCrypto> }).crypto;
  if (typeof c?.randomUUID !== 'function') {
    throw new Error('This runtime has no crypto.randomUUID, so new ids cannot be made.');
  }
  return c.randomUUID();
};

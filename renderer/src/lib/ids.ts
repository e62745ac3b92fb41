/** New record ids for the renderer (random UUIDs). */
export const newId = (): string => crypto.randomUUID();

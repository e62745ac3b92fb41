/**
 * Where the packaged renderer is served from: `app://crossroads/`. Main
 * registers the scheme and serves files on it, checks every IPC sender
 * against the origin, and the e2e harness serves the same files under the
 * same name — all from these constants, so the origin is spelled once.
 */

/** The privileged custom scheme the renderer's files are served on. */
export const APP_SCHEME = 'app';

/** The one host under {@link APP_SCHEME}. */
export const APP_HOST = 'crossroads';

/** The origin the packaged renderer is served from: `app://crossroads`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The renderer's one way to open a web address outside the app: through the
 * main process's vetted `shell:openExternal` (which allows only `https:` and
 * `mailto:` and opens them in the user's browser or mail app). Components
 * never call the bridge for this themselves.
 */
import { ApiError, api, unwrap } from './api';

/** The message when main declines to open an address (not `https:` or `mailto:`). */
export const NOT_OPENED_MESSAGE =
  'That address could not be opened. Only https:// and mailto: addresses open from Crossroads.';

/** True when `link` is an address the app offers to open: `https://…` or `mailto:…`. */
export const isWebLink = (link: string): boolean => /^(https:\/\/|mailto:)/i.test(link.trim());

/**
 * Opens `url` in the user's browser or mail app. Resolves once main has
 * handed it on; rejects with an {@link ApiError} (its message is for the
 * user) when main declined it or the request failed.
 */
export const openExternalLink = async (url: string): Promise<void> => {
  const { opened } = await unwrap(api().shell.openExternal({ url: url.trim() }));
  if (!opened) throw new ApiError('not-opened', NOT_OPENED_MESSAGE);
};

/**
 * The `app://` scheme the renderer is served from. Registered as privileged
 * (standard + secure) before the app is ready, so IndexedDB and fetch work
 * as on https; never `file://`.
 */
import { APP_SCHEME } from '@shared/ipc/origin';
import { protocol } from 'electron';
import { handleAppRequest } from './services/appProtocol';

export { APP_SCHEME };

/** Must run before `app.whenReady()`. */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
};

/** Serves files from `rendererDir` on `app://crossroads/`. Call after ready. */
export const serveRenderer = (rendererDir: string): void => {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request.url, rendererDir));
};

/**
 * The sandboxed preload: exposes exactly one object, `window.crossroads`,
 * built by the shared bridge builder over `ipcRenderer.invoke`. Never exposes
 * ipcRenderer itself. May require nothing but `electron`.
 */

import { createBridge } from '@shared/ipc/bridge';
import { COMMAND_EVENT, type Command, FLUSHED_EVENT } from '@shared/ipc/channels';
import { contextBridge, ipcRenderer } from 'electron';

const bridge = createBridge(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (listener) => {
    const handler = (_event: unknown, command: Command) => listener(command);
    ipcRenderer.on(COMMAND_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(COMMAND_EVENT, handler);
    };
  },
  () => ipcRenderer.send(FLUSHED_EVENT),
);

contextBridge.exposeInMainWorld('crossroads', bridge);

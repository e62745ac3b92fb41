import { type Bridge, bridgeKeys } from '@shared/ipc/bridge';
import { CHANNELS, COMMAND_EVENT, FLUSHED_EVENT, splitChannel } from '@shared/ipc/channels';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

type ElectronMock = typeof import('../../tests/unit/mocks/electron');

let mock: ElectronMock;
let bridge: Bridge;

beforeEach(async () => {
  vi.resetModules();
  mock = (await import('electron')) as unknown as ElectronMock;
  mock.resetElectronMock();
  await import('./index');
  bridge = mock.contextBridge.exposed.crossroads as Bridge;
});

/** Every value reachable from `root` through own properties (any key kind, enumerable or not). */
const reachable = (root: unknown): unknown[] => {
  const seen = new Set<unknown>();
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (
      (typeof value !== 'object' && typeof value !== 'function') ||
      value === null ||
      seen.has(value)
    )
      continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) stack.push(descriptor.value);
      if (descriptor?.get) stack.push(descriptor.get);
    }
    stack.push(Object.getPrototypeOf(value));
  }
  return [...seen];
};

describe('preload', () => {
  it('exposes exactly one object, as "crossroads"', () => {
    expect(mock.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(mock.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('crossroads');
    expect(Object.keys(mock.contextBridge.exposed)).toEqual(['crossroads']);
  });

  it('exposes exactly the bridge keys', () => {
    expect(Object.keys(bridge).sort()).toEqual(bridgeKeys());
    // The two non-channel members, plus the namespace of app:getInfo.
    expect(bridgeKeys()).toEqual(expect.arrayContaining(['app', 'flushed', 'onCommand']));
  });

  it('forwards app.getInfo() to ipcRenderer.invoke with no payload and returns its result', async () => {
    const info = { ok: true, data: { name: 'Crossroads' } };
    mock.ipcRenderer.invokeResult = info;
    const res = await bridge.app.getInfo();
    expect(mock.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(mock.ipcRenderer.invoke).toHaveBeenCalledWith('app:getInfo', undefined);
    expect(res).toBe(info);
  });

  it('forwards every channel to invoke under its own name', async () => {
    const methods = bridge as unknown as Record<
      string,
      Record<string, (req?: unknown) => Promise<unknown>>
    >;
    for (const channel of CHANNELS) {
      const [ns, verb] = splitChannel(channel);
      mock.ipcRenderer.invoke.mockClear();
      await methods[ns]?.[verb]?.({ probe: channel });
      expect(mock.ipcRenderer.invoke, channel).toHaveBeenCalledWith(channel, { probe: channel });
    }
  });

  it('never exposes ipcRenderer, its methods or contextBridge', () => {
    const values = reachable(bridge);
    const forbidden = [
      mock.ipcRenderer,
      mock.ipcRenderer.invoke,
      mock.ipcRenderer.send,
      mock.ipcRenderer.on,
      mock.ipcRenderer.once,
      mock.ipcRenderer.removeListener,
      mock.ipcRenderer.emit,
      mock.contextBridge,
      mock.contextBridge.exposeInMainWorld,
    ];
    for (const value of forbidden) expect(values.includes(value)).toBe(false);
    // Sanity check of the walker: it does reach the nested methods.
    expect(values).toContain(bridge.app.getInfo);
  });

  it('delivers commands through onCommand and unsubscribes with the same listener', () => {
    const listener = vi.fn();
    const off = bridge.onCommand(listener);
    expect(mock.ipcRenderer.onSpy).toHaveBeenCalledTimes(1);
    expect(mock.ipcRenderer.onSpy.mock.calls[0]?.[0]).toBe(COMMAND_EVENT);

    mock.ipcRenderer.emit(COMMAND_EVENT, {}, 'help:about');
    mock.ipcRenderer.emit(COMMAND_EVENT, {}, 'app:delete-everything');
    // Only the known command gets through; the event object is not passed on.
    expect(listener.mock.calls).toEqual([['help:about']]);

    off();
    expect(mock.ipcRenderer.removeListenerSpy).toHaveBeenCalledWith(
      COMMAND_EVENT,
      mock.ipcRenderer.onSpy.mock.calls[0]?.[1],
    );
    mock.ipcRenderer.emit(COMMAND_EVENT, {}, 'app:flush');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('acknowledges a flush with a fire-and-forget send', () => {
    bridge.flushed();
    expect(mock.ipcRenderer.send).toHaveBeenCalledTimes(1);
    expect(mock.ipcRenderer.send).toHaveBeenCalledWith(FLUSHED_EVENT);
  });
});

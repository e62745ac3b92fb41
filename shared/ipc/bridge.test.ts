import { describe, expect, it, vi } from 'vitest';
import { type Bridge, bridgeKeys, createBridge, type Invoke, type Subscribe } from './bridge';
import { CHANNELS, type Command, splitChannel } from './channels';

type Listener = (command: Command) => void;

const setup = (invoke: Invoke = async () => ({ ok: true, data: 'x' })) => {
  const invokeSpy = vi.fn(invoke);
  let captured: Listener | null = null;
  const unsubscribe = vi.fn();
  const subscribe: Subscribe = (listener) => {
    captured = listener;
    return unsubscribe;
  };
  const notifyFlushed = vi.fn();
  const bridge = createBridge(invokeSpy, subscribe, notifyFlushed);
  return {
    bridge,
    invokeSpy,
    unsubscribe,
    notifyFlushed,
    emit: (c: string) => captured?.(c as Command),
  };
};

const methodOf = (bridge: Bridge, channel: (typeof CHANNELS)[number]) => {
  const [ns, verb] = splitChannel(channel);
  const table = bridge as unknown as Record<
    string,
    Record<string, (req?: unknown) => Promise<unknown>> | undefined
  >;
  return table[ns]?.[verb];
};

describe('createBridge', () => {
  it('has a method for every channel that invokes that channel with the request', async () => {
    const { bridge, invokeSpy } = setup();
    for (const channel of CHANNELS) {
      const method = methodOf(bridge, channel);
      expect(typeof method, channel).toBe('function');
      await method?.({ tag: channel });
      expect(invokeSpy, channel).toHaveBeenLastCalledWith(channel, { tag: channel });
    }
    expect(invokeSpy).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('has only the bridge keys at the top level and only channel verbs below', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual(bridgeKeys());
    const verbs = Object.entries(bridge)
      .filter(([, v]) => typeof v === 'object')
      .flatMap(([ns, table]) => Object.keys(table as object).map((verb) => `${ns}:${verb}`));
    expect(verbs.sort()).toEqual([...CHANNELS].sort());
  });

  it('passes well-formed results through untouched', async () => {
    const failure = { ok: false, error: { code: 'refused-url', message: 'No.' } };
    const { bridge } = setup(async () => failure);
    expect(await bridge.shell.openExternal({ url: 'javascript:x' })).toBe(failure);
  });

  it('turns a transport error into an error result', async () => {
    const { bridge } = setup(async () => {
      throw new Error('Error invoking remote method: no handler');
    });
    expect(await bridge.app.getInfo()).toEqual({
      ok: false,
      error: { code: 'transport', message: 'Error invoking remote method: no handler' },
    });
  });

  it('turns a thrown non-Error into a transport error with its text', async () => {
    const { bridge } = setup(() => Promise.reject('gone'));
    expect(await bridge.app.getInfo()).toEqual({
      ok: false,
      error: { code: 'transport', message: 'gone' },
    });
  });

  it('turns malformed answers into bad-response', async () => {
    for (const answer of [undefined, null, 'ok', 42, {}, { ok: 'true' }, { data: 1 }, [true]]) {
      const { bridge } = setup(async () => answer);
      expect(await bridge.app.getInfo(), JSON.stringify(answer)).toEqual({
        ok: false,
        error: { code: 'bad-response', message: 'The app returned an unexpected answer.' },
      });
    }
  });

  it('is frozen, namespaces included', () => {
    const { bridge } = setup();
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const [key, value] of Object.entries(bridge)) {
      if (typeof value === 'object') expect(Object.isFrozen(value), key).toBe(true);
    }
    // Test files are ES modules, so strict mode: writes to frozen objects throw.
    expect(() => {
      (bridge as unknown as Record<string, unknown>).app = {};
    }).toThrow(TypeError);
    expect(() => {
      (bridge.app as unknown as Record<string, unknown>).getInfo = () => null;
    }).toThrow(TypeError);
    expect(() => {
      (bridge as unknown as Record<string, unknown>).ipc = {};
    }).toThrow(TypeError);
  });

  it('onCommand passes known commands and ignores unknown ones', () => {
    const { bridge, emit, unsubscribe } = setup();
    const listener = vi.fn();
    const off = bridge.onCommand(listener);
    emit('help:about');
    emit('app:flush');
    emit('app:quit-without-saving');
    emit('');
    emit('HELP:ABOUT');
    expect(listener.mock.calls).toEqual([['help:about'], ['app:flush']]);
    expect(off).toBe(unsubscribe);
  });

  it('flushed notifies main', () => {
    const { bridge, notifyFlushed } = setup();
    bridge.flushed();
    expect(notifyFlushed).toHaveBeenCalledTimes(1);
  });
});

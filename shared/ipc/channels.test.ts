import { describe, expect, it } from 'vitest';
import { CHANNELS, COMMAND_EVENT, COMMANDS, FLUSHED_EVENT, splitChannel } from './channels';
import { contract } from './contract';

describe('channels', () => {
  it('names every channel namespace:verb, once', () => {
    for (const channel of CHANNELS) expect(channel, channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  it('splits at the first colon', () => {
    expect(splitChannel('shell:openExternal')).toEqual(['shell', 'openExternal']);
    expect(splitChannel('app:getInfo')).toEqual(['app', 'getInfo']);
  });

  it('keeps the event channels apart from the invoke channels', () => {
    const invokeNames = new Set<string>(CHANNELS);
    expect(invokeNames.has(COMMAND_EVENT)).toBe(false);
    expect(invokeNames.has(FLUSHED_EVENT)).toBe(false);
    expect(COMMAND_EVENT).not.toBe(FLUSHED_EVENT);
  });

  it('includes the flush command the quit sequence relies on', () => {
    expect(COMMANDS).toContain('app:flush');
  });

  it('has a contract entry for exactly the declared channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });
});

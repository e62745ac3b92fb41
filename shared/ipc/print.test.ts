import { describe, expect, it } from 'vitest';
import {
  isPrintRouteHash,
  PRINT_ERROR_ATTRIBUTE,
  PRINT_IDLE_HASH,
  PRINT_READY_ATTRIBUTE,
  PRINT_ROUTE_HASH,
  PRINT_RUN_ATTRIBUTE,
  PRINT_STATE_PROBE,
  type PrintState,
  printRunHash,
  printRunOf,
} from './print';

/** Evaluates the probe against a page whose `<html>` has exactly `attributes`. */
const probe = (attributes: Record<string, string>): PrintState => {
  const documentElement = {
    getAttribute: (name: string) => (Object.hasOwn(attributes, name) ? attributes[name] : null),
  };
  return new Function('document', `return ${PRINT_STATE_PROBE};`)({ documentElement });
};

describe('the print route hash', () => {
  it('is #/print, parked at #/print?idle, and names a run as #/print?run=<id>', () => {
    expect(PRINT_ROUTE_HASH).toBe('#/print');
    expect(PRINT_IDLE_HASH).toBe('#/print?idle');
    expect(printRunHash('7')).toBe('#/print?run=7');
  });

  it('reads back the run it was given, plain #/print as the single run "", idle as null', () => {
    for (const run of ['1', '42', 'a b&c']) expect(printRunOf(printRunHash(run))).toBe(run);
    expect(printRunOf('#/print')).toBe('');
    expect(printRunOf(PRINT_IDLE_HASH)).toBeNull();
    // Parking wins wherever it appears, as the first run does over a second.
    expect(printRunOf('#/print?run=3&idle')).toBeNull();
    expect(printRunOf('#/print?run=3&run=4')).toBe('3');
  });

  it('recognises the print route and nothing that merely starts like it', () => {
    expect(isPrintRouteHash('#/print')).toBe(true);
    expect(isPrintRouteHash(printRunHash('2'))).toBe(true);
    expect(isPrintRouteHash(PRINT_IDLE_HASH)).toBe(true);
    expect(isPrintRouteHash('#/printer')).toBe(false);
    expect(isPrintRouteHash('#/offers')).toBe(false);
    expect(isPrintRouteHash('')).toBe(false);
  });
});

describe('the print state probe', () => {
  it('reads the run, ready and error attributes the renderer writes, by their names', () => {
    expect(PRINT_RUN_ATTRIBUTE).toBe('data-print-run');
    expect(PRINT_READY_ATTRIBUTE).toBe('data-print-ready');
    expect(PRINT_ERROR_ATTRIBUTE).toBe('data-print-error');
    expect(
      probe({ [PRINT_RUN_ATTRIBUTE]: '5', [PRINT_READY_ATTRIBUTE]: 'true' }),
    ).toEqual<PrintState>({ run: '5', ready: 'true', error: null });
    expect(
      probe({ [PRINT_RUN_ATTRIBUTE]: '6', [PRINT_ERROR_ATTRIBUTE]: 'no workbook is open.' }),
    ).toEqual<PrintState>({ run: '6', ready: null, error: 'no workbook is open.' });
  });

  it('reports nothing on a page that has not started a run', () => {
    expect(probe({})).toEqual<PrintState>({ run: null, ready: null, error: null });
  });
});

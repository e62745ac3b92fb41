/**
 * Importing the schema modules must construct no zod schema: the renderer's
 * first screen imports them and parses with none (see `lazy.ts`). Every zod
 * schema our modules make starts with a call on `z` (`z.object`, `z.string`,
 * `z.iso.date`, …), so this test counts those calls, with `zod` replaced by
 * the real module whose `z` counts every factory call.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const counter = vi.hoisted(() => ({ calls: [] as string[] }));

vi.mock('zod', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod')>();
  /** `ns` with each factory function (lower-case name; classes stay as they are) counted, nested namespaces too. */
  const counted = <T extends object>(ns: T, prefix: string): T =>
    new Proxy(ns, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof key !== 'string') return value;
        if (typeof value === 'function' && /^[a-z]/.test(key)) {
          return (...args: unknown[]) => {
            counter.calls.push(prefix + key);
            return (value as (...a: unknown[]) => unknown)(...args);
          };
        }
        if (key === 'iso' && typeof value === 'object' && value !== null) {
          return counted(value, `${prefix}iso.`);
        }
        return value;
      },
    });
  return { ...actual, z: counted(actual.z, 'z.') };
});

describe('importing the schema modules', () => {
  beforeEach(() => {
    counter.calls.length = 0;
    vi.resetModules();
  });

  it('builds no schema; the first use of one builds it and what it is made of', async () => {
    const records = await import('./records');
    await import('./template');
    await import('./tax');
    await import('./primitives');
    await import('./index');
    expect(counter.calls).toEqual([]);

    // The counter does see construction: reading a record schema builds it, not yet its parts…
    void records.QuestionSchema.shape;
    expect(counter.calls).toContain('z.object');
    expect(counter.calls).not.toContain('z.iso.datetime');
    // …and parsing builds the parts it runs through.
    const question = {
      id: 'q1',
      workbookId: 'w1',
      roleId: 'pm',
      templateQuestionId: null,
      text: 'Why this role?',
      createdAt: '2026-11-30T09:00:00.000Z',
    };
    expect(records.QuestionSchema.safeParse(question).success).toBe(true);
    expect(counter.calls).toContain('z.iso.datetime');
    // …and only it and its parts, not the whole workbook.
    expect(counter.calls).not.toContain('z.array');
  });

  it('builds nothing when the tax domain module is imported or its bundled tables are read', async () => {
    const tax = await import('../domain/tax');
    expect(tax.BUNDLED_TAX_TABLES.federal.taxYear).toBe(2026);
    expect(Object.keys(tax.BUNDLED_TAX_TABLES.states)).toContain('us-wa');
    expect(counter.calls).toEqual([]);
    // Tables from elsewhere are parsed, which builds the tax schemas.
    tax.loadTaxTables(tax.BUNDLED_TAX_FILES);
    expect(counter.calls).toContain('z.discriminatedUnion');
  });
});

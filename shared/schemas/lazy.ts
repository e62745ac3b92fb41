/**
 * Schemas built on first use. Every schema module declares its schemas with
 * {@link lazySchema}, so importing a module builds nothing: the renderer's
 * first screen only reads records (reads are not validated), and a CPU
 * profile of a start showed 20–30 ms of its module evaluation spent inside
 * zod constructing the schemas of `records.ts`, `template.ts` and `tax.ts`
 * that no start-up path parses with. Writes, field parsers and the main
 * process build what they touch the first time they touch it, once. Counted
 * in the built app (zod's constructor instrumented, a reload of the sample on
 * Offers): 619 zod schema instances were constructed before the app-ready
 * mark with eager schemas, none with these (`app/warmSchemas.ts` builds the
 * write schemas, 324 instances, in idle time after it).
 *
 * Why a Proxy rather than getter functions: call sites stay as they are
 * (`OfferSchema.shape.baseSalary.safeParse(…)`, `z.array(OfferSchema)`,
 * `z.infer<typeof OfferSchema>`), so nothing outside the schema modules
 * changes. The stand-in forwards every operation zod performs on a schema —
 * property reads (`_zod`, `shape`, methods on the prototype, which then run
 * with the stand-in as `this` and read through it), `in`, writes and
 * `defineProperty` (zod caches `~standard` on the instance), own keys,
 * descriptors and the prototype — to the one built schema. zod's
 * `instanceof` (`Symbol.hasInstance`, which reads `_zod.traits`) and its
 * composition (`z.object({ a: X })`, `z.array(X)`, `X.nullable()`,
 * discriminated unions, `.extend`) therefore see the built schema.
 *
 * What differs: the stand-in is not `===` the built schema. Nothing here
 * keys on schema identity (no `.meta`, `.describe`, registries or
 * `toJSONSchema`); a schema registered in a registry should be built eagerly.
 */
import type { z } from 'zod';

/** One stand-in's builder (null once it ran or while it runs) and its built schema. */
type LazyState<T extends object> = {
  build: (() => T) | null;
  built: T | null;
};

/** Each stand-in's state, keyed by its Proxy target, so one handler serves every stand-in. */
const states = new WeakMap<object, LazyState<object>>();

/** The built schema behind `target`, building it on the first call. */
const realOf = <T extends object>(target: object): T => {
  const state = states.get(target) as LazyState<T> | undefined;
  if (state === undefined) throw new Error('Not a lazy schema.');
  if (state.built !== null) return state.built;
  const build = state.build;
  if (build === null) {
    throw new Error(
      'A lazy schema refers to itself while it is being built; use z.lazy for a recursive schema.',
    );
  }
  state.build = null;
  try {
    state.built = build();
  } catch (error) {
    state.build = build;
    throw error;
  }
  return state.built;
};

/**
 * Proxy invariants: a property may be reported non-configurable only if the
 * target holds it so. zod's `_zod` is non-configurable, so such a property is
 * mirrored onto the (otherwise empty) target before it is reported.
 */
const mirror = (target: object, key: PropertyKey, d: PropertyDescriptor | undefined) => {
  if (d !== undefined && d.configurable === false && !Object.hasOwn(target, key)) {
    Reflect.defineProperty(target, key, d);
  }
  return d;
};

const handler: ProxyHandler<object> = {
  get: (target, key) => Reflect.get(realOf(target), key),
  set: (target, key, value) => Reflect.set(realOf(target), key, value),
  has: (target, key) => Reflect.has(realOf(target), key),
  deleteProperty: (target, key) => Reflect.deleteProperty(realOf(target), key),
  defineProperty: (target, key, d) => {
    const ok = Reflect.defineProperty(realOf(target), key, d);
    if (ok) mirror(target, key, Reflect.getOwnPropertyDescriptor(realOf(target), key));
    return ok;
  },
  getOwnPropertyDescriptor: (target, key) =>
    mirror(target, key, Reflect.getOwnPropertyDescriptor(realOf(target), key)),
  ownKeys: (target) => Reflect.ownKeys(realOf(target)),
  getPrototypeOf: (target) => Reflect.getPrototypeOf(realOf(target)),
  setPrototypeOf: (target, proto) => Reflect.setPrototypeOf(realOf(target), proto),
};

/**
 * A stand-in for the schema `build` returns, typed as that schema. `build`
 * runs on the first operation on the stand-in (a property read, `in`,
 * `instanceof`, a parse) and never again; until then nothing is constructed.
 * `build` may use other lazy schemas (they build when it runs) but not its
 * own stand-in. If `build` throws, the error reaches the caller and the next
 * use tries again.
 */
export function lazySchema<T extends z.core.$ZodType>(build: () => T): T {
  const target = {};
  states.set(target, { build, built: null });
  return new Proxy(target, handler) as T;
}

/** The keys of a zod definition that hold one schema (`z.array`, `.nullable`, `z.record`, `.pipe`, …). */
const ONE_SCHEMA_KEYS = [
  'element',
  'innerType',
  'keyType',
  'valueType',
  'in',
  'out',
  'left',
  'right',
  'rest',
  'catchall',
] as const;
/** The keys of a zod definition that hold a list of schemas (unions, tuples). */
const LIST_KEYS = ['options', 'items'] as const;

type Internals = { def: Record<string, unknown> };

/**
 * Builds `schemas` now, and every schema they are made of (object fields,
 * array elements, record keys and values, union options, wrapped schemas),
 * lazy or not, each once. For warming, in an idle moment, the schemas a first
 * edit validates with, so the keystroke does not pay for their construction.
 */
export function buildSchemas(schemas: readonly z.core.$ZodType[]): void {
  const seen = new Set<Internals>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    // Reading `_zod` builds a lazy schema; every zod schema has it.
    const internals = (value as { _zod?: Internals })._zod;
    if (internals === undefined || seen.has(internals)) return;
    seen.add(internals);
    const def = internals.def;
    for (const key of ONE_SCHEMA_KEYS) visit(def[key]);
    for (const key of LIST_KEYS) {
      const list = def[key];
      if (Array.isArray(list)) for (const item of list) visit(item);
    }
    const shape = def.shape;
    if (shape !== null && typeof shape === 'object')
      for (const field of Object.values(shape)) visit(field);
  };
  for (const schema of schemas) visit(schema);
}

/**
 * Tests for `lazySchema`: the builder runs on first use and only once, and
 * the stand-in behaves as the schema it builds wherever zod or the app uses
 * one — parsing and its messages, `.shape`, `.extend`/`.pick`/`.partial`,
 * composition inside other schemas (objects, arrays, records, nullable,
 * discriminated unions), zod's `instanceof` checks, reflection, and the
 * inferred type.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { z } from 'zod';
import { buildSchemas, lazySchema } from './lazy';

/** A schema with messages, a refinement and nested parts, built fresh on each call. */
const makePerson = () =>
  z
    .object({
      name: z.string().trim().min(1, 'Give a name.').max(5, 'Keep it short.'),
      age: z.number({ error: 'Enter an age.' }).int('Whole years.').min(0),
      tags: z.array(z.enum(['a', 'b'])).max(2),
    })
    .refine((p) => p.age < 150 || p.tags.length > 0, { message: 'Too old.', path: ['age'] });

/** Inputs covering success, each kind of refusal and a refinement, for side-by-side parsing. */
const inputs: unknown[] = [
  { name: ' Ann ', age: 30, tags: ['a'] },
  { name: '', age: 30, tags: [] },
  { name: 'Annabelle', age: 1.5, tags: ['c'] },
  { name: 'Bo', age: 'thirty', tags: [] },
  { name: 'Bo', age: 200, tags: [] },
  null,
  'text',
];

describe('lazySchema', () => {
  it('builds nothing until first use, then builds once however it is used', () => {
    const build = vi.fn(makePerson);
    const Person = lazySchema(build);
    const Wrapper = lazySchema(() => z.object({ person: Person }));
    // Composing it into a schema that is built now does not build it either.
    const Eager = z.object({ person: Person, list: z.array(Person) });
    expect(build).not.toHaveBeenCalled();
    expect(Eager.safeParse({ person: inputs[0], list: [] }).success).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);

    expect(Person.safeParse(inputs[0]).success).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
    void Person.shape.name;
    expect(Person instanceof z.ZodObject).toBe(true);
    expect(Wrapper.safeParse({ person: inputs[0] }).success).toBe(true);
    buildSchemas([Person, Wrapper]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('buildSchemas builds the schemas given and every lazy schema they are made of, once', () => {
    const built: string[] = [];
    const lazy = <T extends z.core.$ZodType>(name: string, make: () => T) =>
      lazySchema(() => {
        built.push(name);
        return make();
      });
    const Id = lazy('Id', () => z.string().min(1));
    const Kind = lazy('Kind', () => z.enum(['a', 'b']));
    const Leaf = lazy('Leaf', () => z.object({ id: Id }));
    const Other = lazy('Other', () => z.object({ kind: z.literal('other') }));
    const Tagged = lazy('Tagged', () => z.object({ kind: z.literal('tagged'), leaf: Leaf }));
    const Root = lazy('Root', () =>
      z
        .object({
          id: Id,
          list: z.array(Leaf).max(3),
          maybe: Leaf.nullable().optional(),
          byKind: z.partialRecord(Kind, z.number()),
          either: z.discriminatedUnion('kind', [Tagged, Other]),
          pair: z.tuple([Id, z.number()]),
        })
        .refine(() => true),
    );
    const Unused = lazy('Unused', () => z.number());
    expect(built).toEqual([]);

    buildSchemas([Root, z.boolean()]);
    expect([...built].sort()).toEqual(['Id', 'Kind', 'Leaf', 'Other', 'Root', 'Tagged']);
    buildSchemas([Root, Leaf]);
    expect(built).toHaveLength(6);
    expect(Unused.safeParse(1).success).toBe(true);
    expect(built).toHaveLength(7);
  });

  it('parses exactly as the eagerly built schema does, data and messages alike', () => {
    const eager = makePerson();
    const lazy = lazySchema(makePerson);
    for (const input of inputs) {
      expect(lazy.safeParse(input)).toEqual(eager.safeParse(input));
    }
    // The refusal carries zod's own error class and its sentences.
    const refused = lazy.safeParse(inputs[1]);
    expect(refused.success).toBe(false);
    expect(refused.error).toBeInstanceOf(z.ZodError);
    expect(refused.error?.issues.map((i) => i.message)).toEqual(['Give a name.']);
    expect(() => lazy.parse(inputs[3])).toThrow(z.ZodError);
  });

  it('parses the same before and after being composed into other schemas', () => {
    const Inner = lazySchema(makePerson);
    const before = inputs.map((i) => Inner.safeParse(i));

    const InObject = z.object({ p: Inner });
    const InArray = z.array(Inner);
    const InRecord = z.record(z.string(), Inner);
    const Nullable = Inner.nullable();
    const Optional = Inner.optional();
    for (const [n, input] of inputs.entries()) {
      const alone = before[n];
      const inObject = InObject.safeParse({ p: input });
      expect(inObject.success).toBe(alone?.success);
      if (inObject.success) expect(inObject.data.p).toEqual(alone?.data);
      else expect(inObject.error.issues[0]?.path[0]).toBe('p');
      expect(InArray.safeParse([input]).success).toBe(alone?.success);
      expect(InRecord.safeParse({ k: input }).success).toBe(alone?.success);
    }
    expect(Nullable.safeParse(null).success).toBe(true);
    expect(Nullable.safeParse(inputs[1]).success).toBe(false);
    expect(Optional.safeParse(undefined).success).toBe(true);

    expect(inputs.map((i) => Inner.safeParse(i))).toEqual(before);
  });

  it('serves .shape fields, .extend, .pick, .partial and .element as the built schema does', () => {
    const Person = lazySchema(makePerson);
    const Plain = lazySchema(() =>
      z.object({ name: z.string().min(1, 'Give a name.'), age: z.number() }),
    );
    expect(Person.shape.name.safeParse('').error?.issues[0]?.message).toBe('Give a name.');
    expect(Person.shape.name.safeParse(' Ann ').data).toBe('Ann');
    expect(Person.shape.tags.element.safeParse('b').success).toBe(true);

    const Extended = Plain.extend({ email: z.email() });
    expect(Extended.safeParse({ name: 'A', age: 1, email: 'a@b.co' }).success).toBe(true);
    expect(Extended.safeParse({ name: 'A', age: 1 }).success).toBe(false);
    expect(Plain.pick({ age: true }).safeParse({ age: 3 }).data).toEqual({ age: 3 });
    expect(Plain.partial().safeParse({}).success).toBe(true);
    expect(Object.keys(Plain.shape)).toEqual(['name', 'age']);
  });

  it('answers zod’s instanceof and trait checks as the built schema', () => {
    const Text = lazySchema(() => z.string().max(3));
    const Obj = lazySchema(() => z.object({ a: Text }));
    expect(Text instanceof z.ZodString).toBe(true);
    expect(Text instanceof z.ZodType).toBe(true);
    expect(Text instanceof z.core.$ZodType).toBe(true);
    expect(Text instanceof z.ZodNumber).toBe(false);
    expect(Obj instanceof z.ZodObject).toBe(true);
    expect(Obj._zod.traits.has('ZodObject')).toBe(true);
    expect(Object.getPrototypeOf(Obj)).toBe(Object.getPrototypeOf(z.object({})));
    expect('shape' in Obj).toBe(true);
    expect('nope' in Obj).toBe(false);
  });

  it('works as an option of a discriminated union and as a record key', () => {
    const Cat = lazySchema(() => z.object({ kind: z.literal('cat'), lives: z.number() }));
    const Dog = lazySchema(() => z.object({ kind: z.literal('dog'), good: z.boolean() }));
    const Pet = lazySchema(() => z.discriminatedUnion('kind', [Cat, Dog]));
    expect(Pet.safeParse({ kind: 'cat', lives: 9 }).success).toBe(true);
    expect(Pet.safeParse({ kind: 'dog', good: true }).success).toBe(true);
    const wrong = Pet.safeParse({ kind: 'fish' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.code).toBe('invalid_union');

    const Key = lazySchema(() => z.enum(['x', 'y']));
    const ByKey = z.partialRecord(Key, z.number());
    expect(ByKey.safeParse({ x: 1 }).success).toBe(true);
    expect(ByKey.safeParse({ z: 1 }).success).toBe(false);
    expect(Key.options).toEqual(['x', 'y']);
  });

  it('reflects like an object: keys, descriptors, spread and Standard Schema', () => {
    const Text = lazySchema(() => z.string());
    // `_zod` is non-configurable on the built schema; reporting it must not break Proxy invariants.
    expect(Object.getOwnPropertyDescriptor(Text, '_zod')?.configurable).toBe(false);
    expect(Reflect.ownKeys(Text)).toEqual(Reflect.ownKeys(z.string()));
    expect(() => ({ ...Text })).not.toThrow();
    expect(Text['~standard'].validate('a')).toEqual({ value: 'a' });
    expect(Text['~standard'].vendor).toBe('zod');
  });

  it('reports a schema that refers to itself while building, and retries a failed build', () => {
    const Loop: z.ZodObject<{ self: z.ZodType }> = lazySchema(() =>
      z.object({ self: Loop.shape.self }),
    );
    expect(() => Loop.safeParse({})).toThrow(/refers to itself/);

    let attempts = 0;
    const Flaky = lazySchema(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('first build fails');
      return z.string();
    });
    expect(() => Flaky.safeParse('a')).toThrow('first build fails');
    expect(Flaky.safeParse('a').success).toBe(true);
    expect(attempts).toBe(2);
  });

  it('keeps the built schema’s type, so z.infer is unchanged', () => {
    const Person = lazySchema(makePerson);
    const eager = makePerson();
    expectTypeOf(Person).toEqualTypeOf<typeof eager>();
    expectTypeOf<z.infer<typeof Person>>().toEqualTypeOf<{
      name: string;
      age: number;
      tags: ('a' | 'b')[];
    }>();
    expectTypeOf(Person.shape.age).toEqualTypeOf<z.ZodNumber>();
  });
});

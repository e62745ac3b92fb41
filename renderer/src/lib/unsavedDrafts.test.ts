import { describe, expect, it, vi } from 'vitest';
import { createUnsavedDraftStore } from './unsavedDrafts';

const draft = (key: string, text = 'lots') => ({
  key,
  label: `Base salary, ${key}`,
  section: 'offers',
  text,
});

describe('unsaved drafts', () => {
  it('holds refused text in the order first refused, updating in place', () => {
    const store = createUnsavedDraftStore();
    store.hold(draft('offer:a:baseSalary'));
    store.hold(draft('offer:b:baseSalary'));
    store.hold(draft('offer:a:baseSalary', 'lots more'));
    expect(store.snapshot().map((d) => [d.key, d.text])).toEqual([
      ['offer:a:baseSalary', 'lots more'],
      ['offer:b:baseSalary', 'lots'],
    ]);
    expect(store.get('offer:b:baseSalary')?.text).toBe('lots');
  });

  it('tells listeners only when something changed, and keeps the snapshot while it has not', () => {
    const store = createUnsavedDraftStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.hold(draft('k'));
    const first = store.snapshot();
    store.hold(draft('k'));
    store.release('other');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.snapshot()).toBe(first);
  });

  it('releases one key, or every key under a prefix', () => {
    const store = createUnsavedDraftStore();
    store.hold(draft('offer:a:baseSalary'));
    store.hold(draft('offer:a:level'));
    store.hold(draft('offer:b:level'));
    store.release('offer:b:level');
    expect(store.snapshot()).toHaveLength(2);
    store.releaseAll('offer:a:');
    expect(store.snapshot()).toEqual([]);
  });

  it('hands a focus request to the named field once', () => {
    const store = createUnsavedDraftStore();
    store.requestFocus('offer:a:baseSalary');
    expect(store.takeFocusRequest('offer:b:baseSalary')).toBe(false);
    expect(store.takeFocusRequest('offer:a:baseSalary')).toBe(true);
    expect(store.takeFocusRequest('offer:a:baseSalary')).toBe(false);
  });
});

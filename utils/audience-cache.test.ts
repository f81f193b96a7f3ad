import { describe, expect, it } from 'vitest';
import type { Audience } from './audience/model';
import { audienceCacheKey, createAudienceCache, type KeyValueAdapter } from './audience-cache';

const ID = '5d21ab6b000000001201567d';
const OTHER = '5662e3c1b8ce1a26f2c10712';

function memoryStore(initial: Record<string, unknown> = {}) {
  const map = new Map<string, unknown>(Object.entries(initial));
  const store: KeyValueAdapter = {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (keys) => keys.forEach((key) => map.delete(key)),
    keys: async () => [...map.keys()],
  };
  return { map, store };
}

function audienceOf(creatorId: string): Audience {
  return {
    creatorId,
    shape: 'counts',
    total: 103_683,
    dataDate: '2026-11-30',
    distributions: {
      gender: {
        basis: 'audience',
        entries: [
          { name: 'female', share: 0.853, count: 88_442 },
          { name: 'male', share: 0.147, count: 15_241 },
        ],
      },
      devices: { basis: 'fraction', entries: [{ name: 'apple inc.', label: '苹果', share: 0.4 }] },
    },
    anomalies: [{ dimension: 'cities', kind: 'duplicate-name', name: '上海' }],
  };
}

const entry = { fetchedAt: Date.parse('2026-12-04T08:00:00Z'), audience: audienceOf(ID) };

describe('audience cache', () => {
  it('keeps an answer under audience:<id> as a versioned entry and reads it back', async () => {
    const { map, store } = memoryStore();
    const cache = createAudienceCache(store);
    await cache.write(ID, entry);
    expect(audienceCacheKey(ID)).toBe(`audience:${ID}`);
    expect(map.get(`audience:${ID}`)).toEqual({ v: 1, ...entry });
    expect(await cache.read(ID)).toEqual(entry);
  });

  it('misses a creator it never kept', async () => {
    expect(await createAudienceCache(memoryStore().store).read(ID)).toBeUndefined();
  });

  const gender = entry.audience.distributions.gender!;
  it.each<[string, unknown]>([
    ['text', 'not an entry'],
    ['an unknown version', { ...entry, v: 2 }],
    ['no version', { fetchedAt: entry.fetchedAt, audience: entry.audience }],
    ['a text date', { ...entry, v: 1, fetchedAt: '2026-12-04' }],
    ['no audience', { v: 1, fetchedAt: entry.fetchedAt }],
    [
      'a share above 1',
      {
        v: 1,
        fetchedAt: entry.fetchedAt,
        audience: {
          ...entry.audience,
          distributions: { gender: { ...gender, entries: [{ name: 'female', share: 1.5 }] } },
        },
      },
    ],
    ['an unknown shape', { v: 1, ...entry, audience: { ...entry.audience, shape: 'percent' } }],
    ['another creator', { v: 1, ...entry, audience: audienceOf(OTHER) }],
  ])('drops an entry with %s and reads it as a miss', async (_, stored) => {
    const { map, store } = memoryStore({ [`audience:${ID}`]: stored, token: 'kept' });
    expect(await createAudienceCache(store).read(ID)).toBeUndefined();
    expect([...map.keys()]).toEqual(['token']);
  });

  it('never throws while reading, even when storage does', async () => {
    const broken: KeyValueAdapter = {
      get: () => Promise.reject(new Error('storage gone')),
      set: () => Promise.reject(new Error('storage gone')),
      remove: () => Promise.reject(new Error('storage gone')),
      keys: () => Promise.reject(new Error('storage gone')),
    };
    expect(await createAudienceCache(broken).read(ID)).toBeUndefined();
    const corrupt: KeyValueAdapter = { ...broken, get: async () => ({ v: 9 }) };
    expect(await createAudienceCache(corrupt).read(ID)).toBeUndefined();
  });

  it('refuses to keep one creator’s audience under another creator', async () => {
    const { map, store } = memoryStore();
    await expect(createAudienceCache(store).write(OTHER, entry)).rejects.toThrow(/another/);
    expect(map.size).toBe(0);
  });

  it('clears only kept answers and says how many', async () => {
    const { map, store } = memoryStore({ token: 't', settings: {}, quotaBlockedUntil: 0 });
    const cache = createAudienceCache(store);
    await cache.write(ID, entry);
    await cache.write(OTHER, { ...entry, audience: audienceOf(OTHER) });
    expect(await cache.clear()).toBe(2);
    expect([...map.keys()].sort()).toEqual(['quotaBlockedUntil', 'settings', 'token']);
    expect(await cache.clear()).toBe(0);
  });

  it('prunes answers fetched before a time and unreadable ones, and nothing else', async () => {
    const { map, store } = memoryStore({ token: 't', 'audience:broken': 'x' });
    const cache = createAudienceCache(store);
    await cache.write(ID, { ...entry, fetchedAt: 1_000 });
    await cache.write(OTHER, { ...entry, fetchedAt: 5_000, audience: audienceOf(OTHER) });

    expect(await cache.prune(2_000)).toBe(2);
    expect([...map.keys()].sort()).toEqual([`audience:${OTHER}`, 'token']);
  });
});

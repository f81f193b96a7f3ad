import { z } from 'zod';
import type { Audience } from './audience/model';
import { audienceSchema } from './audience-schema';

/** The little a cache needs from a storage area; the background adapts extension storage. */
export interface KeyValueAdapter {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

export interface CachedAudience {
  /** Epoch ms when the API answered. */
  fetchedAt: number;
  audience: Audience;
}

export interface AudienceCache {
  /** A kept answer, or undefined; never rejects. */
  read(creatorId: string): Promise<CachedAudience | undefined>;
  write(creatorId: string, entry: CachedAudience): Promise<void>;
  /** Removes every kept answer and says how many there were. */
  clear(): Promise<number>;
  /** Removes the answers fetched before `fetchedBefore` (epoch ms) and any unreadable one. */
  prune(fetchedBefore: number): Promise<number>;
}

const KEY_PREFIX = 'audience:';

export function audienceCacheKey(creatorId: string): string {
  return `${KEY_PREFIX}${creatorId}`;
}

/** Bump `v` when the stored shape changes: older entries are then dropped, never misread. */
const entrySchema = z.object({
  v: z.literal(1),
  fetchedAt: z.number().int().nonnegative(),
  audience: audienceSchema,
});

/** Each answer was paid for, so it is kept per creator; anything unreadable is a miss. */
export function createAudienceCache(store: KeyValueAdapter): AudienceCache {
  async function discard(key: string): Promise<void> {
    try {
      await store.remove([key]);
    } catch {
      // Still a miss; the next write replaces the entry anyway.
    }
  }

  return {
    async read(creatorId) {
      const key = audienceCacheKey(creatorId);
      let stored: unknown;
      try {
        stored = await store.get(key);
      } catch {
        return undefined;
      }
      if (stored === undefined || stored === null) return undefined;

      const entry = entrySchema.safeParse(stored);
      if (!entry.success || entry.data.audience.creatorId !== creatorId) {
        await discard(key);
        return undefined;
      }
      return { fetchedAt: entry.data.fetchedAt, audience: entry.data.audience };
    },

    async write(creatorId, { fetchedAt, audience }) {
      if (audience.creatorId !== creatorId) {
        throw new Error('audience belongs to another creator');
      }
      await store.set(audienceCacheKey(creatorId), { v: 1, fetchedAt, audience });
    },

    async clear() {
      const keys = (await store.keys()).filter((key) => key.startsWith(KEY_PREFIX));
      if (keys.length > 0) await store.remove(keys);
      return keys.length;
    },

    async prune(fetchedBefore) {
      const keys = (await store.keys()).filter((key) => key.startsWith(KEY_PREFIX));
      const stale: string[] = [];
      for (const key of keys) {
        const entry = entrySchema.safeParse(await store.get(key).catch(() => undefined));
        if (!entry.success || entry.data.fetchedAt < fetchedBefore) stale.push(key);
      }
      if (stale.length > 0) await store.remove(stale);
      return stale.length;
    },
  };
}

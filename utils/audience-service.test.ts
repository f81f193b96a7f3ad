import { describe, expect, it, vi } from 'vitest';
import type { AudienceRequest, FetchAudienceResult } from './api/client';
import type { Audience } from './audience/model';
import { createAudienceCache, type KeyValueAdapter } from './audience-cache';
import { createAudienceService, type AudienceServiceDeps } from './audience-service';
import type { AudienceReply } from './messages';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const ID = '5d21ab6b000000001201567d';
const OTHER = '5662e3c1b8ce1a26f2c10712';
const TOKEN = 'SECRET-token-42';
const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-12-04T15:59:00Z');

function audienceOf(creatorId: string): Audience {
  const entries = [
    { name: 'female', share: 0.8766 },
    { name: 'male', share: 0.1234 },
  ];
  return {
    creatorId,
    shape: 'fractions',
    distributions: { gender: { basis: 'fraction', entries } },
    anomalies: [],
  };
}

const answer = (creatorId: string): FetchAudienceResult => ({
  ok: true,
  value: audienceOf(creatorId),
  attempts: 1,
});

function failure(kind: 'quota-exceeded' | 'collect-failed', code: number, attempts = 1) {
  return { ok: false, error: { kind, code, attempts }, attempts } as const;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(options: { token?: string; settings?: Partial<Settings> } = {}) {
  let clock = START;
  let blockedUntil: number | undefined;
  const logs: string[] = [];
  const map = new Map<string, unknown>();
  const store: KeyValueAdapter = {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (keys) => keys.forEach((key) => map.delete(key)),
    keys: async () => [...map.keys()],
  };
  const harness = {
    map,
    logs,
    /** What the API client answers; replace it to hold or fail requests. */
    respond: (request: AudienceRequest): Promise<FetchAudienceResult> =>
      Promise.resolve(answer(request.creatorId)),
    advance: (ms: number) => void (clock += ms),
  };
  const deps = {
    loadToken: vi.fn(async () => options.token ?? TOKEN),
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...options.settings })),
    cache: createAudienceCache(store),
    fetchAudience: vi.fn((request: AudienceRequest) => harness.respond(request)),
    keepAlive: vi.fn((task: Promise<AudienceReply>) => task),
    now: () => clock,
    quota: {
      blockedUntil: vi.fn(async () => blockedUntil),
      block: vi.fn(async (until: number) => void (blockedUntil = until)),
    },
    log: (line: string) => void logs.push(line),
  } satisfies AudienceServiceDeps;
  // The harness itself is returned, so tests can swap `respond` after setup.
  return Object.assign(harness, { deps, service: createAudienceService(deps) });
}

describe('audience service: before any request', () => {
  it('refuses a malformed id without touching anything', async () => {
    const { service, deps } = setup();
    expect(await service.get('9537951985')).toEqual({
      ok: false,
      error: { kind: 'invalid-id', attempts: 0, detail: 'creator id is not 24 lowercase hex' },
    });
    expect(deps.loadSettings).not.toHaveBeenCalled();
    expect(deps.loadToken).not.toHaveBeenCalled();
    expect(deps.fetchAudience).not.toHaveBeenCalled();
  });

  it.each(['', '  '])('answers no-token without a request when the token is %j', async (token) => {
    const { service, deps } = setup({ token });
    expect(await service.get(ID)).toEqual({ ok: false, error: { kind: 'no-token', attempts: 0 } });
    expect(deps.fetchAudience).not.toHaveBeenCalled();
  });
});

describe('audience service: requests and the cache', () => {
  it('asks the API once, keeps the answer, and serves it from the cache next time', async () => {
    const { service, deps, map, advance } = setup();
    const first = await service.get(ID);
    expect(first).toEqual({
      ok: true,
      value: { audience: audienceOf(ID), fetchedAt: START, fromCache: false },
    });
    expect(deps.fetchAudience).toHaveBeenCalledWith({
      creatorId: ID,
      token: TOKEN,
      settings: DEFAULT_SETTINGS,
      stopBefore: expect.any(Function),
    });
    expect(deps.keepAlive).toHaveBeenCalledTimes(1);
    expect(map.has(`audience:${ID}`)).toBe(true);

    advance(24 * HOUR - 1);
    const second = await service.get(ID);
    expect(second).toEqual({
      ok: true,
      value: { audience: audienceOf(ID), fetchedAt: START, fromCache: true },
    });
    expect(deps.fetchAudience).toHaveBeenCalledTimes(1);
  });

  it('asks again once the kept answer is cacheHours old', async () => {
    const { service, deps, advance } = setup({ settings: { cacheHours: 2 } });
    await service.get(ID);
    advance(2 * HOUR);
    expect(await service.get(ID)).toMatchObject({ ok: true, value: { fromCache: false } });
    expect(deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it('does not trust a kept answer dated in the future', async () => {
    const { service, deps, advance } = setup();
    await service.get(ID);
    advance(-HOUR);
    await service.get(ID);
    expect(deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it('skips the cache when asked for fresh data', async () => {
    const { service, deps } = setup();
    await service.get(ID);
    expect(await service.get(ID, { fresh: true })).toMatchObject({ value: { fromCache: false } });
    expect(deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing when cacheHours is 0', async () => {
    const { service, deps, map } = setup({ settings: { cacheHours: 0 } });
    await service.get(ID);
    await service.get(ID);
    expect(deps.fetchAudience).toHaveBeenCalledTimes(2);
    expect(map.size).toBe(0);
  });

  it('replaces a corrupt kept answer with a new one', async () => {
    const { service, deps, map } = setup();
    map.set(`audience:${ID}`, { v: 1, fetchedAt: START, audience: { creatorId: ID } });
    expect(await service.get(ID)).toMatchObject({ ok: true, value: { fromCache: false } });
    expect(deps.fetchAudience).toHaveBeenCalledTimes(1);
    expect(map.get(`audience:${ID}`)).toMatchObject({ v: 1, audience: audienceOf(ID) });
  });

  it('makes room by dropping expired answers when storage is full, then keeps the new one', async () => {
    const h = setup();
    await h.service.get(OTHER); // kept at START
    h.advance(25 * HOUR); // now expired (24 h)
    const write = h.deps.cache.write;
    let full = true;
    h.deps.cache.write = async (creatorId, entry) => {
      if (full && h.map.size > 0) throw new Error('QUOTA_BYTES quota exceeded');
      return write(creatorId, entry);
    };
    const prune = h.deps.cache.prune;
    h.deps.cache.prune = async (before) => {
      const removed = await prune(before);
      full = false;
      return removed;
    };

    await h.service.get(ID);
    expect([...h.map.keys()]).toEqual([`audience:${ID}`]);
    expect(await h.service.get(ID)).toMatchObject({ ok: true, value: { fromCache: true } });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it('still answers when the cache cannot be written', async () => {
    const { service, deps, logs } = setup();
    deps.cache.write = () => Promise.reject(new Error('quota bytes exceeded'));
    expect(await service.get(ID)).toMatchObject({ ok: true });
    expect(logs).toContain(
      `[fanlens] cache-write-failed creator=${ID} detail="quota bytes exceeded"`,
    );
  });

  it('passes a failure through and keeps nothing', async () => {
    const h = setup();
    h.respond = async () => failure('collect-failed', 301, 3);
    expect(await h.service.get(ID)).toEqual({
      ok: false,
      error: { kind: 'collect-failed', code: 301, attempts: 3 },
    });
    expect(h.map.size).toBe(0);
  });
});

describe('audience service: one request per creator in flight', () => {
  it('shares one request between concurrent askers, fresh or not', async () => {
    const h = setup();
    const held = deferred<FetchAudienceResult>();
    h.respond = () => held.promise;

    const overlay = h.service.get(ID);
    const popup = h.service.get(ID, { fresh: true });
    await flush();
    const late = h.service.get(ID);
    held.resolve(answer(ID));

    const replies = await Promise.all([overlay, popup, late]);
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(1);
    expect(replies[1]).toBe(replies[0]);
    expect(replies[2]).toBe(replies[0]);
    expect(replies[0]).toMatchObject({ ok: true, value: { fromCache: false } });
  });

  it('lets a fresh asker join a request already running for a cache miss', async () => {
    const h = setup();
    const held = deferred<FetchAudienceResult>();
    h.respond = () => held.promise;
    const first = h.service.get(ID);
    await flush();
    const fresh = h.service.get(ID, { fresh: true });
    held.resolve(answer(ID));
    expect(await fresh).toBe(await first);
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(1);
  });

  it('runs requests for different creators side by side', async () => {
    const h = setup();
    await Promise.all([h.service.get(ID), h.service.get(OTHER)]);
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it('starts a new request once the previous one has settled', async () => {
    const h = setup();
    await h.service.get(ID, { fresh: true });
    await h.service.get(ID, { fresh: true });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it('keeps the answer even when every asker has gone away', async () => {
    const h = setup();
    const held = deferred<FetchAudienceResult>();
    h.respond = () => held.promise;
    void h.service.get(ID); // the popup closed: nobody awaits this
    await flush();
    expect(h.deps.keepAlive).toHaveBeenCalledTimes(1);
    held.resolve(answer(ID));
    await flush();
    expect(h.map.get(`audience:${ID}`)).toMatchObject({ v: 1, fetchedAt: START });
  });

  it('answers instead of rejecting when the client breaks its promise', async () => {
    const h = setup();
    h.respond = () => Promise.reject(new Error('client bug'));
    expect(await h.service.get(ID)).toEqual({
      ok: false,
      error: { kind: 'unexpected-answer', attempts: 0, detail: 'client bug' },
    });
    h.respond = (request) => Promise.resolve(answer(request.creatorId));
    expect(await h.service.get(ID)).toMatchObject({ ok: true });
  });
});

describe('audience service: daily quota', () => {
  const reset = Date.parse('2026-12-04T16:00:00Z'); // 00:00 in Shanghai

  it('after 303 sends nothing until the next Shanghai midnight', async () => {
    const h = setup();
    h.respond = async () => failure('quota-exceeded', 303);
    expect(await h.service.get(ID)).toEqual({
      ok: false,
      error: { kind: 'quota-exceeded', code: 303, attempts: 1, retryAt: reset },
    });
    expect(h.deps.quota.block).toHaveBeenCalledWith(reset);

    h.respond = (request) => Promise.resolve(answer(request.creatorId));
    h.advance(59_999);
    expect(await h.service.get(OTHER, { fresh: true })).toEqual({
      ok: false,
      error: { kind: 'quota-exceeded', attempts: 0, retryAt: reset, detail: 'not sent' },
    });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(1);

    h.advance(1);
    expect(await h.service.get(OTHER)).toMatchObject({ ok: true });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a far-future value', Date.parse('3000-01-01T00:00:00Z')],
    ['a value past the next reset', reset + 1],
    ['not a number', Number.NaN],
  ])('ignores %s in the stored block instead of blocking for good', async (_, stored) => {
    const h = setup();
    await h.deps.quota.block(stored);
    expect(await h.service.get(ID)).toMatchObject({ ok: true, value: { fromCache: false } });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(1);
  });

  it('still serves kept answers while blocked', async () => {
    const h = setup();
    await h.service.get(ID);
    h.respond = async () => failure('quota-exceeded', 303);
    await h.service.get(OTHER);
    expect(await h.service.get(ID)).toMatchObject({ ok: true, value: { fromCache: true } });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2);
  });
});

describe('audience service: concurrency', () => {
  it('has at most two requests outstanding across creators; the rest wait their turn', async () => {
    const h = setup();
    const ids = [
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      'bbbbbbbbbbbbbbbbbbbbbbbb',
      'cccccccccccccccccccccccc',
    ];
    const held = new Map<string, ReturnType<typeof deferred<FetchAudienceResult>>>();
    h.respond = (request) => {
      const gate = deferred<FetchAudienceResult>();
      held.set(request.creatorId, gate);
      return gate.promise;
    };

    const replies = ids.map((id) => h.service.get(id));
    await flush();
    expect([...held.keys()]).toEqual(ids.slice(0, 2));

    held.get(ids[0]!)!.resolve(answer(ids[0]!));
    await flush();
    expect([...held.keys()]).toEqual(ids);

    held.get(ids[1]!)!.resolve(answer(ids[1]!));
    held.get(ids[2]!)!.resolve(answer(ids[2]!));
    expect(await Promise.all(replies)).toMatchObject([{ ok: true }, { ok: true }, { ok: true }]);
  });
});

describe('audience service: after a 303 elsewhere', () => {
  const reset = Date.parse('2026-12-04T16:00:00Z'); // 00:00 in Shanghai

  it('sends none of the requests that were queued behind the one that hit the quota', async () => {
    const h = setup();
    const ids = [
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      'bbbbbbbbbbbbbbbbbbbbbbbb',
      'cccccccccccccccccccccccc',
    ];
    h.respond = async () => failure('quota-exceeded', 303);
    const replies = await Promise.all(ids.map((id) => h.service.get(id)));

    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2); // the two that were already out
    expect(replies[2]).toEqual({
      ok: false,
      error: { kind: 'quota-exceeded', attempts: 0, retryAt: reset, detail: 'not sent' },
    });
  });

  it('stops the retries of a request under way', async () => {
    const h = setup();
    const held = deferred<FetchAudienceResult>();
    let stop: (() => Promise<unknown>) | undefined;
    h.respond = async (request) => {
      if (request.creatorId === OTHER) return failure('quota-exceeded', 303);
      stop = request.stopBefore;
      return held.promise;
    };

    const underWay = h.service.get(ID);
    await flush();
    expect(await stop?.()).toBeUndefined();
    await h.service.get(OTHER);

    expect(await stop?.()).toEqual({ kind: 'quota-exceeded', retryAt: reset, detail: 'not sent' });
    held.resolve(answer(ID));
    await underWay;
  });
});

describe('audience service: requests stuck behind others', () => {
  it('gives up a request that waited the whole timeout for a slot, without sending it', async () => {
    vi.useFakeTimers();
    try {
      const h = setup({ settings: { timeoutSeconds: 10 } });
      h.respond = () => new Promise(() => undefined); // the API never answers
      const ids = [
        'aaaaaaaaaaaaaaaaaaaaaaaa',
        'bbbbbbbbbbbbbbbbbbbbbbbb',
        'cccccccccccccccccccccccc',
      ];
      const third = (async () => {
        void h.service.get(ids[0]!);
        void h.service.get(ids[1]!);
        return h.service.get(ids[2]!);
      })();

      await vi.advanceTimersByTimeAsync(10_000);
      expect(await third).toEqual({
        ok: false,
        error: {
          kind: 'timeout',
          attempts: 0,
          possiblyBilled: false,
          detail: 'not sent: earlier requests held the queue for 10 s',
        },
      });
      expect(h.deps.fetchAudience).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('audience service: logs', () => {
  it('answers even when the logger throws', async () => {
    const h = setup();
    h.deps.log = () => {
      throw new Error('console gone');
    };
    await h.service.get(ID);
    expect(await h.service.get(ID)).toMatchObject({ ok: true, value: { fromCache: true } });
  });

  it('never logs or replies with the token', async () => {
    const h = setup();
    const replies = [await h.service.get(ID), await h.service.get(ID)];
    h.deps.cache.write = () => Promise.reject(new Error('full'));
    replies.push(await h.service.get(OTHER));
    h.respond = async () => failure('quota-exceeded', 303);
    replies.push(
      await h.service.get(ID, { fresh: true }),
      await h.service.get(OTHER, { fresh: true }),
    );

    expect(h.logs).toHaveLength(5); // a failed write is logged before and after making room
    for (const line of h.logs) {
      expect(line).toMatch(/^\[fanlens\] [a-z-]+ creator=[0-9a-f]{24}( |$)/);
      expect(line).not.toContain(TOKEN);
    }
    expect(JSON.stringify(replies)).not.toContain(TOKEN);
  });
});

describe('audience service: asking only for a kept answer', () => {
  it('answers from the cache, else says not-cached, and never sends a request', async () => {
    const h = setup();
    expect(await h.service.get(ID, { cacheOnly: true })).toEqual({
      ok: false,
      error: { kind: 'not-cached', attempts: 0 },
    });
    await h.service.get(ID);
    expect(await h.service.get(ID, { cacheOnly: true })).toMatchObject({
      ok: true,
      value: { fromCache: true },
    });
    expect(h.deps.fetchAudience).toHaveBeenCalledTimes(1);
  });

  it('says no-token first when there is no token, so the view asks for one before a click', async () => {
    const h = setup({ token: '' });
    expect(await h.service.get(ID, { cacheOnly: true })).toEqual({
      ok: false,
      error: { kind: 'no-token', attempts: 0 },
    });
  });
});

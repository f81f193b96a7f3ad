import type { AudienceRequest, FetchAudienceResult } from './api/client';
import type { FailureInfo } from './api/error-kinds';
import { formatLogLine, type LogFields } from './api/log-line';
import { createLimiter, WAITED_TOO_LONG } from './limiter';
import type { AudienceCache, CachedAudience } from './audience-cache';
import { CREATOR_ID_PATTERN } from './creator-id';
import type { AudienceReply } from './messages';
import { nextQuotaReset } from './quota-reset';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** Where the "no calls until the quota resets" state lives (storage in the background). */
export interface QuotaStore {
  /** Epoch ms before which no request may be sent; undefined or past when not blocked. */
  blockedUntil(): Promise<number | undefined>;
  block(until: number): Promise<void>;
}

export interface AudienceServiceDeps {
  /** The saved token, or '' when there is none. */
  loadToken(): Promise<string>;
  loadSettings(): Promise<Settings>;
  cache: AudienceCache;
  /** The API client bound to its fetch, clock and timers; never rejects. */
  fetchAudience(request: AudienceRequest): Promise<FetchAudienceResult>;
  /** Keeps the service worker alive until the task settles. */
  keepAlive(task: Promise<AudienceReply>): Promise<AudienceReply>;
  now(): number;
  quota: QuotaStore;
  log(line: string): void;
}

export interface AudienceService {
  get(
    creatorId: string,
    options?: { fresh?: boolean; cacheOnly?: boolean },
  ): Promise<AudienceReply>;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Requests outstanding at the API at once, across creators. Opening a dozen creator tabs
 * queues them instead of firing a dozen paid calls into a rate limit (code 302).
 */
export const MAX_CONCURRENT_REQUESTS = 2;

/**
 * The background's single way to an audience. Every call to the API costs the user money, so
 * a kept answer is served when young enough, a creator never has two requests in flight, and
 * after the daily quota is used up nothing is sent until it resets.
 */
export function createAudienceService(deps: AudienceServiceDeps): AudienceService {
  // Shared by every asker (overlay, popup, fresh or not) until the request settles.
  const inFlight = new Map<string, Promise<AudienceReply>>();
  const limit = createLimiter(MAX_CONCURRENT_REQUESTS);
  const log = (event: string, creatorId: string, fields: LogFields = {}) => {
    try {
      deps.log(formatLogLine(event, { creator: creatorId, ...fields }));
    } catch {
      // A broken logger must not cost the user an answer.
    }
  };

  async function get(
    creatorId: string,
    { fresh = false, cacheOnly = false } = {},
  ): Promise<AudienceReply> {
    if (!CREATOR_ID_PATTERN.test(creatorId)) {
      return refuse({ kind: 'invalid-id', detail: 'creator id is not 24 lowercase hex' });
    }
    const running = inFlight.get(creatorId);
    if (running) return running;

    const settings = await deps.loadSettings().catch(() => DEFAULT_SETTINGS);
    if (!fresh && settings.cacheHours > 0) {
      const kept = await deps.cache.read(creatorId).catch(() => undefined);
      if (kept && isYoung(kept, settings.cacheHours, deps.now())) {
        log('cache-hit', creatorId, { fetchedAt: new Date(kept.fetchedAt).toISOString() });
        return { ok: true, value: { ...kept, fromCache: true } };
      }
    }

    // Looked up again: another asker may have started the request while we read the cache.
    const started = inFlight.get(creatorId);
    if (started) return started;

    if (cacheOnly) {
      // A view that may not spend still wants to know whether a click would need a token.
      const hasToken = (await deps.loadToken().catch(() => '')).trim() !== '';
      return refuse({ kind: hasToken ? 'not-cached' : 'no-token' });
    }
    return start(creatorId, settings);
  }

  function start(creatorId: string, settings: Settings): Promise<AudienceReply> {
    // Nobody awaits this on the worker's behalf once the askers are gone, so it keeps the
    // worker alive itself and writes the answer to the cache whoever is still listening.
    const task = deps
      .keepAlive(request(creatorId, settings))
      .catch((error: unknown) => refuse({ kind: 'unexpected-answer', detail: describe(error) }))
      .finally(() => inFlight.delete(creatorId));
    inFlight.set(creatorId, task);
    return task;
  }

  async function request(creatorId: string, settings: Settings): Promise<AudienceReply> {
    const token = (await deps.loadToken().catch(() => '')).trim();
    if (token === '') {
      log('no-token', creatorId);
      return refuse({ kind: 'no-token' });
    }

    const blockedUntil = await quotaBlockedUntil();
    if (blockedUntil !== undefined) {
      log('quota-blocked', creatorId, { until: new Date(blockedUntil).toISOString() });
      return refuse({ kind: 'quota-exceeded', retryAt: blockedUntil, detail: 'not sent' });
    }

    const timeoutMs = settings.timeoutSeconds * 1000;
    const result = await limit(async () => {
      // Requests queued behind the one that hit the quota must not be sent either.
      const until = await quotaBlockedUntil();
      if (until !== undefined) return notSent(until);

      const fetched = await deps.fetchAudience({
        creatorId,
        token,
        settings,
        stopBefore: quotaStop,
      });
      // Stored before the slot goes to the next queued request, which checks it first thing.
      if (!fetched.ok && fetched.error.kind === 'quota-exceeded' && fetched.attempts > 0) {
        const resetAt = nextQuotaReset(deps.now());
        await deps.quota.block(resetAt).catch(() => log('quota-store-failed', creatorId));
        log('quota-block', creatorId, { until: new Date(resetAt).toISOString() });
      }
      return fetched;
    }, timeoutMs);
    if (result === WAITED_TOO_LONG) {
      log('queue-timeout', creatorId, { waitedMs: timeoutMs });
      return refuse({
        kind: 'timeout',
        possiblyBilled: false,
        detail: `not sent: earlier requests held the queue for ${settings.timeoutSeconds} s`,
      });
    }
    if (result.ok === false && result.attempts === 0) return { ok: false, error: result.error };
    if (result.ok) {
      const entry: CachedAudience = { fetchedAt: deps.now(), audience: result.value };
      if (settings.cacheHours > 0) await keep(creatorId, entry, settings.cacheHours);
      return { ok: true, value: { ...entry, fromCache: false } };
    }

    if (result.error.kind !== 'quota-exceeded') return { ok: false, error: result.error };
    const retryAt = result.error.retryAt ?? nextQuotaReset(deps.now());
    return { ok: false, error: { ...result.error, retryAt } };
  }

  /**
   * The stored block, if it is still in force. A legitimate block never ends later than the
   * next reset from now, so a corrupt far-future value cannot stop all calls for good.
   */
  /** Asked before every retry: the stored block is the one truth (a new token lifts it). */
  async function quotaStop(): Promise<FailureInfo | undefined> {
    const until = await quotaBlockedUntil();
    if (until === undefined) return undefined;
    return { kind: 'quota-exceeded', retryAt: until, detail: 'not sent' };
  }

  function notSent(until: number): FetchAudienceResult {
    const error: FailureInfo = { kind: 'quota-exceeded', retryAt: until, detail: 'not sent' };
    return { ok: false, error: { ...error, attempts: 0 }, attempts: 0 };
  }

  async function quotaBlockedUntil(): Promise<number | undefined> {
    const until = await deps.quota.blockedUntil().catch(() => undefined);
    if (typeof until !== 'number' || !Number.isFinite(until)) return undefined;

    const now = deps.now();
    return until > now && until <= nextQuotaReset(now) ? until : undefined;
  }

  async function keep(creatorId: string, entry: CachedAudience, cacheHours: number) {
    try {
      await deps.cache.write(creatorId, entry);
      return;
    } catch (error) {
      log('cache-write-failed', creatorId, { detail: describe(error) });
    }

    // Usually storage is full of answers too old to be used: make room, then try once more.
    try {
      const pruned = await deps.cache.prune(deps.now() - cacheHours * HOUR_MS);
      await deps.cache.write(creatorId, entry);
      log('cache-pruned', creatorId, { pruned });
    } catch (error) {
      // The answer is still shown; only the next view of this creator will cost a request.
      log('cache-write-failed', creatorId, { detail: describe(error) });
    }
  }

  return { get };
}

function isYoung(entry: CachedAudience, cacheHours: number, now: number): boolean {
  const age = now - entry.fetchedAt;
  // A kept answer from "the future" means the clock moved; it cannot be trusted to be young.
  return age >= 0 && age < cacheHours * HOUR_MS;
}

function refuse(info: FailureInfo): AudienceReply {
  return { ok: false, error: { attempts: 0, ...info } };
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 120);
}

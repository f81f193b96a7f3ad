import { ruleForCode, type RetryClass } from './api-codes';
import type { FailureInfo } from './error-kinds';

interface Backoff {
  /** Requests in total, the first one included. */
  maxAttempts: number;
  /** Wait after the first failed attempt, before jitter. */
  baseMs: number;
  factor: number;
}

/**
 * Every call may be charged, so retries are few. Code 301 (collection failed), code 500 and
 * HTTP 5xx or network failures are worth a quick second try; code 302 asks us to slow down.
 */
export const RETRY_BACKOFF: Readonly<Backoff> = { maxAttempts: 3, baseMs: 1_000, factor: 2 };
export const RATE_LIMIT_BACKOFF: Readonly<Backoff> = { maxAttempts: 4, baseMs: 4_000, factor: 2 };

/** The most requests one `fetchAudience` call can ever make. */
export const MAX_REQUESTS_PER_FETCH = Math.max(
  RETRY_BACKOFF.maxAttempts,
  RATE_LIMIT_BACKOFF.maxAttempts,
);

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Whether a failure may be retried at all. Failures with a business code follow the code table;
 * without one, only network failures and HTTP 5xx (kind `server-error`) are. A timeout is never
 * retried: the vendor may have billed the call that timed out.
 */
export function retryClassOf(failure: FailureInfo): RetryClass {
  if (failure.code !== undefined) {
    return failure.code === 0 ? 'never' : ruleForCode(failure.code).retry;
  }
  return failure.kind === 'network' || failure.kind === 'server-error' ? 'retry' : 'never';
}

/**
 * Decides after a failed attempt (1 = the first request). The delay is exponential with equal
 * jitter: half of it fixed, half random, so callers that failed together spread out but none
 * comes back immediately.
 */
export function decideRetry(
  attempt: number,
  failure: FailureInfo,
  random: () => number,
): RetryDecision {
  const retryClass = retryClassOf(failure);
  if (retryClass === 'never') return { retry: false };

  if (attempt >= backoffOf(retryClass).maxAttempts) return { retry: false };

  const half = maxDelayMs(retryClass, attempt) / 2;
  return { retry: true, delayMs: Math.round(half + unit(random()) * half) };
}

/** Keeps a misbehaving random source from producing negative or runaway delays. */
function unit(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(value, 0), 1);
}

/** The longest wait after failed attempt `attempt`; the shortest is half of it. */
export function maxDelayMs(retryClass: 'retry' | 'backoff', attempt: number): number {
  const backoff = backoffOf(retryClass);
  return backoff.baseMs * backoff.factor ** (attempt - 1);
}

function backoffOf(retryClass: 'retry' | 'backoff'): Readonly<Backoff> {
  return retryClass === 'backoff' ? RATE_LIMIT_BACKOFF : RETRY_BACKOFF;
}

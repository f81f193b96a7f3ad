import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FailureInfo } from './error-kinds';
import {
  decideRetry,
  MAX_REQUESTS_PER_FETCH,
  maxDelayMs,
  RATE_LIMIT_BACKOFF,
  RETRY_BACKOFF,
  retryClassOf,
} from './retry-policy';

const collectFailed: FailureInfo = { kind: 'collect-failed', code: 301 };
const rateLimited: FailureInfo = { kind: 'rate-limited', code: 302 };

/** How many requests a failure that never changes would cost. */
function requestsUntilStop(failure: FailureInfo): number {
  let attempt = 1;
  while (decideRetry(attempt, failure, () => 0.5).retry) attempt += 1;
  return attempt;
}

describe('retryClassOf', () => {
  it.each<[FailureInfo, string]>([
    [collectFailed, 'retry'],
    [{ kind: 'server-error', code: 500 }, 'retry'],
    [{ kind: 'server-error', status: 502 }, 'retry'],
    [{ kind: 'network' }, 'retry'],
    [rateLimited, 'backoff'],
    [{ kind: 'token-invalid', code: 100 }, 'never'],
    [{ kind: 'quota-exceeded', code: 303 }, 'never'],
    [{ kind: 'bad-params', code: 400 }, 'never'],
    [{ kind: 'bad-params', status: 400 }, 'never'],
    [{ kind: 'no-permission', code: 600 }, 'never'],
    [{ kind: 'balance-low', code: 601 }, 'never'],
    [{ kind: 'unknown-code', code: 503 }, 'never'],
    [{ kind: 'unexpected-answer', code: 0, possiblyBilled: true }, 'never'],
    [{ kind: 'unexpected-answer' }, 'never'],
    [{ kind: 'timeout', possiblyBilled: true }, 'never'],
  ])('%j → %s', (failure, retryClass) => {
    expect(retryClassOf(failure)).toBe(retryClass);
  });
});

describe('decideRetry', () => {
  it('retries 301 after 0.5–1 s, then 1–2 s, and stops after the third request', () => {
    expect(decideRetry(1, collectFailed, () => 0)).toEqual({ retry: true, delayMs: 500 });
    expect(decideRetry(1, collectFailed, () => 0.999)).toEqual({ retry: true, delayMs: 1000 });
    expect(decideRetry(2, collectFailed, () => 0.5)).toEqual({ retry: true, delayMs: 1500 });
    expect(decideRetry(3, collectFailed, () => 0.5)).toEqual({ retry: false });
  });

  it('backs off 302 from 2–4 s up to 8–16 s and stops after the fourth request', () => {
    expect(decideRetry(1, rateLimited, () => 0)).toEqual({ retry: true, delayMs: 2000 });
    expect(decideRetry(2, rateLimited, () => 0)).toEqual({ retry: true, delayMs: 4000 });
    expect(decideRetry(3, rateLimited, () => 0.5)).toEqual({ retry: true, delayMs: 12000 });
    expect(decideRetry(4, rateLimited, () => 0.5)).toEqual({ retry: false });
  });

  it('states its bounds as constants', () => {
    expect(requestsUntilStop(collectFailed)).toBe(RETRY_BACKOFF.maxAttempts);
    expect(requestsUntilStop({ kind: 'network' })).toBe(3);
    expect(requestsUntilStop(rateLimited)).toBe(RATE_LIMIT_BACKOFF.maxAttempts);
    expect(RATE_LIMIT_BACKOFF.maxAttempts).toBe(4);
    expect(MAX_REQUESTS_PER_FETCH).toBe(4);
  });

  it.each<FailureInfo>([
    { kind: 'token-invalid', code: 100 },
    { kind: 'quota-exceeded', code: 303 },
    { kind: 'timeout', possiblyBilled: true },
    { kind: 'unexpected-answer', status: 404 },
  ])('never retries %j', (failure) => {
    expect(requestsUntilStop(failure)).toBe(1);
  });

  it('keeps every jittered delay within half and all of its ceiling', () => {
    const failures = fc.constantFrom(collectFailed, rateLimited, { kind: 'network' } as const);
    fc.assert(
      fc.property(
        failures,
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (failure, attempt, random) => {
          const decision = decideRetry(attempt, failure, () => random);
          if (!decision.retry) return attempt >= 3 && failure !== rateLimited;
          const ceiling = maxDelayMs(failure === rateLimited ? 'backoff' : 'retry', attempt);
          return decision.delayMs >= ceiling / 2 && decision.delayMs <= ceiling;
        },
      ),
    );
  });

  it('clamps a broken random source instead of waiting forever or not at all', () => {
    expect(decideRetry(1, rateLimited, () => Number.NaN)).toEqual({ retry: true, delayMs: 2000 });
    expect(decideRetry(1, rateLimited, () => 7)).toEqual({ retry: true, delayMs: 4000 });
    expect(decideRetry(1, rateLimited, () => -3)).toEqual({ retry: true, delayMs: 2000 });
  });
});

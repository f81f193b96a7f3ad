import type { Audience } from '../audience/model';
import { readAnswer, type HttpAnswer } from './answer';
import type { Outcome } from './error-kinds';

/** The timer pair a per-request timeout needs; injected so tests can use fake timers. */
export interface TimeoutTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Looks the globals up at call time, so timers faked after import are still used. */
export const globalTimeoutTimers: TimeoutTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as Parameters<typeof clearTimeout>[0]),
};

export interface AttemptInput {
  url: string;
  creatorId: string;
  timeoutMs: number;
}

type Exchange =
  | { answer: HttpAnswer }
  | { networkError: unknown }
  /** Headers arrived, then the body broke off: the API did receive and answer the request. */
  | { cutOff: unknown; status: number }
  /** The API answered with a redirect (status 0 when the browser hides it). */
  | { redirected: number };

/**
 * One request, bounded by its own timeout. The timer both aborts the fetch and settles the
 * race, so even a fetch that ignores its signal cannot hold the caller past the timeout.
 * Never rejects.
 */
export async function attemptRequest(
  input: AttemptInput,
  fetchFn: typeof fetch,
  timers: TimeoutTimers,
): Promise<Outcome<Audience>> {
  const controller = new AbortController();
  let timer: unknown;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = timers.setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, input.timeoutMs);
  });

  try {
    const result = await Promise.race([exchange(input.url, controller.signal, fetchFn), timeout]);
    if (result === 'timeout') {
      const detail = `no answer within ${Math.round(input.timeoutMs / 1000)} s`;
      // The vendor may have started (and billed) the work before we gave up waiting.
      return { ok: false, error: { kind: 'timeout', detail, possiblyBilled: true } };
    }
    if ('networkError' in result) {
      return { ok: false, error: { kind: 'network', detail: describeError(result.networkError) } };
    }
    if ('cutOff' in result) return cutOff(result.status, result.cutOff);
    if ('redirected' in result) {
      const detail = `HTTP ${result.redirected || '3xx'} redirect, not followed (it would carry the token)`;
      return { ok: false, error: { kind: 'unexpected-answer', detail } };
    }
    return readAnswer(result.answer, input.creatorId);
  } finally {
    timers.clearTimeout(timer);
  }
}

/** Reads status, type and the whole body; a failure while reading counts as the network's. */
async function exchange(
  url: string,
  signal: AbortSignal,
  fetchFn: typeof fetch,
): Promise<Exchange> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'GET',
      signal,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // The request URL carries the token: a redirect, to whatever host, is never followed.
      redirect: 'manual',
    });
  } catch (networkError) {
    return { networkError };
  }

  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { redirected: response.status };
  }

  try {
    const body = await response.text();
    const contentType = response.headers.get('content-type');
    return { answer: { status: response.status, contentType, body } };
  } catch (error) {
    return { cutOff: error, status: response.status };
  }
}

/**
 * A body cut short after a 200 may well have been billed, so it is not retried; after a 5xx
 * it is the server's trouble and retried like any 5xx.
 */
function cutOff(status: number, error: unknown): Outcome<Audience> {
  const detail = `HTTP ${status}, answer cut off while reading (${describeError(error)})`;
  if (status >= 500) return { ok: false, error: { kind: 'server-error', status, detail } };
  return {
    ok: false,
    error: { kind: 'unexpected-answer', status, detail, possiblyBilled: status < 300 },
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 120);
  return 'fetch failed';
}

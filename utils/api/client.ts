import type { Audience } from '../audience/model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { attemptRequest, globalTimeoutTimers, type TimeoutTimers } from './attempt';
import { FanlensError, type FailureInfo, type Outcome } from './error-kinds';
import { formatLogLine, type LogFields } from './log-line';
import { redactSecret } from './redact';
import { buildRequestUrl, describeEndpoint } from './request-url';
import { decideRetry } from './retry-policy';
import { createServerTrouble, type ServerTrouble } from './server-trouble';

export interface ClientDeps {
  fetch: typeof fetch;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
  now(): number;
  log?(line: string): void;
  /** Defaults to the global timers, looked up at call time. */
  timers?: TimeoutTimers;
  /** Recent 5xx answers, kept for the worker's lifetime; see server-trouble.ts. */
  serverTrouble?: ServerTrouble;
}

/**
 * How long one fetch may wait, in doubling steps from 1 s, for the browser to stop holding
 * requests back after an outage, before it gives up and reports the server error.
 */
export const HELD_BACK_FIRST_WAIT_MS = 1_000;
export const HELD_BACK_BUDGET_MS = 30_000;

// One per service worker: the browser's throttling is per extension, not per request.
const workerServerTrouble = createServerTrouble(() => Date.now());

export interface AudienceRequest {
  creatorId: string;
  token: string;
  settings: Settings;
  /** Asked before every retry: a reason to stop (another creator hit the daily quota). */
  stopBefore?(): Promise<FailureInfo | undefined>;
}

/** `attempts` counts the requests sent; it is also set on the failure. */
export type FetchAudienceResult = Outcome<Audience> & { attempts: number };

/**
 * Asks the API for one creator's audience, retrying as the retry policy allows. Never rejects:
 * every failure, a broken dependency included, comes back as an Outcome, and no detail or log
 * line carries the token.
 */
export async function fetchAudience(
  request: AudienceRequest,
  deps: ClientDeps,
): Promise<FetchAudienceResult> {
  const progress = { attempts: 0 };
  try {
    return await fetchWithRetries(request, deps, progress);
  } catch (error) {
    const info = error instanceof FanlensError ? error.info : unexpected(error);
    return failure(info, progress.attempts, request.token);
  }
}

async function fetchWithRetries(
  { creatorId, token, settings, stopBefore }: AudienceRequest,
  deps: ClientDeps,
  progress: { attempts: number },
): Promise<FetchAudienceResult> {
  const log = (event: string, fields: LogFields) => {
    const line = formatLogLine(event, { creator: creatorId, ...fields });
    try {
      deps.log?.(redactSecret(line, token));
    } catch {
      // A broken logger must not turn a paid answer into a failure.
    }
  };
  const url = buildRequestUrl(settings, creatorId, token);
  const timeoutMs = timeoutSecondsOf(settings) * 1000;
  const endpoint = describeEndpoint(settings);

  let heldBackWaitMs = HELD_BACK_FIRST_WAIT_MS;
  let heldBackWaitedMs = 0;

  for (;;) {
    const stop = progress.attempts > 0 ? await stopBefore?.() : undefined;
    if (stop) return failure(stop, progress.attempts, token);

    const attempt = ++progress.attempts;
    log('request', { endpoint, attempt });
    const startedAt = deps.now();
    const { outcome, heldBack } = explainThrottling(
      await attemptRequest(
        { url, creatorId, timeoutMs },
        deps.fetch,
        deps.timers ?? globalTimeoutTimers,
      ),
      deps.serverTrouble ?? workerServerTrouble,
    );
    const ms = deps.now() - startedAt;

    if (outcome.ok) {
      log('answer', { code: 0, attempt, ms });
      return { ...outcome, attempts: attempt };
    }

    // A held-back request never reached the API, so it is not counted, and waiting for the
    // browser to let the next one through costs nothing but time (bounded).
    if (heldBack) {
      progress.attempts--;
      const fits = heldBackWaitedMs + heldBackWaitMs <= HELD_BACK_BUDGET_MS;
      log('held-back', { attempt, retryInMs: fits ? heldBackWaitMs : undefined });
      if (!fits) return failure(outcome.error, progress.attempts, token);

      await deps.sleep(heldBackWaitMs);
      heldBackWaitedMs += heldBackWaitMs;
      heldBackWaitMs *= 2;
      continue;
    }

    const { kind, code, status, detail } = outcome.error;
    const decision = decideRetry(attempt, outcome.error, deps.random);
    const retryInMs = decision.retry ? decision.delayMs : undefined;
    log('failure', { kind, code, status, attempt, ms, retryInMs, detail });
    if (!decision.retry) return failure(outcome.error, attempt, token);

    await deps.sleep(decision.delayMs);
  }
}

/** Notes what the server answered, and names a held-back request for what it is. */
function explainThrottling(
  outcome: Outcome<Audience>,
  trouble: ServerTrouble,
): { outcome: Outcome<Audience>; heldBack: boolean } {
  if (outcome.ok) {
    trouble.noteStatus(200);
    return { outcome, heldBack: false };
  }

  const { kind, status } = outcome.error;
  if (status !== undefined) trouble.noteStatus(status);
  else if (kind !== 'network' && kind !== 'timeout') trouble.noteStatus(200);

  if (kind !== 'network' || !trouble.explainsNetworkFailure()) return { outcome, heldBack: false };
  const detail = `held back by the browser after HTTP 5xx answers (${outcome.error.detail})`;
  return { outcome: { ok: false, error: { kind: 'server-error', detail } }, heldBack: true };
}

/** Settings built by hand (tests, older storage) may lack a usable timeout. */
function timeoutSecondsOf(settings: Settings): number {
  const seconds = settings.timeoutSeconds;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_SETTINGS.timeoutSeconds;
}

function failure(info: FailureInfo, attempts: number, token: string): FetchAudienceResult {
  const error: FailureInfo = { ...info, attempts };
  if (error.detail !== undefined) error.detail = redactSecret(error.detail, token);
  return { ok: false, error, attempts };
}

function unexpected(error: unknown): FailureInfo {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'unexpected-answer', detail: `client failed: ${what}`.slice(0, 160) };
}

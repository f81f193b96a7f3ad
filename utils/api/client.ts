import type { Audience } from '../audience/model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { attemptRequest, globalTimeoutTimers, type TimeoutTimers } from './attempt';
import { FanlensError, type FailureInfo, type Outcome } from './error-kinds';
import { formatLogLine, type LogFields } from './log-line';
import { redactSecret } from './redact';
import { buildRequestUrl, describeEndpoint } from './request-url';
import { decideRetry } from './retry-policy';

export interface ClientDeps {
  fetch: typeof fetch;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
  now(): number;
  log?(line: string): void;
  /** Defaults to the global timers, looked up at call time. */
  timers?: TimeoutTimers;
}

export interface AudienceRequest {
  creatorId: string;
  token: string;
  settings: Settings;
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
  { creatorId, token, settings }: AudienceRequest,
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

  for (;;) {
    const attempt = ++progress.attempts;
    log('request', { endpoint, attempt });
    const startedAt = deps.now();
    const outcome = await attemptRequest(
      { url, creatorId, timeoutMs },
      deps.fetch,
      deps.timers ?? globalTimeoutTimers,
    );
    const ms = deps.now() - startedAt;

    if (outcome.ok) {
      log('answer', { code: 0, attempt, ms });
      return { ...outcome, attempts: attempt };
    }

    const { kind, code, status, detail } = outcome.error;
    const decision = decideRetry(attempt, outcome.error, deps.random);
    const retryInMs = decision.retry ? decision.delayMs : undefined;
    log('failure', { kind, code, status, attempt, ms, retryInMs, detail });
    if (!decision.retry) return failure(outcome.error, attempt, token);

    await deps.sleep(decision.delayMs);
  }
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

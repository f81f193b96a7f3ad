/**
 * Every way getting a creator's audience can fail, declared once. Errors cross the
 * messaging boundary as plain `FailureInfo` objects, so they stay serialisable.
 */
export const FAILURE_KINDS = [
  /** No token saved yet. */
  'no-token',
  /** The creator id is not a 24-hex id; nothing was sent. */
  'invalid-id',
  /** Code 100. */
  'token-invalid',
  /** Code 301, after retries. */
  'collect-failed',
  /** Code 302, after backing off. */
  'rate-limited',
  /** Code 303: no calls until the quota resets (`retryAt`). */
  'quota-exceeded',
  /** Code 400 or HTTP 400/404 with a code-less body. */
  'bad-params',
  /** Code 500 or HTTP 5xx, after retries. */
  'server-error',
  /** Code 600. */
  'no-permission',
  /** Code 601. */
  'balance-low',
  /** Any other code (101, 300, 404, 503, 602, …). */
  'unknown-code',
  /** Network failure (DNS, reset, refused), after retries. */
  'network',
  /** No answer within the timeout; the call may still have been billed. */
  'timeout',
  /** A body that is not JSON, has no code, or whose data does not match either shape. */
  'unexpected-answer',
  /** The background could not be reached (worker stopped, extension reloaded). */
  'disconnected',
  /** Only a kept answer was asked for, and there is none: nothing was sent. */
  'not-cached',
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface FailureInfo {
  kind: FailureKind;
  /** The API's business code, when the answer had one. */
  code?: number;
  /** The HTTP status, when it was not 200. */
  status?: number;
  /** Technical detail for the log and a "details" line; never contains the token. */
  detail?: string;
  /** Epoch ms before which asking again is pointless (quota reset, rate limit). */
  retryAt?: number;
  /** The request may have been charged although no data arrived (timeouts). */
  possiblyBilled?: boolean;
  /** How many requests reached the API for this failure. */
  attempts?: number;
}

/** An Error carrying a FailureInfo; thrown inside the background, sent as `info`. */
export class FanlensError extends Error {
  readonly info: FailureInfo;

  constructor(info: FailureInfo) {
    super(`${info.kind}${info.code === undefined ? '' : ` (code ${info.code})`}`);
    this.name = 'FanlensError';
    this.info = info;
  }
}

/** A value or the reason there is none; used wherever failing is an expected outcome. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FailureInfo };

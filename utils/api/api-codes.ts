import type { FailureKind } from './error-kinds';

/**
 * How a failure may be retried: `retry` soon with a short backoff, `backoff` slowly (the vendor
 * asked us to go slower), `never` because asking again cannot help or would cost money again.
 */
export type RetryClass = 'retry' | 'backoff' | 'never';

export interface CodeRule {
  kind: FailureKind;
  retry: RetryClass;
}

/**
 * Every business code the API documents, declared once: what it means for the user (the
 * failure kind a view translates) and whether asking again can help. Code 0 is success and
 * has no rule. Codes missing here (101, 300, 404, 503, 602, …) are listed in the vendor's
 * enum without a meaning, so they are reported as `unknown-code` and never retried.
 */
export const API_CODE_RULES: Readonly<Record<number, CodeRule>> = {
  100: { kind: 'token-invalid', retry: 'never' },
  301: { kind: 'collect-failed', retry: 'retry' },
  302: { kind: 'rate-limited', retry: 'backoff' },
  303: { kind: 'quota-exceeded', retry: 'never' },
  400: { kind: 'bad-params', retry: 'never' },
  500: { kind: 'server-error', retry: 'retry' },
  600: { kind: 'no-permission', retry: 'never' },
  601: { kind: 'balance-low', retry: 'never' },
};

export const UNKNOWN_CODE_RULE: CodeRule = { kind: 'unknown-code', retry: 'never' };

export function ruleForCode(code: number): CodeRule {
  return API_CODE_RULES[code] ?? UNKNOWN_CODE_RULE;
}

import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type FailureKind } from '@/utils/api/error-kinds';
import { canRetry, offersSettings } from './panel-state';

const NOW = 1_800_000_000_000;
const NOT_RETRYABLE: FailureKind[] = [
  'no-token',
  'invalid-id',
  'bad-params',
  'token-invalid',
  'no-permission',
];

describe('canRetry', () => {
  it.each(FAILURE_KINDS.filter((kind) => kind !== 'quota-exceeded'))('%s', (kind) => {
    expect(canRetry({ kind }, NOW)).toBe(!NOT_RETRYABLE.includes(kind));
  });

  it('offers a retry after a spent quota only once it has reset', () => {
    expect(canRetry({ kind: 'quota-exceeded', retryAt: NOW + 1 }, NOW)).toBe(false);
    expect(canRetry({ kind: 'quota-exceeded', retryAt: NOW }, NOW)).toBe(true);
    expect(canRetry({ kind: 'quota-exceeded' }, NOW)).toBe(false);
  });
});

describe('offersSettings', () => {
  it('points to Settings for failures fixed there', () => {
    const kinds = FAILURE_KINDS.filter((kind) => offersSettings({ kind }));
    expect(kinds).toEqual(['no-token', 'token-invalid', 'no-permission', 'network']);
  });
});

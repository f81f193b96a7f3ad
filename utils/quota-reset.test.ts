import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextQuotaReset } from './quota-reset';

const at = (iso: string) => Date.parse(iso);

describe('nextQuotaReset', () => {
  it.each([
    ['2026-12-04T15:59:00Z', '2026-12-04T16:00:00Z'], // 23:59 in Shanghai
    ['2026-12-04T00:00:00Z', '2026-12-04T16:00:00Z'], // 08:00 in Shanghai
    ['2026-12-04T16:00:00Z', '2026-12-05T16:00:00Z'], // exactly midnight: the next one
    ['2026-12-04T16:00:00.001Z', '2026-12-05T16:00:00Z'],
    ['2026-12-31T20:00:00Z', '2027-01-01T16:00:00Z'], // new year in Shanghai already
    ['2027-03-28T12:00:00Z', '2027-03-28T16:00:00Z'], // a European DST day changes nothing
  ])('%s → %s', (now, reset) => {
    expect(new Date(nextQuotaReset(at(now))).toISOString()).toBe(new Date(reset).toISOString());
  });

  it('is always a Shanghai midnight within the next 24 hours', () => {
    const day = 24 * 60 * 60 * 1000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (now) => {
        const reset = nextQuotaReset(now);
        return reset > now && reset - now <= day && (reset + 8 * 60 * 60 * 1000) % day === 0;
      }),
    );
  });
});

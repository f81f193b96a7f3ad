import type { Audience } from '@/utils/audience/model';

/** A hand-built audience for view tests: known shares, one hostile name, one anomaly. */
export const XSS_NAME = '<img src=x onerror=alert(1)>';

export function testAudience(overrides: Partial<Audience> = {}): Audience {
  return {
    creatorId: '5d21ab6b000000001201567d',
    shape: 'fractions',
    dataDate: '2026-11-30',
    distributions: {
      gender: {
        basis: 'fraction',
        entries: [
          { name: 'female', share: 0.853 },
          { name: 'male', share: 0.147 },
        ],
      },
      age: {
        basis: 'fraction',
        entries: [
          { name: '18-24', share: 0.287 },
          { name: '25-34', share: 0.452 },
        ],
      },
      cities: {
        basis: 'fraction',
        entries: [
          { name: '上海', share: 0.097 },
          { name: XSS_NAME, share: 0.066 },
        ],
      },
      interests: {
        basis: 'fraction',
        entries: [
          { name: '穿搭', share: 0.41 },
          { name: '美妆', share: 0.38 },
        ],
      },
      devices: {
        basis: 'fraction',
        entries: [{ name: 'apple inc.', label: '苹果', share: 0.512 }],
      },
    },
    anomalies: [{ dimension: 'cities', kind: 'out-of-range', name: '北京' }],
    ...overrides,
  };
}

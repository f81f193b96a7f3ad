import { describe, expect, it } from 'vitest';
import { normaliseAudience } from './normalise';

const CREATOR = '5d21ab6b000000001201567d';
const NO_DIMENSION =
  'data: no audience dimension ' +
  '(expected fansPortrait or gender/ages/cities/provinces/interests/devices)';

describe('normaliseAudience rejections', () => {
  it.each([
    [null, 'no data (data is null)'],
    [undefined, 'no data (data is null)'],
    [
      '<html><body>502 Bad Gateway</body></html>',
      'data: expected an object, got a string (looks like HTML)',
    ],
    ['{"fansPortrait":{"genderDistrib', 'data: expected an object, got a string'],
    [42, 'data: expected an object, got a number'],
    [true, 'data: expected an object, got a boolean'],
    [[{ name: 'female', percent: 0.8 }], 'data: expected an object, got an array'],
    [{}, NO_DIMENSION],
    [{ ages: null, gender: null, fansPortrait: null }, NO_DIMENSION],
    [{ fansPortrait: {} }, 'data.fansPortrait: no audience dimension'],
    [{ fansPortrait: 'x' }, 'data.fansPortrait: expected object, received string'],
    [{ cities: 'x' }, 'data.cities: expected array, received string'],
    [{ gender: [0.8, 0.2] }, 'data.gender: expected object, received array'],
    [{ cities: [{ percent: 0.1 }], ages: 'x' }, 'data.ages: expected array, received string'],
    [{ cities: 7, ages: 'x' }, 'data.ages: expected array, received string (+1 more)'],
    [
      { fansPortrait: { cityDistribution: { cnt: 1, name: '上海' } } },
      'data.fansPortrait.cityDistribution: expected array, received object',
    ],
  ])('rejects %j', (data, detail) => {
    expect(normaliseAudience(data, { creatorId: CREATOR })).toEqual({
      ok: false,
      error: { kind: 'unexpected-answer', detail },
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Audience } from './model';
import { normaliseAudience } from './normalise';

const CONTEXT = { creatorId: '5d21ab6b000000001201567d', recordTime: '2026-12-01T09:14:03' };

// Values a broken or changed API could plausibly send where a number belongs.
const oddNumber = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat({ max: 200_000 }),
  fc.double(),
  fc.constantFrom(-1, 1.3, 1e300, -0, Number.MAX_SAFE_INTEGER, 2 ** 60),
  fc.constantFrom('0.5', '75.0', '', null, true, undefined),
  fc.constant({}),
);
// Few names, so duplicates are common; sometimes a name of the wrong type.
const name = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom('female', 'male', '上海', '北京', '18-24', '美食') },
  { weight: 1, arbitrary: fc.constantFrom(7, null) },
);
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(value, fc.constantFrom(null, undefined, 'x', 3, {}));

const countList = maybe(
  fc.array(fc.record({ distribution_data: fc.record({ cnt: oddNumber, name }) }), { maxLength: 8 }),
);
const countsData = fc.record(
  {
    fansPortrait: fc.record(
      {
        genderDistribution: countList,
        ageDistribution: countList,
        cityDistribution: countList,
        provinceDistribution: countList,
        interestDistribution: countList,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const shareList = maybe(fc.array(fc.record({ name, percent: oddNumber }), { maxLength: 8 }));
const fractionsData = fc.record(
  {
    gender: maybe(fc.record({ male: oddNumber, female: oddNumber }, { requiredKeys: [] })),
    ages: maybe(fc.array(fc.record({ group: name, percent: oddNumber }), { maxLength: 8 })),
    cities: shareList,
    provinces: shareList,
    interests: shareList,
    devices: maybe(
      fc.array(fc.record({ name, desc: fc.oneof(fc.string(), fc.nat()), percent: oddNumber })),
    ),
    dateKey: fc.oneof(fc.string(), fc.integer()),
  },
  { requiredKeys: [] },
);

const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  countsData,
  fractionsData,
);

function checkAudience(audience: Audience) {
  expect(['counts', 'fractions']).toContain(audience.shape);
  if (audience.total !== undefined) {
    expect(Number.isFinite(audience.total) && audience.total > 0).toBe(true);
  }
  for (const [dimension, distribution] of Object.entries(audience.distributions)) {
    expect(DIMENSIONS).toContain(dimension);
    for (const entry of distribution.entries) {
      expect(typeof entry.name).toBe('string');
      expect(Number.isFinite(entry.share) && entry.share >= 0 && entry.share <= 1).toBe(true);
      if (entry.count !== undefined) {
        expect(Number.isFinite(entry.count) && entry.count >= 0).toBe(true);
      }
    }
  }
}

describe('normaliseAudience on arbitrary input', () => {
  it('never throws and returns an audience with shares in 0..1, or unexpected-answer', () => {
    fc.assert(
      fc.property(anyInput, (data) => {
        const outcome = normaliseAudience(data, CONTEXT);
        if (outcome.ok) return checkAudience(outcome.value);
        expect(outcome.error.kind).toBe('unexpected-answer');
        expect(outcome.error.detail).toMatch(/^(data|no data)/);
      }),
      { numRuns: 1500 },
    );
  });

  it('accounts for every sent list entry: shown or reported, never silently lost', () => {
    const listed = fc.record({
      cities: fc.array(fc.record({ name, percent: oddNumber }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(listed, (data) => {
        const outcome = normaliseAudience(data, CONTEXT);
        if (!outcome.ok) return; // a wrongly typed name rejects the answer as a whole
        const shown = outcome.value.distributions.cities?.entries.length ?? 0;
        expect(shown + outcome.value.anomalies.length).toBe(data.cities.length);
      }),
      { numRuns: 300 },
    );
  });
});

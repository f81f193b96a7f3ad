import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsDataSchema, fractionsDataSchema } from './schemas';

function fixtureData(name: string): unknown {
  const file = path.resolve(__dirname, '../../../shared/fixtures/api', name);
  return JSON.parse(readFileSync(file, 'utf8')).data;
}

describe('countsDataSchema', () => {
  it('reads the documented counts answer into raw entries', () => {
    const answer = countsDataSchema.parse(fixtureData('v1-counts-documented.json'));
    expect(answer.shape).toBe('counts');
    expect(Object.keys(answer.dimensions).sort()).toEqual(
      ['age', 'cities', 'gender', 'interests', 'provinces'].sort(),
    );
    expect(answer.dimensions.gender).toEqual([
      { name: 'female', value: 88442 },
      { name: 'male', value: 15241 },
    ]);
    expect(answer.dimensions.cities).toHaveLength(10);
    expect(answer.dimensions.cities?.[0]).toEqual({ name: '上海', value: 11094 });
  });

  it('ignores unknown fields and leaves values unchecked', () => {
    const answer = countsDataSchema.parse({
      extra: true,
      fansPortrait: {
        fansNum: 5,
        genderDistribution: [{ distribution_data: { cnt: '12', name: 'female', rank: 1 } }],
        cityDistribution: null,
      },
    });
    expect(answer).toEqual({
      shape: 'counts',
      dimensions: { gender: [{ name: 'female', value: '12' }] },
    });
  });

  it.each([
    [{ fansPortrait: 'x' }, ['fansPortrait']],
    [{ fansPortrait: { cityDistribution: {} } }, ['fansPortrait', 'cityDistribution']],
  ])('rejects %j at its path', (data, issuePath) => {
    const result = countsDataSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(issuePath);
  });

  it('marks entries that do not fit as malformed and keeps the others', () => {
    const data = {
      fansPortrait: {
        genderDistribution: [
          { distribution_data: { cnt: 1, name: 2 } },
          { cnt: 1, name: 'x' },
          null,
          { distribution_data: { cnt: 5, name: 'male' } },
        ],
      },
    };
    expect(countsDataSchema.parse(data).dimensions.gender).toEqual([
      { name: '', value: undefined, malformed: true },
      { name: '', value: undefined, malformed: true },
      { name: '', value: undefined, malformed: true },
      { name: 'male', value: 5 },
    ]);
  });
});

describe('fractionsDataSchema', () => {
  it('reads the marketplace fractions answer into raw entries', () => {
    const answer = fractionsDataSchema.parse(fixtureData('fans-profile-fractions.json'));
    expect(answer.shape).toBe('fractions');
    expect(answer.dateKey).toBe('2026-11-30');
    expect(answer.dimensions.gender).toEqual([
      { name: 'female', value: 0.8766 },
      { name: 'male', value: 0.1234 },
    ]);
    expect(answer.dimensions.age?.[0]).toEqual({ name: '<18', value: 0.021 });
    expect(answer.dimensions.devices?.[0]).toEqual({
      name: 'apple inc.',
      label: '苹果',
      value: 0.512,
    });
    expect(answer.dimensions.provinces).toHaveLength(11);
  });

  it('keeps a device without a usable desc, only without its label', () => {
    const answer = fractionsDataSchema.parse({
      devices: [
        { name: 'huawei', percent: 0.2 },
        { name: 'vivo', desc: 7, percent: 0.1 },
      ],
    });
    expect(answer.dimensions.devices).toEqual([
      { name: 'huawei', value: 0.2 },
      { name: 'vivo', value: 0.1 },
    ]);
  });

  it('treats null dimensions as absent and drops an unusable dateKey', () => {
    const answer = fractionsDataSchema.parse({ cities: [], ages: null, dateKey: 20261130 });
    expect(answer).toEqual({ shape: 'fractions', dimensions: { cities: [] } });
  });

  it('reports a missing gender key as an unchecked value, not as an absent dimension', () => {
    const answer = fractionsDataSchema.parse({ gender: { female: 0.9 } });
    expect(answer.dimensions.gender).toEqual([
      { name: 'female', value: 0.9 },
      { name: 'male', value: undefined },
    ]);
  });

  it.each([
    [{ cities: 'x' }, ['cities']],
    [{ gender: [0.5, 0.5] }, ['gender']],
  ])('rejects %j at its path', (data, issuePath) => {
    const result = fractionsDataSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(issuePath);
  });

  it.each([
    ['ages', [{ name: '18-24', percent: 0.3 }]],
    ['devices', [{ desc: '苹果', percent: 0.5 }]],
    ['interests', ['美食']],
    ['cities', [null]],
  ])('marks a %s entry that does not fit as malformed', (key, list) => {
    const dimension = { ages: 'age' } as Record<string, string>;
    const parsed = fractionsDataSchema.parse({ [key]: list });
    expect(parsed.dimensions[(dimension[key] ?? key) as 'cities']).toEqual([
      { name: '', value: undefined, malformed: true },
    ]);
  });
});

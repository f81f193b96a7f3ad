import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatShare } from '../format';
import type { Audience } from './model';
import { normaliseAudience } from './normalise';

const CREATOR = '5d21ab6b000000001201567d';
const RECORD_TIME = '2026-12-01T09:14:03.512734901';

function fixtureData(name: string): Record<string, unknown> {
  const file = path.resolve(__dirname, '../../../shared/fixtures/api', name);
  return JSON.parse(readFileSync(file, 'utf8')).data;
}

function audienceOf(data: unknown, recordTime: string | null = RECORD_TIME): Audience {
  const outcome = normaliseAudience(data, { creatorId: CREATOR, recordTime });
  if (!outcome.ok) throw new Error(`expected an audience, got ${outcome.error.detail}`);
  return outcome.value;
}

function shownShares(audience: Audience, dimension: keyof Audience['distributions']) {
  const entries = audience.distributions[dimension]?.entries ?? [];
  return Object.fromEntries(entries.map((e) => [e.name, formatShare(e.share)]));
}

describe('normaliseAudience, counts shape', () => {
  const audience = audienceOf(fixtureData('v1-counts-documented.json'));

  it('divides by the audience total (the gender sum)', () => {
    expect(audience).toMatchObject({ creatorId: CREATOR, shape: 'counts', total: 103683 });
    expect(audience.distributions.gender?.entries).toEqual([
      { name: 'female', share: 88442 / 103683, count: 88442 },
      { name: 'male', share: 15241 / 103683, count: 15241 },
    ]);
    expect(shownShares(audience, 'gender')).toEqual({ female: '85.3%', male: '14.7%' });
  });

  it('shows 上海 as 10.7% of all followers, not 25.8% of the listed top 10', () => {
    expect(shownShares(audience, 'cities')['上海']).toBe('10.7%');
    expect(shownShares(audience, 'provinces')['上海']).toBe('10.7%');
    expect(audience.distributions.cities?.basis).toBe('audience');
  });

  it('lets overlapping interests add up to more than 100%', () => {
    const interests = audience.distributions.interests?.entries ?? [];
    const sum = interests.reduce((total, e) => total + e.share, 0);
    expect(sum).toBeCloseTo(169311 / 103683, 10);
    expect(shownShares(audience, 'interests')['美食']).toBe('31.5%');
  });

  it('keeps the dimensions in model order, dates the data by recordTime, finds nothing odd', () => {
    expect(Object.keys(audience.distributions)).toEqual([
      'gender',
      'age',
      'cities',
      'provinces',
      'interests',
    ]);
    expect(audience.dataDate).toBe(RECORD_TIME);
    expect(audience.anomalies).toEqual([]);
  });
});

describe('normaliseAudience, fractions shape', () => {
  const data = fixtureData('fans-profile-fractions.json');
  const audience = audienceOf(data);

  it('uses the fractions as given', () => {
    expect(audience.shape).toBe('fractions');
    expect(audience.total).toBeUndefined();
    expect(audience.distributions.gender).toEqual({
      basis: 'fraction',
      entries: [
        { name: 'female', share: 0.8766 },
        { name: 'male', share: 0.1234 },
      ],
    });
    expect(shownShares(audience, 'gender')).toEqual({ female: '87.7%', male: '12.3%' });
    expect(shownShares(audience, 'age')['25-34']).toBe('45.2%');
    expect(audience.distributions.devices?.entries[1]).toEqual({
      name: 'huawei',
      label: '华为',
      share: 0.201,
    });
    expect(Object.keys(audience.distributions)).toHaveLength(6);
    expect(audience.anomalies).toEqual([]);
  });

  it('dates the data by dateKey first, then recordTime, else not at all', () => {
    expect(audience.dataDate).toBe('2026-11-30');
    const undated = { ...data, dateKey: undefined };
    expect(audienceOf(undated).dataDate).toBe(RECORD_TIME);
    expect(audienceOf(undated, null).dataDate).toBeUndefined();
    expect(audienceOf(undated, '  ').dataDate).toBeUndefined();
  });

  it('treats a null dimension as absent and an empty list as present without entries', () => {
    const partial = audienceOf({ ...data, cities: null, devices: [], interests: undefined });
    expect(partial.distributions.cities).toBeUndefined();
    expect(partial.distributions.interests).toBeUndefined();
    expect(partial.distributions.devices).toEqual({ basis: 'fraction', entries: [] });
    expect(partial.distributions.gender?.entries).toHaveLength(2);
  });

  it('drops bad entries, reports them, and keeps the rest of the answer', () => {
    const odd = audienceOf({
      ...data,
      gender: { female: 1.2, male: '0.1' },
      cities: [
        { name: '上海', percent: 0.097 },
        { name: '上海', percent: 0.5 },
        { name: '北京', percent: -0.066 },
        { name: '广州', percent: 0.058, rank: 3 },
      ],
    });
    expect(odd.distributions.gender?.entries).toEqual([]);
    expect(shownShares(odd, 'cities')).toEqual({ 上海: '9.7%', 广州: '5.8%' });
    expect(odd.anomalies).toEqual([
      { dimension: 'gender', kind: 'out-of-range', name: 'female' },
      { dimension: 'gender', kind: 'not-a-number', name: 'male' },
      { dimension: 'cities', kind: 'duplicate-name', name: '上海' },
      { dimension: 'cities', kind: 'out-of-range', name: '北京' },
    ]);
    expect(odd.distributions.age?.entries).toHaveLength(5);
  });

  it('reads fansPortrait when an answer carries both shapes', () => {
    const counts = fixtureData('v1-counts-documented.json');
    expect(audienceOf({ ...data, ...counts }).shape).toBe('counts');
  });
});

describe('normaliseAudience, counts without a total', () => {
  it('falls back from an all-zero gender to the age sum, then to the listed entries', () => {
    const list = (pairs: [string, number][]) =>
      pairs.map(([name, cnt]) => ({ distribution_data: { name, cnt } }));
    const zeroGender = list([
      ['female', 0],
      ['male', 0],
    ]);
    const cities = list([
      ['上海', 30],
      ['北京', 10],
    ]);

    const byAge = audienceOf({
      fansPortrait: { genderDistribution: zeroGender, ageDistribution: list([['18-24', 200]]) },
    });
    expect(byAge.total).toBe(200);

    const listed = audienceOf({
      fansPortrait: {
        genderDistribution: zeroGender,
        ageDistribution: [],
        cityDistribution: cities,
      },
    });
    expect(listed.total).toBeUndefined();
    expect(listed.distributions.cities?.basis).toBe('listed');
    expect(shownShares(listed, 'cities')).toEqual({ 上海: '75.0%', 北京: '25.0%' });
  });
});

describe('normaliseAudience, damaged answers that still carry data', () => {
  type CountsData = {
    fansPortrait: { genderDistribution: { distribution_data: { cnt: unknown } }[] };
  };
  const counts = () => structuredClone(fixtureData('v1-counts-documented.json')) as CountsData;

  it('takes the age sum as the total when a gender count is unusable', () => {
    const data = counts();
    data.fansPortrait.genderDistribution[0]!.distribution_data.cnt = 'NaN';
    const audience = audienceOf(data);

    expect(audience.total).toBe(103682);
    expect(shownShares(audience, 'gender')).toEqual({ male: '14.7%' });
    expect(shownShares(audience, 'cities')['上海']).toBe('10.7%');
    expect(audience.anomalies).toEqual([
      { dimension: 'gender', kind: 'not-a-number', name: 'female' },
    ]);
  });

  it('takes the age sum as the total when the gender list is partial', () => {
    const data = counts();
    data.fansPortrait.genderDistribution.pop();
    const audience = audienceOf(data);

    expect(audience.total).toBe(103682);
    expect(shownShares(audience, 'gender')).toEqual({ female: '85.3%' });
    expect(shownShares(audience, 'cities')['上海']).toBe('10.7%');
  });

  it('reads a fractions answer sent in percent (gender adds up to 100) on its own scale', () => {
    const data = fixtureData('fans-profile-fractions.json') as Record<string, unknown>;
    const percent = JSON.parse(JSON.stringify(data), (key, value) =>
      typeof value === 'number' && key !== '' ? value * 100 : value,
    );
    const audience = audienceOf(percent);

    expect(shownShares(audience, 'gender')).toEqual({ female: '87.7%', male: '12.3%' });
    expect(shownShares(audience, 'provinces')['香港']).toBe('0.4%');
    expect(shownShares(audience, 'cities')['上海']).toBe('9.7%');
    expect(audience.anomalies).toEqual([]);
  });

  it('flags a lone value above 1 in a 0..1 answer instead of rescaling it', () => {
    const audience = audienceOf({
      gender: { female: 0.8, male: 0.2 },
      cities: [
        { name: '上海', percent: 12 },
        { name: '北京', percent: 0.1 },
      ],
    });

    expect(shownShares(audience, 'cities')).toEqual({ 北京: '10.0%' });
    expect(audience.anomalies).toEqual([
      { dimension: 'cities', kind: 'out-of-range', name: '上海' },
    ]);
  });

  it('skips a null or nameless entry and keeps the rest of the paid answer', () => {
    const audience = audienceOf({
      gender: { female: 0.8, male: 0.2 },
      cities: [null, { name: '上海', percent: 0.1 }, { percent: 0.2 }, '北京'],
    });

    expect(shownShares(audience, 'cities')).toEqual({ 上海: '10.0%' });
    expect(audience.anomalies).toEqual([
      { dimension: 'cities', kind: 'malformed-entry' },
      { dimension: 'cities', kind: 'malformed-entry' },
      { dimension: 'cities', kind: 'malformed-entry' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Anomaly } from './model';
import { countDistributions, fractionDistribution } from './shares';
import type { RawEntry } from './schemas';

const entries = (pairs: [string, unknown][]): RawEntry[] =>
  pairs.map(([name, value]) => ({ name, value }));

describe('fractionDistribution', () => {
  it('uses fractions as given and keeps labels', () => {
    const anomalies: Anomaly[] = [];
    const raw = [{ name: 'apple inc.', label: '苹果', value: 0.512 }, ...entries([['vivo', 0]])];
    expect(fractionDistribution('devices', raw, anomalies)).toEqual({
      basis: 'fraction',
      entries: [
        { name: 'apple inc.', label: '苹果', share: 0.512 },
        { name: 'vivo', share: 0 },
      ],
    });
    expect(anomalies).toEqual([]);
  });

  it('drops unusable values one by one and reports each', () => {
    const anomalies: Anomaly[] = [];
    const raw = entries([
      ['上海', 0.097],
      ['北京', 1.2],
      ['广州', -0.01],
      ['深圳', '0.054'],
      ['杭州', null],
      ['成都', Number.NaN],
      ['南京', Number.POSITIVE_INFINITY],
      ['苏州', undefined],
      ['武汉', 1],
    ]);
    const distribution = fractionDistribution('cities', raw, anomalies);
    expect(distribution.entries).toEqual([
      { name: '上海', share: 0.097 },
      { name: '武汉', share: 1 },
    ]);
    expect(anomalies).toEqual([
      { dimension: 'cities', kind: 'out-of-range', name: '北京' },
      { dimension: 'cities', kind: 'out-of-range', name: '广州' },
      { dimension: 'cities', kind: 'not-a-number', name: '深圳' },
      { dimension: 'cities', kind: 'not-a-number', name: '杭州' },
      { dimension: 'cities', kind: 'not-a-number', name: '成都' },
      { dimension: 'cities', kind: 'not-a-number', name: '南京' },
      { dimension: 'cities', kind: 'not-a-number', name: '苏州' },
    ]);
  });

  it('keeps the first of two entries with the same name', () => {
    const anomalies: Anomaly[] = [];
    const raw = entries([
      ['美食', 0.3],
      ['美食', 0.9],
      ['旅行', 0.1],
    ]);
    expect(fractionDistribution('interests', raw, anomalies).entries).toEqual([
      { name: '美食', share: 0.3 },
      { name: '旅行', share: 0.1 },
    ]);
    expect(anomalies).toEqual([{ dimension: 'interests', kind: 'duplicate-name', name: '美食' }]);
  });

  it('reads -0 as 0', () => {
    const [entry] = fractionDistribution('age', entries([['<18', -0]]), []).entries;
    expect(Object.is(entry?.share, 0)).toBe(true);
  });
});

describe('countDistributions', () => {
  const gender = entries([
    ['female', 88442],
    ['male', 15241],
  ]);
  const age = entries([
    ['18-24', 8191],
    ['25-34', 34008],
  ]);
  const cities = entries([
    ['上海', 11094],
    ['北京', 9124],
  ]);

  it('divides every dimension by the gender total, never by a listed sum', () => {
    const anomalies: Anomaly[] = [];
    const { distributions, total } = countDistributions({ gender, age, cities }, anomalies);
    expect(total).toBe(103683);
    expect(distributions.gender?.basis).toBe('audience');
    expect(distributions.gender?.entries[0]).toEqual({
      name: 'female',
      share: 88442 / 103683,
      count: 88442,
    });
    expect(distributions.cities?.entries[0]?.share).toBe(11094 / 103683);
    expect(distributions.age?.entries[1]?.share).toBe(34008 / 103683);
    expect(anomalies).toEqual([]);
  });

  it('falls back to the age sum when gender is absent or all zero', () => {
    const zeroGender = entries([
      ['female', 0],
      ['male', 0],
    ]);
    for (const raw of [
      { age, cities },
      { gender: zeroGender, age, cities },
    ]) {
      const { distributions, total } = countDistributions(raw, []);
      expect(total).toBe(42199);
      expect(distributions.cities?.basis).toBe('audience');
      expect(distributions.cities?.entries[0]?.share).toBe(11094 / 42199);
    }
  });

  it('falls back to shares of the listed entries when no total is known', () => {
    const zeroAge = entries([['18-24', 0]]);
    const { distributions, total } = countDistributions({ age: zeroAge, cities }, []);
    expect(total).toBeUndefined();
    expect(distributions.cities).toEqual({
      basis: 'listed',
      entries: [
        { name: '上海', share: 11094 / 20218, count: 11094 },
        { name: '北京', share: 9124 / 20218, count: 9124 },
      ],
    });
    expect(distributions.age).toEqual({
      basis: 'listed',
      entries: [{ name: '18-24', share: 0, count: 0 }],
    });
  });

  it('reports a count above the total instead of showing more than 100%', () => {
    const anomalies: Anomaly[] = [];
    const bigCity = entries([
      ['上海', 130000],
      ['北京', 9124],
    ]);
    const { distributions } = countDistributions({ gender, cities: bigCity }, anomalies);
    expect(distributions.cities?.entries.map((e) => e.name)).toEqual(['北京']);
    expect(anomalies).toEqual([{ dimension: 'cities', kind: 'out-of-range', name: '上海' }]);
  });

  it('leaves unusable counts out of the total', () => {
    const anomalies: Anomaly[] = [];
    const odd = entries([
      ['female', 900],
      ['male', 100],
      ['male', 5000],
      ['unknown', -3],
      ['other', '7'],
      ['huge', 1e300],
    ]);
    const { total, distributions } = countDistributions({ gender: odd }, anomalies);
    expect(total).toBe(1000);
    expect(distributions.gender?.entries.map((e) => e.share)).toEqual([0.9, 0.1]);
    expect(anomalies.map((a) => [a.name, a.kind])).toEqual([
      ['male', 'duplicate-name'],
      ['unknown', 'out-of-range'],
      ['other', 'not-a-number'],
      ['huge', 'out-of-range'],
    ]);
  });

  it('keeps an empty list as a dimension without entries', () => {
    const { distributions } = countDistributions({ gender, interests: [] }, []);
    expect(distributions.interests).toEqual({ basis: 'audience', entries: [] });
  });
});

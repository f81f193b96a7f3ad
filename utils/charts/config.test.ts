import { describe, expect, it } from 'vitest';
import type { Distribution } from '../audience/model';
import { axisLabel, barChart, chartConfig, chartHeight, genderChart } from './config';

const gender: Distribution = {
  basis: 'fraction',
  entries: [
    { name: 'female', share: 0.853 },
    { name: 'male', share: 0.147 },
  ],
};

const age: Distribution = {
  basis: 'audience',
  entries: [
    { name: '<18', share: 0.021, count: 2177 },
    { name: '18-24', share: 0.2874 },
    { name: '25-34', share: 0.452 },
  ],
};

/** Twelve cities out of order: the chart must rank them and keep ten. */
const cities: Distribution = {
  basis: 'fraction',
  entries: Array.from({ length: 12 }, (_, i) => ({ name: `城市${i}`, share: (i + 1) / 100 })),
};

describe('genderChart', () => {
  it('is a doughnut of translated names and percentages with one decimal', () => {
    const config = genderChart(gender, 'zh');
    expect(config.type).toBe('doughnut');
    expect(config.data.labels).toEqual(['女', '男']);
    expect(config.data.datasets[0]?.data).toEqual([85.3, 14.7]);
    expect(genderChart(gender, 'en').data.labels).toEqual(['Female', 'Male']);
  });

  it('draws at once and keeps no legend (the list beside it names everything)', () => {
    const options = genderChart(gender, 'zh').options;
    expect(options?.animation).toBe(false);
    expect(options?.plugins?.legend?.display).toBe(false);
    expect(options?.maintainAspectRatio).toBe(false);
  });
});

describe('barChart', () => {
  it('draws age as vertical bars in the API order', () => {
    const config = barChart('age', age, 'zh');
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('x');
    expect(config.data.labels).toEqual(['<18', '18-24', '25-34']);
    expect(config.data.datasets[0]?.data).toEqual([2.1, 28.7, 45.2]);
    expect(config.options?.animation).toBe(false);
  });

  it.each(['cities', 'provinces', 'interests', 'devices'] as const)(
    'draws %s as horizontal bars of the top ten, largest first',
    (dimension) => {
      const config = barChart(dimension, cities, 'zh');
      expect(config.options?.indexAxis).toBe('y');
      expect(config.data.labels).toHaveLength(10);
      expect(config.data.labels?.[0]).toBe('城市11');
      expect(config.data.labels?.[9]).toBe('城市2');
      expect(config.data.datasets[0]?.data.slice(0, 3)).toEqual([12, 11, 10]);
      expect(config.options?.scales?.x?.type).toBe('linear');
      expect(config.options?.scales?.y?.type).toBe('category');
    },
  );

  it('labels the value axis in percent', () => {
    const ticks = barChart('cities', cities, 'zh').options?.scales?.x?.ticks as {
      callback: (value: number) => string;
    };
    expect(ticks.callback(20)).toBe('20%');
  });

  it('shortens long names on the category axis only', () => {
    const long: Distribution = {
      basis: 'fraction',
      entries: [{ name: '<img src=x onerror=alert(1)>', share: 0.1 }],
    };
    const config = barChart('cities', long, 'zh');
    const ticks = config.options?.scales?.y?.ticks as {
      callback: (value: number, index: number) => string;
    };
    expect(ticks.callback(0, 0)).toBe('<img src=…');
    expect(config.data.labels).toEqual(['<img src=x onerror=alert(1)>']);
    expect(axisLabel('上海')).toBe('上海');
    expect(axisLabel('一二三四五六七八九十')).toBe('一二三四五六七八九十');
    expect(axisLabel('一二三四五六七八九十十')).toBe('一二三四五六七八九…');
  });

  it('shows the Chinese device name to Chinese readers and the API name otherwise', () => {
    const devices: Distribution = {
      basis: 'fraction',
      entries: [{ name: 'apple inc.', label: '苹果', share: 0.512 }],
    };
    expect(barChart('devices', devices, 'zh').data.labels).toEqual(['苹果']);
    expect(barChart('devices', devices, 'en').data.labels).toEqual(['apple inc.']);
  });
});

describe('chartConfig', () => {
  it('picks the chart type by dimension', () => {
    expect(chartConfig('gender', gender, 'zh').type).toBe('doughnut');
    expect(chartConfig('interests', cities, 'zh').type).toBe('bar');
  });

  it('does not change the distribution it was given', () => {
    const before = cities.entries.map((entry) => entry.name);
    chartConfig('cities', cities, 'zh');
    expect(cities.entries.map((entry) => entry.name)).toEqual(before);
  });
});

describe('chartHeight', () => {
  it.each([
    ['gender', 2, 120],
    ['age', 5, 140],
    ['cities', 10, 154],
    ['cities', 2, 72],
    ['interests', 30, 160],
  ] as const)('%s with %i entries → %i px', (dimension, count, height) => {
    expect(chartHeight(dimension, count)).toBe(height);
  });
});

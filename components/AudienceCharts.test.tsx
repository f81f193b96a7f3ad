// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Distribution } from '@/utils/audience/model';
import { AudienceCharts } from './AudienceCharts';
import { testAudience, XSS_NAME } from './test-audience';

afterEach(cleanup);

function section(container: Element, dimension: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`section[data-dimension="${dimension}"]`);
  if (!found) throw new Error(`no section for ${dimension}`);
  return found;
}

function rows(element: Element): [string, string][] {
  return [...element.querySelectorAll('li')].map((li) => [
    li.querySelector('.name')?.textContent ?? '',
    li.querySelector('.share')?.textContent ?? '',
  ]);
}

describe('AudienceCharts', () => {
  it('prints every share as visible text in a list, no hovering needed', () => {
    const { container } = render(<AudienceCharts lang="zh" audience={testAudience()} />);

    const gender = section(container, 'gender');
    expect(gender.querySelector('h3')?.textContent).toBe('性别');
    expect(gender.querySelector('ul')).not.toBeNull();
    expect(rows(gender)).toEqual([
      ['女', '85.3%'],
      ['男', '14.7%'],
    ]);
    expect(rows(section(container, 'age'))).toEqual([
      ['18-24', '28.7%'],
      ['25-34', '45.2%'],
    ]);
    expect(rows(section(container, 'devices'))).toEqual([['苹果', '51.2%']]);
  });

  it('shows the sections present, in the fixed order, each with a labelled canvas', () => {
    const { container } = render(<AudienceCharts lang="en" audience={testAudience()} />);

    const dimensions = [...container.querySelectorAll('section')].map((s) => s.dataset.dimension);
    expect(dimensions).toEqual(['gender', 'age', 'cities', 'interests', 'devices']);
    const canvas = section(container, 'cities').querySelector('canvas');
    expect(canvas?.getAttribute('aria-label')).toContain('Top cities');
    expect(section(container, 'gender').textContent).toContain('Female85.3%');
  });

  it('renders a hostile name literally and creates no element from it', () => {
    const { container } = render(<AudienceCharts lang="zh" audience={testAudience()} />);

    expect(rows(section(container, 'cities'))).toContainEqual([XSS_NAME, '6.6%']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('warns about skipped values', () => {
    const audience = testAudience();
    const { container, rerender } = render(<AudienceCharts lang="zh" audience={audience} />);
    expect(container.querySelector('[data-role="anomalies"]')?.textContent).toBe(
      '已略过 1 个异常数值',
    );

    const anomalies = [...audience.anomalies, { dimension: 'age', kind: 'not-a-number' } as const];
    rerender(<AudienceCharts lang="en" audience={{ ...audience, anomalies }} />);
    expect(container.querySelector('[data-role="anomalies"]')?.textContent).toBe(
      '2 unusable values skipped',
    );

    rerender(<AudienceCharts lang="en" audience={{ ...audience, anomalies: [] }} />);
    expect(container.querySelector('[data-role="anomalies"]')).toBeNull();
  });

  it('says when shares are only of the listed entries', () => {
    const listed: Distribution = {
      basis: 'listed',
      entries: [
        { name: '上海', share: 0.258, count: 2580 },
        { name: '北京', share: 0.742, count: 7420 },
      ],
    };
    const audience = testAudience({ shape: 'counts', distributions: { cities: listed } });
    const { container } = render(<AudienceCharts lang="zh" audience={audience} />);

    const cities = section(container, 'cities');
    expect(cities.querySelector('h3')?.textContent).toBe('城市占所列');
    expect(cities.querySelector('[data-note="listed"]')?.textContent).toMatch(/^占所列/);
    expect(rows(cities)).toEqual([
      ['北京', '74.2%'],
      ['上海', '25.8%'],
    ]);
    expect(cities.querySelector('li')?.getAttribute('title')).toBe('7,420');
  });

  it('does not say "of listed" for shares of all followers', () => {
    const { container } = render(<AudienceCharts lang="en" audience={testAudience()} />);
    expect(container.querySelector('[data-note="listed"]')).toBeNull();
    expect(container.textContent).not.toContain('of listed');
  });

  it('notes that interest shares can add up to more than 100%', () => {
    const { container } = render(<AudienceCharts lang="en" audience={testAudience()} />);
    const note = section(container, 'interests').querySelector('[data-note="overlap"]');
    expect(note?.textContent).toContain('more than 100%');
    expect(section(container, 'cities').querySelector('[data-note="overlap"]')).toBeNull();
  });

  it('ranks long lists, keeps the top ten and lays them out in two columns', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `省${i}`, share: i / 100 }));
    const audience = testAudience({
      distributions: { provinces: { basis: 'fraction', entries } },
    });
    const { container } = render(<AudienceCharts lang="zh" audience={audience} />);

    const list = section(container, 'provinces').querySelector('ul');
    expect(list?.dataset.columns).toBe('2');
    expect(rows(list!)).toHaveLength(10);
    expect(rows(list!)[0]).toEqual(['省11', '11.0%']);
    expect(
      section(container, 'provinces').querySelector('[data-role="hidden-entries"]')?.textContent,
    ).toBe('另有 2 项较小的未列出（只显示前 10 项）');
  });

  it('says nothing about hidden entries when every entry is listed', () => {
    const { container } = render(<AudienceCharts lang="zh" audience={testAudience()} />);
    expect(container.querySelector('[data-role="hidden-entries"]')).toBeNull();
  });

  it("names an unknown gender bucket in the reader's language", () => {
    const entries = [
      { name: 'female', share: 0.6 },
      { name: 'unknown', share: 0.1 },
    ];
    const audience = testAudience({ distributions: { gender: { basis: 'fraction', entries } } });
    const { container } = render(<AudienceCharts lang="zh" audience={audience} />);
    expect(rows(section(container, 'gender'))).toEqual([
      ['女', '60.0%'],
      ['未知', '10.0%'],
    ]);
  });

  it('leaves out missing and empty dimensions and says when nothing is left', () => {
    const audience = testAudience({
      distributions: { devices: { basis: 'fraction', entries: [] } },
      anomalies: [],
    });
    const { container } = render(<AudienceCharts lang="zh" audience={audience} />);
    expect(container.querySelector('section')).toBeNull();
    expect(container.textContent).toBe('接口未返回任何分布数据');
  });
});

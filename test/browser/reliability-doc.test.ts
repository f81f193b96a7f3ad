import { describe, expect, it } from 'vitest';
import { mergeSection, parseSections, renderSection, type SectionSpec } from './reliability-doc';

const row = (fault: string) => ({
  fault,
  seen: '`error` `network`: 网络连接失败 | 重试',
  requests: '3 (bound 3)',
  afterwards: 'next creator → `data`',
  dataLost: 'none',
});
const spec = (key: string, group: SectionSpec['group'], order: number): SectionSpec => ({
  key,
  title: `Title of ${key}`,
  source: `test/browser/${key}.test.ts`,
  group,
  order,
});

describe('reliability document', () => {
  it('renders one table row per fault, pipes escaped, between markers', () => {
    const { text } = renderSection(spec('faults-a', 'faults', 10), [row('reset')]);
    expect(text.split('\n')[0]).toBe('<!-- reliability:begin faults-a faults 10 -->');
    expect(text).toContain('| reset | `error` `network`: 网络连接失败 \\| 重试 | 3 (bound 3) |');
    expect(text.split('\n').at(-1)).toBe('<!-- reliability:end faults-a -->');
  });

  it('orders sections by group and order, whatever order the suites ran in', () => {
    const other = renderSection(spec('lifecycle', 'other', 10), [row('worker stopped')]);
    const late = renderSection(spec('faults-b', 'faults', 20), [row('HTTP 503')]);
    const early = renderSection(spec('faults-a', 'faults', 10), [row('reset')]);

    const one = [other, late, early].reduce((doc, section) => mergeSection(doc, section), '');
    const two = [early, other, late].reduce((doc, section) => mergeSection(doc, section), '');
    expect(one).toBe(two);
    expect(parseSections(one).map((section) => section.key)).toEqual([
      'faults-a',
      'faults-b',
      'lifecycle',
    ]);
    expect(one.indexOf('## Other suites')).toBeGreaterThan(one.indexOf('faults-b'));
    expect(one.indexOf('## Other suites')).toBeLessThan(one.indexOf('lifecycle'));
  });

  it('replaces only its own section and is stable when merged again', () => {
    const a = renderSection(spec('faults-a', 'faults', 10), [row('reset')]);
    const b = renderSection(spec('faults-b', 'faults', 20), [row('HTTP 503')]);
    const doc = mergeSection(mergeSection('', a), b);
    const changed = renderSection(spec('faults-a', 'faults', 10), [row('reset'), row('hang')]);

    const after = mergeSection(doc, changed);
    expect(parseSections(after).map((section) => section.text)).toEqual([changed.text, b.text]);
    expect(mergeSection(after, changed)).toBe(after);
  });
});

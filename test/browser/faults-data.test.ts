import { describe, type ExpectStatic } from 'vitest';
import { readFixture, type Scenario } from './api-scenarios';
import { creatorIds } from './creator-ids';
import { OVERLAY } from './creator-surface';
import { UI_TIMEOUT_MS } from './extension-pages';
import { exerciseFault, expectData, expectNextCreatorWorks } from './fault-flow';
import { UNREADABLE_BILLED } from './fault-messages';
import { readShares, type ShareRow } from './overlay-probe';
import { describeView, settledView, type PanelView } from './panel-view';
import { reliabilitySection, type Observed } from './reliability-table';
import { useHarness } from './use-harness';

// Code 0 is the charged answer: whatever its data looks like, the user has paid for it, so
// every usable value must reach the panel and only the unusable ones may be left out.
const harness = useHarness('faults: odd data in a code-0 answer', 'fault-token-data');
const table = reliabilitySection({
  key: 'faults-data',
  title: 'Code 0 with odd data (charged answers)',
  source: 'test/browser/faults-data.test.ts',
  group: 'faults',
  order: 40,
});
const ids = creatorIds(0x04);

type Entry = { name: string; percent: number };
interface Fractions {
  gender: { female: number; male: number };
  cities: Entry[];
  provinces: Entry[];
  [other: string]: unknown;
}
const answer = readFixture('fans-profile-fractions.json') as { data: Fractions };
const withData = (data: unknown): Scenario => ({ kind: 'reply', body: { ...answer, data } });
const names = (entries: Entry[]) => entries.map((entry) => entry.name);
const CITIES = answer.data.cities;
const PROVINCES = answer.data.provinces;

/** Opens the creator on this answer and checks it costs one request and shows data. */
async function showAnswer(
  expect: ExpectStatic,
  scenario: Scenario,
  pair: { faulty: string; healthy: string },
  check: (view: PanelView, shares: (dimension: string) => Promise<ShareRow[]>) => Promise<void>,
): Promise<Observed> {
  const h = harness();
  h.api.setScenario(pair.faulty, scenario);
  const page = await OVERLAY.open(h, pair.faulty);
  const panel = OVERLAY.panel(page, pair.faulty);
  const view = await settledView(panel, UI_TIMEOUT_MS);
  expectData(expect, view);
  await check(view, (dimension) =>
    readShares(panel.locator(`section[data-dimension="${dimension}"]`)),
  );
  expect(h.api.requestsFor(pair.faulty)).toHaveLength(1);
  const next = await expectNextCreatorWorks(h, expect, OVERLAY, page, pair.healthy);
  expect(h.api.requestsFor(pair.faulty)).toHaveLength(1);
  await page.close();
  return { seen: describeView(view), requests: '1', afterwards: next, dataLost: 'none' };
}

describe.concurrent('faults: odd data in a code-0 answer', () => {
  const nullPair = ids.pair();
  table.test('code 0 with `data: null`', ({ expect }) =>
    exerciseFault(
      harness(),
      expect,
      { fault: '', scenario: withData(null), seen: UNREADABLE_BILLED, requests: 1 },
      nullPair,
    ),
  );

  const emptyPair = ids.pair();
  table.test('code 0, every list empty (fractions shape)', ({ expect }) => {
    const empty = { ages: [], interests: [], provinces: [], cities: [], devices: [] };
    return showAnswer(expect, withData(empty), emptyPair, async (view) => {
      expect(view.dimensions).toEqual([]);
      expect(view.notes).toEqual(['接口未返回任何分布数据']);
    });
  });

  const emptyCountsPair = ids.pair();
  table.test('code 0, every list empty (counts shape)', ({ expect }) => {
    const lists = ['gender', 'age', 'city', 'province', 'interest'];
    const portrait = Object.fromEntries(lists.map((list) => [`${list}Distribution`, []]));
    return showAnswer(
      expect,
      withData({ fansPortrait: portrait }),
      emptyCountsPair,
      async (view) => {
        expect(view.dimensions).toEqual([]);
        expect(view.notes).toEqual(['接口未返回任何分布数据']);
      },
    );
  });

  const rangePair = ids.pair();
  table.test('code 0, shares above 1 and negative', ({ expect }) => {
    const data = {
      ...answer.data,
      gender: { female: 1.2, male: -0.2 },
      cities: [{ name: '上海', percent: 1.5 }, ...CITIES.slice(1)],
      provinces: PROVINCES.map((p) => (p.name === '上海' ? { ...p, percent: -0.097 } : p)),
    };
    return showAnswer(expect, withData(data), rangePair, async (view, shares) => {
      // Both gender values are impossible, so gender is left out rather than guessed.
      expect(view.dimensions).toEqual(['age', 'cities', 'provinces', 'interests', 'devices']);
      expect(view.notes).toEqual(['已略过 4 个异常数值']);
      const cities = await shares('cities');
      expect(cities.map((row) => row.name)).toEqual(names(CITIES.slice(1)));
      expect(cities[0]).toEqual({ name: '北京', share: '6.6%' });
      const provinces = await shares('provinces');
      expect(provinces.map((row) => row.name)).toEqual(
        names(PROVINCES.filter((p) => p.name !== '上海')),
      );
    });
  });

  const duplicatePair = ids.pair();
  table.test('code 0, a city listed twice', ({ expect }) => {
    const cities = [...CITIES.slice(0, 2), { name: '上海', percent: 0.3 }, ...CITIES.slice(2)];
    const data = { ...answer.data, cities };
    return showAnswer(expect, withData(data), duplicatePair, async (view, shares) => {
      expect(view.dimensions).toHaveLength(6);
      expect(view.notes).toEqual(['已略过 1 个异常数值']);
      // The API's ranking comes first: the later 上海 is the one not trusted.
      const shown = await shares('cities');
      expect(shown.map((row) => row.name)).toEqual(names(CITIES));
      expect(shown[0]).toEqual({ name: '上海', share: '9.7%' });
    });
  });

  const hugePair = ids.pair();
  table.test('code 0, a 2 MB body (an unknown field padded)', ({ expect }) => {
    const data = { ...answer.data, vendorDebug: 'x'.repeat(2 * 1024 * 1024) };
    return showAnswer(expect, withData(data), hugePair, async (view, shares) => {
      expect(view.dimensions).toHaveLength(6);
      expect(view.notes).toEqual([]);
      expect(await shares('gender')).toContainEqual({ name: '女', share: '87.7%' });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { KEEP_ALIVE_INTERVAL_MS } from '../../utils/api/keep-alive';
import type { Scenario } from './api-scenarios';
import type { StandInApi } from './stand-in-api';
import { CREATOR_PATH, KOL_LIST_PATH } from './marketplace-page';
import type { Plan } from './marketplace-plan';
import { seconds, waitForReport } from './plan-run';
import { reliabilitySection } from './reliability-table';
import { usePlainHarness } from './use-plain-harness';

/**
 * A 45 s answer in a browser nobody drives. Under Playwright the worker is never stopped
 * for idleness, so these cases launch Chromium on their own and let the pages follow a plan
 * in their URL. Both run at once, each in its own browser: a page still waiting in one
 * browser must not keep the other browser's worker alive.
 */
const harness = usePlainHarness('lifecycle: 45 s answer, no debugger', 'slow-answer-token');
const table = reliabilitySection({
  key: 'lifecycle-slow-answer',
  title: 'Lifecycle: a 45 s answer in a browser without a debugger',
  source: 'test/browser/lifecycle-slow-answer.test.ts',
  group: 'other',
  order: 14,
});
const ANSWER_DELAY_MS = 45_000;
const CASE_TIMEOUT_MS = 150_000;
const slowAnswer: Scenario = {
  kind: 'fixture',
  file: 'fans-profile-fractions.json',
  delayMs: ANSWER_DELAY_MS,
};

/** When the connection of a creator's first request was closed early, if it ever was. */
function watchEarlyClose(api: StandInApi, creatorId: string): () => number | undefined {
  let closedAt: number | undefined;
  const timer = setInterval(() => {
    if (closedAt === undefined && api.requestsFor(creatorId)[0]?.closedEarly) closedAt = Date.now();
  }, 100);
  return () => {
    clearInterval(timer);
    return closedAt;
  };
}

describe('a 45 s answer without a debugger on the worker', () => {
  const askerLeft = table.row('45 s answer, the asking page left after 1 s');
  it.concurrent(
    'is received and cached after the asking page has left',
    async () => {
      const { api, marketplace, run } = harness();
      const creatorId = '6a1b2c3d000000000e00a045';
      api.setScenario(creatorId, slowAnswer);
      const plan: Plan = {
        run: 'asker-leaves',
        steps: [
          { path: `${CREATOR_PATH}${creatorId}`, until: 'loading', stayMs: 1000 },
          { path: KOL_LIST_PATH, stayMs: 55_000 },
          { path: `${CREATOR_PATH}${creatorId}` },
        ],
      };
      const { browser, start, story } = await run(plan);
      const closedAt = watchEarlyClose(api, creatorId);
      const mine = (step: number) => (r: { run: string; step: number }) =>
        r.run === plan.run && r.step === step;
      try {
        const left = await waitForReport(
          marketplace,
          (r) => mine(1)(r) && r.event === 'page',
          30_000,
          () => story(creatorId),
        );
        const back = await waitForReport(
          marketplace,
          (r) => mine(2)(r) && r.state === 'data',
          CASE_TIMEOUT_MS - 30_000,
          () => story(creatorId),
        );
        const requests = api.requestsFor(creatorId);
        const asked = requests[0]!.time;
        const closed = closedAt();
        console.log(
          `[lifecycle] asker leaves: asked +${seconds(asked - start)} s, page left ` +
            `+${seconds(left.at - start)} s, answer due ` +
            `+${seconds(asked + ANSWER_DELAY_MS - start)} s, back on the creator with data ` +
            `+${seconds(back.at - start)} s, requests ${requests.length}, connection closed ` +
            `early ${closed === undefined ? 'never' : `at +${seconds(closed - start)} s`} ` +
            `(keep-alive every ${KEEP_ALIVE_INTERVAL_MS / 1000} s)`,
        );

        expect(requests.length, story(creatorId)).toBe(1);
        expect(requests[0]!.closedEarly, story(creatorId)).toBe(false);
        // Nobody waited: the page had left long before Chrome's 30 s idle limit.
        expect(left.at - asked).toBeLessThan(ANSWER_DELAY_MS - 30_000);
        expect(back.at - asked).toBeGreaterThan(ANSWER_DELAY_MS);
        expect(back.creatorId).toBe(creatorId);
        askerLeft.record({
          seen: '`data` on coming back after the answer was due (no spinner)',
          requests: '1: none on coming back, the answer came from the cache',
          afterwards:
            'the worker stayed up with nobody waiting ' +
            `(keep-alive every ${KEEP_ALIVE_INTERVAL_MS / 1000} s)`,
          dataLost: 'none',
        });
      } finally {
        closedAt();
        await browser.close();
      }
    },
    CASE_TIMEOUT_MS,
  );

  const askerWaits = table.row('45 s answer, the overlay waits');
  it.concurrent(
    'is shown to the overlay that waits for it',
    async () => {
      const { api, marketplace, run } = harness();
      const creatorId = '6a1b2c3d000000000e00b045';
      api.setScenario(creatorId, slowAnswer);
      const plan: Plan = { run: 'asker-waits', steps: [{ path: `${CREATOR_PATH}${creatorId}` }] };
      const { browser, start, story } = await run(plan);
      try {
        const loading = await waitForReport(
          marketplace,
          (r) => r.run === plan.run && r.state === 'loading',
          30_000,
          () => story(creatorId),
        );
        const shown = await waitForReport(
          marketplace,
          (r) => r.run === plan.run && r.state !== 'loading' && r.state !== 'none',
          CASE_TIMEOUT_MS - 30_000,
          () => story(creatorId),
        );
        const requests = api.requestsFor(creatorId);
        const asked = requests[0]!.time;
        console.log(
          `[lifecycle] asker waits: loading +${seconds(loading.at - start)} s, asked ` +
            `+${seconds(asked - start)} s, panel ${shown.state} +${seconds(shown.at - start)} s ` +
            `(${seconds(shown.at - asked)} s after the request), requests ${requests.length}`,
        );

        expect(shown.state, story(creatorId)).toBe('data');
        expect(shown.creatorId).toBe(creatorId);
        expect(requests.length).toBe(1);
        expect(requests[0]!.closedEarly).toBe(false);
        expect(shown.at - asked).toBeGreaterThanOrEqual(ANSWER_DELAY_MS - 1000);
        askerWaits.record({
          seen: '`loading` for the 45 s, then `data`',
          requests: '1',
          afterwards: 'the answer is kept for the next view',
          dataLost: 'none',
        });
      } finally {
        await browser.close();
      }
    },
    CASE_TIMEOUT_MS,
  );
});

import type { Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';
import { maxDelayMs, RATE_LIMIT_BACKOFF, RETRY_BACKOFF } from '../../utils/api/retry-policy';
import type { Scenario } from './api-scenarios';
import { OVERLAY, type CreatorSurface } from './creator-surface';
import { UI_TIMEOUT_MS } from './extension-pages';
import type { Harness } from './harness';
import { attemptsOf, describeView, settledView, type PanelView } from './panel-view';
import type { Observed } from './reliability-table';

export const HEALTHY: Scenario = { kind: 'fixture', file: 'fans-profile-fractions.json' };

/** How long the slowest allowed retry sequence of a class sleeps in total. */
export function worstBackoffMs(retryClass: 'retry' | 'backoff'): number {
  const { maxAttempts } = retryClass === 'retry' ? RETRY_BACKOFF : RATE_LIMIT_BACKOFF;
  let total = 0;
  for (let attempt = 1; attempt < maxAttempts; attempt += 1) {
    total += maxDelayMs(retryClass, attempt);
  }
  return total;
}

/** A fault retried up to the bound: every attempt reaches the API, then the panel settles. */
export const RETRIED = {
  requests: RETRY_BACKOFF.maxAttempts,
  bound: RETRY_BACKOFF.maxAttempts,
  settleMs: worstBackoffMs('retry') + UI_TIMEOUT_MS,
};

export interface FaultCase {
  fault: string;
  scenario: Scenario;
  /** The failure as the user must see it; literal zh-CN text. */
  seen: { kind: string; title: string; action: string | RegExp; buttons: string[] };
  /** Exactly this many requests reach the API for the fault. */
  requests: number;
  /** The documented bound the count is checked against, for the table. */
  bound?: number;
  /** After the fault: the API recovers, the user presses retry, data and one more request. */
  retry?: boolean;
  /** How long the panel may stay in `loading`. */
  settleMs?: number;
  surface?: CreatorSurface;
}

/**
 * One fault on one creator, end to end: the scenario is set, the creator opened, the
 * settled panel checked against `c.seen`, the requests counted, optionally healed with the
 * retry button, and then the next (healthy) creator must show data while the faulty one
 * gets no further request. Returns the row the reliability table shows.
 */
export async function exerciseFault(
  h: Harness,
  expect: ExpectStatic,
  c: FaultCase,
  ids: { faulty: string; healthy: string },
): Promise<Observed> {
  const surface = c.surface ?? OVERLAY;
  const { api } = h;
  api.setScenario(ids.faulty, c.scenario);
  const page = await surface.open(h, ids.faulty);
  const panel = surface.panel(page, ids.faulty);

  const view = await settledView(panel, c.settleMs ?? UI_TIMEOUT_MS);
  expectFailure(expect, view, c.seen);
  expect(api.requestsFor(ids.faulty)).toHaveLength(c.requests);
  // The product's own count, shown under 技术详情, agrees with what reached the API.
  expect(attemptsOf(view)).toBe(c.requests);
  if (c.bound !== undefined) expect(c.requests).toBeLessThanOrEqual(c.bound);

  const afterwards: string[] = [];
  let faultyRequests = c.requests;
  if (c.retry) {
    api.setScenario(ids.faulty, HEALTHY);
    await panel.locator('[data-action="retry"]').click();
    expectData(expect, await settledView(panel, UI_TIMEOUT_MS));
    faultyRequests += 1;
    expect(api.requestsFor(ids.faulty)).toHaveLength(faultyRequests);
    afterwards.push('API recovers, [重试] → `data`, +1 request');
  }

  afterwards.push(await expectNextCreatorWorks(h, expect, surface, page, ids.healthy));
  // Checked after the move: a late retry of the faulty creator would have arrived by now.
  expect(api.requestsFor(ids.faulty)).toHaveLength(faultyRequests);
  await page.close();

  const bound = c.bound === undefined ? '' : ` (bound ${c.bound})`;
  return {
    seen: describeView(view),
    requests: `${c.requests}${bound}`,
    afterwards: afterwards.join('; '),
    dataLost: 'none',
  };
}

export function expectFailure(expect: ExpectStatic, view: PanelView, seen: FaultCase['seen']) {
  expect(view).toMatchObject({ state: 'error', kind: seen.kind, title: seen.title });
  if (typeof seen.action === 'string') expect(view.action).toBe(seen.action);
  else expect(view.action).toMatch(seen.action);
  expect(view.buttons.map((button) => button.action)).toEqual(seen.buttons);
}

/** Data, or a failure message that says what the user saw instead. */
export function expectData(expect: ExpectStatic, view: PanelView): void {
  expect(describeView(view)).toMatch(/^`data`/);
}

/** The next creator on the same page shows data after exactly one request. */
export async function expectNextCreatorWorks(
  h: Harness,
  expect: ExpectStatic,
  surface: CreatorSurface,
  page: Page,
  healthy: string,
  settleMs = UI_TIMEOUT_MS,
): Promise<string> {
  await surface.moveTo(page, healthy);
  const view = await settledView(surface.panel(page, healthy), settleMs);
  expectData(expect, view);
  expect(view.dimensions).toHaveLength(6);
  expect(h.api.requestsFor(healthy)).toHaveLength(1);
  return 'next creator → `data`, 1 request';
}

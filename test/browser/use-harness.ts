import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { seedToken } from './extension-pages';
import { startHarness, type Harness } from './harness';
import { SCREENSHOT_DIR } from './paths';

/**
 * One harness per test file: started before the first test, closed after the last, with
 * the token saved through the options form when given. Prints how long the file took,
 * so a slow suite shows up in the CI log before it becomes a timeout.
 */
export function useHarness(suite: string, token?: string): () => Harness {
  let harness: Harness | undefined;
  let startError: unknown;
  const started = performance.now();

  // A failed start is kept and rethrown by every test: Vitest reports tests whose
  // beforeAll threw as skipped, and a missing browser must read as failed, with the reason.
  beforeAll(async () => {
    try {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      harness = await startHarness();
      if (token !== undefined) await seedToken(harness.browser, token);
    } catch (error) {
      startError = error;
    }
  });

  afterAll(async () => {
    await harness?.close();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[fanlens browser] ${suite} ran in ${seconds} s`);
  });

  return () => {
    if (startError !== undefined) throw startError;
    if (!harness) throw new Error('The browser harness is used outside a test.');
    return harness;
  };
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, it, type TestContext } from 'vitest';
import { DOCS_DIR } from './paths';
import {
  mergeSection,
  renderSection,
  type ReliabilityRow,
  type SectionSpec,
} from './reliability-doc';

export type { ReliabilityRow };
export type Observed = Omit<ReliabilityRow, 'fault'>;

export const RELIABILITY_DOC = path.join(DOCS_DIR, 'reliability.md');

/** What a failing test's row says: fixed text, so the file stays the same run after run. */
const FAILED: Observed = {
  seen: '**the test fails**: see its assertion in the test log',
  requests: 'not observed',
  afterwards: 'not observed',
  dataLost: 'not observed',
};

export interface RowSlot {
  /** Called at the end of a passing test with what it observed. */
  record(observed: Observed): void;
}

export interface ReliabilitySection {
  /**
   * Declares a row where the test is declared; the test calls `record` once it has passed.
   * A row left unrecorded (the test failed or was filtered out) keeps the file as it was.
   */
  row(fault: string): RowSlot;
  /**
   * Declares a row and the test that observes it; the test returns the row's cells. Inside
   * `describe.concurrent` the test runs concurrently like any other `it`.
   */
  test(
    fault: string,
    observe: (context: TestContext) => Promise<Observed>,
    timeoutMs?: number,
  ): void;
}

/**
 * One suite's rows in docs/reliability.md. Rows follow the declarations, so tests that finish
 * in any order still give the same bytes. The section is written after the file once every
 * row has passed or failed; a filtered run (`-t`) skips tests and leaves the file alone.
 */
export function reliabilitySection(spec: SectionSpec): ReliabilitySection {
  const slots: { fault: string; observed?: Observed }[] = [];

  afterAll(async () => {
    const missing = slots.filter((slot) => slot.observed === undefined).map((s) => s.fault);
    if (missing.length > 0) {
      console.warn(
        `[reliability] ${spec.key}: ${missing.length} of ${slots.length} rows did not run ` +
          `(${missing.join('; ')}); ${RELIABILITY_DOC} left as it was`,
      );
      return;
    }
    const rows = slots.map((slot) => ({ fault: slot.fault, ...slot.observed! }));
    const section = renderSection(spec, rows);
    // Formatted here so that `prettier --check .` in `npm run lint` accepts the result as is.
    const options = { ...(await resolveConfig(RELIABILITY_DOC)), parser: 'markdown' };
    const text = (await format(section.text, options)).trimEnd();
    // Read, merge and write without an await between, so no other writer can interleave.
    const before = existsSync(RELIABILITY_DOC) ? readFileSync(RELIABILITY_DOC, 'utf8') : '';
    const after = mergeSection(before, { ...section, text });
    if (after !== before) writeFileSync(RELIABILITY_DOC, after);
  });

  function declare(fault: string) {
    if (slots.some((slot) => slot.fault === fault)) {
      throw new Error(`[reliability] ${spec.key}: the row "${fault}" is declared twice`);
    }
    const slot: (typeof slots)[number] = { fault };
    slots.push(slot);
    return slot;
  }

  return {
    row(fault) {
      const slot = declare(fault);
      return { record: (observed) => void (slot.observed = observed) };
    },
    test(fault, observe, timeoutMs) {
      const slot = declare(fault);
      it(
        fault,
        async (context) => {
          context.onTestFailed(() => void (slot.observed = FAILED));
          slot.observed = await observe(context);
        },
        timeoutMs,
      );
    },
  };
}

import type { z } from 'zod';
import type { Outcome } from '../api/error-kinds';
import { DIMENSIONS, type Anomaly, type Audience, type Distribution } from './model';
import { countDistributions, fractionDistribution, fractionScale } from './shares';
import { countsDataSchema, FRACTION_KEYS, fractionsDataSchema, type RawAnswer } from './schemas';

/**
 * The API's `data` (either shape) into the one Audience model. Never throws: whatever
 * arrives, the caller gets an audience or an `unexpected-answer` with a short reason.
 */
export function normaliseAudience(
  data: unknown,
  context: { creatorId: string; recordTime?: string | null },
): Outcome<Audience> {
  const parsed = parseData(data);
  if (typeof parsed === 'string') {
    return { ok: false, error: { kind: 'unexpected-answer', detail: parsed } };
  }

  const anomalies: Anomaly[] = [];
  const { distributions, total } =
    parsed.shape === 'counts'
      ? countDistributions(parsed.dimensions, anomalies)
      : { distributions: fractionDistributions(parsed, anomalies), total: undefined };

  const audience: Audience = {
    creatorId: context.creatorId,
    shape: parsed.shape,
    distributions: inDimensionOrder(distributions),
    anomalies,
  };
  if (total !== undefined) audience.total = total;
  const dataDate = parsed.dateKey ?? (context.recordTime?.trim() || undefined);
  if (dataDate !== undefined) audience.dataDate = dataDate;
  return { ok: true, value: audience };
}

/** The parsed answer, or why it is neither shape. */
function parseData(data: unknown): RawAnswer | string {
  if (data === null || data === undefined) return 'no data (data is null)';
  if (typeof data !== 'object' || Array.isArray(data)) {
    return `data: expected an object, got ${typeName(data)}`;
  }

  const fields = data as Record<string, unknown>;
  const isCounts = fields.fansPortrait !== null && fields.fansPortrait !== undefined;
  if (
    !isCounts &&
    !FRACTION_KEYS.some((key) => fields[key] !== null && fields[key] !== undefined)
  ) {
    return `data: no audience dimension (expected fansPortrait or ${FRACTION_KEYS.join('/')})`;
  }

  const result = (isCounts ? countsDataSchema : fractionsDataSchema).safeParse(data);
  if (!result.success) return describeIssues(result.error.issues);
  if (Object.keys(result.data.dimensions).length === 0) {
    return `data${isCounts ? '.fansPortrait' : ''}: no audience dimension`;
  }
  return result.data;
}

function fractionDistributions(answer: RawAnswer, anomalies: Anomaly[]) {
  const distributions: Audience['distributions'] = {};
  const scale = fractionScale(answer.dimensions);
  for (const dimension of DIMENSIONS) {
    const raw = answer.dimensions[dimension];
    if (raw) distributions[dimension] = fractionDistribution(dimension, raw, anomalies, scale);
  }
  return distributions;
}

function inDimensionOrder(distributions: Audience['distributions']) {
  const ordered: Audience['distributions'] = {};
  for (const dimension of DIMENSIONS) {
    const distribution: Distribution | undefined = distributions[dimension];
    if (distribution) ordered[dimension] = distribution;
  }
  return ordered;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return value.trimStart().startsWith('<') ? 'a string (looks like HTML)' : 'a string';
  }
  return `a ${typeof value}`;
}

/** `data.cities[2].name: expected string, received number`, plus how many more problems. */
function describeIssues(issues: z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'data: does not match either answer shape';
  const path = first.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('');
  const message = first.message.replace(/^Invalid input: /, '');
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return `data${path}: ${message}${more}`;
}

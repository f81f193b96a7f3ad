import type { Anomaly, Dimension, Distribution, ShareEntry } from './model';
import type { RawDimensions, RawEntry } from './schemas';

/**
 * Turns raw entries into shares of the whole follower audience (DOMAIN.md, "Shares from
 * counts"). Entries whose value cannot be used are left out and recorded as anomalies, so
 * every share that leaves this file is finite and within 0..1.
 */

type Reading = { ok: true; number: number } | { ok: false; kind: Anomaly['kind'] };

// Numeric strings are refused too: sibling endpoints send rates as percent strings
// ("75.0"), so a string's scale cannot be known and guessing it would mislead.
function readNumber(value: unknown, max: number): Reading {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ok: false, kind: 'not-a-number' };
  if (value < 0 || value > max) return { ok: false, kind: 'out-of-range' };
  return { ok: true, number: value === 0 ? 0 : value }; // -0 reads as 0
}

/** The API's order is its ranking; a later entry of the same name is never trusted. */
function firstOfEachName(dimension: Dimension, raw: RawEntry[], anomalies: Anomaly[]) {
  const seen = new Set<string>();
  return raw.filter((entry) => {
    if (entry.malformed) {
      anomalies.push({ dimension, kind: 'malformed-entry' });
      return false;
    }
    if (seen.has(entry.name)) {
      anomalies.push({ dimension, kind: 'duplicate-name', name: entry.name });
      return false;
    }
    seen.add(entry.name);
    return true;
  });
}

function usable(dimension: Dimension, raw: RawEntry[], max: number, anomalies: Anomaly[]) {
  const kept: { entry: RawEntry; number: number }[] = [];
  for (const entry of firstOfEachName(dimension, raw, anomalies)) {
    const reading = readNumber(entry.value, max);
    if (reading.ok) kept.push({ entry, number: reading.number });
    else anomalies.push({ dimension, kind: reading.kind, name: entry.name });
  }
  return kept;
}

function shareEntry(entry: RawEntry, share: number, count?: number): ShareEntry {
  const shared: ShareEntry = { name: entry.name, share };
  if (entry.label !== undefined) shared.label = entry.label;
  if (count !== undefined) shared.count = count;
  return shared;
}

/** Fractions of all followers (0..1) are used as given, on the answer's own scale. */
export function fractionDistribution(
  dimension: Dimension,
  raw: RawEntry[],
  anomalies: Anomaly[],
  scale = 1,
): Distribution {
  const entries = usable(dimension, raw, scale, anomalies).map((u) =>
    shareEntry(u.entry, u.number / scale),
  );
  return { basis: 'fraction', entries };
}

/**
 * The scale a fractions answer uses: 1 (0..1, what the marketplace sends) or 100 (percent,
 * what sibling endpoints use). Gender, else age, covers the whole audience, so its sum tells
 * the scale: about 1 or about 100. Without such a witness the documented 0..1 is assumed,
 * and a lone value above 1 stays an anomaly rather than being rescaled on a guess.
 */
export function fractionScale(raw: RawDimensions): number {
  for (const dimension of ['gender', 'age'] as const) {
    const values = (raw[dimension] ?? []).map((entry) => entry.value);
    if (values.length === 0 || !values.every(isFiniteNumber)) continue;

    const total = values.reduce((sum, value) => sum + value, 0);
    if (total >= 90 && total <= 110) return 100;
    if (total > 0) return 1;
  }
  return 1;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export interface CountShares {
  distributions: Partial<Record<Dimension, Distribution>>;
  /** The audience total, when gender or age gave one. */
  total?: number;
}

function sum(counts: { number: number }[] | undefined): number {
  return (counts ?? []).reduce((total, c) => total + c.number, 0);
}

/**
 * Gender and age each cover the whole audience, so their sum is the total. City, province
 * and interest lists are only the top entries (interests even overlap), so dividing by
 * their own sum would overstate every share: 上海 would read 25.8% instead of 10.7%.
 */
export function countDistributions(raw: RawDimensions, anomalies: Anomaly[]): CountShares {
  // Counts above 2^53 are not exact integers any more; no audience is that large, and the
  // bound keeps every sum finite.
  const counted = new Map(
    (Object.entries(raw) as [Dimension, RawEntry[]][]).map(([dimension, list]) => [
      dimension,
      usable(dimension, list, Number.MAX_SAFE_INTEGER, anomalies),
    ]),
  );
  // Each is a sum over the whole audience, but a damaged or partial list (a count left out
  // as an anomaly, a gender missing) undercounts it; the larger clean sum is the better total.
  const largest = Math.max(sum(counted.get('gender')), sum(counted.get('age')));
  const total = largest > 0 ? largest : undefined;

  const distributions: CountShares['distributions'] = {};
  for (const [dimension, counts] of counted) {
    distributions[dimension] =
      total === undefined
        ? listedShares(counts)
        : audienceShares(dimension, counts, total, anomalies);
  }
  return total === undefined ? { distributions } : { distributions, total };
}

function audienceShares(
  dimension: Dimension,
  counts: { entry: RawEntry; number: number }[],
  total: number,
  anomalies: Anomaly[],
): Distribution {
  const entries: ShareEntry[] = [];
  for (const { entry, number } of counts) {
    // More followers in one city than in the whole audience is a data error, not 130%.
    if (number > total) anomalies.push({ dimension, kind: 'out-of-range', name: entry.name });
    else entries.push(shareEntry(entry, number / total, number));
  }
  return { basis: 'audience', entries };
}

/** Without any total the best honest figure is the share of the listed entries. */
function listedShares(counts: { entry: RawEntry; number: number }[]): Distribution {
  const listed = sum(counts);
  const entries = counts.map(({ entry, number }) =>
    shareEntry(entry, listed > 0 ? number / listed : 0, number),
  );
  return { basis: 'listed', entries };
}

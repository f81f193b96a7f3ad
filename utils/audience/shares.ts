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

/** Fractions of all followers (0..1) are used as given. */
export function fractionDistribution(
  dimension: Dimension,
  raw: RawEntry[],
  anomalies: Anomaly[],
): Distribution {
  const entries = usable(dimension, raw, 1, anomalies).map((u) => shareEntry(u.entry, u.number));
  return { basis: 'fraction', entries };
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
  const total = [sum(counted.get('gender')), sum(counted.get('age'))].find((t) => t > 0);

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

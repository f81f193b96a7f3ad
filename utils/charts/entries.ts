import type { Dimension, Distribution, ShareEntry } from '../audience/model';
import { t, type Lang } from '../i18n';

/** Ranked lists show at most this many entries: the API sends top-10 lists anyway. */
export const TOP_ENTRIES = 10;

/** Dimensions read as rankings; gender and age keep the API's own (natural) order. */
const RANKED: ReadonlySet<Dimension> = new Set(['cities', 'provinces', 'interests', 'devices']);

export function isRanked(dimension: Dimension): boolean {
  return RANKED.has(dimension);
}

/** The entries a chart and its list show, in display order. */
export function shownEntries(dimension: Dimension, distribution: Distribution): ShareEntry[] {
  if (!isRanked(dimension)) return distribution.entries;
  return [...distribution.entries].sort((a, b) => b.share - a.share).slice(0, TOP_ENTRIES);
}

/**
 * The name a person reads. Gender arrives as `female`/`male`; devices carry a Chinese
 * display name (`苹果` beside `apple inc.`), which only helps Chinese readers.
 */
export function entryName(lang: Lang, dimension: Dimension, entry: ShareEntry): string {
  if (dimension === 'gender') {
    const gender = entry.name.trim().toLowerCase();
    if (gender === 'female') return t(lang, 'gender.female');
    if (gender === 'male') return t(lang, 'gender.male');
    if (gender === 'unknown') return t(lang, 'gender.unknown');
  }

  if (lang === 'zh' && entry.label) return entry.label;
  return entry.name;
}

/** A 0..1 share as a percent with one decimal (0.853 → 85.3), as charts plot it. */
export function toPercent(share: number): number {
  return Math.round(share * 1000) / 10;
}

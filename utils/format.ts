/**
 * Numbers as the views show them. Kept apart from the views so that the percentages in the
 * charts, the tables and the copied text always agree.
 */

/** A share of followers (0..1) as a percentage with one decimal: 0.853 → `85.3%`. */
export function formatShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  // Rounding per mille first rounds halves up as people expect: 0.0045 * 100 is
  // 0.44999… in binary, which toFixed alone would show as 0.4%.
  const perMille = Math.round(fraction * 1000);
  return `${(perMille / 10).toFixed(1)}%`;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A follower count with thousands separators: 88442 → `88,442`. */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return '–';
  return COUNT_FORMAT.format(count);
}

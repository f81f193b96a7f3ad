/**
 * The one domain model of a creator's follower audience. Both answer shapes of the API
 * (counts and fractions) are normalised into it; every view renders only this.
 */

/** How an entry's share was obtained, so a view can say what the percentage is of. */
export type ShareBasis =
  /** The API gave a fraction of all followers (0..1); used as given. */
  | 'fraction'
  /** A count divided by the audience total (the gender sum, else the age sum). */
  | 'audience'
  /** No audience total was known: a count divided by the sum of the listed entries. */
  | 'listed';

export interface ShareEntry {
  /** The name as the API sent it (e.g. `上海`, `female`, `25-34`, `apple inc.`). */
  name: string;
  /** A display name the API sent beside it (devices carry `desc`, e.g. `苹果`). */
  label?: string;
  /** Share of all followers as a fraction in 0..1. Never NaN, never outside 0..1. */
  share: number;
  /** The raw follower count, when the answer had counts. */
  count?: number;
}

export interface Distribution {
  basis: ShareBasis;
  entries: ShareEntry[];
}

export const DIMENSIONS = ['gender', 'age', 'cities', 'provinces', 'interests', 'devices'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ANOMALY_KINDS = [
  'out-of-range',
  'duplicate-name',
  'not-a-number',
  /** An entry that is not an object, or has no name: skipped, the rest of the answer kept. */
  'malformed-entry',
] as const;

/** Something odd in an answer that was flagged instead of silently fixed. */
export interface Anomaly {
  dimension: Dimension;
  kind: (typeof ANOMALY_KINDS)[number];
  /** The entry's name, when it had one. */
  name?: string;
}

export interface Audience {
  creatorId: string;
  /** Which answer shape the data came in. */
  shape: 'counts' | 'fractions';
  /** Follower total, known only for the counts shape (gender sum, else age sum). */
  total?: number;
  /** The data's own date: `dateKey` (YYYY-MM-DD) or the envelope's `recordTime`. */
  dataDate?: string;
  /** Dimensions the answer had; a missing dimension is simply absent. */
  distributions: Partial<Record<Dimension, Distribution>>;
  /** Entries left out because their values could not be used (shown as a warning). */
  anomalies: Anomaly[];
}

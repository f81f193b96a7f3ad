import { z } from 'zod';
import type { Dimension } from './model';

/**
 * Zod schemas for the two shapes `data` arrives in (see DOMAIN.md): the documented counts
 * shape under `fansPortrait`, and the marketplace's fractions shape that live services send.
 * Both parse into one raw form; checking the numbers is left to shares.ts.
 */

/** One entry as the API sent it: its name, and a value that has not been checked yet. */
export interface RawEntry {
  name: string;
  label?: string;
  value: unknown;
  /** The entry was not an object or had no string name; it becomes an anomaly. */
  malformed?: true;
}

export type RawDimensions = Partial<Record<Dimension, RawEntry[]>>;

export interface RawAnswer {
  shape: 'counts' | 'fractions';
  dimensions: RawDimensions;
  dateKey?: string;
}

// Values stay `unknown` on purpose, and so do entries: a single unusable number or entry
// must cost that entry (reported as an anomaly), not the whole answer the user has paid for.
// Containers are structure, so a wrong type there rejects the answer with the path that broke.
const value = z.unknown().optional();

const MALFORMED: RawEntry = { name: '', value: undefined, malformed: true };

/** A list whose entries are read one by one; an entry that does not fit becomes MALFORMED. */
function listOf<T>(entry: z.ZodType<T>, toRaw: (parsed: T) => RawEntry) {
  return z
    .array(z.unknown())
    .transform((items) =>
      items.map((item) => {
        const parsed = entry.safeParse(item);
        return parsed.success ? toRaw(parsed.data) : MALFORMED;
      }),
    )
    .nullish();
}

const countList = listOf(
  z.object({ distribution_data: z.object({ name: z.string(), cnt: value }) }),
  ({ distribution_data: d }) => ({ name: d.name, value: d.cnt }),
);

const fractionList = listOf(z.object({ name: z.string(), percent: value }), (e) => ({
  name: e.name,
  value: e.percent,
}));

const ageList = listOf(z.object({ group: z.string(), percent: value }), (e) => ({
  name: e.group,
  value: e.percent,
}));

const deviceList = listOf(
  z.object({ name: z.string(), desc: value, percent: value }),
  (e): RawEntry => {
    // `desc` is only a display label; a missing one costs the label, not the entry.
    const label = typeof e.desc === 'string' && e.desc.trim() !== '' ? e.desc : undefined;
    return label === undefined
      ? { name: e.name, value: e.percent }
      : { name: e.name, label, value: e.percent };
  },
);

// Gender comes as an object; both keys are expected, so a missing one is reported like any
// other unusable value instead of silently showing a single gender.
const genderShares = z
  .object({ female: value, male: value })
  .transform((g): RawEntry[] => [
    { name: 'female', value: g.female },
    { name: 'male', value: g.male },
  ])
  .nullish();

/** Keeps the dimensions that were sent; `null` for a dimension means it is absent. */
function present(lists: Record<Dimension, RawEntry[] | null | undefined>): RawDimensions {
  const dimensions: RawDimensions = {};
  for (const [dimension, list] of Object.entries(lists) as [Dimension, RawEntry[] | null][]) {
    if (list) dimensions[dimension] = list;
  }
  return dimensions;
}

export const countsDataSchema = z
  .object({
    fansPortrait: z.object({
      genderDistribution: countList,
      ageDistribution: countList,
      cityDistribution: countList,
      provinceDistribution: countList,
      interestDistribution: countList,
    }),
  })
  .transform(({ fansPortrait: p }): RawAnswer => ({
    shape: 'counts',
    dimensions: present({
      gender: p.genderDistribution,
      age: p.ageDistribution,
      cities: p.cityDistribution,
      provinces: p.provinceDistribution,
      interests: p.interestDistribution,
      devices: undefined,
    }),
  }));

export const fractionsDataSchema = z
  .object({
    gender: genderShares,
    ages: ageList,
    cities: fractionList,
    provinces: fractionList,
    interests: fractionList,
    devices: deviceList,
    // The date is only shown beside the charts; an odd one is dropped, not fatal.
    dateKey: value.transform((v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)),
  })
  .transform((d): RawAnswer => {
    const dimensions = present({
      gender: d.gender,
      age: d.ages,
      cities: d.cities,
      provinces: d.provinces,
      interests: d.interests,
      devices: d.devices,
    });
    return d.dateKey === undefined
      ? { shape: 'fractions', dimensions }
      : { shape: 'fractions', dimensions, dateKey: d.dateKey };
  });

/** The keys that mark a `data` object as the fractions shape. */
export const FRACTION_KEYS = ['gender', 'ages', 'cities', 'provinces', 'interests', 'devices'];

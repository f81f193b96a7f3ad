import { z } from 'zod';
import { ANOMALY_KINDS, DIMENSIONS, type Audience } from './audience/model';
import { CREATOR_ID_PATTERN } from './creator-id';

/**
 * The Audience model as a schema, for data that comes back from storage: a kept answer was
 * written by an older build or may be damaged, so it is checked before any view draws it.
 */
const shareEntrySchema = z.object({
  name: z.string(),
  label: z.string().optional(),
  share: z.number().min(0).max(1),
  count: z.number().nonnegative().optional(),
});

const distributionSchema = z.object({
  basis: z.enum(['fraction', 'audience', 'listed']),
  entries: z.array(shareEntrySchema),
});

const anomalySchema = z.object({
  dimension: z.enum(DIMENSIONS),
  kind: z.enum(ANOMALY_KINDS),
  name: z.string().optional(),
});

export const audienceSchema = z.object({
  creatorId: z.string().regex(CREATOR_ID_PATTERN),
  shape: z.enum(['counts', 'fractions']),
  total: z.number().nonnegative().optional(),
  dataDate: z.string().optional(),
  distributions: z.partialRecord(z.enum(DIMENSIONS), distributionSchema),
  anomalies: z.array(anomalySchema),
}) satisfies z.ZodType<Audience>;

import { z } from 'zod';

/** The two API environments of the vendor; the user picks whichever answers faster. */
export const ENVIRONMENTS = {
  global: 'https://api.justoneapi.com',
  mainland: 'http://47.117.133.51:30015',
} as const;
export type Environment = keyof typeof ENVIRONMENTS;

/** The follower-distribution endpoints; `fansProfile` is the current one. */
export const ENDPOINTS = {
  fansProfile: {
    path: '/api/xiaohongshu-pgy/api/solar/kol/data/userId/fans_profile/v1',
    idParam: 'userId',
  },
  kolFansPortrait: {
    path: '/api/xiaohongshu-pgy/get-kol-fans-portrait/v1',
    idParam: 'kolId',
  },
} as const;
export type EndpointName = keyof typeof ENDPOINTS;

/** Limits of the two number settings, shared by the schema and the options form. */
export const CACHE_HOURS_RANGE = { min: 0, max: 24 * 30 } as const;
export const TIMEOUT_SECONDS_RANGE = { min: 10, max: 300 } as const;

export const settingsSchema = z.object({
  environment: z.enum(['global', 'mainland']).catch('global'),
  endpoint: z.enum(['fansProfile', 'kolFansPortrait']).catch('fansProfile'),
  /** Only for the deprecated endpoint: let the vendor answer from its own cache. */
  acceptCache: z.boolean().catch(true),
  /** Overlay loads data on its own (`auto`) or only after a click (`click`). */
  overlayLoad: z.enum(['auto', 'click']).catch('auto'),
  /** How long an answer is kept, in hours; 0 keeps nothing. */
  cacheHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .catch(24),
  /** Per-request timeout in seconds; the vendor advises at least 60. */
  timeoutSeconds: z
    .number()
    .int()
    .min(TIMEOUT_SECONDS_RANGE.min)
    .max(TIMEOUT_SECONDS_RANGE.max)
    .catch(60),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Each field falls back to its default on its own, so one bad field loses nothing else. */
export function parseSettings(value: unknown): Settings {
  const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
  const input = isRecord ? value : {};
  return settingsSchema.parse(input);
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});

/** Every line the extension logs starts with this, so a user can filter the console for it. */
export const FANLENS_LOG_PREFIX = '[fanlens]';

export type LogFields = Record<string, string | number | boolean | undefined>;

/**
 * One event, one line: `[fanlens] <event> creator=… code=…`. Values with spaces are quoted so
 * a line stays machine-splittable. Callers pass only token-free values.
 */
export function formatLogLine(event: string, fields: LogFields = {}): string {
  const parts = [FANLENS_LOG_PREFIX, event];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = String(value).replace(/\s+/g, ' ');
    parts.push(`${key}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`);
  }
  return parts.join(' ');
}

/**
 * Times shown to users are Beijing time: the quota resets at 00:00 Asia/Shanghai, and the
 * users work in mainland China. China has kept UTC+8 without daylight saving since 1991,
 * so a fixed offset is exact and needs no time-zone data (tests stay deterministic).
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function shifted(epochMs: number): Date {
  return new Date(epochMs + SHANGHAI_OFFSET_MS);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `HH:mm` in Asia/Shanghai. */
export function shanghaiClock(epochMs: number): string {
  const date = shifted(epochMs);
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** `MM-DD HH:mm` in Asia/Shanghai. */
export function shanghaiDateTime(epochMs: number): string {
  const date = shifted(epochMs);
  return `${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${shanghaiClock(epochMs)}`;
}

/**
 * The vendor's daily quota (code 303) is commonly taken to reset at 00:00 Asia/Shanghai.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
 */
const UTC_PLUS_8_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first Shanghai midnight strictly after `nowMs`, as epoch ms. */
export function nextQuotaReset(nowMs: number): number {
  const shanghaiDay = Math.floor((nowMs + UTC_PLUS_8_MS) / DAY_MS);
  return (shanghaiDay + 1) * DAY_MS - UTC_PLUS_8_MS;
}

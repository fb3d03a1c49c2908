/** The largest epoch ms a Date can hold: the longest a `Retry-After` can ask to wait is until then. */
export const MAX_TIME = 8.64e15;

/**
 * Parses a `Retry-After` value: delay-seconds or an HTTP-date. Returns milliseconds from `now`
 * (0 for a date in the past), or `null` when absent or unreadable. A wait past the largest Date
 * (`Retry-After: 9999999999999`) is clamped so that `now + wait` is still a valid time.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  const text = typeof value === 'string' ? value.trim() : '';
  // An HTTP-date always names a weekday or month; numbers with signs or dots are invalid.
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /[a-z]/i.test(text) && text.length <= 64 ? Date.parse(text) - now : NaN;
  if (Number.isNaN(ms)) return null;
  const latest = Number.isFinite(now) ? Math.max(0, MAX_TIME - now) : 0;
  return Math.min(Math.max(0, ms), latest);
}

/**
 * Parses a `Retry-After` value: delay-seconds or an HTTP-date. Returns milliseconds from `now`
 * (0 for a date in the past), or `null` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  const text = typeof value === 'string' ? value.trim() : '';
  // An HTTP-date always names a weekday or month; numbers with signs or dots are invalid.
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /[a-z]/i.test(text) ? Date.parse(text) - now : NaN;
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}

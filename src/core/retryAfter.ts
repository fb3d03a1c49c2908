/**
 * Parses a `Retry-After` value: delay-seconds or an HTTP-date. Returns milliseconds from `now`
 * (0 for a date in the past), or `null` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isFinite(seconds * 1000) ? seconds * 1000 : null;
  }
  // An HTTP-date always names a weekday or month; plain numbers with signs or dots are invalid.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return null;
  return Math.max(0, at - now);
}

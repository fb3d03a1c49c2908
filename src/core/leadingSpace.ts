/**
 * Most leading white space skipped before a short value (a status, an id) is cut to its bound. A value
 * padded beyond this reads as empty: skipping more would make a hostile body cost a full scan.
 */
export const MAX_LEADING_SPACE = 4096;

const SPACE = /^\s*/;

/**
 * `value` without its leading white space, looked for in its first `MAX_LEADING_SPACE` characters only.
 * Short values are cut before they are cleaned (so a megabyte costs no more than a few characters); the
 * padding goes first, so that the cut keeps what follows it. `space` is an anchored pattern of the
 * characters to skip (white space by default; the status tree also skips control characters).
 */
export function skipLeadingSpace(value: string, space: RegExp = SPACE): string {
  const lead = space.exec(value.slice(0, MAX_LEADING_SPACE))?.[0].length ?? 0;
  return lead ? value.slice(lead) : value;
}

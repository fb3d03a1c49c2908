import { MESSAGE_PATTERNS } from './messagePatterns.js';
import type { ErrorKind, Severity } from './types.js';

/** Severity and retryability of a status, by DESIGN.md's default table. */
export function classifyStatus(status: number): { severity: Severity; retryable: boolean } {
  const type = Math.floor(status / 100);
  // Outside 100-599 there is no class to inherit from: treat it like an unknown failure.
  const severity: Severity = type === 2 ? 'success' : type === 1 || type === 3 ? 'info' : type === 4 ? 'warning' : 'error';
  return { severity, retryable: [408, 409, 429, 500, 502, 503, 504].includes(status) };
}

/** Severity and retryability of failures that carry no status. */
export function classifyKind(kind: Exclude<ErrorKind, 'http'>): { severity: Severity; retryable: boolean } {
  return { severity: kind === 'aborted' ? 'info' : 'error', retryable: kind === 'network' || kind === 'timeout' };
}

/** Is this a transient lock (a load balancer busy with another operation) rather than a lasting conflict? */
export function isTransientLock(text: string | null | undefined): boolean {
  return !!text && MESSAGE_PATTERNS.lock.test(text);
}

/** Does a 409's text say the conflict will not go away by waiting (exists already, quota)? */
export function isPermanentConflict(text: string | null | undefined): boolean {
  return !!text && (MESSAGE_PATTERNS.conflict.test(text) || MESSAGE_PATTERNS.quota.test(text));
}

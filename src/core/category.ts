import { isPermanentConflict, isTransientLock } from './classify.js';
import { MESSAGE_PATTERNS } from './messagePatterns.js';
import type { ErrorCategory, ErrorKind } from './types.js';

/** Finds the category of a published error code; `elb-status-ui/error-codes` provides one. */
export type ErrorCodeLookup = (code: string, status: number | null) => ErrorCategory | null;

/**
 * The category of a failure without the code catalogue: from the status and the server's
 * words. A catalogue lookup, when given, decides for codes it knows.
 */
export function categorize(
  kind: ErrorKind,
  status: number | null,
  code: string | null,
  serverMessage: string | null,
  lookup?: ErrorCodeLookup,
): ErrorCategory | null {
  if (kind !== 'http' || status == null) return kind === 'network' || kind === 'timeout' ? 'server' : null;
  if (isTransientLock(serverMessage)) return 'locked';
  if (code && lookup) {
    try {
      const known = lookup(code, status);
      if (known) return known;
    } catch {
      /* a failing lookup must not break error handling */
    }
  }
  const m = serverMessage ?? '';
  if (status === 429) return 'throttled';
  if (MESSAGE_PATTERNS.quota.test(m)) return 'quota';
  if (status === 409) return isPermanentConflict(m) ? 'conflict' : 'locked';
  if (status === 401 || status === 407) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 405 || status === 501) return 'unsupported';
  // A request timeout is no bad input: the request did not finish in time, and sending it again can help.
  if (status >= 500 || status === 408) return 'server';
  if (status >= 400) return 'invalid-input';
  return null;
}

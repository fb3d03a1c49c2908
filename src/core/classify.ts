import type { ErrorKind, Severity } from './types.js';

/** Severity and retryability of a status, by DESIGN.md's default table. */
export function classifyStatus(status: number): { severity: Severity; retryable: boolean } {
  if (status >= 200 && status < 300) return { severity: 'success', retryable: false };
  if ((status >= 100 && status < 200) || (status >= 300 && status < 400)) return { severity: 'info', retryable: false };
  if (status >= 400 && status < 500) {
    return { severity: 'warning', retryable: status === 408 || status === 409 || status === 429 };
  }
  if (status >= 500 && status < 600) {
    return { severity: 'error', retryable: status === 500 || status === 502 || status === 503 || status === 504 };
  }
  // Outside 100-599 there is no class to inherit from: treat it like an unknown failure.
  return { severity: 'error', retryable: false };
}

/** Severity and retryability of failures that carry no status. */
export function classifyKind(kind: Exclude<ErrorKind, 'http'>): { severity: Severity; retryable: boolean } {
  switch (kind) {
    case 'network':
    case 'timeout':
      return { severity: 'error', retryable: true };
    case 'aborted':
      return { severity: 'info', retryable: false };
    default:
      return { severity: 'error', retryable: false };
  }
}

/** Is this a transient lock (a load balancer busy with another operation) rather than a lasting conflict? */
export function isTransientLock(text: string | null | undefined): boolean {
  return !!text && /PENDING_[A-Z]+|\bimmutable\b|being (accessed|updated|processed) by another|\blocked\b/i.test(text);
}

/** Does a 409's text say the conflict will not go away by waiting (exists already, quota)? */
export function isPermanentConflict(text: string | null | undefined): boolean {
  return !!text && /already exists?|exists already|\bis exist|duplicat|repeat|quota/i.test(text);
}

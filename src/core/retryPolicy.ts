import { isTransientLock } from './classify.js';
import type { WaitUntilSettled } from './settle.js';
import type { ElbError } from './types.js';

/** Settings of the built-in policy. Every field has a default (`DEFAULT_RETRY_POLICY`). */
export interface RetryPolicyOptions {
  /** Automatic attempts per failure. @defaultValue 3 */
  maxAttempts: number;
  /** Base of the exponential backoff, ms. @defaultValue 1000 */
  baseDelayMs: number;
  /** Cap of one backoff delay, ms. @defaultValue 30000 */
  maxDelayMs: number;
  /** First delay for a 409 transient lock (PENDING_UPDATE, "immutable"), ms. @defaultValue 5000 */
  lockDelayMs: number;
  /** A `Retry-After` longer than this is not waited for automatically; the UI says when to try. @defaultValue 60000 */
  maxRetryAfterMs: number;
  /** Randomness for the jitter, in [0, 1). @defaultValue Math.random */
  random: () => number;
  /**
   * Wait for the locked resource to settle (usually `settleBy(readLoadBalancer)`) before retrying
   * a 409 lock, instead of waiting `lockDelayMs`. Only where the lock would be retried anyway (an
   * idempotent method, attempts left); a `Retry-After` from the server wins.
   */
  waitUntilSettled?: WaitUntilSettled | undefined;
}

/** A custom policy: the delay in ms before retry number `attempt` (0-based), or `false` / `null` for none. */
export type RetryPolicyFunction = (attempt: number, error: ElbError) => number | false | null | undefined;

/** Override any part of the built-in policy, or decide everything with a function. */
export type RetryPolicy = Partial<RetryPolicyOptions> | RetryPolicyFunction;

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicyOptions> = Object.freeze({
  maxAttempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  lockDelayMs: 5000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
});

/** Browsers and Node run a timer above 2^31-1 ms after ~1 ms: every delay is clamped below it. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** The attempt cap no policy lifts: at most this many automatic retries per failure, a custom function included. */
export const MAX_RETRY_ATTEMPTS = 10;

/** The shortest wait before an automatic retry, whatever a policy says (`() => 0` cannot make a storm). */
export const MIN_RETRY_DELAY_MS = 250;

/** Makes any number a safe timer delay: finite, >= 0, <= MAX_TIMER_DELAY_MS. */
export function clampDelay(ms: number): number {
  if (typeof ms !== 'number' || Number.isNaN(ms)) return 0;
  return Math.min(MAX_TIMER_DELAY_MS, Math.max(0, Math.round(ms)));
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Why an automatic retry was or was not planned. */
export type RetryReason =
  | 'backoff'
  | 'retry-after'
  | 'lock'
  | 'custom'
  | 'not-retryable'
  | 'not-idempotent'
  | 'permanent-conflict'
  | 'attempts-exhausted'
  | 'retry-after-too-long'
  | 'budget-exhausted';

export type RetryDecision =
  | { retry: true; delayMs: number; reason: 'backoff' | 'retry-after' | 'lock' | 'custom' }
  | { retry: false; reason: Exclude<RetryReason, 'backoff' | 'retry-after' | 'lock' | 'custom'> | 'policy'; retryAfterMs: number | null };

/**
 * Fills a partial policy with the defaults; ignores invalid numbers. The safety bounds apply:
 * `maxAttempts` is a whole number of at most `MAX_RETRY_ATTEMPTS`, and no delay or bound is
 * longer than a timer can hold.
 */
export function resolveRetryPolicy(policy: Partial<RetryPolicyOptions> | undefined | null | boolean): RetryPolicyOptions {
  const out: RetryPolicyOptions = { ...DEFAULT_RETRY_POLICY };
  if (!policy || typeof policy !== 'object') return out;
  for (const key of ['maxAttempts', 'baseDelayMs', 'maxDelayMs', 'lockDelayMs', 'maxRetryAfterMs'] as const) {
    let v: unknown;
    try {
      v = policy[key];
    } catch {
      continue;
    }
    if (typeof v === 'number' && v >= 0 && !Number.isNaN(v)) out[key] = Math.min(v, MAX_TIMER_DELAY_MS);
  }
  out.maxAttempts = Math.min(MAX_RETRY_ATTEMPTS, Math.floor(out.maxAttempts));
  try {
    if (typeof policy.random === 'function') out.random = policy.random;
  } catch {
    /* a throwing getter keeps Math.random */
  }
  return out;
}

/** Delays of automatic retries: a timer can hold them, and none is shorter than `MIN_RETRY_DELAY_MS`. */
function autoDelay(ms: number): number {
  return Math.max(MIN_RETRY_DELAY_MS, clampDelay(ms));
}

/** The automatic attempts a policy allows per failure (0 when automatic retry is off). */
export function maxAutoAttempts(policy: RetryPolicy | boolean | null | undefined): number {
  if (!policy) return 0;
  return typeof policy === 'function' ? MAX_RETRY_ATTEMPTS : resolveRetryPolicy(policy).maxAttempts;
}

/** Full-jitter exponential backoff: random(0, min(cap, base * 2^attempt)). */
export function backoffDelay(attempt: number, policy: Partial<RetryPolicyOptions> = DEFAULT_RETRY_POLICY): number {
  const p = resolveRetryPolicy(policy);
  const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.max(0, Math.min(attempt, 60)));
  let r: number;
  try {
    r = p.random();
  } catch {
    r = 0.5;
  }
  if (!(r >= 0 && r < 1)) r = 0.5;
  return clampDelay(r * ceiling);
}

/**
 * May the failure be retried without a person asking (RFC 9110 section 9.2.2)? Stricter than
 * `retryable`, which only says a Retry button makes sense.
 */
export function isAutoRetryable(error: ElbError): Exclude<RetryReason, 'backoff' | 'retry-after' | 'lock' | 'custom' | 'attempts-exhausted' | 'retry-after-too-long' | 'budget-exhausted'> | true {
  if (!error.retryable) return 'not-retryable';
  const method = error.method?.toUpperCase() ?? '';
  if (error.kind === 'timeout') return SAFE.has(method) ? true : 'not-idempotent';
  if (error.status === 409) {
    if (!isTransientLock(error.serverMessage)) return 'permanent-conflict';
    return IDEMPOTENT.has(method) ? true : 'not-idempotent';
  }
  if (IDEMPOTENT.has(method)) return true;
  // The server said it did not process the request: safe to send again whatever the method.
  if (error.status === 429 || (error.status === 503 && error.retryAfterMs != null)) return true;
  return 'not-idempotent';
}

/**
 * Plans automatic retry number `attempt` (0 for the first retry of this failure). Pure: time and
 * randomness come from the policy.
 *
 * The safety rules come first and no policy lifts them: the idempotency rule (`isAutoRetryable`),
 * the attempt cap (`maxAttempts`, at most `MAX_RETRY_ATTEMPTS`; a function policy gets that
 * cap), a `Retry-After` longer than the bound is not waited for, and every delay is clamped to
 * [`MIN_RETRY_DELAY_MS`, `MAX_TIMER_DELAY_MS`]. A function policy only chooses the delay (never
 * shorter than the server's `Retry-After`) or declines.
 */
export function planRetry(error: ElbError, attempt: number, policy?: RetryPolicy | boolean | null): RetryDecision {
  const custom = typeof policy === 'function' ? policy : null;
  const p = resolveRetryPolicy(custom ? null : (policy as Partial<RetryPolicyOptions> | boolean | null | undefined));
  const allowed = isAutoRetryable(error);
  if (allowed !== true) return { retry: false, reason: allowed, retryAfterMs: error.retryAfterMs };
  const cap = custom ? MAX_RETRY_ATTEMPTS : p.maxAttempts;
  if (!(attempt < cap)) return { retry: false, reason: 'attempts-exhausted', retryAfterMs: error.retryAfterMs };
  const retryAfter = typeof error.retryAfterMs === 'number' && error.retryAfterMs >= 0 ? error.retryAfterMs : null;
  if (retryAfter != null && retryAfter > p.maxRetryAfterMs) return { retry: false, reason: 'retry-after-too-long', retryAfterMs: retryAfter };
  if (custom) {
    let delay: ReturnType<RetryPolicyFunction>;
    try {
      delay = custom(attempt, error);
    } catch {
      delay = false;
    }
    if (typeof delay !== 'number' || Number.isNaN(delay)) return { retry: false, reason: 'policy', retryAfterMs: error.retryAfterMs };
    return { retry: true, delayMs: autoDelay(Math.max(delay, retryAfter ?? 0)), reason: 'custom' };
  }
  if (retryAfter != null) return { retry: true, delayMs: autoDelay(retryAfter), reason: 'retry-after' };
  if (error.status === 409) {
    return { retry: true, delayMs: autoDelay(p.lockDelayMs * 2 ** Math.min(attempt, 30) + backoffDelay(attempt, p)), reason: 'lock' };
  }
  return { retry: true, delayMs: autoDelay(backoffDelay(attempt, p)), reason: 'backoff' };
}

/** Shared retry quota (a token bucket): many simultaneous failures do not all retry at once. */
export interface RetryBudget {
  /** Takes the cost of one automatic retry; `false` when the budget is spent. */
  acquire(error: ElbError): boolean;
  /**
   * A request succeeded. `retried`: the failure an automatic retry was paid for (`acquire`), whose
   * cost comes back; without it the request succeeded on its first try and a few tokens are added.
   */
  recordSuccess(retried?: ElbError): void;
  /** An automatic retry paid for `error` will not run (cancelled, cleared, unmounted): its cost comes back. */
  refund(error: ElbError): void;
  readonly available: number;
}

export interface RetryBudgetOptions {
  /** @defaultValue 50 */
  capacity?: number;
  /** Tokens one retry costs. @defaultValue 5 */
  retryCost?: number;
  /** Tokens a retry after a timeout or network failure costs. @defaultValue 10 */
  timeoutCost?: number;
  /** Tokens a first-try success returns. @defaultValue 1 */
  successRefill?: number;
}

export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const capacity = options.capacity ?? 50;
  const retryCost = options.retryCost ?? 5;
  const timeoutCost = options.timeoutCost ?? 10;
  const refill = options.successRefill ?? 1;
  let tokens = capacity;
  const costOf = (error: ElbError) => (error.kind === 'timeout' || error.kind === 'network' ? timeoutCost : retryCost);
  return {
    acquire(error) {
      const cost = costOf(error);
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    recordSuccess(retried) {
      tokens = Math.min(capacity, tokens + (retried ? costOf(retried) : refill));
    },
    refund(error) {
      tokens = Math.min(capacity, tokens + costOf(error));
    },
    get available() {
      return tokens;
    },
  };
}

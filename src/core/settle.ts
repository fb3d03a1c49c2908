import { planRetry, clampDelay, type RetryPolicy } from './retryPolicy.js';
import { toElbError } from './toElbError.js';
import { DEFAULT_WAIT_TIMEOUT_MS, waitForElbResource, type WaitClock, type WaitForElbResourceOptions } from './waitForElbResource.js';
import type { ElbError } from './types.js';

/**
 * Waits until the locked resource has settled (usually a `waitForElbResource` call on the load
 * balancer). Resolves when it is ACTIVE; rejects when it will not be (ERROR, gone, deadline).
 * Must stop when `signal` fires.
 */
export type WaitUntilSettled = (signal: AbortSignal) => Promise<unknown>;

/** A retry policy that can wait out a 409 lock instead of retrying after blind delays. */
export interface SettlingPolicy {
  waitUntilSettled?: WaitUntilSettled;
}

/**
 * Makes a `waitUntilSettled` hook from a read of the locked resource (the load balancer, not the
 * child that was written: a child's change puts its load balancer into PENDING_UPDATE).
 */
export function settleBy<T>(read: (signal: AbortSignal) => Promise<T>, options: Omit<WaitForElbResourceOptions<T>, 'signal' | 'until'> = {}): WaitUntilSettled {
  return (signal) => waitForElbResource(read, { ...options, until: 'active', signal });
}

/** The `waitUntilSettled` hook of a policy (an object, or a function carrying one); `null` when it has none. */
export function settleHookOf(policy: RetryPolicy | SettlingPolicy | boolean | null | undefined): WaitUntilSettled | null {
  try {
    const hook = policy && (typeof policy === 'object' || typeof policy === 'function') ? (policy as SettlingPolicy).waitUntilSettled : undefined;
    return typeof hook === 'function' ? hook : null;
  } catch {
    return null;
  }
}

/**
 * Should automatic retry number `attempt` of `error` wait for the resource to settle rather than
 * for a delay? Only where `planRetry` itself would retry a 409 lock (so the idempotency rule, the
 * attempt cap and a permanent conflict still decide), the policy has a hook, and the server named
 * no Retry-After (which wins). The budget is the caller's to charge, as for any automatic retry.
 */
export function planSettle(error: ElbError, attempt: number, policy: RetryPolicy | SettlingPolicy | boolean | null | undefined): WaitUntilSettled | null {
  const hook = settleHookOf(policy);
  if (!hook || error.status !== 409) return null;
  // A function policy chooses delays only; the built-in rules decide whether a lock may be retried at all.
  const decision = planRetry(error, attempt, typeof policy === 'function' ? {} : (policy as RetryPolicy));
  return decision.retry && decision.reason === 'lock' ? hook : null;
}

/** How waiting for a lock ended. Never an exception. */
export type SettleOutcome =
  /** The resource settled: retry now. */
  | { settled: true; error: null }
  /** `aborted`: the signal fired (cancel, clear, unmount). `failed`: the hook rejected (ERROR, gone, read failure). `timeout`: it took longer than `maxWaitMs`. */
  | { settled: false; reason: 'aborted' | 'failed' | 'timeout'; error: ElbError | null };

export interface WaitForLockOptions {
  signal?: AbortSignal;
  /** Upper bound on the wait, whatever the hook does. @defaultValue DEFAULT_WAIT_TIMEOUT_MS */
  maxWaitMs?: number;
  clock?: Pick<WaitClock, 'setTimeout' | 'clearTimeout'>;
}

const systemTimers: Pick<WaitClock, 'setTimeout' | 'clearTimeout'> = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Runs a `waitUntilSettled` hook for a lock: never rejects, stops at once on abort (the hook's own
 * signal fires too), and gives up after `maxWaitMs`. A retry controller calls it in place of the
 * lock delay and retries when it resolves `{ settled: true }`.
 */
export function waitForLockToClear(hook: WaitUntilSettled, options: WaitForLockOptions = {}): Promise<SettleOutcome> {
  const timers = options.clock ?? systemTimers;
  const outer = options.signal;
  return new Promise<SettleOutcome>((resolve) => {
    if (outer?.aborted) {
      resolve({ settled: false, reason: 'aborted', error: null });
      return;
    }
    const inner = new AbortController();
    let done = false;
    const finish = (outcome: SettleOutcome) => {
      if (done) return;
      done = true;
      timers.clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
      if (!outcome.settled) inner.abort();
      resolve(outcome);
    };
    const onAbort = () => finish({ settled: false, reason: 'aborted', error: null });
    const max = typeof options.maxWaitMs === 'number' && options.maxWaitMs >= 0 ? options.maxWaitMs : DEFAULT_WAIT_TIMEOUT_MS;
    const timer = timers.setTimeout(() => finish({ settled: false, reason: 'timeout', error: null }), clampDelay(max));
    outer?.addEventListener('abort', onAbort);
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(hook(inner.signal));
    } catch (failure) {
      result = Promise.reject(failure);
    }
    result.then(
      () => finish({ settled: true, error: null }),
      (failure: unknown) => {
        const error = toElbError(failure);
        finish(error.kind === 'aborted' && outer?.aborted ? { settled: false, reason: 'aborted', error: null } : { settled: false, reason: 'failed', error });
      },
    );
  });
}

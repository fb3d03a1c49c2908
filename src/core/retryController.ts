import { looksLikeResponse } from './inputShape.js';
import { abortOwn, isOwnAbort } from './ownAbort.js';
import { MAX_TIME } from './retryAfter.js';
import { readElbError, toElbError, type NormalizeOptions } from './toElbError.js';
import { clampDelay, maxAutoAttempts, MIN_RETRY_DELAY_MS, planRetry, type RetryBudget, type RetryDecision, type RetryPolicy } from './retryPolicy.js';
import { planSettle, waitForLockToClear, type WaitUntilSettled } from './settle.js';
import type { ElbError, RequestContext } from './types.js';

/** Where a failure is: nothing to show, shown, a retry running, an automatic retry scheduled. */
export type RetryState = 'idle' | 'failed' | 'retrying' | 'waiting';

export interface RetrySnapshot {
  error: ElbError | null;
  state: RetryState;
  /** Retries made for the current failure (manual and automatic). */
  attempt: number;
  /** Epoch ms of the scheduled automatic retry. */
  retryAt: number | null;
  /** Epoch ms before which the server asked not to retry, when that was too far to wait for automatically. */
  retryNotBefore: number | null;
  /** Automatic attempts per failure under the current policy (0 when automatic retry is off). */
  maxAttempts: number;
  /**
   * The scheduled automatic retry waits for the locked resource to settle (the policy's
   * `waitUntilSettled`), not for a time: `state` is `waiting` and `retryAt` is `null`.
   */
  settling: boolean;
  /**
   * Why no automatic retry is scheduled for the current failure, if one was considered.
   * `not-settled`: waiting for the lock to clear ended without the resource settling (ERROR,
   * gone, a failed read, or it took too long).
   */
  autoRetryStopped: Exclude<RetryDecision, { retry: true }>['reason'] | 'budget-exhausted' | 'cancelled' | 'not-settled' | null;
}

export interface RetryControllerOptions {
  /** Re-runs the request. A rejection (or a result with `status: 'error'`) becomes the next error. */
  onRetry?: ((signal: AbortSignal) => unknown) | undefined;
  autoRetry?: boolean | RetryPolicy | undefined;
  context?: RequestContext | undefined;
  normalize?: NormalizeOptions | undefined;
  budget?: RetryBudget | null | undefined;
  /** The provider's policy, used when `autoRetry` is `true`. */
  defaultPolicy?: RetryPolicy | undefined;
}

export interface RetryClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

// Looked up at call time so fake timers installed after import still apply.
/** @internal */
export const systemClock: RetryClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

const IDLE: RetrySnapshot = Object.freeze({
  error: null, state: 'idle', attempt: 0, retryAt: null, retryNotBefore: null, maxAttempts: 0, settling: false, autoRetryStopped: null,
});

/** The largest time a `Date` holds (epoch ms); every time shown is clamped into it. */
export const MAX_DATE_MS = MAX_TIME;

/**
 * What a failure is, as a value: kind, status, ELB code, method and redacted URL. Two reports
 * with the same identity are the same failure, whichever objects carry them.
 */
export function failureIdentity(error: ElbError): string {
  try {
    return `${error.kind}|${error.status ?? ''}|${error.code ?? ''}|${error.method ?? ''}|${error.url ?? ''}`;
  } catch {
    return 'unknown||||';
  }
}

/** The epoch ms before which the server asked not to retry, always a valid `Date` value. */
export function notBeforeOf(error: ElbError, retryAfterMs: number, now: number): number {
  let base = now;
  try {
    // The failure's own time when it is plausible (a query's error may be older than this call).
    if (typeof error.time === 'number' && Math.abs(error.time - now) < 86_400_000) base = error.time;
  } catch {
    /* hostile error: use now */
  }
  const at = base + (Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : MAX_DATE_MS);
  return Math.min(MAX_DATE_MS, Math.max(Number.isFinite(now) ? Math.min(now, MAX_DATE_MS) : 0, Number.isFinite(at) ? at : MAX_DATE_MS));
}

const NOT_STOPPED = { autoRetryStopped: null, retryNotBefore: null } as const;

/**
 * After an `onRetry` that did not return its request, how long a controlled `null` stays unconfirmed: any
 * failure reported within it is that retry's outcome (its next attempt); later, only the same failure is.
 * @internal
 */
export const UNCONFIRMED_SUCCESS_MS = 60_000;

/**
 * After an `onRetry` that returned its request and resolved while a controlled value was `null`, how long the
 * same failure reported again is still that retry's outcome: a parent that sets the error in its own catch
 * renders it only after the promise has resolved. Later, the `null` was a success and the failure is new.
 */
const CONFIRM_SUCCESS_MS = 2_000;

/** How long after a retry resolved a failure given again while it ran (not yet replaced by a null) counts as its outcome. */
const HELD_OUTCOME_MS = 100;

/**
 * The same for the very object the parent gave before the retry, never given again: a parent whose query tells
 * it of the success late (a busy page, React batching its renders) has longer to replace it with a null.
 */
const HELD_SAME_OBJECT_MS = 5_000;

/** The snapshot's fields for a decision not to retry: why, and the server's time when it asked for a longer wait. */
function stoppedBy(error: ElbError, decision: RetryDecision & { retry: false }, now: number): Pick<RetrySnapshot, 'autoRetryStopped' | 'retryNotBefore'> {
  const notBefore = decision.reason === 'retry-after-too-long' && decision.retryAfterMs != null ? notBeforeOf(error, decision.retryAfterMs, now) : null;
  return { autoRetryStopped: decision.reason, retryNotBefore: notBefore };
}

/** Controllers mounted by a component (attached), for the test that counts owners. */
const live = new Set<RetryController>();
/** How many mounted retry controllers hold a failure now (each one owns one panel's failure). @internal */
export function liveRetryControllers(): number {
  let holding = 0;
  for (const controller of live) if (controller.getSnapshot().error) holding += 1;
  return holding;
}

/** A TanStack Query `refetch()` result that failed resolves instead of rejecting. @internal */
export function failureOfResult(result: unknown): unknown {
  try {
    const r = result as { status?: unknown; error?: unknown; isError?: unknown };
    if (r && typeof r === 'object' && (r.status === 'error' || r.isError === true) && r.error != null) return r.error;
  } catch {
    /* not a query result */
  }
  return undefined;
}

/**
 * The state behind an error panel, framework-free: capture failures, retry one at a time,
 * schedule automatic retries by the policy, count attempts, cancel on request. React binds
 * to it with `useSyncExternalStore`; anything else can `subscribe`.
 *
 * It is the one owner of a failure's retry state. A failure is identified by `failureIdentity`:
 * reporting the same failure again (a fresh object each render, the caller's own catch during
 * a retry, a query's next error object) continues its attempt count; only a success ends it
 * (`clear`, or `sync(null)` in controlled mode). `onRetry` resolving hides the panel, but when
 * the same failure is reported right after, that was the next failed attempt.
 */
export class RetryController {
  private snapshot: RetrySnapshot = IDLE;
  private listeners = new Set<() => void>();
  private timer: unknown = null;
  /** Aborts the wait for a lock to clear (the scheduled retry of a settling policy). */
  private settleAbort: AbortController | null = null;
  /** The failure whose scheduled automatic retry took tokens from the budget, until that retry runs or is dropped. */
  private paid: ElbError | null = null;
  /** Tokens an automatic retry returned when `onRetry` resolved; taken again if the same failure comes back. */
  private refunded: ElbError | null = null;
  /** Those tokens, taken again: given back when a success ends the failure after all (a stale value re-synced). */
  private retaken: ElbError | null = null;
  private inflight: AbortController | null = null;
  /** The retry in flight returned its request: its promise, not a re-render, tells how it went. */
  private awaiting = false;
  /** Controlled mode: the same failure, synced while that retry ran (a re-render, or the parent's own catch). */
  private heldDuringRetry: unknown = undefined;
  /** That failure, still given when the retry resolved: its outcome unless a null follows (HELD_OUTCOME_MS). */
  private heldOutcome: unknown = undefined;
  /** Bumped whenever a new outcome replaces the old one, so late async results are dropped. */
  private generation = 0;
  private attached = true;
  /** Identity of the current failure (and of its status line, for a `Response` whose body refines it). */
  private key: string | null = null;
  private shallowKey: string | null = null;
  /** Retries made for the current failure (manual and automatic); kept until a success. */
  private count = 0;
  /** `onRetry` resolved: the panel is hidden, and the failure ends unless it is reported again. */
  private settled = false;
  /** Settled by an `onRetry` that did not return its request: its outcome is unknown. */
  private blind = false;
  /** When a controlled `null` came after such a retry (a success, or its request still on its way). */
  private nulledAt: number | null = null;
  private seen = false;
  private lastSynced: unknown = undefined;
  options: RetryControllerOptions;

  constructor(options: RetryControllerOptions = {}, private readonly clock: RetryClock = systemClock) {
    this.options = options;
  }

  getSnapshot = (): RetrySnapshot => this.snapshot;

  /**
   * Replaces the options; read whenever the controller acts, so the latest callbacks are used. A scheduled
   * automatic retry that can no longer run (automatic retry turned off, no `onRetry`) is dropped and gives
   * its tokens back; automatic retry turned on plans one for the failure shown.
   */
  setOptions(options: RetryControllerOptions): void {
    const wasAuto = this.policy() != null && !!this.options.onRetry;
    this.options = options;
    const isAuto = this.policy() != null && !!options.onRetry;
    const maxAttempts = maxAutoAttempts(this.policy());
    this.judgeMethodAgain();
    if (wasAuto === isAuto) {
      // The same on or off, perhaps another policy: a scheduled retry it no longer allows (a lower cap) is dropped.
      const { state, error, settling } = this.snapshot;
      if (isAuto && state === 'waiting' && error && maxAttempts !== this.snapshot.maxAttempts) {
        const decision = planRetry(error, this.count, this.policy());
        if (!decision.retry || (settling && !planSettle(error, this.count, this.policy()))) {
          this.dropScheduled();
          this.set({ state: 'failed', retryAt: null, settling: false, maxAttempts, ...(decision.retry ? NOT_STOPPED : stoppedBy(error, decision, this.clock.now())) });
        } else this.set({ maxAttempts });
      }
      return;
    }
    if (!isAuto && this.snapshot.state === 'waiting') {
      this.dropScheduled();
      this.set({ state: 'failed', retryAt: null, settling: false, maxAttempts, autoRetryStopped: null, retryNotBefore: null });
    } else if (isAuto && this.snapshot.state === 'failed' && this.snapshot.autoRetryStopped == null) {
      this.set({ maxAttempts });
      this.schedule();
    } else if (this.snapshot.error) {
      this.set({ maxAttempts });
    }
  }

  /**
   * A scheduled retry runs the latest `onRetry`, which sends the context's method: when that is no longer the
   * failed request's (an edit form switched to create), the retry is judged again by the method it would send.
   */
  private judgeMethodAgain(): void {
    const { state, error } = this.snapshot;
    if (state !== 'waiting' || !error) return;
    const judged = this.asSentNow(error);
    if (judged === error) return;
    const decision = planRetry(judged, this.count, this.policy());
    if (decision.retry) return;
    this.dropScheduled();
    this.set({ state: 'failed', retryAt: null, settling: false, ...stoppedBy(error, decision, this.clock.now()) });
  }

  /** The failure as the latest `onRetry` would send its request: with the context's method when that is another. */
  private asSentNow(error: ElbError): ElbError {
    const method = this.options.context?.method;
    return typeof method === 'string' && method.toUpperCase() !== (error.method ?? '').toUpperCase() ? ({ ...error, method } as ElbError) : error;
  }

  /** Controlled mode: whether `value` is the last value handed to `sync` (it has been seen). */
  hasSeen(value: unknown): boolean {
    return this.seen && this.lastSynced === value;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }

  private set(next: Partial<RetrySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    this.emit();
  }

  private policy(): RetryPolicy | null {
    const auto = this.options.autoRetry;
    if (!auto) return null;
    if (auto === true) return this.options.defaultPolicy ?? {};
    return auto;
  }

  /**
   * The attempt `error` will be shown as, why automatic retry will not run for it, and until when the server
   * asked to wait, as the snapshot will say once the failure is taken: for the render before that (the first
   * one, server rendering, a value given right after a retry resolved), so that it shows the same. Changes nothing.
   */
  preview(error: ElbError): Pick<RetrySnapshot, 'attempt' | 'autoRetryStopped' | 'retryNotBefore'> {
    // After a retry resolved, a failure given is that retry's outcome: its next attempt (see report).
    const attempt = this.key != null && this.settled ? this.count : 0;
    const policy = this.policy();
    const judged = this.asSentNow(error);
    if (policy == null || !this.options.onRetry || planSettle(judged, attempt, policy)) return { attempt, ...NOT_STOPPED };
    const decision = planRetry(judged, attempt, policy);
    return { attempt, ...(decision.retry ? NOT_STOPPED : stoppedBy(error, decision, this.clock.now())) };
  }

  private normalize(failure: unknown): ElbError {
    return toElbError(failure, this.options.context, this.options.normalize);
  }

  /** Shows a failure (reads the body of a `Response`). The same failure again continues its count. */
  capture = (failure: unknown): void => {
    this.report(failure);
  };

  /**
   * Controlled mode (e.g. TanStack Query's `query.error`): shows the value; `null` is a success.
   * The same value, or the same failure in another object, changes nothing.
   */
  sync = (failure: unknown): void => {
    if (this.seen && this.lastSynced === failure) return;
    this.seen = true;
    this.lastSynced = failure;
    if (failure == null || failure === false) {
      // A query resets its error when its refetch starts (TanStack Query v5, while it has no data): while
      // this controller's own retry runs, null is not yet a success. The retry's outcome decides (run).
      if (this.snapshot.state === 'retrying') return;
      // Nor after an `onRetry` that did not return its request (it resolved before the refetch it started
      // ended): the same failure is that retry's outcome, and any failure within a minute (report).
      if (this.settled && this.blind) {
        this.nulledAt ??= this.clock.now();
        return;
      }
      // Otherwise a success ends the failure.
      if (this.key != null || this.snapshot.error || this.inflight) this.succeed();
      return;
    }
    const shown = this.snapshot.error;
    if (shown && (shown === failure || shown.cause === failure)) return;
    if (this.snapshot.state === 'retrying' && this.awaiting && this.key != null && failureIdentity(this.normalize(failure)) === this.key) {
      // The same failure while the retry's request is on its way (a fresh object each render, the parent's
      // own catch): the retry's promise decides. Should it resolve, this value is its outcome (run).
      this.heldDuringRetry = failure;
      return;
    }
    this.report(failure);
  };

  private sameFailure(key: string): boolean {
    return this.key != null && (key === this.key || key === this.shallowKey);
  }

  /** The failure held when a retry resolved, if the parent still gives it: that retry's outcome. */
  private takeHeldOutcome(): void {
    const held = this.heldOutcome;
    this.heldOutcome = undefined;
    if (held !== undefined && this.settled && this.lastSynced === held) this.report(held);
  }

  /** A failure reported by the caller: the next attempt of the current one, or a new one. */
  private report(failure: unknown): void {
    // The abort of a retry this controller stopped, reported by the caller's catch: nothing failed.
    if (isOwnAbort(failure)) return;
    const error = this.normalize(failure);
    const key = failureIdentity(error);
    const { state } = this.snapshot;
    const sinceNull = this.nulledAt == null ? 0 : this.clock.now() - this.nulledAt;
    if (this.settled && this.nulledAt != null && (this.blind ? key !== this.key && sinceNull > UNCONFIRMED_SUCCESS_MS : sinceNull > CONFIRM_SUCCESS_MS)) {
      // The null after the retry was a success after all: a failure long after it is a new one. Within the
      // window any failure is that retry's outcome (a 503 may come back as a 502: the cap holds). After a retry
      // whose outcome was unknown, the same failure again is its next attempt, however late.
      this.start(failure, error, key);
      return;
    }
    if (this.key != null && (state === 'retrying' || this.settled)) {
      // The retry's outcome, whatever it is now (the caller's own catch reported it during the
      // retry, or after `onRetry` resolved): the next attempt, never a new failure. A request of that retry
      // still on its way (the report came from elsewhere) is stopped: one attempt in flight at a time.
      abortOwn(this.inflight);
      this.inflight = null;
      this.generation++;
      // Its refund is taken back: it was no success (given back if a success follows: succeed).
      if (this.settled && this.refunded && this.options.budget?.acquire(this.refunded)) this.retaken = this.refunded;
      this.refunded = null;
      this.settled = false;
      this.nulledAt = null;
      this.key = key;
      this.shallowKey = key;
      this.show(failure, error, this.count);
      return;
    }
    if (!this.sameFailure(key)) this.start(failure, error, key);
    // Otherwise the same failure again (failed or waiting): its count and its schedule stay as they are.
  }

  /** A new failure: its own identity, attempt 0. */
  private start(failure: unknown, error: ElbError, key: string): void {
    this.dropScheduled();
    abortOwn(this.inflight);
    this.inflight = null;
    this.refunded = null;
    this.retaken = null;
    this.settled = false;
    this.blind = false;
    this.nulledAt = null;
    this.key = key;
    this.shallowKey = key;
    this.count = 0;
    this.show(failure, error, 0);
  }

  /** Shows `error` as attempt `attempt`; a `Response`'s body is read first, then the retry is planned. */
  private show(failure: unknown, error: ElbError, attempt: number): void {
    const generation = ++this.generation;
    this.heldOutcome = undefined;
    this.dropScheduled();
    const maxAttempts = maxAutoAttempts(this.policy());
    this.set({ error, state: 'failed', attempt, retryAt: null, retryNotBefore: null, maxAttempts, settling: false, autoRetryStopped: null });
    if (!looksLikeResponse(failure)) {
      this.schedule();
      return;
    }
    // Show at once from the status line, then refine with the body when it has been read.
    void readElbError(failure as Response, this.options.context, this.options.normalize).then((read) => {
      if (generation !== this.generation) return;
      this.key = failureIdentity(read);
      this.set({ error: read });
      this.schedule();
    });
  }

  private schedule(): void {
    const { error } = this.snapshot;
    const policy = this.policy();
    if (!error || policy == null || !this.options.onRetry || !this.attached || this.snapshot.state !== 'failed') return;
    const judged = this.asSentNow(error);
    const hook = planSettle(judged, this.count, policy);
    if (hook) {
      if (!this.pay(error)) {
        this.set({ autoRetryStopped: 'budget-exhausted' });
        return;
      }
      this.set({ state: 'waiting', retryAt: null, settling: true, autoRetryStopped: null });
      this.startSettle(hook);
      return;
    }
    const decision = planRetry(judged, this.count, policy);
    if (!decision.retry) {
      this.set(stoppedBy(error, decision, this.clock.now()));
      return;
    }
    if (!this.pay(error)) {
      this.set({ autoRetryStopped: 'budget-exhausted' });
      return;
    }
    const delay = clampDelay(decision.delayMs);
    this.set({ state: 'waiting', retryAt: Math.min(MAX_DATE_MS, this.clock.now() + delay), settling: false, autoRetryStopped: null });
    this.startTimer(delay);
  }

  /**
   * The scheduled retry of a lock under a settling policy: waits until the resource has settled,
   * then retries once. Aborted by cancel, clear, unmount, "Retry now" and a new failure; a wait
   * that ends without the resource settling stops automatic retry (the failure stays shown).
   */
  private startSettle(hook: WaitUntilSettled): void {
    this.stopTimer();
    const abort = new AbortController();
    this.settleAbort = abort;
    const generation = this.generation;
    const started = this.clock.now();
    void waitForLockToClear(hook, { signal: abort.signal, clock: this.clock }).then((outcome) => {
      if (this.settleAbort !== abort || abort.signal.aborted || generation !== this.generation || !this.attached) return;
      this.settleAbort = null;
      if (outcome.settled) {
        // No sooner than any other automatic retry: a resource that reads settled at once is not written
        // to again and again without a pause.
        const rest = Math.min(MIN_RETRY_DELAY_MS, started + MIN_RETRY_DELAY_MS - this.clock.now());
        if (rest > 0) this.startTimer(rest);
        else this.run();
        return;
      }
      // The retry will not run: its cost goes back to the budget.
      this.dropScheduled();
      this.set({ state: 'failed', retryAt: null, settling: false, autoRetryStopped: 'not-settled' });
    });
  }

  private startTimer(delay: number): void {
    this.stopTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.run();
    }, clampDelay(delay));
  }

  private stopTimer(): void {
    if (this.timer != null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    const settle = this.settleAbort;
    this.settleAbort = null;
    settle?.abort();
  }

  /** Takes the cost of an automatic retry of `error` from the shared budget; false when it is spent. */
  private pay(error: ElbError): boolean {
    const budget = this.options.budget;
    if (budget && !budget.acquire(error)) return false;
    this.paid = budget ? error : null;
    return true;
  }

  /** Stops a scheduled automatic retry that will not run now, and gives back what it took from the budget. */
  private dropScheduled(): void {
    this.stopTimer();
    const paid = this.paid;
    this.paid = null;
    if (paid) this.options.budget?.refund(paid);
  }

  /** Runs `onRetry` now. Ignored while one is in flight, when nothing failed, and after unmount. */
  retry = (): void => {
    if (this.snapshot.state === 'retrying' || !this.snapshot.error || !this.attached) return;
    this.run();
  };

  private run(): void {
    const onRetry = this.options.onRetry;
    if (!onRetry || this.snapshot.state === 'retrying' || !this.attached || !this.snapshot.error) return;
    this.stopTimer();
    // Tokens taken for a scheduled retry are spent by this run (also when "Retry now" runs it early).
    const paid = this.paid;
    this.paid = null;
    const generation = ++this.generation;
    this.count += 1;
    // Tokens taken back for a failure that came back are spent once another retry runs for it.
    this.retaken = null;
    const abort = new AbortController();
    this.inflight = abort;
    this.awaiting = false;
    this.heldDuringRetry = undefined;
    this.set({ state: 'retrying', attempt: this.count, retryAt: null, retryNotBefore: null, settling: false });
    // Whether onRetry handed back its request: a value (or nothing) says nothing about how the request went.
    let awaited = false;
    // The failure the parent gave when the retry started, held as is (see below).
    let heldAtStart: unknown = undefined;
    const settle = (failure: unknown, failed: boolean) => {
      if (generation !== this.generation || abort.signal.aborted) return;
      this.inflight = null;
      this.awaiting = false;
      // Controlled mode: the same failure given again while the retry ran (see the end of this function).
      const held = this.heldDuringRetry;
      const sameObject = held !== undefined && held === heldAtStart;
      this.heldDuringRetry = undefined;
      const stillHeld = held !== undefined && this.lastSynced === held;
      if (failed) {
        // The retry's own failure is the next attempt, whatever it is now (a 503 may become a timeout).
        const error = this.normalize(failure);
        this.key = failureIdentity(error);
        this.shallowKey = this.key;
        // Controlled mode: a null that came while the retry ran was put off (sync); the parent's next value
        // decides now, so the same null, synced again, is a success.
        if (this.seen && (this.lastSynced == null || this.lastSynced === false)) this.seen = false;
        this.show(failure, error, this.count);
        return;
      }
      this.settled = true;
      this.blind = !awaited;
      const nulled = this.seen && (this.lastSynced == null || this.lastSynced === false);
      // The null that came while it ran starts the wait for its outcome (see report): a parent that reports
      // the failure in its own catch renders it after the promise has resolved. After a retry that did not
      // return its request, the null only says that the request it started is on its way. Uncontrolled
      // (capture), the wait starts now: a failure captured long after a retry that resolved is a new one.
      this.nulledAt = nulled || !this.seen ? this.clock.now() : null;
      // An automatic retry gets its cost back; a manual one took nothing, so it counts as a success. One
      // whose outcome is unknown (no request returned) is no success: it keeps its cost.
      if (awaited) this.options.budget?.recordSuccess(paid ?? undefined);
      this.refunded = awaited ? paid : null;
      this.stopTimer();
      this.snapshot = IDLE;
      this.emit();
      // Controlled mode: the parent gave the same failure again while the retry ran (its own catch, or a fresh
      // object each render). A query tells its observers only after its refetch's promise has resolved: if no
      // null has come a moment later, the parent still holds the failure, and it is that retry's outcome.
      if (stillHeld) {
        this.heldOutcome = held;
        const done = this.generation;
        this.clock.setTimeout(() => {
          // Hidden meanwhile: decided when shown again (attach).
          if (this.attached && this.generation === done) this.takeHeldOutcome();
        }, sameObject ? HELD_SAME_OBJECT_MS : HELD_OUTCOME_MS);
      }
    };
    let result: unknown;
    try {
      result = onRetry(abort.signal);
    } catch (error) {
      settle(error, true);
      return;
    }
    try {
      awaited = typeof (result as PromiseLike<unknown> | null)?.then === 'function';
    } catch {
      // A hostile result: Promise.resolve below rejects with what its getter throws.
    }
    this.awaiting = awaited;
    // Controlled mode: the failure the parent holds now is held during the retry too, until it gives another
    // value; still given when the promise resolves, it is that retry's outcome (see settle).
    const holding = this.lastSynced;
    if (awaited && this.seen && holding != null && holding !== false && this.heldDuringRetry === undefined) heldAtStart = this.heldDuringRetry = holding;
    Promise.resolve(result).then(
      (value) => {
        const failure = failureOfResult(value);
        settle(failure, failure !== undefined);
      },
      (error: unknown) => settle(error, true),
    );
  }

  /** Cancels a scheduled automatic retry; the failure stays shown. */
  cancel = (): void => {
    if (this.snapshot.state !== 'waiting') return;
    this.dropScheduled();
    this.set({ state: 'failed', retryAt: null, settling: false, autoRetryStopped: 'cancelled' });
  };

  /** Forgets the failure (a later request succeeded): cancels timers and aborts a retry in flight. */
  clear = (): void => {
    this.generation++;
    abortOwn(this.inflight);
    this.inflight = null;
    this.dropScheduled();
    this.forget();
    if (this.snapshot !== IDLE) {
      this.snapshot = IDLE;
      this.emit();
    }
  };

  /** Ends the current failure: the next report of it is a new failure. */
  private forget(): void {
    this.heldOutcome = undefined;
    this.key = null;
    this.shallowKey = null;
    this.count = 0;
    this.settled = false;
    this.blind = false;
    this.nulledAt = null;
    this.refunded = null;
    this.retaken = null;
  }

  /** The request succeeded by other means (e.g. a query refetched): same as clear, and refills the budget. */
  succeed = (): void => {
    const hadError = this.snapshot.error != null;
    const retaken = this.retaken;
    this.retaken = null;
    this.clear();
    if (retaken) this.options.budget?.refund(retaken);
    if (hadError) this.options.budget?.recordSuccess();
  };

  /** Stops timers and aborts a retry in flight (unmount). `attach` resumes a scheduled retry. */
  detach(): void {
    live.delete(this);
    this.attached = false;
    // An unmounted panel gives its scheduled retry's tokens back; attach() takes them again.
    this.dropScheduled();
    abortOwn(this.inflight);
    this.inflight = null;
    if (this.snapshot.state === 'retrying') this.snapshot = { ...this.snapshot, state: 'failed' };
  }

  /** Mounts (again, after `detach`: React StrictMode mounts effects twice) and reschedules a pending retry. */
  attach(): void {
    live.add(this);
    if (this.attached) return;
    this.attached = true;
    if (this.heldOutcome !== undefined) {
      // The failure still given when a retry resolved: that retry's outcome, shown and planned now. One no
      // longer given (a null came meanwhile) is dropped, and a retry planned since is resumed below.
      const before = this.generation;
      this.takeHeldOutcome();
      if (this.generation !== before) return;
    }
    const { state, retryAt, error, settling } = this.snapshot;
    // Automatic retry turned on (or a retry that failed) while unmounted: planned now.
    if (state === 'failed' && error && this.snapshot.autoRetryStopped == null) {
      this.schedule();
      return;
    }
    if (state !== 'waiting' || (retryAt == null && !settling) || !error) return;
    // A wait for a lock starts over (the policy may have changed while unmounted).
    const hook = settling ? planSettle(error, this.count, this.policy()) : null;
    if ((settling && !hook) || !this.pay(error)) {
      this.set({ state: 'failed', retryAt: null, settling: false, autoRetryStopped: settling && !hook ? null : 'budget-exhausted' });
      if (settling && !hook) this.schedule();
      return;
    }
    if (hook) this.startSettle(hook);
    else this.startTimer(clampDelay(retryAt! - this.clock.now()));
  }
}

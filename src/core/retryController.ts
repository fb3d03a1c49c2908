import { readElbError, toElbError, type NormalizeOptions } from './toElbError.js';
import { clampDelay, planRetry, resolveRetryPolicy, type RetryBudget, type RetryDecision, type RetryPolicy } from './retryPolicy.js';
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
  /** Why no automatic retry is scheduled for the current failure, if one was considered. */
  autoRetryStopped: Exclude<RetryDecision, { retry: true }>['reason'] | 'budget-exhausted' | 'cancelled' | null;
  /** Controlled mode: the last external value handed to `sync` (so a caller can tell whether it was seen). */
  synced: unknown;
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
const systemClock: RetryClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

const IDLE: RetrySnapshot = Object.freeze({
  error: null, state: 'idle', attempt: 0, retryAt: null, retryNotBefore: null, maxAttempts: 0, autoRetryStopped: null, synced: undefined,
});

function looksLikeResponse(v: unknown): boolean {
  try {
    const o = v as { status?: unknown; ok?: unknown; response?: unknown; isAxiosError?: unknown };
    if (typeof v !== 'object' || v === null) return false;
    if (typeof o.status === 'number' && typeof o.ok === 'boolean') return true;
    const r = o.response as { status?: unknown; ok?: unknown } | undefined;
    return o.isAxiosError !== true && typeof r?.status === 'number' && typeof r.ok === 'boolean';
  } catch {
    return false;
  }
}

/** A TanStack Query `refetch()` result that failed resolves instead of rejecting. */
function failureOfResult(result: unknown): unknown {
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
 */
export class RetryController {
  private snapshot: RetrySnapshot = IDLE;
  private listeners = new Set<() => void>();
  private timer: unknown = null;
  /** The failure whose scheduled automatic retry took tokens from the budget, until that retry runs or is dropped. */
  private paid: ElbError | null = null;
  private inflight: AbortController | null = null;
  /** Bumped by capture/clear so late async results of older failures are dropped. */
  private generation = 0;
  private attached = true;
  options: RetryControllerOptions;

  constructor(options: RetryControllerOptions = {}, private readonly clock: RetryClock = systemClock) {
    this.options = options;
  }

  getSnapshot = (): RetrySnapshot => this.snapshot;

  /** Replaces the options; read whenever the controller acts, so the latest callbacks are used. */
  setOptions(options: RetryControllerOptions): void {
    this.options = options;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<RetrySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of [...this.listeners]) l();
  }

  private policy(): RetryPolicy | null {
    const auto = this.options.autoRetry;
    if (!auto) return null;
    if (auto === true) return this.options.defaultPolicy ?? {};
    return auto;
  }

  private maxAttempts(): number {
    const p = this.policy();
    if (p == null) return 0;
    return typeof p === 'function' ? Infinity : resolveRetryPolicy(p).maxAttempts;
  }

  private normalize(failure: unknown): ElbError {
    return toElbError(failure, this.options.context, this.options.normalize);
  }

  /** Shows a failure. Reads the body of a `Response`. Resets the attempt count. */
  capture = (failure: unknown): void => {
    this.fail(failure, 0);
  };

  /**
   * Controlled mode (e.g. TanStack Query's `query.error`): shows the value unless it is the
   * failure already shown (a refetch started here reports the same object twice).
   */
  sync = (failure: unknown): void => {
    if (this.snapshot.synced !== failure) this.set({ synced: failure });
    if (failure == null || failure === false) {
      if (this.snapshot.error && this.snapshot.state !== 'retrying') this.succeed();
      return;
    }
    const shown = this.snapshot.error;
    if (shown && (shown === failure || shown.cause === failure)) return;
    if (this.snapshot.state === 'retrying') return; // the retry's own outcome decides
    this.fail(failure, 0);
  };

  private fail(failure: unknown, attempt: number): void {
    const generation = ++this.generation;
    this.dropScheduled();
    if (looksLikeResponse(failure)) {
      // Show at once from the status line, then refine with the body when it has been read.
      this.show(this.normalize(failure), attempt, false);
      void readElbError(failure, this.options.context, this.options.normalize).then((error) => {
        if (generation === this.generation) this.show(error, attempt, true);
      });
      return;
    }
    this.show(this.normalize(failure), attempt, true);
  }

  private show(error: ElbError, attempt: number, schedule: boolean): void {
    this.set({ error, state: 'failed', attempt, retryAt: null, retryNotBefore: null, maxAttempts: this.maxAttempts(), autoRetryStopped: null });
    if (schedule) this.schedule();
  }

  private schedule(): void {
    const { error, attempt } = this.snapshot;
    const policy = this.policy();
    if (!error || policy == null || !this.options.onRetry || !this.attached) return;
    const decision = planRetry(error, attempt, policy);
    if (!decision.retry) {
      const notBefore = decision.reason === 'retry-after-too-long' && decision.retryAfterMs != null ? error.time + decision.retryAfterMs : null;
      this.set({ autoRetryStopped: decision.reason, retryNotBefore: notBefore });
      return;
    }
    if (!this.pay(error)) {
      this.set({ autoRetryStopped: 'budget-exhausted' });
      return;
    }
    const delay = clampDelay(decision.delayMs);
    this.set({ state: 'waiting', retryAt: this.clock.now() + delay, autoRetryStopped: null });
    this.startTimer(delay);
  }

  private startTimer(delay: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.run();
    }, delay);
  }

  private stopTimer(): void {
    if (this.timer != null) this.clock.clearTimeout(this.timer);
    this.timer = null;
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
    if (paid) this.options.budget?.recordSuccess(true, paid);
  }

  /** Runs `onRetry` now. Ignored while one is in flight or when nothing failed. */
  retry = (): void => {
    if (this.snapshot.state === 'retrying' || !this.snapshot.error) return;
    this.run();
  };

  private run(): void {
    const onRetry = this.options.onRetry;
    if (!onRetry || this.snapshot.state === 'retrying') return;
    this.stopTimer();
    // Tokens taken for a scheduled retry are spent by this run (also when "Retry now" runs it early).
    const paid = this.paid;
    this.paid = null;
    const generation = ++this.generation;
    const attempt = this.snapshot.attempt + 1;
    const abort = new AbortController();
    this.inflight = abort;
    this.set({ state: 'retrying', retryAt: null, retryNotBefore: null });
    const settle = (failure: unknown, failed: boolean) => {
      if (generation !== this.generation || abort.signal.aborted) return;
      this.inflight = null;
      if (failed) {
        this.fail(failure, attempt);
      } else {
        // An automatic retry gets its cost back; a manual one took nothing, so it counts as a success.
        this.options.budget?.recordSuccess(paid != null, paid ?? undefined);
        this.reset();
      }
    };
    let result: unknown;
    try {
      result = onRetry(abort.signal);
    } catch (error) {
      settle(error, true);
      return;
    }
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
    this.set({ state: 'failed', retryAt: null, autoRetryStopped: 'cancelled' });
  };

  /** Forgets the failure: cancels timers and aborts a retry in flight. */
  clear = (): void => {
    this.generation++;
    this.inflight?.abort();
    this.inflight = null;
    this.dropScheduled();
    if (this.snapshot.error || this.snapshot.state !== 'idle') this.reset();
  };

  private reset(): void {
    this.stopTimer();
    this.snapshot = this.snapshot.synced === undefined ? IDLE : { ...IDLE, synced: this.snapshot.synced };
    for (const l of [...this.listeners]) l();
  }

  /** The request succeeded by other means (e.g. a query refetched): same as clear, and refills the budget. */
  succeed = (): void => {
    const hadError = this.snapshot.error != null;
    this.clear();
    if (hadError) this.options.budget?.recordSuccess(false);
  };

  /** Stops timers and aborts a retry in flight (unmount). `attach` resumes a scheduled retry. */
  detach(): void {
    this.attached = false;
    // An unmounted panel gives its scheduled retry's tokens back; attach() takes them again.
    this.dropScheduled();
    this.inflight?.abort();
    this.inflight = null;
    if (this.snapshot.state === 'retrying') this.snapshot = { ...this.snapshot, state: 'failed' };
  }

  /** Resumes after `detach` (React StrictMode mounts effects twice): reschedules a pending retry. */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const { state, retryAt, error } = this.snapshot;
    if (state !== 'waiting' || retryAt == null || !error) return;
    if (!this.pay(error)) {
      this.set({ state: 'failed', retryAt: null, autoRetryStopped: 'budget-exhausted' });
      return;
    }
    this.startTimer(clampDelay(retryAt - this.clock.now()));
  }
}
